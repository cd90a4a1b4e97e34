import { describe, expect, it } from "vitest";
import { buildNormalizedView, normalizeText } from "./normalize-text.js";

/** Find `needle` in the view and map it back to the original. */
function mapBack(original: string, needle: string): string | undefined {
  const view = buildNormalizedView(original);
  if (!view) return undefined;
  const at = view.text.indexOf(needle);
  if (at < 0) return undefined;
  const span = view.toOriginal(at, at + needle.length);
  return span && original.slice(span.start, span.end);
}

describe("buildNormalizedView", () => {
  it("builds no view for decomposed accents in prose (one or two per word, no digits)", () => {
    expect(buildNormalizedView("L'e\u0301le\u0300ve a re\u0301ussi")).toBeUndefined();
  });

  it("builds no view for accented words of ordinary text, written composed", () => {
    expect(buildNormalizedView("\u00C7a\u011Fda\u015F \u015Ei\u015Fli, l'\u00E9l\u00E8ve pr\u00E9f\u00E9r\u00E9e")).toBeUndefined();
  });

  it("builds no view for Unicode spaces or dashes that do not sit between digits", () => {
    expect(buildNormalizedView("Le prix\u00A0: 100\u00A0\u20AC \u2013 soit 3\u00A0personnes")).toBeUndefined();
    // thousands separators of French and SI typography: numbers shorter than the identifiers they could hide
    expect(buildNormalizedView("soit 12\u202F500\u00A0\u20AC, puis 1\u202F234\u202F567 habitants")).toBeUndefined();
  });

  it.each([
    ["zero-width split", "my key ghp_ab\u200Bcd\u200Cef", "ghp_abcdef", "ghp_ab\u200Bcd\u200Cef"],
    ["cyrillic homoglyphs", "mail j\u043Ehn@ex\u0430mple.com now", "john@example.com", "j\u043Ehn@ex\u0430mple.com"],
    ["greek homoglyphs", "\u0399gn\u03BFre previous", "Ignore", "\u0399gn\u03BFre"],
    ["fullwidth", "\uFF49\uFF47\uFF4E\uFF4F\uFF52\uFF45 all", "ignore", "\uFF49\uFF47\uFF4E\uFF4F\uFF52\uFF45"],
    ["math bold", "\u{1D422}\u{1D420}\u{1D427} x", "ign", "\u{1D422}\u{1D420}\u{1D427}"],
    ["tag characters revealed", "ab\u{E0069}\u{E0067}\u{E006E}\u{E0020}\u{E006F}cd", "ab ign o cd", "ab\u{E0069}\u{E0067}\u{E006E}\u{E0020}\u{E006F}cd"],
    ["cancel tag removed", "ab\u{E007F}cd", "abcd", "ab\u{E007F}cd"],
    ["bidi controls removed", "pass\u202Eword\u202C!", "password", "pass\u202Eword"],
    ["stacked combining marks removed", "i\u0307\u0308g\u0308\u0301nore", "ignore", "i\u0307\u0308g\u0308\u0301nore"],
    ["ligature expands", "\uFB01le secret", "file", "\uFB01le"],
    ["unicode spaces collapse (with an invisible char)", "ignore\u00A0\u2003 previous\u200B", "ignore previous", "ignore\u00A0\u2003 previous"],
    ["mixed-script word", "\u041F\u0440\u0438\u0432\u0435\u0442 p\u0430ypal", "paypal", "p\u0430ypal"],
    ["no-break spaces between digit groups", "card 4111\u00A01111\u202F1111\u20071111 ok", "4111 1111 1111 1111", "4111\u00A01111\u202F1111\u20071111"],
    ["one accent on every character", "key g\u0301h\u0301p\u0301_a\u0301b\u0301 ok", "ghp_ab", "g\u0301h\u0301p\u0301_a\u0301b"],
    ["one accent inside a word with digits", "AKIA\u0301Z3MH", "AKIAZ3MH", "AKIA\u0301Z3MH"],
    ["precomposed accent inside a word with digits", "key AKI\u00C0Z3MH ok", "AKIAZ3MH", "AKI\u00C0Z3MH"],
    ["precomposed and combining accents mixed in one word", "s\u0308k\u0308-p\u0308r\u0308\u00F6j\u0308", "sk-proj", "s\u0308k\u0308-p\u0308r\u0308\u00F6j"],
    ["dash look-alikes between digit groups", "ssn 536\u201122\u20131456", "536-22-1456", "536\u201122\u20131456"],
  ])("%s", (_name, original, needle, expected) => {
    expect(mapBack(original, needle)).toBe(expected);
  });

  it.each([
    ["pure ASCII", "hello   world\n\n\tcode();"],
    ["accents only", "Ren\u00E9e caf\u00E9 na\u00EFve"],
    ["curly quotes and dashes only", "\u201Cquoted\u201D \u2014 fine"],
    ["emoji", "thanks \u{1F600} see you"],
    ["CJK text", "\u6771\u4EAC\u90FD"],
    ["Russian prose", "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430? ok 123"],
    ["Greek prose", "\u039A\u03B1\u03BB\u03B7\u03BC\u03AD\u03C1\u03B1 \u03BA\u03CC\u03C3\u03BC\u03B5"],
    ["non-breaking spaces only", "hello\u00A0world\u2003again"],
    ["one decomposed accent", "Rene\u0301e"],
  ])("returns undefined when nothing meaningful changes: %s", (_name, original) => {
    expect(buildNormalizedView(original)).toBeUndefined();
  });

  it("collapses white space runs to a newline when the run has one", () => {
    const v = buildNormalizedView("a\u00A0 \n  b\u200B");
    expect(v?.text).toBe("a\nb");
    expect(v?.toOriginal(1, 2)).toEqual({ start: 1, end: 6 });
  });

  it("rejects empty and out-of-range spans", () => {
    const v = buildNormalizedView("x\u200By");
    expect(v?.toOriginal(1, 1)).toBeUndefined();
    expect(v?.toOriginal(0, 5)).toBeUndefined();
    expect(v?.toOriginal(-1, 1)).toBeUndefined();
  });

  it("survives lone surrogates, and drops them like other invisible characters (they split values)", () => {
    const v = buildNormalizedView("a\uD800b\u200Bc\uDC00");
    expect(v?.text).toBe("abc");
  });
});

describe("normalizeText: ASCII control characters", () => {
  it("drops NUL, ESC and DEL inside a word", () => {
    const text = "key AKIAZ3MH\u0000Q7RT\u001b2XKPLW4\u007fN end";
    const n = normalizeText(text);
    expect(n?.view.text).toBe("key AKIAZ3MHQ7RT2XKPLW4N end");
  });
  it("leaves plain printable ASCII (with tabs and newlines) without a view", () => {
    expect(normalizeText("plain\ttext\r\nwith lines")).toBeUndefined();
  });
});

describe("normalizeText: tag characters between letters", () => {
  const tags = (s: string): string => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
  it("drops one or two tags inside or at the edge of a token", () => {
    const key = "AKIAZ3MHQ7RT2XKPLW4N";
    expect(normalizeText(`id ${[...key].join("\u{E0020}")} ok`)?.view.text).toBe(`id ${key} ok`);
    expect(normalizeText(`id ${[...key].join(tags("x!"))} ok`)?.view.text).toBe(`id ${key} ok`);
    expect(normalizeText(`4${tags("A")}1 1${tags("A")} 2`)?.view.text).toBe("41 1 2");
  });
  it("keeps a tag space between words of other scripts, or next to visible accented letters, as a space", () => {
    expect(normalizeText("\u05d0\u05d1\u{E0020}\u05d2\u05d3")?.view.text).toBe("\u05d0\u05d1 \u05d2\u05d3");
    expect(normalizeText(`${tags("Bi")}\u00ea${tags("n b")}`)?.view.text).toBe(" Bi \u00ea n b");
  });
  it("still reveals a longer tag run as the ASCII it hides", () => {
    expect(normalizeText(`hello${tags("ignore all")}world`)?.view.text).toBe("hello ignore all world");
  });
});
