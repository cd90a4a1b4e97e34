import { KeyObject, sign as cryptoSign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import { startGateway } from "../../src/gateway.js";
import { parseConfig } from "../../src/config/load-config.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import pino from "pino";
import { mockConfig, type TestGateway } from "../support/test-gateway.js";
import { adminCall, codeOf, startAdminGateway } from "../admin/admin-support.js";

/**
 * Credential attacks over HTTP: hostile Authorization headers, two credentials at once, revoked/rotated keys across
 * a second gateway on the same dataDir, and forged or odd JWTs (crit, kid injection, claim types, huge tokens).
 */
const ISSUER = "https://idp.test/";
const AUDIENCE = "warden-admin";
const ROLE_MAP = { "warden-ops": "operator", "warden-audit": "auditor", "warden-admins": "admin", "llm-users": "app" };
type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let rsa: KeyPair;
let jwksServer: Server;
let tg: TestGateway & { creds: Record<Role, string> };
const b64url = (s: string | Buffer) => Buffer.from(s).toString("base64url");

async function token(claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: "acme", groups: ["warden-ops"], ...claims })
    .setProtectedHeader({ alg: "RS256", kid: "rsa-1", ...header })
    .setSubject("alice@example.com")
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .sign(rsa.privateKey);
}

beforeAll(async () => {
  rsa = await generateKeyPair("RS256", { extractable: true });
  const jwks: { keys: JWK[] } = { keys: [{ ...(await exportJWK(rsa.publicKey)), kid: "rsa-1", alg: "RS256", use: "sig" }] };
  jwksServer = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
  tg = await startAdminGateway({ oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl, tenantClaim: "org", rolesClaim: "groups", roleMap: ROLE_MAP, modelTraffic: true } });
});
afterAll(async () => {
  await tg?.close();
  await new Promise((r) => jwksServer?.close(r));
});

const whoami = (cred: string | undefined, headers: Record<string, string> = {}) => adminCall(tg.url, "GET", "/admin/v1/whoami", cred, undefined, headers);

describe("hostile Authorization headers", () => {
  it("malformed, oversized, whitespace and unicode credentials: 401 with a documented code, never 500", async () => {
    const key = tg.creds.operator;
    const cases: [Record<string, string>, number, string | RegExp][] = [
      [{ authorization: "Bearer" }, 401, "WARDEN_AUTH_MISSING_KEY"],
      [{ authorization: "Bearer " }, 401, "WARDEN_AUTH_MISSING_KEY"],
      [{ authorization: "Basic dXNlcjpwYXNz" }, 401, "WARDEN_AUTH_MISSING_KEY"],
      [{ authorization: "Bearer garbage" }, 401, "WARDEN_AUTH_MALFORMED_KEY"],
      [{ authorization: `Bearer ${key}x` }, 401, /WARDEN_AUTH_(INVALID|MALFORMED)_KEY/],
      [{ authorization: `Bearer ${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}` }, 401, "WARDEN_AUTH_INVALID_KEY"],
      [{ authorization: `Bearer ${key} extra` }, 401, "WARDEN_AUTH_MALFORMED_KEY"],
      [{ authorization: `Bearer ${"a".repeat(12_000)}` }, 401, "WARDEN_AUTH_MALFORMED_KEY"],
      [{ authorization: `Bearer eyJ${"a".repeat(12_000)}.e.e` }, 401, "WARDEN_AUTH_TOKEN_MALFORMED"],
      [{ authorization: `Bearer ${Buffer.from(`${key}é`, "utf8").toString("latin1")}` }, 401, "WARDEN_AUTH_MALFORMED_KEY"],
    ];
    for (const [h, status, code] of cases) {
      const a = await whoami(undefined, h);
      expect(a.status, `${JSON.stringify(h).slice(0, 60)}: ${a.text}`).toBe(status);
      expect(String(codeOf(a))).toMatch(code);
      expect(a.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    // Surrounding whitespace is tolerated (what HTTP itself trims), and the scheme is case-insensitive.
    expect((await whoami(undefined, { authorization: `bearer   ${key}  ` })).status).toBe(200);
  });

  it("authorization and x-api-key with different keys: Authorization decides, on both admin and model routes", async () => {
    const a = await whoami(undefined, { authorization: `Bearer ${tg.creds.auditor}`, "x-api-key": tg.creds.admin });
    expect(a.status).toBe(200);
    expect(a.json?.["roles"]).toEqual(["auditor"]);
    // An invalid Authorization is never rescued by a valid x-api-key.
    const b = await whoami(undefined, { authorization: "Bearer wdn_bad", "x-api-key": tg.creds.admin });
    expect(b.status).toBe(401);
    const m = await fetch(`${tg.url}/v1/models`, { headers: { authorization: `Bearer ${tg.creds.operator}`, "x-api-key": tg.creds.app } });
    expect([m.status, ((await m.json()) as { error: { code: string } }).error.code]).toEqual([403, "WARDEN_AUTH_ROLE_REQUIRED"]);
  });

  it("errors do not tell another tenant's key from a missing one", async () => {
    const other = tg.gw.keys.create({ tenant: "secret-tenant", app: "x", roles: ["operator"] });
    const revoked = tg.gw.keys.create({ tenant: "secret-tenant", app: "y", roles: ["operator"] });
    tg.gw.keys.revoke(revoked.record.id);
    // Right id, wrong secret: the same answer as an id that does not exist.
    const wrong = other.key.replace(/_([0-9A-Za-z]{12})_/, "_$1_").slice(0, -10) + "0123456789";
    const a = await whoami(wrong);
    const b = await whoami(`wdn_ZZZZZZZZZZZZ_${wrong.split("_")[2]}`);
    expect([a.status, codeOf(a)]).toEqual([b.status, codeOf(b)]);
    expect(a.text).not.toContain("secret-tenant");
    const r = await whoami(revoked.key);
    expect([r.status, codeOf(r)]).toEqual([401, "WARDEN_AUTH_REVOKED_KEY"]);
    expect(r.text).not.toContain("secret-tenant");
  });
});

describe("revoked and rotated keys across a second gateway on the same dataDir", () => {
  it("a revocation through one gateway's admin API is refused by the other within the cache second", async () => {
    const { config } = parseConfig({ ...mockConfig("http://127.0.0.1:9"), dataDir: tg.dataDir, policy: { rules: [] } }, {}, "second");
    const gw2 = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
    try {
      const made = await adminCall(tg.url, "POST", "/admin/v1/tenants/t1/keys", tg.creds.operator, { app: "rep", roles: ["operator"] });
      const { secret, key } = made.json as { secret: string; key: { id: string } };
      expect((await adminCall(gw2.url, "GET", "/admin/v1/whoami", secret)).status).toBe(200);
      const rot = await adminCall(tg.url, "POST", `/admin/v1/tenants/t1/keys/${key.id}/rotate`, tg.creds.operator, { overlapSeconds: 0 });
      expect(rot.status).toBe(201);
      const fresh = (rot.json as { secret: string }).secret;
      await new Promise((r) => setTimeout(r, 1_100));
      const old = await adminCall(gw2.url, "GET", "/admin/v1/whoami", secret);
      expect([old.status, codeOf(old)]).toEqual([401, "WARDEN_AUTH_EXPIRED_KEY"]);
      expect((await adminCall(gw2.url, "GET", "/admin/v1/whoami", fresh)).status).toBe(200);
      const newId = (rot.json as { key: { id: string } }).key.id;
      expect((await adminCall(tg.url, "POST", `/admin/v1/tenants/t1/keys/${newId}/revoke`, tg.creds.operator)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1_100));
      const gone = await adminCall(gw2.url, "GET", "/admin/v1/whoami", fresh);
      expect([gone.status, codeOf(gone)]).toEqual([401, "WARDEN_AUTH_REVOKED_KEY"]);
      // Disabling the tenant through one gateway refuses its keys on the other (admin API and model traffic).
      const dis = await adminCall(tg.url, "PATCH", "/admin/v1/tenants/t1", tg.creds.admin, { disabled: true });
      expect(dis.status).toBe(200);
      await new Promise((r) => setTimeout(r, 1_100));
      const op = await adminCall(gw2.url, "GET", "/admin/v1/whoami", tg.creds.operator);
      expect([op.status, codeOf(op)]).toEqual([403, "WARDEN_AUTH_TENANT_DISABLED"]);
      const app = await fetch(`${gw2.url}/v1/models`, { headers: { authorization: `Bearer ${tg.creds.app}` } });
      expect(app.status).toBe(403);
      expect((await adminCall(tg.url, "PATCH", "/admin/v1/tenants/t1", tg.creds.admin, { disabled: false })).status).toBe(200);
    } finally {
      await gw2.close();
    }
  });
});

describe("forged and odd JWTs", () => {
  const expectCode = async (t: string, code: string) => {
    const a = await whoami(t);
    expect([a.status, codeOf(a)], a.text).toEqual([401, code]);
    expect(a.text).not.toMatch(/ERR_J|jose|stack/i);
  };

  it("unknown `crit` extensions are refused as malformed (not as an algorithm problem)", async () => {
    // jose will not sign a token with an unknown critical extension: sign it by hand (RS256, RFC 7518 §3.3).
    const now = Math.floor(Date.now() / 1000);
    const h = b64url(JSON.stringify({ alg: "RS256", kid: "rsa-1", crit: ["exp-magic"], "exp-magic": true }));
    const p = b64url(JSON.stringify({ sub: "alice", org: "acme", groups: ["warden-admins"], iss: ISSUER, aud: AUDIENCE, exp: now + 60 }));
    const sig = cryptoSign("sha256", Buffer.from(`${h}.${p}`), KeyObject.from(rsa.privateKey as Parameters<typeof KeyObject.from>[0])).toString("base64url");
    await expectCode(`${h}.${p}.${sig}`, "WARDEN_AUTH_TOKEN_MALFORMED");
  });

  it("`kid` injection (path, SQL, huge) finds no key", async () => {
    for (const kid of ["../../etc/passwd", "' OR 1=1 --", "x".repeat(4_000), "rsa-1\u0000"]) {
      await expectCode(await token({}, { kid }), "WARDEN_AUTH_TOKEN_UNKNOWN_KEY");
    }
  });

  it("embedded `jwk` / `jku` / `x5u` headers are not trusted: the JWKS decides", async () => {
    const evil = await generateKeyPair("RS256", { extractable: true });
    const jwk = await exportJWK(evil.publicKey);
    const now = Math.floor(Date.now() / 1000);
    const t = await new SignJWT({ org: "acme", groups: ["warden-admins"] })
      .setProtectedHeader({ alg: "RS256", kid: "rsa-1", jwk, jku: "http://127.0.0.1:9/jwks", x5u: "http://127.0.0.1:9/x" })
      .setSubject("mallory")
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime(now + 60)
      .sign(evil.privateKey);
    await expectCode(t, "WARDEN_AUTH_TOKEN_SIGNATURE");
  });

  it("claim types: roles as a string or array work; objects, numbers, nested arrays give no role", async () => {
    expect((await whoami(await token({ groups: "warden-ops other" }))).status).toBe(200);
    for (const groups of [{ "warden-admins": true }, 1, [["warden-admins"]], [{ name: "warden-admins" }], null, ["__proto__", "constructor", "toString"]]) {
      await expectCode(await token({ groups }), "WARDEN_AUTH_TOKEN_CLAIMS");
    }
  });

  it("tenant claims: missing, non-string, or not a valid tenant id are refused for non-admins", async () => {
    for (const org of [undefined, 7, ["acme"], { id: "acme" }, "", "acme/../root", "*", "acme corp", "a".repeat(65)]) {
      await expectCode(await token({ org }), "WARDEN_AUTH_TOKEN_CLAIMS");
    }
  });

  it("a prototype-named claim path cannot stand in for a missing claim", async () => {
    const t = await token({ org: undefined, sub: undefined });
    await expectCode(t, "WARDEN_AUTH_TOKEN_CLAIMS");
  });

  it("a global admin token without a tenant gets no model traffic, even when its groups map to `app`", async () => {
    const t = await token({ org: undefined, groups: ["warden-admins", "llm-users"] });
    const w = await whoami(t);
    expect([w.status, w.json?.["roles"], w.json?.["tenant"]]).toEqual([200, ["admin"], ""]);
    const m = await fetch(`${tg.url}/v1/models`, { headers: { authorization: `Bearer ${t}` } });
    expect([m.status, ((await m.json()) as { error: { code: string } }).error.code]).toEqual([403, "WARDEN_AUTH_ROLE_REQUIRED"]);
  });

  it("an OIDC operator token is refused on model traffic; an app token works with the openai client", async () => {
    const op = await token();
    const m = await fetch(`${tg.url}/v1/models`, { headers: { authorization: `Bearer ${op}` } });
    expect(m.status).toBe(403);
    const client = new OpenAI({ apiKey: await token({ groups: ["llm-users"] }), baseURL: `${tg.url}/v1`, maxRetries: 0 });
    const models = await client.models.list();
    expect(models.data.length).toBeGreaterThan(0);
  });
});
