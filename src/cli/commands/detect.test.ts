import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/config-error.js";
import { detectJsonLine, engineFromOptions, formatText, runJsonl } from "./detect.js";

const TOKEN = `ghp_${"aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"}`;
const { engine, context } = engineFromOptions({ rules: undefined });

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  return {
    stream: new Writable({
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk.toString());
        cb();
      },
    }),
    text: () => chunks.join(""),
  };
}

describe("warden detect --jsonl", () => {
  it("writes one line per input line, in order, with errors for malformed lines", async () => {
    const input = [
      JSON.stringify({ text: "CONFIDENTIAL: q3 numbers" }),
      "not json",
      JSON.stringify({ nope: 1 }),
      JSON.stringify({ text: "nothing here" }),
      "",
      JSON.stringify({ text: `hidden\u{E0041}\u{E0042} text` }),
    ].join("\n");
    const out = sink();
    const { lines } = await runJsonl(Readable.from([input]), out.stream, engine, context, {});
    const rows = out.text().trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toBe(6);
    expect(rows).toHaveLength(6);
    expect((rows[0]?.findings as { type: string }[]).map((f) => f.type)).toContain("CONFIDENTIAL_MARKER");
    expect(rows[1]).toEqual({ error: "malformed JSON" });
    expect(rows[2]?.error).toMatch(/text/);
    expect(rows[3]).toEqual({ findings: [] });
    expect(rows[4]).toEqual({ error: "malformed JSON" });
    expect((rows[5]?.findings as { type: string }[])[0]?.type).toBe("UNICODE_TAG");
  });

  it("findings carry the contract fields and no value unless asked", () => {
    const row = JSON.parse(detectJsonLine(JSON.stringify({ text: "Strictly confidential memo" }), engine, context, {})) as { findings: Record<string, unknown>[] };
    expect(Object.keys(row.findings[0] ?? {}).sort()).toEqual(["category", "detector", "end", "explanation", "score", "start", "type"]);
    const shown = JSON.parse(detectJsonLine(JSON.stringify({ text: "Strictly confidential memo" }), engine, context, { showValues: true })) as { findings: { value: string }[] };
    expect(shown.findings[0]?.value).toBe("Strictly confidential");
  });

  it("--all adds spans below threshold", () => {
    const line = JSON.stringify({ text: "please keep this confidential" });
    expect((JSON.parse(detectJsonLine(line, engine, context, {})) as { findings: unknown[] }).findings).toHaveLength(0);
    expect((JSON.parse(detectJsonLine(line, engine, context, { all: true })) as { findings: unknown[] }).findings).toHaveLength(1);
  });

  // (Speed is measured by the benches under bench/, not by timed unit tests: this one failed on a loaded machine.)
  it("streams 3,000 short lines, one result per line, in order", async () => {
    const n = 3000;
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ text: `Hello team, ticket ${i} is done. Mail ops${i}@example.com or call +1 415 555 ${String(1000 + (i % 9000))}.` }));
    const out = sink();
    await runJsonl(Readable.from(lines.map((l) => `${l}\n`)), out.stream, engine, context, {});
    const results = out.text().split("\n").slice(0, -1);
    expect(results).toHaveLength(n);
    expect(results[n - 1]).toContain("EMAIL_ADDRESS");
  });
});

describe("warden detect (text)", () => {
  it("masks values", () => {
    const { report } = formatText(`CONFIDENTIAL\nkey ${TOKEN}`, engine, context, {});
    expect(report).toContain('"CO********AL"');
    expect(report).not.toContain("CONFIDENTIAL\"");
    expect(report).toMatch(/finding\(s\)/);
  });

  it("loads custom rules from a YAML file and rejects bad ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "warden-detect-"));
    const good = join(dir, "rules.yaml");
    writeFileSync(good, "customRules:\n  - id: ticket\n    pattern: 'ACME-[0-9]{4}'\nallowlist:\n  values: ['ACME-0000']\n");
    const built = engineFromOptions({ rules: good });
    const { report } = formatText("ACME-1234 and ACME-0000", built.engine, built.context, { showValues: true });
    expect(report).toContain('"ACME-1234"');
    expect(report).not.toContain('"ACME-0000"');
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "- id: x\n  pattern: '(?=a)'\n");
    expect(() => engineFromOptions({ rules: bad })).toThrow(ConfigError);
  });

  it("runs as a command", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "-e", "import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(process.argv.slice(0, 1).concat(['x', 'detect', '--jsonl'])); })"], {
      input: `${JSON.stringify({ text: "INTERNAL USE ONLY" })}\nbad\n`,
      encoding: "utf8",
      cwd: join(import.meta.dirname, "../../.."),
    });
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({ error: "malformed JSON" });
  });
});
