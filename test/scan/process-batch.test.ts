import { describe, expect, it } from "vitest";
import { createBatchProcessor } from "../../src/scan/process-batch.js";

const processBatch = createBatchProcessor({ engine: { enable: ["secret", "pii"] }, categories: ["pii", "secret"], excludeTypes: [], all: false, fingerprintKey: "", redactKey: "00".repeat(32) });

describe("createBatchProcessor", () => {
  it("drops findings caused by redaction tokens, but not a real key dressed up as a token name", () => {
    const text = "token <GITHUB_PAT_1ab2c3d4cf> and <AKIA2FCZOR5QFQMAVUNY_0123456789> and aws_access_key_id=<AWS_ACCESS_KEY_ID_65eebf1d51>\n";
    const [r] = processBatch({ seq: 0, file: "x", items: [{ kind: "text", text, line: 1, column: 1 }] }).results;
    expect(r?.findings.map((f) => [f.type, f.column])).toEqual([["aws-access-key-id", text.indexOf("AKIA") + 1]]);
    expect(r?.out).not.toContain("AKIA2FCZOR5QFQMAVUNY");
  });

  it("joins strings for detection but never lets a finding straddle two of them", () => {
    // Two CSV cells that only form an email address when glued together.
    const [r] = processBatch({ seq: 0, file: "x.csv", columns: ["a", "b"], items: [{ kind: "csv", fields: ["jane.doe", "@example.com"], raw: ["jane.doe", "@example.com"], lines: [2, 2], columns: [1, 10], eol: "\n", header: false, delimiter: "," }] }).results;
    expect(r?.findings).toEqual([]);
    expect(r?.out).toBe("jane.doe,@example.com\n");
  });

  it("reads a CSV cell under its column name: names and places in bare cells are found, nothing in the name itself", () => {
    const fields = ["Jonas", "Weber", "Hamburg", "ok"];
    const raw = [...fields];
    const [r] = processBatch({ seq: 0, file: "p.csv", columns: ["first", "last", "city", "jane@example.com"], items: [{ kind: "csv", fields, raw, lines: [2, 2, 2, 2], columns: [1, 7, 13, 21], eol: "\n", header: false, delimiter: "," }] }).results;
    expect(r?.findings.map((f) => [f.type, f.field, f.column])).toEqual([
      ["PERSON", "first", 1],
      ["PERSON", "last", 7],
      ["LOCATION", "city", 13],
    ]);
  });

  it("gives each string's findings its own location even when joined with others of the same role", () => {
    const line = JSON.stringify({ messages: [{ role: "user", content: "a@example.com" }, { role: "user", content: "x b.c@example.org" }] });
    const [r] = processBatch({ seq: 0, file: "d.jsonl", items: [{ kind: "json", text: line, line: 7, eol: "\n" }] }).results;
    expect(r?.findings.map((f) => [f.field, f.line, f.column])).toEqual([
      ["messages[0].content", 7, line.indexOf("a@example.com") + 1],
      ["messages[1].content", 7, line.indexOf("b.c@example.org") + 1],
    ]);
  });
});
