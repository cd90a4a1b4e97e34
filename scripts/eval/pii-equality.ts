/**
 * Are the PII findings unchanged? Dumps every PII finding over a broad corpus, so that a change meant to be
 * behaviour-preserving (a speed-up) can be checked byte for byte against the commit before it:
 *
 *   node --import tsx scripts/eval/pii-equality.ts dump /tmp/after.jsonl      (run again in a worktree of the base commit)
 *   node --import tsx scripts/eval/pii-equality.ts compare /tmp/before.jsonl /tmp/after.jsonl
 *
 * Corpus: every text of the PII red-team sets (pii-sample-3 … 8, pii-secrets-sample, pii-secrets-sample-2),
 * /work/shared/data/pii/*.jsonl when present, 4 KB and 64 KB texts of the engine bench corpus, and small dense
 * inputs (e-mails, e-mails with SSNs, phones, names, IBANs, obfuscated addresses, CJK). Each text is scanned twice:
 * by the engine with the PII detectors only (which hands them its shared scan) and by the combined PII detector
 * alone (which builds its own). One JSON line per text and path: the findings, values replaced by their spans.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createDetectionEngine } from "../../src/detect/engine.js";
import { piiDetectors } from "../../src/detect/pii/index.js";

interface Sample {
  id: string;
  text: string;
}

async function redTeamTexts(): Promise<Sample[]> {
  const sets: [string, string[], string, string][] = [
    ["pii-sample-3", ["./pii-sample-3/cases-intl.js", "./pii-sample-3/cases-neg.js"], "./pii-sample-3/cases-en.js", "b"],
    ["pii-sample-4", ["./pii-sample-4/cases-intl.js", "./pii-sample-4/cases-neg.js"], "./pii-sample-4/cases-en.js", "b"],
    ["pii-sample-5", ["./pii-sample-5/cases-en2.js", "./pii-sample-5/cases-intl.js", "./pii-sample-5/cases-neg.js"], "./pii-sample-5/cases-en.js", "b"],
    ["pii-sample-6", ["./pii-sample-6/cases-en2.js", "./pii-sample-6/cases-intl.js", "./pii-sample-6/cases-intl2.js", "./pii-sample-6/cases-neg.js"], "./pii-sample-6/cases-en.js", "b"],
    ["pii-sample-7", ["./pii-sample-7/all.js"], "./pii-sample-7/build.js", "b"],
    ["pii-sample-8", ["./pii-sample-8/all.js"], "./pii-sample-8/build.js", "b"],
    ["pii-secrets-sample", [], "./pii-secrets-sample/all.js", "cases"],
    ["pii-secrets-sample-2", ["./pii-secrets-sample-2/cases-sec.js", "./pii-secrets-sample-2/cases-neg.js"], "./pii-secrets-sample-2/cases-pii.js", "b"],
  ];
  const out: Sample[] = [];
  for (const [name, sides, main, key] of sets) {
    const mod = (await import(main)) as Record<string, unknown>;
    for (const s of sides) await import(s);
    const v = mod[key];
    const cases = (Array.isArray(v) ? v : (v as { cases: unknown[] }).cases) as { id: number; text: string }[];
    for (const c of cases) out.push({ id: `${name}#${c.id}`, text: c.text });
  }
  return out;
}

function sharedTexts(): Sample[] {
  const dir = "/work/shared/data/pii";
  if (!existsSync(dir)) return [];
  const out: Sample[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".jsonl")).sort()) {
    readFileSync(`${dir}/${f}`, "utf8").split("\n").forEach((line, i) => {
      if (line.trim() === "") return;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === "string") out.push({ id: `${f}:${i + 1}`, text });
    });
  }
  return out;
}

async function benchTexts(): Promise<Sample[]> {
  const corpusPath = "../../bench/detect/corpus.js";
  const { mixedText } = (await import(corpusPath)) as { mixedText(bytes: number, seed?: number): string };
  const out: Sample[] = [];
  for (let i = 0; i < 40; i++) out.push({ id: `mixed4k#${i}`, text: mixedText(4096, 1000 + i) });
  for (let i = 0; i < 4; i++) out.push({ id: `mixed64k#${i}`, text: mixedText(65536, 50 + i) });
  return out;
}

function denseTexts(): Sample[] {
  const rep = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join("");
  return [
    { id: "dense:emails", text: rep(400, () => "lorem ipsum dolor jane.doe@acme-corp.com ") },
    { id: "dense:emails-glued", text: rep(300, (i) => `a${i}@x.io,b${i}@y-z.com;`) },
    { id: "dense:emails+ssn", text: rep(300, (i) => `contact jane.doe${i}@acme-corp.com ssn ${String(100 + i).padStart(3, "0")}-${10 + (i % 89)}-${1000 + i} `) },
    { id: "dense:obfuscated", text: rep(200, (i) => `mail me: jane${i} [at] acme (dot) com or j${i} at corp dot io, write to bob${i} @ mail . example . org; `) },
    { id: "dense:spelled", text: rep(200, (i) => `email john.smith${i} at company.com and jane dot doe at gmail dot com `) },
    { id: "dense:urls", text: rep(200, (i) => `see https://deploy:pw${i}@gitlab.example.com/x and ssh git@host${i}.example.com:acme/r.git `) },
    { id: "dense:phones", text: rep(300, (i) => `call +1 (415) 555-${1000 + i} or 020 7946 ${1000 + i}; `) },
    { id: "dense:names", text: rep(300, (i) => `Dear ${["Jane", "Hiroshi", "Marta", "Pierre"][i % 4]} ${["Doe", "Tanaka", "Kowalski", "Dubois"][i % 4]}, `) },
    { id: "dense:ibans", text: rep(300, () => "IBAN DE89 3704 0044 0532 0130 00, ") },
    { id: "dense:cjk", text: rep(200, () => "请联系我们的客户服务部门以获取更多信息。東京都港区の本社で説明会を行います。") },
    { id: "lines:hl7", text: rep(30, (i) => `MSH|^~\\&|LAB|H|||2024||ADT^A01|${i}|P|2.5\r\nPID|1||${10000 + i}^^^H||DOE^JANE||19${50 + (i % 49)}0${1 + (i % 9)}1${i % 10}|F\r\nPID|1|2|3|4|5|6|7|19800101|\n  PID|1|2|3|4|5|6|19800101 `) },
    { id: "lines:mrz", text: rep(20, (i) => `P<GBRHUGHES<<GARETH<OWEN<<<<<<<<<<<<<<<<<<<\n  12345678${i % 10}0GBR8${i % 10}01019M2501017<<<<<<<<<<<<<<0${i % 10}\nx 12345678${i % 10}0GBR8001019M2501017<<<<<<<<<<<<<<04\n`) },
    { id: "lines:arabic", text: rep(20, (i) => `محمد عبد الله,010 ${1000 + i}\n  ليلى حداد,+961 3 ${100000 + i}\nالسيد سارة العتيبي؛ ${i}\n`) },
    { id: "lines:cjk-list", text: rep(20, (i) => `names: 王小明, 佐藤花子\n${i}. 王芳 — wangfang${i}@qq.com\n- 고양이\n이름: 김민준, 박서연\n`) },
    { id: "lines:here", text: rep(30, (i) => `Hi, Jane here\r\nMarta here. hello Pierre Dubois here! ${" ".repeat(i % 70)}Ingrid here\n`) },
    { id: "lines:example", text: rep(30, (i) => `Esempio: Mario Rossi, Via Roma ${i}\nExample: Nguyễn Văn A and John Doe${" x".repeat(i % 50)} Max Mustermann\n`) },
    { id: "lines:postcodes", text: rep(30, (i) => `10 Downing Street, London SW1A 2AA\n${" ".repeat(i % 100)}Bronx, NY 10456; Version 2 Release, NW1 6XE\n`) },
    { id: "lines:csv", text: `name,city,email\n${rep(200, (i) => `${["Jane Doe", "Marta Kowalski", "Acme Ltd", "Pierre Dubois"][i % 4]},${["Paris", "Leeds", "Springfield", "Kraków"][i % 4]},j${i}@acme.com\n`)}` },
    { id: "lines:md-table", text: `| Name | City | Phone |\n|---|---|---|\n${rep(150, (i) => `| ${["Jane Doe", "Hiroshi Tanaka", "Widget"][i % 3]} | ${["Berlin", "Osaka", "Lyon"][i % 3]} | +1 415 555 ${1000 + i} |\n`)}` },
    { id: "lines:form", text: rep(100, (i) => `Name: ${["Jane Doe", "Marta Kowalski", "n/a"][i % 3]}\nSURNAME/NOM   DUBOIS  Given names: Marie ${i}\nPatient: Widget Pro\n`) },
    { id: "lines:addr-mix", text: rep(60, (i) => `221B Baker Street, London NW1 6XE; Musterstraße ${i + 1}, 10115 Berlin; Via Roma ${i + 1}, 00184 Roma; 北京市朝阳区建国路${i + 1}号; 東京都港区六本木${(i % 9) + 1}-2-3; 10 DOWNING STREET LONDON SW1A 2AA; Flat 3, 48 Cowley Road, Oxford OX4 1HZ; ул. Ленина, д. ${i + 1}, Москва\n`) },
    { id: "dense:spoken", text: rep(50, () => "my number is nine one seven five five five one two three four. un deux trois quatre cinq six sept huit neuf. ") },
  ];
}

type Row = readonly [string, number, number, number, string];

function dump(path: string, samples: readonly Sample[]): void {
  const engine = createDetectionEngine({ enable: ["pii"] });
  const alone = piiDetectors[0]!.build();
  const lines: string[] = [];
  for (const s of samples) {
    const a = engine.detect(s.text, { direction: "request" });
    const row = (f: { detector: string; type: string; start: number; end: number; score: number; explanation?: string }): Row => [
      `${f.detector}/${f.type}`, f.start, f.end, f.score, f.explanation ?? "",
    ];
    lines.push(JSON.stringify({ id: s.id, path: "engine", errors: a.errors.length, findings: a.findings.map(row) }));
    const b = alone.detect({ text: s.text, context: { direction: "request" } });
    lines.push(JSON.stringify({ id: s.id, path: "alone", findings: b.map(row) }));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
  console.log(`${samples.length} texts, ${lines.length} rows → ${path}`);
}

function compare(before: string, after: string): void {
  const a = readFileSync(before, "utf8").split("\n");
  const b = readFileSync(after, "utf8").split("\n");
  let diff = 0;
  let findings = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== undefined && a[i] !== "") findings += (JSON.parse(a[i]!) as { findings: unknown[] }).findings.length;
    if (a[i] === b[i]) continue;
    diff++;
    if (diff <= 20) console.log(`- ${a[i]?.slice(0, 400)}\n+ ${b[i]?.slice(0, 400)}`);
  }
  console.log(`${a.length - 1} rows (${findings} findings before): ${diff === 0 ? "identical" : `${diff} rows differ`}`);
  process.exitCode = diff === 0 ? 0 : 1;
}

const [cmd, p1, p2] = process.argv.slice(2);
if (cmd === "dump" && p1) {
  dump(p1, [...(await redTeamTexts()), ...sharedTexts(), ...(await benchTexts()), ...denseTexts()]);
} else if (cmd === "compare" && p1 && p2) {
  compare(p1, p2);
} else {
  console.error("usage: pii-equality.ts dump <file> | compare <before> <after>");
  process.exitCode = 2;
}
