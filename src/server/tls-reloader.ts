import type { Logger } from "pino";
import type { Server as TlsServer } from "node:tls";
import type { ListenTlsConfig } from "../config/tls-config-schema.js";
import { loadSecureContextOptions } from "./tls-server-options.js";

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
      this.logger.info({ reason, subject: leaf.subject.replace(/\n/g, ", "), validTo: leaf.validTo, fingerprint256: leaf.fingerprint256 }, "TLS certificate reloaded");
      return true;
    } catch (err) {
      this.logger.error({ reason, err: err instanceof Error ? err.message : String(err) }, "TLS certificate reload failed; the previous certificate is still served");
      return false;
    }
  }
}
