/**
 * Generator of realistic labelled test sentences for the PII evaluation (fixed seed, reproducible).
 *
 *   node --import tsx scripts/gen/pii-sentences.ts [count] [seed]   # prints JSONL
 *
 * Values come from @faker-js/faker (names, cities, streets, e-mails, IBANs, cards) or are generated
 * with valid structure here (SSNs, phone numbers with real US area codes). Faker is only used to
 * build test data: the detectors never use its word lists. Templates mix chat prose, e-mails,
 * support tickets, form dumps, JSON logs and code, and include hard negatives (order numbers,
 * versions, hashes, UUIDs, ordinary capitalised words) that must not be reported.
 */
import { Faker, de, en, es, fr, it as itLocale } from "@faker-js/faker";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

export interface LabelledText {
  text: string;
  spans: Array<{ start: number; end: number; label: string }>;
}

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

const AREA_CODES = ["201", "206", "212", "213", "305", "312", "404", "415", "503", "512", "602", "617", "702", "713", "718", "808", "917", "972"];

/** Make the generator for one seed; every call sequence is deterministic. */
function makeValues(f: Faker) {
  const digits = (n: number) => Array.from({ length: n }, () => f.number.int(9)).join("");
  const usPhone = () => {
    const a = f.helpers.arrayElement(AREA_CODES);
    const ex = `${f.number.int({ min: 2, max: 9 })}${digits(2)}`;
    const line = digits(4);
    return f.helpers.arrayElement([`(${a}) ${ex}-${line}`, `${a}-${ex}-${line}`, `${a}.${ex}.${line}`, `+1 ${a} ${ex} ${line}`, `+1-${a}-${ex}-${line}`]);
  };
  const intlPhone = () => f.helpers.arrayElement([`+44 20 7946 ${digits(4)}`, `+49 30 ${digits(7)}`, `+33 1 42 ${digits(2)} ${digits(2)} ${digits(2)}`, `+61 2 9${digits(3)} ${digits(4)}`]);
  const ssn = () => {
    let area = f.number.int({ min: 1, max: 899 });
    if (area === 666) area = 667;
    return `${String(area).padStart(3, "0")}-${String(f.number.int({ min: 1, max: 99 })).padStart(2, "0")}-${String(f.number.int({ min: 1, max: 9999 })).padStart(4, "0")}`;
  };
  const card = () => {
    const raw = f.finance.creditCardNumber({ issuer: f.helpers.arrayElement(["visa", "mastercard", "amex", "discover"]) });
    return raw;
  };
  const person = () => `${f.person.firstName()} ${f.person.lastName()}`;
  const dob = () => {
    const d = f.date.birthdate({ mode: "age", min: 18, max: 90 });
    const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
    const dd = String(d.getUTCDate()).padStart(2, "0");
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    return f.helpers.arrayElement([`${mm}/${dd}/${d.getUTCFullYear()}`, `${d.getUTCFullYear()}-${mm}-${dd}`, `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`, `${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`]);
  };
  const street = () => f.location.streetAddress(f.datatype.boolean());
  const fullAddress = () => `${street()}, ${f.location.city()}, ${f.location.state({ abbreviated: true })} ${f.location.zipCode("#####")}`;
  return { usPhone, intlPhone, ssn, card, person, dob, street, fullAddress, digits };
}

/** Generate `count` labelled texts with a fixed seed. */
export function generatePiiSentences(count: number, seed: number): LabelledText[] {
  const f = new Faker({ locale: [en] });
  f.seed(seed);
  // Dates relative to "now" (birthdates by age) would make the rows, and every draw after them, depend on the day
  // the script runs: a fixed reference date keeps the set the same on every run.
  f.setDefaultRefDate(new Date(Date.UTC(2026, 0, 1)));
  const v = makeValues(f);
  // Names and places of other locales, so the evaluation is not only about English gazetteer hits.
  const intl = [de, fr, es, itLocale].map((loc) => {
    const x = new Faker({ locale: [loc, en] });
    x.seed(seed + 1);
    return x;
  });
  const other = () => f.helpers.arrayElement(intl);
  const otherName = () => {
    const x = other();
    return `${x.person.firstName()} ${x.person.lastName()}`;
  };
  const middle = () => `${f.person.firstName()} ${f.string.alpha({ length: 1, casing: "upper" })}. ${f.person.lastName()}`;
  const templates: Array<() => Part[]> = [
    () => ["Hi, my name is ", ["PERSON", v.person()], " and I live in ", ["LOCATION", f.location.city()], ". You can reach me at ", ["PHONE_NUMBER", v.usPhone()], "."],
    () => ["Please update the shipping address for ", ["PERSON", v.person()], " to ", ["ADDRESS", v.fullAddress()], "."],
    () => ["Customer ", ["PERSON", v.person()], " (email: ", ["EMAIL_ADDRESS", f.internet.email()], ") reported a double charge on card ", ["CREDIT_CARD", v.card()], "."],
    () => ["Dear ", ["PERSON", f.person.firstName()], ",\n\nThanks for your order. We will ship it to ", ["ADDRESS", v.street()], " tomorrow.\n\nBest regards,\n", ["PERSON", v.person()]],
    () => ["Patient: ", ["PERSON", v.person()], "\nDOB: ", ["DATE_TIME", v.dob()], "\nSSN: ", ["US_SSN", v.ssn()], "\nPhone: ", ["PHONE_NUMBER", v.usPhone()]],
    () => ["I was born on ", ["DATE_TIME", v.dob()], " in ", ["LOCATION", f.location.country()], " and moved to ", ["LOCATION", f.location.city()], " in 2010."],
    () => ["Wire the deposit to IBAN ", ["IBAN_CODE", f.finance.iban({ formatted: f.datatype.boolean() })], " (account holder ", ["PERSON", v.person()], ")."],
    () => ["Can you summarise this thread? ", ["PERSON", v.person()], " said the server at ", ["IP_ADDRESS", f.internet.ipv4()], " went down again."],
    () => ['{"ts":"2024-03-15T14:30:00.123Z","level":"info","user":"', ["EMAIL_ADDRESS", f.internet.email()], '","client_ip":"', ["IP_ADDRESS", f.internet.ipv4()], '","latency_ms":', String(f.number.int(900)), ',"req_id":"', f.string.uuid(), '"}'],
    () => ["Our new office is in ", ["LOCATION", f.location.state()], "; call ", ["PHONE_NUMBER", v.intlPhone()], " for the European desk."],
    () => ["Mr. ", ["PERSON", f.person.lastName()], " asked me to forward his social security number ", ["US_SSN", v.ssn()], " to HR."],
    () => ["Send the contract to ", ["PERSON", v.person()], " at ", ["ADDRESS", v.fullAddress()], " or by e-mail to ", ["EMAIL_ADDRESS", f.internet.email()], "."],
    () => ["Visit ", ["URL", f.internet.url()], " for details, or contact ", ["PERSON", v.person()], "."],
    () => ["My wallet address is ", ["CRYPTO", f.finance.ethereumAddress()], ", send the refund there."],
    () => ["Name: ", ["PERSON", v.person()], "\nAddress: ", ["ADDRESS", v.street()], "\nCity: ", ["LOCATION", f.location.city()], "\nMAC: ", ["MAC_ADDRESS", f.internet.mac()]],
    // hard negatives and negatives mixed with real entities
    () => [`Order #${v.digits(10)} shipped on 2024-03-15 via tracking ${v.digits(12)}; version 2.14.3 is live.`],
    () => [`commit ${f.git.commitSha()} fixed the build (run ${v.digits(8)}, request ${f.string.uuid()}).`],
    () => ["May I ask whether Will can join the Monday meeting? Apple and Amazon report in March."],
    () => [`const user = await db.users.findOne({ id: ${v.digits(9)} }); // TODO: handle null in Version ${f.system.semver()}`],
    () => [`The invoice total was $${f.finance.amount()} for ${f.number.int(90)} units; SKU ${v.digits(3)}-${v.digits(3)}-${v.digits(4)} is back in stock.`],
    () => ["The Golden Gate Bridge opened in 1937. Reading is fun, and Nice weather helps."],
    () => [`sha256: ${f.string.hexadecimal({ length: 64, casing: "lower", prefix: "" })} size=${v.digits(7)} bytes`],
    () => ["I met ", ["PERSON", f.person.firstName()], " yesterday at the conference in ", ["LOCATION", f.location.city()], " and we talked about Python and Rust."],
    () => [["PERSON", v.person()], " will present the roadmap on Thursday; questions go to ", ["PERSON", f.person.firstName()], "."],
    () => ["Can you draft a reply to ", ["PERSON", otherName()], "? She is based in ", ["LOCATION", other().location.city()], " and needs the invoice by Friday."],
    () => ["Meeting notes: ", ["PERSON", middle()], " and ", ["PERSON", v.person()], " agreed to move the launch to Q3."],
    () => ["According to ", ["PERSON", otherName()], ", the warehouse in ", ["LOCATION", f.location.country()], " is at capacity."],
    () => ["Please book a flight from ", ["LOCATION", f.location.city()], " to ", ["LOCATION", other().location.city()], " for ", ["PERSON", v.person()], " next Monday."],
    () => ["Thanks,\n", ["PERSON", otherName()], "\nSenior Engineer"],
    () => ["The tenant, ", ["PERSON", v.person()], ", has lived at ", ["ADDRESS", v.street()], " since 2015 and pays by card ", ["CREDIT_CARD", v.card()], "."],
    () => [["PERSON", f.person.firstName()], "'s laptop was stolen in ", ["LOCATION", f.location.state()], "; the serial number is SN-", v.digits(8), "."],
    () => ["Summarize the complaint from ", ["PERSON", v.person()], " (", ["PHONE_NUMBER", v.usPhone()], ") about the delayed refund."],
    () => ["Hola, me llamo ", ["PERSON", other().person.fullName()], " y vivo en ", ["LOCATION", other().location.city()], "."],
    // more negatives: headings, product and org names, code identifiers, release notes
    () => ["## Release Notes\n- Fixed Login Button on Android\n- Improved Search Performance in Chrome and Safari\n- Updated Terms of Service"],
    () => ["The Apache Kafka cluster and the Redis Cache run on Kubernetes in the Production Environment."],
    () => [`import { UserService } from "./UserService"; class OrderController extends BaseController { handle(req: Request) {} }`],
    () => ["Quarterly Business Review: Revenue Growth exceeded the Annual Plan; Customer Success and Product Marketing will follow up."],
  ];
  const out: LabelledText[] = [];
  for (let i = 0; i < count; i++) out.push(build(templates[i % templates.length]!()));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 50);
  const seed = Number(process.argv[3] ?? 20240615);
  for (const t of generatePiiSentences(n, seed)) console.log(JSON.stringify(t));
}
