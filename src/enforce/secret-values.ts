/**
 * Short secrets an operator put in a system prompt (`password: hunter2`, `the code is 4729-XK`,
 * `CANARY-7Q2K9XW4`): values too short for the system-prompt overlap window, but which must never reach the caller.
 */

/** A cue word, then (within 30 characters, on one line) `is`, `:` or `=`, then the value. */
const CUED =
  /\b(password|passwort|passcode|passphrase|pass|pwd|pin|otp|code|secret|token|api[ _-]?key|key|canary|credential|reference|identifier|phrase|mot de passe|contraseña)\b(?!-)[^:=\n]{0,30}?(?:\bis\b|\bare\b|[:=])\s*["'`“]?([^\s"'`”,;]{4,200})/gi;
/** Cue words after which a bare number is a secret (`PIN: 4821`), unlike `token: 4096` or `key: 12`. */
const NUMERIC_CUES = /^(?:password|passwort|passcode|pass|pwd|pin|otp|code|secret|canary)$/i;
/** Upper-case reference codes (`CANARY-7Q2K9XW4`, `ACME-4729XK`): case-sensitive, so hyphenated words do not count. */
const CODE = /\b[A-Z]{2,12}-[A-Z0-9]{4,40}(?:-[A-Z0-9]{2,40})*\b/g;

const STOP = new Set(["this", "that", "these", "those", "confidential", "secret", "private", "below", "above", "hidden", "required", "available", "provided", "never", "always", "unknown", "none", "null", "true", "false"]);

/** Whether a candidate looks like a value rather than a word: a digit or symbol inside, or mixed case beyond a capital. */
function looksLikeValue(v: string): boolean {
  if (v.length < 4 || STOP.has(v.toLowerCase())) return false;
  if (/^[a-z]+$/.test(v) || /^[A-Z][a-z]+$/.test(v)) return false;
  // Hyphenated words (`X-Forwarded-For`, `read-only`), URLs and paths are names, not secrets.
  if (/^[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)+$/.test(v) || v.includes("://") || /^(?:www\.|\/|\.\/)/.test(v)) return false;
  return true;
}

const trim = (v: string): string => v.replace(/[.,;:!?)\]}>]+$/, "");

/** Secret-looking values in system-prompt texts, each at least 4 characters, deduplicated (case-insensitive). */
export function extractSecretValues(texts: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const t of texts) {
    for (const m of t.matchAll(CUED)) {
      const v = trim(m[2] as string);
      if (/^[\d.,]+$/.test(v) && !NUMERIC_CUES.test(m[1] as string)) continue;
      if (looksLikeValue(v)) out.set(v.toLowerCase(), v);
    }
    for (const m of t.matchAll(CODE)) {
      const v = m[0];
      const tail = v.slice(v.indexOf("-") + 1);
      // A code needs letters and digits, or length: `ISO-8601` and `UTF-8` are not secrets.
      if ((/[0-9]/.test(tail) && /[A-Z]/.test(tail)) || tail.replace(/-/g, "").length >= 10) out.set(v.toLowerCase(), v);
    }
  }
  return [...out.values()];
}
