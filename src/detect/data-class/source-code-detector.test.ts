import { describe, expect, it } from "vitest";
import { sourceCode } from "./source-code-detector.js";

const d = sourceCode.build();
const find = (text: string) => d.detect({ text, context: { direction: "request" } });

const TS = `Can you review this?

import { readFile } from "node:fs/promises";
export async function load(path: string): Promise<string> {
  const raw = await readFile(path, "utf8");
  return raw.trim();
}

Thanks!`;
const PY = `def total(items):
    s = 0
    for it in items:
        s += it.price
    return s`;

describe("source-code detector", () => {
  it("finds a TypeScript block and spans only the code", () => {
    const [f, ...rest] = find(TS);
    expect(rest).toEqual([]);
    expect(f?.type).toBe("SOURCE_CODE");
    expect(TS.slice(f?.start, f?.end)).toBe(TS.slice(TS.indexOf("import"), TS.lastIndexOf("}") + 1));
    expect(f?.score).toBeGreaterThanOrEqual(0.8);
  });

  it("finds Python", () => {
    const [f] = find(PY);
    expect(f && PY.slice(f.start, f.end)).toBe(PY);
    expect(f?.score).toBeGreaterThanOrEqual(0.6);
  });

  it("finds a fenced block with a language tag", () => {
    const text = "Here:\n```sql\nselect * from users\n```\nok";
    const [f] = find(text);
    expect(f && text.slice(f.start, f.end)).toBe("```sql\nselect * from users\n```");
    expect(f?.score).toBeGreaterThanOrEqual(0.75);
  });

  it.each([
    ["prose", "The meeting (on Monday) went well.\nWe agreed on the following:\n- budget\n- timeline\nSee you then."],
    ["JSON log lines", '{"level":"info","msg":"started","port":8080}\n{"level":"warn","msg":"slow","ms":1200}\n{"level":"info","msg":"done"}'],
    ["a single code line", "What does `x => x + 1` do?"],
    ["markdown list with parentheses", "1. Install (see docs).\n2. Configure (optional).\n3. Run it (twice)."],
    ["unclosed fence without code", "```\nhello there\n"],
  ])("hard negative: %s", (_name, text) => {
    expect(find(text)).toEqual([]);
  });
});

describe("source-code detector block boundaries", () => {
  it("reports code blocks separated by prose as separate spans", () => {
    const text = `Intro paragraph about the change.\n\n${PY}\n\nSome prose after the code, explaining it.\nAnd a second line.\n\n${TS.split("\n\n")[1]}\n\nThe end.`;
    const found = find(text);
    expect(found).toHaveLength(2);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe(PY);
  });

  it("keeps one odd line inside a code block", () => {
    const text = `${PY}\n# note\n${PY}`;
    expect(find(text)).toHaveLength(1);
  });
});

describe("source-code detector on SQL", () => {
  it("finds an upper-case SQL query", () => {
    const sql = "SELECT id, name FROM users\nWHERE status = 'active' AND created_at > NOW() - INTERVAL '7 days'\nORDER BY created_at DESC LIMIT 10;";
    const [f] = find(`Run this:\n\n${sql}\n\nThanks`);
    expect(f && f.end - f.start).toBe(sql.length);
  });
  it("does not take capitalised prose for SQL", () => {
    expect(find("Select the best option.\nFrom there, order by priority.\nWhere possible, limit scope.")).toEqual([]);
  });
});
