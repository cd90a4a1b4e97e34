import type { Logger } from "pino";
import type { TLSSocket, Server as TlsServer } from "node:tls";

const TOP_SOURCES = 5;

/**
 * Failed TLS handshakes (old protocol versions, no shared cipher, a missing, untrusted, expired or revoked client
 * certificate) are refused before any HTTP request exists. Each is logged at `debug`; once per window a `warn`
 * summarises them (count, OpenSSL codes, top source addresses), so refusals are visible without one line per
 * scanner probe.
 *
 * @example
 * watchTlsRefusals(httpsServer, logger);
 */
export function watchTlsRefusals(server: TlsServer, logger: Logger, windowMs = 60_000): void {
  let count = 0;
  const codes = new Map<string, number>();
  const sources = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    timer = undefined;
    if (count === 0) return;
    const top = [...sources.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_SOURCES);
    logger.warn({ refused: count, codes: Object.fromEntries(codes), topSources: Object.fromEntries(top), windowMs }, "TLS handshakes refused");
    count = 0;
    codes.clear();
    sources.clear();
  };

  server.on("tlsClientError", (err: Error & { code?: string }, socket: TLSSocket) => {
    const code = err.code ?? "unknown";
    const source = socket.remoteAddress ?? "unknown";
    logger.debug({ code, source }, "TLS handshake refused");
    count++;
    codes.set(code, (codes.get(code) ?? 0) + 1);
    if (sources.size < 1_000 || sources.has(source)) sources.set(source, (sources.get(source) ?? 0) + 1);
    if (!timer) {
      timer = setTimeout(flush, windowMs);
      timer.unref();
    }
  });
  server.on("close", () => {
    if (timer) clearTimeout(timer);
    flush();
  });
}
