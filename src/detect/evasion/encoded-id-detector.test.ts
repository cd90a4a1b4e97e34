import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "../engine.js";
import { encodedId } from "./encoded-id-detector.js";

const detector = encodedId.build();
const find = (text: string) => detector.detect({ text, context: { direction: "request" } }).map((f) => ({ type: f.type, start: f.start, end: f.end, score: f.score }));
const b64 = (s: string) => Buffer.from(s).toString("base64");
const hex = (s: string) => Buffer.from(s).toString("hex");

describe("encoded-id detector", () => {
  it.each([
    ["base64 of a dashed SSN", `ref ${b64("536-22-1456")}`, [{ type: "US_SSN", start: 4, end: 20, score: 0.9 }]],
    ["base64 of bare SSN digits", `x ${b64("536221456")} y`, [{ type: "US_SSN", start: 2, end: 14, score: 0.9 }]],
    ["base64 of a spaced SSN", b64("536 22 1456"), [{ type: "US_SSN", start: 0, end: 16, score: 0.9 }]],
    ["hex of a dashed SSN", `id=${hex("536-22-1456")}`, [{ type: "US_SSN", start: 3, end: 25, score: 0.9 }]],
    ["base64 of an ITIN", b64("912-70-1234"), [{ type: "US_ITIN", start: 0, end: 16, score: 0.9 }]],
  ])("%s", (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    ["an invalid area (666)", b64("666-22-1456")],
    ["an invalid group (00)", b64("536-00-1456")],
    ["mixed separators", b64("536-22 1456")],
    ["ten digits", b64("5362214567")],
    ["inside a longer token", `Zz${b64("536-22-1456")}`],
    ["a word that looks the part", "Mississippi Mountain NOMINATION"],
    ["a hex hash", "3a7bd3e2360a3d29eea436fcfb7e44c735d117c4"],
  ])("nothing for %s", (_name, text) => {
    expect(find(text)).toEqual([]);
  });

  it("the default engine reports an encoded SSN above the SSN threshold, a bare one in clear stays low", () => {
    const engine = createDetectionEngine();
    const encoded = engine.detect(`ref ${b64("536-22-1456")}`).findings.filter((f) => f.type === "US_SSN");
    expect(encoded.map((f) => f.score)).toEqual([0.9]);
    expect(engine.isActionable(encoded[0] as (typeof encoded)[number])).toBe(true);
    expect(engine.detect("ref 536-22-1456").findings.filter((f) => f.type === "US_SSN").every((f) => !engine.isActionable(f))).toBe(true);
  });
});
