import { STRUCTURAL_KEYS } from "../api/walk-text.js";
import type { Direction } from "../core/detector.js";
import type { Finding } from "../core/finding.js";
import type { JsonObject, JsonValue } from "../core/json.js";
import type { StructureString } from "../core/message-spec.js";
import { WardenError } from "../core/warden-error.js";
import type { CallTarget } from "../decide/compile-policy.js";
import type { DetectionEngine } from "../detect/engine.js";

/**
 * Whether the active policy acts on a finding in structure for one call (its threshold met and its winning rule
 * neither `allow` nor `monitor`): a policy that allows e-mail addresses for a tenant lets them through in metadata
 * keys too, and a policy threshold raised for PERSON applies there as in text.
 */
export type StructureActs = (target: CallTarget, direction: Direction) => (f: Finding) => boolean;

/** Categories whose values must not travel in structure (the model name, names, ids, object keys, stop sequences). */
const GUARDED = new Set(["secret", "pii", "custom"]);
/**
 * In answers, only credentials and custom findings: a model's tool call may legitimately key a map by names or
 * e-mail addresses the conversation holds, and refusing the whole answer for that would break the call.
 */
const RESPONSE_GUARDED = new Set(["secret", "custom"]);
/**
 * Types that are not protected on their own, as in the default policy: URLs and domain names are what structure
 * holds (`$schema`, `$id`, an MCP server's `url`), and an IP address that is a URL's host is part of it.
 */
const UNGUARDED_TYPES = new Set(["URL", "DOMAIN_NAME"]);
/** Clean strings remembered (model names, field names and schema property names repeat on every call). */
const CLEAN_MAX = 4096;
/** Fields whose string values are sent to the provider but are not text any adapter walks. */
const STOP_FIELDS = new Set(["stop", "stop_sequences"]);
/** Most object keys per request: past it the call is refused (what is not looked at must not pass). */
const MAX_KEYS = 100_000;
/** Longest string remembered as clean: a long one is rare in structure, and the memory stays small. */
const REMEMBER_MAX = 1024;
/** Field names a refusal may name (fixed API vocabulary; any other key is a caller's and could hold the value). */
const NAMED_FIELDS = new Set([...STRUCTURAL_KEYS, "name", "prompt_cache_key", "include", "version", "server_name", "server_label"]);

/** One string to check, and how a refusal names its place. */
interface Fresh {
  text: string;
  where: string;
}

/**
 * Checks what the text walk does not read because it is structure, not text, yet travels to the provider as it came:
 * the `model` name (it routes the call, and is written to the request log and the audit entry's clear metadata),
 * every object key (metadata keys, tool-schema property names, tool_use input keys in the history), stop
 * sequences, and the structural strings the endpoint adapter collected (`MessageSpec.structure`: tool and function
 * names, tool-call ids and the ids that answer them, `prompt_cache_key`, a named `tool_choice`, schema names, enums).
 * None of these can be rewritten without changing what the call means (a renamed tool no longer matches its
 * definition, a renamed call id no longer matches its result), so a value that the detectors report there (an API
 * key or an e-mail address appended to a routed name such as `gpt-4o-<key>`, a key used as a metadata key or as a
 * tool name) refuses the call, before it is routed, logged, forwarded or recorded: `WARDEN_REQUEST_MODEL_REJECTED`
 * for the model name, `WARDEN_REQUEST_FIELD_REJECTED` for the rest. The error names the finding types and the
 * places (`name`, `tool_call_id`, `object key`...), never the value. A detector error is left to the request stage
 * that follows, where the policy's fail mode applies to it. Strings without any finding of a guarded category are
 * remembered (bounded), whatever the policy: a string with a finding the policy lets through is scanned again on the
 * next call, since another tenant's policy may act on it.
 *
 * What is protected: findings of the guarded categories that the policy for the call (`target`) acts on, with the
 * policy's thresholds (`acts`); without a target or `acts`, those the engine's own thresholds make actionable.
 */
export interface StructureCheck {
  /** Throws when `model` carries a protected value. */
  model(model: string, target?: CallTarget): void;
  /**
   * Throws when an object key or a stop sequence of `body`, or one of its structural strings `structure` (as the
   * endpoint adapter collected them), carries a protected value.
   */
  body(body: JsonObject, structure?: readonly StructureString[], target?: CallTarget): void;
  /**
   * Throws `WARDEN_POLICY_RESPONSE_BLOCKED` when an object key of a (non-streamed) answer carries a protected value:
   * a model can put one in a key of an Anthropic `tool_use` input, `{"AKIA…": true}`, which the text walk never
   * reads (streamed, the keys arrive inside `input_json_delta` text and are enforced there).
   */
  responseKeys(body: JsonObject, target?: CallTarget): void;
}

export function createStructureCheck(engine: () => DetectionEngine, acts?: StructureActs): StructureCheck {
  // Separate memories: answers are checked for fewer categories than requests.
  const clean = new Set<string>();
  const cleanInAnswers = new Set<string>();
  // What was clean under one engine may not be under the next (a reloaded policy with new custom rules or a shorter
  // allowlist): the memories belong to the engine that found the strings clean.
  let lastEngine: DetectionEngine | undefined;
  const current = (): DetectionEngine => {
    const e = engine();
    if (e !== lastEngine) {
      clean.clear();
      cleanInAnswers.clear();
      lastEngine = e;
    }
    return e;
  };
  const remember = (s: string, set = clean): void => {
    if (s.length > REMEMBER_MAX) return;
    if (set.size >= CLEAN_MAX) set.clear();
    set.add(s);
  };
  /**
   * Finding types in `text` the policy would act on (`types`, empty: none), where each starts, and whether the text
   * has no guarded finding at all (`clean`: safe to remember); undefined when a detector failed.
   */
  const protectedFindings = (
    text: string,
    direction: Direction,
    target: CallTarget | undefined,
    guarded: ReadonlySet<string> = GUARDED,
  ): { types: string[]; starts: number[]; clean: boolean } | undefined => {
    const e = current();
    const r = e.detect(text, { direction: "request" });
    const urls = r.findings.filter((f) => f.type === "URL");
    const inUrl = (f: Finding): boolean => f.type === "IP_ADDRESS" && urls.some((u) => u.start <= f.start && f.end <= u.end);
    const candidates = r.findings.filter((f) => guarded.has(f.category) && !UNGUARDED_TYPES.has(f.type) && !inUrl(f));
    const acted = candidates.length > 0 && acts && target ? acts(target, direction) : (f: Finding) => e.isActionable(f);
    const found = candidates.filter(acted);
    const types = [...new Set(found.map((f) => f.type))];
    return types.length === 0 && r.errors.length > 0 ? undefined : { types, starts: found.map((f) => f.start), clean: candidates.length === 0 };
  };
  return {
    model(model, target) {
      current();
      if (clean.has(model)) return;
      const found = protectedFindings(model, "request", target);
      if (found && found.types.length > 0) throw new WardenError("WARDEN_REQUEST_MODEL_REJECTED", { details: { finding_types: found.types } });
      if (found?.clean) remember(model);
    },
    body(body, structure = [], target) {
      current();
      const r = freshStrings(body, true);
      if (r.overflow) throw new WardenError("WARDEN_REQUEST_FIELD_REJECTED", { details: { where: `more than ${MAX_KEYS} object keys` } });
      const fresh = r.places;
      const seen = new Set(r.fresh);
      for (const s of structure) {
        if (s.text.length === 0 || clean.has(s.text) || seen.has(s.text)) continue;
        seen.add(s.text);
        fresh.push({ text: s.text, where: s.key !== undefined && NAMED_FIELDS.has(s.key) ? s.key : "structural field" });
      }
      if (fresh.length === 0) return;
      // One scan of all the fresh strings, a line each; a finding names the place of the line it starts in.
      const found = protectedFindings(
        fresh.map((f) => f.text).join("\n"),
        "request",
        target,
      );
      if (found && found.types.length > 0) {
        const ends: number[] = [];
        let end = -1;
        for (const f of fresh) ends.push((end += f.text.length + 1));
        const where = new Set(found.starts.map((at) => fresh[ends.findIndex((e) => at < e)]?.where ?? "structural field"));
        throw new WardenError("WARDEN_REQUEST_FIELD_REJECTED", { details: { finding_types: found.types, where: [...where].sort().join(", ") } });
      }
      if (found?.clean) for (const x of fresh) remember(x.text);
    },
    responseKeys(body, target) {
      current();
      const r = freshStrings(body, false, cleanInAnswers);
      const found = r.fresh.length > 0 ? protectedFindings(r.fresh.join("\n"), "response", target, RESPONSE_GUARDED) : { types: [], starts: [], clean: true };
      const types = found?.types ?? [];
      if (r.overflow || types.length > 0) {
        throw new WardenError("WARDEN_POLICY_RESPONSE_BLOCKED", { details: { reasons: [{ rule: "structure.object-keys", type: r.overflow ? "TOO_MANY_KEYS" : types.join(","), category: "structure" }] } });
      }
      if (found?.clean) for (const x of r.fresh) remember(x, cleanInAnswers);
    },
  };

  /**
   * The object keys (and, with `stops`, stop sequences) of `body` not yet known clean, one line each, and with the
   * place each was first seen in (`places`).
   */
  function freshStrings(body: JsonObject, stops: boolean, known: ReadonlySet<string> = clean): { fresh: string[]; places: Fresh[]; overflow: boolean } {
    const fresh = new Set<string>();
    const places: Fresh[] = [];
    const add = (s: string, where = "object key"): void => {
      if (s.length > 0 && !known.has(s) && !fresh.has(s)) {
        fresh.add(s);
        places.push({ text: s, where });
      }
    };
    let budget = MAX_KEYS;
    const visit = (v: JsonValue, stop: boolean): void => {
      if (budget <= 0) return;
      if (typeof v === "string") {
        if (stop) add(v, "stop sequence");
        return;
      }
      if (Array.isArray(v)) {
        for (const x of v) visit(x, stop);
        return;
      }
      if (v === null || typeof v !== "object") return;
      for (const k in v) {
        budget--;
        add(k);
        visit(v[k] as JsonValue, stop || (stops && STOP_FIELDS.has(k)));
      }
    };
    visit(body, false);
    return { fresh: [...fresh], places, overflow: budget <= 0 };
  }
}
