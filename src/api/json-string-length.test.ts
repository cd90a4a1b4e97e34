import { describe, expect, it } from "vitest";
import { jsonStringValuesLength } from "./json-string-length.js";

/** The same sum over the parsed value, for comparison. */
function parsedLength(value: unknown, keys: ReadonlySet<string>): number {
  if (Array.isArray(value)) return value.reduce((s: number, v) => s + parsedLength(v, keys), 0);
  if (value === null || typeof value !== "object") return 0;
  let n = 0;
  for (const [k, v] of Object.entries(value)) n += keys.has(k) && typeof v === "string" ? v.length : parsedLength(v, keys);
  return n;
}

describe("jsonStringValuesLength", () => {
  const keys = ["content", "arguments", "refusal"];
  const cases = [
    '{"id":"c1","choices":[{"index":0,"delta":{"content":"Hello"},"finish_reason":null}]}',
    '{"choices":[{"delta":{"content":"line\\nnext \\"quoted\\" \\\\ end"}}]}',
    '{"choices":[{"delta":{"content":"caf\\u00e9 \\ud83d\\ude00"}}]}',
    '{ "choices" : [ { "delta" : { "content" : "spaced" , "refusal" : "no" } } ] }',
    // Key names inside string values are not keys.
    '{"choices":[{"delta":{"content":"say \\"content\\":\\"x\\" and ,\\"content\\":\\"y\\""}}]}',
    '{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"a\\":1}"}}]}}]}',
    '{"choices":[{"delta":{"content":null,"role":"assistant"}}]}',
    '{"choices":[{"delta":{"content":""}}],"note":"content"}',
    '{"choices":[],"usage":{"prompt_tokens":3}}',
  ];
  it.each(cases)("matches the parsed sum: %s", (text) => {
    expect(jsonStringValuesLength(text, keys)).toBe(parsedLength(JSON.parse(text), new Set(keys)));
  });

  it("counts random strings with escapes as JSON.stringify writes them", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['a', ' ', '"', "\\", "\n", "\t", "é", "😀", "\u0001", "{", ",", ":"];
    for (let k = 0; k < 200; k++) {
      const s = Array.from({ length: Math.floor(rnd() * 40) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("");
      const text = JSON.stringify({ choices: [{ delta: { content: s, other: s } }] });
      expect(jsonStringValuesLength(text, keys)).toBe(s.length);
    }
  });
});
