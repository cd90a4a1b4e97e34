import { describe, expect, it } from "vitest";
import { ibanScanner } from "./iban-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "iban de89370400440532013000", value: "de89370400440532013000", min: 0.9 },
  { text: "pay to gb82 west 1234 5698 7654 32 today", value: "gb82 west 1234 5698 7654 32", min: 0.7 },
  { text: "de89370400440532013001", value: null, min: 0.5 },
  { text: "AL47 2121 1009 0000 0002 3569 8741", value: "AL47 2121 1009 0000 0002 3569 8741", min: 0.9 },
  { text: "this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence", value: "VG96 VPVG 0000 0123 4567 8901", min: 0.95 },
  { text: "Dash: AL47-2121-1009-0000-0002-3569-8741", value: "AL47-2121-1009-0000-0002-3569-8741", min: 0.9 },
  { text: "DE89370400440532013000", value: "DE89370400440532013000", min: 0.9 },
  { text: "IBAN IR293008740106812003040003.", value: "IR293008740106812003040003", min: 0.95 },
  { text: "DE89 3704 0044 0532 0130 01", value: null, min: 0 },
  { text: "BG80 BNBG 9661 A020 3456 78", value: null, min: 0 },
  { text: "AL47/2121/1009/0000/0002/3569/8741", value: null, min: 0 },
  { text: "DE89370400440532013000123", value: null, min: 0 },
  // wrapped onto the next line where a space was; the check digits still decide
  { text: "refund to IBAN DE89 3704 0044\n0532 0130 00 thanks", value: "DE89 3704 0044\n0532 0130 00", min: 0.9 },
  { text: "IBAN DE89 3704 0044\r\n0532 0130 00", value: "DE89 3704 0044\r\n0532 0130 00", min: 0.9 },
  { text: "IBAN DE89 3704 0044\n0532 0130 01", value: null, min: 0 },
];

describe("ibanScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(ibanScanner, "IBAN_CODE", { text, value, min, max });
  });
});
