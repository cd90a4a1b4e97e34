import { registerDetector, type DetectorDefinition } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import { itinValid, ssnValid } from "../pii/validators/us-ids.js";

const ID = "evasion.encoded-id";

/**
 * Base64 of 9-11 ASCII digits and separators: every 4-character group of such bytes starts with `I`, `L`, `M`, `N`
 * or `O` (the top six bits of a digit, `-`, `.` or space), and the first group with `M`, `N` or `O` (a digit). 12-16 characters with padding: shorter than the runs the decoded view takes (16+), and
 * their decoded text is too short for its printable check.
 */
const BASE64_ID = /[MNO][A-Za-z0-9+/]{3}[ILMNO][A-Za-z0-9+/]{3}[ILMNO][A-Za-z0-9+/]{2,3}[A-Za-z0-9+/=]{0,4}(?![A-Za-z0-9+/=])/g;
/** Hex of 9-11 ASCII digits and separators (`3x` digits, `2d` `-`, `2e` `.`, `20` space). */
const HEX_ID = /3[0-9](?:3[0-9]|2[0de]){8,10}(?![0-9A-Za-z])/gi;
/** Letters, digits, `+` and `/`: a match preceded by one is inside a longer token (checked by hand: a leading look-behind slows the scan). */
const TOKEN_CHAR = /[A-Za-z0-9+/]/;

/** A US SSN or ITIN as written: 9 digits, or 3-2-4 with one separator. */
const SSN_SHAPE = /^(\d{3})([- .]?)(\d{2})\2(\d{4})$/;

/** The 9 digits of an SSN/ITIN-shaped decoded text, or undefined. */
function ssnDigits(decoded: string): string | undefined {
  const m = SSN_SHAPE.exec(decoded);
  return m ? `${m[1]}${m[3]}${m[4]}` : undefined;
}

function finding(start: number, end: number, type: "US_SSN" | "US_ITIN", encoding: string): Finding {
  return { detector: ID, category: "pii", type, start, end, score: 0.9, explanation: `${type === "US_SSN" ? "US SSN" : "US ITIN"} written in ${encoding} (valid structure)` };
}

function report(out: Finding[], start: number, end: number, decoded: string, encoding: string): void {
  const digits = ssnDigits(decoded);
  if (digits === undefined) return;
  if (itinValid(digits)) out.push(finding(start, end, "US_ITIN", encoding));
  else if (ssnValid(digits)) out.push(finding(start, end, "US_SSN", encoding));
}

/**
 * US SSNs and ITINs hidden in base64 or hex. In clear, a bare nine-digit number scores too low to act on (it could be
 * any number) until a cue word ("SSN") raises it; encoded, the decoded view's printable check drops a text this
 * short, and there is no cue. A short token that decodes to exactly an SSN-shaped value with a valid structure is
 * not there by chance: the encoding is the cue, and the value is reported with a high score (category `pii`, so
 * the policy treats it as the identifier it is). Costs one regex pass per text; decoding only for matches.
 */
export const encodedIdDetector: DetectorDefinition = {
  meta: {
    id: ID,
    category: "pii",
    entityTypes: ["US_SSN", "US_ITIN"],
    languages: ["*"],
    version: "1",
    description: "US SSNs and ITINs written in base64 or hex (an encoding with no cue word around the value)",
  },
  parseOptions: () => ({}),
  create: () => ({
    meta: encodedIdDetector.meta,
    detect(input): Finding[] {
      const text = input.text;
      const out: Finding[] = [];
      // the module's global patterns, not a copy per call (detect() is synchronous and resets lastIndex first)
      const b64 = BASE64_ID;
      b64.lastIndex = 0;
      for (let m = b64.exec(text); m !== null && out.length < 100; m = b64.exec(text)) {
        if (m.index > 0 && TOKEN_CHAR.test(text.charAt(m.index - 1))) continue;
        const body = m[0].replace(/=+$/, "");
        if (body.length % 4 === 1) continue;
        report(out, m.index, m.index + m[0].length, Buffer.from(body, "base64").toString("latin1"), "base64");
      }
      const hex = HEX_ID;
      hex.lastIndex = 0;
      for (let m = hex.exec(text); m !== null && out.length < 100; m = hex.exec(text)) {
        if (m[0].length % 2 !== 0 || (m.index > 0 && TOKEN_CHAR.test(text.charAt(m.index - 1)))) continue;
        report(out, m.index, m.index + m[0].length, Buffer.from(m[0], "hex").toString("latin1"), "hex");
      }
      return out;
    },
  }),
};

/** The encoded-identifier detector, bound for registries. */
export const encodedId = registerDetector(encodedIdDetector);
