/**
 * What a careless model "reads" in a text beyond its surface: zero-width characters dropped, Unicode tag characters
 * (U+E0020–U+E007E) read as ASCII, base64 and hex runs decoded, leetspeak words read as letters. The demo's
 * vulnerable mode acts on this view, as real models trained on such encodings do; the safe mode refuses on it.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const TAGS = /[\u{e0020}-\u{e007e}]+/gu;
const LEET: Readonly<Record<string, string>> = { "4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t" };

const printable = (s: string): boolean => s.length > 0 && !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(s);

/** Decoded base64 and hex runs of a text, each on its own line (only those that decode to printable text). */
function decodedRuns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)) {
    if (/^[0-9a-fA-F]+$/.test(m[0])) continue;
    const s = Buffer.from(m[0], "base64").toString("utf8");
    if (printable(s) && /[a-z]{3}/i.test(s)) out.push(s);
  }
  for (const m of text.matchAll(/\b(?:[0-9a-fA-F]{2}){8,}\b/g)) {
    const s = Buffer.from(m[0], "hex").toString("utf8");
    if (printable(s) && /[a-z]{3}/i.test(s)) out.push(s);
  }
  return out;
}

/** Words written in leetspeak (lower-case letters mixed with 0/1/3/4/5/7), read as letters. */
function unleet(text: string): string | undefined {
  let changed = false;
  const out = text.replace(/\b(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[013457])[a-z0-9]{2,}\b/g, (w) => {
    changed = true;
    return w.replace(/[013457]/g, (d) => LEET[d] ?? d);
  });
  return changed ? out : undefined;
}

/** The text followed by everything hidden in it (one extra line per hidden piece). */
export function revealHidden(text: string): string {
  const extra: string[] = [];
  const visible = text.replace(ZERO_WIDTH, "");
  if (visible !== text) extra.push(visible);
  for (const m of text.matchAll(TAGS)) extra.push([...m[0]].map((c) => String.fromCharCode((c.codePointAt(0) as number) - 0xe0000)).join(""));
  extra.push(...decodedRuns(visible));
  const leet = unleet(visible);
  if (leet) extra.push(leet);
  return extra.length === 0 ? text : `${text}\n${extra.join("\n")}`;
}
