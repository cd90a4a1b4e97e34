import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "../engine.js";

const engine = createDetectionEngine();
/** A full-length ghp_ token whose CRC32 suffix is wrong: judged by the words on its line. */
const FAKE = "ghp_R8x2Lq7ZkP4mN9vB3cT6wY1sD5fH0jKaE2gU";
const score = (text: string): number | undefined => engine.detect(text, { direction: "response" }).findings.find((f) => f.type === "github-pat")?.score;

describe("a value shown as an example (checksum-failing GitHub token)", () => {
  it.each([
    ["for example", `For example: ${FAKE}`, 0.4],
    ["a sample value", `sample token ${FAKE} (not real)`, 0.4],
    ["plain use", `use the token ${FAKE} for CI.`, 0.6],
    // a domain on the line is no example marker: the score must not depend on an e-mail address a stream has redacted
    ["an example.org e-mail address earlier on the line", `then mail bob.smith@example.org about it. use the token ${FAKE} for CI.`, 0.6],
    ["an example.com host after it", `use the token ${FAKE} against api.example.com today`, 0.6],
  ])("%s", (_name, text, expected) => {
    expect(score(text)).toBe(expected);
  });
});
