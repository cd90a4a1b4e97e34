import type { Finding, FindingCategory } from "../core/finding.js";
import { isActionable, type Thresholds } from "./thresholds.js";

/**
 * Merge families: findings are only ever merged or pitted against findings of the same family. Injection,
 * evasion, code and confidential spans describe the text around sensitive values, not the values, so they
 * never swallow (or get swallowed by) a pii/secret/custom span.
 */
const FAMILY: Readonly<Record<FindingCategory, string>> = {
  pii: "content",
  secret: "content",
  custom: "content",
  injection: "injection",
  evasion: "evasion",
  code: "code",
  confidential: "confidential",
  leakage: "leakage",
  exfiltration: "exfiltration",
};

/** Category priorities inside the content family: a secret beats a custom rule, which beats built-in PII. */
const CATEGORY_PRIORITY: Readonly<Partial<Record<FindingCategory, number>>> = { secret: 40, custom: 35, pii: 20 };

/**
 * Entity types that carry other values (a URL holds credentials, a domain is part of an email) get the lowest
 * priority, and validated identifiers a higher one than free-form PII.
 */
const TYPE_PRIORITY: Readonly<Record<string, number>> = {
  URL: 10,
  DOMAIN_NAME: 10,
  IP_ADDRESS: 12,
  EMAIL_ADDRESS: 25,
  CREDIT_CARD: 30,
  IBAN_CODE: 30,
  US_SSN: 30,
  CRYPTO: 30,
};

/** Types that are containers: when one contains a higher-priority span, the container is dropped. */
const CARRIERS: ReadonlySet<string> = new Set(["URL", "DOMAIN_NAME", "IP_ADDRESS"]);

/** Merge priority of a finding (higher wins conflicts). */
export function findingPriority(f: Finding): number {
  if (f.category === "pii") return TYPE_PRIORITY[f.type] ?? CATEGORY_PRIORITY.pii ?? 0;
  return CATEGORY_PRIORITY[f.category] ?? 0;
}

const byLocale = (a: string, b: string): number => a.localeCompare(b);
const bySpan = (a: Finding, b: Finding): number => a.start - b.start || b.end - a.end;

/**
 * The findings stably sorted by category, type (both `localeCompare`), start, then longer first. A long list is
 * sorted per (category, type) group, with the few distinct names ordered once: the same order as one sort of the
 * whole list with that comparator, without a `localeCompare` per comparison.
 */
function sortByTypeAndSpan(findings: readonly Finding[]): Finding[] {
  // (a short list sorts faster directly than through maps)
  if (findings.length < 64) return [...findings].sort((a, b) => byLocale(a.category, b.category) || byLocale(a.type, b.type) || bySpan(a, b));
  const groups = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    let byType = groups.get(f.category);
    if (byType === undefined) groups.set(f.category, (byType = new Map()));
    const list = byType.get(f.type);
    if (list === undefined) byType.set(f.type, [f]);
    else list.push(f);
  }
  const out: Finding[] = [];
  const categories = [...groups.keys()].sort(byLocale);
  for (let c = 0; c < categories.length; c++) {
    const byType = groups.get(categories[c] as string) as Map<string, Finding[]>;
    const types = [...byType.keys()].sort(byLocale);
    // Two different names that collate as equal would interleave in one sort: keep that order exactly.
    const tie = (xs: string[], i: number): boolean => i > 0 && byLocale(xs[i - 1] as string, xs[i] as string) === 0;
    if (tie(categories, c) || types.some((_, i) => tie(types, i))) {
      return [...findings].sort((a, b) => byLocale(a.category, b.category) || byLocale(a.type, b.type) || bySpan(a, b));
    }
    for (const t of types) for (const f of (byType.get(t) as Finding[]).sort(bySpan)) out.push(f);
  }
  return out;
}

/** Same type: union of overlapping spans, keeping the evidence (detector, explanation) of the higher score. */
function unionSameType(findings: Finding[]): Finding[] {
  const sorted = sortByTypeAndSpan(findings);
  const out: Finding[] = [];
  let cur: Finding | undefined;
  for (const f of sorted) {
    if (cur && cur.category === f.category && cur.type === f.type && f.start < cur.end) {
      const best = f.score > cur.score ? f : cur;
      const merged: Finding = { ...best, start: cur.start, end: Math.max(cur.end, f.end) };
      // A match seen in the original text needs no view label; otherwise keep the winner's view.
      if (cur.view === undefined || f.view === undefined) delete merged.view;
      cur = merged;
    } else {
      if (cur) out.push(cur);
      cur = f;
    }
  }
  if (cur) out.push(cur);
  return out;
}

type Verdict = "keep-both" | "drop-new" | "drop-old" | "widen-old" | "widen-new";

/** Decide between two overlapping content findings of different types (`a` starts first or at the same place). */
function resolve(a: Finding, b: Finding, thresholds: Thresholds): Verdict {
  const actA = isActionable(a, thresholds);
  const actB = isActionable(b, thresholds);
  const pa = findingPriority(a);
  const pb = findingPriority(b);
  const aHasB = a.start <= b.start && b.end <= a.end;
  const bHasA = b.start <= a.start && a.end <= b.end;
  if (aHasB && bHasA) {
    // Same span: actionable beats below-threshold (a 9-digit number with passport context is a passport, not
    // a context-less SSN candidate), then higher priority, then higher score.
    if (actA !== actB) return actA ? "drop-new" : "drop-old";
    if (pa !== pb) return pa > pb ? "drop-new" : "drop-old";
    return b.score > a.score ? "drop-old" : "drop-new";
  }
  if (aHasB || bHasA) {
    // (no destructured arrays: this runs for every pair of overlapping findings)
    const innerIsNew = aHasB;
    const outerType = aHasB ? a.type : b.type;
    const po = aHasB ? pa : pb;
    const pi = aHasB ? pb : pa;
    const actO = aHasB ? actA : actB;
    const actI = aHasB ? actB : actA;
    // A contained span of lower or equal priority adds nothing once the container is reported...
    if (pi <= po && (actO || !actI)) return innerIsNew ? "drop-new" : "drop-old";
    // ...but a carrier (URL, domain) holding something more important gives way to it.
    if (pi > po && CARRIERS.has(outerType)) return innerIsNew ? "drop-old" : "drop-new";
    return "keep-both";
  }
  // Partial overlap: actionable beats not actionable, then the higher score, then the higher priority. When both
  // are actionable the winner takes the union of the spans: the loser's part outside it would otherwise go out as
  // it is ("https://deploy:Tz8!kq2Wm@gitlab…": a password and a would-be e-mail sharing "kq2Wm").
  if (actA !== actB) return actA ? "drop-new" : "drop-old";
  const aWins = a.score !== b.score ? a.score > b.score : pa >= pb;
  if (actA) return aWins ? "widen-old" : "widen-new";
  return aWins ? "drop-new" : "drop-old";
}

/** `f` over the union of its span and `other`'s. */
function widened(f: Finding, other: Finding): Finding {
  return { ...f, start: Math.min(f.start, other.start), end: Math.max(f.end, other.end) };
}

/** Resolve conflicts between overlapping content findings of different types (see docs/detection.md). */
function resolveContent(findings: Finding[], thresholds: Thresholds): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  const active: Finding[] = [];
  for (const f of sorted) {
    // (in place: no array per finding)
    let live = 0;
    for (const k of active) if (k.end > f.start) active[live++] = k;
    active.length = live;
    let dropNew = false;
    let cur = f;
    for (let a = 0; a < active.length; ) {
      const k = active[a] as Finding;
      const v = resolve(k, cur, thresholds);
      if (v === "drop-new") {
        dropNew = true;
        break;
      }
      if (v === "widen-old") {
        const w = widened(k, cur);
        active[a] = w;
        kept[kept.indexOf(k)] = w;
        dropNew = true;
        break;
      }
      if (v === "drop-old" || v === "widen-new") {
        if (v === "widen-new") cur = widened(cur, k);
        active.splice(a, 1);
        kept.splice(kept.indexOf(k), 1);
      } else a++;
    }
    if (!dropNew) {
      kept.push(cur);
      active.push(cur);
    }
  }
  return kept;
}

/**
 * Merge overlapping findings. Rules (documented in docs/detection.md):
 * 1. Findings only interact within a family (content = pii/secret/custom; injection; evasion; code; confidential; leakage).
 * 2. Same category and type, overlapping: one finding over the union span with the higher score's evidence.
 * 3. Content family, different types:
 *    - identical spans: higher priority wins (secret > custom > validated ids > email > other pii > ip > url/domain), then score;
 *    - one contains the other: a contained span of lower or equal priority is dropped (unless only it is actionable);
 *      a carrier (URL, domain, IP) containing a higher-priority span (e.g. a secret in a URL) is dropped instead;
 *      otherwise both stay;
 *    - partial overlap: the actionable one wins, then the higher score, then the higher priority; when both are
 *      actionable, the winner spans the union of the two.
 */
export function mergeFindings(findings: readonly Finding[], thresholds: Thresholds): Finding[] {
  const byFamily = new Map<string, Finding[]>();
  for (const f of findings) {
    const fam = FAMILY[f.category] ?? f.category;
    const list = byFamily.get(fam);
    if (list) list.push(f);
    else byFamily.set(fam, [f]);
  }
  const out: Finding[] = [];
  for (const [fam, list] of byFamily) {
    const unioned = unionSameType(list);
    // A loop, not push(...spread): a long document can give hundreds of thousands of findings, more arguments than
    // the stack holds (RangeError, and the request would be refused as a failed control).
    for (const f of fam === "content" ? resolveContent(unioned, thresholds) : unioned) out.push(f);
  }
  return out;
}
