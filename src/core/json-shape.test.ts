import { describe, expect, it } from "vitest";
import { jsonShapeProblem, MAX_JSON_DEPTH } from "./json-shape.js";

describe("jsonShapeProblem", () => {
  it.each([
    ['{"a":1}', undefined],
    ['{"a":1,"a":2}', "duplicate-key"],
    ['{"content":"safe","content":"AKIAZ3MHQ7RT2XKPLW4N"}', "duplicate-key"],
    ['{"a":"x","\\u0061":"y"}', "duplicate-key"],
    ['{"a\\"b":1,"a\\"b":2}', "duplicate-key"],
    ['{"a\\\\":1,"a\\\\":2}', "duplicate-key"],
    ['{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}', undefined],
    ['{"":1,"":2}', "duplicate-key"],
    ['{"a":1,"b":2,"c":3,"b":4}', "duplicate-key"],
    ['{"m":[{"role":"user","content":"a"},{"role":"user","content":"b"}]}', undefined],
    ['{"s":"\\"a\\":1,\\"a\\":2","t":"{\\"x\\":1}"}', undefined],
    ['{"s":"\\\\","a":1}', undefined],
    ['[1,"a","a",{"a":[]}]', undefined],
    ['{"a":[],"b":{},"a ":1}', undefined],
    ['"just a string"', undefined],
    ["3", undefined],
  ])("%s → %s", (text, want) => {
    JSON.parse(text); // every case is valid JSON
    expect(jsonShapeProblem(text)).toBe(want);
  });

  it("finds a duplicate among many members, wherever it falls (names kept in an array, then in a Set)", () => {
    const obj = (names: string[]) => `{${names.map((n, i) => `"${n}":${i}`).join(",")}}`;
    const distinct = Array.from({ length: 40 }, (_, i) => `k${i}`);
    expect(jsonShapeProblem(obj(distinct))).toBeUndefined();
    for (const at of [2, 7, 8, 9, 10, 39]) {
      for (const copy of [0, Math.min(at - 1, 5), at - 1]) {
        const names = [...distinct.slice(0, at), distinct[copy] as string, ...distinct.slice(at)];
        expect(jsonShapeProblem(obj(names)), `copy of #${copy} at #${at}`).toBe("duplicate-key");
      }
    }
    // Sibling objects keep separate name lists, however many members each has.
    expect(jsonShapeProblem(`[${obj(distinct)},${obj(distinct)}]`)).toBeUndefined();
  });

  it("refuses nesting deeper than the limit, arrays and objects alike", () => {
    expect(jsonShapeProblem("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).toBeUndefined();
    expect(jsonShapeProblem("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1))).toBe("too-deep");
    expect(jsonShapeProblem('{"a":'.repeat(100_000) + "1" + "}".repeat(100_000))).toBe("too-deep");
    expect(jsonShapeProblem('{"a":[{"b":1}]}', 2)).toBe("too-deep");
  });

  it("never flags what JSON.stringify writes (random documents)", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const names = ["a", "b", 'q"', "\\", "\u00e9", "", "a\\\"", "\u2028"];
    const gen = (d: number): unknown => {
      const k = rnd(d > 4 ? 3 : 6);
      if (k === 0) return names[rnd(names.length)];
      if (k === 1) return rnd(100);
      if (k === 2) return null;
      if (k === 3) return Array.from({ length: rnd(4) }, () => gen(d + 1));
      const o: Record<string, unknown> = {};
      for (let i = rnd(5); i > 0; i--) o[names[rnd(names.length)] as string] = gen(d + 1);
      return o;
    };
    for (let i = 0; i < 2000; i++) {
      const doc = { root: gen(0) };
      const text = JSON.stringify(doc, null, i % 2 === 0 ? undefined : 1);
      expect(jsonShapeProblem(text), text).toBeUndefined();
      // The same document with a member repeated is flagged.
      const dup = text.replace(/^\{/, '{"root":0,');
      expect(jsonShapeProblem(dup), dup).toBe("duplicate-key");
    }
  });
});
