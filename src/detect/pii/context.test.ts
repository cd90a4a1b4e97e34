import { describe, expect, it } from "vitest";
import { contextVerdict, foldAccents, hasContext, keywordMatcher, nearestLabelBefore } from "./context.js";
import { ID_NEGATIVE } from "./negative-context.js";

const SSN = keywordMatcher(["ssn", "social security"]);
const PASSPORT = keywordMatcher(["passport", "pasaporte", "número de pasaporte"]);
const RRN = keywordMatcher(["rrn", "주민등록번호"]);
const BANK = keywordMatcher(["account", "account number"]);
const UK = keywordMatcher(["uk passport"]);

describe("keywordMatcher and hasContext", () => {
  const rows: Array<[name: string, re: RegExp, text: string, value: string, expected: boolean]> = [
    ["label before", SSN, "My SSN is 078-05-1120.", "078-05-1120", true],
    ["upper case and plural", PASSPORT, "PASSPORTS: AB1234567 and XY9876543", "AB1234567", true],
    ["accents folded both ways", PASSPORT, "numero de PASAPORTE: AAA123456", "AAA123456", true],
    ["label after, Spanish word order", PASSPORT, "AAA123456 es mi número de pasaporte", "AAA123456", true],
    ["Korean label with a glued particle", RRN, "제 주민등록번호는 960121-1234567 입니다", "960121-1234567", true],
    ["word inside a longer word is no label", SSN, "classn 078-05-1120", "078-05-1120", false],
    ["after window stops at the next sentence", SSN, "Call 078-05-1120. The SSN is elsewhere", "078-05-1120", false],
    ["after window stops at code operators", BANK, "if (id === 1090370264 || account.ok)", "1090370264", false],
    ["after window stops at the next number", PASSPORT, "ref 123456789 then 987654321 passport", "123456789", false],
  ];
  it.each(rows)("%s", (_name, re, text, value, expected) => {
    const start = text.indexOf(value);
    expect(hasContext(text, start, start + value.length, re)).toBe(expected);
  });

  it("folds accents only where there are any", () => {
    expect(foldAccents("Número de sécurité")).toBe("Numero de securite");
    const ascii = "plain ascii";
    expect(foldAccents(ascii)).toBe(ascii);
  });
});

describe("nearestLabelBefore and contextVerdict", () => {
  const rows: Array<[name: string, pos: RegExp, text: string, value: string, expected: "positive" | "negative" | "none"]> = [
    ["nothing near", SSN, "the value 078-05-1120", "078-05-1120", "none"],
    ["positive label", SSN, "SSN: 078-05-1120", "078-05-1120", "positive"],
    ["negative label nearer than the positive one", SSN, "SSN on file; order number 078051120", "078051120", "negative"],
    ["positive label nearer than the negative one", SSN, "order shipped; SSN 078051120", "078051120", "positive"],
    ["member access: the property names the value", BANK, "account.balance > 52755119", "52755119", "negative"],
    ["JSON key names a timestamp", SSN, '{"ts":1538138158950}', "1538138158950", "negative"],
    ["another identifier's name is a negative label", SSN, "social insurance number 431 038 298", "431 038 298", "negative"],
    ["a more specific label at the same place wins", keywordMatcher(["passport"]), "UK passport number 707461998", "707461998", "positive"],
    ["label after counts when nothing labels it before", PASSPORT, "AAA123456 es mi pasaporte", "AAA123456", "positive"],
    // a negative word alone labels the value only when just label words stand between them
    ["negative word telling of something else", SSN, "Customer reports that 078-05-1120 was rejected", "078-05-1120", "none"],
    ["negative word, then a verb and a colon", SSN, "Transaction failed: 078-05-1120", "078-05-1120", "none"],
    ["negative word with id and a colon", SSN, "order id: 078051120", "078051120", "negative"],
    ["negative word with of", SSN, "a total of 078051120", "078051120", "negative"],
    ["negative word with a verb of being in Spanish", SSN, "el pedido es 078051120", "078051120", "none"],
    ["negative word after a positive one keeps outranking it", BANK, "account_ref) VALUES (52755119", "52755119", "negative"],
  ];
  it.each(rows)("%s", (_name, pos, text, value, expected) => {
    const start = text.indexOf(value);
    expect(contextVerdict(text, start, start + value.length, pos, ID_NEGATIVE)).toBe(expected);
  });

  it("breaks a same-end tie in favour of the longer label", () => {
    const text = "UK passport 707461998";
    const start = text.indexOf("707");
    expect(nearestLabelBefore(text, start, keywordMatcher(["passport"]), UK)).toBe("negative");
    expect(nearestLabelBefore(text, start, UK, keywordMatcher(["passport"]))).toBe("positive");
  });
});
