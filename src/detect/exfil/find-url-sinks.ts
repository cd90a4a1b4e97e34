/**
 * Places in model output where a URL makes a renderer fetch something (auto-loading: Markdown images, HTML `<img>`,
 * `<iframe>`, `<script>`, `<video poster>`, CSS `url()` and `@import`, meta refresh) or offers it as a link
 * (Markdown links, `<a href>`, reference definitions, bare URLs that renderers auto-link).
 */

/** How a URL is used in the text. */
export type SinkKind = "markdown-image" | "markdown-link" | "reference" | "html-tag" | "css-url" | "bare-url";

export interface UrlSink {
  kind: SinkKind;
  /** Whether rendering the text fetches the URL without a click. */
  autoLoad: boolean;
  /** Span of the whole construct (`![alt](url)`, `<img ...>`), the part a redaction removes. */
  start: number;
  end: number;
  url: string;
}

/** `![alt](url "title")` and `[text](url "title")`; the URL may be wrapped in `<>`. */
const MD_INLINE = /(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\]){0,500})\]\(\s*<?([^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g;
/** `[ref]: url` reference definitions (at the start of a line, up to 3 spaces of indent). */
const MD_REF_DEF = /^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*<?([^\s<>]+)>?[^\n]*$/gm;
/** Uses of references: `![alt][ref]`, `![ref][]`, `![ref]` (images) and `[text][ref]` (links). */
const MD_REF_USE = /(!?)\[([^\]\n]{0,500})\](?:\[([^\]\n]{0,200})\])?/g;
/** URL-carrying attributes. */
const HTML_ATTR = /\b(src|href|poster|data|background|action|formaction|srcset|content|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** CSS `url(...)` and `@import "..."`. */
const CSS_URL = /\burl\(\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^)\s'"]+))\s*\)|@import\s+(?:"([^"\n]*)"|'([^'\n]*)')/gi;
/** A bare absolute URL (http, https, protocol-relative excluded: renderers do not auto-link those). */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`)\]]+/gi;

/** Tags whose URL attribute is fetched when the HTML is rendered. */
const AUTO_TAGS = new Set(["img", "image", "feimage", "iframe", "frame", "script", "embed", "object", "video", "audio", "source", "track", "input", "link", "body", "table", "td", "svg", "use", "picture", "meta", "style"]);

/** SVG elements whose `href` (SVG 2; `xlink:href` in SVG 1.1) is fetched on render, unlike HTML's link `href`. */
const SVG_HREF_LOADS = new Set(["image", "use", "feimage", "script"]);

/** Tags with a URL attribute: the auto-loading ones and links, forms, areas. */
const URL_TAGS = new Set([...AUTO_TAGS, "a", "area", "form", "button", "base"]);

const first = (...xs: (string | undefined)[]): string => xs.find((x) => x !== undefined) ?? "";

/** Every URL sink in `text`, in order of start. Overlapping constructs (a bare URL inside a Markdown link) are dropped. */
export function findUrlSinks(text: string): UrlSink[] {
  const out: UrlSink[] = [];
  // Cheap pre-filter: no scheme-like text, no `url(`, no reference definition: nothing to report.
  const hasUrl = text.includes("://") || text.includes("url(") || text.includes("URL(") || text.includes("//");
  if (!hasUrl) return out;
  const refs = new Map<string, { url: string; start: number; end: number }>();
  if (text.includes("]:")) {
    for (const m of text.matchAll(MD_REF_DEF)) refs.set((m[1] as string).trim().toLowerCase(), { url: m[2] as string, start: m.index, end: m.index + m[0].length });
  }
  if (text.includes("](")) {
    for (const m of text.matchAll(MD_INLINE)) {
      const image = m[1] === "!";
      out.push({ kind: image ? "markdown-image" : "markdown-link", autoLoad: image, start: m.index, end: m.index + m[0].length, url: m[3] as string });
    }
  }
  if (refs.size > 0) {
    const imageRefs = new Set<string>();
    for (const m of text.matchAll(MD_REF_USE)) {
      if (m[1] !== "!") continue;
      const label = (m[3] !== undefined && m[3] !== "" ? m[3] : (m[2] as string)).trim().toLowerCase();
      if (refs.has(label)) imageRefs.add(label);
    }
    // The definition is the span reported: removing it leaves the image (or link) without a URL.
    for (const [label, d] of refs) out.push({ kind: "reference", autoLoad: imageRefs.has(label), start: d.start, end: d.end, url: d.url });
  }
  if (text.includes("<")) {
    for (const m of htmlTags(text)) {
      const tag = m.name;
      const attrs = m.attrs;
      for (const a of attrs.matchAll(HTML_ATTR)) {
        const name = (a[1] as string).toLowerCase();
        let value = first(a[2], a[3], a[4]);
        if (name === "content") {
          // <meta http-equiv="refresh" content="0; url=https://...">
          const refresh = /url\s*=\s*(\S+)/i.exec(value);
          if (tag !== "meta" || !refresh) continue;
          value = refresh[1] as string;
        }
        const auto = AUTO_TAGS.has(tag) && name !== "href" ? true : tag === "link" || (SVG_HREF_LOADS.has(tag) && (name === "href" || name === "xlink:href"));
        const urls = name === "srcset" ? value.split(",").map((s) => s.trim().split(/\s+/)[0] ?? "") : [value];
        for (const url of urls) if (url) out.push({ kind: "html-tag", autoLoad: auto, start: m.start, end: m.end, url: decodeEntities(url) });
      }
      // Inline styles: <div style="background:url(...)">
      if (/\bstyle\s*=/i.test(attrs)) {
        for (const c of attrs.matchAll(CSS_URL)) out.push({ kind: "css-url", autoLoad: true, start: m.start, end: m.end, url: decodeEntities(first(c[1], c[2], c[3], c[4], c[5])) });
      }
    }
  }
  if (/url\(|@import/i.test(text)) {
    const inside = coverage(out);
    for (const c of text.matchAll(CSS_URL)) {
      if (inside(c.index)) continue;
      out.push({ kind: "css-url", autoLoad: true, start: c.index, end: c.index + c[0].length, url: first(c[1], c[2], c[3], c[4], c[5]) });
    }
  }
  if (text.includes("://")) {
    const inside = coverage(out);
    for (const m of text.matchAll(BARE_URL)) {
      if (inside(m.index)) continue;
      const url = m[0].replace(/[.,;:!?]+$/, "");
      out.push({ kind: "bare-url", autoLoad: false, start: m.index, end: m.index + url.length, url });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether a position lies inside one of `sinks`, for positions asked in increasing order: one pass over the sinks
 * sorted by start, so checking every match of a text stays linear.
 */
function coverage(sinks: readonly UrlSink[]): (pos: number) => boolean {
  const spans = sinks.map((s) => [s.start, s.end] as const).sort((a, b) => a[0] - b[0]);
  let k = 0;
  let reach = -1;
  return (pos) => {
    while (k < spans.length && (spans[k] as readonly [number, number])[0] <= pos) {
      reach = Math.max(reach, (spans[k] as readonly [number, number])[1]);
      k++;
    }
    return pos < reach;
  };
}

interface HtmlTag {
  name: string;
  attrs: string;
  start: number;
  end: number;
}

/**
 * Opening tags, the way an HTML tokenizer reads them: `<name`, then attributes up to a `>` outside quotes. Linear:
 * a tag whose quote or `>` never comes runs to the end of the text (a browser reads it so too: nothing after it is a
 * tag), so the scan stops there.
 */
function* htmlTags(text: string): Generator<HtmlTag> {
  let i = text.indexOf("<");
  while (i >= 0 && i < text.length - 1) {
    let j = i + 1;
    while (j < text.length && /[a-zA-Z0-9]/.test(text.charAt(j)) && j - i <= 16) j++;
    const first = text.charCodeAt(i + 1);
    const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (!letter || j === i + 1) {
      i = text.indexOf("<", i + 1);
      continue;
    }
    let quote = 0;
    let k = j;
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
    }
    if (k >= text.length) return;
    yield { name: text.slice(i + 1, j).toLowerCase(), attrs: text.slice(j, k), start: i, end: k + 1 };
    i = text.indexOf("<", k + 1);
  }
}

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, h: string) => String.fromCodePoint(Math.min(Number.parseInt(h, 16), 0x10ffff)))
    .replace(/&#([0-9]{1,7});?/g, (_, d: string) => String.fromCodePoint(Math.min(Number.parseInt(d, 10), 0x10ffff)))
    .replace(/&amp;/gi, "&")
    .replace(/&quot;/gi, '"')
    .replace(/&apos;/gi, "'")
    .replace(/&lt;/gi, "<")
    .replace(/&gt;/gi, ">");
}

/** Openers of a construct that may still be in progress at the end of a stream's text. */
const OPEN_MD = /!?\[(?:[^\[\]\n]|\[[^\[\]\n]*\]){0,500}(?:\](?:\(\s*<?[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*(?:\s+(?:"[^"\n]*|'[^'\n]*|\([^)\n]*))?)?)?$/;
const OPEN_CSS = /(?:\burl\(\s*(?:"[^"\n]*|'[^'\n]*|[^)\s'"]*)|@import\s*(?:"[^"\n]*|'[^'\n]*)?)$/i;
/**
 * How far back an unfinished construct is looked for: twice what the stream enforcer may hold back for a scanner
 * (src/enforce/stream/channel-buffer.ts DEFAULT_MAX_HOLD, 65,536), so a URL padded to many kilobytes is still held
 * until its end arrives (8 KB let a padded image URL be released as it came), and one that outgrows the hold is
 * still seen, so the stream can be stopped (src/enforce/policy-stream.ts).
 */
const PENDING_REACH = 131_072;

/**
 * Streaming: the earliest index of `text` at which a URL sink may have begun whose end has not arrived yet (an
 * unclosed `![alt](https://…`, `<img src="…`, `url(…`); `text.length` when none. Bare URLs are the trailing
 * non-space run, which the stream enforcer holds anyway.
 */
export function sinkPendingFrom(text: string): number {
  const from = Math.max(0, text.length - PENDING_REACH);
  let at = text.length;
  const lastBracket = text.lastIndexOf("[");
  if (lastBracket >= from) {
    // Try each `[` from the last line back: a link text may contain brackets.
    const lineStart = text.lastIndexOf("\n", lastBracket) + 1;
    const m = OPEN_MD.exec(text.slice(Math.max(from, lineStart)));
    if (m) at = Math.min(at, Math.max(from, lineStart) + m.index);
  }
  const tag = openTagFrom(text, from);
  if (tag >= 0) at = Math.min(at, tag);
  if (text.includes("url(", from) || text.includes("URL(", from) || text.includes("@import", from)) {
    const m = OPEN_CSS.exec(text.slice(from));
    if (m) at = Math.min(at, from + m.index);
  }
  return at;
}

/** Most `<` candidates examined from the end (each scan is linear; this keeps the whole check bounded). */
const MAX_TAG_CANDIDATES = 16;

/** Index of an HTML tag opened at or after `from` and not closed by the end of `text` (quotes respected), or -1. */
function openTagFrom(text: string, from: number): number {
  let found = -1;
  let lt = text.lastIndexOf("<");
  for (let n = 0; lt >= from && n < MAX_TAG_CANDIDATES; n++, lt = lt > 0 ? text.lastIndexOf("<", lt - 1) : -1) {
    const next = text.charCodeAt(lt + 1);
    const letter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (lt + 1 < text.length && !letter) continue;
    let e = lt + 1;
    while (e < text.length && /[a-zA-Z0-9]/.test(text.charAt(e))) e++;
    const name = text.slice(lt + 1, e).toLowerCase();
    // Only tags that can carry a URL (or the start of one's name, at the very end) are worth holding.
    if (e < text.length ? !URL_TAGS.has(name) : ![...URL_TAGS].some((t) => t.startsWith(name))) continue;
    let quote = 0;
    let closed = false;
    for (let i = lt + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) {
        closed = true;
        break;
      }
    }
    if (!closed) found = lt;
  }
  return found;
}
