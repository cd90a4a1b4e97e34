import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import { STANDARD_KEYWORDS } from "../standard-keywords.js";
import { COMMON_TLDS, TLD_KEYWORDS, WWW_KEYWORD } from "./url-keywords.js";

const SCHEME = /\b(?:https?|ftp|sftp|wss?):\/\/[^\s<>"'`\\{}|^]+/giy;
const WWW = /\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][^\s<>"'`\\{}|^]*)?/gi;
const BARE = new RegExp(
  `(?<![\\w@./-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:${COMMON_TLDS})(?![\\w-]|\\.\\w|\\(|=)(?:/[^\\s<>"'\`\\\\{}|^]*)?`,
  "iy",
);
// Anchor on ".tld" (a literal dot is rare next to a TLD outside domains), then walk back to the host start.
const TLD_ANCHOR = new RegExp(`\\.(?:${COMMON_TLDS})(?![\\w-]|\\.\\w|\\(|=)`, "gi");
const TLD_AT = new RegExp(TLD_ANCHOR.source, "iy");
/** Standard keyword index → 1: ".tld" (a TLD anchor may match there), 2: "www.". */
const URL_KIND = new Uint8Array(STANDARD_KEYWORDS.keywords.length);
for (const k of TLD_KEYWORDS) URL_KIND[STANDARD_KEYWORDS.index(k)] = 1;
URL_KIND[STANDARD_KEYWORDS.index(WWW_KEYWORD)] = 2;

/**
 * With the engine's shared keyword pass: whether "www." occurs, and the positions where a TLD anchor can match (in
 * order, once each), so neither needs a pass of its own. Undefined without a shared scan.
 */
function sharedAnchors(scan: PiiScan): { www: boolean; tlds: number[] } | undefined {
  const shared = scan.shared;
  if (shared === undefined) return undefined;
  const hits = shared.get(STANDARD_KEYWORDS.part);
  const tlds: number[] = [];
  let www = false;
  for (let h = 0; h < hits.length; h += 2) {
    const kind = URL_KIND[hits[h] as number];
    if (kind === 1) {
      const at = hits[h + 1] as number;
      if (tlds[tlds.length - 1] !== at) tlds.push(at);
    } else if (kind === 2) www = true;
  }
  return { www, tlds };
}
const isHostChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;

/** Strip sentence punctuation that is almost never part of a URL. */
function trimUrlEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text[e - 1];
    if (c === "." || c === "," || c === ";" || c === ":" || c === "!" || c === "?" || c === "'" || c === '"') e--;
    else if (c === ")" && !text.slice(start, e - 1).includes("(")) e--;
    else if (c === "]" && !text.slice(start, e - 1).includes("[")) e--;
    else break;
  }
  return e;
}

/** A www host ends in an alphabetic top-level domain (compiled once, not per www match). */
const WWW_HOST_TLD = /\.(?:[a-z]{2,24})$/i;

/** URLs with a scheme, `www.` hosts, and bare domains with a well-known TLD (lower score). */
export const urlScanner: PiiScanner = {
  id: "pii.url",
  entityTypes: ["URL"],
  description: "URLs with a scheme, www. hosts and bare domain names with a common TLD.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    const taken: Array<[number, number]> = [];
    let p = text.indexOf("://");
    while (p >= 0) {
      // walk back over the scheme letters
      let s = p;
      while (s > 0 && s > p - 6 && /[A-Za-z]/.test(text[s - 1] ?? "")) s--;
      SCHEME.lastIndex = s;
      const m = SCHEME.exec(text);
      if (m) {
        const end = trimUrlEnd(text, s, s + m[0].length);
        const host = text.slice(p + 3, end).split(/[/?#:]/)[0] ?? "";
        const plainHost = /^(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(host.replace(/^[^@]*@/, ""));
        if (plainHost && (host.includes(".") || host.startsWith("[") || host === "localhost")) {
          const local = /^(?:localhost|127\.|0\.0\.0\.0|\[::1\])/.test(host);
          out.push({
            type: "URL",
            start: s,
            end,
            score: local ? 0.4 : 0.7,
            explanation: local ? "URL to a local host" : "URL with a scheme",
          });
          taken.push([s, end]);
        }
        p = text.indexOf("://", end);
      } else {
        p = text.indexOf("://", p + 3);
      }
    }
    if (text.indexOf(".") < 0) return;
    // taken spans are appended in text order per pass; a moving pointer keeps overlap checks O(1) amortised
    let ti = 0;
    const overlaps = (s: number, e: number) => {
      while (ti < taken.length && taken[ti]![1] <= s) ti++;
      for (let k = ti; k < taken.length && taken[k]![0] < e; k++) if (s < taken[k]![1]) return true;
      return false;
    };
    const anchors = sharedAnchors(scan);
    if (anchors ? anchors.www : /www\./i.test(text)) {
      ti = 0;
      WWW.lastIndex = 0;
      for (let m = WWW.exec(text); m; m = WWW.exec(text)) {
        const end = trimUrlEnd(text, m.index, m.index + m[0].length);
        if (overlaps(m.index, end)) continue;
        const host = text.slice(m.index, end).split(/[/?#:]/)[0] ?? "";
        if (!WWW_HOST_TLD.test(host)) continue;
        out.push({ type: "URL", start: m.index, end, score: 0.65, explanation: "www host name" });
        taken.push([m.index, end]);
      }
    }
    taken.sort((x, y) => x[0] - y[0]);
    ti = 0;
    // Every TLD anchor match starts at a ".tld" keyword hit: with the shared pass, the anchor is tried (sticky) there
    // only, in order and past the previous match, as the global search would find it.
    let c = 0;
    const nextAnchor = (): RegExpExecArray | null => {
      if (!anchors) return TLD_ANCHOR.exec(text);
      for (; c < anchors.tlds.length; c++) {
        const at = anchors.tlds[c] as number;
        if (at < TLD_ANCHOR.lastIndex) continue;
        TLD_AT.lastIndex = at;
        const m = TLD_AT.exec(text);
        if (m !== null) {
          TLD_ANCHOR.lastIndex = at + m[0].length;
          c++;
          return m;
        }
      }
      return null;
    };
    TLD_ANCHOR.lastIndex = 0;
    for (let a = nextAnchor(); a; a = nextAnchor()) {
      let s0 = a.index;
      while (s0 > 0 && a.index - s0 < 253 && isHostChar(text.charCodeAt(s0 - 1))) s0--;
      while (s0 < a.index && (text[s0] === "." || text[s0] === "-")) s0++;
      BARE.lastIndex = s0;
      const m = BARE.exec(text);
      if (!m) continue;
      TLD_ANCHOR.lastIndex = Math.max(TLD_ANCHOR.lastIndex, m.index + m[0].length);
      const end = trimUrlEnd(text, m.index, m.index + m[0].length);
      if (overlaps(m.index, end)) continue;
      const host = (text.slice(m.index, end).split("/")[0] ?? "").toLowerCase();
      // Dotted code identifiers (os.path, self.info) are not domains: need a label of 2+ chars
      // before a generic TLD and no camelCase member access.
      const labels = host.split(".");
      const first = labels[0] ?? "";
      if (first.length < 2 || /[A-Z]/.test(text.slice(m.index, m.index + first.length).slice(1))) continue;
      const tld = labels[labels.length - 1] ?? "";
      // a country's second-level registry ("google.co.il", "abc.net.au") is as telling as a generic TLD
      const sld = labels.length >= 3 ? (labels[labels.length - 2] ?? "") : "";
      const strong = /^(?:com|org|net|edu|gov|io|co|uk|de)$/.test(tld) || /^(?:co|com|org|net|ac|gov|edu|ne|or)$/.test(sld);
      out.push({
        type: "URL",
        start: m.index,
        end,
        score: strong ? 0.55 : 0.45,
        explanation: "bare domain name with a known top-level domain",
      });
    }
  },
};
