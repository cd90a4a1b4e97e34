import { describe, expect, it } from "vitest";
import type { PiiHit } from "./pii-detector.js";
import { scriptNames } from "./script-names.js";

function names(text: string): string[] {
  const out: PiiHit[] = [];
  scriptNames(text, out);
  return out.filter((h) => h.score >= 0.6).map((h) => text.slice(h.start, h.end));
}

describe("Han and Hangul names as items of a list of names", () => {
  it("reads a comma list after a line that says it lists names", () => {
    expect(names("Sort these names by stroke count: 刘建国, 高桥美咲, 이서연, 黄丽华")).toEqual(["刘建国", "黄丽华", "이서연"]);
  });

  it("reads numbered rows that go on with a phone number or e-mail address", () => {
    const text = "员工名单\n1. 周杰 — 138 0013 8000\n2. 林雪 - linxue@example.cn\n3. 孙磊 | 021-6888 1234";
    expect(names(text)).toEqual(["周杰", "林雪", "孙磊"]);
  });

  it("reads a Korean CSV row under a name header", () => {
    expect(names("이름,전화\n정우성,010-2233-4455")).toContain("정우성");
  });

  it.each([
    "颜色名字：白色、黄色、金色",
    "이름 목록:\n- 고양이\n- 강아지",
    "名字列表\n- 高兴\n- 方向",
    "产品：高速、方便、安全",
    "价格表\n1. 高级 — 200元",
  ])("takes no ordinary words in %j", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("Korean names before 님 or 씨 with a case particle", () => {
  it.each([
    ["이지은 님께 보낼 감사 편지를 써 주세요.", "이지은"],
    ["박서연 씨가 전화했어요", "박서연"],
    ["김민준님 안녕하세요", "김민준"],
  ])("%s → %s", (text, value) => {
    expect(names(text)).toContain(value);
  });

  it("takes no noun before 님께", () => {
    expect(names("사용자 님께 안내드립니다")).toEqual([]);
  });
});

describe("Cyrillic name labels of Bulgarian and Kazakh forms, Japanese self-introductions", () => {
  it.each([
    ["Име: Цветелина Стоянова Петкова\nДата на раждане: 14.03.1992", "Цветелина Стоянова Петкова"],
    ["Аты-жөні: Нұрлан Әбдіқадыров\nТуған күні: 1989.02.17", "Нұрлан Әбдіқадыров"],
    ["お世話になっております。中村と申します。配送先を変更したいです。", "中村"],
    ["佐藤です。会社のVPNからアクセスできません。", "佐藤"],
  ] as const)("%j", (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    // a label of another field, a capitalised product after a product label, a noun before です
    "Име на продукта: Зелен Чай\nЦена: 4.50",
    "Фамилия: Отсутствует",
    "今日は晴れです。中国です。",
    "確認です。大切です。",
  ])("%j", (text) => {
    expect(names(text)).toEqual([]);
  });
});
