import { describe, expect, it } from "vitest";
import { withCrc32Suffix } from "./checksum.js";
import { secretRulesDetector } from "./secret-detector.js";

const detector = secretRulesDetector.build({});
const found = (text: string) => detector.detect({ text, context: { direction: "request" } }).map((f) => [f.type, text.slice(f.start, f.end)]);
const AWS = "AKIAZ3MHQK7XN2PLW4RB";
const GHP = withCrc32Suffix("ghp_", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6");

describe("a key split in two with words between the parts", () => {
  it("an AWS access key id: both parts are reported as the key's type", () => {
    const text = `my AWS key starts ${AWS.slice(0, 10)}\nand ends ${AWS.slice(10)}; join them`;
    expect(found(text)).toEqual([
      ["aws-access-key-id", AWS.slice(0, 10)],
      ["aws-access-key-id", AWS.slice(10)],
    ]);
  });

  it("a GitHub token (the checksum must hold for the joined parts), the tail not the first token after the head", () => {
    const text = `first half ${GHP.slice(0, 22)}, the second half is in ticket T-1234 as ${GHP.slice(22)}`;
    expect(found(text)).toEqual([
      ["github-pat", GHP.slice(0, 22)],
      ["github-pat", GHP.slice(22)],
    ]);
  });

  it("two string values of one JSON object (tool-call arguments)", () => {
    const text = JSON.stringify({ a: GHP.slice(0, 20), b: GHP.slice(20) });
    expect(found(text)).toEqual([
      ["github-pat", GHP.slice(0, 20)],
      ["github-pat", GHP.slice(20)],
    ]);
  });

  it("ordinary words that are also keywords do not use up the heads tried", () => {
    const text = `${"the account, the account owner, the storage account and the token. ".repeat(6)}my key starts ${AWS.slice(0, 12)} and ends ${AWS.slice(12)}`;
    expect(found(text).filter(([t]) => t === "aws-access-key-id").map(([, v]) => v)).toEqual([AWS.slice(0, 12), AWS.slice(12)]);
  });

  it.each([
    ["a head whose candidate tails do not make a valid key", `token ${GHP.slice(0, 22)} then XYZ12345abcdEFGH and Q9q9Q9q9`],
    ["a head alone", `the key starts ${AWS.slice(0, 10)} and that is all`],
    ["ordinary words after a prefix-like word", "the task-force met sk-learn users in Room 42B today"],
    ["a whole key is reported once, not as parts", `key ${AWS} and id AB12CD34`],
  ])("%s: no split report", (_name, text) => {
    expect(found(text).filter(([, v]) => v !== AWS)).toEqual([]);
  });
});
