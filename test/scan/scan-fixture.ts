import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { runScan, type ScanCommandOptions } from "../../src/cli/commands/scan.js";

/** Planted values of the fixture (fake). */
export const V = {
  email: "jane.doe@example.com",
  card: "4111 1111 1111 1111",
  aws: "AKIA2FCZOR5QFQMAVUNY",
  github: "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",
  ssn: "536-22-1234",
  email2: "bob.smith@example.org",
};

/** A folder with one file per supported format, planted values at known places. */
export function makeFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "warden-scan-"));
  const d = join(dir, "data");
  mkdirSync(join(d, "src"), { recursive: true });
  mkdirSync(join(d, "node_modules", "pkg"), { recursive: true });
  const lines = [
    { messages: [{ role: "system", content: "You are a support bot." }, { role: "user", content: `Mail me at ${V.email} please` }, { role: "assistant", content: "Sure." }] },
    { messages: [{ role: "user", content: "hello" }, { role: "assistant", content: `the key is ${V.aws}` }], weight: 12345678901234567890 },
  ];
  // OpenAI chat fine-tuning (with a big integer that JSON.parse would round: must survive redaction byte for byte).
  writeFileSync(join(d, "chat.jsonl"), `${JSON.stringify(lines[0])}\n${JSON.stringify(lines[1]).replace('"weight":12345678901234567000', '"weight":12345678901234567890')}\n\n`);
  // OpenAI preference (DPO) and completion formats.
  writeFileSync(
    join(d, "prefs.jsonl"),
    `${JSON.stringify({ input: { messages: [{ role: "user", content: "What is my card?" }] }, preferred_output: [{ role: "assistant", content: "I cannot share that." }], non_preferred_output: [{ role: "assistant", content: `It is ${V.card}` }] })}\n${JSON.stringify({ prompt: `SSN ${V.ssn}`, completion: " ok" })}\n`,
  );
  // Anthropic messages with content blocks and a system prompt.
  writeFileSync(join(d, "claude.jsonl"), `${JSON.stringify({ system: `Escalate to ${V.email2}`, messages: [{ role: "user", content: [{ type: "text", text: "hi" }] }, { role: "assistant", content: [{ type: "text", text: `token ${V.github}` }] }] })}\n`);
  // CSV with a quoted multi-line field (the email on the record's second line) and "" escapes.
  writeFileSync(join(d, "people.csv"), `id,name,notes\r\n1,"Doe, Jane","said ""hi""\r\nmail ${V.email} now"\r\n2,Bob,plain\r\n`);
  writeFileSync(join(d, "notes.txt"), `first line\nsecond line has ${V.ssn} in it\n`);
  writeFileSync(join(d, "src", "config.ts"), `export const region = "us-east-1";\nexport const awsKey = "${V.aws}";\n`);
  writeFileSync(join(d, "node_modules", "pkg", "leak.txt"), `${V.github}\n`);
  writeFileSync(join(d, "image.bin"), Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02]));
  return dir;
}

/** Default command options, as commander would give them. */
export function scanOptions(over: Partial<ScanCommandOptions> = {}): ScanCommandOptions {
  return { format: "json", failOn: [], ignore: [], defaultIgnores: true, inputFormat: "auto", csvHeader: true, jobs: "0", maxRecordMb: "8", maxFindings: "100000", categories: "pii,secret,injection,custom,confidential,evasion", enable: [], disable: [], progress: false, ...over };
}

/** Run `warden scan` in-process; returns the exit code and what it printed. */
export async function scan(paths: string[], over: Partial<ScanCommandOptions> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = new Writable({
    write(chunk, _enc, cb) {
      stdout += String(chunk);
      cb();
    },
  });
  const err = { write: (s: string) => ((stderr += s), true), isTTY: false } as unknown as NodeJS.WriteStream;
  const code = await runScan(paths, scanOptions(over), { stdout: out, stderr: err });
  return { code, stdout, stderr };
}
