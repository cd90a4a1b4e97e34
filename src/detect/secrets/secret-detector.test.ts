import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/config-error.js";
import { withCrc32Suffix } from "./checksum.js";
import { secretDetectors, secretThresholds } from "./index.js";
import { secretRulesDetector } from "./secret-detector.js";
import { mixedCorpus } from "./synthetic-corpus.js";

const ctx = { direction: "request" as const };
const pat = withCrc32Suffix("ghp_", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6");

describe("secret.rules detector", () => {
  it("is registered with its metadata", () => {
    expect(secretDetectors.map((d) => d.meta.id)).toEqual(["secret.rules", "secret.seed-phrase"]);
    expect(secretRulesDetector.meta.category).toBe("secret");
    expect(secretRulesDetector.meta.entityTypes).toContain("github-pat");
    // one threshold per rule id, plus the seed-phrase detector's one type
    expect(Object.keys(secretThresholds).length).toBe(secretRulesDetector.meta.entityTypes.length + 1);
    expect(secretThresholds["bip39-seed-phrase"]).toBe(0.6);
    expect(secretThresholds["stripe-publishable-key"]).toBeGreaterThan(0.5);
  });

  it.each<[unknown, string[]]>([
    [{ disabledRules: ["nope"] }, ["disabledRules[0]"]],
    [{ generic: "yes", other: 1 }, ["other", "generic"]],
    [{ disabledRules: "github-pat" }, ["disabledRules"]],
  ])("rejects bad options %j naming the fields", (raw, paths) => {
    try {
      secretRulesDetector.build(raw);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).issues.map((i) => i.path).sort()).toEqual([...paths].sort());
    }
  });

  it("honours disabledRules and generic:false", () => {
    const text = `token: ${pat}\ndb_password = "Vx9#qL2!mZ7rT4"`;
    const all = secretRulesDetector.build({}).detect({ text, context: ctx }).map((f) => f.type);
    expect(all).toEqual(["github-pat", "generic-password-assignment"]);
    const noGh = secretRulesDetector.build({ disabledRules: ["github-pat"] }).detect({ text, context: ctx });
    // Without the specific rule, the value is left to the generic rules (here the `token:` assignment).
    expect(noGh.map((f) => f.type)).not.toContain("github-pat");
    expect(noGh.map((f) => f.type)).toContain("generic-password-assignment");
    const specific = secretRulesDetector.build({ generic: false }).detect({ text, context: ctx });
    expect(specific.map((f) => f.type)).toEqual(["github-pat"]);
  });

  it("lets a specific rule win over an overlapping generic one", () => {
    const text = `GITHUB_TOKEN="${pat}"`;
    const found = secretRulesDetector.build({}).detect({ text, context: ctx });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: "github-pat", start: 14, end: 14 + pat.length, score: 0.98, detector: "secret.rules" });
    expect(found[0]?.explanation).not.toContain(pat);
  });
});

describe("robustness", () => {
  const d = secretRulesDetector.build({});
  const check = (text: string): void => {
    const found = d.detect({ text, context: ctx });
    for (const f of found) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.score).toBeGreaterThan(0);
      expect(f.score).toBeLessThanOrEqual(1);
    }
  };
  const fragments = [
    "ghp_", "xoxb-", "sk-ant-api03-", "AKIA", "eyJ", "-----BEGIN RSA PRIVATE KEY-----", "password=", "token: ",
    "postgres://u:", "@", "Q~", ":AA", "T3BlbkFJ", "\n", '"', "'", "=", "AAAA", "0123456789abcdef", "\u0000", "\uD83D", "💥",
  ];

  it("never throws on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => check(s)), { numRuns: 400 });
  });

  it("never throws on random mixtures of token fragments", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 40 })), { maxLength: 60 }), (parts) =>
        check(parts.join("")),
      ),
      { numRuns: 400 },
    );
  });

  it("handles pathological inputs in linear time", () => {
    const cases = [
      "password=".repeat(20000),
      "a".repeat(200000),
      "-----BEGIN PRIVATE KEY-----".repeat(3000),
      "eyJ".repeat(60000),
      `token ${"A".repeat(100000)}`,
      "https://user:".repeat(10000),
    ];
    for (const text of cases) {
      const t0 = performance.now();
      check(text);
      expect(performance.now() - t0, text.slice(0, 30)).toBeLessThan(2000);
    }
  });

  it("scales linearly with input size", () => {
    // CPU time, best of three: robust on a shared machine. Quadratic cost would be 16x for 4x input.
    const cpuMs = (text: string): number => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const c0 = process.cpuUsage();
        d.detect({ text, context: ctx });
        const c = process.cpuUsage(c0);
        best = Math.min(best, (c.user + c.system) / 1000);
      }
      return best;
    };
    const small = mixedCorpus(256 * 1024, "lin");
    const big = mixedCorpus(1024 * 1024, "lin");
    cpuMs(small);
    expect(cpuMs(big)).toBeLessThan(Math.max(9 * cpuMs(small), 40));
  });
});

describe("shared keyword pass", () => {
  it("finds the same with the engine's shared scan as with its own keyword pass", async () => {
    const { createSharedScan } = await import("../shared/shared-scan.js");
    const { syntheticSecretDocs } = await import("./synthetic-corpus.js");
    const d = secretRulesDetector.build(undefined);
    const texts = [...syntheticSecretDocs("shared-keywords", 200).map((doc) => doc.text), mixedCorpus(64 * 1024, "shared-keywords")];
    let found = 0;
    for (const text of texts) {
      const own = d.detect({ text, context: { direction: "request" } });
      const shared = d.detect({ text, context: { direction: "request" }, shared: createSharedScan(text) });
      expect(shared).toEqual(own);
      found += own.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});
