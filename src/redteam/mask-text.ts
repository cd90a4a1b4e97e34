import type { DetectionEngine } from "../detect/engine.js";
import { maskValue } from "../detect/mask-value.js";

/** Masks text for reports. */
export type Masker = (text: string) => string;

/**
 * A masker for report text: the run's planted values (canaries, credentials, the fictitious customer) are masked
 * wherever they appear, then whatever the detection engine finds as a secret or personal data (a real model can
 * leak real data). Masking keeps the first and last characters, so a reader can still see which value leaked.
 */
export function createMasker(planted: readonly string[], engine: DetectionEngine): Masker {
  const values = [...new Set(planted.filter((v) => v.length >= 4))].sort((a, b) => b.length - a.length);
  return (text: string): string => {
    let out = text;
    for (const v of values) if (out.includes(v)) out = out.split(v).join(maskValue(v));
    const spans = engine
      .detect(out, { direction: "response" })
      .findings.filter((f) => (f.category === "secret" || f.category === "pii") && engine.isActionable(f) && f.type !== "URL" && f.type !== "DOMAIN_NAME")
      .sort((a, b) => b.start - a.start);
    let end = Number.POSITIVE_INFINITY;
    for (const f of spans) {
      if (f.end > end) continue;
      out = out.slice(0, f.start) + maskValue(out.slice(f.start, f.end)) + out.slice(f.end);
      end = f.start;
    }
    return out;
  };
}

/** At most `n` characters (code points kept whole), with an ellipsis when cut. */
export function excerpt(text: string, n = 500): string {
  const cps = [...text];
  return cps.length <= n ? text : `${cps.slice(0, n).join("")}…`;
}
