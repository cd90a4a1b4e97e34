import type { Logger } from "pino";
import { Authenticator } from "./authenticate/authenticate.js";
import { clientAddressResolver } from "./authenticate/client-address.js";
import type { KeyStore } from "./authenticate/key-store.js";
import { openKeyStore } from "./authenticate/open-key-store.js";
import type { WardenConfig } from "./config/config-schema.js";
import { createPolicyGuard } from "./enforce/create-policy-guard.js";
import type { Guard } from "./enforce/guard.js";
import { createStructureCheck } from "./enforce/structure-check.js";
import { PolicyGuard } from "./enforce/policy-guard.js";
import { DetectionThreads } from "./detect/threads/detection-threads.js";
import { PolicyReloader } from "./enforce/policy-reloader.js";
import { openVault } from "./enforce/vault/open-vault.js";
import { ModelRouter } from "./forward/model-router.js";
import { createAdminHandler } from "./admin/create-admin-handler.js";
import { PolicyAdmin } from "./admin/policy-admin.js";
import { openTenantPolicyStore } from "./admin/open-tenant-policy-store.js";
import { openTenantStore } from "./admin/open-tenant-store.js";
import type { TenantStore } from "./admin/tenant-store.js";
import type { RevocationChannel } from "./authenticate/revocation-channel.js";
import type { Limiter } from "./limit/limiter.js";
import { openLimits } from "./limit/open-limits.js";
import type { AuditLog } from "./record/audit-log.js";
import type { AuditRecorder } from "./record/audit-recorder.js";
import { openAuditRecorder } from "./record/open-audit.js";
import { resolveKek } from "./record/audit-log.js";
import { policyReloadRecorder } from "./record/policy-reload-events.js";
import { nullRecorder, type Recorder } from "./record/recorder.js";
import { CertificateAuthenticator } from "./authenticate/client-certificate.js";
import { createWardenServer, type WardenServer } from "./server/create-server.js";
import { clientCertificateOf } from "./server/tls-client-certificate.js";
import { TlsReloader } from "./server/tls-reloader.js";
import { httpsServerOptions } from "./server/tls-server-options.js";

/** Revocation-channel messages about tenants start with this (key ids never do). */
const TENANT_MESSAGE = "tenant:";

export interface GatewayOptions {
  config: WardenConfig;
  logger: Logger;
  /** Override the listen port (`PORT` / `--port`); 0 picks a free port. */
  port?: number;
  host?: string;
  guard?: Guard;
  recorder?: Recorder;
}

export interface Gateway {
  url: string;
  port: number;
  keys: KeyStore;
  server: WardenServer;
  /** The limit stage (request rate, tokens, concurrency; docs/keys-and-limits.md). */
  limiter: Limiter;
  /** Key revocations (and tenant changes) pushed to every replica, when Redis is configured. */
  revocations: RevocationChannel | undefined;
  /** Tenants (their disabled state is checked on every call). */
  tenants: TenantStore;
  /** The audit log, when the default audit recorder is in use. */
  audit: AuditLog | undefined;
  /** Policy reloads (validated, atomic, old kept on error), when the default policy guard is in use. */
  policy: PolicyReloader | undefined;
  /** Certificate reloads (SIGHUP; a bad certificate is logged and the old one kept), when serving HTTPS. */
  tls: TlsReloader | undefined;
  /** Graceful stop: drain in-flight calls up to the configured grace period, then release everything. */
  close(): Promise<void>;
}

/**
 * Assemble and start a gateway: key store, authenticator, model router, controls (guard, recorder), HTTP server.
 *
 * @example
 * const gw = await startGateway({ config: loadConfig(undefined).config, logger });
 */
export async function startGateway(opts: GatewayOptions): Promise<Gateway> {
  const { config, logger } = opts;
  // TLS files are read first: a missing or mismatched certificate stops the start before anything is opened.
  const tlsConfig = config.listen.tls;
  const tlsOptions = tlsConfig ? httpsServerOptions(tlsConfig) : undefined;
  // The policy guard (default policy when none is configured; `opts.guard` overrides it in tests) before anything is
  // opened: a policy error stops the start with nothing to release.
  const policyGuard = opts.guard ? undefined : createPolicyGuard({ policyConfig: config.policy, providers: Object.keys(config.providers) });
  const router = ModelRouter.fromConfig(config.providers, config.routes);
  // Keys in SQLite (default), or in PostgreSQL shared by replicas on other hosts (`keys.store: postgres`).
  const keys = await openKeyStore({
    keys: config.keys,
    store: config.store,
    dataDir: config.dataDir,
    onError: (err, what) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, `key store: ${what}`),
  });
  // Tenants made through the admin API go where the keys go (their disabled state is checked on every call).
  const tenants = await openTenantStore({
    keys: config.keys,
    store: config.store,
    dataDir: config.dataDir,
    onError: (err, what) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, `tenant store: ${what}`),
  }).catch(async (err: unknown) => {
    await keys.close();
    throw err;
  });
  // Policies applied through the admin API, in the same place (composed into every reload, so they survive it).
  const policyStore =
    config.admin.enabled && policyGuard
      ? await openTenantPolicyStore({
          keys: config.keys,
          store: config.store,
          dataDir: config.dataDir,
          // The documents hold the hash key and canaries: sealed under a key the audit store's KEK wraps.
          kek: resolveKek(config.dataDir, config.audit.kek),
          onError: (err, what) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, `policy store: ${what}`),
        }).catch(async (err: unknown) => {
          await keys.close();
          await tenants.close();
          throw err;
        })
      : undefined;
  const authenticator = new Authenticator(keys);
  // Limit counters (memory, or Redis shared by replicas) and revocation messages to the other replicas.
  const access = await openLimits({ limits: config.limits, redis: config.redis, logger, keys, authenticator }).catch(async (err: unknown) => {
    authenticator.close();
    await keys.close();
    await tenants.close();
    await policyStore?.close();
    throw err;
  });
  const guard = opts.guard ?? (policyGuard as Guard);
  // Tokenize mappings: in memory, or in a store shared by replicas (Redis, PostgreSQL, SQLite) under a shared key.
  const vault = policyGuard
    ? await openVault({
        vault: config.vault,
        redis: config.redis,
        store: config.store,
        dataDir: config.dataDir,
        logger,
        ttlMs: () => policyGuard.holder.current.doc.vault.ttlSeconds * 1000,
        maxEntries: policyGuard.holder.current.doc.vault.maxEntries,
        watchErasures: true,
      }).catch(async (err: unknown) => {
        await access.close();
        authenticator.close();
        await keys.close();
        await tenants.close();
        await policyStore?.close();
        throw err;
      })
    : undefined;
  if (policyGuard && vault) policyGuard.useVault(vault.vault, vault.shared);
  // The audit store records every call by default; `opts.recorder` overrides it (tests).
  const audit: AuditRecorder | undefined = opts.recorder || !config.audit.enabled ? undefined : openAuditRecorder(config, logger);
  const recorder = opts.recorder ?? audit ?? nullRecorder;
  // Policy files are watched, and SIGHUP reloads them; a bad change is logged and the old policy kept. Changes and
  // refusals are recorded in the audit log (admin entries).
  const onResult = audit ? policyReloadRecorder(audit.log, logger) : undefined;
  // A tenant disabled (or enabled) here is refused at once on every replica sharing Redis, as revoked keys are: the
  // change goes out on the revocation channel as "tenant:<id>", and a reconnect drops every cached state.
  const revocations = access.revocations;
  if (revocations) {
    revocations.on("invalidated", (id: string) => {
      if (id.startsWith(TENANT_MESSAGE)) tenants.invalidate(id.slice(TENANT_MESSAGE.length));
    });
    revocations.on("reset", () => tenants.invalidate());
    tenants.onChange((tenant, remote) => {
      // a change learned from the PostgreSQL tenant store reached every replica that way already
      if (remote) return;
      revocations.publish(`${TENANT_MESSAGE}${tenant}`).catch((err: unknown) => logger.error({ tenant, err: err instanceof Error ? err.message : String(err) }, "could not publish a tenant change; other replicas see it within a second"));
    });
  }
  const policyAdmin = policyStore && policyGuard ? new PolicyAdmin(policyStore, policyGuard.holder) : undefined;
  const compose = policyAdmin ? { compose: policyAdmin.compose } : {};
  const policy = policyGuard ? new PolicyReloader({ holder: policyGuard.holder, policyConfig: config.policy, logger, ...(onResult ? { onResult } : {}), ...compose }) : undefined;
  if (policyAdmin && policy) {
    policyAdmin.attach(policy);
    policyAdmin.watch();
    if (policyStore && policyStore.all().length > 0) policy.reload("admin API policies at start");
  }
  // jose is loaded only when OIDC is configured.
  const oidc = config.oidc ? new (await import("./authenticate/oidc-verifier.js")).OidcVerifier(config.oidc) : undefined;
  policy?.watch();
  let tls: TlsReloader | undefined;
  const onHup = () => {
    void policy?.reload("SIGHUP");
    tls?.reload("SIGHUP");
  };
  if (policy || tlsConfig) process.on("SIGHUP", onHup);
  let ready = false;
  // Behind trusted proxies, the client address comes from their header (source allowlists, admin.allowFrom, audit).
  const clientAddress = config.server.trustedProxies ? clientAddressResolver({ trustedProxies: config.server.trustedProxies, header: config.server.clientAddressHeader }) : undefined;
  // mTLS rules (docs/tls.md) apply to model traffic and to the admin API alike.
  const certificates = tlsConfig && tlsConfig.clientAuth !== "none" ? new CertificateAuthenticator({ authentication: tlsConfig.authentication, mappings: tlsConfig.clientPrincipals }) : undefined;
  // Large texts are detected on worker threads (started on first need), for any policy guard.
  const detection = config.server.detection;
  const threads = guard instanceof PolicyGuard && detection.threads > 0 ? new DetectionThreads({ threads: detection.threads, heapMb: detection.heapMb }) : undefined;
  if (threads && guard instanceof PolicyGuard) guard.useThreads({ pool: threads, minChars: detection.minChars });
  const server = createWardenServer(
    {
      authenticator,
      router,
      guard,
      recorder,
      limiter: access.limiter,
      tenants,
      ...(policyStore ? { policies: policyStore } : {}),
      // Any policy guard (the default, or one a caller built) also checks the request's structure with the engine of
      // its current policy (a policy's own custom rules and allowlist apply there too), and the call's scope decides.
      ...(guard instanceof PolicyGuard ? { structure: createStructureCheck(() => guard.activeEngine, (t, d) => guard.structureActs(t, d)) } : {}),
      ...(oidc?.modelTraffic ? { oidc } : {}),
      ...(certificates ? { certificates } : {}),
    },
    {
      bodyLimit: config.server.bodyLimit,
      keepAliveTimeoutMs: config.server.keepAliveTimeoutMs,
      logger,
      // not ready while calls are refused because the audit store fails (fail-closed)
      ready: () => ready && (audit?.healthy() ?? true),
      ...(clientAddress ? { clientAddress } : {}),
      ...(tlsOptions ? { tls: tlsOptions } : {}),
      ...(config.admin.enabled
        ? { mounts: [{ prefix: "/admin/", handle: createAdminHandler({ keys, authenticator, tenants, oidc, policy: policyAdmin, vault: vault?.shared, audit: audit?.log, rejected: recorder.rejected?.bind(recorder), logger, bodyLimit: config.admin.bodyLimit, allowFrom: config.admin.allowFrom, clientAddress, keyLimits: config.limits.key, ...(certificates ? { certificates, clientCertificate: (req) => clientCertificateOf(req.socket) } : {}) }) }] }
        : {}),
    },
  );
  if (tlsConfig && "setSecureContext" in server.server) tls = new TlsReloader(server.server, tlsConfig, logger);
  tls?.announce();
  const host = opts.host ?? config.listen.host;
  const addr = await server.listen(opts.port ?? config.listen.port, host).catch(async (err: unknown) => {
    policy?.close();
    process.off("SIGHUP", onHup);
    await audit?.close();
    await access.close();
    authenticator.close();
    await keys.close();
    policyAdmin?.close();
    await tenants.close();
    await policyStore?.close();
    await vault?.close();
    await threads?.close();
    throw err;
  });
  ready = true;
  const hostForUrl = addr.host.includes(":") ? `[${addr.host}]` : addr.host;
  let closing: Promise<void> | undefined;
  return {
    url: `${tlsConfig ? "https" : "http"}://${hostForUrl}:${addr.port}`,
    port: addr.port,
    keys,
    server,
    limiter: access.limiter,
    revocations: access.revocations,
    tenants,
    audit: audit?.log,
    policy,
    tls,
    close() {
      closing ??= (async () => {
        ready = false;
        policy?.close();
        process.off("SIGHUP", onHup);
        await server.shutdown(config.server.shutdownGraceMs);
        authenticator.close();
        await access.close();
        await router.close();
        await keys.close();
        policyAdmin?.close();
        await tenants.close();
        await policyStore?.close();
        await audit?.close();
        await vault?.close();
        await threads?.close();
      })();
      return closing;
    },
  };
}
