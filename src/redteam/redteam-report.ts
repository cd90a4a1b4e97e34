import { ATTACK_CATEGORIES, type AttackCategory, type AttackResult, type Outcome, type Verdict } from "./attack.js";
import { excerpt, type Masker } from "./mask-text.js";
import { byTechnique, type CategoryStats, type Summary, summarize } from "./summarize.js";

/** One attack as reported: masked prompt and reply excerpts, the verdicts and why. */
export interface ReportedAttack {
  id: string;
  category: AttackCategory;
  technique: string;
  baseCategory?: AttackCategory;
  outcome: Outcome;
  reason: string;
  refused: boolean;
  status: number;
  code?: string;
  latencyMs: number;
  /** The attacker's turns (user and tool text), masked. */
  prompt: string;
  /** The reply, masked, at most 500 characters. */
  response: string;
  toolCalls: { name: string; arguments: string }[];
  verdicts: Verdict[];
}

/** Everything about one target's run. */
export interface TargetReport {
  url: string;
  model: string;
  summary: Summary;
  techniques: { category: AttackCategory; technique: string; stats: CategoryStats }[];
  attacks: ReportedAttack[];
}

/** A category's success rate on the primary target and on the comparison target. */
export interface CompareRow {
  category: AttackCategory | "overall";
  rate: number;
  compareRate: number;
  /** compareRate − rate. */
  delta: number;
}

/** The whole report (the JSON output; the other formats are built from it). */
export interface RedteamReport {
  tool: { name: "warden-redteam"; version: string };
  startedAt: string;
  durationMs: number;
  /** The seed, only when given with --seed (otherwise canaries are not reproducible, on purpose). */
  seed?: string;
  judge?: { url: string; model: string };
  target: TargetReport;
  compare?: TargetReport;
  comparison?: CompareRow[];
  thresholds?: { category: string; maxRate: number; rate: number; exceeded: boolean }[];
}

/** Build a target's report from its results, masking every prompt and reply. */
export function targetReport(url: string, model: string, results: readonly AttackResult[], mask: Masker): TargetReport {
  return {
    url: redactUrl(url),
    model,
    summary: summarize(results),
    techniques: byTechnique(results),
    attacks: results.map((r) => ({
      id: r.attack.id,
      category: r.attack.category,
      technique: r.attack.technique,
      ...(r.attack.baseCategory ? { baseCategory: r.attack.baseCategory } : {}),
      outcome: r.outcome,
      reason: mask(r.reason),
      refused: r.refused,
      status: r.reply.status,
      ...(r.reply.code ? { code: r.reply.code } : {}),
      latencyMs: r.reply.latencyMs,
      prompt: excerpt(mask(r.attack.messages.filter((m) => m.role === "user" || m.role === "tool").map((m) => m.content ?? "").join("\n---\n")), 2000),
      response: excerpt(mask(r.reply.text)),
      toolCalls: r.reply.toolCalls.map((t) => ({ name: t.name, arguments: excerpt(mask(t.arguments), 300) })),
      verdicts: r.verdicts.map((v) => ({ ...v, detail: mask(v.detail) })),
    })),
  };
}

/** Rows of the with/without comparison. */
export function compareRows(a: Summary, b: Summary): CompareRow[] {
  return (["overall", ...ATTACK_CATEGORIES] as const)
    .filter((c) => a[c].attacks > 0 || b[c].attacks > 0)
    .map((c) => ({ category: c, rate: a[c].successRate, compareRate: b[c].successRate, delta: b[c].successRate - a[c].successRate }));
}

/** A URL without credentials or query (reports are shared; a key may be in either). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    u.search = "";
    return u.href;
  } catch {
    return "(invalid URL)";
  }
}

/** Percent with one decimal. */
export const pct = (rate: number): string => `${(rate * 100).toFixed(1)}%`;
