import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { AdmitRequest, AdmitResult, LimitKind, LimitStore, RateSnapshot, StoreLease, SubjectLimits } from "./limit-store.js";
import { LEASE_LUA, RENEW_LUA } from "./redis-scripts.js";
import { UnitLease, UnitPool } from "./unit-pool.js";

type Script = (numKeys: number, ...args: (string | number)[]) => Promise<unknown>;
interface ScriptedRedis {
  wardenLease: Script;
  wardenRenew: Script;
}

export interface RedisLimitOptions {
  /**
   * How long a replica spends a lease before giving back what it did not use (ms). 0: no leases, every call asks
   * Redis for exactly what it needs (the exact mode; two round trips per call).
   */
  leaseMs?: number;
  /** A lease takes at most 1/share of what the limit has left beyond the call's need (default 16). */
  share?: number;
  /** The clock (ms), for tests. */
  clock?: () => number;
}

/** What this replica holds of one subject. */
class SubjectState {
  readonly requests = new UnitPool();
  readonly tokens = new UnitPool();
  /** Concurrency slots this replica holds in Redis, and how many of them calls use now. */
  held = 0;
  inflight = 0;
  concurrencySum = 0;
  lastUsed = 0;
  /** A grant on its way for this subject: calls that need more wait for it before asking themselves. */
  refilling: Promise<unknown> | undefined;

  constructor(
    /** rq, rqs, tk, tks, cc, ccx */
    readonly keys: readonly string[],
  ) {}
}

/** A change Redis must hear: a lease given back (or tokens charged after their lease was given back). */
interface Return {
  state: SubjectState;
  kind: "requests" | "tokens";
  member: string;
  amount: number;
  used: number;
  /** Redis ms; 0 = when Redis applies it. */
  at: number;
}

const RESOLVED = Promise.resolve();
const unitsOf = (s: SubjectLimits, req: AdmitRequest): [number, number, number] => [
  s.rpm !== undefined ? 1 : 0,
  s.tpm !== undefined ? req.tokens : 0,
  s.concurrency !== undefined ? 1 : 0,
];

/** What an admitted call holds: the token leases it drew from (per subject) and its concurrency slots. */
class PoolLease implements StoreLease {
  private settled = false;

  constructor(
    private readonly store: RedisLimitStore,
    readonly subjects: readonly SubjectLimits[],
    readonly states: readonly SubjectState[],
    readonly tokenLeases: readonly (UnitLease | undefined)[] | undefined,
    readonly reserved: number,
  ) {}

  settle(actual: number): Promise<void> {
    if (this.settled) return RESOLVED;
    this.settled = true;
    this.store.settle(this, Math.max(0, Math.round(actual)));
    return RESOLVED;
  }
}

/**
 * Limits counted in a shared Redis, so every replica sees the same counters (Lua scripts in redis-scripts.ts),
 * without a round trip before every call: a replica takes units in leases and spends them locally (see
 * docs/keys-and-limits.md, "In memory or in Redis").
 *
 * - A call whose subjects all have units on hand is admitted synchronously, with no Redis command.
 * - Otherwise one script checks every subject and, only when all pass, grants the call's need plus, when the limit
 *   has room, a share of what is left (at most 1/16 of it), so a busy replica asks again rarely and a limit that
 *   is nearly used up is handed out exactly. Calls that need units while a grant for their subject is on its way
 *   wait for it instead of asking too.
 * - A lease is spent for `leaseMs` at most, then given back: its entry in Redis is replaced by what was used,
 *   dated at the last use, so no admitted call leaves the window earlier than it would have in the exact log and
 *   the sum never undercounts: leases cannot over-admit. What they cost is that units a replica holds unspent are
 *   not available to the others until given back (at most `leaseMs`).
 * - Tokens: a call reserves its estimate from the lease; its settled usage corrects the lease; usage beyond what
 *   the lease holds is charged to Redis at once (the lease is given back right away).
 * - Concurrency: a replica holds slots in Redis (one entry per replica and subject, with an expiry it renews);
 *   calls take them locally; idle slots beyond 1/16 of the limit are given back at once, and all idle ones after
 *   `leaseMs` without a new call. A replica that crashes stops renewing, and its slots free themselves after
 *   `slotTtlMs`.
 * - Redis down: calls are admitted from leases already held (their units were charged in Redis); a call that
 *   needs Redis fails (the limiter refuses it with 503, or lets it through with `onStoreError: open`).
 */
export class RedisLimitStore implements LimitStore {
  private readonly scripts: ScriptedRedis;
  private readonly states = new Map<string, SubjectState>();
  private readonly returns: Return[] = [];
  private readonly releases = new Map<SubjectState, number>();
  private flushScheduled = false;
  private readonly ticker: NodeJS.Timeout;
  private readonly renewer: NodeJS.Timeout;
  private seq = 0;
  private readonly node = randomBytes(6).toString("base64url");
  private readonly leaseMs: number;
  private readonly share: number;
  private readonly clock: () => number;
  private lastWindowMs = 60_000;
  private scriptsSent = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly slotTtlMs: number,
    private readonly onError: (err: unknown) => void,
    opts: RedisLimitOptions = {},
  ) {
    redis.defineCommand("wardenLease", { lua: LEASE_LUA });
    redis.defineCommand("wardenRenew", { lua: RENEW_LUA });
    this.scripts = redis as unknown as ScriptedRedis;
    this.leaseMs = opts.leaseMs ?? 1_000;
    this.share = this.leaseMs > 0 ? (opts.share ?? 16) : 0;
    this.clock = opts.clock ?? Date.now;
    this.renewer = setInterval(() => void this.renew(), Math.max(250, Math.floor(slotTtlMs / 3)));
    this.renewer.unref();
    this.ticker = setInterval(() => this.tick(), Math.max(50, Math.floor((this.leaseMs || 1_000) / 4)));
    this.ticker.unref();
  }

  /** Lease scripts sent so far (grants and give-backs; heartbeats not counted): Redis round trips, for tests and metrics. */
  get roundTrips(): number {
    return this.scriptsSent;
  }

  private state(id: string): SubjectState {
    let s = this.states.get(id);
    if (s === undefined) {
      const base = `${this.prefix}limit:${id}`;
      s = new SubjectState([`${base}:rq`, `${base}:rqs`, `${base}:tk`, `${base}:tks`, `${base}:cc`, `${base}:ccx`]);
      this.states.set(id, s);
    }
    return s;
  }

  admit(req: AdmitRequest): AdmitResult | Promise<AdmitResult> {
    const now = this.clock();
    this.lastWindowMs = req.windowMs;
    const subjects = req.subjects;
    const states = new Array<SubjectState>(subjects.length);
    let short = false;
    for (let i = 0; i < subjects.length; i++) {
      const sub = subjects[i] as SubjectLimits;
      const s = this.state(sub.id);
      states[i] = s;
      this.expire(s, now);
      if (sub.tpm !== undefined && req.tokens > sub.tpm) {
        return { ok: false, scope: sub.scope, kind: "too_large", retryAfterMs: 0, rate: this.snapshot(subjects, states, now, req.windowMs, i) };
      }
      if (!short) short = this.lacks(sub, s, req.tokens);
    }
    if (!short) return this.take(req, states, now);
    return this.gather(req, states);
  }

  /** Whether a subject's units on hand do not cover a call. */
  private lacks(sub: SubjectLimits, s: SubjectState, tokens: number): boolean {
    return (
      (sub.rpm !== undefined && s.requests.avail < 1) ||
      (sub.tpm !== undefined && tokens > 0 && s.tokens.avail < tokens) ||
      (sub.concurrency !== undefined && s.inflight >= s.held)
    );
  }

  /**
   * Close leases that were spent for `leaseMs` (they go back to Redis with the next script). Never longer than a
   * quarter of the window: a lease must be re-dated while its grant entry still counts.
   */
  private expire(s: SubjectState, now: number): void {
    const life = Math.min(this.leaseMs, this.lastWindowMs / 4);
    const r = s.requests.lease;
    if (r !== undefined && now - r.grantedLocal >= life) this.queueReturn(s, "requests", s.requests.close());
    const t = s.tokens.lease;
    if (t !== undefined && now - t.grantedLocal >= life) this.queueReturn(s, "tokens", s.tokens.close());
  }

  /** Ask Redis for what the call lacks (waiting for grants already on their way), then take it. */
  private async gather(req: AdmitRequest, states: SubjectState[]): Promise<AdmitResult> {
    // Waiting on other calls' grants always makes progress (each one ends); asking ourselves is bounded.
    for (let asked = 0, waited = 0; asked < 4 && waited < 1_000; ) {
      const now = this.clock();
      let short = false;
      for (let i = 0; i < states.length; i++) if (this.lacks(req.subjects[i] as SubjectLimits, states[i] as SubjectState, req.tokens)) short = true;
      if (!short) return this.take(req, states, now);
      // Exact mode: grants are exactly one call's need, so there is nothing to wait for.
      const pending = this.share > 0 ? states.filter((s) => s.refilling !== undefined).map((s) => s.refilling) : [];
      if (pending.length > 0) {
        waited++;
        await Promise.allSettled(pending);
        continue;
      }
      asked++;
      const claim = this.claim(req, states);
      for (const s of states) s.refilling = claim;
      let outcome: AdmitResult | undefined;
      try {
        outcome = await claim;
      } finally {
        for (const s of states) if (s.refilling === claim) s.refilling = undefined;
      }
      if (outcome !== undefined) return outcome;
    }
    throw new Error("limit store: could not gather units for a call (grants kept being taken by other calls)");
  }

  /**
   * One script: returns and releases queued so far, then a grant for every subject of the call that lacks units.
   * Resolves to the refusal when a subject refused (nothing granted); else the grants are added to the pools and the
   * call takes its units at once, in the same step (so a concurrent grant cannot replace the lease first), and
   * the admission is the result; undefined when units the call did not ask for were taken meanwhile.
   */
  private async claim(req: AdmitRequest, states: SubjectState[]): Promise<AdmitResult | undefined> {
    const subjects = req.subjects;
    const lease = `${this.node}.${(this.seq++).toString(36)}`;
    const keys: string[] = [];
    const subjectArgs: (string | number)[] = [];
    for (let i = 0; i < subjects.length; i++) {
      const sub = subjects[i] as SubjectLimits;
      const s = states[i] as SubjectState;
      keys.push(...s.keys);
      const [r, t, c] = unitsOf(sub, req);
      subjectArgs.push(
        sub.rpm ?? 0,
        sub.tpm ?? 0,
        sub.concurrency ?? 0,
        s.requests.avail < r ? r : 0,
        t > 0 && s.tokens.avail < t ? t : 0,
        c > 0 && s.inflight >= s.held ? c : 0,
      );
    }
    const { returns, releases } = this.takeQueued();
    const rest = this.changeArgs(returns, releases, keys);
    let reply: unknown[];
    try {
      this.scriptsSent++;
      reply = (await this.scripts.wardenLease(keys.length, ...keys, req.windowMs, this.node, this.slotTtlMs, lease, this.share, subjects.length, returns.length, releases.length, ...subjectArgs, ...rest)) as unknown[];
    } catch (err) {
      this.requeue(returns, releases);
      throw err;
    }
    this.applied(returns);
    const local = this.clock();
    const redisNow = Number(reply[0]);
    for (let i = 0; i < subjects.length; i++) {
      const s = states[i] as SubjectState;
      const o = 4 + i * 8;
      const n = (j: number) => Number(reply[o + j]);
      this.granted(s, "requests", `${lease}.${i}r`, n(0), n(1), n(2), redisNow, local, Number(subjectArgs[i * 6 + 3]));
      this.granted(s, "tokens", `${lease}.${i}t`, n(3), n(4), n(5), redisNow, local, Number(subjectArgs[i * 6 + 4]));
      s.held += n(6);
      s.concurrencySum = n(7);
    }
    const refusedAt = Number(reply[1]);
    if (refusedAt === 0) {
      for (let i = 0; i < states.length; i++) if (this.lacks(subjects[i] as SubjectLimits, states[i] as SubjectState, req.tokens)) return undefined;
      // Spent at the grant's time: a lease used up by this call at once needs no re-dating.
      return this.take(req, states, local);
    }
    const sub = subjects[refusedAt - 1];
    if (sub === undefined) throw new Error("limit script returned an unknown subject");
    const kind = String(reply[2]) as LimitKind;
    const retryAfterMs = Math.max(0, Number(reply[3]));
    const rate = this.snapshot(subjects, states, local, req.windowMs, -1);
    if (kind === "requests") rate.requestsResetMs = retryAfterMs;
    if (kind === "tokens") rate.tokensResetMs = retryAfterMs;
    return { ok: false, scope: sub.scope, kind, retryAfterMs, rate };
  }

  /** Note Redis's figures for a pool, and open the lease it granted (the previous one is given back). */
  private granted(s: SubjectState, kind: "requests" | "tokens", id: string, amount: number, sum: number, oldest: number, redisNow: number, local: number, need: number): void {
    const pool = kind === "requests" ? s.requests : s.tokens;
    if (amount > 0) {
      this.queueReturn(s, kind, pool.close());
      pool.lease = new UnitLease(`${id}:${amount}`, amount, redisNow, local, amount > need);
      pool.avail = amount;
    }
    pool.sum = sum;
    pool.oldestLocal = oldest > 0 ? oldest - redisNow + local : 0;
  }

  /** Spend the call's units on hand (the caller checked they suffice): synchronous, so atomic in this process. */
  private take(req: AdmitRequest, states: SubjectState[], now: number): AdmitResult {
    const subjects = req.subjects;
    let tokenLeases: (UnitLease | undefined)[] | undefined;
    let slots = false;
    for (let i = 0; i < subjects.length; i++) {
      const sub = subjects[i] as SubjectLimits;
      const s = states[i] as SubjectState;
      s.lastUsed = now;
      if (sub.rpm !== undefined) s.requests.spend(1, now);
      if (sub.tpm !== undefined) (tokenLeases ??= new Array<UnitLease | undefined>(subjects.length))[i] = req.tokens > 0 ? s.tokens.spend(req.tokens, now) : s.tokens.lease;
      if (sub.concurrency !== undefined) {
        s.inflight++;
        slots = true;
      }
    }
    const rate = this.snapshot(subjects, states, now, req.windowMs, -1);
    // A lease granted for exactly this call (no surplus) is done: give it back now if it must be re-dated.
    for (const s of states) this.closeExact(s);
    if (tokenLeases === undefined && !slots) return { ok: true, lease: { settle: () => RESOLVED }, rate };
    return { ok: true, lease: new PoolLease(this, subjects, states, tokenLeases, req.tokens), rate };
  }

  /** Request leases without surplus are used up by the call that asked; nothing to keep open. */
  private closeExact(s: SubjectState): void {
    const r = s.requests.lease;
    if (r !== undefined && !r.surplus && s.requests.avail <= 0) this.queueReturn(s, "requests", s.requests.close());
  }

  /** A call ended: correct its token reservation with the usage, and free its concurrency slots. */
  settle(call: PoolLease, actual: number): void {
    const now = this.clock();
    let urgent = false;
    for (let i = 0; i < call.subjects.length; i++) {
      const sub = call.subjects[i] as SubjectLimits;
      const s = call.states[i] as SubjectState;
      if (sub.tpm !== undefined) {
        const delta = actual - call.reserved;
        const lease = call.tokenLeases?.[i];
        if (lease !== undefined && !lease.returned) {
          lease.used += delta;
          if (delta !== 0) lease.lastUseAt = Math.max(lease.lastUseAt, now);
          if (lease === s.tokens.lease) {
            s.tokens.avail -= delta;
            // Over the lease (usage beyond the grant), or a lease made for this call only: tell Redis now.
            if (s.tokens.avail < 0 || !lease.surplus) {
              this.queueReturn(s, "tokens", s.tokens.close());
              urgent = true;
            }
          }
        } else if (delta > 0) {
          // Its lease was given back already: charge the excess on its own.
          this.returns.push({ state: s, kind: "tokens", member: `${this.node}.${(this.seq++).toString(36)}.late:0`, amount: 0, used: delta, at: 0 });
          urgent = true;
        }
      }
      if (sub.concurrency !== undefined) {
        s.inflight--;
        const keep = this.share > 0 ? Math.floor(sub.concurrency / this.share) : 0;
        const idle = s.held - s.inflight - keep;
        if (idle > 0) {
          this.release(s, idle);
          urgent = true;
        }
      }
    }
    if (urgent) this.scheduleFlush();
  }

  private release(s: SubjectState, slots: number): void {
    s.held -= slots;
    this.releases.set(s, (this.releases.get(s) ?? 0) + slots);
  }

  private queueReturn(s: SubjectState, kind: "requests" | "tokens", lease: UnitLease | undefined): void {
    if (lease === undefined || lease.returned) return;
    lease.returned = true;
    this.returns.push({ state: s, kind, member: lease.member, amount: lease.amount, used: lease.used, at: lease.lastUseRedis() });
  }

  /** The tightest request and token limits as this replica knows them (see RateSnapshot). */
  private snapshot(subjects: readonly SubjectLimits[], states: readonly SubjectState[], now: number, windowMs: number, upTo: number): RateSnapshot {
    let rl = 0;
    let rr = Infinity;
    let rp: UnitPool | undefined;
    let tl = 0;
    let tr = Infinity;
    let tp: UnitPool | undefined;
    const n = upTo >= 0 ? upTo + 1 : subjects.length;
    for (let i = 0; i < n; i++) {
      const sub = subjects[i] as SubjectLimits;
      const s = states[i] as SubjectState;
      if (sub.rpm !== undefined) {
        const left = s.requests.remaining(sub.rpm);
        if (left < rr) [rl, rr, rp] = [sub.rpm, left, s.requests];
      }
      if (sub.tpm !== undefined) {
        const left = s.tokens.remaining(sub.tpm);
        if (left < tr) [tl, tr, tp] = [sub.tpm, left, s.tokens];
      }
    }
    const reset = (p: UnitPool | undefined) => (p === undefined || p.oldestLocal === 0 ? 0 : Math.max(0, p.oldestLocal + windowMs - now));
    return {
      requestsLimit: rl,
      requestsRemaining: rp ? rr : 0,
      requestsResetMs: reset(rp),
      tokensLimit: tl,
      tokensRemaining: tp ? tr : 0,
      tokensResetMs: reset(tp),
    };
  }

  private takeQueued(): { returns: Return[]; releases: [SubjectState, number][] } {
    const returns = this.returns.splice(0);
    const releases = [...this.releases];
    this.releases.clear();
    return { returns, releases };
  }

  /** A script failed: what it carried is tried again with the next one. */
  private requeue(returns: Return[], releases: [SubjectState, number][]): void {
    this.returns.unshift(...returns);
    for (const [s, n] of releases) this.releases.set(s, (this.releases.get(s) ?? 0) + n);
  }

  /** Returns that reached Redis: the subject's known sum follows. */
  private applied(returns: Return[]): void {
    // Unused units were taken off the known sum when the lease closed; usage beyond a grant adds to it.
    for (const r of returns) (r.kind === "requests" ? r.state.requests : r.state.tokens).sum += Math.max(0, r.used - r.amount);
  }

  /** KEYS and ARGV for queued returns and releases (appended to `keys`). */
  private changeArgs(returns: Return[], releases: [SubjectState, number][], keys: string[]): (string | number)[] {
    const args: (string | number)[] = [];
    for (const r of returns) {
      const k = r.state.keys;
      if (r.kind === "requests") keys.push(k[0] as string, k[1] as string);
      else keys.push(k[2] as string, k[3] as string);
      args.push(r.member, r.amount, r.used, r.at);
    }
    for (const [s, n] of releases) {
      keys.push(s.keys[4] as string, s.keys[5] as string);
      args.push(n);
    }
    return args;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /** Send queued returns and releases (no grant). */
  async flush(): Promise<void> {
    if (this.returns.length === 0 && this.releases.size === 0) return;
    const { returns, releases } = this.takeQueued();
    const keys: string[] = [];
    const rest = this.changeArgs(returns, releases, keys);
    try {
      this.scriptsSent++;
      await this.scripts.wardenLease(keys.length, ...keys, this.lastWindowMs, this.node, this.slotTtlMs, "-", this.share, 0, returns.length, releases.length, ...rest);
      this.applied(returns);
    } catch (err) {
      this.requeue(returns, releases);
      this.onError(err);
    }
  }

  /** Periodically: give back leases spent for `leaseMs`, and slots idle that long; forget idle subjects. */
  private tick(): void {
    const now = this.clock();
    for (const [id, s] of this.states) {
      this.expire(s, now);
      const idle = s.held - s.inflight;
      if (idle > 0 && now - s.lastUsed >= this.leaseMs) this.release(s, idle);
      if (s.held === 0 && s.inflight === 0 && s.requests.lease === undefined && s.tokens.lease === undefined && s.refilling === undefined && now - s.lastUsed > this.lastWindowMs) {
        this.states.delete(id);
      }
    }
    void this.flush();
  }

  /** Heartbeat: push out the expiry of the slots this replica holds. */
  private async renew(): Promise<void> {
    const held = [...this.states.values()].filter((s) => s.held > 0);
    for (let i = 0; i < held.length; i += 250) {
      const part = held.slice(i, i + 250);
      try {
        await this.scripts.wardenRenew(part.length * 2, ...part.flatMap((s) => [s.keys[4] as string, s.keys[5] as string]), this.slotTtlMs, this.node, ...part.map((s) => s.held));
      } catch (err) {
        // Unrenewed slots may expire in Redis: admit no more calls on them without asking Redis again.
        for (const s of part) if (s.held > s.inflight) s.held = s.inflight;
        this.onError(err);
        return;
      }
    }
  }

  /** Give back every lease and idle slot (a gateway shutting down), then stop. */
  async close(): Promise<void> {
    clearInterval(this.renewer);
    clearInterval(this.ticker);
    for (const s of this.states.values()) {
      this.queueReturn(s, "requests", s.requests.close());
      this.queueReturn(s, "tokens", s.tokens.close());
      if (s.held > 0) this.release(s, s.held);
    }
    if (this.redis.status === "ready") await this.flush();
    this.states.clear();
  }
}
