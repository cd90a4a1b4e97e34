import { describe, expect, it } from "vitest";
import { urlScanner } from "./url-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "see https://www.microsoft.com/store/abc/ now", value: "https://www.microsoft.com/store/abc/", min: 0.6 },
  { text: "(docs at https://example.org/a?b=1).", value: "https://example.org/a?b=1", min: 0.6 },
  { text: "visit www.example.com today", value: "www.example.com", min: 0.6 },
  { text: "my domains: microsoft.com google.co.il", value: "google.co.il", min: 0.5 },
  { text: "see abc.net.au for the story", value: "abc.net.au", min: 0.5 },
  { text: "my domains: microsoft.com google.co.il", value: "google.co.il", min: 0.45 },
  { text: "http://localhost:8080/health", value: "http://localhost:8080/health", min: 0.3, max: 0.45 },
  { text: "http://microsoft", value: null, min: 0 },
  { text: "console.log(os.path); self.info = x", value: null, min: 0.5 },
  { text: "open README.md and setup.py", value: null, min: 0.5 },
];

describe("urlScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(urlScanner, "URL", { text, value, min, max });
  });
});
