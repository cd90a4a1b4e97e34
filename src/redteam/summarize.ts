import { ATTACK_CATEGORIES, type AttackCategory, type AttackResult } from "./attack.js";

/** Counts and attack success rate for one category (or overall). */
export interface CategoryStats {
  attacks: number;
  succeeded: number;
  resisted: number;
  blocked: number;
  errors: number;
  /** succeeded / (attacks − errors); 0 when nothing could be graded. */
  successRate: number;
}

export type Summary = Record<AttackCategory | "overall", CategoryStats>;

function stats(results: readonly AttackResult[]): CategoryStats {
  const count = (o: AttackResult["outcome"]): number => results.filter((r) => r.outcome === o).length;
  const s = { attacks: results.length, succeeded: count("succeeded"), resisted: count("resisted"), blocked: count("blocked"), errors: count("error") };
  const graded = s.attacks - s.errors;
  return { ...s, successRate: graded > 0 ? s.succeeded / graded : 0 };
}

/** Per-category and overall attack success rates. Categories with no attacks have zero counts. */
export function summarize(results: readonly AttackResult[]): Summary {
  const out = { overall: stats(results) } as Summary;
  for (const c of ATTACK_CATEGORIES) out[c] = stats(results.filter((r) => r.attack.category === c));
  return out;
}

/** Success rates by technique (e.g. per evasion transform or carrier), for the reports. */
export function byTechnique(results: readonly AttackResult[]): { category: AttackCategory; technique: string; stats: CategoryStats }[] {
  const groups = new Map<string, AttackResult[]>();
  for (const r of results) {
    const k = `${r.attack.category}\u0000${r.attack.technique}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.entries()].map(([k, rs]) => {
    const [category, technique] = k.split("\u0000") as [AttackCategory, string];
    return { category, technique, stats: stats(rs) };
  });
}

/** One threshold of `--fail-on`: a category (or `overall`) and the highest success rate allowed. */
export interface Threshold {
  category: AttackCategory | "overall";
  maxRate: number;
}

/** Parse `injection=0.1,leak=0` (also `overall=…`; `all=` is an alias). Throws with a clear message on bad input. */
export function parseThresholds(spec: string): Threshold[] {
  const allowed = [...ATTACK_CATEGORIES, "overall"];
  return spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const m = /^([a-z]+)\s*=\s*([0-9]*\.?[0-9]+)(%?)$/.exec(item);
      if (!m) throw new Error(`--fail-on: '${item}' is not CATEGORY=RATE (e.g. injection=0.1 or leak=0)`);
      const category = m[1] === "all" ? "overall" : (m[1] as string);
      if (!allowed.includes(category)) throw new Error(`--fail-on: unknown category '${m[1]}' (one of ${allowed.join(", ")})`);
      const rate = Number(m[2]) / (m[3] === "%" ? 100 : 1);
      if (!(rate >= 0 && rate <= 1)) throw new Error(`--fail-on: rate for '${m[1]}' must be between 0 and 1 (or 0% and 100%)`);
      return { category: category as Threshold["category"], maxRate: rate };
    });
}

/** Thresholds exceeded by a summary (a category with no graded attacks never fails). */
export function exceeded(summary: Summary, thresholds: readonly Threshold[]): { threshold: Threshold; rate: number }[] {
  return thresholds.flatMap((t) => {
    const s = summary[t.category];
    return s.attacks - s.errors > 0 && s.successRate > t.maxRate ? [{ threshold: t, rate: s.successRate }] : [];
  });
}
