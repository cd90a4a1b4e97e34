import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import { mergeFindings } from "./merge-findings.js";

const f = (category: Finding["category"], type: string, start: number, end: number, score = 0.9, view?: Finding["view"]): Finding => ({
  detector: `${category}.t`, category, type, start, end, score, explanation: `${type}`, ...(view ? { view } : {}),
});
const T = { "*": 0.5 };
const merged = (list: Finding[]) => mergeFindings(list, T).map((x) => [x.type, x.start, x.end, x.score, x.view]).sort();

describe("mergeFindings", () => {
  it.each<[string, Finding[], unknown[]]>([
    ["same type overlapping → union, higher score", [f("pii", "EMAIL_ADDRESS", 0, 10, 0.7), f("pii", "EMAIL_ADDRESS", 5, 15, 0.9)], [["EMAIL_ADDRESS", 0, 15, 0.9, undefined]]],
    ["same type adjacent → kept apart", [f("pii", "PERSON", 0, 5), f("pii", "PERSON", 5, 9)], [["PERSON", 0, 5, 0.9, undefined], ["PERSON", 5, 9, 0.9, undefined]]],
    ["duplicate from a view → one, original wins the label", [f("secret", "k", 2, 8, 0.9, "normalized"), f("secret", "k", 2, 8, 0.9)], [["k", 2, 8, 0.9, undefined]]],
    ["secret beats the URL containing it", [f("pii", "URL", 0, 60, 0.6), f("secret", "github-pat", 20, 60, 0.95)], [["github-pat", 20, 60, 0.95, undefined]]],
    ["URL inside email-like container dropped (lower priority contained)", [f("pii", "EMAIL_ADDRESS", 0, 20), f("pii", "DOMAIN_NAME", 6, 20)], [["EMAIL_ADDRESS", 0, 20, 0.9, undefined]]],
    ["PERSON inside a secret dropped", [f("secret", "generic", 0, 30), f("pii", "PERSON", 5, 10)], [["generic", 0, 30, 0.9, undefined]]],
    ["contained higher priority in non-carrier: both kept", [f("pii", "PERSON", 0, 30), f("pii", "CREDIT_CARD", 5, 21)], [["CREDIT_CARD", 5, 21, 0.9, undefined], ["PERSON", 0, 30, 0.9, undefined]]],
    ["identical spans → higher priority", [f("pii", "PHONE_NUMBER", 0, 16, 0.95), f("pii", "CREDIT_CARD", 0, 16, 0.8)], [["CREDIT_CARD", 0, 16, 0.8, undefined]]],
    ["identical spans → actionable beats higher priority below threshold", [f("pii", "US_SSN", 0, 9, 0.15), f("pii", "US_PASSPORT", 0, 9, 0.8)], [["US_PASSPORT", 0, 9, 0.8, undefined]]],
    ["partial overlap, both actionable → the higher score over the union of the spans", [f("pii", "PHONE_NUMBER", 0, 12, 0.7), f("pii", "US_BANK_NUMBER", 8, 20, 0.8)], [["US_BANK_NUMBER", 0, 20, 0.8, undefined]]],
    ["partial overlap, both actionable, the first wins → it takes the union", [f("secret", "url-credentials", 37, 46, 0.9), f("pii", "EMAIL_ADDRESS", 41, 70, 0.85)], [["url-credentials", 37, 70, 0.9, undefined]]],
    ["partial overlap, one actionable → it wins, its span unchanged", [f("pii", "A", 0, 10, 0.9), f("pii", "B", 5, 15, 0.3)], [["A", 0, 10, 0.9, undefined]]],
    ["partial overlap, neither actionable → higher score", [f("pii", "A", 0, 10, 0.4), f("pii", "B", 5, 15, 0.45)], [["B", 5, 15, 0.45, undefined]]],
    ["contained actionable survives an unactionable container", [f("pii", "PERSON", 0, 30, 0.3), f("pii", "LOCATION", 5, 10, 0.8)], [["LOCATION", 5, 10, 0.8, undefined], ["PERSON", 0, 30, 0.3, undefined]]],
    ["injection never merges with pii", [f("injection", "PROMPT_INJECTION", 0, 50), f("pii", "EMAIL_ADDRESS", 10, 20)], [["EMAIL_ADDRESS", 10, 20, 0.9, undefined], ["PROMPT_INJECTION", 0, 50, 0.9, undefined]]],
    ["different injection types are both kept", [f("injection", "JAILBREAK", 0, 50), f("injection", "PROMPT_INJECTION", 10, 20)], [["JAILBREAK", 0, 50, 0.9, undefined], ["PROMPT_INJECTION", 10, 20, 0.9, undefined]]],
    ["evasion kept beside the secret it hides", [f("evasion", "ZERO_WIDTH_SPLIT", 5, 6), f("secret", "k", 0, 40)], [["ZERO_WIDTH_SPLIT", 5, 6, 0.9, undefined], ["k", 0, 40, 0.9, undefined]]],
  ])("%s", (_name, input, expected) => {
    expect(merged(input)).toEqual(expected);
  });

  it("does not mutate its input", () => {
    const input = [f("pii", "EMAIL_ADDRESS", 0, 10), f("pii", "EMAIL_ADDRESS", 5, 15)];
    const copy = structuredClone(input);
    mergeFindings(input, T);
    expect(input).toEqual(copy);
  });

  it("orders a long list exactly as one localeCompare sort would (types grouped, not compared per pair)", () => {
    // Reference: the whole list stably sorted by category, type (localeCompare), start, longer first, then the
    // same-type union. Non-content families only, so no conflict resolution is involved.
    const union = (list: Finding[]): Finding[] => {
      const sorted = [...list].sort((a, b) => a.category.localeCompare(b.category) || a.type.localeCompare(b.type) || a.start - b.start || b.end - a.end);
      const out: Finding[] = [];
      for (const x of sorted) {
        const cur = out[out.length - 1];
        if (cur && cur.category === x.category && cur.type === x.type && x.start < cur.end) {
          const best = x.score > cur.score ? x : cur;
          out[out.length - 1] = { ...best, start: cur.start, end: Math.max(cur.end, x.end) };
        } else out.push(x);
      }
      return out;
    };
    let seed = 3;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    // upper and lower case names: localeCompare and code-unit order disagree on them
    const types = ["b_type", "B_TYPE", "a", "Z", "zeta", "Alpha"];
    const cats: Finding["category"][] = ["injection", "evasion", "code"];
    for (const n of [10, 63, 64, 300]) {
      const list = Array.from({ length: n }, (_, i) => {
        const start = rand(2000);
        return { ...f(cats[rand(cats.length)] as Finding["category"], types[rand(types.length)] as string, start, start + 1 + rand(30), (1 + rand(9)) / 10), detector: `d${i}` };
      });
      // (each of these categories is its own family; families come out in order of first appearance)
      const families = [...new Set(list.map((x) => x.category))];
      expect(mergeFindings(list, T)).toEqual(families.flatMap((c) => union(list.filter((x) => x.category === c))));
    }
  });
});


describe("mergeFindings on very many findings", () => {
  it("merges 300,000 findings without overflowing the stack", () => {
    const many: Finding[] = [];
    for (let i = 0; i < 300_000; i++) many.push(f("pii", "PERSON", i * 10, i * 10 + 5));
    expect(mergeFindings(many, T)).toHaveLength(300_000);
  });
});
