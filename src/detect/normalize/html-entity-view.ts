import { CharViewBuilder, windowedView, type TextView } from "./text-view.js";

/**
 * Named character references worth decoding: the ones that stand for ASCII punctuation (which is what spells an
 * e-mail address, a URL, a key or a sentence) and the common typographic ones. HTML5 defines ~2000 names; the
 * rest stand for symbols no detector reads.
 */
const NAMED: ReadonlyMap<string, string> = new Map([
  ["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"], ["nbsp", " "], ["commat", "@"], ["period", "."],
  ["comma", ","], ["colon", ":"], ["semi", ";"], ["excl", "!"], ["quest", "?"], ["num", "#"], ["dollar", "$"],
  ["percnt", "%"], ["lpar", "("], ["rpar", ")"], ["ast", "*"], ["plus", "+"], ["equals", "="], ["sol", "/"],
  ["bsol", "\\"], ["lowbar", "_"], ["UnderBar", "_"], ["hyphen", "-"], ["dash", "-"], ["minus", "-"], ["lsqb", "["],
  ["rsqb", "]"], ["lbrack", "["], ["rbrack", "]"], ["lcub", "{"], ["rcub", "}"], ["lbrace", "{"], ["rbrace", "}"],
  ["verbar", "|"], ["vert", "|"], ["tilde", "~"], ["grave", "`"], ["Hat", "^"], ["NewLine", "\n"], ["Tab", "\t"],
  ["ndash", "-"], ["mdash", "-"], ["lsquo", "'"], ["rsquo", "'"], ["ldquo", '"'], ["rdquo", '"'], ["hellip", "..."],
]);

/** Decodings that change nothing a detector could read (ordinary HTML escaping): no view for them alone. */
const ORDINARY = new Set(["&", "<", ">", '"', "'", " "]);

/** A numeric (`&#65;`, `&#x41;`) or named (`&commat;`) character reference; the `;` is required. */
const REFERENCE = /&(?:#(?:[0-9]{1,7}|[xX][0-9A-Fa-f]{1,6})|[A-Za-z][A-Za-z0-9]{1,15});/g;
/** Cheap pre-check: a `&` followed by `#` or a letter and, within 17 characters, a `;`. */
const MAY_HOLD_REFERENCE = /&(?:#|[A-Za-z][A-Za-z0-9]{0,15};)/;

function decodeReference(ref: string): string | undefined {
  if (ref.charCodeAt(1) !== 35 /* # */) return NAMED.get(ref.slice(1, -1));
  const hex = ref.charCodeAt(2) === 120 || ref.charCodeAt(2) === 88;
  const cp = parseInt(ref.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
  // Controls other than tab and line breaks, surrogates and out-of-range values are not characters a model reads.
  if (!(cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp !== 0x7f && cp < 0x110000 && (cp < 0xd800 || cp > 0xdfff)))) return undefined;
  return String.fromCodePoint(cp);
}

/**
 * The view of `text` with HTML character references decoded (`&#65;&#x4B;` → `AK`, `&commat;` → `@`), so a key, an
 * e-mail address or an instruction written with them is read as a model reads it. Each decoded character maps to its
 * reference, every other character to itself. Undefined when the text holds no reference, or only the ordinary
 * escapes of HTML (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&nbsp;`); cut down to windows around the decoded references.
 */
export function buildHtmlEntityView(text: string): TextView | undefined {
  if (!text.includes("&") || !MAY_HOLD_REFERENCE.test(text)) return undefined;
  // A first pass without building anything: a page full of `&amp;` pays one regex walk.
  const re = new RegExp(REFERENCE.source, "g");
  let first = -1;
  for (let m = re.exec(text); m && first < 0; m = re.exec(text)) {
    const decoded = decodeReference(m[0]);
    if (decoded !== undefined && !ORDINARY.has(decoded)) first = m.index;
  }
  if (first < 0) return undefined;
  re.lastIndex = 0;
  const b = new CharViewBuilder(text.length);
  const points: number[] = [];
  let copied = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const decoded = decodeReference(m[0]);
    if (decoded === undefined) continue;
    b.pushRange(text, copied, m.index);
    if (!ORDINARY.has(decoded) && points[points.length - 1] !== b.size) points.push(b.size);
    b.push(decoded, m.index, m.index + m[0].length);
    copied = m.index + m[0].length;
  }
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("html"), points);
}
