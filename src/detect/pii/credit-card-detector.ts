import { contextVerdict, keywordMatcher } from "./context.js";
import { ID_NEGATIVE_WORDS } from "./negative-context.js";
import { continuesCode } from "./id-spec.js";
import { execAt } from "./digit-tokens.js";
import { numericCandidates } from "./numeric-candidates.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import { allSameDigit, luhnValid } from "./validators/checksums.js";

const CONTEXT = keywordMatcher([
  "card", "cards", "credit", "debit", "cc", "ccn", "visa", "mastercard", "master card", "amex",
  "american express", "discover", "diners", "jcb", "unionpay", "maestro", "pan", "payment", "pay", "billing", "card number", "card no",
]);
/**
 * Besides the shared negative words: device and part labels. A serial or part number passes Luhn one time in ten
 * and may start like a card ("Serial number SN 4521 8873 0091 2245", "P/N 5105 ..."), so its label halves the score.
 */
const NEGATIVE = keywordMatcher([
  ...ID_NEGATIVE_WORDS, "id", "account id", "sn", "s/n", "serial no", "serial number", "serial#", "p/n", "pn", "mpn", "part", "part number",
  "model no", "model number", "imei", "meid", "iccid", "asset tag", "service tag", "device id", "hardware id",
]);

/** Issuer prefixes and lengths (public IIN ranges of the major networks). */
export function knownIssuer(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === "4") return n === 13 || n === 16 || n === 19;
  if (p2 >= 51 && p2 <= 55) return n === 16;
  if (p4 >= 2221 && p4 <= 2720) return n === 16;
  if (p4 >= 2200 && p4 <= 2204) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p4 === 3095) return n >= 14 && n <= 19;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;
  if (d[0] === "6") return n >= 16 && n <= 19;
  if (p2 === 50 || (p2 >= 56 && p2 <= 58)) return n >= 12 && n <= 19;
  if (d[0] === "1") return n === 15;
  if (p2 === 81 || p2 === 82) return n === 16;
  if (p4 === 9792) return n === 16;
  return false;
}

const SHAPES = new Set(["4-4-4-4", "4-6-5", "4-6-4", "4-4-4-1", "4-4-4-2", "4-4-4-3", "4-4-4-4-3", "4-4-4-4-1", "4-4-5", "4-4-4-4-2"]);

/** Payment card numbers: 13-19 digits, consistent grouping, Luhn, known issuer prefix. */
export const creditCardScanner: PiiScanner = {
  id: "pii.credit-card",
  entityTypes: ["CREDIT_CARD"],
  description: "Payment card numbers (PAN): Luhn-valid with a known issuer prefix and length.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    let lastEnd = -1;
    for (const c of numericCandidates(scan)) {
      if (c.start < lastEnd) continue;
      const n = c.digits.length;
      if (n < 13 || n > 19) continue;
      // Digits spaced out one by one ("4 5 3 2 ...") hide a number from filters: an evasion, judged like a grouping.
      const spacedOut = c.groups.length === n && /^(?: +|-+|\.+)$/.test(c.seps);
      if (c.groups.length > 1 && !spacedOut) {
        if (!SHAPES.has(c.shape)) continue;
        // Dots, slashes and underscores only in the common 4-4-4-4 layout ("4532.0151.1283.0366", "4532/0151/...");
        // versions, IPs and dates have fewer groups.
        if (!/^(?: +|-+)$/.test(c.seps) && !(c.shape === "4-4-4-4" && /^(?:\.{3}|\/{3}|_{3})$/.test(c.seps))) continue;
        // slashes or underscores inside a path or an identifier ("/data/4111/1111/1111/1111", "id_4111_1111_…")
        const before = text.charCodeAt(c.start - 1);
        if ((c.seps === "///" || c.seps === "___") && (before === 47 || before === 95)) continue;
      }
      if (allSameDigit(c.digits) || !luhnValid(c.digits) || continuesCode(text, c)) continue;
      const issuer = knownIssuer(c.digits);
      const label = contextVerdict(text, c.start, c.end, CONTEXT, NEGATIVE);
      const ctx = label === "positive";
      // 17-18 digits: only a few Maestro/UnionPay/JCB ranges issue them, while 17-19 digit ids (Discord/Twitter
      // snowflakes, message and channel ids) are everywhere in logs, so an ungrouped one needs context
      const rareLength = (n === 17 || n === 18) && c.groups.length === 1;
      let score: number;
      if (issuer) score = ctx ? 1 : c.groups.length > 1 ? 0.9 : rareLength ? 0.45 : 0.8;
      else score = ctx ? 0.6 : 0.2;
      if (label === "negative") score *= 0.5;
      out.push({
        type: "CREDIT_CARD",
        start: c.start,
        end: c.end,
        score,
        explanation: issuer
          ? `Luhn-valid card number with a known issuer prefix${ctx ? " and card context" : ""}`
          : "Luhn-valid number of card length without a known issuer prefix",
      });
      lastEnd = c.end;
    }
    punctuatedCards(scan, out);
  },
};

/**
 * Four groups of four digits joined by one punctuation mark the numeric candidates do not split on ("4111,1111,
 * 1111,1111", "4111|1111|...", "4111 * 1111 * ..."): a way to slip a card number past filters. Only next to card
 * context, with a known issuer and a valid Luhn digit, since lists of four-digit numbers are common.
 */
const PUNCTUATED = /(?<![\d,;:|*#~+])(\d{4})( ?[,;:|*#~+] ?)(\d{4})\2(\d{4})\2(\d{4})(?![\d]|\2\d)/g;

const PUNCTUATED_AT = new RegExp(PUNCTUATED.source, "y");

/**
 * PUNCTUATED's matches, tried only where one can start (a global search tried every position: ~9 µs per 4 KB): its
 * first group is the last four digits of a digit token (a separator, never a letter or digit, follows), and its second
 * group the next token, four digits alone, one to three characters on. `next` plays the role of the global lastIndex.
 */
function punctuatedCards(scan: PiiScan, out: PiiHit[]): void {
  const text = scan.text;
  const tk = scan.digitTokens;
  if (tk.nAllDigit < 4) return;
  let next = 0;
  for (let ti = 0; ti + 1 < tk.n; ti++) {
    const e = tk.end[ti]!;
    const at = e - 4;
    if (at < next || at < tk.start[ti]!) continue;
    const s1 = tk.start[ti + 1]!;
    if (s1 - e > 3 || tk.end[ti + 1]! - s1 !== 4 || tk.digits[ti + 1] !== 4) continue;
    const m = execAt(PUNCTUATED_AT, text, at);
    if (m === null) continue;
    next = m.index + m[0].length;
    const digits = `${m[1]}${m[3]}${m[4]}${m[5]}`;
    if (allSameDigit(digits) || !luhnValid(digits) || !knownIssuer(digits)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (contextVerdict(text, start, end, CONTEXT, NEGATIVE) !== "positive") continue;
    out.push({ type: "CREDIT_CARD", start, end, score: 0.95, explanation: "Luhn-valid card number split by punctuation, with card context" });
  }
}
