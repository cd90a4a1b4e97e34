import { FINDING_CATEGORIES } from "../core/finding.js";
import { z } from "zod";
import { DATA_CLASSES } from "../core/data-class.js";
import { POLICY_ACTIONS, type PolicyAction } from "../core/decision.js";
import { TEXT_KINDS } from "../core/message-spec.js";
import { ruleLessPolicyIssue } from "./rule-less-policy-issue.js";

/** What a rule does with the findings it matches. Ordered from least to most restrictive in {@link ACTION_RANK}. */
export const ACTIONS = POLICY_ACTIONS;
export type { PolicyAction };

/**
 * Conflict resolution: when several rules match one finding, the highest rank wins (block > transforms > monitor >
 * allow). Among the transforms, tokenize (reversible, nothing reaches the model) ranks above redact, mask and hash so
 * that a value is never weaker-protected than any matching rule asks; ties go to the rule listed first in the most
 * specific scope.
 */
export const ACTION_RANK: Readonly<Record<PolicyAction, number>> = { allow: 0, monitor: 1, hash: 2, mask: 3, redact: 4, tokenize: 5, block: 6 };

export { FINDING_CATEGORIES };
export const ROLES = ["system", "developer", "user", "assistant", "tool"] as const;
export const DIRECTIONS = ["request", "response"] as const;

/** A value or a list of values (YAML authors write `category: pii` as often as `category: [pii, secret]`). */
function oneOrMany<T extends z.ZodTypeAny>(item: T) {
  // A value that fits neither form would be reported as zod's bare "Invalid input": an enum's is named, with the
  // values allowed.
  const allowed: readonly string[] | undefined = item instanceof z.ZodEnum ? (item.options as string[]) : undefined;
  const errorMap: z.ZodErrorMap = (issue, ctx) => {
    if (issue.code !== z.ZodIssueCode.invalid_union || !allowed) return { message: ctx.defaultError };
    const values: unknown[] = Array.isArray(ctx.data) ? ctx.data : [ctx.data];
    const bad = values.filter((v) => typeof v !== "string" || !allowed.includes(v)).map((v) => JSON.stringify(v));
    return { message: `${bad.join(", ") || "the value"} ${bad.length > 1 ? "are" : "is"} not one of: ${allowed.join(", ")} (one value or a list)` };
  };
  const empty = allowed ? `an empty list: give one or more of: ${allowed.join(", ")}` : "an empty list: give one value or more";
  return z.union([item, z.array(item).min(1, empty)], { errorMap }).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
}

const ruleMatch = z
  .object({
    /** Finding categories (`pii`, `secret`, `injection`, `leakage`, ...). */
    category: oneOrMany(z.enum(FINDING_CATEGORIES)).optional().describe("Finding categories (pii, secret, injection, leakage, ...)."),
    /** Entity types (`EMAIL_ADDRESS`, `PERSON`, `aws-access-key-id`, `JAILBREAK`, ...); `*` globs allowed. */
    type: oneOrMany(z.string().min(1)).optional().describe("Entity types (EMAIL_ADDRESS, PERSON, aws-access-key-id, JAILBREAK, ...); * globs allowed."),
    /** Entity types (globs) this rule never matches, e.g. `[URL, DOMAIN_NAME]`. */
    notType: oneOrMany(z.string().min(1)).optional().describe("Entity types (globs) this rule never matches, e.g. [URL, DOMAIN_NAME]."),
    /** Detector ids or globs (`pii.*`). */
    detector: oneOrMany(z.string().min(1)).optional().describe("Detector ids or globs (pii.*)."),
    /** Minimum score (in addition to the type's threshold). */
    minScore: z.number().min(0).max(1).optional().describe("Minimum score (in addition to the type's threshold)."),
    /** Data classes of the finding (PII, PHI, PCI, SECRET, SOURCE_CODE, CONFIDENTIAL). */
    dataClass: oneOrMany(z.enum(DATA_CLASSES)).optional().describe("Data classes of the finding (PII, PHI, PCI, SECRET, SOURCE_CODE, CONFIDENTIAL)."),
    direction: oneOrMany(z.enum(DIRECTIONS)).optional().describe("request and/or response."),
    /** Role of the message the text belongs to. */
    role: oneOrMany(z.enum(ROLES)).optional().describe("Role of the message the text belongs to."),
    /** What the text is: `tool_definition` (tool names' descriptions and schemas), `tool_result`, `system`, `text`, ... */
    kind: oneOrMany(z.enum(TEXT_KINDS)).optional().describe("What the text is: tool_definition (tool descriptions and parameter schemas), tool_result, system, text, document, ..."),
    /**
     * Where a response value came from: `model` matches only values that do not appear in the caller's own request
     * (so PII the caller supplied can be echoed back); `request` only values that do.
     */
    origin: z.enum(["model", "request"]).optional(),
  })
  .strict();

const ruleSchema = z
  .object({
    /** Stable id, reported in decisions and block reasons. */
    id: z.string().regex(/^[A-Za-z0-9_.:-]+$/, "ids use letters, digits, '_', '.', ':' and '-'").describe("Stable id, reported in decisions and block reasons."),
    description: z.string().optional(),
    match: ruleMatch.default({}).describe("Which findings the rule applies to; every given field must match (an empty match matches all)."),
    action: z.enum(ACTIONS).describe("allow, monitor, hash, mask, redact, tokenize or block; the most restrictive matching rule wins."),
    /** `shadow`: evaluate and record what would have happened, change nothing. */
    mode: z.enum(["enforce", "shadow"]).default("enforce").describe("shadow: evaluate and record what would have happened, change nothing."),
    /** redact: `label` → `[EMAIL_ADDRESS]`; `numbered` → `[PERSON_1]`, the same number for the same value in a conversation. */
    style: z.enum(["label", "numbered"]).optional().describe("redact: label → [EMAIL_ADDRESS]; numbered → [PERSON_1], the same number for the same value in a conversation."),
    /** mask: how many trailing characters stay visible (default 4). */
    keep: z.number().int().min(0).max(64).optional().describe("mask: how many trailing characters stay visible (default 4)."),
    /** tokenize: give the caller the original value back in the response (default true). */
    restore: z.boolean().optional().describe("tokenize: give the caller the original value back in the response (default true)."),
    /** Why this rule exists (shown in decisions). */
    reason: z.string().optional().describe("Why this rule exists (shown in decisions)."),
  })
  .strict();

const scopeMatch = z
  .object({
    tenant: z.string().min(1).optional(),
    app: z.string().min(1).optional(),
    /** Glob over the requested model name (`gpt-4*`). */
    model: z.string().min(1).optional().describe("Glob over the requested model name (gpt-4*)."),
    provider: z.string().min(1).optional(),
  })
  .strict();

const thresholdsSchema = z.record(z.number().min(0).max(1));

const leakageSchema = z
  .object({
    /** Characters of the system prompt an output must reproduce (whitespace and case folded) to count as a leak. */
    minLength: z.number().int().min(8).max(10_000).default(40).describe("Characters of the system prompt an output must reproduce (whitespace and case folded) to count as a leak."),
    /** Strings that must never appear in output (e.g. a canary planted in the system prompt). */
    canaries: z.array(z.string().min(4)).default([]).describe("Strings that must never appear in output (e.g. a canary planted in the system prompt)."),
  })
  .strict();

const settings = {
  /** Detector error or time-budget overrun: refuse (`closed`, default) or forward and record (`open`). */
  failMode: z.enum(["closed", "open"]).optional().describe("Detector error or time-budget overrun: refuse (closed, default) or forward and record (open)."),
  /** Longest detection may take per call direction before it counts as a control failure. */
  timeBudgetMs: z.number().int().positive().max(600_000).optional().describe("Longest detection may take per call direction before it counts as a control failure."),
  /** Score thresholds per type/detector/category (merged over the detectors' defaults). */
  thresholds: thresholdsSchema.optional(),
};

const scopeSchema = z
  .object({
    id: z.string().min(1).optional(),
    match: scopeMatch.describe("Calls the scope applies to; scopes apply least specific first."),
    ...settings,
    /** Rules added here; a rule with the id of an inherited rule replaces it. */
    rules: z.array(ruleSchema).default([]).describe("Rules added here; a rule with the id of an inherited rule replaces it."),
    /** Ids of inherited rules that do not apply in this scope. */
    disable: z.array(z.string()).default([]).describe("Ids of inherited rules that do not apply in this scope."),
  })
  .strict();

const adaptiveSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Half-life of a principal's risk score. */
    halfLifeSeconds: z.number().positive().default(600).describe("Half-life of a principal's risk score."),
    /** Score added per actionable finding, by category (defaults: injection 5, secret 2, others 0). */
    weights: z.record(z.number().min(0)).default({}).describe("Score added per actionable finding, by category (defaults: injection 5, secret 2, others 0)."),
    /** Score at or above which every finding that would be allowed/monitored is redacted instead. */
    redactAt: z.number().positive().optional().describe("Score at or above which every finding that would be allowed/monitored is redacted instead."),
    /** Score at or above which requests with any actionable finding are blocked. */
    blockAt: z.number().positive().optional().describe("Score at or above which requests with any actionable finding are blocked."),
    /** Score at or above which the key is refused outright for `quarantineSeconds`. */
    quarantineAt: z.number().positive().optional().describe("Score at or above which the key is refused outright for quarantineSeconds."),
    quarantineSeconds: z.number().int().positive().default(300),
  })
  .strict();

/** A policy document (the `policy:` section of the config, or a policy file). */
export const policySchema = z
  .object({
    /** Free-form label (the content hash is the real version). */
    name: z.string().optional().describe("Free-form label (the content hash is the real version)."),
    ...settings,
    /** Key for `hash` (HMAC-SHA256); a random per-process key when absent (hashes then differ across restarts). */
    hashKey: z.string().min(16).optional().describe("Key for hash (HMAC-SHA256); a random per-process key when absent (hashes then differ across restarts)."),
    vault: z
      .object({
        /** How long a conversation's token mappings live after last use. */
        ttlSeconds: z.number().int().positive().max(30 * 24 * 3600).default(3600).describe("How long a conversation's token mappings live after last use."),
        /** Request header naming the conversation (tokens and numbering are per conversation; default: per API key). */
        conversationHeader: z.string().min(1).default("x-warden-conversation").describe("Request header naming the conversation (tokens and numbering are per conversation; default: per API key)."),
        /** Most mappings kept per conversation. */
        maxEntries: z.number().int().positive().default(10_000).describe("Most mappings kept per conversation."),
      })
      .strict()
      .default({}),
    leakage: leakageSchema.default({}),
    detection: z
      .object({
        enable: z.array(z.string().min(1)).optional().describe("Detectors to run: ids, categories (pii) or globs (secret.*); default all."),
        disable: z.array(z.string().min(1)).optional().describe("Detectors not to run (applied after enable)."),
        detectorOptions: z.record(z.unknown()).optional().describe("Options per detector id (see docs/detection.md)."),
        customRules: z.array(z.unknown()).optional().describe("Custom detectors: regexes (re2) and keyword lists (see docs/detection.md); findings have category custom."),
        allowlist: z.unknown().optional().describe("Values and whole-value regexes never reported (see docs/detection.md)."),
      })
      .strict()
      .optional()
      .describe("Detection engine options for this policy; validated when the policy is compiled."),
    stream: z
      .object({
        /**
         * Hold-back window for streamed output, in characters: the longest match that is still caught when split
         * across events (vault tokens are always covered). Text further back than this flows on at once.
         */
        holdBack: z.number().int().min(16).max(1_000_000).default(512),
      })
      .strict()
      .default({}),
    rules: z.array(ruleSchema).default([]),
    scopes: z.array(scopeSchema).default([]),
    adaptive: adaptiveSchema.optional(),
  })
  .strict();

/**
 * The config's `policy:` section: a policy inline, or `file:` / `files:` naming policy files (merged in order, see
 * load-policy). Inline policies are validated here so config errors carry their `policy.…` paths.
 */
export const policyConfigSchema = z
  .object({ file: z.string().min(1).optional(), files: z.array(z.string().min(1)).min(1).optional() })
  .passthrough()
  .superRefine((v, ctx) => {
    if (v.file !== undefined || v.files !== undefined) {
      const extra = Object.keys(v).filter((k) => k !== "file" && k !== "files");
      if (v.file !== undefined && v.files !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "give either 'file' or 'files', not both" });
      for (const k of extra) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [k], message: "a policy given by file(s) cannot also have inline fields" });
      return;
    }
    const ruleLess = ruleLessPolicyIssue(v, "or leave 'policy:' out for the default policy");
    if (ruleLess) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [ruleLess.path], message: ruleLess.message });
    const r = policySchema.safeParse(v);
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.path, message: issue.message });
  });

export type PolicyDocument = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type PolicyRule = z.output<typeof ruleSchema>;
export type PolicyScope = z.output<typeof scopeSchema>;
export type RuleMatch = z.output<typeof ruleMatch>;
/** One rule's `match`, alone (to read what can be read of a policy that does not validate). */
export const ruleMatchSchema = ruleMatch;
export type PolicyConfig = z.output<typeof policyConfigSchema>;
