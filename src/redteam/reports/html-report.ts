import { ATTACK_CATEGORIES, CATEGORY_TITLES } from "../attack.js";
import { pct, type RedteamReport, type TargetReport } from "../redteam-report.js";

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/** Make invisible characters (zero-width, Unicode tags, controls) visible as \u{…} so a reader sees smuggled text. */
function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]|[\u{e0000}-\u{e007f}]/gu, (c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`);
}

const e = (text: string): string => escapeHtml(visible(text));

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b}h1{font-size:1.5rem}h2{margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
td.n{text-align:right}.succeeded{background:#fde2e1}.blocked{background:#e1f0fd}.resisted{background:#e4f7e4}.error{background:#fff3cd}
pre{white-space:pre-wrap;word-break:break-word;margin:.2rem 0;max-width:70rem;font-size:12px}details{margin:.1rem 0}summary{cursor:pointer}`;

function summaryTable(t: TargetReport): string {
  const rows = [...ATTACK_CATEGORIES, "overall" as const]
    .filter((c) => t.summary[c].attacks > 0)
    .map((c) => {
      const s = t.summary[c];
      const title = c === "overall" ? "All attacks" : CATEGORY_TITLES[c];
      return `<tr><td><b>${e(c)}</b><br><small>${e(title)}</small></td><td class="n">${s.attacks}</td><td class="n">${s.succeeded}</td><td class="n">${s.blocked}</td><td class="n">${s.resisted}</td><td class="n">${s.errors}</td><td class="n"><b>${pct(s.successRate)}</b></td></tr>`;
    });
  return `<table><tr><th>category</th><th>attacks</th><th>succeeded</th><th>blocked</th><th>resisted</th><th>errors</th><th>attack success rate</th></tr>${rows.join("")}</table>`;
}

function attackTable(t: TargetReport): string {
  const rows = t.attacks.map((a) => {
    const verdicts = a.verdicts.map((v) => `${v.hit ? "HIT" : "—"} ${v.grader}: ${v.detail}`).join("\n");
    const tools = a.toolCalls.map((c) => `${c.name}(${c.arguments})`).join("\n");
    return (
      `<tr class="${e(a.outcome)}"><td><code>${e(a.id)}</code><br><small>${e(a.technique)}</small></td><td>${e(a.outcome)}</td><td>${e(a.reason)}` +
      `<details><summary>prompt, response, verdicts</summary><b>prompt</b><pre>${e(a.prompt)}</pre><b>response</b><pre>${e(a.response)}</pre>` +
      `${tools ? `<b>tool calls</b><pre>${e(tools)}</pre>` : ""}${verdicts ? `<b>verdicts</b><pre>${e(verdicts)}</pre>` : ""}</details></td></tr>`
    );
  });
  return `<table><tr><th>attack</th><th>outcome</th><th>why</th></tr>${rows.join("")}</table>`;
}

function techniqueTable(t: TargetReport): string {
  const rows = t.techniques.map((x) => `<tr><td>${e(x.category)}</td><td>${e(x.technique)}</td><td class="n">${x.stats.attacks}</td><td class="n">${pct(x.stats.successRate)}</td></tr>`);
  return `<details><summary>by technique</summary><table><tr><th>category</th><th>technique</th><th>attacks</th><th>success rate</th></tr>${rows.join("")}</table></details>`;
}

function targetSection(title: string, t: TargetReport): string {
  return `<h2>${e(title)}: ${e(t.url)} <small>(model ${e(t.model)})</small></h2>${summaryTable(t)}${techniqueTable(t)}<h3>Attacks</h3>${attackTable(t)}`;
}

/**
 * A self-contained HTML report: inline CSS, no scripts, no external assets (no image a reply contains is ever
 * loaded: every text is escaped, and invisible characters are shown as escapes).
 */
export function formatRedteamHtml(report: RedteamReport): string {
  const comparison = report.comparison
    ? `<h2>With and without</h2><table><tr><th>category</th><th>${e(report.target.url)}</th><th>${e(report.compare?.url ?? "")}</th><th>delta</th></tr>${report.comparison
        .map((r) => `<tr><td>${e(r.category)}</td><td class="n">${pct(r.rate)}</td><td class="n">${pct(r.compareRate)}</td><td class="n">${r.delta >= 0 ? "+" : ""}${(r.delta * 100).toFixed(1)} pt</td></tr>`)
        .join("")}</table>`
    : "";
  const thresholds = (report.thresholds ?? []).length
    ? `<h2>Thresholds</h2><table><tr><th>category</th><th>max</th><th>measured</th><th></th></tr>${(report.thresholds ?? [])
        .map((t) => `<tr class="${t.exceeded ? "succeeded" : "resisted"}"><td>${e(t.category)}</td><td class="n">${pct(t.maxRate)}</td><td class="n">${pct(t.rate)}</td><td>${t.exceeded ? "FAIL" : "ok"}</td></tr>`)
        .join("")}</table>`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Warden red-team report</title><style>${CSS}</style></head><body>
<h1>Warden red-team report</h1>
<p>${e(report.startedAt)} · ${report.target.summary.overall.attacks} attacks · ${(report.durationMs / 1000).toFixed(1)} s${report.judge ? ` · judge ${e(report.judge.model)}` : " · deterministic graders only"}. Values the model disclosed are masked.</p>
${comparison}${thresholds}${targetSection("Target", report.target)}${report.compare ? targetSection("Compared with", report.compare) : ""}
</body></html>
`;
}
