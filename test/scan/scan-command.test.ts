import { readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sarifSchemaErrors } from "../../src/report/test-support/validate-sarif.js";
import type { ScanFinding } from "../../src/scan/scan-types.js";
import { makeFixture, scan, V } from "./scan-fixture.js";

let dir: string;
let cwd: string;
beforeAll(() => {
  dir = makeFixture();
  cwd = process.cwd();
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

const findingsOf = (stdout: string): ScanFinding[] => (JSON.parse(stdout) as { findings: ScanFinding[] }).findings;
const at = (fs: ScanFinding[], file: string, type: string): ScanFinding | undefined => fs.find((f) => f.file === file && f.type === type);
/** 1-based column of `value` on line `line` of a file. */
const columnOf = (file: string, line: number, value: string): number => (readFileSync(join(dir, file), "utf8").split(/\r?\n/)[line - 1] as string).indexOf(value) + 1;

describe("warden scan: formats and locations", () => {
  let findings: ScanFinding[];
  let report: { files: { display: string; format: string; records: number }[]; skipped: { display: string; reason: string }[] };
  beforeAll(async () => {
    const r = await scan(["data"]);
    expect(r.code).toBe(1);
    findings = findingsOf(r.stdout);
    report = JSON.parse(r.stdout);
  });

  it("walks folders, skips node_modules and binaries, reads each format", () => {
    expect(report.files.map((f) => [f.display, f.format, f.records])).toEqual([
      ["data/chat.jsonl", "jsonl", 2],
      ["data/claude.jsonl", "jsonl", 1],
      ["data/notes.txt", "text", 0],
      ["data/people.csv", "csv", 2],
      ["data/prefs.jsonl", "jsonl", 2],
      ["data/src/config.ts", "text", 0],
    ]);
    expect(report.skipped).toEqual([{ display: "data/image.bin", reason: "binary (extension)" }]);
    expect(findings.some((f) => f.file.includes("node_modules"))).toBe(false);
  });

  it("OpenAI chat JSONL: line, column in the raw line, field path, record", () => {
    const f = at(findings, "data/chat.jsonl", "EMAIL_ADDRESS");
    expect(f).toMatchObject({ line: 1, record: 1, field: "messages[1].content", column: columnOf("data/chat.jsonl", 1, V.email), category: "pii", severity: "medium" });
    expect(f?.endColumn).toBe((f?.column as number) + V.email.length);
    expect(at(findings, "data/chat.jsonl", "aws-access-key-id")).toMatchObject({ line: 2, record: 2, field: "messages[1].content", column: columnOf("data/chat.jsonl", 2, V.aws), severity: "high" });
  });

  it("preference, completion and Anthropic formats: nested field paths", () => {
    expect(at(findings, "data/prefs.jsonl", "CREDIT_CARD")).toMatchObject({ line: 1, field: "non_preferred_output[0].content", column: columnOf("data/prefs.jsonl", 1, V.card) });
    expect(at(findings, "data/prefs.jsonl", "US_SSN")).toMatchObject({ line: 2, record: 2, field: "prompt" });
    expect(at(findings, "data/claude.jsonl", "EMAIL_ADDRESS")).toMatchObject({ line: 1, field: "system" });
    expect(at(findings, "data/claude.jsonl", "github-pat")).toMatchObject({ line: 1, field: "messages[1].content[0].text", column: columnOf("data/claude.jsonl", 1, V.github) });
  });

  it("CSV: column name as field, the line inside a quoted multi-line field, data-row record number", () => {
    expect(at(findings, "data/people.csv", "EMAIL_ADDRESS")).toMatchObject({ line: 3, column: columnOf("data/people.csv", 3, V.email), field: "notes", record: 1 });
  });

  it("text and source code: line and column", () => {
    expect(at(findings, "data/notes.txt", "US_SSN")).toMatchObject({ line: 2, column: columnOf("data/notes.txt", 2, V.ssn) });
    expect(at(findings, "data/notes.txt", "US_SSN")?.record).toBeUndefined();
    expect(at(findings, "data/src/config.ts", "aws-access-key-id")).toMatchObject({ line: 2, column: columnOf("data/src/config.ts", 2, V.aws), severity: "high" });
  });

  it("never prints a value: masked, fingerprinted", async () => {
    const out = JSON.stringify(findings);
    for (const v of Object.values(V)) expect(out).not.toContain(v);
    expect(findings.every((f) => /^[0-9a-f]{32}$/.test(f.fingerprint))).toBe(true);
    const text = await scan(["data"], { format: "text" });
    for (const v of Object.values(V)) expect(text.stdout).not.toContain(v);
    expect(text.stdout).toMatch(/HIGH +data\/chat\.jsonl:2:\d+ record 2 messages\[1\]\.content {2}secret\/aws-access-key-id {2}"AK\*+NY"/);
  });

  it("--ignore and --no-default-ignores", async () => {
    const r = findingsOf((await scan(["data"], { ignore: ["*.jsonl", "src/**"] })).stdout);
    expect(new Set(r.map((f) => f.file))).toEqual(new Set(["data/notes.txt", "data/people.csv"]));
    const all = findingsOf((await scan(["data"], { defaultIgnores: false })).stdout);
    expect(all.some((f) => f.file === "data/node_modules/pkg/leak.txt")).toBe(true);
  });

  it("--gitignore (opt-in) skips what the input folder's .gitignore lists", async () => {
    writeFileSync(join("data", ".gitignore"), "# generated\n*.csv\n/src/\n!keep.csv\n");
    try {
      const all = findingsOf((await scan(["data"])).stdout);
      expect(all.some((f) => f.file === "data/people.csv")).toBe(true);
      const r = findingsOf((await scan(["data"], { gitignore: true })).stdout);
      expect(r.some((f) => f.file === "data/people.csv" || f.file.startsWith("data/src/"))).toBe(false);
      expect(r.some((f) => f.file === "data/chat.jsonl")).toBe(true);
    } finally {
      rmSync(join("data", ".gitignore"));
    }
  });

  it("--enable/--disable select detectors like warden detect", async () => {
    const r = findingsOf((await scan(["data"], { enable: ["secret"] })).stdout);
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((f) => f.category === "secret")).toBe(true);
  });
});

describe("warden scan: custom rules and allowlist from --rules", () => {
  it("reports custom findings (category custom, severity medium), honours the allowlist, and --fail-on custom", async () => {
    writeFileSync("tickets.txt", "see ACME-123456 and ACME-654321\nmail jane.doe@example.com\n");
    writeFileSync("rules.yaml", "customRules:\n  - id: acme-ticket\n    pattern: 'ACME-[0-9]{6}'\n    type: ACME_TICKET\nallowlist:\n  values: [ACME-654321, jane.doe@example.com]\n");
    const r = await scan(["tickets.txt"], { rules: "rules.yaml", failOn: ["custom"] });
    expect(r.code).toBe(1);
    expect(findingsOf(r.stdout).map((f) => [f.category, f.type, f.severity, f.line, f.column])).toEqual([["custom", "ACME_TICKET", "medium", 1, 5]]);
    expect((await scan(["tickets.txt"], { rules: "rules.yaml", failOn: ["secret"] })).code).toBe(0);
  });
});

describe("warden scan: SARIF and JUnit", () => {
  it("SARIF 2.1.0 validates against the schema and is ready for code scanning", async () => {
    const r = await scan(["data"], { format: "sarif" });
    const log = JSON.parse(r.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0];
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === "secret/aws-access-key-id");
    expect(rule.help.text.length).toBeGreaterThan(20);
    expect(rule.properties["security-severity"]).toBe("8.0");
    const res = run.results.find((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.ruleId === "secret/aws-access-key-id" && x.locations[0]?.physicalLocation.artifactLocation.uri === "data/src/config.ts");
    expect(res.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: columnOf("data/src/config.ts", 2, V.aws) });
    expect(res.partialFingerprints["wardenFinding/v1"]).toMatch(/^[0-9a-f]{32}$/);
    expect(res.level).toBe("error");
    for (const v of Object.values(V)) expect(r.stdout).not.toContain(v);
  });

  it("SARIF locations: odd file names percent-encoded, files outside the working directory as file: URIs", async () => {
    writeFileSync("odd name #1.txt", `mail ${V.email}\n`);
    const outside = join(tmpdir(), `warden-scan-outside-${process.pid}.txt`);
    writeFileSync(outside, `mail ${V.email}\n`);
    try {
      const log = JSON.parse((await scan(["odd name #1.txt", outside], { format: "sarif" })).stdout);
      expect(sarifSchemaErrors(log)).toEqual([]);
      const uris = log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }) => x.locations[0]?.physicalLocation.artifactLocation);
      expect(uris).toEqual([{ uri: "odd%20name%20%231.txt", uriBaseId: "%SRCROOT%" }, { uri: pathToFileURL(outside).href }]);
    } finally {
      rmSync(outside);
    }
  });

  it("JUnit: a case per file, failures for files with findings, skipped binaries", async () => {
    const r = await scan(["data"], { format: "junit" });
    expect(r.stdout).toMatch(/<testsuite name="warden scan" id="0" tests="7" failures="6" errors="0" skipped="1"/);
    expect(r.stdout).toContain('<testcase name="data/image.bin" classname="warden.scan.skipped"');
    expect(r.stdout).toMatch(/<testcase name="data\/chat.jsonl" classname="warden.scan.jsonl" time="[\d.]+">\s*<failure message="2 finding\(s\)/);
  });
});

describe("warden scan: exit codes and baseline", () => {
  it("--fail-on by severity and category; none; errors give 2", async () => {
    expect((await scan(["data/notes.txt"], { failOn: ["critical"] })).code).toBe(0);
    expect((await scan(["data/notes.txt"], { failOn: ["high"] })).code).toBe(1);
    expect((await scan(["data/notes.txt"], { failOn: ["secret"] })).code).toBe(0);
    expect((await scan(["data/notes.txt"], { failOn: ["secret,pii"] })).code).toBe(1);
    expect((await scan(["data/notes.txt"], { failOn: ["none"] })).code).toBe(0);
    expect((await scan(["data/notes.txt"])).code).toBe(1); // default: any finding
    const bad = await scan(["data/notes.txt"], { failOn: ["severe"] });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on: unknown value "severe"');
    expect(bad.stderr).toContain("(WARDEN_SCAN_USAGE)");
    expect((await scan(["no-such-dir"])).code).toBe(2);
    expect((await scan(["data"], { format: "xml" })).code).toBe(2);
    const noDir = await scan(["data/notes.txt"], { output: "no/such/dir/report.json" });
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain("--output: cannot write no/such/dir/report.json: ENOENT (WARDEN_SCAN_USAGE)");
    writeFileSync("bad-rules.yaml", "- id: x\n  regex: '('\n");
    const rules = await scan(["data/notes.txt"], { rules: "bad-rules.yaml" });
    expect(rules.code).toBe(2);
  });

  it("a baseline suppresses accepted findings; new ones still fail", async () => {
    const first = await scan(["data"], { writeBaseline: "baseline.json" });
    expect(first.code).toBe(1);
    const base = JSON.parse(readFileSync("baseline.json", "utf8"));
    expect(base.findings.length).toBeGreaterThanOrEqual(9);
    for (const v of Object.values(V)) expect(JSON.stringify(base)).not.toContain(v);
    const second = await scan(["data"], { baseline: "baseline.json" });
    expect(second.code).toBe(0);
    expect(findingsOf(second.stdout).every((f) => f.suppressed)).toBe(true);
    writeFileSync(join("data", "notes.txt"), `first line\nsecond line has ${V.ssn} in it\nnew: ${V.email2}\n`);
    const third = await scan(["data"], { baseline: "baseline.json" });
    expect(third.code).toBe(1);
    expect(findingsOf(third.stdout).filter((f) => !f.suppressed).map((f) => [f.file, f.type, f.line])).toEqual([["data/notes.txt", "EMAIL_ADDRESS", 3]]);
    writeFileSync("broken-baseline.json", "{}");
    const broken = await scan(["data"], { baseline: "broken-baseline.json" });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("(WARDEN_SCAN_BASELINE_INVALID)");
  });
});

describe("warden scan --redact-to", () => {
  const sha = (p: string): string => createHash("sha256").update(readFileSync(p)).digest("hex");

  it("writes same-format copies: same records, structure and columns, values replaced by consistent tokens, and a manifest", async () => {
    const r = await scan(["data"], { redactTo: "clean" });
    expect(r.code).toBe(1);
    const out = (p: string): string => readFileSync(join("clean", p), "utf8");
    // Nothing planted survives anywhere in the copies.
    for (const f of ["chat.jsonl", "prefs.jsonl", "claude.jsonl", "people.csv", "notes.txt", "src/config.ts"]) for (const v of Object.values(V)) expect(out(f)).not.toContain(v);
    // JSONL: same number of lines, same JSON shape (only string values differ), untouched bytes elsewhere.
    for (const f of ["chat.jsonl", "prefs.jsonl", "claude.jsonl"]) {
      const a = readFileSync(join("data", f), "utf8").split("\n");
      const b = out(f).split("\n");
      expect(b.length).toBe(a.length);
      const shape = (x: unknown): unknown => (typeof x === "string" ? "s" : Array.isArray(x) ? x.map(shape) : x && typeof x === "object" ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, shape(v)])) : x);
      a.forEach((line, i) => {
        if (line.trim() === "") return expect(b[i]).toBe(line);
        expect(shape(JSON.parse(b[i] as string))).toEqual(shape(JSON.parse(line)));
      });
    }
    expect(out("chat.jsonl")).toContain('"weight":12345678901234567890');
    // Tokens: same value → same token, across files and formats.
    const tokenIn = (text: string): string => (text.match(/<EMAIL_ADDRESS_[0-9a-f]{10}>/) as RegExpMatchArray)[0];
    expect(tokenIn(out("chat.jsonl"))).toBe(tokenIn(out("people.csv")));
    expect(tokenIn(out("claude.jsonl"))).not.toBe(tokenIn(out("chat.jsonl")));
    expect(out("src/config.ts")).toMatch(/awsKey = "<AWS_ACCESS_KEY_ID_[0-9a-f]{10}>"/);
    // CSV: same columns and records, the multi-line field still quoted.
    expect(out("people.csv")).toMatch(/^id,name,notes\r\n1,"[^"]*","said ""hi""\r\nmail <EMAIL_ADDRESS_[0-9a-f]{10}> now"\r\n2,Bob,plain\r\n$/);
    // Manifest: hashes of both sides, record and finding counts.
    const manifest = JSON.parse(out("warden-scan-manifest.json"));
    const chat = manifest.files.find((f: { input: string }) => f.input === "data/chat.jsonl");
    expect(chat).toMatchObject({ inputSha256: sha("data/chat.jsonl"), outputSha256: sha("clean/chat.jsonl"), records: 2, findings: 2, findingsByType: { "pii/EMAIL_ADDRESS": 1, "secret/aws-access-key-id": 1 } });
    expect(manifest.totals.files).toBe(6);
    expect(JSON.stringify(manifest)).not.toContain(V.email);
    // A second run uses a new key: tokens differ between runs.
    await scan(["data"], { redactTo: "clean2" });
    expect(tokenIn(readFileSync("clean2/chat.jsonl", "utf8"))).not.toBe(tokenIn(out("chat.jsonl")));
  });

  it("writes the manifest even when nothing was scanned", async () => {
    writeFileSync("only.bin", Buffer.from([0, 1, 2]));
    const r = await scan(["only.bin"], { redactTo: "clean-empty" });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join("clean-empty", "warden-scan-manifest.json"), "utf8")).files).toEqual([]);
  });

  it("the redacted copy scans clean", async () => {
    await scan(["data"], { redactTo: "clean3" });
    const r = await scan(["clean3"], { ignore: ["warden-scan-manifest.json"], failOn: ["medium"] });
    expect(findingsOf(r.stdout).filter((f) => f.severity !== "low")).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("fails closed: a record too long to scan means no redacted copy and exit 2", async () => {
    writeFileSync("long.jsonl", `${JSON.stringify({ text: V.email })}\n${JSON.stringify({ text: `${"x ".repeat(600_000)} ${V.email}` })}\n`);
    const r = await scan(["long.jsonl"], { redactTo: "clean-long", maxRecordMb: "1" });
    expect(r.code).toBe(2);
    expect(existsSync(join("clean-long", "long.jsonl"))).toBe(false);
    expect(readdirSync("clean-long").filter((n) => n.includes("partial"))).toEqual([]);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].errors[0]).toMatchObject({ code: "WARDEN_SCAN_RECORD_TOO_LONG", message: expect.stringMatching(/line 2: record longer than 1048576 characters/) });
  });
});

describe("warden scan with worker threads", () => {
  it("gives the same findings, in the same order, as the in-thread run", async () => {
    const inline = findingsOf((await scan(["data"], { jobs: "0" })).stdout);
    const workers = findingsOf((await scan(["data"], { jobs: "2" })).stdout);
    expect(workers).toEqual(inline);
  });
});

describe("warden scan: edge cases", () => {
  it("byte order marks: JSONL first line parsed after it and kept in the copy; CSV first column named without it", async () => {
    writeFileSync("bom.jsonl", `\uFEFF${JSON.stringify({ prompt: `mail ${V.email}` })}\n`);
    writeFileSync("bom.csv", `\uFEFFemail,n\n${V.email},1\n`);
    const r = await scan(["bom.jsonl", "bom.csv"], { redactTo: "clean-bom" });
    const fs = findingsOf(r.stdout);
    expect(fs.map((f) => [f.file, f.field, f.line])).toEqual([
      ["bom.jsonl", "prompt", 1],
      ["bom.csv", "email", 2],
    ]);
    expect(fs[0]?.column).toBe(readFileSync("bom.jsonl", "utf8").indexOf(V.email) + 1);
    const copy = readFileSync(join("clean-bom", "bom.jsonl"), "utf8");
    expect(copy.charCodeAt(0)).toBe(0xfeff);
    expect(JSON.parse(copy.slice(1)).prompt).toMatch(/^mail <EMAIL_ADDRESS_[0-9a-f]{10}>$/);
    expect(JSON.parse(r.stdout).files.every((f: { notices: string[] }) => f.notices.length === 0)).toBe(true);
  });

  it("empty files, and a report written inside the scanned folder is not scanned", async () => {
    writeFileSync(join("data", "empty.jsonl"), "");
    const r = await scan(["data"], { output: join("data", "report.txt"), format: "text" });
    expect(r.code).toBe(1);
    const report = readFileSync(join("data", "report.txt"), "utf8");
    expect(report).not.toContain("report.txt");
    expect(report).toMatch(/in 7 file\(s\)/); // the six fixture files and the empty one
    rmSync(join("data", "report.txt"));
    rmSync(join("data", "empty.jsonl"));
  });
});
