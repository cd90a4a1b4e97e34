import { X509Certificate } from "node:crypto";
import { readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { tempDir } from "../support/test-gateway.js";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, "write").mockImplementation((c) => (out.push(String(c)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((c) => (err.push(String(c)), true));
  const before = process.exitCode;
  try {
    const code = await main(["node", "warden", ...args]);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = before;
  }
}

describe("warden certs dev", () => {
  const dir = tempDir("warden-certs-");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const f = (n: string) => join(dir, "tls", n);

  it("makes a CA, a server certificate for --hosts and a client certificate, keys 0600, and says how to use them", async () => {
    const r = await run(["certs", "dev", "--out", join(dir, "tls"), "--hosts", "localhost,127.0.0.1,::1,gw.test", "--client", "svc-a"]);
    expect(r.code).toBe(0);
    for (const key of ["ca-key.pem", "server-key.pem", "client-key.pem"]) expect(statSync(f(key)).mode & 0o777).toBe(0o600);
    const ca = new X509Certificate(readFileSync(f("ca.pem")));
    const server = new X509Certificate(readFileSync(f("server.pem")));
    const client = new X509Certificate(readFileSync(f("client.pem")));
    expect(ca.ca).toBe(true);
    expect(server.ca).toBe(false);
    expect(server.checkIssued(ca) && server.verify(ca.publicKey)).toBe(true);
    expect(client.checkIssued(ca) && client.verify(ca.publicKey)).toBe(true);
    expect(server.subjectAltName).toBe("DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, DNS:gw.test");
    expect(server.checkHost("gw.test")).toBe("gw.test");
    expect(server.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(client.subject).toMatch(/CN=svc-a/);
    expect(client.subjectAltName).toBe("URI:spiffe://warden.dev/client/svc-a");
    expect(client.keyUsage).toEqual(["1.3.6.1.5.5.7.3.2"]);
    expect(server.keyUsage).toEqual(["1.3.6.1.5.5.7.3.1"]);
    expect(r.out).toContain(`cert: ${f("server.pem")}`);
    expect(r.out).toContain(`--cacert ${f("ca.pem")}`);
    expect(r.out).toContain("NODE_EXTRA_CA_CERTS=");
    expect(r.out).not.toContain("PRIVATE KEY");
  });

  it("reuses the CA already in the directory (clients that trust it keep working)", async () => {
    const caBefore = readFileSync(f("ca.pem"), "utf8");
    const serverBefore = readFileSync(f("server.pem"), "utf8");
    const r = await run(["certs", "dev", "--out", join(dir, "tls"), "--hosts", "localhost"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Reused the CA/);
    expect(readFileSync(f("ca.pem"), "utf8")).toBe(caBefore);
    const server = new X509Certificate(readFileSync(f("server.pem")));
    expect(readFileSync(f("server.pem"), "utf8")).not.toBe(serverBefore);
    expect(server.verify(new X509Certificate(caBefore).publicKey)).toBe(true);
  });

  it("revoke-dev writes a CRL signed by the dev CA, keeping earlier revocations, and refuses foreign certificates", async () => {
    const out = join(dir, "tls");
    expect((await run(["certs", "dev", "--out", out, "--client", "second"])).code).toBe(0);
    const first = new X509Certificate(readFileSync(f("client.pem"))).serialNumber;
    const r1 = await run(["certs", "revoke-dev", "--out", out, f("client.pem")]);
    expect(r1.code).toBe(0);
    expect(r1.out).toMatch(/1 revoked certificate\(s\)[\s\S]*listen\.tls\.crl: .*crl\.pem[\s\S]*SIGHUP/);
    expect(readFileSync(f("crl.pem"), "utf8")).toMatch(/^-----BEGIN X509 CRL-----/);
    // A second revocation keeps the first.
    expect((await run(["certs", "dev", "--out", out, "--client", "third"])).code).toBe(0);
    expect((await run(["certs", "revoke-dev", "--out", out, f("client.pem")])).out).toMatch(/2 revoked certificate\(s\)/);
    const { X509Crl } = await import("@peculiar/x509");
    const serials = new X509Crl(readFileSync(f("crl.pem"), "utf8")).entries.map((e) => e.serialNumber.toLowerCase());
    expect(serials).toContain(first.toLowerCase());
    expect(serials).toHaveLength(2);
    // Node's TLS stack accepts it as a CRL for this CA.
    const { createSecureContext } = await import("node:tls");
    expect(() => createSecureContext({ ca: readFileSync(f("ca.pem")), crl: readFileSync(f("crl.pem")) })).not.toThrow();

    const foreign = tempDir("warden-certs-foreign-");
    expect((await run(["certs", "dev", "--out", foreign, "--client", "x"])).code).toBe(0);
    const bad = await run(["certs", "revoke-dev", "--out", out, join(foreign, "client.pem")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/was not issued by this CA/);
    const missing = await run(["certs", "revoke-dev", "--out", out, join(foreign, "nope.pem")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*nope\.pem: ENOENT/);
    rmSync(foreign, { recursive: true, force: true });
  });

  it.each([
    { args: ["--hosts", "bad host!,127.0.0.1"], msg: /--hosts .*not valid: bad host!/ },
    { args: ["--hosts", ","], msg: /--hosts needs/ },
    { args: ["--days", "0"], msg: /--days/ },
    { args: ["--client", "a b"], msg: /--client/ },
  ])("rejects bad input $args with exit code 2", async ({ args, msg }) => {
    const r = await run(["certs", "dev", "--out", join(dir, "never"), ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
  });
});
