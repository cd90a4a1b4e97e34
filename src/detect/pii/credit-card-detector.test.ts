import { describe, expect, it } from "vitest";
import { creditCardScanner } from "./credit-card-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "4012888888881881", value: "4012888888881881", min: 0.75 },
  { text: "card 4012-8888-8888-1881 exp 12/27", value: "4012-8888-8888-1881", min: 0.95 },
  { text: "amex 3714 496353 98431", value: "3714 496353 98431", min: 0.9 },
  { text: "my credit card: 122000000000003", value: "122000000000003", min: 0.9 },
  { text: "4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881", value: "4012 8888 8888 1881", min: 0.85 },
  { text: "4012-8888-8888-1882", value: null, min: 0 },
  { text: "order id 4111111111111111 shipped", value: "4111111111111111", min: 0.3, max: 0.45 },
  { text: "ts 1710513000123 and 1748503543012", value: null, min: 0.5 },
  { text: "0000000000000000", value: null, min: 0 },
  // device serials and part numbers that pass Luhn: their label halves the score
  { text: "Serial number SN 4521 8873 0091 2245 is printed under the battery.", value: "4521 8873 0091 2245", min: 0.3, max: 0.49 },
  { text: "S/N: 4521 8873 0091 2245", value: "4521 8873 0091 2245", min: 0.3, max: 0.49 },
  { text: "P/N 4521-8873-0091-2245 (rev B)", value: "4521-8873-0091-2245", min: 0.3, max: 0.49 },
  { text: "IMEI 4521 8873 0091 2245", value: "4521 8873 0091 2245", min: 0.3, max: 0.49 },
  { text: "my card number is 4521 8873 0091 2245", value: "4521 8873 0091 2245", min: 0.95 },
  { text: "Visa 4521 8873 0091 2245 (serial checks passed)", value: "4521 8873 0091 2245", min: 0.95 },
  { text: "IBAN SI59 1118 0244 2209 917 please", value: null, min: 0 },
  { text: "4012 8888-8888 1881", value: null, min: 0 },
  // 18 digits: a Maestro length, and the length of a snowflake id
  { text: "channel=635328978685086733 author=1437693529", value: null, min: 0.3 },
  { text: "635328978685086733", value: "635328978685086733", min: 0.4, max: 0.49 },
  { text: "Maestro card 635328978685086733", value: "635328978685086733", min: 0.95 },
  // evasions: digits spaced out one by one, dotted groups
  { text: "card 4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6 ok", value: "4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6", min: 0.9 },
  { text: "pay with 4-5-3-2-0-1-5-1-1-2-8-3-0-3-6-6", value: "4-5-3-2-0-1-5-1-1-2-8-3-0-3-6-6", min: 0.9 },
  { text: "card 4532.0151.1283.0366", value: "4532.0151.1283.0366", min: 0.9 },
  { text: "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16", value: null, min: 0.5 },
  { text: "version 4532.0151.1283", value: null, min: 0.5 },
  // other separators of the 4-4-4-4 layout: slashes and underscores; other punctuation only next to card context
  { text: "card 4532/0151/1283/0366 exp 12/27", value: "4532/0151/1283/0366", min: 0.9 },
  { text: "cc=4532_0151_1283_0366", value: "4532_0151_1283_0366", min: 0.9 },
  { text: "my visa is 4532,0151,1283,0366 thanks", value: "4532,0151,1283,0366", min: 0.9 },
  { text: "card number 4532 | 0151 | 1283 | 0366", value: "4532 | 0151 | 1283 | 0366", min: 0.9 },
  { text: "totals 4532,0151,1283,0366 for the quarter", value: null, min: 0.5 },
  { text: "card 4532,0151,1283,0367", value: null, min: 0.5 },
  { text: "card 4532,0151,1283,0366,2211", value: null, min: 0.5 },
  { text: "build 2024/0101/1111/1111", value: null, min: 0.5 },
  { text: "GET /data/4532/0151/1283/0366 HTTP/1.1", value: null, min: 0.5 },
  // business words that do not label the number do not lower it
  { text: "Customer reports that 4532 0151 1283 0366 was declined twice.", value: "4532 0151 1283 0366", min: 0.85 },
  { text: "Transaction failed: 4532 0151 1283 0366", value: "4532 0151 1283 0366", min: 0.85 },
  { text: "User Tom Baker saved 4532015112830366 as default payment method.", value: "4532015112830366", min: 0.85 },
];

describe("creditCardScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(creditCardScanner, "CREDIT_CARD", { text, value, min, max });
  });
});
