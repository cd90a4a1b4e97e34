/** PII set 10, positives: national identifiers with valid check digits in realistic contexts, and more phone formats. */
import * as G from "./gen10.js";

export const IDS: [string, string][] = [
  ["de-form", `Bitte tragen Sie Ihre Steuer-IdNr. ein: ⟦DE_TAX_ID|${G.steuerId()}⟧ (⟦PERSON|Monika Haas⟧, geb. ⟦DATE_TIME|02.05.1961⟧)`],
  ["de-chat", `hier meine steuer id für die lohnabrechnung: ⟦DE_TAX_ID|${G.steuerId()}⟧ lg ⟦PERSON|Tobias⟧`],
  ["nl-chat", `Mijn burgerservicenummer is ⟦NL_BSN|${G.bsn()}⟧, heeft de gemeente dat nodig voor de aanvraag?`],
  ["nl-hr", `Nieuwe medewerker: ⟦PERSON|Anouk Smits⟧, BSN ⟦NL_BSN|${G.bsn()}⟧, geboortedatum ⟦DATE_TIME|30-09-1993⟧, mobiel ⟦PHONE_NUMBER|06-87654321⟧`],
  ["pl-chat", `mój PESEL to ⟦PL_PESEL|${G.pesel(1978, 1, 15, false)}⟧, czy to wystarczy do rejestracji?`],
  ["es-chat", `Te paso mi DNI para la reserva: ⟦ES_NIF|${G.dni()}⟧. Soy ⟦PERSON|Álvaro Gil⟧.`],
  ["es-form", `Titular: ⟦PERSON|Montserrat Puig i Soler⟧ · NIF: ⟦ES_NIF|${G.dni()}⟧ · Tel.: ⟦PHONE_NUMBER|93 412 34 56⟧`],
  ["it-chat", `il mio codice fiscale è ⟦IT_FISCAL_CODE|${G.codiceFiscale("Greco", "Valentina", 1995, 8, 21, true, "L219")}⟧, serve per la fattura?`],
  ["it-form", `Intestatario: ⟦PERSON|Salvatore Conti⟧, nato a ⟦LOCATION|Bari⟧ il ⟦DATE_TIME|11/01/1960⟧, C.F. ⟦IT_FISCAL_CODE|${G.codiceFiscale("Conti", "Salvatore", 1960, 1, 11, false, "A662")}⟧`],
  ["fr-chat", `Pour la mutuelle, voici mon numéro de sécurité sociale : ⟦FR_NIR|${G.nir(false, 84, 10, "69")}⟧`],
  ["pt-br-form", `Dados do segurado: ⟦PERSON|Antônio Carlos Ribeiro⟧, CPF ⟦BR_CPF|${G.cpf()}⟧, data de nascimento ⟦DATE_TIME|25/12/1958⟧`],
  ["pt-br-chat", `pode emitir a nota no meu cpf? ⟦BR_CPF|${G.cpf().replace(/\D/g, "")}⟧`],
  ["en-in-chat", `Bank is asking for Aadhaar again — it's ⟦IN_AADHAAR|${G.aadhaar()}⟧, and my PAN is ⟦IN_PAN|BQRPS4821M⟧. Can you fill the form?`],
  ["hi-form", `आवेदक: ⟦PERSON|राहुल मिश्रा⟧, आधार संख्या: ⟦IN_AADHAAR|${G.aadhaar()}⟧, मोबाइल: ⟦PHONE_NUMBER|+91 99887 76655⟧`],
  ["en-gb-nhs", `Please book a flu jab for ⟦PERSON|Doreen Whitfield⟧, NHS number ⟦UK_NHS|${G.nhs()}⟧, born ⟦DATE_TIME|9 March 1948⟧.`],
  ["en-gb-nhs2", `nhs no ⟦UK_NHS|${G.nhs().replace(/ /g, "")}⟧ - repeat prescription for ⟦PERSON|Kit Barlow⟧`],
  ["en-us-ssn", `W-4 for ⟦PERSON|Jolene Harper⟧: SSN ⟦US_SSN|${G.ssn()}⟧, born ⟦DATE_TIME|10/28/1985⟧, phone ⟦PHONE_NUMBER|(404) 872-1190⟧`],
  ["en-card", `Charge my Visa ⟦CREDIT_CARD|${G.card("4", 16, "")}⟧ for the deposit, thanks — ⟦PERSON|Ross Vale⟧`],
  ["en-card2", `Mastercard on file: ⟦CREDIT_CARD|${G.card("2221", 16)}⟧, holder ⟦PERSON|Amara Eze⟧`],
  ["ja-phone", "担当の⟦PERSON|伊藤⟧までご連絡ください。電話：⟦PHONE_NUMBER|06-6123-4567⟧、携帯：⟦PHONE_NUMBER|070-1122-3344⟧"],
  ["ko-phone", "문의: ⟦PERSON|한지민⟧ 과장, 사무실 ⟦PHONE_NUMBER|02-3456-7890⟧"],
  ["fr-ch", "Contact : ⟦PERSON|Loïc Favre⟧, ⟦ADDRESS|Rue du Rhône 62, 1204 Genève⟧, ⟦PHONE_NUMBER|+41 22 318 40 00⟧"],
];
