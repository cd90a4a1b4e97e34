import { describe, expect, it } from "vitest";
import { matchesFailOn, parseFailOn } from "../../src/scan/fail-on.js";
import { createProgressBar } from "../../src/scan/progress-bar.js";
import { severityOf } from "../../src/scan/severity.js";
import { findingFingerprint, redactToken } from "../../src/scan/redact-token.js";

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, columns: 100, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe("progress bar", () => {
  it("draws bytes done/total, MB/s and findings on a TTY, at most every 100 ms, and erases itself", () => {
    let now = 0;
    const { stream, written } = fakeStream(true);
    const bar = createProgressBar(stream, 10e6, () => now);
    now = 1000;
    bar.update(5e6, 3);
    now = 1050;
    bar.update(6e6, 3); // too soon: skipped
    now = 2000;
    bar.update(10e6, 4);
    bar.done();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\r\[#+-+\] 5\.0\/10\.0 MB 5\.0 MB\/s 3 finding\(s\)\x1b\[K$/);
    expect(written[1]).toContain("10.0/10.0 MB 5.0 MB/s 4 finding(s)");
    expect(written[2]).toBe("\r\x1b[K");
  });

  it("writes nothing when standard error is not a terminal", () => {
    const { stream, written } = fakeStream(false);
    const bar = createProgressBar(stream, 10);
    bar.update(5, 1);
    bar.done();
    expect(written).toEqual([]);
  });
});

describe("severity table", () => {
  it.each([
    ["secret", "private-key", "critical"],
    ["secret", "aws-secret-access-key", "critical"],
    ["secret", "aws-access-key-id", "high"],
    ["secret", "generic-password-assignment", "medium"],
    ["pii", "US_SSN", "high"],
    ["pii", "CREDIT_CARD", "high"],
    ["pii", "EMAIL_ADDRESS", "medium"],
    ["pii", "IP_ADDRESS", "low"],
    ["injection", "PROMPT_INJECTION", "medium"],
    ["code", "SOURCE_CODE", "low"],
  ])("%s/%s is %s", (category, type, severity) => {
    expect(severityOf(category, type)).toBe(severity);
  });
});

describe("--fail-on", () => {
  const f = (severity: "low" | "medium" | "high" | "critical", category: "pii" | "secret", suppressed = false) => ({ severity, category, ...(suppressed ? { suppressed } : {}) });
  it("parses severities, categories, lists and none; rejects the rest", () => {
    expect(parseFailOn(["high", "secret,pii", " none "])).toEqual([{ severity: "high" }, { category: "secret" }, { category: "pii" }, { none: true }]);
    expect(() => parseFailOn(["urgent"])).toThrow(/unknown value "urgent"/);
  });
  it("matches at or above a severity, by category, never suppressed findings, anything by default", () => {
    expect(matchesFailOn(parseFailOn(["high"]), f("critical", "pii"))).toBe(true);
    expect(matchesFailOn(parseFailOn(["high"]), f("medium", "secret"))).toBe(false);
    expect(matchesFailOn(parseFailOn(["secret"]), f("medium", "secret"))).toBe(true);
    expect(matchesFailOn(parseFailOn(["secret"]), f("critical", "pii"))).toBe(false);
    expect(matchesFailOn([], f("low", "pii"))).toBe(true);
    expect(matchesFailOn([], f("critical", "secret", true))).toBe(false);
    expect(matchesFailOn(parseFailOn(["none"]), f("critical", "secret"))).toBe(false);
  });
});

describe("tokens and fingerprints", () => {
  it("tokens: same key, type and value → same token; never the value", () => {
    const key = Buffer.alloc(32, 1);
    const t = redactToken(key, "EMAIL_ADDRESS", "a@example.com");
    expect(t).toMatch(/^<EMAIL_ADDRESS_[0-9a-f]{10}>$/);
    expect(redactToken(key, "EMAIL_ADDRESS", "a@example.com")).toBe(t);
    expect(redactToken(key, "EMAIL_ADDRESS", "b@example.com")).not.toBe(t);
    expect(redactToken(Buffer.alloc(32, 2), "EMAIL_ADDRESS", "a@example.com")).not.toBe(t);
    expect(redactToken(key, "aws-access-key-id", "x")).toMatch(/^<AWS_ACCESS_KEY_ID_[0-9a-f]{10}>$/);
  });
  it("fingerprints: stable, depend on type, file, field and value; keyed when a key is given", () => {
    const base = { type: "pii/EMAIL_ADDRESS", file: "a.jsonl", field: "messages[1].content", value: "a@example.com" };
    const fp = findingFingerprint(undefined, base);
    expect(fp).toMatch(/^[0-9a-f]{32}$/);
    expect(findingFingerprint(undefined, { ...base })).toBe(fp);
    for (const change of [{ file: "b.jsonl" }, { field: "prompt" }, { value: "b@example.com" }, { type: "pii/PERSON" }]) expect(findingFingerprint(undefined, { ...base, ...change })).not.toBe(fp);
    expect(findingFingerprint(Buffer.from("k"), base)).not.toBe(fp);
  });
});
