import { describe, expect, it } from "vitest";
import { cryptoScanner } from "./crypto-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", value: "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", min: 0.95 },
  { text: "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", value: "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", min: 0.9 },
  { text: "pay bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq now", value: "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", min: 0.9 },
  { text: "eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", value: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", min: 0.9 },
  { text: "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", value: "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", min: 0.5, max: 0.6 },
  { text: "bad 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", value: null, min: 0 },
  { text: "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2", value: null, min: 0 },
  { text: "sha 8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189", value: null, min: 0 },
];

describe("cryptoScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(cryptoScanner, "CRYPTO", { text, value, min, max });
  });
});
