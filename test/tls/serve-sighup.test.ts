/** `warden serve` over HTTPS as a real process: dev certificates, reloaded on a real SIGHUP. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { connect } from "node:tls";
import { afterAll, describe, expect, it } from "vitest";
import { createDevCertificates } from "../../src/cli/dev-certificates.js";
import { tempDir } from "../support/test-gateway.js";
import { httpsCall } from "./tls-fixture.js";

const ROOT = resolve(import.meta.dirname, "../..");
const ENTRY = join(ROOT, "test/tls/cli-entry.ts");
const dir = tempDir("warden-sighup-");
const tlsDir = join(dir, "tls");
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function start(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", ENTRY, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const out = { stdout: "", stderr: "" };
  child.stdout?.on("data", (c: Buffer) => (out.stdout += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (out.stderr += c.toString()));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, out, exited };
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The SHA-256 fingerprint of the certificate the server presents to a new connection. */
function servedFingerprint(port: number, ca: string): Promise<string> {
  return new Promise((res, rej) => {
    const s = connect({ host: "127.0.0.1", port, servername: "localhost", ca }, () => {
      res(s.getPeerCertificate().fingerprint256);
      s.end();
    });
    s.on("error", rej);
  });
}

describe("warden serve with listen.tls", () => {
  it("serves HTTPS and mTLS, reloads on SIGHUP, keeps the old certificate when the new one is bad", async () => {
    const pki = await createDevCertificates({ hosts: ["localhost", "127.0.0.1"], clientName: "app-1" });
    mkdirSync(tlsDir);
    const put = (name: string, text: string) => writeFileSync(join(tlsDir, name), text);
    put("ca.pem", pki.ca.cert);
    put("server.pem", pki.server.cert);
    put("server-key.pem", pki.server.key);
    const ca = pki.ca.cert;
    const client = pki.client!;
    writeFileSync(
      join(dir, "warden.yaml"),
      [
        `dataDir: ${join(dir, "data")}`,
        "logging: { level: info }",
        "listen:",
        "  tls:",
        `    cert: ${join(tlsDir, "server.pem")}`,
        `    key: ${join(tlsDir, "server-key.pem")}`,
        `    ca: ${join(tlsDir, "ca.pem")}`,
        "    clientAuth: optional",
        "    clientPrincipals:",
        "      - { match: { subjectCN: app-1 }, tenant: default, app: cli-test }",
        "",
      ].join("\n"),
    );
    const gw = start(["serve", "--config", join(dir, "warden.yaml"), "--port", "0"]);
    const url = await until("the listening line", () => /"url":"(https:\/\/127\.0\.0\.1:\d+)"/.exec(gw.out.stdout)?.[1]);
    const port = Number(new URL(url).port);

    expect((await httpsCall(`${url}/healthz`, { ca, method: "GET" })).status).toBe(200);
    const models = await httpsCall(`${url}/v1/models`, { ca, clientCert: client, method: "GET" });
    expect(models.status).toBe(200);
    const first = await servedFingerprint(port, ca);

    // New server certificate from the same CA, then a real SIGHUP.
    const next = await createDevCertificates({ hosts: ["127.0.0.1", "localhost"], ca: pki.ca });
    put("server.pem", next.server.cert);
    put("server-key.pem", next.server.key);
    gw.child.kill("SIGHUP");
    const second = await until("the new certificate", async () => {
      const fp = await servedFingerprint(port, ca);
      return fp !== first ? fp : undefined;
    });
    await until("the reload log", () => (gw.out.stdout.includes("TLS certificate reloaded") ? true : undefined));

    // A broken certificate file: logged, the previous certificate kept, the process alive.
    writeFileSync(join(tlsDir, "server.pem"), "-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n");
    gw.child.kill("SIGHUP");
    await until("the reload failure log", () => (gw.out.stdout.includes("TLS certificate reload failed") ? true : undefined));
    expect(await servedFingerprint(port, ca)).toBe(second);
    expect((await httpsCall(`${url}/healthz`, { ca, method: "GET" })).status).toBe(200);
    expect(gw.child.exitCode).toBeNull();

    gw.child.kill("SIGTERM");
    expect(await gw.exited).toBe(0);
    // Keys never reach the logs.
    expect(gw.out.stdout).not.toContain("PRIVATE KEY");
    expect(gw.out.stderr).toBe("");
  }, 60_000);

  it("a missing certificate file stops `warden serve` with exit code 2 and the config field", async () => {
    writeFileSync(join(dir, "missing.yaml"), `dataDir: ${join(dir, "data2")}\nlisten:\n  tls: { cert: ${join(dir, "nope.pem")}, key: ${join(dir, "nope-key.pem")} }\n`);
    const run = start(["serve", "--config", join(dir, "missing.yaml"), "--port", "0"]);
    expect(await run.exited).toBe(2);
    expect(run.out.stderr).toMatch(/listen\.tls\.cert: cannot read .*nope\.pem: ENOENT/);
    expect(run.out.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
