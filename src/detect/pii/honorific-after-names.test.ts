import { describe, expect, it } from "vitest";
import type { SharedScan } from "../../core/detector.js";
import { createSharedScan } from "../shared/shared-scan.js";
import { gazetteers } from "./gazetteers.js";
import { honorificAfterNames } from "./honorific-after-names.js";
import type { PiiHit } from "./pii-detector.js";

const LOWER_NAME_WORDS = new Set(["will", "grace", "hope", "mark"]);

function names(text: string): string[] {
  const out: PiiHit[] = [];
  honorificAfterNames(text, gazetteers(), out, LOWER_NAME_WORDS);
  return out.filter((h) => h.score >= 0.6).map((h) => text.slice(h.start, h.end));
}

describe("honorificAfterNames", () => {
  it.each([
    ["Could you send the minutes to Kenji san before lunch?", "Kenji"],
    ["Tanaka-sensei approved the thesis outline", "Tanaka"],
    ["pls tell Suresh uncle the car is ready", "Suresh"],
    ["anjali didi will bring the cake", "anjali"],
    ["Sharma ji ka phone band hai", "Sharma"],
    ["Ayşe Hanım toplantıya gelecek", "Ayşe"],
    ["kerem abi dün aradı", "kerem"],
    ["elif abla yarın gelir", "elif"],
    ["Mustafa Bey dosyayı imzaladı", "Mustafa"],
    ["salam Maryam jan, chetori?", "Maryam"],
  ])("%s → %s", (text, value) => {
    expect(names(text)).toContain(value);
  });

  it.each([
    "We drove from San Diego to San Jose.",
    "Will uncle come to the party?",
    "my uncle said the jan release is late",
    "the mark san is a katakana joke",
    "Mark Bey is not a person here? no: sentence-start ordinary word",
    "Hope Bey", // a capitalised ordinary word at the start of a line says nothing
    "set -san flag", // a flag, not a name
    "the Saab and the Volvo",
    "okay ji, done",
    "haan ji bhai, chal bhai kal milte",
    "Okay bhai, see you",
    "tamam abi, hallederim",
  ])("nothing in %j", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("honorificAfterNames with the shared keyword pass", () => {
  it.each([
    "Could you send the minutes to Kenji san before lunch? Tanaka-sensei agrees; tell Suresh uncle\tand Sharma ji",
    "We drove from San Diego to San Jose with Mark-san",
    "Ayşe Hanım toplantıya gelecek, Mustafa Bey de",
  ])("finds the same in %j", (text) => {
    const run = (shared?: SharedScan): string[] => {
      const out: PiiHit[] = [];
      honorificAfterNames(text, gazetteers(), out, LOWER_NAME_WORDS, shared);
      return out.map((h) => `${h.start}-${h.end}`);
    };
    expect(run(createSharedScan(text))).toEqual(run());
  });
});
