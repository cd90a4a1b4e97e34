import { hasContext, type keywordMatcher } from "./context.js";
import type { PiiHit } from "./pii-detector.js";
import { ssnValid } from "./validators/us-ids.js";

/** Nine digits each set apart by a space or a spaced dash ("5 3 6 - 2 2 - 1 4 5 6"). */
const SPACED_SSN = /(?<!\d(?: ?- ?| )?)\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?![ -]?\d)/g;
/** Cheap pre-check: three digits set apart by single spaces. */
const MAY_HOLD = /\d \d \d/;
/** The 3-2-4 groups with spaced or unusual separators ("826 - 31 - 6987", "826 – 31 – 6987", "826 . 31 . 6987"). */
const SPACED_GROUPS = /(?<![\d-])\d{3}(?: [-–—.\/] ?| ?[–—] ?| {2,3})\d{2}(?: [-–—.\/] ?| ?[–—] ?| {2,3})\d{4}(?![\d-])/g;
const MAY_HOLD_GROUPS = /\d(?: [-–—.\/]|[–—]| {2})/;

/**
 * SSNs with their digits spaced out one by one, an evasion of the grouped shapes: reported only next to an SSN
 * label ("ssn", "social security"), with the SSN structure rules, since nine spaced digits are otherwise anything.
 */
export function spacedSsnHits(text: string, context: ReturnType<typeof keywordMatcher>, out: PiiHit[]): void {
  if (MAY_HOLD.test(text)) ssnHits(text, SPACED_SSN, context, "US SSN with its digits spaced out, next to an SSN label", out);
  if (MAY_HOLD_GROUPS.test(text)) ssnHits(text, SPACED_GROUPS, context, "US SSN with its groups set apart by spaced or unusual separators, next to an SSN label", out);
}

/** The SSN-valid matches of `pattern` next to an SSN label. */
function ssnHits(text: string, pattern: RegExp, context: ReturnType<typeof keywordMatcher>, explanation: string, out: PiiHit[]): void {
  const re = new RegExp(pattern.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!ssnValid(m[0].replace(/\D/g, "")) || !hasContext(text, start, end, context, 48, 16)) continue;
    out.push({ type: "US_SSN", start, end, score: 0.9, explanation });
  }
}
