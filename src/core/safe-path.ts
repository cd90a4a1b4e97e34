/** Provider and Warden key prefixes: a path segment starting with one is a credential pasted into a URL. */
const KEY_PREFIX = /^(?:wdn_|sk[-_]|rk[-_]|pk[-_]|ghp_|gho_|ghs_|ghu_|github_pat_|glpat-|xox[abpr]-|AKIA|ASIA|hf_|AIza|eyJ|npm_|pypi-)/i;
/** An ordinary path word: a letter, then up to 39 letters, digits, dots, dashes or underscores. */
const WORD = /^[A-Za-z][A-Za-z0-9._-]{0,39}$/;

/**
 * A request path as it may be logged or recorded: segments that could carry a value (a key, an e-mail address, a
 * long number, a high-entropy token) pasted into the URL become `*`, so that logs and the audit chain never hold
 * them in clear (the chain's metadata is hashed, so nothing there can be removed later). Known routes are
 * unaffected: their segments are ordinary words.
 */
export function safePath(path: string): string {
  const out = path
    .slice(0, 512)
    .split("/")
    .map((seg) => (seg === "" || safeSegment(seg) ? seg : "*"))
    .join("/");
  return out.length > 256 ? `${out.slice(0, 256)}…` : out;
}

/** Whether one path segment (as sent, percent-encoded or not) is an ordinary word that may be shown. */
export function safeSegment(seg: string): boolean {
  if (!WORD.test(seg) || KEY_PREFIX.test(seg)) return false;
  let digits = 0;
  let upper = 0;
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) upper++;
  }
  // long numbers (cards, phones, ids), and long tokens mixing cases and digits
  return digits < 9 && !(seg.length >= 16 && digits > 0 && upper > 0 && upper < seg.length - digits);
}
