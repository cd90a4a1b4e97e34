/**
 * A second generated set of realistic labelled texts, written after the detectors were tuned and kept for
 * measuring only (fixed seed, reproducible):
 *
 *   node --import tsx scripts/gen/pii-holdout-sentences.ts [count] [seed]   # prints JSONL
 *
 * Other genres and phrasings than `pii-sentences.ts` (support chats, HR and medical notes, CRM entries, Slack
 * messages, travel bookings, code review comments, meeting transcripts), names from more locales (incl. Dutch,
 * Polish, Swedish, Portuguese, Indian English), and ordinary capitalised words around them. Changing the detectors
 * to fit these templates would defeat their purpose: add new templates instead, and report both sets.
 */
import { base, en, en_IN, de, es, fr, it as itLocale, nl, pl, pt_BR, sv, Faker } from "@faker-js/faker";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LabelledText } from "./pii-sentences.js";

type Part = string | [label: string, value: string];

function build(parts: readonly Part[]): LabelledText {
  let text = "";
  const spans: LabelledText["spans"] = [];
  for (const p of parts) {
    if (typeof p === "string") text += p;
    else {
      spans.push({ start: text.length, end: text.length + p[1].length, label: p[0] });
      text += p[1];
    }
  }
  return { text, spans };
}

/** Generate `count` labelled texts with a fixed seed. */
export function generateHoldoutSentences(count: number, seed: number): LabelledText[] {
  const locales = [en, en_IN, de, es, fr, itLocale, nl, pl, pt_BR, sv].map((loc, i) => {
    const x = new Faker({ locale: [loc, en, base] });
    x.seed(seed + i);
    return x;
  });
  const f = locales[0]!;
  const any = () => f.helpers.arrayElement(locales);
  const first = () => any().person.firstName();
  const full = () => {
    const x = any();
    return `${x.person.firstName()} ${x.person.lastName()}`;
  };
  const city = () => any().location.city();
  const country = () => f.location.country();
  const state = () => f.location.state();
  const pick = <T>(xs: readonly T[]): T => f.helpers.arrayElement(xs);
  const weekday = () => pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]);
  const month = () => pick(["January", "March", "April", "May", "June", "August", "October", "December"]);
  const product = () => pick(["Salesforce", "Jira", "Confluence", "Zendesk", "HubSpot", "Slack", "Teams", "Outlook", "Excel", "Tableau", "Snowflake"]);
  const templates: Array<() => Part[]> = [
    () => ["[support chat] Agent: Thanks for waiting. Could you confirm the name on the account?\nCustomer: sure, it's ", ["PERSON", full()], "."],
    () => ["Hey team, ", ["PERSON", first()], " is out sick today so ", ["PERSON", first()], " will cover the ", product(), " queue until ", weekday(), "."],
    () => ["HR note: ", ["PERSON", full()], " transferred from the ", ["LOCATION", city()], " office to ", ["LOCATION", city()], " effective 1 ", month(), "."],
    () => ["Clinical note — pt ", ["PERSON", full()], ", 54 y/o, presents with chest pain since ", weekday(), ". Referred by Dr. ", ["PERSON", any().person.lastName()], "."],
    () => ["CRM: Called ", ["PERSON", full()], " re: renewal. Decision maker is ", ["PERSON", full()], " (CFO). Follow up in ", month(), "."],
    () => ["@", f.internet.username(), " can you loop in ", ["PERSON", first()], " from Legal? The contract with the ", ["LOCATION", country()], " distributor needs a review before ", weekday(), "."],
    () => ["Booking confirmed for ", ["PERSON", full()], ": ", ["LOCATION", city()], " → ", ["LOCATION", city()], ", departing ", month(), " 12, seat 14C."],
    () => ["Review comment: nice refactor! ", ["PERSON", first()], " suggested we keep the old API until the ", month(), " release though."],
    () => [["PERSON", full()], ": I think we should move the offsite to ", ["LOCATION", city()], ".\n", ["PERSON", full()], ": agreed, flights are cheaper in ", month(), "."],
    () => ["Please add ", ["PERSON", full()], " as an authorised user on the ", product(), " workspace. She joined the ", ["LOCATION", state()], " sales team last week."],
    () => ["The witness, ", ["PERSON", full()], ", stated that she was in ", ["LOCATION", city()], " on the night of the incident."],
    () => ["Forwarding on behalf of ", ["PERSON", full()], ":\n> Could someone in ", ["LOCATION", country()], " check the shipment status?"],
    () => ["Congrats to ", ["PERSON", full()], " on the promotion to Senior Manager! 🎉"],
    () => ["Interview scheduled with ", ["PERSON", full()], " on ", weekday(), " at 3pm (candidate is relocating from ", ["LOCATION", country()], ")."],
    () => ["Emergency contact: ", ["PERSON", full()], " (brother), lives in ", ["LOCATION", city()], "."],
    () => ["Translate to English: \"", ["PERSON", full()], " wohnt seit zwei Jahren in ", ["LOCATION", city()], ".\""],
    () => ["Summarise the call: ", ["PERSON", first()], " said the Q3 numbers in ", ["LOCATION", country()], " were below plan, and ", ["PERSON", first()], " will send the deck."],
    () => ["Delivery for ", ["PERSON", full()], " failed — nobody home. Rescheduled for ", weekday(), "."],
    () => ["Can you write a short bio for ", ["PERSON", full()], "? She grew up in ", ["LOCATION", city()], " and studied in ", ["LOCATION", country()], "."],
    () => ["Ticket reassigned from ", ["PERSON", first()], " to ", ["PERSON", first()], ". Priority: High. Component: Billing."],
    // no personal data: capitalised words, products, months, headings
    () => [`Release Notes for ${month()}: Improved Search, New Dashboard Widgets, and Faster Exports in ${product()}.`],
    () => [`${weekday()} standup: Backend is blocked on the Payments API; Frontend will demo the Checkout Flow on ${weekday()}.`],
    () => [`Please install Docker Desktop, then open Visual Studio Code and run the Setup Script.`],
    () => [`Spring Boot and Apache Tomcat both log to Standard Output; Grafana Cloud picks it up.`],
    () => [`Happy New Year! Our Annual Review and the Summer Party are on the Team Calendar.`],
    () => [`Mark the May invoices as paid and Bill the remaining accounts in June.`],
  ];
  const out: LabelledText[] = [];
  for (let i = 0; i < count; i++) out.push(build(templates[i % templates.length]!()));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 26);
  const seed = Number(process.argv[3] ?? 4242);
  for (const t of generateHoldoutSentences(n, seed)) console.log(JSON.stringify(t));
}
