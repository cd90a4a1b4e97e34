import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/finding.js";
import { classifyDataClasses } from "./classify-data-classes.js";

const f = (category: Finding["category"], type: string, score = 0.9, detector = `${category}.x`): Finding => ({
  detector, category, type, start: 0, end: 1, score, explanation: "",
});
const T = { "*": 0.5 };

describe("classifyDataClasses", () => {
  it.each([
    ["email → PII", [f("pii", "EMAIL_ADDRESS")], "x", ["PII"]],
    ["card → PII + PCI", [f("pii", "CREDIT_CARD")], "x", ["PII", "PCI"]],
    ["PII + health context → PHI", [f("pii", "PERSON")], "the patient was diagnosed with diabetes", ["PII", "PHI"]],
    ["labelled MRN alone → PHI", [], "MRN: 00123456", ["PHI"]],
    ["NPI type → PHI", [f("pii", "US_NPI")], "x", ["PII", "PHI"]],
    ["secret", [f("secret", "aws-access-key")], "x", ["SECRET"]],
    ["code and confidential", [f("code", "SOURCE_CODE"), f("confidential", "CONFIDENTIAL_MARKER")], "x", ["SOURCE_CODE", "CONFIDENTIAL"]],
    ["custom rule data class", [f("custom", "PROJECT", 0.9, "custom.codenames")], "x", ["CONFIDENTIAL"]],
  ])("%s", (_name, findings, text, expected) => {
    expect(classifyDataClasses(findings, text, T, new Map([["custom.codenames", "CONFIDENTIAL"]]))).toEqual(expected);
  });

  it.each([
    ["below threshold", [f("pii", "EMAIL_ADDRESS", 0.3)], "patient", []],
    ["URL alone is not PII", [f("pii", "URL")], "x", []],
    ["health words without PII", [], "the patient was diagnosed with diabetes", []],
    ["injection and evasion make no class", [f("injection", "PROMPT_INJECTION"), f("evasion", "UNICODE_TAG")], "x", []],
  ])("hard negative: %s", (_name, findings, text, expected) => {
    expect(classifyDataClasses(findings, text, T)).toEqual(expected);
  });
});
