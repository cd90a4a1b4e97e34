import type { WrappedDataKey } from "./audit-backend.js";
import type { StoredEntry } from "./audit-entry.js";

/** A payload the chain commits to (its digest is there) that is no longer stored. */
interface Missing {
  seq: number;
  time: number;
  tenant: string;
  field: "payload" | "original";
  requestId: string;
}

/**
 * Purge runs of one kind, in chain order, with the latest cut-off from each run on: runs of one tenant, or runs over
 * every tenant but `except`, of every record or only of requests with a finding category or data class (`selector`).
 */
interface Runs {
  tenant: string | undefined;
  except: ReadonlySet<string>;
  /** `category:<name>` or `class:<name>`; empty for every record. */
  selector: string;
  seqs: number[];
  befores: number[];
}

/** An unexplained removal: the seq and request of the first record it touches, and why. */
export interface RemovalProblem {
  seq: number;
  requestId: string;
  reason: string;
}

/** The category and data-class selectors a record's metadata matches (`category:pii`, `class:PCI`). */
function selectorsOf(meta: string): string[] {
  if (!meta.includes('"findings"')) return [];
  try {
    const m = JSON.parse(meta) as { findings?: { items?: { category?: unknown }[]; dataClasses?: unknown[] } };
    const out: string[] = [];
    for (const it of m.findings?.items ?? []) if (typeof it.category === "string") out.push(`category:${it.category}`);
    for (const c of m.findings?.dataClasses ?? []) if (typeof c === "string") out.push(`class:${c}`);
    return out;
  } catch {
    return [];
  }
}

/**
 * Checks, alongside the chain walk of `verifyLog`, that evidence was only removed the ways Warden removes it:
 * a payload (or original) missing while the chain still commits to its digest must be covered by a later
 * `audit.purge` event's run (same field, the record older than the run's cut-off; the record's tenant, or every
 * tenant but the run's exceptions (overrides, legal holds); and for a category or data-class run, a request whose
 * findings have it), and a record's data key must still exist, shredded only where a `tenant.shredded` event says
 * so or retired where a purge event lists it (`keysRetired`) and no stored payload still needs it. Anyone with write access to the database could otherwise delete a chosen call's prompt and answer, or a
 * tenant's keys, and still get a green verify. Purge events written before runs listed their exceptions count for
 * every tenant (errs towards accepting).
 */
export class RemovalCheck {
  private readonly missing: Missing[] = [];
  private readonly runs = new Map<string, Runs>();
  private readonly shredded = new Set<string>();
  /** `tenant \0 version` → first record using that data key. */
  private readonly keysUsed = new Map<string, { seq: number; requestId: string }>();
  /** `tenant \0 version` → first record still storing a payload or original under that key. */
  private readonly keysNeeded = new Map<string, { seq: number; requestId: string }>();
  /** `tenant \0 version` of keys a purge event says it destroyed (their period over, no stored payload left). */
  private readonly retired = new Set<string>();
  /** Request id → the category and data-class selectors of its records (only requests with findings). */
  private readonly selectors = new Map<string, Set<string>>();

  /** Look at one record of the chain (in seq order). */
  see(e: StoredEntry): void {
    if (e.payload === null && e.payloadDigest) this.missing.push({ seq: e.seq, time: e.time, tenant: e.tenant, field: "payload", requestId: e.requestId });
    if (e.original === null && e.originalDigest) this.missing.push({ seq: e.seq, time: e.time, tenant: e.tenant, field: "original", requestId: e.requestId });
    if (e.keyVersion !== null && (e.payloadDigest || e.originalDigest)) {
      const k = `${e.tenant}\0${e.keyVersion}`;
      if (!this.keysUsed.has(k)) this.keysUsed.set(k, { seq: e.seq, requestId: e.requestId });
      if ((e.payload !== null || e.original !== null) && !this.keysNeeded.has(k)) this.keysNeeded.set(k, { seq: e.seq, requestId: e.requestId });
    }
    if (e.kind !== "admin") {
      const sel = selectorsOf(e.meta);
      if (sel.length > 0) {
        let set = this.selectors.get(e.requestId);
        if (!set) this.selectors.set(e.requestId, (set = new Set()));
        for (const s of sel) set.add(s);
      }
      return;
    }
    let meta: { event?: unknown; runs?: unknown; tenant?: unknown; keysRetired?: unknown };
    try {
      meta = JSON.parse(e.meta) as typeof meta;
    } catch {
      return;
    }
    if (meta.event === "tenant.shredded" && typeof meta.tenant === "string") this.shredded.add(meta.tenant);
    if (meta.event === "audit.purge" && Array.isArray(meta.keysRetired)) {
      for (const k of meta.keysRetired as { tenant?: unknown; version?: unknown }[]) {
        if (typeof k.tenant === "string" && typeof k.version === "number") this.retired.add(`${k.tenant}\0${k.version}`);
      }
    }
    if (meta.event !== "audit.purge" || !Array.isArray(meta.runs)) return;
    for (const r of meta.runs as { field?: unknown; tenant?: unknown; before?: unknown; except?: unknown }[]) {
      if ((r.field !== "payload" && r.field !== "original") || typeof r.tenant !== "string" || typeof r.before !== "string") continue;
      const before = Date.parse(r.before);
      if (Number.isNaN(before)) continue;
      const wide = r.tenant === "*" || r.tenant.startsWith("category:") || r.tenant.startsWith("class:");
      const except = Array.isArray(r.except) ? r.except.filter((t): t is string => typeof t === "string").sort() : [];
      const selector = wide && r.tenant !== "*" ? r.tenant : "";
      const key = wide ? `${r.field}\0*\0${selector}\0${except.join("\0")}` : `${r.field}\0${r.tenant}`;
      let runs = this.runs.get(key);
      if (!runs) this.runs.set(key, (runs = { tenant: wide ? undefined : r.tenant, except: new Set(except), selector, seqs: [], befores: [] }));
      runs.seqs.push(e.seq);
      runs.befores.push(before);
    }
  }

  /**
   * The first unexplained removal, after the whole chain was seen; `keys`: the store's data keys; `unreadable`: the
   * keys (`tenant \0 version` → the error) found not to unwrap under the key-encryption key, when it was given.
   */
  problem(keys: readonly WrappedDataKey[], unreadable: ReadonlyMap<string, string> = new Map()): RemovalProblem | undefined {
    // latest cut-off from each run on (runs were pushed in seq order)
    for (const runs of this.runs.values()) for (let i = runs.befores.length - 2; i >= 0; i--) runs.befores[i] = Math.max(runs.befores[i]!, runs.befores[i + 1]!);
    const groups = [...this.runs.entries()];
    const problems: RemovalProblem[] = [];
    for (const m of this.missing) {
      const explained = groups.some(([key, runs]) => key.startsWith(`${m.field}\0`) && this.applies(runs, m) && covered(runs, m));
      if (explained) continue;
      problems.push({ seq: m.seq, requestId: m.requestId, reason: `${m.field === "payload" ? "payload" : "original payload"} removed without a purge that covers it (deleted?)` });
      break;
    }
    const stored = new Map(keys.map((k) => [`${k.tenant}\0${k.version}`, k]));
    for (const [k, first] of this.keysUsed) {
      const key = stored.get(k);
      const [tenant, version] = k.split("\0");
      if (!key) problems.push({ ...first, reason: `data key ${version} of tenant "${tenant}" is missing (deleted?): its records can no longer be read` });
      else if (key.wrapped === null && !this.shredded.has(tenant ?? "")) {
        // Retired by a purge (its period over): fine only if no record still stores a payload it encrypted.
        const needed = this.keysNeeded.get(k);
        if (!this.retired.has(k)) problems.push({ ...first, reason: `data key ${version} of tenant "${tenant}" is shredded without a tenant.shredded event or a purge that retired it` });
        else if (needed) problems.push({ ...needed, reason: `data key ${version} of tenant "${tenant}" was retired by a purge but this record's payload still needs it (unreadable)` });
      }
      else if (key.wrapped !== null && unreadable.has(k)) {
        problems.push({ ...first, reason: `data key ${version} of tenant "${tenant}" does not unwrap under the key-encryption key (modified, not the KEK it was wrapped with, or the KMS failed: ${unreadable.get(k)}): its records cannot be read` });
      }
    }
    return problems.sort((a, b) => a.seq - b.seq)[0];
  }

  /** Whether a group of runs can have purged `m` at all (its tenant, its exceptions, its selector). */
  private applies(runs: Runs, m: Missing): boolean {
    if (runs.tenant !== undefined) return runs.tenant === m.tenant;
    if (runs.except.has(m.tenant)) return false;
    return runs.selector === "" || (this.selectors.get(m.requestId)?.has(runs.selector) ?? false);
  }
}

/** Whether a run recorded after `m` in the group has a cut-off after `m`'s time. */
function covered(runs: Runs, m: Missing): boolean {
  let lo = 0;
  let hi = runs.seqs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs.seqs[mid]! > m.seq) hi = mid;
    else lo = mid + 1;
  }
  return lo < runs.seqs.length && runs.befores[lo]! > m.time;
}
