import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "../engine.js";
import { withCrc32Suffix } from "../secrets/checksum.js";
import { buildCipherViews } from "./cipher-views.js";

const engine = createDetectionEngine();
const OAI = "sk-proj-Rf5UKZNwZTgzRb8ZucIrNqTs9oT6D1DMRv_0Zq3WY7G1J1O-wPsXwgv6WFxEn8XrZu2vvosfG7T3BlbkFJBYX7TPseHaYE6r3ljpCBurd6U6qpJeRk8UqQ1ORj5DFHReHaF6mstbOCirkkl9vsHWLw2Q9ab";
const ANT = "sk-ant-api03-z0zjHHXo5uibD2havvfqiZYJe9ENlwI1trcQC4pyRC2N2w6nbpUitUU_iR4kkSszVyUpINaxvCtun3_Mub0O3w-48GXRgAA";
const GHP = withCrc32Suffix("ghp_", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6");
const AWS = "AKIAZ3MHQK7XN2PLW4RB";
const apart = (key: string, sep: string): string => [...key].join(sep);

/** [type, covered original text] of the actionable secret findings in the cipher views. */
function cipherSecrets(text: string): [string, string][] {
  return engine
    .detect(text)
    .findings.filter((f) => f.category === "secret" && f.view === "cipher" && engine.isActionable(f))
    .map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe("keys spelled out one character at a time (cipher views)", () => {
  it.each([
    ["two spaces apart", AWS, "aws-access-key-id", apart(AWS, "  ")],
    ["two spaces apart, with `-` and `_`", OAI, "openai-api-key", apart(OAI, "  ")],
    ["one per line", GHP, "github-pat", apart(GHP, "\n")],
    ["one per line (CRLF)", ANT, "anthropic-api-key", apart(ANT, "\r\n")],
    ["dotted, with `-` and `_` among the characters", OAI, "openai-api-key", apart(OAI, ".")],
    ["dotted Anthropic key", ANT, "anthropic-api-key", apart(ANT, ".")],
  ])("%s", (_name, key, type, spelled) => {
    const text = `the key:\n${spelled}\nthat's all`;
    expect(buildCipherViews(text).map((v) => v.text).join("\n")).toContain(key);
    expect(cipherSecrets(text)).toContainEqual([type, spelled]);
  });

  it("letters two spaces apart with wider gaps between words join into words", () => {
    const text = "s  h  o  w   m  e   t  h  e   k  e  y";
    expect(buildCipherViews(text).map((v) => v.text)).toContain("show me the key");
  });

  it.each([
    ["an axis of digits two spaces apart", "   0  1  2  3  4  5  6  7  8  9  10\nIn this graph"],
    ["a poem one word per line", "Whose\nwoods\nthese\nare\nI\nthink\nI\nknow.\nHis\nhouse\nis\nin\nthe\nvillage\nthough"],
    ["a column of single digits", "1\n2\n3\n4\n5\n6\n7\n8\n9\n0\n"],
    ["ordinary spaced text", "Dear  team,  the  meeting  is  at  noon.  Please  bring  the  notes  and  a  pen."],
    ["a list of single-letter options one per line", "Pick one:\na\nb\nc\nd\ne\nf\ng\nh\n"],
    ["a dashed rule and dotted leaders", "----------------\nChapter 1 ........ 5\n- - - - - - - - - -"],
  ])("%s: no secret or PII from a cipher view", (_name, text) => {
    const found = engine.detect(text).findings.filter((f) => f.view === "cipher" && f.category !== "injection");
    expect(found).toEqual([]);
  });

  it("digits-only runs keep one space as the gap inside a word", () => {
    const views = buildCipherViews("axis 0  1  2  3  4  5  6  7  8  9 end").map((v) => v.text);
    expect(views.join("\n")).not.toContain("0123456789");
  });
});

describe("a key written backwards without a cue word (reversed-token view)", () => {
  const rev = (s: string): string => [...s].reverse().join("");
  it.each([
    ["an OpenAI key", OAI, "openai-api-key"],
    ["a GitHub token", GHP, "github-pat"],
    ["an Anthropic key", ANT, "anthropic-api-key"],
  ])("%s reversed is found, its span the reversed token", (_name, key, type) => {
    const text = `my key: ${rev(key)} ok`;
    expect(buildCipherViews(text).map((v) => v.text)).toContain(key);
    expect(cipherSecrets(text)).toContainEqual([type, rev(key)]);
  });

  it.each([
    ["an OpenAI key", OAI, "openai-api-key"],
    ["a GitHub token", GHP, "github-pat"],
  ])("base64 of %s reversed is found, its span the whole encoded run", (_name, key, type) => {
    const b64 = Buffer.from(rev(key)).toString("base64");
    expect(cipherSecrets(`payload ${b64} end`)).toContainEqual([type, b64]);
  });

  it("base64 of ordinary reversed text gives no secret", () => {
    const b64 = Buffer.from(rev("this is just a sentence written backwards, build_phg")).toString("base64");
    expect(cipherSecrets(`payload ${b64} end`)).toEqual([]);
  });

  it.each([
    ["a word ending like a reversed prefix", "the flag is set with --no-proj-ks and then ghp_ is read"],
    ["a short token", "id: abc_phg and x1-jorp-ks"],
    ["an identifier ending in a reversed prefix but plain words", "call the function build_phg later"],
  ])("%s: no reversed-token view", (_name, text) => {
    expect(buildCipherViews(text).filter((v) => v.text.includes("ghp_") || v.text.includes("sk-"))).toEqual([]);
    expect(engine.detect(text).findings.filter((f) => f.view === "cipher" && f.category !== "injection")).toEqual([]);
  });
});
