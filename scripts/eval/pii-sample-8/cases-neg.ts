/** Negative texts of the eighth PII set: no PII, or only look-alikes — words that are also first names used as verbs
 *  and nouns (sentence-initial "Will", "May", "Mark", "Bill"...), products and organisations named after people or
 *  places, version strings, order/tracking ids, hashes, timestamps that are not birth dates, cards failing Luhn, IBANs
 *  and NHS numbers failing their checks, placeholders, places in general questions. Optional labels only where a value
 *  is debatable (an organisation's published contact). */
import { b } from "./build.js";
import { Eo, Pho, Po } from "./marks.js";
import { badCard, badIban, badNhs, hex, digits, int, pick } from "./gen8.js";

const N = (kind: string, s: string) => b.add("neg", kind, s);

// capitalised words that are also names, sentence-initial and in headings
const words = [
  "Will the migration finish before the freeze? May I suggest we run it overnight.",
  "Mark the ticket as resolved once the patch is deployed.",
  "Bill the client for the extra two hours and attach the timesheet.",
  "Grant read access to the analytics group, nothing more.",
  "Rose gold is sold out; the silver and black variants ship in 3 days.",
  "Summer hours: the office closes at 3pm on Fridays from June to August.",
  "Faith in the forecast is low after two quarters of misses.",
  "Hunter boots are back in stock in sizes 5 to 9.",
  "Young plants need watering every other day until the roots establish.",
  "Joy, relief and exhaustion — that's how the team described launch week.",
  "Hope this helps! Let me know if the build still fails.",
  "Chase the supplier about the delayed pallets, please.",
  "Frank feedback from the retro: standups run too long.",
  "May 2027 is the earliest we can schedule the audit.",
  "Will you review my PR? It only touches the README.",
  "Mark down all winter stock by 30% on Monday.",
  "Bill of materials attached; the resistor count looks off.",
  "Grant applications close on 15 January.",
  "Sterling fell against the euro after the announcement.",
  "Amber alert thresholds need tuning, we paged twice last night for nothing.",
  "Iris recognition is disabled on the kiosk build.",
  "Rich text paste strips the table borders in the editor.",
  "Dawn deploys are risky because nobody is watching the dashboards.",
  "Holly and ivy garlands go on the reception desk, per facilities.",
  "Major incident declared at 14:02, resolved 14:40; no data loss.",
  "Page the on-call only if error rate exceeds 2% for five minutes.",
  "Guy ropes must be tensioned before the marquee is used.",
  "Cliff notes for the board deck are in the shared drive.",
  "Pat the dough dry before frying so the oil doesn't spit.",
  "Victor Mono and JetBrains Mono both render ligatures fine here.",
];
words.forEach((s) => N("words", s));

// products, brands, organisations and places named after people
const brands = [
  "Compare the Dell XPS 13 with the Lenovo ThinkPad X1 Carbon for battery life.",
  "Is a Ford Mustang Mach-E cheaper to insure than a Tesla Model Y?",
  "Our supplier list: Johnson Controls, Emerson Electric, Honeywell, Schneider Electric.",
  "Wells Fargo and Morgan Stanley both reported earnings today; summarize the differences.",
  "Write a tasting note for Jack Daniel's Single Barrel and Maker's Mark.",
  "Which is better for a beginner, a Gibson Les Paul or a Fender Stratocaster?",
  "The Marie Curie Hospice shop on the high street takes furniture donations.",
  "Trains to Victoria are delayed; use the Elizabeth line via Paddington.",
  "Draft a LinkedIn post about our partnership with Ernst & Young.",
  "Ben & Jerry's is discontinuing two flavours; list alternatives for the café menu.",
  "Configure Jenkins to trigger on pushes to the release branch.",
  "Is Kafka or RabbitMQ better for a small event-driven system?",
  "Pandas, Django and Flask all pinned; bump Pydantic to v2.",
  "Set up Alexa routines for the office lights.",
  "Translate the product name 'Lord Nelson Tea Blend' into French for the label.",
  "The Nobel Prize in Chemistry was shared this year; explain the research simply.",
];
brands.forEach((s) => N("brands", s));

// places in general questions and generic geography
const places = [
  "What's the difference between Great Britain and the United Kingdom?",
  "Plan a 5-day itinerary covering Kyoto and Nara for a first-time visitor.",
  "Why is Brazil's capital Brasília and not Rio de Janeiro?",
  "List the EU countries that use the euro but are not in Schengen.",
  "How long is the drive from Lisbon to Porto, roughly?",
  "Explain the time zones of Australia in one paragraph.",
  "Is the Sahara bigger than the contiguous United States?",
  "What are the best months to visit Patagonia?",
];
places.forEach((s) => N("places", s));

// identifiers that look numeric-sensitive but are not PII
for (let k = 0; k < 8; k++) N("ids.order", pick([
  `Order #${digits(3)}-${digits(7)}-${digits(7)} shipped via UPS, tracking 1Z${hex(6).toUpperCase()}${digits(10)}.`,
  `Invoice INV-2026-${digits(5)} is overdue by ${int(3, 40)} days; total €${int(100, 9000)}.${digits(2)}.`,
  `RMA ${digits(9)} approved. Return label valid until the end of the month.`,
  `PO number ${digits(10)} — please quote it on the delivery note.`,
]));
for (let k = 0; k < 8; k++) N("ids.version", pick([
  `Upgraded from ${int(1, 9)}.${int(0, 30)}.${int(0, 20)} to ${int(1, 9)}.${int(0, 30)}.${int(0, 20)}; the changelog mentions a memory leak fix.`,
  `Build ${int(10, 20)}.${int(0, 9)}.${int(100, 255)}.${int(1, 254)} fails on ARM64 with a linker error.`,
  `OID 1.2.840.113549.1.1.${int(1, 13)} is the signature algorithm in that certificate.`,
  `SNMP walk of 1.3.6.1.2.1.${int(1, 30)}.${int(1, 9)} returns nothing after the firmware update.`,
  `Chrome ${int(110, 131)}.0.${int(5000, 6800)}.${int(10, 200)} renders the grid differently from Firefox.`,
]));
for (let k = 0; k < 8; k++) N("ids.hash", pick([
  `git checkout ${hex(40)} && npm test — the regression starts at this commit.`,
  `sha256: ${hex(64)}  warden-${int(1, 3)}.${int(0, 9)}.${int(0, 9)}.tgz`,
  `Request id ${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)} timed out after 30s.`,
  `ETag "${hex(32)}" did not match; the cache served stale content.`,
  `Docker image digest sha256:${hex(64)} is the one we rolled back to.`,
]));
for (let k = 0; k < 8; k++) N("ids.timestamp", pick([
  `2026-11-${String(int(1, 27)).padStart(2, "0")}T${String(int(0, 23)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}:12.${digits(3)}Z INFO worker started pid=${int(1000, 65000)} queue=emails`,
  `The sprint runs from ${int(1, 14)} March 2027 to ${int(15, 28)} March 2027; demo on the last Friday.`,
  `Cron: 0 ${int(0, 23)} * * 1-5 — runs at ${int(1, 11)} am on weekdays, last run ${int(1, 28)}/11/2026 ${int(10, 23)}:00.`,
  `Backups older than 2026-0${int(1, 9)}-${String(int(10, 28))} can be pruned.`,
]));
// checksum failures
for (let k = 0; k < 8; k++) N("cards.invalid", pick([
  `Test this validator with ${badCard()} — it should be rejected because the Luhn check fails.`,
  `Why does my regex accept ${badCard("-")}? It isn't a real card number, the checksum is wrong.`,
  `Gift card code GC-${hex(4).toUpperCase()}-${hex(4).toUpperCase()}-${digits(4)} balance check fails.`,
]));
for (const cc of ["DE", "GB", "FR", "NL", "ES", "IT"]) N("iban.invalid", `Unit test fixture: the IBAN ${badIban(cc, cc === "GB" ? "NWBK" + digits(14) : cc === "NL" ? "INGB" + digits(10) : cc === "FR" ? digits(23) : cc === "IT" ? "X" + digits(22) : digits(cc === "DE" ? 18 : 20))} must fail the mod-97 check.`);
for (let k = 0; k < 4; k++) N("nhs.invalid", `Validator rejects ${badNhs()} as an NHS number (bad check digit) — is that right?`);
// placeholders and blank forms
const ph = [
  "Name: ____________  Date of birth: __/__/____  Signature: ____________",
  "Dear [FIRST_NAME], thanks for your order {{order_id}}. We'll ship to {{shipping_address}}.",
  "INSERT INTO users (name, email) VALUES (:name, :email);",
  "const user = { name: '', email: '', phone: '' }; // filled from the form",
  "Hello <customer name>, your appointment is confirmed for <date> at <time>.",
  "Fill in: Full name (as on passport) / Passport number / Nationality / Date of birth",
  "Use the format +CC NNN NNN NNNN for phone numbers in the profile form.",
  "SSN format is AAA-GG-SSSS; never log it, mask all but the last four digits.",
];
ph.forEach((s) => N("placeholders", s));
// code and prose without PII
const code = [
  "def luhn(n: str) -> bool:\n    total = 0\n    for i, d in enumerate(reversed(n)):\n        d = int(d) * (2 if i % 2 else 1)\n        total += d - 9 if d > 9 else d\n    return total % 10 == 0",
  "SELECT country, COUNT(*) AS n FROM signups WHERE created_at >= now() - interval '7 days' GROUP BY country ORDER BY n DESC;",
  "kubectl rollout restart deployment/api -n production && kubectl get pods -w",
  "const rate = 0.0325; const monthly = principal * rate / 12 / (1 - Math.pow(1 + rate / 12, -360));",
  "Summary of the paper: transformer attention scales quadratically with sequence length; linear variants trade accuracy for speed.",
  "Recipe: 200 g flour, 2 eggs, 300 ml milk, pinch of salt. Rest the batter 30 minutes.",
  "Reduce the font size on mobile to 14px and increase line height to 1.5.",
  "The quarterly revenue grew 12% year on year, driven by the APAC region.",
  "Please proofread: 'The committee will reconvene after the holiday recess to finalise the budget.'",
  "Set the thermostat schedule: 19°C from 07:00, 16°C from 23:00.",
];
code.forEach((s) => N("code-prose", s));
// phone-like and id-like numbers that are not phones
const numlike = [
  "ISBN 978-0-306-40615-7 is the second edition; the first is out of print.",
  "Part no. 4412-0098-17 replaces the discontinued 4412-0098-12.",
  "The stadium holds 74,500 people; attendance last season averaged 61,203.",
  "Serial: SN-20261127-00481 / Firmware 3.4.19",
  "Coordinates of the test site: 0.000, 0.000 (null island), used as a default.",
  "Error code 0x80070057 appears when the installer runs without admin rights.",
  "The gene BRCA1 is located on chromosome 17q21.31.",
  "Flight BA 2490 departs gate 23 at 18:45.",
];
numlike.forEach((s) => N("numlike", s));
// organisations' published contact details (optional labels)
N("org-contact", `For press enquiries contact ${Eo("press@northwind-energy.com")} or call our switchboard on ${Pho("+44 20 7946 0321")}.`);
N("org-contact2", `Support hours are 9-5 GMT; email ${Eo("support@fernhill-foods.co.uk")} and quote your order number.`);
// fictional characters (optional PERSON, as in set 7)
const fiction = [
  `In Pride and Prejudice, why does ${Po("Elizabeth")} initially reject Mr ${Po("Darcy")}?`,
  `Write a limerick about ${Po("Sherlock Holmes")} losing his pipe.`,
  `Is ${Po("Gandalf")} more powerful than ${Po("Saruman")} in the books?`,
  "Summarise the plot of Hamlet in three sentences.",
];
fiction.forEach((s) => N("fiction", s));
