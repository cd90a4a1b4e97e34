import type { RunRandom, RunSecrets } from "../run-secrets.js";
import { type TargetApp, targetApps } from "./target-apps.js";

/** What suite builders get: the run's secrets, the target apps, and a source of per-attack markers. */
export interface SuiteContext {
  secrets: RunSecrets;
  apps: TargetApp[];
  rnd: RunRandom;
  /** A fresh marker string for one attack (random per run). */
  marker(prefix?: string): string;
}

export function createSuiteContext(secrets: RunSecrets, rnd: RunRandom): SuiteContext {
  return { secrets, apps: targetApps(secrets), rnd, marker: (prefix = "PWNED") => `${prefix}-${rnd.code(8, "marker")}` };
}

/** Pick the app for the i-th attack, round robin. */
export const appFor = (ctx: SuiteContext, i: number): TargetApp => ctx.apps[i % ctx.apps.length] as TargetApp;
