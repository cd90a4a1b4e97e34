import type { SharedScan } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import type { SharedKeywords } from "../shared/shared-keywords.js";
import { FIRST_NON_ASCII, NOT_PLAIN_ASCII } from "../shared/non-ascii.js";
import { shannonEntropy } from "./entropy.js";
import { keyLike } from "../shared/key-like.js";
import { KeywordScanner } from "../shared/keyword-scanner.js";
import { isPlaceholder } from "./placeholder.js";
import { DEFAULT_WINDOW, type SecretRule } from "./secret-rule.js";
import { SECRET_VALIDATORS, type SecretValidator } from "./validators.js";

interface CompiledRule {
  readonly rule: SecretRule;
  /** Global regex for window search, or sticky regex for anchored rules (no indices: fast rejection). */
  readonly re: RegExp;
  /** Sticky regex with match indices, re-run only where `re` matched, to get group spans. */
  readonly reIdx: RegExp;
  readonly anchored: boolean;
  readonly group: number | string;
  readonly allow: readonly RegExp[];
  readonly stop: readonly string[];
  readonly validator: SecretValidator | undefined;
  readonly before: number;
  readonly after: number;
  /** Finds the rule's non-ASCII keywords (see `SecretRule.unicodeKeywords`), global; undefined when it has none. */
  readonly unicode: RegExp | undefined;
}

/** Split keys: most heads per text, characters a head needs past its prefix, longest head, how far and how many tails. */
const SPLIT_MAX_HEADS = 8;
const SPLIT_MAX_CANDIDATES = 512;
const SPLIT_MIN_EXTRA = 4;
const SPLIT_MAX_HEAD = 200;
const SPLIT_REACH = 160;
const SPLIT_TAILS = 4;
const SPLIT_MAX_TRIES = 48;

/** Characters of a key token: letters, digits, `_`, `-`. */
function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

/** The next key-like tokens (≥ 4 key characters with a digit or a capital past the first) within SPLIT_REACH of `from`. */
function tailsAfter(text: string, from: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const limit = Math.min(text.length, from + SPLIT_REACH);
  let i = from;
  while (i < limit && out.length < SPLIT_TAILS) {
    while (i < limit && !isKeyChar(text.charCodeAt(i))) i++;
    const s = i;
    while (i < text.length && isKeyChar(text.charCodeAt(i))) i++;
    // (a piece of a base64 run, between `+`, `/` or `=`, is not a token of its own)
    if (i - s >= 4 && i - s <= SPLIT_MAX_HEAD && keyLike(text, s, i) && !isBase64Joint(text.charCodeAt(s - 1)) && !isBase64Joint(text.charCodeAt(i))) out.push({ start: s, end: i });
  }
  return out;
}

/** `+`, `/`, `=`: what joins the pieces of a base64 run. */
function isBase64Joint(c: number): boolean {
  return c === 43 || c === 47 || c === 61;
}

/** A character that continues a run a head cannot start inside (key characters, base64 joints, `.`). */
function isRunChar(c: number): boolean {
  return isKeyChar(c) || isBase64Joint(c) || c === 46;
}

/** Extra characters kept before a window so that look-behind boundaries see real context. */
const LOOKBEHIND_PAD = 32;

function compile(rule: SecretRule): CompiledRule {
  const anchored = rule.anchored === true;
  const re = new RegExp(rule.pattern, `${rule.flags ?? ""}${anchored ? "y" : "g"}`);
  const reIdx = new RegExp(rule.pattern, `${rule.flags ?? ""}yd`);
  const group = rule.secretGroup ?? (/\(\?<secret>/.test(rule.pattern) ? "secret" : 0);
  return {
    rule,
    re,
    reIdx,
    anchored,
    group,
    allow: (rule.allowlist ?? []).map((a) => new RegExp(a)),
    stop: (rule.stopwords ?? []).map((s) => s.toLowerCase()),
    validator: rule.validator === undefined ? undefined : SECRET_VALIDATORS[rule.validator],
    before: rule.window?.before ?? DEFAULT_WINDOW.before,
    after: rule.window?.after ?? DEFAULT_WINDOW.after,
    unicode:
      rule.unicodeKeywords === undefined || rule.unicodeKeywords.length === 0
        ? undefined
        : new RegExp(rule.unicodeKeywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu"),
  };
}

/**
 * Runs a rule set over texts: one keyword pass, then each rule's regex only at (anchored) or around
 * (windowed) its keyword occurrences, then placeholder/entropy/allowlist filters and the rule's
 * validator. Findings from generic rules give way to overlapping provider-specific ones.
 * Rules must have been checked with `validateSecretRules` (an invalid pattern throws here, at
 * construction, never in `scan`). Instances keep no per-call state and can be shared.
 */
export class SecretScanner {
  private readonly compiled: readonly CompiledRule[];
  private readonly keywordRules: readonly (readonly number[])[];
  private readonly keywordLengths: readonly number[];
  /** Per keyword: 1 when a provider-specific (not generic) rule uses it. */
  private readonly specific: Uint8Array;
  /** Rules with non-ASCII keywords, run apart from the keyword pass (see `unicodeHits`). */
  private readonly unicodeRules: readonly CompiledRule[];
  /** Ids of the generic (catch-all) rules. */
  private readonly genericIds: ReadonlySet<string>;
  private readonly scanner: KeywordScanner;
  /** Scratch lists per rule, emptied after every scan (scans are synchronous, never re-entrant). */
  private readonly lists: number[][];
  /** Index in `sharedKeywords` → index of the same keyword here (-1: not ours), when all of ours are in that set. */
  private readonly fromShared: Int32Array | undefined;

  /**
   * `sharedKeywords`: a keyword set scanned once per text for several detectors (the engine's standard set). When
   * it holds every keyword of these rules, in the same relative order, `scan` takes its hits from the caller's
   * shared scan instead of scanning the text itself.
   */
  constructor(
    rules: readonly SecretRule[],
    private readonly detectorId: string,
    private readonly sharedKeywords?: SharedKeywords,
  ) {
    this.compiled = rules.map(compile);
    this.unicodeRules = this.compiled.filter((c) => c.unicode !== undefined);
    this.lists = rules.map(() => []);
    const index = new Map<string, number[]>();
    rules.forEach((r, i) => {
      for (const k of r.keywords) {
        const key = k.toLowerCase();
        const list = index.get(key);
        if (list === undefined) index.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    const keywords = [...index.keys()];
    this.scanner = new KeywordScanner(keywords);
    this.keywordRules = keywords.map((k) => index.get(k) as number[]);
    this.keywordLengths = keywords.map((k) => k.length);
    this.genericIds = new Set(rules.filter((r) => r.generic === true).map((r) => r.id));
    this.specific = Uint8Array.from(keywords, (k) => (k.length >= 3 && (index.get(k) as number[]).some((ri) => rules[ri]?.generic !== true) ? 1 : 0));
    this.fromShared = sharedKeywords === undefined ? undefined : mapKeywords(keywords, sharedKeywords);
  }

  /** Ids of the rules this scanner runs. */
  get ruleIds(): string[] {
    return this.compiled.map((c) => c.rule.id);
  }

  /**
   * All findings in `text` (`shared`: the engine's shared scan of that text, if any). An internal error is thrown,
   * not swallowed: the engine reports the detector as failed and the gateway fails closed.
   */
  scan(text: string, shared?: SharedScan): Finding[] {
    if (typeof text !== "string" || text.length === 0) return [];
    const heads: number[] = [];
    const found = this.scanUnsafe(text, shared, heads);
    return heads.length === 0 ? found : this.withSplitParts(text, found, heads);
  }

  /**
   * A key cut in two with words between the parts ("my key starts AKIAZ3MHQK … and ends 7XN2PLW4RB"): a token that
   * starts with a provider prefix (a keyword of a specific rule) but matched nothing is a head; each of the next few
   * key-like tokens after it is tried as its tail, and when head + tail is a whole key of a specific rule (its
   * pattern and validator: the GitHub checksum, …), both parts are reported as that type.
   */
  private withSplitParts(text: string, found: Finding[], heads: readonly number[]): Finding[] {
    const out = found;
    let added = false;
    let tried = 0;
    for (let h = 0; h < heads.length && tried < SPLIT_MAX_HEADS; h += 2) {
      const kw = heads[h] as number;
      const pos = heads[h + 1] as number;
      const minHead = (this.keywordLengths[kw] as number) + SPLIT_MIN_EXTRA;
      let e = pos;
      while (e < text.length && isKeyChar(text.charCodeAt(e))) e++;
      if (e - pos < minHead || e - pos > SPLIT_MAX_HEAD || isBase64Joint(text.charCodeAt(e))) continue;
      if (found.some((f) => f.start < e && f.end > pos) || !keyLike(text, pos, e)) continue;
      tried++;
      const head = text.slice(pos, e);
      let tries = 0;
      search: for (const tail of tailsAfter(text, e)) {
        // Parts set apart by white space (words, a line break) or by quotes (two string values of one JSON object,
        // `{"a":"ghp_…","b":"…"}`); one hidden by an invisible character alone is the normalised view's to join.
        if (!/[\s"'`]/.test(text.slice(e, tail.start))) continue;
        const rest = text.slice(tail.start, tail.end);
        // The head may run on into a word glued to it (texts joined without a space: "…Q7" + "and ends"): shorter
        // heads are tried too.
        for (let k = head.length; k >= minHead && tries < SPLIT_MAX_TRIES; k--, tries++) {
          const whole = head.slice(0, k) + rest;
          const hit = this.scanUnsafe(whole, undefined, undefined).find((f) => f.start === 0 && f.end === whole.length && !this.genericIds.has(f.type));
          if (!hit) continue;
          const explanation = `part of a ${hit.type} split in two (rule ${hit.type})`;
          const score = Math.round(hit.score * 0.95 * 1000) / 1000;
          const spread = { start: pos, end: tail.end };
          out.push({ ...hit, start: pos, end: pos + k, score, explanation, spread }, { ...hit, start: tail.start, end: tail.end, score, explanation, spread });
          added = true;
          break search;
        }
      }
    }
    return added ? out.sort((a, b) => a.start - b.start) : out;
  }

  /** Keyword hits `[keyword, start, ...]`: from the shared keyword pass when there is one, else a pass of our own. */
  private keywordHits(text: string, shared: SharedScan | undefined): number[] {
    const map = this.fromShared;
    if (map === undefined || this.sharedKeywords === undefined || shared === undefined || shared.text !== text) return this.scanner.scan(text);
    const all = shared.get(this.sharedKeywords.part);
    const hits: number[] = [];
    for (let h = 0; h < all.length; h += 2) {
      const k = map[all[h] as number] as number;
      if (k >= 0) hits.push(k, all[h + 1] as number);
    }
    return hits;
  }

  /** The findings of `text`; `heads` (when given) collects `[keyword, position]` of specific rules' prefix hits. */
  private scanUnsafe(text: string, shared: SharedScan | undefined, heads: number[] | undefined): Finding[] {
    const n = text.length;
    const hits = this.keywordHits(text, shared);
    const firstNonAscii = this.unicodeRules.length === 0 ? -1 : shared !== undefined && shared.text === text ? shared.get(FIRST_NON_ASCII) : text.search(NOT_PLAIN_ASCII);
    if (hits.length === 0 && firstNonAscii < 0) return [];
    // Per rule: keyword positions (anchored rules) or merged [start, end) windows, flattened into
    // reusable lists; only rules that got a hit are touched, so short texts cost little.
    const lists = this.lists;
    const touched: number[] = [];
    for (let h = 0; h < hits.length; h += 2) {
      const kw = hits[h] as number;
      const pos = hits[h + 1] as number;
      const kwLen = this.keywordLengths[kw] as number;
      // A keyword that starts a token may be a provider prefix (`AKIA…`, `ghp_…`): a head if nothing matches there.
      // (every candidate is kept, up to SPLIT_MAX_CANDIDATES: ordinary words that are also keywords must not use up the
      // SPLIT_MAX_HEADS heads that are tried)
      if (heads !== undefined && heads.length < 2 * SPLIT_MAX_CANDIDATES && (pos === 0 || !isRunChar(text.charCodeAt(pos - 1))) && this.specific[kw] === 1) heads.push(kw, pos);
      for (const ri of this.keywordRules[kw] as number[]) {
        const c = this.compiled[ri] as CompiledRule;
        const list = lists[ri] as number[];
        if (list.length === 0) touched.push(ri);
        if (c.anchored) {
          if (list[list.length - 1] !== pos) list.push(pos);
          continue;
        }
        const ws = pos > c.before ? pos - c.before : 0;
        const we = Math.min(n, pos + kwLen + c.after);
        const last = list.length - 1;
        if (last >= 1 && ws <= (list[last] as number)) {
          if (we > (list[last] as number)) list[last] = we;
        } else list.push(ws, we);
      }
    }
    const out: (Finding & { generic: boolean })[] = [];
    try {
      for (const ri of touched) {
        const c = this.compiled[ri] as CompiledRule;
        const list = lists[ri] as number[];
        const seen = new Set<number>();
        if (c.anchored) {
          for (const p of list) {
            c.re.lastIndex = p;
            if (!c.re.test(text)) continue;
            c.reIdx.lastIndex = p;
            const m = c.reIdx.exec(text);
            if (m !== null) this.accept(c, text, m, 0, seen, out);
          }
          continue;
        }
        for (let w = 0; w < list.length; w += 2) {
          const ws = list[w] as number;
          const sliceStart = ws > LOOKBEHIND_PAD ? ws - LOOKBEHIND_PAD : 0;
          const sub = text.slice(sliceStart, list[w + 1] as number);
          this.runRule(c, text, sub, sliceStart, seen, out);
        }
      }
      if (firstNonAscii >= 0) this.unicodeHits(text, firstNonAscii, out);
    } finally {
      for (const ri of touched) (lists[ri] as number[]).length = 0;
    }
    return resolveOverlaps(out);
  }

  /**
   * Rules whose keywords are not ASCII: each runs from a little before its first keyword (found at or after the
   * text's first non-ASCII character) to the end of the text.
   */
  private unicodeHits(text: string, from: number, out: (Finding & { generic: boolean })[]): void {
    for (const c of this.unicodeRules) {
      const kw = c.unicode as RegExp;
      kw.lastIndex = from > 64 ? from - 64 : 0; // a keyword may start with ASCII letters ("hasło")
      const m = kw.exec(text);
      if (m === null) continue;
      const sliceStart = m.index > LOOKBEHIND_PAD ? m.index - LOOKBEHIND_PAD : 0;
      this.runRule(c, text, text.slice(sliceStart), sliceStart, new Set<number>(), out);
    }
  }

  private runRule(
    c: CompiledRule,
    text: string,
    sub: string,
    offset: number,
    seen: Set<number>,
    out: (Finding & { generic: boolean })[],
  ): void {
    const re = c.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sub)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      c.reIdx.lastIndex = m.index;
      const mi = c.reIdx.exec(sub);
      if (mi !== null) this.accept(c, text, mi, offset, seen, out);
    }
  }

  /** Turn one regex match (found in a slice starting at `offset`) into a finding if it passes the checks. */
  private accept(
    c: CompiledRule,
    text: string,
    m: RegExpExecArray,
    offset: number,
    seen: Set<number>,
    out: (Finding & { generic: boolean })[],
  ): void {
    const idx = m.indices;
    const span = typeof c.group === "number" ? idx?.[c.group] : idx?.groups?.[c.group];
    if (span === undefined) return;
    const start = offset + span[0];
    let end = trimSentencePunctuation(text, start, offset + span[1]);
    if (end <= start) return;
    const key = start * 65536 + (end - start);
    if (seen.has(key)) return;
    seen.add(key);
    const judged = this.judge(c, text, m, start, end, offset + m.index);
    if (judged === null) return;
    let score: number;
    if (typeof judged === "number") score = judged;
    else {
      score = judged.score;
      end = start + Math.max(1, Math.min(end - start, judged.length));
    }
    out.push({
      detector: this.detectorId,
      category: "secret",
      type: c.rule.id,
      start,
      end,
      score: Math.round(score * 1000) / 1000,
      explanation: `${c.rule.description} (rule ${c.rule.id})`,
      generic: c.rule.generic === true,
    });
  }

  private judge(
    c: CompiledRule,
    text: string,
    m: RegExpExecArray,
    start: number,
    end: number,
    matchStart: number,
  ): number | null | { score: number; length: number } {
    const rule = c.rule;
    const secret = text.slice(start, end);
    const body = rule.prefixLength ? secret.slice(rule.prefixLength) : secret;
    if (rule.placeholderCheck !== false && isPlaceholder(secret, body)) return null;
    if (rule.entropyMin !== undefined && shannonEntropy(body) < rule.entropyMin) return null;
    for (const a of c.allow) if (a.test(secret)) return null;
    if (c.stop.length > 0) {
      const lower = secret.toLowerCase();
      for (const s of c.stop) if (lower.includes(s)) return null;
    }
    if (c.validator === undefined) return rule.score;
    const score = c.validator({
      secret,
      body,
      match: m[0],
      matchStart,
      groups: m.groups ?? {},
      text,
      start,
      end,
      score: rule.score,
    });
    if (score !== null && typeof score === "object") return score.score > 0 ? { score: Math.min(1, score.score), length: score.length } : null;
    return score === null || !(score > 0) ? null : Math.min(1, score);
  }
}

/**
 * Shared index → our index, or undefined when the shared set lacks one of our keywords or orders them
 * differently (hits at the same position must come out in the same relative order as our own scanner's).
 */
function mapKeywords(ours: readonly string[], set: SharedKeywords): Int32Array | undefined {
  const map = new Int32Array(set.keywords.length).fill(-1);
  let last = -1;
  for (const [i, k] of ours.entries()) {
    const g = set.index(k);
    if (g <= last) return undefined;
    map[g] = i;
    last = g;
  }
  return map;
}

/** Keep the strongest finding where spans overlap; generic rules always give way to specific ones. */
function resolveOverlaps(found: (Finding & { generic: boolean })[]): Finding[] {
  if (found.length === 0) return [];
  found.sort(
    (a, b) => +a.generic - +b.generic || b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // Kept spans never overlap, so they stay sorted by start: binary search the insertion point.
  const kept: Finding[] = [];
  for (const f of found) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((kept[mid] as Finding).start < f.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if (prev !== undefined && prev.end > f.start) continue;
    if (next !== undefined && next.start < f.end) continue;
    const { generic: _generic, ...finding } = f;
    kept.splice(lo, 0, finding);
  }
  return kept;
}

/**
 * A value's end without the sentence punctuation or Markdown that follows it in prose ("the token is s.X.", "use X,
 * then", "(key X)", "`redis-cli -a X`", "**X**"): a trailing `.`, `,`, `;`, `:` or `)` (a `)` only when the value
 * opens none) right after a letter, digit or closing mark, at the end of the text or before white space or a closing
 * quote, is not part of the value; nor is a closing backtick or `**` that the value does not open. `!` and `?` are
 * left alone (passwords end with them).
 */
export function trimSentencePunctuation(text: string, start: number, end: number): number {
  for (let n = 0; n < 3 && end - start > 8; n++) {
    const last = text.charCodeAt(end - 1);
    // a closing backtick, or `**`, that the value does not open
    if (last === 96) {
      if (text.lastIndexOf("`", end - 2) >= start) break;
      end--;
      continue;
    }
    if (last === 42 && text.charCodeAt(end - 2) === 42) {
      const open = text.indexOf("**", start);
      if (open >= 0 && open < end - 2) break;
      end -= 2;
      continue;
    }
    // . , ; : )
    if (last !== 46 && last !== 44 && last !== 59 && last !== 58 && last !== 41) break;
    // white space, quotes, backtick, `<` (markup), or the end of the text (or the punctuation trimmed just before)
    const next = end < text.length ? text.charCodeAt(end) : 32;
    if (n === 0 && !(next <= 32 || next === 34 || next === 39 || next === 96 || next === 60 || next === 42)) break;
    const prev = text.charCodeAt(end - 2);
    const alnum = (prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122);
    if (!alnum && prev !== 41 && prev !== 96 && prev !== 42) break;
    if (last === 41 && text.lastIndexOf("(", end - 1) >= start) break;
    end--;
  }
  return end;
}
