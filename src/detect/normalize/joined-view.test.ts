import { describe, expect, it } from "vitest";
import { withCrc32Suffix } from "../secrets/checksum.js";
import { createDetectionEngine } from "../engine.js";
import { buildJoinedView } from "./joined-view.js";

const GHP = withCrc32Suffix("ghp_", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6");
const AWS = "AKIAZ3MHQK7XN2PLW4RB";
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
