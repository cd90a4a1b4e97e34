import { randomUUID } from "node:crypto";
import type { JsonObject } from "../core/json.js";
import type { AppendInput } from "./audit-log.js";
import type { RejectedCall } from "./recorder.js";

/** How many rejected calls are recorded one by one before they are only counted (per window). */
export interface RejectionLimits {
  /** Length of a window in ms (the limits below are per window). */
  windowMs: number;
  /** Entries of their own per (code, source address, key id). */
  perSource: number;
  /** Entries of their own in all. */
  perWindow: number;
  /** Count entries (one per (code, source, key id) over the limits); beyond, counts fold into one per code, source `*`. */
  maxGroups: number;
}

export const DEFAULT_REJECTION_LIMITS: RejectionLimits = { windowMs: 1000, perSource: 5, perWindow: 50, maxGroups: 20 };

/** Distinct paths kept per count entry (the rest are counted as `other`): a flood of random paths stays small. */
const MAX_PATHS = 8;
/** Longest path (and method) stored: the request line can be kilobytes long. */
const MAX_PATH_LENGTH = 256;

const clip = (s: string, n = MAX_PATH_LENGTH): string => (s.length > n ? `${s.slice(0, n)}…` : s);

interface Group {
  code: string;
  status: number;
  source: string;
  principal: RejectedCall["principal"];
  count: number;
  first: number;
  last: number;
  paths: Map<string, number>;
  /** For the folded group: the distinct sources it counted (capped). */
  sources: Set<string>;
}

/**
 * Records calls refused before the record stage, without letting a flood of them fill the disk or slow the calls
 * that are served. In each window, the first `perSource` rejections of a (code, source, key) and at most `perWindow`
 * in all become entries of their own (awaited, so a refusal's record is durable like any other); the rest are only
 * counted, and each window's counts are written as at most `maxGroups` + one per code entries when the window ends.
 * So a flood costs a map update per request and at most `perWindow + maxGroups + codes` entries per window.
 */
export class RejectionRecorder {
  private window = -1;
  private individual = 0;
  private readonly seen = new Map<string, number>();
  private groups = new Map<string, Group>();
  private timer: NodeJS.Timeout | undefined;
  private readonly writes = new Set<Promise<unknown>>();

  constructor(
    private readonly append: (input: AppendInput) => Promise<unknown>,
    private readonly limits: RejectionLimits = DEFAULT_REJECTION_LIMITS,
    private readonly onError: (err: unknown) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Record one rejected call; resolves once its entry is durable, or at once when it was only counted. */
  record(call: RejectedCall): Promise<void> {
    const t = this.now();
    const w = Math.floor(t / this.limits.windowMs);
    if (w !== this.window) this.rollTo(w);
    const key = `${call.code}\0${clip(call.source, 64)}\0${call.principal?.keyId ?? ""}`;
    const n = this.seen.get(key) ?? 0;
    // `seen` only grows with entries of their own, so it holds at most `perWindow` keys whatever the flood.
    if (n < this.limits.perSource && this.individual < this.limits.perWindow) {
      this.seen.set(key, n + 1);
      this.individual++;
      return this.track(this.append(entryOf(call)));
    }
    this.count(call, t);
    return Promise.resolve();
  }

  /** Write the pending counts now and wait for every entry in flight (before the log closes). */
  async flush(): Promise<void> {
    this.rollTo(-1);
    while (this.writes.size > 0) await Promise.all([...this.writes]);
  }

  private track(p: Promise<unknown>): Promise<void> {
    const done = p.then(
      () => undefined,
      (err: unknown) => this.onError(err),
    );
    this.writes.add(done);
    void done.finally(() => this.writes.delete(done));
    return done;
  }

  private count(call: RejectedCall, t: number): void {
    const keyId = call.principal?.keyId ?? "";
    let key = `${call.code}\0${call.source}\0${keyId}`;
    let g = this.groups.get(key);
    if (!g && this.groups.size >= this.limits.maxGroups) {
      key = `${call.code}\0*`;
      g = this.groups.get(key);
      if (!g) {
        g = { code: call.code, status: call.status, source: "*", principal: undefined, count: 0, first: t, last: t, paths: new Map(), sources: new Set() };
        this.groups.set(key, g);
      }
      if (g.sources.size < 1000) g.sources.add(call.source);
    }
    if (!g) {
      g = { code: call.code, status: call.status, source: call.source, principal: call.principal, count: 0, first: t, last: t, paths: new Map(), sources: new Set() };
      this.groups.set(key, g);
    }
    g.count++;
    g.last = t;
    const clipped = clip(call.path);
    const path = g.paths.has(clipped) || g.paths.size < MAX_PATHS ? clipped : "other";
    g.paths.set(path, (g.paths.get(path) ?? 0) + 1);
    if (!this.timer) {
      // Write the counts when the window is over even if no further request comes to roll it.
      const end = (this.window + 1) * this.limits.windowMs;
      this.timer = setTimeout(() => this.rollTo(Math.floor(this.now() / this.limits.windowMs)), Math.max(1, end - this.now() + 5));
      this.timer.unref();
    }
  }

  /** Close the current window: write its counts (in the background) and start window `w`. */
  private rollTo(w: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const groups = this.groups;
    const from = this.window * this.limits.windowMs;
    this.window = w;
    this.individual = 0;
    this.seen.clear();
    this.groups = new Map();
    for (const g of groups.values()) void this.track(this.append(countEntryOf(g, from, from + this.limits.windowMs)));
  }
}

/** The entry of one rejected call: metadata only (no body, never the presented key). */
function entryOf(c: RejectedCall): AppendInput {
  return {
    kind: "request",
    requestId: c.requestId,
    time: c.time,
    tenant: c.principal?.tenant ?? "",
    app: c.principal?.app ?? "",
    keyId: c.principal?.keyId ?? "",
    meta: {
      verdict: "rejected",
      errorCode: c.code,
      status: c.status,
      method: clip(c.method, 32),
      path: clip(c.path),
      source: clip(c.source, 64),
      ...(c.reason !== undefined ? { reason: clip(c.reason, 64) } : {}),
    },
  };
}

/** The entry counting a window's rejected calls of one (code, source, key) beyond the limits. */
function countEntryOf(g: Group, from: number, to: number): AppendInput {
  const meta: JsonObject = {
    verdict: "rejected",
    errorCode: g.code,
    status: g.status,
    source: g.source,
    count: g.count,
    window: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    first: new Date(g.first).toISOString(),
    last: new Date(g.last).toISOString(),
    paths: Object.fromEntries(g.paths),
  };
  if (g.source === "*") meta["sources"] = g.sources.size;
  return {
    kind: "request",
    requestId: `rejections_${randomUUID()}`,
    time: g.first,
    tenant: g.principal?.tenant ?? "",
    app: g.principal?.app ?? "",
    keyId: g.principal?.keyId ?? "",
    meta,
  };
}
