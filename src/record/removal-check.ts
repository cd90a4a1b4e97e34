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

/** Purge runs of one field and tenant group, in chain order, with the latest cut-off from each run on. */
interface Runs {
  seqs: number[];
  befores: number[];
}

/** An unexplained removal: the seq and request of the first record it touches, and why. */
export interface RemovalProblem {
  seq: number;
  requestId: string;
  reason: string;
}

const WILDCARD = "\0*";

/**
 * Checks, alongside the chain walk of `verifyLog`, that evidence was only removed the ways Warden removes it:
 * a payload (or original) missing while the chain still commits to its digest must be covered by a later
 * `audit.purge` event (same field, the record older than the run's cut-off, its tenant or every tenant; runs by
 * category or data class count for every tenant, which errs towards accepting), and a record's data key must still
 * exist, shredded only where a `tenant.shredded` event says so. Anyone with write access to the database could
 * otherwise delete a chosen call's prompt and answer, or a tenant's keys, and still get a green verify.
 */
export class RemovalCheck {
  private readonly missing: Missing[] = [];
  private readonly runs = new Map<string, Runs>();
  private readonly shredded = new Set<string>();
  /** `tenant \0 version` → first record using that data key. */
  private readonly keysUsed = new Map<string, { seq: number; requestId: string }>();

  /** Look at one record of the chain (in seq order). */
  see(e: StoredEntry): void {
    if (e.payload === null && e.payloadDigest) this.missing.push({ seq: e.seq, time: e.time, tenant: e.tenant, field: "payload", requestId: e.requestId });
    if (e.original === null && e.originalDigest) this.missing.push({ seq: e.seq, time: e.time, tenant: e.tenant, field: "original", requestId: e.requestId });
    if (e.keyVersion !== null && (e.payloadDigest || e.originalDigest)) {
      const k = `${e.tenant}\0${e.keyVersion}`;
      if (!this.keysUsed.has(k)) this.keysUsed.set(k, { seq: e.seq, requestId: e.requestId });
    }
    if (e.kind !== "admin") return;
    let meta: { event?: unknown; runs?: unknown; tenant?: unknown };
    try {
      meta = JSON.parse(e.meta) as typeof meta;
    } catch {
      return;
    }
    if (meta.event === "tenant.shredded" && typeof meta.tenant === "string") this.shredded.add(meta.tenant);
    if (meta.event !== "audit.purge" || !Array.isArray(meta.runs)) return;
    for (const r of meta.runs as { field?: unknown; tenant?: unknown; before?: unknown }[]) {
      if ((r.field !== "payload" && r.field !== "original") || typeof r.tenant !== "string" || typeof r.before !== "string") continue;
      const before = Date.parse(r.before);
      if (Number.isNaN(before)) continue;
      const group = r.tenant === "*" || r.tenant.startsWith("category:") || r.tenant.startsWith("class:") ? WILDCARD : r.tenant;
      const key = `${r.field}\0${group}`;
      let runs = this.runs.get(key);
      if (!runs) this.runs.set(key, (runs = { seqs: [], befores: [] }));
      runs.seqs.push(e.seq);
      runs.befores.push(before);
    }
  }

  /** The first unexplained removal, after the whole chain was seen; `keys`: the store's data keys. */
  problem(keys: readonly WrappedDataKey[]): RemovalProblem | undefined {
    // latest cut-off from each run on (runs were pushed in seq order)
    for (const runs of this.runs.values()) for (let i = runs.befores.length - 2; i >= 0; i--) runs.befores[i] = Math.max(runs.befores[i]!, runs.befores[i + 1]!);
    const problems: RemovalProblem[] = [];
    for (const m of this.missing) {
      if (this.covered(`${m.field}\0${m.tenant}`, m) || this.covered(`${m.field}\0${WILDCARD}`, m)) continue;
      problems.push({ seq: m.seq, requestId: m.requestId, reason: `${m.field === "payload" ? "payload" : "original payload"} removed without a purge that covers it (deleted?)` });
      break;
    }
    const stored = new Map(keys.map((k) => [`${k.tenant}\0${k.version}`, k]));
    for (const [k, first] of this.keysUsed) {
      const key = stored.get(k);
      const [tenant, version] = k.split("\0");
      if (!key) problems.push({ ...first, reason: `data key ${version} of tenant "${tenant}" is missing (deleted?): its records can no longer be read` });
      else if (key.wrapped === null && !this.shredded.has(tenant ?? "")) problems.push({ ...first, reason: `data key ${version} of tenant "${tenant}" is shredded without a tenant.shredded event` });
    }
    return problems.sort((a, b) => a.seq - b.seq)[0];
  }

  /** Whether a purge run recorded after `m` in `key`'s group has a cut-off after `m`'s time. */
  private covered(key: string, m: Missing): boolean {
    const runs = this.runs.get(key);
    if (!runs) return false;
    // first run after the record
    let lo = 0;
    let hi = runs.seqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (runs.seqs[mid]! > m.seq) hi = mid;
      else lo = mid + 1;
    }
    return lo < runs.seqs.length && runs.befores[lo]! > m.time;
  }
}
