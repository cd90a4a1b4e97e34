import type { ConfigIssue } from "../core/config-error.js";

/**
 * The problem of a whole policy document that says nothing about rules (no `rules`, no `scopes`: `{}`, or only
 * settings such as `hashKey`), or undefined. Such a document compiles to a policy that allows every finding, which
 * is never what an empty or truncated document meant: where one is given as a whole (an inline `policy:` section, a
 * global policy through the admin API) it must say so (`rules: []`), as an empty policy file must
 * (load-policy.ts). Leaving the policy out is how the default policy is chosen.
 *
 * @example
 * ruleLessPolicyIssue({}); // { path: "rules", message: "..." }
 * ruleLessPolicyIssue({ rules: [] }); // undefined
 */
export function ruleLessPolicyIssue(raw: unknown, whereDefault: string): ConfigIssue | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  if ("rules" in raw || "scopes" in raw) return undefined;
  return { path: "rules", message: `a policy without 'rules' or 'scopes' would allow every finding: write 'rules: []' for a policy without rules (${whereDefault})` };
}
