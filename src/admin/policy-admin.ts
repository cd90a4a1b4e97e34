import { ConfigError, type ConfigIssue } from "../core/config-error.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../core/json.js";
import { WardenError } from "../core/warden-error.js";
import { compilePolicy } from "../decide/compile-policy.js";
import { compileGlob } from "../decide/glob.js";
import { parsePolicy } from "../decide/load-policy.js";
import { ruleLessPolicyIssue } from "../decide/rule-less-policy-issue.js";
import type { PolicyDocument, PolicyScope } from "../decide/policy-schema.js";
import type { PolicyHolder } from "../enforce/policy-holder.js";
import type { PolicyReloader } from "../enforce/policy-reloader.js";
import type { StoredPolicyVersion, TenantPolicyStore } from "./tenant-policy-store.js";

/** Scope ids of tenant policies in the composed document: `tenant:<id>` or `tenant:<id>:<scope id>`. */
const TENANT_SCOPE_PREFIX = "tenant:";
const GLOBAL = "*";

const invalid = (issues: readonly ConfigIssue[]) => new WardenError("WARDEN_ADMIN_INVALID_POLICY", { details: { issues: issues.map((i) => ({ path: i.path, message: i.message })) } });

/** What `GET /admin/v1/policy` shows in place of the hash key and each leakage canary. */
const HIDDEN = "[hidden]";

/**
 * Problems a global candidate has before it is parsed: a document saying nothing about rules would allow everything;
 * scope ids starting `tenant:` belong to tenant policies; and
 * the placeholders {@link redactDocument} shows are not values. A document read with GET and put back would
 * otherwise apply `[hidden]` as its canary (the real canary no longer found) or its hash key.
 */
function globalCandidateIssues(candidate: JsonObject): void {
  const issues: ConfigIssue[] = [];
  // `{}` is not "no admin policy" (that is DELETE) nor "no rules" (that is `rules: []`): refused, not allow-all.
  const ruleLess = ruleLessPolicyIssue(candidate, "or DELETE /admin/v1/policy to go back to the config's policy");
  if (ruleLess) issues.push(ruleLess);
  const scopes = candidate["scopes"];
  if (Array.isArray(scopes)) {
    scopes.forEach((s, i) => {
      if (isJsonObject(s) && typeof s["id"] === "string" && s["id"].startsWith(TENANT_SCOPE_PREFIX)) issues.push({ path: `scopes.${i}.id`, message: `scope ids starting '${TENANT_SCOPE_PREFIX}' are reserved for tenant policies` });
    });
  }
  const placeholder = (what: string) => `'${HIDDEN}' is what GET shows in place of the ${what}, not a value: give the ${what} itself, or leave it out`;
  if (candidate["hashKey"] === HIDDEN) issues.push({ path: "hashKey", message: placeholder("hash key") });
  const leakage = candidate["leakage"];
  if (isJsonObject(leakage) && Array.isArray(leakage["canaries"])) {
    leakage["canaries"].forEach((c, i) => {
      if (c === HIDDEN) issues.push({ path: `leakage.canaries.${i}`, message: placeholder("canary") });
    });
  }
  if (issues.length > 0) throw invalid(issues);
}

/** A policy with its secrets hidden: the hash key and leakage canaries are never shown through the API. */
function redactDocument(doc: PolicyDocument): JsonObject {
  const out = JSON.parse(JSON.stringify(doc)) as JsonObject;
  if (out["hashKey"] !== undefined) out["hashKey"] = HIDDEN;
  const leakage = out["leakage"];
  if (isJsonObject(leakage) && Array.isArray(leakage["canaries"])) leakage["canaries"] = leakage["canaries"].map(() => HIDDEN);
  return out;
}

/**
 * Policies through the admin API. The active policy is the config's policy (or a global one an admin applied),
 * plus each tenant's own scopes that its operators applied. Tenant scopes are forced to match only their tenant, so
 * an operator can change its tenant's controls and nothing else. Everything applied is kept in `warden.db` and
 * composed into every reload (file change, SIGHUP), so it survives both.
 */
export class PolicyAdmin {
  private reloader: PolicyReloader | undefined;
  private seen = "";
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: TenantPolicyStore,
    private readonly holder: PolicyHolder,
  ) {}

  /** Attach the reloader whose `compose` is {@link compose} (created after this object). */
  attach(reloader: PolicyReloader): void {
    this.reloader = reloader;
    this.seen = this.store.stamp();
  }

  /**
   * Reload when another process sharing `warden.db` (a replica, or the CLI) applied a policy: the store is polled
   * every `intervalMs` (a single aggregate query), and a change triggers one reload through the reloader.
   */
  watch(intervalMs = 2_000): void {
    this.timer = setInterval(() => {
      try {
        const stamp = this.store.stamp();
        if (stamp === this.seen) return;
        this.seen = stamp;
        this.reloader?.reload("admin API policies changed in warden.db");
      } catch {
        /* a busy or closed database: try again next time */
      }
    }, intervalMs);
    this.timer.unref();
  }

  /** Resolves once the applied policies are stored (the PostgreSQL store writes in the background). */
  flush(): Promise<void> {
    return this.store.flush();
  }

  close(): void {
    clearInterval(this.timer);
  }

  /** The reloader's `compose` step: the global document (config or applied) with every tenant's scopes appended. */
  readonly compose = (base: PolicyDocument): PolicyDocument => this.composeWith(base, undefined);

  private composeWith(base: PolicyDocument, override: { scope: string; value: unknown } | undefined): PolicyDocument {
    const stored = new Map(this.store.all().map((p) => [p.scope, JSON.parse(p.document) as unknown]));
    if (override) {
      if (override.value === undefined) stored.delete(override.scope);
      else stored.set(override.scope, override.value);
    }
    const globalRaw = stored.get(GLOBAL);
    const global = globalRaw === undefined ? base : parsePolicy(globalRaw, "global policy (admin API)");
    const extra: PolicyScope[] = [];
    for (const [tenant, scopes] of stored) {
      if (tenant === GLOBAL) continue;
      extra.push(...parsePolicy({ scopes }, `policy of tenant ${tenant}`).scopes);
    }
    return { ...global, scopes: [...global.scopes, ...extra] };
  }

  /**
   * Check a tenant's candidate scopes (`{ scopes: [...] }`): each may match only this tenant (its `match.tenant`
   * is set to it; another value is an error). Returns them as they will be stored.
   */
  private tenantScopes(tenant: string, candidate: JsonObject): JsonValue[] {
    const issues: ConfigIssue[] = [];
    for (const k of Object.keys(candidate)) if (k !== "scopes") issues.push({ path: k, message: "a tenant policy has only 'scopes' (global settings are for admins)" });
    const scopes = candidate["scopes"];
    if (!Array.isArray(scopes)) issues.push({ path: "scopes", message: "expected an array of scopes" });
    if (issues.length > 0 || !Array.isArray(scopes)) throw invalid(issues);
    const out = scopes.map((s, i) => {
      if (!isJsonObject(s)) {
        issues.push({ path: `scopes.${i}`, message: "expected an object" });
        return s;
      }
      const match = s["match"] ?? {};
      if (!isJsonObject(match)) {
        issues.push({ path: `scopes.${i}.match`, message: "expected an object" });
        return s;
      }
      if (match["tenant"] !== undefined && match["tenant"] !== tenant) issues.push({ path: `scopes.${i}.match.tenant`, message: `a tenant policy can only match its own tenant '${tenant}'` });
      const id = typeof s["id"] === "string" ? `${TENANT_SCOPE_PREFIX}${tenant}:${s["id"]}` : `${TENANT_SCOPE_PREFIX}${tenant}${scopes.length > 1 ? `:${i}` : ""}`;
      return { ...s, id, match: { ...match, tenant } };
    });
    if (issues.length > 0) throw invalid(issues);
    try {
      parsePolicy({ scopes: out }, "tenant policy");
    } catch (err) {
      if (err instanceof ConfigError) throw invalid(err.issues);
      throw err;
    }
    return out;
  }

  /** The document the config names now (for composing candidates). */
  private configBase(): PolicyDocument {
    // The active document minus what the admin API added; a global admin policy is replaced by candidates anyway.
    const doc = this.holder.current.doc;
    return { ...doc, scopes: doc.scopes.filter((s) => !(s.id ?? "").startsWith(TENANT_SCOPE_PREFIX)) };
  }

  private compileCandidate(scope: string, value: unknown): string {
    try {
      // The base only counts without a global admin policy (stored, or the candidate itself), as in the reloader.
      return compilePolicy(this.composeWith(this.configBase(), { scope, value }), this.holder.context).version;
    } catch (err) {
      if (WardenError.isInstance(err)) throw err;
      if (err instanceof ConfigError) throw invalid(err.issues);
      throw invalid([{ path: "", message: "the policy could not be compiled" }]);
    }
  }

  /** The active policy for a global admin: version, document (secrets hidden), recent changes, where it comes from. */
  global(): JsonObject {
    const stored = this.store.get(GLOBAL);
    return {
      version: this.holder.current.version,
      source: stored ? "admin" : "config",
      ...(stored ? { updatedAt: new Date(stored.updatedAt).toISOString(), updatedBy: stored.updatedBy } : {}),
      document: redactDocument(this.holder.current.doc),
      changes: this.holder.changes.slice(-20).map((c) => ({ at: new Date(c.at).toISOString(), from: c.from, to: c.to, source: c.source })),
    };
  }

  /** Whether the tenant has a policy of its own stored (set through the admin API). */
  hasTenantPolicy(tenant: string): boolean {
    return this.store.get(tenant) !== undefined;
  }

  /** A tenant's view: its own scopes, and the global rules and scopes that apply to it (read-only). */
  tenant(tenant: string): JsonObject {
    const doc = this.holder.current.doc;
    const stored = this.store.get(tenant);
    const applies = (s: PolicyScope) => !(s.id ?? "").startsWith(TENANT_SCOPE_PREFIX) && (s.match.tenant === undefined || compileGlob(s.match.tenant)(tenant));
    return {
      version: this.holder.current.version,
      tenant,
      scopes: stored ? (JSON.parse(stored.document) as JsonValue) : [],
      ...(stored ? { updatedAt: new Date(stored.updatedAt).toISOString(), updatedBy: stored.updatedBy } : {}),
      inherited: JSON.parse(JSON.stringify({ rules: doc.rules, scopes: doc.scopes.filter(applies) })) as JsonObject,
    };
  }

  validateTenant(tenant: string, candidate: JsonObject): { version: string } {
    return { version: this.compileCandidate(tenant, this.tenantScopes(tenant, candidate)) };
  }

  validateGlobal(candidate: JsonObject): { version: string } {
    globalCandidateIssues(candidate);
    return { version: this.compileCandidate(GLOBAL, candidate) };
  }

  applyTenant(tenant: string, candidate: JsonObject, actor: string): { version: string; previous: string } {
    const scopes = this.tenantScopes(tenant, candidate);
    this.compileCandidate(tenant, scopes);
    return this.commit(tenant, scopes, actor);
  }

  applyGlobal(candidate: JsonObject, actor: string): { version: string; previous: string } {
    globalCandidateIssues(candidate);
    this.compileCandidate(GLOBAL, candidate);
    return this.commit(GLOBAL, candidate, actor);
  }

  /**
   * A scope's recorded changes (global `*` or a tenant), newest first: the version each produced, when, by whom, how,
   * and whether it is the version in force now. Documents are not shown (they hold the hash key and canaries).
   */
  async versions(scope: string): Promise<JsonObject[]> {
    const current = this.holder.current.version;
    return (await this.store.versions(scope)).map((v) => ({
      version: v.version,
      appliedAt: new Date(v.appliedAt).toISOString(),
      appliedBy: v.appliedBy,
      action: v.action,
      source: v.document === null ? (scope === GLOBAL ? "config" : "none") : "admin",
      active: v.version === current,
    }));
  }

  /**
   * Find the newest recorded change of `scope` that produced `version` (the full hash, or a prefix of at least 12
   * hex digits as `x-warden-decision` shows it) and check that its document still loads with today's config. Returns
   * what {@link activate} applies; `WARDEN_ADMIN_NOT_FOUND` when no change of this scope produced that version.
   */
  async findVersion(scope: string, version: string): Promise<StoredPolicyVersion> {
    const found = /^[0-9a-f]{12,64}$/.test(version) ? (await this.store.versions(scope)).find((v) => v.version.startsWith(version)) : undefined;
    if (!found) throw new WardenError("WARDEN_ADMIN_NOT_FOUND");
    if (found.document !== null) this.compileCandidate(scope, JSON.parse(found.document) as unknown);
    return found;
  }

  /** Bring a recorded document back (a removal: drop the scope's policy again); recorded as a change of its own. */
  activate(found: StoredPolicyVersion, actor: string): { version: string; previous: string } {
    const value = found.document === null ? undefined : (JSON.parse(found.document) as unknown);
    return this.commit(found.scope, value, actor, "activate");
  }

  /** Drop a tenant's scopes (or the global admin policy: back to the config's); false when there was none. */
  remove(scope: string, actor: string): { version: string; previous: string } | undefined {
    const before = this.store.get(scope);
    if (!before) return undefined;
    return this.commit(scope, undefined, actor, "reset");
  }

  private commit(scope: string, value: unknown, actor: string, action: StoredPolicyVersion["action"] = "apply"): { version: string; previous: string } {
    if (!this.reloader) throw new WardenError("WARDEN_ADMIN_UNAVAILABLE", { detail: "no policy reloader" });
    const previous = this.holder.current.version;
    const document = value === undefined ? null : JSON.stringify(value);
    const now = Date.now();
    // The change and its history entry are stored together (one transaction) once the version it makes is known.
    const change = this.store.change(scope, document === null ? undefined : { scope, document, updatedAt: now, updatedBy: actor });
    let r: ReturnType<PolicyReloader["reload"]>;
    try {
      r = this.reloader.reload(`admin API: ${scope === GLOBAL ? "global policy" : `tenant ${scope}`} by ${actor}`);
    } catch (err) {
      change.abandon();
      throw err;
    }
    if (!r.ok) {
      // The config's own policy no longer loads (a broken file): keep everything as it was.
      change.abandon();
      this.seen = this.store.stamp();
      throw invalid(r.error.issues);
    }
    try {
      change.commit({ scope, version: r.version, document, action, appliedAt: now, appliedBy: actor });
    } catch (err) {
      // Not stored (a store that writes at once, SQLite, failed the transaction): neither the change nor its history
      // is kept, so the policy before it goes back in force.
      this.reloader.reload(`admin API: ${scope === GLOBAL ? "global policy" : `tenant ${scope}`} change not stored`);
      this.seen = this.store.stamp();
      throw new WardenError("WARDEN_ADMIN_STORE", { cause: err });
    }
    this.seen = this.store.stamp();
    return { version: r.version, previous };
  }
}
