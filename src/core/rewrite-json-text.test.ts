import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonValue } from "./json.js";
import { rewriteJsonText } from "./rewrite-json-text.js";

const edit = (raw: string, change: (v: Record<string, JsonValue>) => void): string => {
  const v = JSON.parse(raw) as Record<string, JsonValue>;
  change(v);
  return rewriteJsonText(raw, v);
};

describe("rewriteJsonText", () => {
  it("keeps the source text of numbers a double cannot hold (the acceptance tester's three values)", () => {
    const raw = '{"seed":12345678901234567891,"big":1e400,"neg":-0,"messages":[{"role":"user","content":"mail a@b.example"}]}';
    const out = edit(raw, (v) => {
      ((v["messages"] as JsonValue[])[0] as Record<string, JsonValue>)["content"] = "mail [EMAIL]";
    });
    expect(out).toBe('{"seed":12345678901234567891,"big":1e400,"neg":-0,"messages":[{"role":"user","content":"mail [EMAIL]"}]}');
    expect(JSON.stringify(JSON.parse(raw))).toContain('"seed":12345678901234567000'); // what a re-encoding sent
  });

  it("copies unchanged containers with their spacing and escapes; rewrites changed ones compactly", () => {
    const raw = '{ "a" : [ 1.50 , 2E3 ] ,\n "b": {"x": "caf\\u00e9", "y": "secret"}, "c": 1.0 }';
    const out = edit(raw, (v) => {
      (v["b"] as Record<string, JsonValue>)["y"] = "[REDACTED]";
    });
    expect(out).toBe('{"a":[ 1.50 , 2E3 ],"b":{"x":"caf\\u00e9","y":"[REDACTED]"},"c":1.0}');
    expect(rewriteJsonText(raw, JSON.parse(raw) as JsonValue)).toBe(raw.trim());
  });

  it("writes changed, added and removed members; -0 and 0 are different values", () => {
    const raw = '{"model":"alias","n":-0,"drop":1e400,"list":[1,2,3]}';
    const out = edit(raw, (v) => {
      v["model"] = "gpt-4o-mini";
      v["n"] = 0;
      delete v["drop"];
      (v["list"] as JsonValue[]).pop();
      v["extra"] = { k: [true, null] };
    });
    expect(out).toBe('{"model":"gpt-4o-mini","n":0,"list":[1,2],"extra":{"k":[true,null]}}');
    expect(rewriteJsonText("[1]", [1, 1e400 as number])).toBe("[1,null]");
    expect(rewriteJsonText('{"a":1}', "x")).toBe('"x"');
  });

  it("always parses to the value it was given", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const raw = JSON.stringify(a, null, 1);
        const base = JSON.parse(raw) as JsonValue;
        const next = JSON.parse(JSON.stringify(b)) as JsonValue;
        expect(JSON.parse(rewriteJsonText(raw, base))).toEqual(base);
        expect(JSON.parse(rewriteJsonText(raw, next))).toEqual(next);
        const merged = base !== null && typeof base === "object" && !Array.isArray(base) ? { ...base, k: next } : next;
        expect(JSON.parse(rewriteJsonText(raw, merged))).toEqual(merged);
      }),
    );
  });
});
