import type { z } from "zod";
import { WardenError } from "../core/warden-error.js";

/**
 * Validate a body or query against a strict zod schema: every problem at once, with its path, as a 400 with a stable
 * code (`WARDEN_ADMIN_INVALID_BODY` / `_QUERY`). Messages name fields, never echo values.
 */
export function parseInput<T extends z.ZodTypeAny>(schema: T, value: unknown, what: "body" | "query" = "body"): z.output<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data as z.output<T>;
  const issues = r.error.issues.slice(0, 50).map((i) => ({ path: i.path.join("."), message: valueFreeMessage(i) }));
  throw new WardenError(what === "body" ? "WARDEN_ADMIN_INVALID_BODY" : "WARDEN_ADMIN_INVALID_QUERY", { details: { issues } });
}

/**
 * zod's default message, except where it quotes the caller's input: an enum mismatch ends with `received '<value>'`,
 * unrecognized keys are listed by name (a caller may paste a secret into either). The admin schemas use no
 * `z.record`, so paths hold schema field names and indexes only.
 */
function valueFreeMessage(issue: z.ZodIssue): string {
  if (issue.code === "invalid_enum_value") return `Invalid enum value. Expected ${issue.options.map((o) => `'${String(o)}'`).join(" | ")}`;
  if (issue.code === "unrecognized_keys") return `${issue.keys.length} unrecognized key(s) in object (not named here: they may hold values)`;
  return issue.message;
}

/** A query string as a plain object (a repeated parameter is an error: each filter takes one value). */
export function queryObject(q: URLSearchParams): Record<string, string> {
  // No prototype: `?__proto__=x` becomes an own (unknown, so refused) parameter instead of vanishing into a setter.
  const out = Object.create(null) as Record<string, string>;
  for (const [k, v] of q) {
    if (Object.hasOwn(out, k)) throw new WardenError("WARDEN_ADMIN_INVALID_QUERY", { details: { issues: [{ path: k, message: "given more than once" }] } });
    out[k] = v;
  }
  return out;
}
