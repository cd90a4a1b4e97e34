import { describe, expect, it } from "vitest";
import { kanaKoreanGivenNames } from "./kana-korean-given-names.js";
import type { PiiHit } from "./pii-detector.js";

function names(text: string, before: PiiHit[] = []): string[] {
  const out: PiiHit[] = [...before];
  kanaKoreanGivenNames(text, out, 0);
  return out.slice(before.length).filter((h) => h.score >= 0.6).map((h) => text.slice(h.start, h.end));
}

describe("kanaKoreanGivenNames", () => {
  it.each([
    // Korean: the vocative 아 after a closed syllable, 야 after an open one; 씨/님 with or without a particle
    ["민준아, 밥 먹었어?", "민준"],
    ["지은아 어디야?", "지은"],
    ["수지야 빨리 와", "수지"],
    ["서연씨 내일 봐요", "서연"],
    ["하준 님께 전달 부탁드립니다", "하준"],
    // katakana names before an honorific
    ["ハナコさん、こんにちは", "ハナコ"],
    ["マイケル様へのご連絡です", "マイケル"],
    ["タロウ氏が来ます", "タロウ"],
    ["サクラちゃんは元気?", "サクラ"],
  ])("%s → %s", (text, value) => {
    expect(names(text)).toEqual([value]);
  });

  it.each([
    "괜찮아, 진짜야",
    "해야 돼",
    "그래서 우리야",
    "지은야 어디야?", // 야 after a closed syllable is no vocative
    "수지아 빨리", // nor 아 after an open one
    "고객님 안녕하세요",
    "ドライバーさんが来た",
    "ヘルパーさんにお願いします",
    "今日はテストです",
    "ーさん",
  ])("nothing in %j", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("leaves a name another pass found", () => {
    const text = "田中 ハナコさん";
    expect(names(text, [{ type: "PERSON", start: 0, end: 6, score: 0.85, explanation: "test" }])).toEqual([]);
  });
});
