/**
 * Units of one kind (requests or tokens) that a replica took from Redis in one step (a lease) and spends locally.
 * `grantedAt` is Redis's clock at the grant; `grantedLocal` and `lastUseAt` are this process's clock, so the time
 * of the last use can be given back to Redis as an offset from the grant (replica clock skew does not matter).
 */
export class UnitLease {
  used = 0;
  lastUseAt: number;
  /** Given back to Redis (its entry re-dated or removed): later changes are charged on their own. */
  returned = false;

  constructor(
    /** The lease's entry in the Redis sorted set (`<id>:<amount>`). */
    readonly member: string,
    readonly amount: number,
    readonly grantedAt: number,
    readonly grantedLocal: number,
    /** Whether Redis granted more than the call that asked needed (a lease shared by later calls). */
    readonly surplus: boolean,
  ) {
    this.lastUseAt = grantedLocal;
  }

  /** Whether Redis's entry differs from what was used (unused units, a re-dating, or tokens over the grant). */
  get needsReturn(): boolean {
    return this.used !== this.amount || this.lastUseAt !== this.grantedLocal;
  }

  /** The time of the last use on Redis's clock. */
  lastUseRedis(): number {
    return this.grantedAt + (this.lastUseAt - this.grantedLocal);
  }
}

/**
 * One subject's units of one kind on this replica: the open lease (if any), what is left of it, and the subject's
 * sum and oldest entry as Redis reported them at the last grant (for the `x-ratelimit-*` headers).
 */
export class UnitPool {
  lease: UnitLease | undefined;
  avail = 0;
  /** Redis's sum at the last grant, less what this replica gave back since (all replicas; our leases whole). */
  sum = 0;
  /** The oldest entry's time on this process's clock (0: none). */
  oldestLocal = 0;

  /** Spend `n` units of the open lease (the caller checked `avail`). */
  spend(n: number, now: number): UnitLease | undefined {
    const lease = this.lease;
    if (lease === undefined) return undefined;
    lease.used += n;
    lease.lastUseAt = now;
    this.avail -= n;
    return lease;
  }

  /** Stop spending the open lease; returns it when Redis must hear what became of it. */
  close(): UnitLease | undefined {
    const lease = this.lease;
    if (lease === undefined) return undefined;
    this.lease = undefined;
    this.sum -= Math.max(0, lease.amount - lease.used);
    this.avail = 0;
    return lease.needsReturn ? lease : undefined;
  }

  /** Units remaining for the headers: the limit less what Redis counted, plus what this replica holds unspent. */
  remaining(limit: number): number {
    return Math.max(0, limit - this.sum + Math.max(0, this.avail));
  }
}
