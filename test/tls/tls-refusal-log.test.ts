import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { connect } from "node:tls";
import { describe, expect, it } from "vitest";
import { createDevCertificates } from "../../src/cli/dev-certificates.js";
import { watchTlsRefusals } from "../../src/server/tls-refusal-log.js";
import { TLS_CIPHERS } from "../../src/server/tls-server-options.js";
import { capturingLogger } from "./tls-fixture.js";

describe("watchTlsRefusals", () => {
  it("summarises refused handshakes once per window (count, codes, sources), never per probe at warn", async () => {
    const certs = await createDevCertificates({ hosts: ["localhost"] });
    const server = createServer({ cert: certs.server.cert, key: certs.server.key, minVersion: "TLSv1.2", ciphers: TLS_CIPHERS }, (_q, r) => r.end());
    const { logger, lines } = capturingLogger();
    logger.level = "debug";
    watchTlsRefusals(server, logger, 300);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    const oldClient = () =>
      new Promise<void>((resolve) => {
        const s = connect({ host: "127.0.0.1", port, ca: certs.ca.cert, servername: "localhost", minVersion: "TLSv1.1", maxVersion: "TLSv1.1", ciphers: "DEFAULT@SECLEVEL=0" });
        s.on("error", () => resolve());
        s.on("secureConnect", () => resolve());
      });
    for (let i = 0; i < 3; i++) await oldClient();
    await new Promise((r) => setTimeout(r, 600));
    const warns = lines.filter((l) => l["msg"] === "TLS handshakes refused");
    expect(warns).toHaveLength(1);
    expect(warns[0]).toMatchObject({ level: 40, refused: 3, topSources: { "127.0.0.1": 3 } });
    expect(Object.values(warns[0]?.["codes"] as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(3);
    expect(lines.filter((l) => l["msg"] === "TLS handshake refused")).toHaveLength(3);
    // Nothing new: no further summary; a refusal just before close is flushed by the close.
    await oldClient();
    await new Promise<void>((r) => server.close(() => r()));
    expect(lines.filter((l) => l["msg"] === "TLS handshakes refused")).toHaveLength(2);
  });
});
