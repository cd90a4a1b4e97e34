import { hasContext, keywordMatcher } from "./context.js";
import { execAt } from "./digit-tokens.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import { ibanLength, ibanValid } from "./validators/iban.js";

// Letters in either case: an IBAN typed in lower case ("iban de89 3704 …") is still one (validated upper-cased).
const START = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[ \-]?[A-Za-z0-9])/y;
const CONTEXT = keywordMatcher(["iban", "account", "bank", "transfer", "wire", "sepa", "konto", "compte", "cuenta", "conto"]);

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * IBANs: country code + check digits, then exactly the country's length of BBAN characters,
 * optionally grouped with one consistent separator (space or dash; a line break where a space was); validated per
 * country and mod 97.
 */
export const ibanScanner: PiiScanner = {
  id: "pii.iban",
  entityTypes: ["IBAN_CODE"],
  description: "International bank account numbers, validated by country format and ISO 7064 mod 97.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    // An IBAN starts a digit token: two capital letters then the check digits ("DE89...").
    const tk = scan.digitTokens;
    let after = -1;
    // an IBAN token starts with letters: walk the letter-and-digit tokens only
    for (let mi = 0; mi < tk.nMixed; mi++) {
      const ti = tk.mixed[mi]!;
      const ts = tk.start[ti]!;
      if (ts < after || tk.end[ti]! - ts < 4) continue;
      const c0 = text.charCodeAt(ts);
      const c1 = text.charCodeAt(ts + 1);
      if (!isLetter(c0) || !isLetter(c1)) continue;
      const m = execAt(START, text, ts);
      if (!m) continue;
      const len = ibanLength(m[0].slice(0, 2).toUpperCase());
      if (len === undefined) continue;
      let compact = m[0];
      let i = m.index + 4;
      let sep = "";
      while (compact.length < len && i < text.length) {
        const c = text.charCodeAt(i);
        if (isAlnum(c)) {
          compact += text[i];
          i++;
        } else if ((c === 32 || c === 45) && (sep === "" || sep === text[i]) && isAlnum(text.charCodeAt(i + 1))) {
          sep = text[i] ?? "";
          i++;
        } else if ((c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10)) && sep !== "-" && compact.length >= 8) {
          // wrapped onto the next line between two groups ("DE89 3704 0044\n0532 0130 00"): a space that broke;
          // the mod-97 check below still decides
          const n = c === 13 ? 2 : 1;
          if (!isAlnum(text.charCodeAt(i + n))) break;
          sep = " ";
          i += n;
        } else break;
      }
      if (compact.length !== len) continue;
      if (i < text.length && /[A-Za-z0-9]/.test(text[i] ?? "")) continue;
      const lower = compact !== compact.toUpperCase();
      // typed in one case or the other: mixed case ("LV80 bANK …") is not how an IBAN is written
      if (lower && compact !== compact.toLowerCase()) continue;
      if (!ibanValid(compact.toUpperCase())) continue;
      const ctx = hasContext(text, m.index, i, CONTEXT, 40, 0);
      out.push({
        type: "IBAN_CODE",
        start: m.index,
        end: i,
        score: ctx ? 1 : lower ? 0.75 : 0.9,
        explanation: `IBAN with valid country format and mod-97 check digits${lower ? " (typed in lower case)" : ""}`,
      });
      after = i;
    }
  },
};
