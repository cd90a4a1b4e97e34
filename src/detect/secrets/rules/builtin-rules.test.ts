import { describe, expect, it } from "vitest";
import { secretThresholds } from "../index.js";
import { validateSecretRules } from "../rule-set.js";
import { SecretScanner } from "../secret-scanner.js";
import { builtinSecretRules } from "./index.js";

// One scanner over every rule, as in production: a positive must survive overlap resolution too.
const scanner = new SecretScanner(builtinSecretRules, "secret.rules");

describe("built-in secret rules", () => {
  it("validate as a rule set and number at least 150", () => {
    expect(() => validateSecretRules(builtinSecretRules)).not.toThrow();
    expect(builtinSecretRules.length).toBeGreaterThanOrEqual(150);
  });

  it("use only bounded quantifiers (no *, + or {n,}) so that V8 cannot backtrack catastrophically", () => {
    for (const r of builtinSecretRules) {
      const shape = r.pattern.replace(/\\./g, "_").replace(/\[[^\]]*\]/g, "C");
      expect(shape, r.id).not.toMatch(/[*+]|\{\d+,\}/);
    }
  });

  it("have unique ids and a threshold each", () => {
    const ids = builtinSecretRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(secretThresholds[id]).toBeTypeOf("number");
  });

  describe.each(builtinSecretRules.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
    it("has positive and negative examples", () => {
      expect(rule.examples?.positive.length ?? 0).toBeGreaterThan(0);
      expect(rule.examples?.negative.length ?? 0).toBeGreaterThan(0);
    });

    it("reports every positive example with the exact secret span", () => {
      for (const ex of rule.examples?.positive ?? []) {
        const found = scanner.scan(ex.text).filter((f) => f.type === rule.id);
        const spans = found.map((f) => ex.text.slice(f.start, f.end));
        expect(spans, ex.text).toContain(ex.secret);
        for (const f of found) {
          expect(f.category).toBe("secret");
          expect(f.score).toBeGreaterThan(0);
          expect(f.score).toBeLessThanOrEqual(1);
          expect(f.explanation).not.toContain(ex.secret);
        }
      }
    });

    it("does not report its negative examples", () => {
      for (const ex of rule.examples?.negative ?? []) {
        expect(scanner.scan(ex.text).filter((f) => f.type === rule.id), ex.text).toEqual([]);
      }
    });
  });
});
