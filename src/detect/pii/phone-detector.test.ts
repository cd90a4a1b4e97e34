import { describe, expect, it } from "vitest";
import { phoneScanner } from "./phone-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  // access codes keyed with "#", part numbers with a letter suffix, rows of two-digit numbers are no phones
  { text: "Dial in: 448 921 0731# then press 1", value: null, min: 0.5 },
  { text: "Part number 0800-555-0199-A is out of stock", value: null, min: 0.5 },
  { text: "This week's numbers: 04 11 19 23 38 42", value: null, min: 0.5 },
  { text: "ring me on 07912 345678", value: "07912 345678", min: 0.6 },
  { text: "My US number is (415) 555-0132, thanks", value: "(415) 555-0132", min: 0.8 },
  { text: "call me at (415) 555-0132", value: "(415) 555-0132", min: 0.95 },
  { text: "function h(s: string): number {\n  let h = 2166136261;", value: null, min: 0.5 },
  { text: "international one is +44 (20) 7123 4567", value: "+44 (20) 7123 4567", min: 0.7 },
  { text: "US: 415-555-0132", value: "415-555-0132", min: 0.65 },
  { text: "Brazil: +55 11 98456 5666", value: "+55 11 98456 5666", min: 0.7 },
  { text: "My Israeli number is 09-7625400", value: "09-7625400", min: 0.6 },
  { text: "released on 2024-03-15 build 20240315", value: null, min: 0 },
  { text: "version 1.2.3.4 and 10.0.0.1", value: null, min: 0 },
  { text: "SSN 078-05-1123", value: null, min: 0 },
  { text: "latency_ms: 1234567", value: null, min: 0 },
  { text: "order 4155550132 shipped", value: null, min: 0.5 },
  // phone words in other languages; tel: links
  { text: "appelez le 06 12 34 56 78", value: "06 12 34 56 78", min: 0.7 },
  { text: "电话：13812345678", value: "13812345678", min: 0.5 },
  { text: "tel:+14155550132", value: "+14155550132", min: 0.7 },
  { text: "time:+14155550132", value: null, min: 0 },
  // another number's label is nearer than "number"
  { text: "NHS number: 821 296 6712", value: null, min: 0.5 },
  { text: "Mitt personnummer är 480617-1312.", value: null, min: 0.5 },
  { text: "Our Australian Business Number is 29 065 672 282.", value: null, min: 0.5 },
  // national formats with the trunk 0 or a bracketed area code, other cue words, phone fields
  { text: "Ring the front desk on 020 7946 0958.", value: "020 7946 0958", min: 0.8 },
  { text: "Sie erreichen mich unter 0171 2345678.", value: "0171 2345678", min: 0.8 },
  { text: "Helpline 0800 123 4567", value: "0800 123 4567", min: 0.8 },
  { text: "See you at 06 12 34 56 78", value: "06 12 34 56 78", min: 0.5 },
  { text: "Office: (02) 9374 4000", value: "(02) 9374 4000", min: 0.5 },
  { text: "Falar com a Ana no (11) 98456-5666 amanhã.", value: "(11) 98456-5666", min: 0.5 },
  { text: "phone=646.555.0173&zip=10001", value: "646.555.0173", min: 0.9 },
  { text: "phone_number=+4915123456789", value: "+4915123456789", min: 0.9 },
  { text: "retries=4155550132", value: null, min: 0.5 },
  { text: "The answer (2) 1234 5678 was wrong", value: null, min: 0.5 },
  // business words that do not label the number do not lower it
  { text: "Customer called from (415) 867-5309 about the parcel.", value: "(415) 867-5309", min: 0.65 },
];

describe("phoneScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(phoneScanner, "PHONE_NUMBER", { text, value, min, max });
  });
});
