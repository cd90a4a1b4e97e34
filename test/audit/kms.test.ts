import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { parseConfig } from "../../src/config/load-config.js";
import { openAuditLog } from "../../src/record/open-audit.js";
import { tempDir } from "../support/test-gateway.js";

/**
 * A stand-in for Vault's transit engine: the same two endpoints, token header and response shapes
 * (`{ data: { ciphertext: "vault:v1:..." } }`, `{ data: { plaintext } }`, `{ errors: [...] }`).
 */
function mockVault(token: string): Promise<{ url: string; server: Server; calls: string[] }> {
  const key = randomBytes(32);
  const calls: string[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      calls.push(`${req.method} ${req.url}`);
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(json));
      };
      if (req.headers["x-vault-token"] !== token) return send(403, { errors: ["permission denied"] });
      const m = /^\/v1\/transit\/(encrypt|decrypt)\/audit-kek$/.exec(req.url ?? "");
      if (!m) return send(404, { errors: ["no handler for route"] });
      const input = JSON.parse(body) as { plaintext?: string; ciphertext?: string };
      if (m[1] === "encrypt") {
        const iv = randomBytes(12);
        const c = createCipheriv("aes-256-gcm", key, iv);
        const ct = Buffer.concat([c.update(Buffer.from(input.plaintext ?? "", "base64")), c.final()]);
        return send(200, { data: { ciphertext: `vault:v1:${Buffer.concat([iv, c.getAuthTag(), ct]).toString("base64")}`, key_version: 1 } });
      }
      const raw = Buffer.from((input.ciphertext ?? "").replace(/^vault:v1:/, ""), "base64");
      try {
        const d = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
        d.setAuthTag(raw.subarray(12, 28));
        return send(200, { data: { plaintext: Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("base64") } });
      } catch {
        return send(400, { errors: ["cipher: message authentication failed"] });
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server, calls })));
}

const dir = tempDir("warden-audit-kms-");
let vault: Awaited<ReturnType<typeof mockVault>>;
beforeAll(async () => {
  vault = await mockVault("s.test-token");
  process.env["WARDEN_TEST_VAULT_TOKEN"] = "s.test-token";
});
afterAll(async () => {
  vault.server.close();
  delete process.env["WARDEN_TEST_VAULT_TOKEN"];
  rmSync(dir, { recursive: true, force: true });
});

const cfg = (dataDir: string, kek: unknown) => parseConfig({ dataDir, audit: { kek, checkpoint: { intervalMs: 0 } } }, {}, "test").config;
const vaultKek = (tokenEnv = "WARDEN_TEST_VAULT_TOKEN") => ({ kms: { type: "vault-transit", address: vault.url, key: "audit-kek", tokenEnv } });
const entry = (requestId: string, tenant = "acme") => ({ kind: "request" as const, requestId, time: Date.now(), tenant, app: "a", keyId: "k", meta: {}, payload: { secret: `payload of ${requestId}` } });

describe("a KMS as the key-encryption key (config)", () => {
  it("validates kms settings, naming the field", () => {
    expect(() => cfg(dir, { kms: { type: "vault-transit", key: "k" } })).toThrow(/audit\.kek/);
    expect(() => cfg(dir, { kms: { type: "aws", keyId: "x" } })).toThrow(/audit\.kek/);
    expect(cfg(dir, vaultKek()).audit.kek).toMatchObject({ kms: { type: "vault-transit", mount: "transit", timeoutMs: 5000 } });
  });

  it("Vault transit wraps the tenants' data keys; a second process (new log) unwraps them; Vault sees only key material", async () => {
    const d = join(dir, "vault");
    const log = openAuditLog(cfg(d, vaultKek()), undefined, { walCheckpointWorker: false });
    await log.append(entry("v1"));
    await log.close();
    expect(vault.calls).toContain("POST /v1/transit/encrypt/audit-kek");
    vault.calls.length = 0;
    const again = openAuditLog(cfg(d, vaultKek()), undefined, { walCheckpointWorker: false });
    try {
      const [e] = await again.backend.search({ requestId: "v1" });
      expect(vault.calls).not.toContain("POST /v1/transit/decrypt/audit-kek");
      expect((await again.open(e as NonNullable<typeof e>)).payload).toEqual({ secret: "payload of v1" });
      expect(vault.calls).toContain("POST /v1/transit/decrypt/audit-kek");
      const [stored] = await again.backend.listDataKeys();
      expect(stored?.kekId).toBe(`vault-transit:${vault.url}/transit/audit-kek`);
      expect(stored?.wrapped?.toString("utf8")).toMatch(/^vault:v1:/);
    } finally {
      await again.close();
    }
  });

  it("a wrong token fails closed: the append is refused, with Vault's reason and never the token", async () => {
    process.env["WARDEN_TEST_BAD_TOKEN"] = "s.wrong";
    const log = openAuditLog(cfg(join(dir, "bad"), vaultKek("WARDEN_TEST_BAD_TOKEN")), undefined, { walCheckpointWorker: false });
    try {
      const err = (await log.append(entry("b1")).catch((e: unknown) => e)) as Error;
      expect(err.message).toMatch(/HTTP 403: permission denied/);
      expect(err.message).not.toContain("s.wrong");
    } finally {
      await log.close();
      delete process.env["WARDEN_TEST_BAD_TOKEN"];
    }
  });

  it("a module of your own as the KMS (createKeyEncryptionKey(options)), loaded on first use", async () => {
    const mod = join(dir, "my-kms.mjs");
    writeFileSync(
      mod,
      `export async function createKeyEncryptionKey(options) {
         const mask = Buffer.from(options.mask, "hex");
         const x = (b) => Buffer.from(b.map((v, i) => v ^ mask[i % mask.length]));
         return { id: "my-kms:" + options.name, wrap: async (k) => x(k), unwrap: async (w) => x(w) };
       }\n`,
    );
    const d = join(dir, "module");
    const kek = { kms: { type: "module", module: mod, options: { name: "test", mask: "a5" } } };
    const log = openAuditLog(cfg(d, kek), undefined, { walCheckpointWorker: false });
    try {
      await log.append(entry("m1"));
      const [stored] = await log.backend.listDataKeys();
      expect(stored?.kekId).toBe("my-kms:test");
      const [e] = await log.backend.search({ requestId: "m1" });
      expect((await log.open(e as NonNullable<typeof e>)).payload).toEqual({ secret: "payload of m1" });
    } finally {
      await log.close();
    }
    const bad = openAuditLog(cfg(join(dir, "module-bad"), { kms: { type: "module", module: join(dir, "nope.mjs") } }), undefined, { walCheckpointWorker: false });
    await expect(bad.append(entry("m2"))).rejects.toThrow();
    await bad.close();
  });

  it("warden audit rotate-kek --new-kek-config moves the data keys from a key file to Vault", async () => {
    const d = join(dir, "rotate");
    const kekFile = join(dir, "rotate.kek");
    writeFileSync(kekFile, randomBytes(32).toString("base64"));
    const fromCfg = join(dir, "from.yaml");
    const toCfg = join(dir, "to.yaml");
    writeFileSync(fromCfg, `dataDir: ${d}\naudit: { kek: { file: ${kekFile} } }\n`);
    writeFileSync(toCfg, `dataDir: ${d}\naudit: { kek: { kms: { type: vault-transit, address: "${vault.url}", key: audit-kek, tokenEnv: WARDEN_TEST_VAULT_TOKEN } } }\n`);
    const log = openAuditLog(cfg(d, { file: kekFile }), undefined, { walCheckpointWorker: false });
    await log.append(entry("r1", "t1"));
    await log.append(entry("r2", "t2"));
    await log.close();
    let stdout = "";
    const o = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
    const e = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    let code: number;
    try {
      code = await main(["node", "warden", "audit", "rotate-kek", "--new-kek-config", toCfg, "-c", fromCfg]);
    } finally {
      o.mockRestore();
      e.mockRestore();
      process.exitCode = undefined;
    }
    expect(code).toBe(0);
    expect(stdout).toMatch(/re-wrapped 2 data key\(s\) under vault-transit:/);
    const after = openAuditLog(cfg(d, vaultKek()), undefined, { walCheckpointWorker: false });
    try {
      for (const id of ["r1", "r2"]) {
        const [x] = await after.backend.search({ requestId: id });
        expect((await after.open(x as NonNullable<typeof x>)).payload).toEqual({ secret: `payload of ${id}` });
      }
      expect((await after.backend.search({ kind: "admin" })).map((x) => JSON.parse(x.meta).event)).toContain("audit.kek.rotated");
    } finally {
      await after.close();
    }
  });
});
