/**
 * Generated labelled sentences with national identifiers and account numbers in context (fixed seed, reproducible).
 *
 *   node --import tsx scripts/gen/pii-id-sentences.ts [count] [seed]   # prints JSONL
 *
 * Each row is one identifier written the way people write it: in a sentence of its country's language or in
 * English, in a form line, in a chat message, with the label before or after the value, and in the grouped
 * layouts people use. It measures what the recognizer tests cannot (those rows are mostly bare values): whether
 * context words in several languages lift a valid value over the threshold. Values are random but valid
 * (`pii-id-values.ts`).
 */
import { Faker, en } from "@faker-js/faker";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LabelledText } from "./pii-sentences.js";
import { idValue, type IdType } from "./pii-id-values.js";

/** Phrases per type; `{v}` is the value. Several languages where the identifier is national. */
const PHRASES: Record<IdType, readonly string[]> = {
  US_SSN: ["My SSN is {v}, please update my W-2.", "Social Security Number: {v}", "can you check if {v} is the right social security no. for the new hire?", "ss# {v}"],
  US_ITIN: ["My ITIN is {v}.", "Individual Taxpayer Identification Number (ITIN): {v}", "She files with ITIN {v} since she has no SSN."],
  ABA_ROUTING_NUMBER: ["Routing number: {v}", "Please wire it to ABA {v}, account ending 4821.", "our bank's routing # is {v}"],
  US_NPI: ["Provider NPI: {v}", "Dr. Patel's NPI number is {v}.", "NPI {v} (billing provider)"],
  US_PASSPORT: ["Passport number: {v}", "My US passport no. is {v}, expiring 2031.", "passport #{v}"],
  US_DRIVER_LICENSE: ["Driver's license: {v}", "My driver license number is {v} (CA).", "DL# {v}"],
  US_BANK_NUMBER: ["Account number: {v}", "Deposit to checking account {v} please.", "bank acct no {v}"],
  UK_NHS: ["NHS number: {v}", "My NHS no. is {v}, can you book a GP appointment?", "Patient NHS Number {v}"],
  UK_NINO: ["National Insurance number: {v}", "my NI number is {v}", "NINO {v}"],
  UK_PASSPORT: ["UK passport number {v}", "Passport No.: {v}", "my passport is {v}, issued in London"],
  CA_SIN: ["SIN: {v}", "My social insurance number is {v}.", "Mon numéro d'assurance sociale est le {v}.", "NAS : {v}"],
  AU_TFN: ["TFN: {v}", "My tax file number is {v}.", "Please quote TFN {v} on the form"],
  AU_ABN: ["ABN {v}", "Our Australian Business Number is {v}.", "Invoice from Acme Pty Ltd (ABN: {v})"],
  AU_MEDICARE: ["Medicare card number: {v}", "my medicare no is {v}", "Medicare {v}"],
  IN_AADHAAR: ["Aadhaar: {v}", "My Aadhaar number is {v}.", "आधार संख्या {v}", "UID {v}"],
  IN_PAN: ["PAN: {v}", "My PAN card number is {v}.", "Please quote PAN {v} for TDS."],
  SG_NRIC_FIN: ["NRIC: {v}", "My NRIC number is {v}.", "FIN {v} (work pass holder)"],
  ES_NIF: ["DNI: {v}", "Mi DNI es {v}.", "NIF {v}", "con número de identificación fiscal {v}"],
  ES_NIE: ["NIE: {v}", "Mi NIE es {v}.", "número de identidad de extranjero {v}"],
  IT_FISCAL_CODE: ["Codice fiscale: {v}", "Il mio codice fiscale è {v}.", "C.F. {v}", "fiscal code {v}"],
  IT_VAT_CODE: ["Partita IVA: {v}", "P.IVA {v}", "la nostra partita iva è {v}", "VAT number IT{v}"],
  PL_PESEL: ["PESEL: {v}", "Mój numer PESEL to {v}.", "nr PESEL {v}"],
  FI_PERSONAL_IDENTITY_CODE: ["Henkilötunnus: {v}", "Henkilötunnukseni on {v}.", "HETU {v}", "Finnish personal identity code {v}"],
  SE_PERSONNUMMER: ["Personnummer: {v}", "Mitt personnummer är {v}.", "pnr {v}"],
  NL_BSN: ["BSN: {v}", "Mijn BSN is {v}.", "burgerservicenummer {v}"],
  FR_NIR: ["Numéro de sécurité sociale : {v}", "Mon numéro de sécu est le {v}.", "N° INSEE {v}"],
  DK_CPR: ["CPR-nr.: {v}", "Mit CPR-nummer er {v}.", "CPR {v}"],
  DE_TAX_ID: ["Steuer-ID: {v}", "Meine Steueridentifikationsnummer lautet {v}.", "Steuerliche Identifikationsnummer {v}", "IdNr. {v}"],
  KR_RRN: ["주민등록번호: {v}", "제 주민등록번호는 {v} 입니다.", "RRN {v}"],
  TR_NATIONAL_ID: ["TC Kimlik No: {v}", "T.C. kimlik numaram {v}.", "Kimlik numarası {v}"],
  ZA_ID_NUMBER: ["ID number: {v}", "My South African ID number is {v}.", "RSA ID {v}"],
  CREDIT_CARD: ["Card: {v}", "charge my visa {v} exp 04/27", "Kreditkartennummer {v}", "mi tarjeta es {v}"],
};

/** Wrappers around a phrase: chat, form, e-mail, JSON. `{p}` is the phrase, `{n}` a name. */
const FRAMES: readonly string[] = [
  "{p}",
  "Hi, {p} Thanks!",
  "Name: {n}\n{p}\nDate: 2024-05-02",
  "Hello team,\n\n{p}\n\nBest,\n{n}",
  "{n} wrote: \"{p}\"",
];

/** Generate `count` rows (types in turn) with a fixed seed. */
export function generateIdSentences(count: number, seed: number): LabelledText[] {
  const f = new Faker({ locale: [en] });
  f.seed(seed);
  // Dates relative to "now" (birthdates by age) would make the rows, and every draw after them, depend on the day
  // the script runs: a fixed reference date keeps the set the same on every run.
  f.setDefaultRefDate(new Date(Date.UTC(2026, 0, 1)));
  const types = Object.keys(PHRASES) as IdType[];
  const out: LabelledText[] = [];
  for (let i = 0; i < count; i++) {
    const type = types[i % types.length]!;
    const value = idValue(f, type);
    const phrase = f.helpers.arrayElement(PHRASES[type]);
    const frame = f.helpers.arrayElement(FRAMES);
    const name = `${f.person.firstName()} ${f.person.lastName()}`;
    // placeholders are filled left to right so the value's offset is known
    const p = phrase.indexOf("{v}");
    const filledPhrase = phrase.slice(0, p) + value + phrase.slice(p + 3);
    const fp = frame.indexOf("{p}");
    const before = frame.slice(0, fp).replace("{n}", name);
    const text = before + filledPhrase + frame.slice(fp + 3).replace("{n}", name);
    const start = before.length + p;
    out.push({ text, spans: [{ start, end: start + value.length, label: type }] });
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 64);
  const seed = Number(process.argv[3] ?? 7);
  for (const t of generateIdSentences(n, seed)) console.log(JSON.stringify(t));
}
