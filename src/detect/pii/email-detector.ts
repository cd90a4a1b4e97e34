import { keywordMatcher, hasContextBefore } from "./context.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import { findObfuscatedEmails } from "./obfuscated-email.js";
import type { PiiScan } from "./pii-scan.js";
import { lastIndexWithin } from "./line-bounds.js";

// Letters of any script written with spaces between words: internationalised addresses (RFC 6531 local parts, IDN
// domains written in Unicode: "josé@correo.es", "info@münchen.de", "иван@почта.рф"). Scripts written without spaces
// (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar) are left out: in "请联系我john@example.com谢谢" they are the sentence,
// not the address (an address in those scripts is written in punycode here).
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LOCAL_CHAR = /[\p{L}\p{M}\p{N}._%+\-']/u;
const DOMAIN_CHAR = /[\p{L}\p{M}\p{N}.\-]/u;
const LOCAL = { test: (c: string): boolean => LOCAL_CHAR.test(c) && !NO_SPACE_SCRIPT.test(c) };
const DOMAIN = { test: (c: string): boolean => DOMAIN_CHAR.test(c) && !NO_SPACE_SCRIPT.test(c) };
const TLD = /^(?:\p{L}{2,24}|xn--[a-z0-9-]{2,59})$/u;
const CONTEXT = keywordMatcher(["email", "e-mail", "mail", "contact", "reach", "address", "write to"]);

/**
 * Validate a candidate domain: at least two labels, no empty or hyphen-edged labels, alphabetic
 * (or punycode) TLD. Returns the usable length (trailing dots/hyphens trimmed) or 0.
 */
export function domainLength(domain: string): number {
  let d = domain;
  while (d.endsWith(".") || d.endsWith("-")) d = d.slice(0, -1);
  const labels = d.split(".");
  if (labels.length < 2) return 0;
  for (const l of labels) {
    if (l.length === 0 || l.length > 63 || l.startsWith("-") || l.endsWith("-")) return 0;
  }
  if (!TLD.test(labels[labels.length - 1] ?? "")) return 0;
  return d.length;
}

/**
 * "scheme://user:password@host" puts credentials, not a mailbox, before the "@": the "@" ends the authority's user
 * part when "://" comes before it with no space or "/" between (the password may hold "!", "$" or "#", which end a
 * mailbox's local part: "https://deploy:Tz8!kq2Wm@gitlab…" is no mailbox "kq2Wm@gitlab…").
 */
function userinfo(text: string, at: number): boolean {
  // only a "://" at most 200 characters back counts: looked for in that window (`lastIndexOf` from `at` walked back to
  // the start of the text when there was none, once per "@": quadratic in the number of addresses)
  const k = lastIndexWithin(text, "://", at, 200);
  if (k < 0) return false;
  for (let i = k + 3; i < at; i++) {
    const c = text.charCodeAt(i);
    // a path, a query or a fragment has begun ("https://host/?email=john@x.com"): the "@" is no longer the user part's
    if (c === 47 || c <= 32 || c === 63 || c === 35 || c === 38 || c === 61) return false;
  }
  return true;
}

/** Words that run an SSH target (`ssh git@host`, `scp file deploy@host:/srv`, `git clone git@host:…`). */
const SSH_COMMAND = /\b(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|clone|remote add \S+|remote set-url \S+|url\s*=)\s+(?:\S+\s+){0,3}$/;
/** scp's `host:path` after the address: a path (`:/srv`, `:~/x`, `:acme/infra.git`), not a port or a password. */
const SCP_PATH = /^:(?:[~/]|[\w.-]+\/)/;

/**
 * An SSH target, not a mailbox: scp's `user@host:path` (`git@github.com:acme/infra.git`), or the argument of an ssh-like
 * command. `jane@gmail.com:Summer2024` (an e-mail and a password) and `contact git@example.com` stay mailboxes.
 */
function sshTarget(text: string, start: number, end: number): boolean {
  if (SCP_PATH.test(text.slice(end, end + 40))) return true;
  return SSH_COMMAND.test(text.slice(Math.max(0, start - 60), start));
}

/** Emails: found by expanding around each '@' (the only cheap, reliable anchor), plus obfuscated forms (`[at]`, ` dot `). */
export const emailScanner: PiiScanner = {
  id: "pii.email",
  entityTypes: ["EMAIL_ADDRESS"],
  description: "E-mail addresses (RFC 5322 common subset, IDN/punycode domains).",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    let at = text.indexOf("@");
    let lastEnd = 0;
    while (at >= 0) {
      let s = at;
      while (s > lastEnd && at - s < 64 && LOCAL.test(text[s - 1] ?? "")) s--;
      while (s < at && (text[s] === "." || text[s] === "'")) s++;
      let e = at + 1;
      while (e < text.length && e - at <= 255 && DOMAIN.test(text[e] ?? "")) e++;
      const dl = s < at ? domainLength(text.slice(at + 1, e)) : 0;
      const local = text.slice(s, at);
      const end = at + 1 + dl;
      if (dl > 0 && !userinfo(text, at) && !sshTarget(text, s, end) && !local.endsWith(".") && !local.includes("..")) {
        const ctx = hasContextBefore(text, s, CONTEXT, 40);
        out.push({
          type: "EMAIL_ADDRESS",
          start: s,
          end,
          score: ctx ? 1 : 0.95,
          explanation: ctx ? "e-mail address pattern with e-mail context" : "e-mail address pattern with a valid domain",
        });
        lastEnd = end;
      }
      at = text.indexOf("@", Math.max(at + 1, lastEnd));
    }
    findObfuscatedEmails(text, out, scan.shared);
  },
};
