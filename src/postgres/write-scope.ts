import { AsyncLocalStorage } from "node:async_hooks";

/** The failures of the writes one caller (an admin request) queued: its `flush` reports these and no others. */
export interface WriteScope {
  failure: unknown;
}

const scopes = new AsyncLocalStorage<WriteScope>();

/**
 * Run `fn` as one writer of the write-through stores: a write it queues that fails is reported by the `flush` it
 * awaits, and never by another caller's (two admin requests on one replica no longer see each other's failures:
 * a create that lost a race with another replica is this request's 409, not a concurrent request's).
 *
 * @example
 * await inWriteScope(() => route.handle(ctx));
 */
export function inWriteScope<T>(fn: () => Promise<T>): Promise<T> {
  return scopes.run({ failure: undefined }, fn);
}

/** The scope of the current async context, if any. */
export function currentWriteScope(): WriteScope | undefined {
  return scopes.getStore();
}
