import type { RetentionPolicy } from "./retention.js";

const DAY = 86_400_000;

/**
 * How long one data key of a tenant encrypts new payloads before the next version takes over (ms): the configured
 * `keyPeriodDays`, else one day or the shortest retention period configured anywhere in the policy when that is
 * shorter. A key can only be destroyed once every payload it encrypted is purged, so a period no longer than the
 * shortest retention means a key outlives its payloads by at most about one period (plus the purge interval).
 *
 * @example keyPeriodMs({ payloadDays: 0.5 }) // 43_200_000
 */
export function keyPeriodMs(policy: RetentionPolicy | undefined): number {
  if (policy?.keyPeriodDays !== undefined) return whole(policy.keyPeriodDays * DAY);
  const days: number[] = [1];
  const add = (o: { payloadDays?: number | undefined; originalDays?: number | undefined } | undefined): void => {
    if (o?.payloadDays !== undefined) days.push(o.payloadDays);
    if (o?.originalDays !== undefined) days.push(o.originalDays);
  };
  add(policy);
  for (const group of [policy?.tenants, policy?.categories, policy?.dataClasses]) for (const o of Object.values(group ?? {})) add(o);
  return whole(Math.min(...days) * DAY);
}

/** Whole milliseconds, at least one (the stores divide integer times by it). */
const whole = (ms: number): number => Math.max(1, Math.round(ms));

/** The index of the key period `time` falls in (keys created in the same period share an index). */
export const periodIndex = (time: number, periodMs: number): number => Math.floor(time / periodMs);
