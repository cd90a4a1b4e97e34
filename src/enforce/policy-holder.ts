import type { CompiledPolicy, PolicyContext } from "../decide/compile-policy.js";

/** A change of the active policy, as recorded. */
export interface PolicyChange {
  at: number;
  from: string;
  to: string;
  source: string;
}

/**
 * Holds the active compiled policy. `swap` replaces it in one assignment: a call reads `current` once when its
 * request side starts and keeps that version to the end, so a reload never drops or mixes a call.
 */
export class PolicyHolder {
  readonly changes: PolicyChange[] = [];

  /** `context`: what every later compile (reloads, admin API candidates) checks the policy against. */
  constructor(
    public current: CompiledPolicy,
    readonly context: PolicyContext = {},
  ) {}

  swap(next: CompiledPolicy, source = "reload"): PolicyChange {
    const change = { at: Date.now(), from: this.current.version, to: next.version, source };
    this.current = next;
    this.changes.push(change);
    if (this.changes.length > 100) this.changes.shift();
    return change;
  }
}
