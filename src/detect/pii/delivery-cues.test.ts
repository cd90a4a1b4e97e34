import { describe, expect, it } from "vitest";
import { DELIVERY_CUE_BEFORE } from "./delivery-cues.js";
import { personLocationScanner } from "./person-location-detector.js";
import { expectCase, hitsOf } from "./test-support/hits.js";

describe("DELIVERY_CUE_BEFORE", () => {
  it.each(["Deliver to: ", "Zustellung an ", "Überweisung an ", "Enviar a ", "Livrer à : ", "Stuur het naar ", "a.n. ", "Attn: ", "Recipient ", "z. Hd. "])("cue %j", (s) => {
    expect(DELIVERY_CUE_BEFORE.test(s)).toBe(true);
  });
  // a bare preposition or article is no cue; neither is a word ending in a cue's letters
  it.each(["an ", "a ", "Plan ", "Vorsendung ", "Lieferant "])("no cue %j", (s) => {
    expect(DELIVERY_CUE_BEFORE.test(s)).toBe(false);
  });
});

describe("the recipient of a delivery or a transfer", () => {
  it.each([
    { text: "Zustellung an Veronika Gruber, Mariahilfer Straße 88/2/14, 1070 Wien.", value: "Veronika Gruber" },
    { text: "Enviar a Guadalupe Ramírez, Av. Insurgentes Sur 1602, 03940 Ciudad de México", value: "Guadalupe Ramírez" },
    { text: "Überweisung an Uwe Fuchs, IBAN DE20 9110 2476 1151 2239 92.", value: "Uwe Fuchs" },
    { text: "Deliver to: Tom Major, 12 High Street, Leeds", value: "Tom Major" },
    { text: "Recipient Sandy Shore", value: "Sandy Shore" },
    { text: "Consegnare a Marco Rinaldi entro venerdì.", value: "Marco Rinaldi" },
  ])("$value", ({ text, value }) => {
    expectCase(personLocationScanner, "PERSON", { text, value, min: 0.8, max: 1 });
  });
  // a place after the same words stays a place; a house number after a street ends a list of names
  it.each([
    { text: "Ship to New York by Friday.", value: "New York" },
    { text: "Deliver to Leeds by Friday.", value: "Leeds" },
  ])("place $value", ({ text, value }) => {
    expectCase(personLocationScanner, "PERSON", { text, value: null, min: 0.5, max: 1 });
    expectCase(personLocationScanner, "LOCATION", { text, value, min: 0.45, max: 1 });
  });
  it("a street and house number after a recipient is no second name", () => {
    const hits = hitsOf(personLocationScanner, "Stuur het naar Wouter Peeters, Meir 50 bus 3, 2000 Antwerpen.", "PERSON");
    expect(hits.filter((h) => h.score >= 0.6).map((h) => h.value)).toEqual(["Wouter Peeters"]);
  });
});

describe("recipient labels of Korean, Chinese and Japanese shipping forms", () => {
  it.each([
    { text: "배송지: 서울특별시 강남구 테헤란로 152, 12층 1203호 (06236) 받는 분: 김민준", value: "김민준" },
    { text: "수령인: 이서연", value: "이서연" },
  ])("$value", ({ text, value }) => {
    expectCase(personLocationScanner, "PERSON", { text, value, min: 0.7, max: 1 });
  });
});
