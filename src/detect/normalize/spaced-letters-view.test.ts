import { describe, expect, it } from "vitest";
import { buildSpacedLettersView } from "./spaced-letters-view.js";

describe("buildSpacedLettersView", () => {
  it.each([
    ["spaces", "my p a s s w o r d is", "my password is", "p a s s w o r d"],
    ["dashes", "the s-e-c-r-e-t plan", "the secret plan", "s-e-c-r-e-t"],
    ["dots", "p.a.s.s.w.o.r.d", "password", "p.a.s.s.w.o.r.d"],
    ["underscores", "s_e_c_r_e_t", "secret", "s_e_c_r_e_t"],
    ["middle dots", "s·e·c·r·e·t", "secret", "s·e·c·r·e·t"],
    ["zero-width spaces", "x p\u200ba\u200bs\u200bs y", "x pass y", "p\u200ba\u200bs\u200bs"],
    ["a dot and a space", "s. e. c. r. e. t", "secret", "s. e. c. r. e. t"],
    ["capitals, after a whole word", "project B L U E B I R D now", "project BLUEBIRD now", "B L U E B I R D"],
  ])("%s: joined, mapped back to the spelled-out form", (_name, text, viewText, original) => {
    const v = buildSpacedLettersView(text);
    expect(v?.text).toBe(viewText);
    const word = viewText.replace(/^(my |the |x |project )/, "").replace(/ (is|plan|y|now)$/, "");
    const at = v?.text.indexOf(word) ?? -1;
    const span = v?.toOriginal(at, at + word.length);
    expect(span && text.slice(span.start, span.end)).toBe(original);
  });

  it("a wider gap stays a space between words", () => {
    expect(buildSpacedLettersView("p a s s   w o r d")?.text).toBe("pass word");
  });

  it("a span that covers no dropped separator maps to nothing (the original scan saw it)", () => {
    const v = buildSpacedLettersView("password and s e c r e t");
    expect(v?.text).toBe("password and secret");
    expect(v?.toOriginal(0, 8)).toBeUndefined();
  });

  it("joins at most 4,096 letters of one text; the rest is left as it is", () => {
    const v = buildSpacedLettersView("a ".repeat(10_000));
    expect(v?.text.startsWith(`${"a".repeat(4096)} a a`)).toBe(true);
  });

  it.each([
    ["ordinary prose", "I think a lot of it is fine."],
    ["two single letters", "a b testing"],
    ["letters inside words", "pass-word and se-cret"],
    ["digits grouped", "call 555 1234"],
  ])("%s: no view", (_name, text) => {
    expect(buildSpacedLettersView(text)).toBeUndefined();
  });
});
