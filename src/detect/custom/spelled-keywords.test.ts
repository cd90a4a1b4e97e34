import { describe, expect, it } from "vitest";
import { compileSpelledKeywords, findSpelledKeywords, textWords } from "./spelled-keywords.js";

function find(keywords: string[], text: string, caseInsensitive = true): string[] {
  const set = compileSpelledKeywords(keywords, caseInsensitive);
  if (!set) return [];
  return findSpelledKeywords(text, textWords(text), set, 100).map(([s, e]) => text.slice(s, e));
}

describe("keywords written in pieces", () => {
  it.each([
    ["mixed separators", "the p-a.s_s w/o|r~d is here", "p-a.s_s w/o|r~d"],
    ["a word, then letters", "use pass-w-o-r-d now", "pass-w-o-r-d"],
    ["letters, then a word", "use p a s sword now", "p a s sword"],
    ["pieces of two letters", "the pa-ss-wo-rd is", "pa-ss-wo-rd"],
    ["one letter split off", "my p assword", "p assword"],
    ["one letter split off at the end", "my passwor.d", "passwor.d"],
    ["a letter per line", "p\na\ns\ns\nw\no\nr\nd", "p\na\ns\ns\nw\no\nr\nd"],
    ["a phrase keyword, spelled across its break", "about PROJECT b-l-u-e b-i-r-d today", "PROJECT b-l-u-e b-i-r-d"],
    ["invisible separators and symbols", "s\u200be·c•r e*t", "s\u200be·c•r e*t"],
    ["letters with accents", "le m-o-t d-e p-a-s-s-e", "m-o-t d-e p-a-s-s-e"],
    ["Cyrillic", "мой п-а-р-о-л-ь тут", "п-а-р-о-л-ь"],
    ["the article spelled with the run (a one-letter word before it)", "a p a s s w o r d", "p a s s w o r d"],
    ["a one-letter word before the run, in a sentence", "here is a s-e-c-r-e-t for you", "s-e-c-r-e-t"],
    ["a one-letter word before a run of pieces", "I pa-ss-wo-rd", "pa-ss-wo-rd"],
    ["a one-letter word of another language", "мой и п а р о л ь", "п а р о л ь"],
  ])("%s", (_name, text, expected) => {
    expect(find(["password", "project bluebird", "secret", "mot de passe", "пароль"], text)).toEqual([expected]);
  });

  it.each([
    ["two words as people write them", "pass word hints, a blue bird"],
    ["the keyword written plainly (the plain match's job)", "the password and project bluebird"],
    ["letters of other words", "Plan A, then B: a b testing of s e c t i o n s"],
    ["a keyword inside a longer join", "x-p-a-s-s-w-o-r-d-s"],
    ["separators longer than three characters", "p    a    s    s    w    o    r    d"],
    ["short keywords are not looked for spelled out", "a-b-c and s s n"],
    ["a one-letter word before the run, the run going on past the keyword", "a p a s s w o r d s"],
    ["two letters before the run: another word spelled out", "y x p a s s w o r d"],
    ["a one-letter word before two words as people write them", "I need a pass word and a blue bird"],
    ["ordinary text with one-letter words, initials and lists", "I think a B-2 and a C-3PO, J. R. R. Tolkien, options a, b or c, and a s-set of x y z axes"],
  ])("not: %s", (_name, text) => {
    expect(find(["password", "bluebird", "project bluebird", "abc", "ssn"], text)).toEqual([]);
  });

  it("case-sensitive rules compare case", () => {
    expect(find(["Bluebird"], "b-l-u-e-b-i-r-d and B-l-u-e-b-i-r-d", false)).toEqual(["B-l-u-e-b-i-r-d"]);
  });

  it("reports the longest join and then moves past it", () => {
    expect(find(["secret", "secrets"], "s-e-c-r-e-t-s, then s e c r e t")).toEqual(["s-e-c-r-e-t-s", "s e c r e t"]);
  });

  it("a long text of single letters is read in bounded time, and a run of letters going on holds no keyword", () => {
    const t0 = performance.now();
    expect(find(["aaaaaaaa"], "a ".repeat(200_000))).toEqual([]);
    expect(find(["password"], "p a s s w o r d, ".repeat(20_000))).toHaveLength(100);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
