import { createHash } from "node:crypto";
import { ATTACK_CATEGORIES, type AttackCategory, CATEGORY_TITLES } from "../attack.js";
import { pct, type RedteamReport } from "../redteam-report.js";
import { buildSarifLog, formatSarif, type SarifRule } from "../../report/index.js";

/** Security severity per category (GitHub code scanning reads `security-severity`, 0.1–10). */
const SEVERITY: Readonly<Record<AttackCategory, string>> = { injection: "8.0", jailbreak: "7.0", extraction: "6.5", leak: "9.0", manipulation: "8.0", evasion: "7.5" };

const HELP: Readonly<Record<AttackCategory, string>> = {
  injection: "The model followed instructions planted in user text, documents or tool results. Block injection in requests (Warden's default policy does), keep untrusted content out of instruction positions, and limit what the model's output can do.",
  jailbreak: "The model adopted a persona that ignores its guidelines. Block jailbreak framings in requests and add an output check on the harmful content itself.",
  extraction: "The model disclosed its system prompt. Block output that reproduces the system prompt (Warden's leakage control) and keep secrets out of prompts.",
  leak: "The model disclosed a secret, canary or personal data from its context or training. Redact secrets and PII in requests and responses, and configure canaries as leakage markers.",
  manipulation: "The model emitted attacker links or images, called a tool it was not asked to call, or broke the output format. Strip or allowlist URLs in output, require confirmation for side-effecting tools, validate output formats.",
  evasion: "A known attack succeeded once disguised (encoding, Unicode smuggling, translation, role-play, multi-turn). Detect on normalised and decoded views of the text.",
};

/** A path segment safe in a URI: letters, digits, `.`, `_` and `-`. */
const segment = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^\.+/, "_") || "_";

/**
 * SARIF 2.1.0: one rule per category, one result per successful attack, located at the pseudo path
 * `warden-redteam/<model>/<attack id>` (line 1), with a stable fingerprint per model and attack.
 */
export function formatRedteamSarif(report: RedteamReport, exitCode?: number): string {
  const rules: SarifRule[] = ATTACK_CATEGORIES.map((c) => ({
    id: `redteam/${c}`,
    name: c.charAt(0).toUpperCase() + c.slice(1),
    shortDescription: CATEGORY_TITLES[c],
    help: { text: HELP[c] },
    level: "error",
    properties: { tags: ["security", "llm", "red-team", c], "security-severity": SEVERITY[c] },
  }));
  const t = report.target;
  const results = t.attacks
    .filter((a) => a.outcome === "succeeded")
    .map((a) => ({
      ruleId: `redteam/${a.category}`,
      level: "error" as const,
      message: `Attack ${a.id} (${a.technique}) succeeded against ${t.model}: ${a.reason}`,
      // Code scanning needs a physical location: a stable repository-relative pseudo path per model and attack
      // (no such file exists; the path groups the alerts), with the attack id also in the properties.
      location: { uri: `warden-redteam/${segment(t.model)}/${a.id.split("/").map(segment).join("/")}`, startLine: 1 },
      partialFingerprints: { "wardenRedteam/v1": createHash("sha256").update(`${t.model}\u0000${a.id}`).digest("hex").slice(0, 32) },
      properties: { attack: a.id, category: a.category, technique: a.technique, ...(a.baseCategory ? { baseCategory: a.baseCategory } : {}) },
    }));
  const log = buildSarifLog({
    tool: { name: "warden-redteam", version: report.tool.version, rules },
    results,
    automationId: `warden-redteam/${t.model}/`,
    invocation: { executionSuccessful: t.summary.overall.errors === 0, ...(exitCode !== undefined ? { exitCode } : {}) },
    properties: Object.fromEntries(ATTACK_CATEGORIES.filter((c) => t.summary[c].attacks > 0).map((c) => [`successRate.${c}`, pct(t.summary[c].successRate)])),
  });
  return formatSarif(log);
}
