import { ATTACK_CATEGORIES } from "../attack.js";
import type { RedteamReport, TargetReport } from "../redteam-report.js";
import { formatJUnitXml, type JUnitCase, type JUnitSuite } from "../../report/index.js";

function suites(t: TargetReport, label: string): JUnitSuite[] {
  return ATTACK_CATEGORIES.filter((c) => t.summary[c].attacks > 0).map((c) => ({
    name: `${label}: ${c}`,
    properties: { target: t.url, model: t.model, successRate: t.summary[c].successRate.toFixed(4) },
    cases: t.attacks
      .filter((a) => a.category === c)
      .map((a): JUnitCase => {
        const details = `technique: ${a.technique}\nprompt: ${a.prompt}\nresponse: ${a.response}\n${a.verdicts.map((v) => `${v.grader}: ${v.hit ? "HIT" : "-"} ${v.detail}`).join("\n")}`;
        return {
          name: a.id,
          classname: `warden.redteam.${c}`,
          time: a.latencyMs / 1000,
          ...(a.outcome === "succeeded" ? { failure: { message: `attack succeeded: ${a.reason}`, type: c, text: details } } : {}),
          ...(a.outcome === "error" ? { error: { message: a.reason, type: a.code ?? "error" } } : {}),
          ...(a.outcome === "blocked" || a.outcome === "resisted" ? { systemOut: `${a.outcome}: ${a.reason}` } : {}),
        };
      }),
  }));
}

/** JUnit XML: one suite per category (and per target with --compare); a succeeded attack is a failed test case. */
export function formatRedteamJUnit(report: RedteamReport): string {
  return formatJUnitXml([...suites(report.target, "target"), ...(report.compare ? suites(report.compare, "compare") : [])], { name: "warden redteam" });
}
