/**
 * Generated texts that hold NO personal data but look as if they might (fixed seed, reproducible):
 *
 *   node --import tsx scripts/gen/pii-hard-negatives.ts [count] [seed]   # prints JSONL
 *
 * Numbers in code, logs and configs (epoch timestamps, ports, pids, sizes, durations), order/invoice/ticket/tracking
 * numbers, version strings and build numbers, hashes, UUIDs, ISBNs and EANs, amounts, measurements, and ordinary
 * capitalised words: sentence starts, product and company names, months and weekdays, headings, words that are
 * also first names ("Will", "May", "Grace") or places ("Reading", "Nice"). Every actionable PII finding on these
 * texts is a false positive. The numbers are random, so a few per thousand pass some checksum by chance: the
 * false-positive rate measures how well context keeps such numbers below the threshold.
 */
import { base, Faker, en } from "@faker-js/faker";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface HardNegative {
  text: string;
  /** Which kind of look-alike the text holds (for the per-kind table). */
  kind: string;
}

const WORDS_CAPITALISED = [
  "Will", "May", "June", "August", "Grace", "Hope", "Faith", "Bill", "Mark", "Rose", "Summer", "Jack", "Frank", "Sage",
  "Reading", "Nice", "Bath", "Mobile", "Independence", "Victoria", "Chase", "Harmony", "Amber", "Iris", "Rusty",
];

/** Make the `count` hard negatives for one seed. */
export function generateHardNegatives(count: number, seed: number): HardNegative[] {
  const f = new Faker({ locale: [en, base] });
  f.seed(seed);
  // Dates relative to "now" (birthdates by age) would make the rows, and every draw after them, depend on the day
  // the script runs: a fixed reference date keeps the set the same on every run.
  f.setDefaultRefDate(new Date(Date.UTC(2026, 0, 1)));
  const d = (n: number) => {
    let s = String(f.number.int({ min: 1, max: 9 }));
    for (let i = 1; i < n; i++) s += String(f.number.int(9));
    return s;
  };
  const pick = <T>(xs: readonly T[]): T => f.helpers.arrayElement(xs);
  const epochS = () => String(f.number.int({ min: 1_500_000_000, max: 1_800_000_000 }));
  const epochMs = () => String(f.number.int({ min: 1_500_000_000_000, max: 1_800_000_000_000 }));
  const iso = () => f.date.between({ from: "2020-01-01", to: "2026-12-31" }).toISOString();
  const semver = () => `${f.number.int(20)}.${f.number.int(40)}.${f.number.int(200)}`;
  const hex = (n: number) => f.string.hexadecimal({ length: n, casing: "lower", prefix: "" });
  const cap = () => pick(WORDS_CAPITALISED);
  const product = () => `${f.commerce.productAdjective()} ${f.commerce.product()}`;
  const templates: Array<[kind: string, make: () => string]> = [
    ["log", () => `{"ts":${epochMs()},"level":"info","msg":"request done","status":200,"duration_ms":${f.number.int(5000)},"bytes":${d(7)},"trace_id":"${hex(32)}"}`],
    ["log", () => `${iso()} INFO [worker-${f.number.int(16)}] pid=${d(5)} processed batch ${d(9)} in ${f.number.int(9999)}ms (offset ${d(10)})`],
    ["log", () => `time=${epochS()} level=warn component=scheduler job_id=${d(9)} attempt=${f.number.int(5)} next_run=${epochS()}`],
    ["log", () => `[${iso()}] GET /api/v2/items/${d(10)}?page=${f.number.int(50)} 200 ${d(4)}b ${f.number.int(999)}ms`],
    ["code", () => `const TIMEOUT_MS = ${d(5)};\nconst MAX_ITEMS = ${d(9)};\nexport const BUILD_ID = ${d(10)};`],
    ["code", () => `SELECT * FROM orders WHERE id = ${d(9)} AND created_at > ${epochS()} LIMIT ${f.number.int(500)};`],
    ["code", () => `if (user.id === ${d(10)} || account.balance > ${d(8)}) { retry(${f.number.int(9)}, ${d(6)}); }`],
    ["code", () => `self.assertEqual(compute_hash(${d(9)}), ${d(12)})  # regression for issue #${d(5)}`],
    ["config", () => `port: ${f.number.int({ min: 1024, max: 65535 })}\nworkers: ${f.number.int(64)}\nmax_body_bytes: ${d(9)}\nseed: ${d(10)}`],
    ["order", () => `Your order number ${d(9)} has shipped. Tracking number: 1Z${hex(6).toUpperCase()}${d(10)}.`],
    ["order", () => `Order #${d(10)} - invoice ${d(8)} - total $${f.finance.amount()} - ${f.number.int(9)} item(s)`],
    ["order", () => `Ticket ${d(7)} was merged into ticket ${d(7)}; reference number ${d(11)}.`],
    ["order", () => `Confirmation code ${d(9)}. Booking reference ${f.string.alphanumeric({ length: 6, casing: "upper" })}. Gate ${f.number.int(60)}.`],
    ["order", () => `Transaction ID ${d(12)} of ${f.finance.amount()} EUR settled; receipt ${d(10)}.`],
    ["order", () => `FedEx tracking ${d(12)} / USPS ${d(22)} / parcel ${d(10)}`],
    ["version", () => `Upgraded from ${semver()} to ${semver()} (build ${d(9)}); Windows 10.0.${d(5)}.${d(4)}, Chrome ${f.number.int(130)}.0.${d(4)}.${d(3)}.`],
    ["version", () => `Release ${semver()}-rc.${f.number.int(9)} built at ${epochS()} from commit ${hex(40)}.`],
    ["log", () => `message_id=${d(16)} channel=${d(18)} author=1${d(18)} guild ${d(17)}`],
    ["hash", () => `sha256 ${hex(64)}\nmd5 ${hex(32)}\nsize ${d(8)}`],
    ["hash", () => `etag "${hex(32)}" request-id ${f.string.uuid()} span ${hex(16)}`],
    ["catalogue", () => `ISBN 978${d(10)}, EAN ${d(13)}, UPC ${d(12)}, part no. ${f.string.alphanumeric({ length: 9, casing: "upper" })}`],
    ["catalogue", () => `SKU ${d(3)}-${d(3)}-${d(4)} (${product()}) is back in stock: ${f.number.int(900)} units at $${f.commerce.price()}.`],
    ["measure", () => `The building is ${d(3)} m tall and cost ${d(9)} dollars; population ${d(7)}, area ${d(6)} km².`],
    ["measure", () => `Revenue grew from $${d(3)},${d(3)},${d(3)} to $${d(3)},${d(3)},${d(3)} between Q1 and Q3.`],
    ["measure", () => `Sensor ${d(4)} at lat ${f.location.latitude({ precision: 6 })}, lon ${f.location.longitude({ precision: 6 })}: ${f.number.float({ min: 0, max: 999, fractionDigits: 6 })} mV`],
    ["code", () => `INSERT INTO ledger (id, amount, account_ref) VALUES (${d(9)}, ${d(6)}.${d(2)}, ${d(9)});`],
    ["measure", () => `Benchmark: ${d(6)} ops/s, p99 ${f.number.int(99)}.${d(3)} ms, ${d(10)} total requests, seed ${d(9)}.`],
    ["words", () => `${cap()} you review the ${product()} before ${pick(["Monday", "Tuesday", "Friday"])}? ${pick(["April", "May", "June", "March"])} numbers look good.`],
    ["words", () => `${pick(["Apple", "Amazon", "Oracle", "Tesla", "Meta"])} and ${pick(["Google", "Microsoft", "Netflix", "Adobe"])} report on ${pick(["Thursday", "Wednesday"])}; ${pick(["Summer", "Winter"])} sales of the ${product()} were flat.`],
    ["words", () => `## ${f.company.catchPhrase()}\n\n${f.hacker.phrase()} ${cap()} it ship in ${pick(["January", "October"])}?`],
    ["words", () => `Please use ${pick(["Kubernetes", "Terraform", "Postgres", "Kafka", "Redis"])} for the ${f.hacker.noun()} and ${pick(["Python", "Rust", "Go", "Java"])} for the ${f.hacker.noun()}.`],
    ["words", () => `${f.company.buzzPhrase().replace(/^./, (c) => c.toUpperCase())}. ${pick(["Reading", "Writing", "Testing"])} is next on the ${pick(["Roadmap", "Agenda"])}.`],
  ];
  const out: HardNegative[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, make] = templates[i % templates.length]!;
    out.push({ text: make(), kind });
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 40);
  const seed = Number(process.argv[3] ?? 11);
  for (const t of generateHardNegatives(n, seed)) console.log(JSON.stringify(t));
}
