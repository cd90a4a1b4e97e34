import { createHash, randomBytes } from "node:crypto";
import type { DataClass } from "../core/data-class.js";
import type { Direction, MessageRole } from "../core/detector.js";
import type { Finding } from "../core/finding.js";
import type { TextKind } from "../core/message-spec.js";
import { ConfigError, type ConfigIssue } from "../core/config-error.js";
import { defaultRuleType } from "../detect/custom/custom-rule.js";
import { DEFAULT_DETECTORS } from "../detect/default-detectors.js";
import { createDetectionEngine, type DetectionEngine } from "../detect/engine.js";
import { PII_SCANNERS } from "../detect/pii/pii-scanners.js";
import { mergeThresholds, type Thresholds } from "../detect/thresholds.js";
import { compileGlob, compileGlobs } from "./glob.js";
import { ACTION_RANK, type PolicyAction, type PolicyDocument, type PolicyRule, type RuleMatch, ruleMatchSchema } from "./policy-schema.js";
import { knownNames, unknownNameIssues, unknownProviderIssues } from "./unknown-name-issues.js";

/** One finding in its place, as rules see it. */
export interface MatchInput {
  finding: Finding;
  direction: Direction;
  role: MessageRole;
  /** What the text is (a tool definition, a tool result, ...); absent where the caller has no part. */
  kind?: TextKind;
  dataClasses: readonly DataClass[];
  /** Response only: does the value appear in the caller's own request? (lazy: only `origin` rules ask) */
  fromRequest?: () => boolean;
}

/** A rule ready to run. */
export interface CompiledRule {
  id: string;
  action: PolicyAction;
  rank: number;
  mode: "enforce" | "shadow";
  style: "label" | "numbered";
  keep: number;
  restore: boolean;
  reason: string | undefined;
  /** Scope the rule came from (`global` or the scope's id). */
  scope: string;
  matches(input: MatchInput): boolean;
}

/** The rules and settings that apply to one call target. */
export interface RuleSet {
  rules: readonly CompiledRule[];
  /** Policy thresholds (engine thresholds are merged under these by the caller). */
  thresholds: Thresholds;
  failMode: "closed" | "open";
  timeBudgetMs: number;
  /** Scopes applied, least specific first. */
  scopes: readonly string[];
}

export interface CallTarget {
  tenant: string;
  app: string;
  /** The model the caller asked for. */
  model: string;
  provider: string;
  /** The model the route sends upstream when it differs (an alias): a model scope matches either name. */
  upstreamModel?: string | undefined;
}

/** A validated policy compiled once at load: per-target rule sets are resolved lazily and cached. */
export interface CompiledPolicy {
  /** SHA-256 of the normalised policy (hex). */
  readonly version: string;
  readonly doc: PolicyDocument;
  readonly hashKey: Buffer;
  /** The detection engine the policy's `detection:` section asks for (undefined: the gateway's default engine). */
  readonly engine: DetectionEngine | undefined;
  resolve(target: CallTarget): RuleSet;
}

/** What the gateway knows beside the policy, to check names the policy uses. */
export interface PolicyContext {
  /** The configured provider names (`providers:` keys): a scope's `match.provider` must match one of them. */
  readonly providers?: readonly string[];
}

const DEFAULT_TIME_BUDGET_MS = 2_000;
const CACHE_LIMIT = 4_096;

/** JSON with sorted keys, so equal policies hash equally however they were written. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/** Content hash of a normalised policy. */
export function policyVersion(doc: PolicyDocument): string {
  return createHash("sha256").update(canonicalJson(doc)).digest("hex");
}

function compileMatch(m: RuleMatch): (input: MatchInput) => boolean {
  const tests: ((i: MatchInput) => boolean)[] = [];
  if (m.category) {
    const set = new Set<string>(m.category);
    tests.push((i) => set.has(i.finding.category));
  }
  if (m.type) {
    const t = compileGlobs(m.type);
    tests.push((i) => t(i.finding.type));
  }
  if (m.notType) {
    const t = compileGlobs(m.notType);
    tests.push((i) => !t(i.finding.type));
  }
  if (m.detector) {
    const t = compileGlobs(m.detector);
    tests.push((i) => t(i.finding.detector));
  }
  if (m.minScore !== undefined) {
    const min = m.minScore;
    tests.push((i) => i.finding.score >= min);
  }
  if (m.dataClass) {
    const set = new Set<string>(m.dataClass);
    tests.push((i) => i.dataClasses.some((c) => set.has(c)));
  }
  if (m.direction) {
    const set = new Set<string>(m.direction);
    tests.push((i) => set.has(i.direction));
  }
  if (m.role) {
    const set = new Set<string>(m.role);
    // `developer` messages are system instructions in newer OpenAI APIs: a `system` rule covers them too.
    tests.push((i) => set.has(i.role) || (i.role === "developer" && set.has("system")));
  }
  if (m.kind) {
    const set = new Set<string>(m.kind);
    tests.push((i) => i.kind !== undefined && set.has(i.kind));
  }
  if (m.origin) {
    const want = m.origin === "request";
    tests.push((i) => i.direction === "response" && (i.fromRequest?.() ?? false) === want);
  }
  return (i) => tests.every((t) => t(i));
}

function compileRule(r: PolicyRule, scope: string): CompiledRule {
  return {
    id: r.id,
    action: r.action,
    rank: ACTION_RANK[r.action],
    mode: r.mode,
    style: r.style ?? "label",
    keep: r.keep ?? 4,
    restore: r.restore ?? true,
    reason: r.reason ?? r.description,
    scope,
    matches: compileMatch(r.match),
  };
}

let processKey: Buffer | undefined;
/**
 * The `hash` key when the policy sets none: random, one per process (not per compile), so equal values keep hashing
 * equally across policy reloads (a file change, SIGHUP, another tenant's policy applied through the admin API).
 */
function processHashKey(): Buffer {
  processKey ??= randomBytes(32);
  return processKey;
}

/**
 * Compile a validated policy. Scope resolution: the global rules, then every scope whose `match` fits the call,
 * least specific first (fewest fields set; document order breaks ties). Each scope removes its `disable`d ids,
 * replaces inherited rules that share an id, appends new ones, and overrides thresholds and settings it sets.
 * Rules from more specific scopes come first in the result, so they win ties in conflict resolution.
 */
export function compilePolicy(doc: PolicyDocument, context: PolicyContext = {}): CompiledPolicy {
  const version = policyVersion(doc);
  // Every problem at once: a broken custom rule does not hide a rule naming an unknown type.
  const issues: ConfigIssue[] = [];
  let engine: DetectionEngine | undefined;
  if (doc.detection) {
    try {
      engine = buildEngine(doc.detection);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      issues.push(...err.issues);
    }
  }
  issues.push(...unknownNameIssues(doc, policyNames(doc, engine)));
  if (context.providers) issues.push(...unknownProviderIssues(doc, context.providers));
  if (issues.length > 0) throw new ConfigError(issues, "policy");
  const hashKey = doc.hashKey ? Buffer.from(doc.hashKey, "utf8") : processHashKey();
  const global = doc.rules.map((r) => compileRule(r, "global"));
  const scopes = doc.scopes.map((s, index) => {
    const id = s.id ?? `scope[${index}]`;
    const tests: ((t: CallTarget) => boolean)[] = [];
    if (s.match.tenant !== undefined) tests.push(((g) => (t) => g(t.tenant))(compileGlob(s.match.tenant)));
    if (s.match.app !== undefined) tests.push(((g) => (t) => g(t.app))(compileGlob(s.match.app)));
    if (s.match.model !== undefined) tests.push(((g) => (t) => g(t.model) || (t.upstreamModel !== undefined && g(t.upstreamModel)))(compileGlob(s.match.model, true)));
    if (s.match.provider !== undefined) tests.push(((g) => (t) => g(t.provider))(compileGlob(s.match.provider)));
    return { id, index, specificity: tests.length, test: (t: CallTarget) => tests.every((f) => f(t)), rules: s.rules.map((r) => compileRule(r, id)), scope: s };
  });
  const ordered = [...scopes].sort((a, b) => a.specificity - b.specificity || a.index - b.index);
  const cache = new Map<string, RuleSet>();

  function build(target: CallTarget): RuleSet {
    let rules: { rule: CompiledRule; depth: number }[] = global.map((rule) => ({ rule, depth: 0 }));
    let thresholds = mergeThresholds(doc.thresholds);
    let failMode = doc.failMode ?? "closed";
    let timeBudgetMs = doc.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    const applied: string[] = [];
    let depth = 0;
    for (const s of ordered) {
      if (!s.test(target)) continue;
      depth++;
      applied.push(s.id);
      const off = new Set(s.scope.disable);
      rules = rules.filter((r) => !off.has(r.rule.id));
      for (const rule of s.rules) {
        const at = rules.findIndex((r) => r.rule.id === rule.id);
        if (at >= 0) rules[at] = { rule, depth };
        else rules.push({ rule, depth });
      }
      thresholds = mergeThresholds(thresholds, s.scope.thresholds);
      if (s.scope.failMode) failMode = s.scope.failMode;
      if (s.scope.timeBudgetMs) timeBudgetMs = s.scope.timeBudgetMs;
    }
    const sorted = rules.map((r, i) => ({ ...r, i })).sort((a, b) => b.depth - a.depth || a.i - b.i);
    return { rules: sorted.map((r) => r.rule), thresholds: Object.freeze(thresholds), failMode, timeBudgetMs, scopes: ["global", ...applied] };
  }

  return {
    version,
    doc,
    hashKey,
    engine,
    resolve(target) {
      if (scopes.length === 0) {
        const hit = cache.get("");
        if (hit) return hit;
        const set = build(target);
        cache.set("", set);
        return set;
      }
      const key = `${target.tenant}\u0000${target.app}\u0000${target.model}\u0000${target.provider}\u0000${target.upstreamModel ?? ""}`;
      let set = cache.get(key);
      if (!set) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        set = build(target);
        cache.set(key, set);
      }
      return set;
    },
  };
}

/**
 * The detector ids and entity types the policy's rules can name: every built-in detector's (the PII set's scanners by
 * their own ids, as their findings carry them), the policy's custom rules (`custom.<id>`), and the enforcement
 * layer's own findings.
 */
function policyNames(doc: PolicyDocument, engine: DetectionEngine | undefined) {
  const custom = customRuleNames(doc.detection?.customRules);
  return knownNames([...DEFAULT_DETECTORS.map((d) => d.meta), ...(engine?.detectors ?? [])], {
    detectors: [...PII_SCANNERS.map((p) => p.id), ...custom.detectors],
    types: [...PII_SCANNERS.flatMap((p) => p.entityTypes), ...custom.types],
  });
}

/** Custom rules' detector ids and types, read without compiling them (a broken rule does not hide its siblings). */
function customRuleNames(raw: unknown): { detectors: string[]; types: string[] } {
  const detectors: string[] = [];
  const types: string[] = [];
  for (const r of Array.isArray(raw) ? raw : []) {
    if (typeof r !== "object" || r === null) continue;
    const { id, type } = r as Record<string, unknown>;
    if (typeof id !== "string") continue;
    detectors.push(`custom.${id}`);
    types.push(typeof type === "string" ? type : defaultRuleType(id));
  }
  return { detectors, types };
}

/**
 * Unknown entity types and detector ids in a raw policy that does not validate, so that they are reported with the
 * schema's problems (every problem at once) rather than after those are fixed. Rules whose `match` cannot be read
 * are skipped.
 */
export function rawUnknownNameIssues(raw: unknown): ConfigIssue[] {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const field = (v: unknown, k: string): unknown => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined);
  const rule = (r: unknown, i: number): PolicyRule => {
    const id = field(r, "id");
    const m = ruleMatchSchema.safeParse(field(r, "match") ?? {});
    return { id: typeof id === "string" ? id : String(i), match: m.success ? m.data : {} } as PolicyRule;
  };
  const doc = {
    rules: list(field(raw, "rules")).map(rule),
    scopes: list(field(raw, "scopes")).map((s) => ({ rules: list(field(s, "rules")).map(rule) })),
    detection: { customRules: field(field(raw, "detection"), "customRules") },
  } as unknown as PolicyDocument;
  return unknownNameIssues(doc, policyNames(doc, undefined));
}

/** Build the policy's detection engine; its ConfigError paths are put under `detection.`. */
function buildEngine(d: NonNullable<PolicyDocument["detection"]>): DetectionEngine {
  try {
    return createDetectionEngine({
      ...(d.enable ? { enable: d.enable } : {}),
      ...(d.disable ? { disable: d.disable } : {}),
      ...(d.detectorOptions ? { detectorOptions: d.detectorOptions } : {}),
      ...(d.customRules ? { customRules: d.customRules } : {}),
      ...(d.allowlist !== undefined ? { allowlist: d.allowlist } : {}),
    });
  } catch (err) {
    if (err instanceof ConfigError) throw new ConfigError(err.issues.map((i) => ({ ...i, path: `detection${i.path ? `.${i.path}` : ""}` })), "policy");
    throw err;
  }
}
