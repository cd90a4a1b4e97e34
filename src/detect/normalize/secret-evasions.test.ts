import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "../engine.js";
import { withCrc32Suffix } from "../secrets/checksum.js";
import { buildDecodedViews } from "./decode-views.js";
import { buildEscapeView } from "./escape-view.js";

const engine = createDetectionEngine();
const OAI = "sk-proj-Rf5UKZNwZTgzRb8ZucIrNqTs9oT6D1DMRv_0Zq3WY7G1J1O-wPsXwgv6WFxEn8XrZu2vvosfG7T3BlbkFJBYX7TPseHaYE6r3ljpCBurd6U6qpJeRk8UqQ1ORj5DFHReHaF6mstbOCirkkl9vsHWLw2Q9ab";
const GHP = withCrc32Suffix("ghp_", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6");
const AWS = "AKIAZ3MHQK7XN2PLW4RB";
const u = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
/** Every character as `\\uXXXX`: JSON text holding a `\u` escape, inside a JSON string (tool-call arguments). */
const doubleEscaped = (s: string): string => [...s].map((c) => `\\${u(c)}`).join("");
/** One character percent-encoded, as no URL encoder would (it is unreserved). */
const pctAt = (s: string, i: number): string => `${s.slice(0, i)}%${s.charCodeAt(i).toString(16).toUpperCase()}${s.slice(i + 1)}`;

/** [type, start, end, view] of the actionable secret findings. */
function secrets(text: string): [string, number, number, string][] {
  return engine
    .detect(text)
    .findings.filter((f) => f.category === "secret" && engine.isActionable(f))
    .map((f) => [f.type, f.start, f.end, f.view ?? "original"]);
}

describe("secrets disguised by encodings the views undo (a decoded view maps a finding to the whole encoded run)", () => {
  it.each([
    ["a GitHub token with its `_` percent-encoded", `GET https://example.com/hook?t=${pctAt(GHP, 3)}&x=1`, "github-pat", `https://example.com/hook?t=${pctAt(GHP, 3)}&x=1`, "url"],
    ["an OpenAI key with one letter percent-encoded", `curl "https://api.example.net/run?key=${pctAt(OAI, 10)}"`, "openai-api-key", `https://api.example.net/run?key=${pctAt(OAI, 10)}`, "url"],
    ["an AWS key id with one digit percent-encoded", `see ${pctAt(AWS, 5)} now`, "aws-access-key-id", pctAt(AWS, 5), "url"],
    ["an OpenAI key escaped twice (JSON in a JSON string)", `{"arguments":"{\\"key\\":\\"${doubleEscaped(OAI)}\\"}"}`, "openai-api-key", doubleEscaped(OAI), "escaped"],
    ["a GitHub token escaped twice", `{"arguments":"{\\"t\\":\\"${doubleEscaped(GHP)}\\"}"}`, "github-pat", doubleEscaped(GHP), "escaped"],
  ])("%s", (_name, text, type, covered, view) => {
    const at = text.indexOf(covered);
    expect(secrets(text)).toContainEqual([type, at, at + covered.length, view]);
  });

  it.each([
    ["a URL with one ordinary escape (a space)", "https://example.com/files/annual%20report-2024-final.pdf?download=1"],
    ["a URL with one encoded slash", "https://registry.example.org/v2/team%2Fservice-api/manifests/latest"],
    ["an escaped percent sign in prose", "the discount is 50% off, i.e. 50%25 in the query string for the campaign page"],
    ["escaped backslashes in a Windows path inside JSON", '{"path":"C:\\\\\\\\Users\\\\\\\\build\\\\\\\\u0041pp\\\\\\\\x64\\\\\\\\release"}'],
  ])("%s: no secret", (_name, text) => {
    expect(secrets(text)).toEqual([]);
  });

  it("an unreserved-character escape alone decodes its run; a reserved one alone does not", () => {
    expect(buildDecodedViews(`id=${pctAt("abcdef-ghijkl-mnopq", 6)}`).map((v) => v.kind)).toEqual(["url"]);
    expect(buildDecodedViews("https://example.com/a%2Fb/cdefghijklmnop")).toEqual([]);
  });

  it("a doubled backslash before an escape maps the decoded character to both backslashes", () => {
    const text = `x "${doubleEscaped("abc")}" y`;
    const v = buildEscapeView(text);
    expect(v?.text).toContain('x "abc" y');
    const i = v?.text.indexOf("abc") ?? -1;
    expect(v?.toOriginal(i, i + 3)).toEqual({ start: 3, end: 3 + 21 });
  });
});
