import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonShapeProblem, MAX_JSON_DEPTH } from "./json-shape.js";
import { JsonScanner } from "./json-scanner.js";

/** What the scanner must answer for a text: JSON.parse's verdict, then jsonShapeProblem's. */
function expected(text: string): string | undefined {
  try {
    JSON.parse(text);
  } catch {
    return "invalid";
  }
  return jsonShapeProblem(text);
}

describe("JsonScanner", () => {
  const scanner = new JsonScanner();

  it.each([
    // valid
    ['{"a":1}', undefined],
    [" \t\r\n[1, -0, 0.5, -1e3, 2E+7, 3e-2, true, false, null, \"\", {}] \n", undefined],
    ['"\\u00e9\\ud800\\n\\t\\/\\\\\\"\\b\\f\\r"', undefined],
    ["3", undefined],
    ['{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}', undefined],
    ['{"a":[],"b":{},"a ":1}', undefined],
    ['{"s":"\\"a\\":1,\\"a\\":2"}', undefined],
    ["\"\u2028\u00e9\u{1f600}\"", undefined],
    // duplicates, compared after unescaping
    ['{"a":1,"a":2}', "duplicate-key"],
    ['{"a":"x","\\u0061":"y"}', "duplicate-key"],
    ['{"\\u0061":"x","a":"y"}', "duplicate-key"],
    ['{"a\\"b":1,"a\\"b":2}', "duplicate-key"],
    ['{"":1,"":2}', "duplicate-key"],
    ['{"a":1,"b":2,"c":3,"b":4}', "duplicate-key"],
    // not JSON
    ["", "invalid"],
    [" ", "invalid"],
    ["{'a':1}", "invalid"],
    ['{"a":1,}', "invalid"],
    ["[1,]", "invalid"],
    ["[01]", "invalid"],
    ["[1.]", "invalid"],
    ["[.5]", "invalid"],
    ["[1e]", "invalid"],
    ["[+1]", "invalid"],
    ["[-]", "invalid"],
    ["[0x10]", "invalid"],
    ["[NaN]", "invalid"],
    ["[tru]", "invalid"],
    ["[nul]", "invalid"],
    ['{"a" 1}', "invalid"],
    ['{"a":1 "b":2}', "invalid"],
    ['{"a":1', "invalid"],
    ['"abc', "invalid"],
    ['"a\\x"', "invalid"],
    ['"\\u12G4"', "invalid"],
    ['"\\u12"', "invalid"],
    ['"tab\there"', "invalid"],
    ['"nl\nhere"', "invalid"],
    ['"nul\u0000"', "invalid"],
    ["{} {}", "invalid"],
    ["\ufeff{}", "invalid"],
    ["[1]\u00a0", "invalid"],
    ["{a:1}", "invalid"],
    ["[1,,2]", "invalid"],
    ["]", "invalid"],
  ] as [string, string | undefined][])("%j → %s", (text, want) => {
    expect(expected(text)).toBe(want);
    expect(scanner.scan(text)).toBe(want);
  });

  it("refuses nesting deeper than the limit", () => {
    expect(scanner.scan("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).toBeUndefined();
    expect(scanner.scan("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1))).toBe("too-deep");
    expect(scanner.scan('{"a":'.repeat(100_000) + "1" + "}".repeat(100_000))).toBe("too-deep");
    expect(new JsonScanner(2).scan('{"a":[{"b":1}]}')).toBe("too-deep");
  });

  it("finds a duplicate among many members, wherever it falls (compared in place, then in a Set)", () => {
    const obj = (names: string[]) => `{${names.map((n, i) => `"${n}":${i}`).join(",")}}`;
    const distinct = Array.from({ length: 40 }, (_, i) => `k${i}`);
    expect(scanner.scan(obj(distinct))).toBeUndefined();
    for (const at of [2, 15, 16, 17, 39]) {
      for (const copy of [0, Math.min(at - 1, 5), at - 1]) {
        const names = [...distinct.slice(0, at), distinct[copy] as string, ...distinct.slice(at)];
        expect(scanner.scan(obj(names)), `copy of #${copy} at #${at}`).toBe("duplicate-key");
      }
    }
    expect(scanner.scan(`[${obj(distinct)},${obj(distinct)}]`)).toBeUndefined();
    // An escaped name among many: "k3" written as "k\u0033".
    expect(scanner.scan(obj([...distinct, "k\\u0033"]))).toBe("duplicate-key");
  });

  it("notes the top-level type, error and choices members", () => {
    expect(scanner.scan('{"type":"message_stop","x":{"type":"inner"}}')).toBeUndefined();
    expect(scanner).toMatchObject({ isObject: true, type: "message_stop", hasType: true, errorIsObject: false, hasChoices: false });
    scanner.scan('{"typ\\u0065":"err\\u006fr","error":{"message":"m"},"choices":[]}');
    expect(scanner).toMatchObject({ isObject: true, type: "error", hasType: true, errorIsObject: true, hasChoices: true });
    scanner.scan('{"choices":{"0":{}}}');
    expect(scanner).toMatchObject({ hasChoices: true, choicesNotArray: true });
    scanner.scan('{"choices":"text"}');
    expect(scanner).toMatchObject({ hasChoices: true, choicesNotArray: true });
    scanner.scan('{"choices":null}');
    expect(scanner).toMatchObject({ hasChoices: true, choicesNotArray: false });
    scanner.scan('{"x":{"choices":"text"}}');
    expect(scanner).toMatchObject({ hasChoices: false, choicesNotArray: false });
    scanner.scan('{"type":5,"error":"text"}');
    expect(scanner).toMatchObject({ isObject: true, type: undefined, hasType: true, errorIsObject: false });
    scanner.scan('[{"type":"x"}]');
    expect(scanner).toMatchObject({ isObject: false, type: undefined, hasType: false });
    scanner.scan('"type"');
    expect(scanner).toMatchObject({ isObject: false, type: undefined });
  });

  it("agrees with JSON.parse and jsonShapeProblem on random documents and their mutations", () => {
    const names = fc.constantFrom("a", "b", "type", "error", "choices", 'q"', "\\", "\u00e9", "", "\u2028", "\ud800");
    // Objects are written by hand from member lists, so that a name may repeat; spacing varies.
    const render = (node: unknown, sp: string): string => {
      if (node !== null && typeof node === "object" && "o" in node) {
        const members = (node as { o: [string, unknown][] }).o;
        return `{${sp}${members.map(([k, v]) => `${JSON.stringify(k)}${sp}:${sp}${render(v, sp)}`).join(`,${sp}`)}${sp}}`;
      }
      if (Array.isArray(node)) return `[${sp}${node.map((v) => render(v, sp)).join(`,${sp}`)}${sp}]`;
      return JSON.stringify(node) ?? "null";
    };
    const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie("arr"), tie("obj")),
      arr: fc.array(tie("node"), { maxLength: 4 }),
      obj: fc.record({ o: fc.array(fc.tuple(fc.oneof(names, fc.string({ maxLength: 3 })), tie("node")), { maxLength: 5 }) }),
    })).node;
    // Accepted exactly when JSON.parse accepts and jsonShapeProblem finds nothing; the reason may differ for a text
    // that is both malformed and has a duplicate before the fault (the scanner stops at the first).
    const check = (text: string) => {
      const want = expected(text);
      const got = scanner.scan(text);
      if (want === "invalid") expect(got, JSON.stringify(text)).toBeDefined();
      else expect(got, JSON.stringify(text)).toBe(want);
    };
    fc.assert(
      fc.property(tree, fc.constantFrom("", " ", "\n", "\t "), fc.nat(), fc.constantFrom("delete", "insert", "replace"), fc.constantFrom(..."{}[],:\"\\ 0-.eE+tfnu\u0000\u001fx1"), (t, sp, at, op, ch) => {
        const text = render(t, sp);
        check(text);
        // One character deleted, inserted or replaced: mostly not JSON any more, sometimes still JSON.
        const i = text.length === 0 ? 0 : at % text.length;
        const mutated = op === "delete" ? text.slice(0, i) + text.slice(i + 1) : op === "insert" ? text.slice(0, i) + ch + text.slice(i) : text.slice(0, i) + ch + text.slice(i + 1);
        check(mutated);
      }),
      { numRuns: 5000 },
    );
  });

  describe("scanNext", () => {
    const facts = (x: JsonScanner) => ({ isObject: x.isObject, type: x.type, hasType: x.hasType, errorIsObject: x.errorIsObject, hasChoices: x.hasChoices, choicesNotArray: x.choicesNotArray });
    const chunk = (content: string) => `{"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"${content}"},"finish_reason":null}]}`;

    it("takes the next token in the same envelope, and scans whatever else comes", () => {
      const next = new JsonScanner();
      const fresh = new JsonScanner();
      const texts = [
        chunk("Hello"),
        chunk(" world, \u00e9 é"),
        chunk(""),
        chunk('say "hi'), // a raw quote: not JSON
        chunk("tab\there"),
        chunk("raw\ttab"),
        chunk("raw	tab"), // a raw control character
        '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}',
        '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"there"}}',
        '{"type":"content_block_stop","index":0,"delta":{"type":"text_delta","text":"there"}}', // top-level type changed
        '{"type":"x","a":{"b":"1"},"a":{"b":"2"}}', // duplicate outside the token
        '{"type":"x","a":{"b":"3"},"a":{"b":"2"}}',
        '{"a":"top-level","b":1}',
        '{"a":"other","b":1}',
        '{"choices":"text","x":{"y":"1"}}',
        '{"choices":"text","x":{"y":"2"}}',
        '{"error":{"message":"one"}}',
        '{"error":{"message":"two"}}',
      ];
      for (const text of texts) {
        const want = expected(text);
        const got = next.scanNext(text);
        if (want === "invalid") expect(got, text).toBeDefined();
        else expect(got, text).toBe(want);
        if (got === undefined) {
          fresh.scan(text);
          expect(facts(next), text).toEqual(facts(fresh));
        }
      }
    });

    it("agrees with a full scan after any edit of an accepted text", () => {
      const strings = fc.string({ unit: fc.constantFrom("a", " ", '"', "\\", "\n", "\u00e9", "\u0000", "\t", "}", "\u2028") });
      const doc = fc.record({ type: fc.constantFrom("a", "b"), inner: fc.array(fc.oneof(strings, fc.integer()), { maxLength: 3 }), last: strings });
      fc.assert(
        fc.property(doc, fc.nat(), fc.nat(), strings, (d, at, len, insert) => {
          const next = new JsonScanner();
          const a = JSON.stringify({ type: d.type, x: { inner: d.inner, last: d.last } });
          expect(next.scanNext(a)).toBeUndefined();
          // Any stretch of the text replaced by raw characters (which may need escapes, or break the envelope).
          const i = at % (a.length + 1);
          const b = a.slice(0, i) + insert + a.slice(Math.min(a.length, i + (len % 6)));
          const want = expected(b);
          const got = next.scanNext(b);
          if (want === "invalid") expect(got, b).toBeDefined();
          else expect(got, b).toBe(want);
          if (got === undefined) {
            const fresh = new JsonScanner();
            fresh.scan(b);
            expect(facts(next), b).toEqual(facts(fresh));
          }
        }),
        { numRuns: 5000 },
      );
    });
  });
});
