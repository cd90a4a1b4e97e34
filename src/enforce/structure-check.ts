import { STRUCTURAL_KEYS } from "../api/walk-text.js";
import type { Finding } from "../core/finding.js";
import type { JsonObject, JsonValue } from "../core/json.js";
import type { StructureString } from "../core/message-spec.js";
import { WardenError } from "../core/warden-error.js";
import type { DetectionEngine } from "../detect/engine.js";

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
 * that follows, where the policy's fail mode applies to it. Strings found clean are remembered (bounded).
 */
export interface StructureCheck {
  /** Throws when `model` carries a protected value. */
  model(model: string): void;
  /**
   * Throws when an object key or a stop sequence of `body`, or one of its structural strings `structure` (as the
   * endpoint adapter collected them), carries a protected value.
   */
  body(body: JsonObject, structure?: readonly StructureString[]): void;
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
  /** Finding types in `text` the policy would act on (empty: none); undefined when a detector failed. */
  const protectedTypes = (text: string, guarded: ReadonlySet<string> = GUARDED): string[] | undefined => protectedFindings(text, guarded)?.types;
  /** {@link protectedTypes}, with where each finding starts. */
  const protectedFindings = (text: string, guarded: ReadonlySet<string> = GUARDED): { types: string[]; starts: number[] } | undefined => {
    const e = current();
    const r = e.detect(text, { direction: "request" });
    const urls = r.findings.filter((f) => f.type === "URL");
    const inUrl = (f: Finding): boolean => f.type === "IP_ADDRESS" && urls.some((u) => u.start <= f.start && f.end <= u.end);
    const found = r.findings.filter((f) => guarded.has(f.category) && !UNGUARDED_TYPES.has(f.type) && !inUrl(f) && e.isActionable(f));
    const types = [...new Set(found.map((f) => f.type))];
    return types.length === 0 && r.errors.length > 0 ? undefined : { types, starts: found.map((f) => f.start) };
  };
  return {
    model(model) {
      current();
      if (clean.has(model)) return;
      const types = protectedTypes(model);
      if (types && types.length > 0) throw new WardenError("WARDEN_REQUEST_MODEL_REJECTED", { details: { finding_types: types } });
      if (types) remember(model);
    },
    body(body, structure = []) {
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
      const found = protectedFindings(fresh.map((f) => f.text).join("\n"));
      if (found && found.types.length > 0) {
        const ends: number[] = [];
        let end = -1;
        for (const f of fresh) ends.push((end += f.text.length + 1));
        const where = new Set(found.starts.map((at) => fresh[ends.findIndex((e) => at < e)]?.where ?? "structural field"));
        throw new WardenError("WARDEN_REQUEST_FIELD_REJECTED", { details: { finding_types: found.types, where: [...where].sort().join(", ") } });
      }
      if (found) for (const x of fresh) remember(x.text);
    },
    responseKeys(body) {
      current();
      const r = freshStrings(body, false, cleanInAnswers);
      const types = r.fresh.length > 0 ? protectedTypes(r.fresh.join("\n"), RESPONSE_GUARDED) : [];
      if (r.overflow || (types && types.length > 0)) {
        throw new WardenError("WARDEN_POLICY_RESPONSE_BLOCKED", { details: { reasons: [{ rule: "structure.object-keys", type: r.overflow ? "TOO_MANY_KEYS" : (types ?? []).join(","), category: "structure" }] } });
      }
      if (types) for (const x of r.fresh) remember(x, cleanInAnswers);
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
