import { withCrc32Suffix } from "../checksum.js";
import type { SecretRule, SecretRuleExample } from "../secret-rule.js";

/**
 * Helpers that turn a compact description of a token format into a full SecretRule, including
 * generated, deterministic examples (positives built from the format; negatives that are too
 * short, masked, or lack their context keyword).
 */

/** Deterministic PRNG (mulberry32) so generated examples are stable across runs. */
export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Expands a character-class body such as `A-Za-z0-9_-` into its characters. */
export function expandClass(cls: string): string {
  let out = "";
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i] as string;
    if (c === "\\" && i + 1 < cls.length) {
      const e = cls[++i] as string;
      out += e === "w" ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_" : e === "d" ? "0123456789" : e;
    } else if (cls[i + 1] === "-" && i + 2 < cls.length) {
      const from = c.charCodeAt(0);
      const to = cls.charCodeAt(i + 2);
      for (let k = from; k <= to; k++) out += String.fromCharCode(k);
      i += 2;
    } else out += c;
  }
  return out;
}

/** Deterministic random sample of `len` characters of a class body, for examples. */
export function sample(cls: string, len: number, seed: string): string {
  return randomFrom(cls, len, seededRandom(seed));
}

/** Random string of `len` characters from a class body, drawn from `rnd`. */
export function randomFrom(cls: string, len: number, rnd: () => number): string {
  const chars = expandClass(cls);
  let s = "";
  for (let i = 0; i < len; i++) s += chars[Math.floor(rnd() * chars.length)];
  return s;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** Escapes a trailing `-` so class bodies can be concatenated safely. */
function safeClass(cls: string): string {
  return cls.endsWith("-") && !cls.endsWith("\\-") ? `${cls.slice(0, -1)}\\-` : cls;
}

type Len = number | readonly [number, number];
const lenMin = (l: Len): number => (typeof l === "number" ? l : l[0]);
const quant = (l: Len): string => (typeof l === "number" ? `{${l}}` : `{${l[0]},${l[1]}}`);

export interface TokenSpec {
  id: string;
  description: string;
  /** Literal prefix(es) of the token, e.g. `ghp_`. Used as keywords unless `keywords` is given. */
  prefix: string | readonly string[];
  /** Character-class body of the random part, e.g. `A-Za-z0-9`. */
  body: string;
  length: Len;
  /** Optional literal/regex suffix after the body (regex source), with a sample for examples. */
  suffix?: { pattern: string; sample: string };
  keywords?: readonly string[];
  score?: number;
  validator?: string;
  entropyMin?: number;
  allowlist?: readonly string[];
  /** Token checksum scheme used when generating positive examples. */
  checksum?: "crc32";
  /** Case-insensitive prefix match (keeps body case-sensitive by expanding the prefix). */
  caseInsensitivePrefix?: boolean;
  /** Extra characters allowed right after the token (default: none of the body class or alnum). */
  rightBoundary?: string;
  /** Left boundary class (characters that must not precede the prefix). */
  leftBoundary?: string;
  window?: { before: number; after: number };
  extraPositive?: readonly SecretRuleExample[];
  extraNegative?: readonly SecretRuleExample[];
  /** Sample body for examples when the random one would not fit (structured bodies). */
  sampleBody?: string;
}

function ciLiteral(s: string): string {
  return [...s]
    .map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRegExp(c)))
    .join("");
}

/** A token recognised by a distinctive literal prefix and a fixed alphabet/length body. */
export function prefixedToken(spec: TokenSpec): SecretRule {
  const prefixes = typeof spec.prefix === "string" ? [spec.prefix] : [...spec.prefix];
  const alt = prefixes.map((p) => (spec.caseInsensitivePrefix ? ciLiteral(p) : escapeRegExp(p))).join("|");
  const left = spec.leftBoundary ?? "A-Za-z0-9";
  const right = safeClass(spec.rightBoundary ?? `A-Za-z0-9${spec.body}`);
  const suffix = spec.suffix?.pattern ?? "";
  // A `.` allowed after the token ends it only as sentence punctuation (not before another token character).
  const rightNoDot = right.replace(/\\?\./g, "");
  const after = rightNoDot === right ? `(?![${right}])` : `(?![${rightNoDot}]|\\.[${rightNoDot}])`;
  const pattern = `(?<![${left}])(?<secret>(?:${alt})[${safeClass(spec.body)}]${quant(spec.length)}${suffix})${after}`;
  const rnd = seededRandom(spec.id);
  const p0 = prefixes[0] as string;
  const n = lenMin(spec.length);
  const body = spec.sampleBody ?? randomFrom(spec.body, spec.checksum === "crc32" ? n - 6 : n, rnd);
  const token =
    spec.checksum === "crc32" ? withCrc32Suffix(p0, body) : `${p0}${body}${spec.suffix?.sample ?? ""}`;
  const keywords = spec.keywords ?? prefixes.map((p) => p.toLowerCase().slice(0, Math.max(3, Math.min(p.length, 12))));
  // Anchoring is valid when every keyword starts where a prefix starts (the match begins at the hit).
  const anchored = keywords.every((k) => prefixes.some((p) => p.toLowerCase().startsWith(k) || k.startsWith(p.toLowerCase())));
  return {
    id: spec.id,
    description: spec.description,
    pattern,
    secretGroup: "secret",
    keywords,
    anchored,
    score: spec.score ?? 0.9,
    prefixLength: Math.min(...prefixes.map((p) => p.length)),
    ...(spec.validator !== undefined ? { validator: spec.validator } : {}),
    ...(spec.entropyMin !== undefined ? { entropyMin: spec.entropyMin } : {}),
    ...(spec.allowlist !== undefined ? { allowlist: spec.allowlist } : {}),
    ...(spec.window !== undefined ? { window: spec.window } : {}),
    examples: {
      positive: [
        { text: `config.token = "${token}";`, secret: token },
        { text: `Here is the key: ${token}\nthanks`, secret: token },
        ...(spec.extraPositive ?? []),
      ],
      negative: [
        { text: `token: ${p0}${"x".repeat(Math.max(n, 8))}${spec.suffix?.sample ?? ""}` },
        { text: `value=${p0}${body.slice(0, Math.max(1, Math.floor(n / 3)))} ` },
        { text: `word${token}` },
        ...(spec.extraNegative ?? []),
      ],
    },
  };
}

export interface ContextSpec {
  id: string;
  description: string;
  /** Lower-case service names that must precede the value (key names, env vars, prose). */
  keywords: readonly string[];
  /** Optional regex for the key name after the keyword (default: up to 30 name characters). */
  keyTail?: string;
  /** Character class body and length of the value. */
  value: string;
  length: Len;
  /** Literal text around the value inside the pattern (regex source), with sample. */
  valuePrefix?: { pattern: string; sample: string };
  score?: number;
  entropyMin?: number;
  validator?: string;
  extraPositive?: readonly SecretRuleExample[];
  extraNegative?: readonly SecretRuleExample[];
  sampleValue?: string;
  /** Key name used in generated examples (default derived from the first keyword and key tail). */
  exampleKey?: string;
  placeholderCheck?: boolean;
}

/**
 * A credential without a distinctive prefix, recognised by a service keyword in the key name or
 * nearby text followed by an assignment and a value of the right alphabet and length.
 */
/**
 * Credential nouns after a service name in prose, and what the credential is for ("linode api token for the
 * migration: X", "the hetzner cloud token X"): only credential nouns, so a service name in a sentence does not reach a
 * value further on.
 */
const PROSE_CREDENTIAL =
  "(?:[ \\t]{1,3}(?:api|access|auth|personal|cli|bot|app|account|service|cloud|token|key|secret|pat|credential)s?){1,3}(?:[ \\t]{1,3}(?:for|to|of|on)(?:[ \\t]{1,3}[\\w.-]{1,30}){1,3})?";

export function contextToken(spec: ContextSpec): SecretRule {
  const kw = spec.keywords.map(escapeRegExp).join("|");
  const tail = spec.keyTail ?? "[\\w.-]{0,30}?";
  const vp = spec.valuePrefix?.pattern ?? "";
  const pattern =
    // (up to 16 blanks before the operator: aligned HCL / tfvars / properties columns; or a word in prose:
    // "mistral with X", "the Datadog key is X")
    `(?<![A-Za-z0-9])(?<key>(?:${kw})${tail})(?:${PROSE_CREDENTIAL})?\\\\?["']?[ \\t]{0,16}(?:=|:=|::=|:::=|:|=>|\\?=|,|[ \\t](?:key[ \\t]|token[ \\t])?(?:is|was|with|using)[ \\t]|\\s|["']?\\r?\\n[ \\t]{0,16}value:)[ \\t]{0,3}\\\\?["'\`]?` +
    `(?<secret>${vp}[${safeClass(spec.value)}]${quant(spec.length)})(?![A-Za-z0-9_+/=${safeClass(spec.value)}\\-])`;
  const rnd = seededRandom(spec.id);
  const n = lenMin(spec.length);
  const value = spec.sampleValue ?? `${spec.valuePrefix?.sample ?? ""}${randomFrom(spec.value, n, rnd)}`;
  const k0 = spec.keywords[0] as string;
  const tailWord = /\(\?:([a-z]+)/.exec(spec.keyTail ?? "")?.[1];
  const keyName =
    spec.exampleKey ??
    (tailWord !== undefined
      ? `${k0.replace(/[_.-]$/, "")}_${tailWord}`
      : /[_.-]$/.test(k0)
        ? `${k0}api_key`
        : /key|token|secret|pass/.test(k0)
          ? k0
          : `${k0}_api_key`);
  return {
    id: spec.id,
    description: spec.description,
    pattern,
    flags: "i",
    secretGroup: "secret",
    keywords: spec.keywords,
    anchored: true,
    score: spec.score ?? 0.8,
    entropyMin: spec.entropyMin ?? (/^a-f0-9$|^0-9a-f$/i.test(spec.value) ? 3 : 3.3),
    window: { before: 8, after: 96 + (typeof spec.length === "number" ? spec.length : spec.length[1]) },
    ...(spec.validator !== undefined ? { validator: spec.validator } : {}),
    ...(spec.placeholderCheck !== undefined ? { placeholderCheck: spec.placeholderCheck } : {}),
    examples: {
      positive: [
        { text: `${keyName.toUpperCase()}=${value}`, secret: value },
        { text: `  "${keyName}": "${value}",`, secret: value },
        ...(spec.extraPositive ?? []),
      ],
      negative: [
        { text: `${keyName}: "${"x".repeat(n)}"` },
        { text: `hash = "${value}"` },
        { text: `${keyName} = \${${keyName.toUpperCase()}}` },
        ...(spec.extraNegative ?? []),
      ],
    },
  };
}
