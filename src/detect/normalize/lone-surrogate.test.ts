import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "../engine.js";

describe("a lone surrogate inside a value (JSON `\\ud800`) does not split it past detection", () => {
  it("finds the e-mail address and the SSN around it, spans over the original text", () => {
    const e = createDetectionEngine();
    const text = "email kenji.g@exa\ud800mple.org ssn 412-67\ud800-3390";
    const found = e
      .detect(text, { direction: "request", role: "user" })
      .findings.filter((f) => e.isActionable(f))
      .map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
    expect(found).toEqual(expect.arrayContaining(["EMAIL_ADDRESS:kenji.g@exa\ud800mple.org", "US_SSN:412-67\ud800-3390"]));
  });
});
