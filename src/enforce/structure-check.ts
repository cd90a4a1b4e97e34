import type { JsonObject, JsonValue } from "../core/json.js";
import { WardenError } from "../core/warden-error.js";
import type { DetectionEngine } from "../detect/engine.js";

/** Categories whose values must not travel in structure (the model name, object keys, stop sequences). */
const GUARDED = new Set(["secret", "pii", "custom"]);
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
}

export function createStructureCheck(engine: () => DetectionEngine): StructureCheck {
  const clean = new Set<string>();
  const remember = (s: string): void => {
    if (clean.size >= CLEAN_MAX) clean.clear();
    clean.add(s);
  };
  /** Finding types in `text` the policy would act on (empty: none); undefined when a detector failed. */
  const protectedTypes = (text: string): string[] | undefined => {
    const e = engine();
    const r = e.detect(text, { direction: "request" });
    const types = [...new Set(r.findings.filter((f) => GUARDED.has(f.category) && e.isActionable(f)).map((f) => f.type))];
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
      const fresh = new Set<string>();
      const add = (s: string): void => {
        if (s.length > 0 && !clean.has(s)) fresh.add(s);
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
          visit(v[k] as JsonValue, stop || STOP_FIELDS.has(k));
        }
      };
      visit(body, false);
      if (budget <= 0) throw new WardenError("WARDEN_REQUEST_FIELD_REJECTED", { details: { where: `more than ${MAX_KEYS} object keys` } });
      if (fresh.size === 0) return;
      // One detection over all new strings, one per line (a value cannot run from one into the next).
      const list = [...fresh];
      const types = protectedTypes(list.join("\n"));
      if (types && types.length > 0) throw new WardenError("WARDEN_REQUEST_FIELD_REJECTED", { details: { finding_types: types, where: "object keys or stop sequences" } });
      if (types) for (const s of list) remember(s);
    },
  };
}
