import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { AdmitRequest, AdmitResult, LimitKind, LimitStore, RateSnapshot, StoreLease } from "./limit-store.js";
import { ADMIT_LUA, RENEW_LUA, SETTLE_LUA } from "./redis-scripts.js";

type Script = (numKeys: number, ...args: (string | number)[]) => Promise<unknown>;
interface ScriptedRedis {
  wardenAdmit: Script;
  wardenSettle: Script;
  wardenRenew: Script;
}

interface HeldSlot {
  key: string;
  id: string;
}

/**
 * Limits counted in a shared Redis, so every replica sees the same counters (lua scripts in redis-scripts.ts).
 * Concurrency slots carry an expiry that this process renews while the call runs: a replica that crashes stops
 * renewing, and its slots free themselves after `slotTtlMs`.
 */
export class RedisLimitStore implements LimitStore {
  private readonly scripts: ScriptedRedis;
  private readonly held = new Map<string, HeldSlot[]>();
  private readonly renewer: NodeJS.Timeout;
  private seq = 0;
  private readonly node = randomBytes(6).toString("base64url");

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly slotTtlMs: number,
    private readonly onError: (err: unknown) => void,
  ) {
    redis.defineCommand("wardenAdmit", { lua: ADMIT_LUA });
    redis.defineCommand("wardenSettle", { lua: SETTLE_LUA });
    redis.defineCommand("wardenRenew", { lua: RENEW_LUA });
    this.scripts = redis as unknown as ScriptedRedis;
    this.renewer = setInterval(() => void this.renew(), Math.max(250, Math.floor(slotTtlMs / 3)));
    this.renewer.unref();
  }

  private keys(id: string): [string, string, string, string] {
    const base = `${this.prefix}limit:${id}`;
    return [`${base}:req`, `${base}:tok`, `${base}:toksum`, `${base}:conc`];
  }

  async admit(req: AdmitRequest): Promise<AdmitResult> {
    const callId = `${this.node}.${(this.seq++).toString(36)}`;
    const keys: string[] = [];
    const args: (string | number)[] = [req.windowMs, callId, req.tokens, this.slotTtlMs, req.subjects.length];
    for (const s of req.subjects) {
      keys.push(...this.keys(s.id));
      args.push(s.rpm ?? 0, s.tpm ?? 0, s.concurrency ?? 0);
    }
    const res = (await this.scripts.wardenAdmit(keys.length, ...keys, ...args)) as [number, string, number, number, number, number, number, number, number];
    const rate: RateSnapshot = {
      requestsLimit: Number(res[3]),
      requestsRemaining: Number(res[4]),
      requestsResetMs: Number(res[5]),
      tokensLimit: Number(res[6]),
      tokensRemaining: Number(res[7]),
      tokensResetMs: Number(res[8]),
    };
    if (res[0] !== 0) {
      const subject = req.subjects[res[0] - 1];
      if (!subject) throw new Error("limit script returned an unknown subject");
      return { ok: false, scope: subject.scope, kind: res[1] as LimitKind, retryAfterMs: Math.max(0, Number(res[2])), rate };
    }
    const tokenKeys = req.subjects.filter((s) => s.tpm !== undefined).flatMap((s) => this.keys(s.id).slice(1, 3));
    const slots = req.subjects.filter((s) => s.concurrency !== undefined).map((s) => ({ key: this.keys(s.id)[3], id: callId }));
    if (tokenKeys.length === 0 && slots.length === 0) return { ok: true, lease: { settle: async () => undefined }, rate };
    if (slots.length > 0) this.held.set(callId, slots);
    let settled = false;
    const lease: StoreLease = {
      settle: async (actual) => {
        if (settled) return;
        settled = true;
        this.held.delete(callId);
        const settleKeys = [...tokenKeys, ...slots.map((s) => s.key)];
        try {
          await this.scripts.wardenSettle(settleKeys.length, ...settleKeys, req.windowMs, callId, req.tokens, Math.max(0, Math.round(actual)), this.slotTtlMs, tokenKeys.length / 2);
        } catch (err) {
          // The slot frees itself when its expiry passes; the reservation stays counted until the window slides.
          this.onError(err);
        }
      },
    };
    return { ok: true, lease, rate };
  }

  /** Heartbeat: push out the expiry of every slot this process still holds. */
  private async renew(): Promise<void> {
    if (this.held.size === 0) return;
    const all = [...this.held.values()].flat();
    for (let i = 0; i < all.length; i += 500) {
      const part = all.slice(i, i + 500);
      try {
        await this.scripts.wardenRenew(part.length, ...part.map((s) => s.key), this.slotTtlMs, ...part.map((s) => s.id));
      } catch (err) {
        this.onError(err);
        return;
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.renewer);
    this.held.clear();
  }
}
