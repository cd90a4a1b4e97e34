import { type StatWatcher, unwatchFile, watchFile } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { ConfigError } from "../core/config-error.js";
import { compilePolicy } from "../decide/compile-policy.js";
import { resolvePolicyConfig } from "../decide/load-policy.js";
import type { PolicyDocument } from "../decide/policy-schema.js";
import { defaultPolicyDocument } from "./create-policy-guard.js";
import type { PolicyChange, PolicyHolder } from "./policy-holder.js";

/** Where reload outcomes are logged (a pino logger fits). */
export interface ReloadLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export type ReloadResult =
  /** `change` is undefined when the policy's content did not change (same version). */
  | { ok: true; version: string; change: PolicyChange | undefined }
  | { ok: false; version: string; error: ConfigError };

export interface PolicyReloaderOptions {
  holder: PolicyHolder;
  /** The config's `policy:` section (files are re-read on reload; an inline policy reloads as itself). */
  policyConfig: unknown;
  /** Config file the policy files are relative to. */
  baseFile?: string;
  logger?: ReloadLogger;
  /** Told every reload's outcome with what triggered it (the gateway records changes and refusals in the audit log). */
  onResult?: (result: ReloadResult, source: string) => void;
  /** Transform the document read from the config before it is compiled (the admin API adds stored tenant policies). */
  compose?: (doc: PolicyDocument) => PolicyDocument;
}

/**
 * Reloads the policy without downtime: the new policy is read and validated first, then swapped in atomically
 * (calls in flight finish on the version they began with); on any error the old policy stays and the error is
 * returned and logged. Each change is recorded in `holder.changes` (when, from and to which version, why).
 */
export class PolicyReloader {
  private readonly watched: { file: string; watcher: StatWatcher }[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: PolicyReloaderOptions) {}

  /** Absolute paths of the policy files the config names (empty for inline or default policies). */
  files(): string[] {
    const s = this.opts.policyConfig;
    if (typeof s !== "object" || s === null) return [];
    const o = s as { file?: unknown; files?: unknown };
    const list = typeof o.file === "string" ? [o.file] : Array.isArray(o.files) ? (o.files as unknown[]).filter((f): f is string => typeof f === "string") : [];
    const base = this.opts.baseFile ? dirname(resolve(this.opts.baseFile)) : process.cwd();
    return list.map((f) => (isAbsolute(f) ? f : resolve(base, f)));
  }

  reload(source = "reload"): ReloadResult {
    const result = this.attempt(source);
    this.opts.onResult?.(result, source);
    return result;
  }

  private attempt(source: string): ReloadResult {
    const { holder, logger } = this.opts;
    const from = holder.current.version;
    try {
      const base = resolvePolicyConfig(this.opts.policyConfig, this.opts.baseFile) ?? defaultPolicyDocument();
      const doc = this.opts.compose ? this.opts.compose(base) : base;
      const next = compilePolicy(doc, holder.context);
      if (next.version === from) return { ok: true, version: from, change: undefined };
      const change = holder.swap(next, source);
      logger?.info({ source, from, to: next.version }, "policy reloaded");
      return { ok: true, version: next.version, change };
    } catch (err) {
      const error = err instanceof ConfigError ? err : new ConfigError([{ path: "", message: err instanceof Error ? err.message : String(err) }], "policy");
      logger?.error({ source, version: from, issues: error.issues }, "policy reload failed; keeping the current policy");
      return { ok: false, version: from, error };
    }
  }

  /** Reload when a policy file changes (polled every `intervalMs`; several writes in a row reload once). */
  watch(intervalMs = 500): void {
    for (const file of this.files()) {
      const watcher = watchFile(file, { interval: intervalMs, persistent: false }, (cur, prev) => {
        if (cur.mtimeMs === prev.mtimeMs && cur.size === prev.size) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.reload(`file change: ${file}`), 50);
        this.timer.unref();
      });
      this.watched.push({ file, watcher });
    }
  }

  close(): void {
    clearTimeout(this.timer);
    for (const w of this.watched) unwatchFile(w.file);
    this.watched.length = 0;
  }
}
