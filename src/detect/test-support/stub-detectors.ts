import { registerDetector, type RegisteredDetector } from "../../core/detector.js";
import type { Finding, FindingCategory } from "../../core/finding.js";

/** A regex stub detector for engine tests (the real category detectors are tested in their folders). */
export function stubDetector(id: string, category: FindingCategory, type: string, pattern: RegExp, score = 0.9): RegisteredDetector {
  return registerDetector({
    meta: { id, category, entityTypes: [type], languages: ["*"], version: "0", description: `stub ${type}` },
    parseOptions: (raw: unknown) => {
      if (raw !== undefined && (typeof raw !== "object" || raw === null)) throw new TypeError("bad");
      return {};
    },
    create: () => ({
      meta: { id, category, entityTypes: [type], languages: ["*"], version: "0", description: `stub ${type}` },
      detect(input): Finding[] {
        const out: Finding[] = [];
        const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
        for (let m = re.exec(input.text); m !== null; m = re.exec(input.text)) {
          out.push({ detector: id, category, type, start: m.index, end: m.index + m[0].length, score, explanation: `stub ${type}` });
        }
        return out;
      },
    }),
  });
}

/** A stub that throws on every text. */
export function throwingDetector(id = "pii.broken"): RegisteredDetector {
  return registerDetector({
    meta: { id, category: "pii", entityTypes: ["X"], languages: ["*"], version: "0", description: "throws" },
    parseOptions: () => ({}),
    create: () => ({
      meta: { id, category: "pii", entityTypes: ["X"], languages: ["*"], version: "0", description: "throws" },
      detect(): Finding[] {
        throw new RangeError("boom");
      },
    }),
  });
}

/** Stubs standing in for the category detectors. */
export const STUBS: readonly RegisteredDetector[] = [
  stubDetector("pii.email", "pii", "EMAIL_ADDRESS", /[a-z0-9.]+@[a-z0-9]+\.[a-z]{2,}/),
  stubDetector("pii.url", "pii", "URL", /https?:\/\/[^\s]+/, 0.6),
  stubDetector("secret.github", "secret", "github-pat", /ghp_[A-Za-z0-9]{36}/, 0.95),
  stubDetector("injection.stub", "injection", "PROMPT_INJECTION", /ignore (?:all )?previous instructions/i, 0.9),
];
