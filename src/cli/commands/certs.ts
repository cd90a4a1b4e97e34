import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { join, resolve } from "node:path";
import type { Command } from "commander";

/** Write a file with a fixed mode, also when it already existed (writeFileSync's mode only applies on creation). */
function writeWithMode(file: string, text: string, mode: number): void {
  writeFileSync(file, text, { mode });
  chmodSync(file, mode);
}

const HOST = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** `warden certs dev [--out DIR] [--hosts localhost,127.0.0.1] [--client NAME]`, `warden certs revoke-dev CERT...` */
export function registerCertsCommand(program: Command): void {
  const certs = program.command("certs").description("TLS certificates");
  certs
    .command("dev")
    .description("make a local development CA and a server certificate it signs (and a client certificate for mTLS); no openssl needed")
    .option("--out <dir>", "output directory", "./.warden/tls")
    .option("--hosts <list>", "comma-separated DNS names and IP addresses for the server certificate", "localhost,127.0.0.1,::1")
    .option("--client <name>", "also issue a client certificate with this common name (for mTLS)")
    .option("--days <n>", "validity of the server and client certificates, in days", "365")
    .action(async (opts: { out: string; hosts: string; client?: string; days: string }) => {
      const hosts = opts.hosts.split(",").map((h) => h.trim()).filter((h) => h !== "");
      const bad = hosts.filter((h) => isIP(h) === 0 && !HOST.test(h));
      const days = Number(opts.days);
      if (hosts.length === 0 || bad.length > 0) {
        process.stderr.write(`warden: --hosts needs DNS names or IP addresses${bad.length > 0 ? ` (not valid: ${bad.join(", ")})` : ""}\n`);
        process.exitCode = 2;
        return;
      }
      if (!(Number.isInteger(days) && days > 0 && days <= 825)) {
        process.stderr.write("warden: --days must be a whole number from 1 to 825\n");
        process.exitCode = 2;
        return;
      }
      if (opts.client !== undefined && !/^[\w.@-]{1,64}$/.test(opts.client)) {
        process.stderr.write("warden: --client must be 1-64 letters, digits, '.', '@', '_' or '-'\n");
        process.exitCode = 2;
        return;
      }
      // Loaded only here: the polyfill and X.509 library are not needed by the gateway itself.
      const { createDevCertificates } = await import("../dev-certificates.js");
      const out = resolve(opts.out);
      mkdirSync(out, { recursive: true, mode: 0o700 });
      const file = (name: string) => join(out, name);
      // An existing CA in the directory is reused, so clients that already trust it keep working.
      const reuse = existsSync(file("ca.pem")) && existsSync(file("ca-key.pem"));
      const ca = reuse ? { cert: readFileSync(file("ca.pem"), "utf8"), key: readFileSync(file("ca-key.pem"), "utf8") } : undefined;
      const made = await createDevCertificates({ hosts, days, ...(ca ? { ca } : {}), ...(opts.client !== undefined ? { clientName: opts.client } : {}) });
      if (!reuse) {
        writeWithMode(file("ca.pem"), made.ca.cert, 0o644);
        writeWithMode(file("ca-key.pem"), made.ca.key, 0o600);
      }
      writeWithMode(file("server.pem"), made.server.cert, 0o644);
      writeWithMode(file("server-key.pem"), made.server.key, 0o600);
      if (made.client) {
        writeWithMode(file("client.pem"), made.client.cert, 0o644);
        writeWithMode(file("client-key.pem"), made.client.key, 0o600);
      }
      const lines = [
        `${reuse ? "Reused the CA in the directory and made" : "Made a development CA and"} a server certificate for ${hosts.join(", ")} in ${out}:`,
        `  ca.pem, ca-key.pem          the CA (keep ca-key.pem private; never use it in production)`,
        `  server.pem, server-key.pem  the server certificate and key`,
        ...(made.client ? [`  client.pem, client-key.pem  a client certificate (CN=${opts.client}, URI spiffe://warden.dev/client/${encodeURIComponent(opts.client ?? "")})`] : []),
        "",
        "Serve HTTPS (warden.yaml):",
        "  listen:",
        "    tls:",
        `      cert: ${file("server.pem")}`,
        `      key: ${file("server-key.pem")}`,
        ...(made.client
          ? [
              `      ca: ${file("ca.pem")}            # client certificates must chain to this CA`,
              "      clientAuth: optional               # or required",
              "      clientPrincipals:",
              `        - match: { subjectCN: ${opts.client} }`,
              "          tenant: default",
              "          app: default",
            ]
          : []),
        "",
        "Trust the CA in clients:",
        `  curl --cacert ${file("ca.pem")} https://${hosts[0]}:8080/healthz`,
        `  NODE_EXTRA_CA_CERTS=${file("ca.pem")} node app.js     # Node clients (openai, @anthropic-ai/sdk)`,
        `  SSL_CERT_FILE=${file("ca.pem")} python app.py        # Python httpx clients`,
        ...(made.client ? [`  curl --cacert ${file("ca.pem")} --cert ${file("client.pem")} --key ${file("client-key.pem")} https://${hosts[0]}:8080/v1/models`] : []),
        "",
      ];
      process.stdout.write(lines.join("\n") + "\n");
    });
  certs
    .command("revoke-dev")
    .description("revoke certificates issued by the development CA: (re)writes crl.pem in --out, keeping earlier revocations")
    .argument("<cert...>", "PEM certificate files to revoke")
    .option("--out <dir>", "the directory of `warden certs dev` (ca.pem, ca-key.pem)", "./.warden/tls")
    .action(async (certFiles: string[], opts: { out: string }) => {
      const out = resolve(opts.out);
      const file = (name: string) => join(out, name);
      let ca: { cert: string; key: string };
      let revoked: string[];
      try {
        ca = { cert: readFileSync(file("ca.pem"), "utf8"), key: readFileSync(file("ca-key.pem"), "utf8") };
        revoked = certFiles.map((f) => readFileSync(f, "utf8"));
      } catch (err) {
        process.stderr.write(`warden: cannot read ${(err as NodeJS.ErrnoException).path ?? "a file"}: ${(err as NodeJS.ErrnoException).code ?? "error"}\n`);
        process.exitCode = 2;
        return;
      }
      const { createDevCrl } = await import("../dev-certificates.js");
      const previous = existsSync(file("crl.pem")) ? readFileSync(file("crl.pem"), "utf8") : undefined;
      let made: { crl: string; serials: string[] };
      try {
        made = await createDevCrl(ca, revoked, previous);
      } catch (err) {
        process.stderr.write(`warden: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
        return;
      }
      writeWithMode(file("crl.pem"), made.crl, 0o644);
      process.stdout.write(
        `Wrote ${file("crl.pem")}: ${made.serials.length} revoked certificate(s), valid 30 days.\n` +
          `Use it with listen.tls.crl: ${file("crl.pem")} and send the gateway SIGHUP to reload it.\n`,
      );
    });
}
