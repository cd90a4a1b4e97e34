import type { JsonObject, JsonValue } from "../core/json.js";
import { WardenError } from "../core/warden-error.js";
import type { DetectionEngine } from "../detect/engine.js";

/** Categories whose values must not travel in structure (the model name, object keys, stop sequences). */
const GUARDED = new Set(["secret", "pii", "custom"]);
/**
 * In answers, only credentials and custom findings: a model's tool call may legitimately key a map by names or
 * e-mail addresses the conversation holds, and refusing the whole answer for that would break the call.
 */
const RESPONSE_GUARDED = new Set(["secret", "custom"]);
/** Clean strings remembered (model names, field names and schema property names repeat on every call). */
const CLEAN_MAX = 4096;
/** Fields whose string values are sent to the provider but are not text any adapter walks. */
const STOP_FIELDS = new Set(["stop", "stop_sequences"]);
/** Most object keys per request: past it the call is refused (what is not looked at must not pass). */
const MAX_KEYS = 100_000;

/**
 * Checks what the text walk does not read because it is structure, not text, yet travels to the provider as it came:
 * the `model` name (it routes the call, and is written to the request log and the audit entry's clear metadata),
 * every object key (metadata keys, tool-schema property names, tool_use input keys in the history) and stop
 * sequences. None of these can be rewritten without changing what the call means, so a value that the detectors
 * report there (an API key or an e-mail address appended to a routed name such as `gpt-4o-<key>`, a key used as a
 * metadata key) refuses the call, before it is routed, logged, forwarded or recorded:
 * `WARDEN_REQUEST_MODEL_REJECTED` for the model name, `WARDEN_REQUEST_FIELD_REJECTED` for the rest. The error names
 * the finding types and the kind of place, never the value. A detector error is left to the request stage that
 * follows, where the policy's fail mode applies to it. Strings found clean are remembered (bounded).
 */
export interface StructureCheck {
  /** Throws when `model` carries a protected value. */
  model(model: string): void;
  /** Throws when an object key or a stop sequence of `body` carries a protected value. */
  body(body: JsonObject): void;
  /**
   * Throws `WARDEN_POLICY_RESPONSE_BLOCKED` when an object key of a (non-streamed) answer carries a protected value:
   * a model can put one in a key of an Anthropic `tool_use` input, `{"AKIA…": true}`, which the text walk never
   * reads (streamed, the keys arrive inside `input_json_delta` text and are enforced there).
   */
  responseKeys(body: JsonObject): void;
}

export function createStructureCheck(engine: () => DetectionEngine): StructureCheck {
  // Separate memories: answers are checked for fewer categories than requests.
  const clean = new Set<string>();
  const cleanInAnswers = new Set<string>();
  const remember = (s: string, set = clean): void => {
    if (set.size >= CLEAN_MAX) set.clear();
    set.add(s);
  };
  /** Finding types in `text` the policy would act on (empty: none); undefined when a detector failed. */
  const protectedTypes = (text: string, guarded: ReadonlySet<string> = GUARDED): string[] | undefined => {
    const e = engine();
    const r = e.detect(text, { direction: "request" });
    const types = [...new Set(r.findings.filter((f) => guarded.has(f.category) && e.isActionable(f)).map((f) => f.type))];
    return types.length === 0 && r.errors.length > 0 ? undefined : types;
  };
  return {
    model(model) {
      if (clean.has(model)) return;
      const types = protectedTypes(model);
      if (types && types.length > 0) throw new WardenError("WARDEN_REQUEST_MODEL_REJECTED", { details: { finding_types: types } });
      if (types) remember(model);
    },
    body(body) {
      const r = freshStrings(body, true);
      if (r.overflow) throw new WardenError("WARDEN_REQUEST_FIELD_REJECTED", { details: { where: `more than ${MAX_KEYS} object keys` } });
      if (r.fresh.length === 0) return;
      const types = protectedTypes(r.fresh.join("\n"));
      if (types && types.length > 0) throw new WardenError("WARDEN_REQUEST_FIELD_REJECTED", { details: { finding_types: types, where: "object keys or stop sequences" } });
      if (types) for (const x of r.fresh) remember(x);
    },
    responseKeys(body) {
      const r = freshStrings(body, false, cleanInAnswers);
      const types = r.fresh.length > 0 ? protectedTypes(r.fresh.join("\n"), RESPONSE_GUARDED) : [];
      if (r.overflow || (types && types.length > 0)) {
        throw new WardenError("WARDEN_POLICY_RESPONSE_BLOCKED", { details: { reasons: [{ rule: "structure.object-keys", type: r.overflow ? "TOO_MANY_KEYS" : (types ?? []).join(","), category: "structure" }] } });
      }
      if (types) for (const x of r.fresh) remember(x, cleanInAnswers);
    },
  };

  /** The object keys (and, with `stops`, stop sequences) of `body` not yet known clean, one line each. */
  function freshStrings(body: JsonObject, stops: boolean, known: ReadonlySet<string> = clean): { fresh: string[]; overflow: boolean } {
    const fresh = new Set<string>();
    const add = (s: string): void => {
      if (s.length > 0 && !known.has(s)) fresh.add(s);
    };
    let budget = MAX_KEYS;
    const visit = (v: JsonValue, stop: boolean): void => {
      if (budget <= 0) return;
      if (typeof v === "string") {
        if (stop) add(v);
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
    return { fresh: [...fresh], overflow: budget <= 0 };
  }
}
