/**
 * Does PII detection cost grow linearly with the input? Runs the engine with the PII detectors only (as
 * `warden detect --enable pii` does, with the engine's shared scan) over dense synthetic inputs at growing sizes and
 * prints CPU ms per MB at each size: the figures should stay flat as the size doubles.
 *
 *   node --import tsx bench/detect/pii-scale.ts            (SHAPES=emails,phones to pick; ENABLE=all for every detector)
 *
 * CPU time (process.cpuUsage), best of 2 (of 1 for inputs over 2 MB): the machine is shared and noisy.
 */
import { createDetectionEngine } from "../../src/detect/engine.js";

const enable = process.env.ENABLE === "all" ? undefined : ["pii"];
const engine = createDetectionEngine(enable ? { enable } : {});

const FIRST = ["Jane", "Hiroshi", "Amelia", "Oluwaseun", "Marta", "Pierre", "Li", "Sofia", "Ahmed", "Ingrid"];
const LAST = ["Doe", "Tanaka", "Kowalski", "Okafor", "García", "Dubois", "Chen", "Rossi", "Haddad", "Larsen"];
const CJK = "请联系我们的客户服务部门以获取更多信息。我们的办公室位于北京市朝阳区。会议将在下午三点开始，请准时参加。東京都港区の本社で説明会を行います。";

/** One repeating unit per shape; `n` units make the input. */
const SHAPES: Record<string, (i: number) => string> = {
  emails: () => "lorem ipsum dolor jane.doe@acme-corp.com ",
  "emails+ssn": (i) => `contact jane.doe${i % 97}@acme-corp.com ssn ${String(100 + (i % 600)).padStart(3, "0")}-${String(10 + (i % 89))}-${String(1000 + (i % 8999))} `,
  phones: (i) => `call +1 (415) 555-${String(1000 + (i % 8999))} or 020 7946 ${String(1000 + (i % 8999))}; `,
  names: (i) => `Dear ${FIRST[i % 10]} ${LAST[(i * 7) % 10]}, `,
  ibans: () => "IBAN DE89 3704 0044 0532 0130 00, ",
  cjk: (i) => CJK.slice(i % 7) + CJK.slice(0, i % 7),
  // shapes that stress one detector's context look-ups on one long line
  "named-emails": (i) => `${FIRST[i % 10]} ${LAST[(i * 3) % 10]} <${FIRST[i % 10]!.toLowerCase()}.${i}@acme-corp.com>, `,
  obfuscated: (i) => `mail jane${i} [at] acme (dot) com or bob${i} @ mail . example . org, `,
  dates: (i) => `born ${1950 + (i % 50)}${String(1 + (i % 12)).padStart(2, "0")}${String(1 + (i % 28)).padStart(2, "0")} dob 0${1 + (i % 9)}/1${i % 10}/19${50 + (i % 49)} `,
  "here-names": (i) => `${FIRST[i % 10]} here, `,
  example: (i) => `Example: John Doe${i % 2 ? "" : " A"} and Mario Rossi, `,
  postcodes: (i) => `10 Downing Street, London SW1A 2AA; 221B Baker St, NW1 6XE ${i % 10} `,
  addresses: (i) => `${100 + (i % 800)} Main Street, Springfield, IL 62704; `,
  cards: (i) => `card 4111 1111 1111 1111 exp ${1 + (i % 12)}/29, `,
  ids: (i) => `NINO QQ 12 34 56 C, passport 123456789, DNI 12345678Z ${i % 7} `,
  ips: (i) => `from 10.0.${i % 255}.${(i * 7) % 255} and fe80::1:${(i % 65535).toString(16)} mac 00:1a:2b:3c:4d:${(i % 256).toString(16).padStart(2, "0")} `,
  urls: (i) => `see https://example.com/p/${i}?q=x and www.acme.io/${i} `,
  spoken: () => "my number is nine one seven five five five one two three four, ",
  "sql-tuples": (i) => `('${FIRST[i % 10]}', '${LAST[i % 10]}'), `,
  "names-lines": (i) => `${FIRST[i % 10]} ${LAST[(i * 7) % 10]}\n`,
  "devanagari": () => "श्री राहुल शर्मा से मिलें, ",
  "sql-insert": (i) => (i % 200 === 0 ? "INSERT INTO customers (first_name, last_name, email, dob) VALUES " : "") + `('${FIRST[i % 10]}', '${LAST[i % 10]}', 'j${i}@acme.com', '19${50 + (i % 49)}-02-03'), `,
  "md-table": (i) => (i === 0 ? "| Name | Email | Phone |\n|---|---|---|\n" : `| ${FIRST[i % 10]} ${LAST[i % 10]} | j${i}@acme.com | +1 415 555 ${String(1000 + (i % 8999))} |\n`),
  "json-people": (i) => `{"name":"${FIRST[i % 10]} ${LAST[(i * 3) % 10]}","city":"Paris","dob":"1980-0${1 + (i % 9)}-12"},`,
  titles: (i) => `Mr. ${FIRST[i % 10]} ${LAST[(i * 3) % 10]} met Dr. ${LAST[i % 10]} in Berlin. `,
  "kv-lines": (i) => `Name: ${FIRST[i % 10]} ${LAST[i % 10]}\nAddress: ${10 + (i % 90)} High Street, Leeds LS1 4AP\n`,
  korean: (i) => `김민준 고객님, 연락처 010-${String(1000 + (i % 8999))}-5678 `,
  "cjk-names": () => "王小明先生，佐藤花子さん、",
  "dob-words": (i) => `born on ${1 + (i % 28)} July 19${50 + (i % 49)}, `,
  "caps-address": (i) => `${10 + (i % 90)} DOWNING STREET LONDON SW1A 2AA `,
  "at-prose": (i) => `email me at home dot com, look at this dot net ${i % 10} [at] `,
  "bare-ats": (i) => `@user${i % 100} x@y @ foo.bar @@ `,
  digits: (i) => `${String(1e9 + i * 7919)} ${String(i % 100000).padStart(5, "0")}-${String(i % 10000).padStart(4, "0")} `,
  blob: (i) => `${"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo".repeat(3)}${i % 10}`,
  cyrillic: (i) => `Иван Петров${i % 3 ? "" : "ич"} и Анна Смирнова, г. Москва, ул. Ленина, д. ${1 + (i % 90)}; `,
  arabic: (i) => `السيد محمد عبد الله وليلى حداد، هاتف +961 3 ${String(100000 + (i % 89999))}؛ `,
  "ja-names": (i) => `田中さん、佐藤花子様、マリアさん、東京都港区六本木${1 + (i % 9)}-2-3。`,
  "korean-addr": (i) => `서울특별시 강남구 테헤란로 ${100 + (i % 800)}, 김민준 님 `,
  "csv": (i) => (i === 0 ? "name,email,phone\n" : `${FIRST[i % 10]} ${LAST[i % 10]},j${i}@acme.com,+44 20 7946 ${String(1000 + (i % 8999))}\n`),
};

/** Units so that the smallest input is about 256 KB, then 2x and 4x (8x with SCALE=8). */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// warm up: compile the regexes and gazetteers before timing
engine.detect(Object.values(SHAPES).map((f) => f(1)).join(" "));
const wanted = (process.env.SHAPES ?? Object.keys(SHAPES).join(",")).split(",");
const factors = process.env.SCALE === "8" ? [1, 2, 4, 8] : [1, 2, 4];
console.log(`shape        ${factors.map((f) => `${(256 * f).toString().padStart(5)} KB`).join("  ")}   (CPU ms per MB; findings at the largest size)`);
for (const name of wanted) {
  const unit = SHAPES[name];
  if (!unit) throw new Error(`unknown shape ${name}`);
  const per = Buffer.byteLength(unit(0));
  const base = Math.ceil((256 * 1024) / per);
  const cells: string[] = [];
  let findings = 0;
  for (const f of factors) {
    const parts: string[] = [];
    for (let i = 0; i < base * f; i++) parts.push(unit(i));
    const text = parts.join("");
    const mb = Buffer.byteLength(text) / (1 << 20);
    let best = Infinity;
    for (let r = 0; r < (mb > 2 ? 1 : 2); r++) {
      const t0 = cpuMs();
      findings = engine.detect(text).findings.length;
      best = Math.min(best, cpuMs() - t0);
    }
    cells.push((best / mb).toFixed(0).padStart(8));
  }
  console.log(`${name.padEnd(12)} ${cells.join("  ")}   ${findings}`);
}
