import { shannonEntropy } from "../secrets/entropy.js";

/** How much data a URL carries, and in what form. Never holds the values themselves. */
export interface UrlPayload {
  /** Host, lower-cased (empty for relative URLs). */
  host: string;
  /** Characters of data-bearing values (query values, data-like path segments and host labels, fragment). */
  dataChars: number;
  /** How many values carry data. */
  values: number;
  /** A value is encoded (base64, hex), high-entropy, prose, an e-mail address, or long: clearly data, not a route. */
  strong: boolean;
  /** A query key names what it carries (`email`, `token`, `secret`...). */
  sensitiveKey: boolean;
  /** Forms found, for the explanation: `base64`, `hex`, `high-entropy`, `prose`, `email`, `long`. */
  forms: string[];
}

/** Query keys that say what the value is. */
const SENSITIVE_KEYS = /^(?:e-?mail|mail|user(?:name)?|login|pass(?:word)?|pwd|pin|otp|code|secret|token|key|api[_-]?key|auth|session|sid|cookie|ssn|card|cc|phone|address|name|data|d|payload|content|msg|message|text|q|query|prompt|history|summary|conversation|chat|body|info|leak|exfil)$/i;

const BASE64 = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;
const HEX = /^(?:[0-9a-fA-F]{2}){8,}$/;
/** Bounded on both sides of the `@` so a long value cannot make it quadratic. */
const EMAIL = /[^\s@]{1,64}@[^\s@.]{1,63}(?:\.[^\s@.]{1,63}){0,8}\.[a-z]{2,24}/i;
/** A path segment that is a file name (`pixel.png`, `index.html`): a route, not data. */
const FILE_NAME = /^[\w-]{1,40}\.[a-zA-Z0-9]{1,5}$/;
/** A path segment that is a word or slug (`docs`, `getting-started`, `v1`, `2024`). */
const SLUG = /^(?:[a-z0-9]+(?:[-_.][a-z0-9]+)*|[A-Z][a-z]+(?:[-_][A-Za-z][a-z]+)*)$/;
/** Hex content hashes in paths (commit ids, digests) are common in ordinary links; they are not counted as data. */
const HASH_PATH = /^[0-9a-f]{7,64}$/;

/** Hex that decodes to printable text (`68756e74657232`): encoded data, unlike a digest, whose bytes are random. */
function hexText(v: string): boolean {
  if (v.length < 16 || v.length % 2 !== 0) return false;
  let printable = 0;
  for (let i = 0; i < v.length; i += 2) {
    const b = Number.parseInt(v.slice(i, i + 2), 16);
    if (b >= 0x20 && b < 0x7f) printable++;
  }
  return printable * 2 >= v.length * 0.9;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

interface Classified {
  data: boolean;
  strong: boolean;
  form?: string;
}

/** Whether a value looks like data, and how strongly. `inPath`: path segments are mostly routes, so stricter. */
function classify(raw: string, inPath: boolean): Classified {
  const v = safeDecode(raw);
  if (v.length === 0) return { data: false, strong: false };
  if (v.includes("@") && EMAIL.test(v)) return { data: true, strong: true, form: "email" };
  if (/\s/.test(v.trim()) && v.length >= 12) return { data: true, strong: true, form: "prose" };
  if (inPath && HASH_PATH.test(v) && !hexText(v)) return { data: false, strong: false };
  const compact = v.replace(/=+$/, "");
  if (HEX.test(compact)) return { data: true, strong: compact.length >= 16, form: "hex" };
  if (BASE64.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9+/=]/.test(v) && shannonEntropy(v) >= 3.5) return { data: true, strong: true, form: "base64" };
  if (v.length >= 12 && shannonEntropy(v) >= 3.8) return { data: true, strong: true, form: "high-entropy" };
  if (v.length >= 48) return { data: true, strong: true, form: "long" };
  if (inPath) return { data: !FILE_NAME.test(v) && !SLUG.test(v) && v.length >= 16, strong: false };
  // Query values: short flags and numbers (`v=4`, `lang=en`, `w=200`) are not data worth a finding.
  return { data: v.length >= 4 && !/^\d{1,6}$/.test(v), strong: false };
}

/** Parse `url` (absolute, protocol-relative, or relative) and measure the data it carries. */
export function measureUrlPayload(url: string): UrlPayload | undefined {
  let u: URL;
  try {
    u = new URL(url.startsWith("//") ? `https:${url}` : url);
  } catch {
    return undefined;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:" && u.protocol !== "ftp:" && u.protocol !== "ws:" && u.protocol !== "wss:") return undefined;
  const out: UrlPayload = { host: u.hostname.toLowerCase(), dataChars: 0, values: 0, strong: false, sensitiveKey: false, forms: [] };
  const add = (value: string, inPath: boolean): void => {
    const c = classify(value, inPath);
    if (!c.data) return;
    out.values++;
    out.dataChars += safeDecode(value).length;
    if (c.strong) out.strong = true;
    if (c.form && !out.forms.includes(c.form)) out.forms.push(c.form);
  };
  for (const [k, v] of u.searchParams) {
    if (v === "" && k.length >= 16) add(k, false); // `?<payload>` with no key
    else add(v, false);
    if (SENSITIVE_KEYS.test(k) && v.length > 0) out.sensitiveKey = true;
  }
  for (const seg of u.pathname.split("/")) if (seg) add(seg, true);
  if (u.hash.length > 1) add(u.hash.slice(1), false);
  if (u.username || u.password) add(`${u.username}:${u.password}`, false);
  // DNS exfiltration: data in the labels left of the registrable domain (`<data>.attacker.example`).
  const labels = out.host.split(".");
  for (const label of labels.slice(0, -2)) if (label.length >= 16) add(label, false);
  return out;
}
