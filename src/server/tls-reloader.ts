import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Logger } from "pino";
import type { Server as TlsServer } from "node:tls";
import type { ListenTlsConfig } from "../config/tls-config-schema.js";
import { loadSecureContextOptions } from "./tls-server-options.js";

/** Warn this long before the served certificate expires. */
const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * Reloads the serving certificate, key and client CA from their files (on SIGHUP). New handshakes use the new
 * context; open connections keep theirs, so nothing is dropped. A file that is missing, unreadable, or a key that
 * does not match its certificate is logged and the old context kept.
 *
 * @example
 * const tls = new TlsReloader(server, config.listen.tls, logger);
 * process.on("SIGHUP", () => tls.reload("SIGHUP"));
 */
export class TlsReloader {
  constructor(
    private readonly server: TlsServer,
    private readonly cfg: ListenTlsConfig,
    private readonly logger: Logger,
  ) {}

  /** Returns whether the new certificate is now served. */
  reload(reason: string): boolean {
    try {
      const { leaf, ...context } = loadSecureContextOptions(this.cfg);
      this.server.setSecureContext(context);
      this.describe(leaf, reason, "TLS certificate reloaded");
      return true;
    } catch (err) {
      this.logger.error({ reason, err: err instanceof Error ? err.message : String(err) }, "TLS certificate reload failed; the previous certificate is still served");
      return false;
    }
  }

  /** Log the certificate served at start (subject, expiry), with a warning when it expires soon. */
  announce(now = Date.now()): void {
    try {
      this.describe(new X509Certificate(readFileSync(this.cfg.cert)), "start", "TLS certificate", now);
    } catch {
      /* the start already validated the files; a change since then shows on the next reload */
    }
  }

  private describe(leaf: X509Certificate, reason: string, message: string, now = Date.now()): void {
    const validTo = Date.parse(leaf.validTo);
    const daysLeft = Math.floor((validTo - now) / DAY_MS);
    const fields = { reason, subject: leaf.subject.replace(/\n/g, ", "), validTo: new Date(validTo).toISOString(), daysLeft, fingerprint256: leaf.fingerprint256 };
    if (validTo <= now) this.logger.error(fields, `${message}: it has EXPIRED; clients will refuse it`);
    else if (daysLeft < EXPIRY_WARNING_DAYS) this.logger.warn(fields, `${message}: it expires in ${daysLeft} day(s)`);
    else this.logger.info(fields, message);
  }
}
