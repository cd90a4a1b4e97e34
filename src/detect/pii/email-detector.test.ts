import { describe, expect, it } from "vitest";
import { emailScanner } from "./email-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "my email address is info@presidio.site", value: "info@presidio.site", min: 0.9 },
  { text: "write to a.b-c+tag@sub.example.co.uk.", value: "a.b-c+tag@sub.example.co.uk", min: 0.9 },
  { text: "user@xn--80ak6aa92e.com", value: "user@xn--80ak6aa92e.com", min: 0.9 },
  { text: "my email is info@presidio.", value: null, min: 0 },
  { text: "@decorator and npm i @scope/pkg@1.2.3", value: null, min: 0 },
  { text: "ssh to user@2001:db8::1", value: null, min: 0 },
];

describe("emailScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(emailScanner, "EMAIL_ADDRESS", { text, value, min, max });
  });
});
