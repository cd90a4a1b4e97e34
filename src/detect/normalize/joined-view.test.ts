import { describe, expect, it } from "vitest";
import { withCrc32Suffix } from "../secrets/checksum.js";
import { createDetectionEngine } from "../engine.js";
import { buildJoinedView } from "./joined-view.js";

const GHP = withCrc32Suffix("ghp_", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6");
const AWS = "AKIAZ3MHQK7XN2PLW4RB";
const OAI = "sk-proj-Rf5UKZNwZTgzRb8ZucIrNqTs9oT6D1DMRv_0Zq3WY7G1J1O-wPsXwgv6WFxEn8XrZu2vvosfG7T3BlbkFJBYX7TPseHaYE6r3ljpCBurd6U6qpJeRk8UqQ1ORj5DFHReHaF6mstbOCirkkl9vsHWLw2Q9ab";
const ANT = "sk-ant-api03-z0zjHHXo5uibD2havvfqiZYJe9ENlwI1trcQC4pyRC2N2w6nbpUitUU_iR4kkSszVyUpINaxvCtun3_Mub0O3w-48GXRgAA";
/** `key` cut into pieces of `n` characters (the last may be shorter). */
const pieces = (key: string, n: number): string[] => key.match(new RegExp(`.{1,${n}}`, "g")) ?? [];
const engine = createDetectionEngine();
/** Secret findings of `text` as the original spans they cover. */
const secrets = (text: string): string[] =>
  engine
    .detect(text)
    .findings.filter((f) => f.category === "secret")
    .map((f) => text.slice(f.start, f.end));

describe("buildJoinedView", () => {
  it.each([
    ["a line break", `token: ${GHP.slice(0, 20)}\n${GHP.slice(20)} thanks`, `${GHP.slice(0, 20)}\n${GHP.slice(20)}`],
    ["CRLF", `token: ${GHP.slice(0, 20)}\r\n${GHP.slice(20)}`, `${GHP.slice(0, 20)}\r\n${GHP.slice(20)}`],
    ["two line breaks", `token:\n${GHP.slice(0, 12)}\n${GHP.slice(12, 26)}\n${GHP.slice(26)}\nbye`, `${GHP.slice(0, 12)}\n${GHP.slice(12, 26)}\n${GHP.slice(26)}`],
  ])("a key wrapped by %s is found whole, its span covering the break", (_name, text, span) => {
    expect(buildJoinedView(text)?.text).toContain(GHP);
    expect(secrets(text)).toContain(span);
  });

  it.each([
    ["dashes in fours", AWS.match(/.{4}/g)?.join("-") ?? ""],
    ["dashes in fives", AWS.match(/.{5}/g)?.join("-") ?? ""],
    ["dashes, a shorter last group", AWS.match(/.{1,6}/g)?.join("-") ?? ""],
  ])("a key regrouped with %s is found", (_name, grouped) => {
    const text = `key: ${grouped}.`;
    expect(buildJoinedView(text)?.text).toBe(AWS);
    expect(secrets(text)).toContain(grouped);
  });

  it.each([
    ["prose over lines", "The configuration\nfile is read at start-up, and the documentation\nexplains every field."],
    ["code", "const result = computeValue(input);\nreturn result;\n"],
    ["a UUID", "id 123e4567-e89b-12d3-a456-426614174000 ok"],
    ["a date and a phone number", "on 2024-11-27 call 555-123-4567"],
    ["hyphenated words", "a state-of-the-art, well-done-nice-work plan"],
  ])("%s gives nothing to report", (_name, text) => {
    const view = buildJoinedView(text);
    if (view) for (let s = 0; s < view.text.length; s++) expect(view.toOriginal(s, s + 1)).toBeUndefined();
    expect(secrets(text)).toEqual([]);
  });

  it.each([
    ["an OpenAI key wrapped at 12 (its head `sk-proj-Rf5U` is key-like, `sk-proj-` at 8 is not)", OAI, pieces(OAI, 12).join("\n")],
    ["an Anthropic key wrapped at 8", ANT, pieces(ANT, 8).join("\n")],
    ["an Anthropic key wrapped at 12 with CRLF", ANT, pieces(ANT, 12).join("\r\n")],
    ["an AWS key id in groups of four set apart by spaces", AWS, pieces(AWS, 4).join(" ")],
    ["a GitHub token in groups of five set apart by spaces", GHP, pieces(GHP, 5).join(" ")],
    ["an OpenAI key in groups of four (groups hold `-` and `_`)", OAI, pieces(OAI, 4).join(" ")],
    ["an Anthropic key in groups of six", ANT, pieces(ANT, 6).join(" ")],
  ])("%s is found whole", (_name, key, laidOut) => {
    const text = `here it is:\n${laidOut}\nthanks`;
    expect(buildJoinedView(text)?.text).toContain(key);
    expect(secrets(text)).toContain(laidOut);
  });

  it.each([
    ["ordinary spaced text (words of one length)", "we have been told that some were here last week and then left."],
    ["capitalised four-letter words", "plan: have John call Mary soon when Bill gets back from Rome, then fly home"],
    ["a hex dump in groups of four", "0000: 4865 6c6c 6f20 776f 726c 640a dead beef cafe 0123 4567 89ab cdef\n0010: 0a1b 2c3d 4e5f 6a7b"],
    ["a card number in groups of four", "card 4111 1111 1111 1111 exp 12/29"],
    ["equal words ending with a number", "2026-11-27T10:12:03.019Z ##[error]Process completed with exit code 1."],
    ["a poem one word per line", "Whose\nwoods\nthese\nare\nI\nthink\nI\nknow.\nHis\nhouse\nis\nin\nthe\nvillage\nthough"],
    ["lines of one width that are plain words", "abcdefgh\nijklmnop\nqrstuvwx\nyz"],
    ["an equal-width head with only one wrapped line", `prefix--\n${GHP.slice(0, 8)} end`],
  ])("%s gives nothing to report (groups and lines)", (_name, text) => {
    const view = buildJoinedView(text);
    if (view) for (let s = 0; s < view.text.length; s++) expect(view.toOriginal(s, s + 1)).toBeUndefined();
    expect(secrets(text)).toEqual([]);
  });

  it("works in a text that opens with a line break or a list dash", () => {
    expect(secrets(`- key ${AWS.match(/.{4}/g)?.join("-")} end`)).toContain(AWS.match(/.{4}/g)?.join("-"));
    expect(secrets(`\ntoken: ${GHP.slice(0, 20)}\n${GHP.slice(20)} done`)).toContain(`${GHP.slice(0, 20)}\n${GHP.slice(20)}`);
  });

  it("a span that does not cover a removed character maps to nothing (the original scan saw it)", () => {
    const text = `x ${GHP.slice(0, 20)}\n${GHP.slice(20)}`;
    const view = buildJoinedView(text);
    expect(view).toBeDefined();
    if (!view) return;
    expect(view.toOriginal(0, 10)).toBeUndefined();
    expect(view.toOriginal(0, view.text.length)).toEqual({ start: 2, end: text.length });
  });

  it("is bounded on pathological input: at most 256 runs of at most 16 line breaks each", () => {
    const text = `${"aB3dEf9hIj\n".repeat(20_000)}`;
    const view = buildJoinedView(text);
    expect(view?.text.length ?? 0).toBeLessThanOrEqual(256 * (17 * 10 + 2));
  });
});
