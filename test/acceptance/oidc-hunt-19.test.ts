/**
 * Acceptance hunt 19, OIDC (issue 6 "People", as docs/admin-api.md promises it): tokens signed with jose against a
 * JWKS served on loopback, through the admin API and the `openai` client. Key rotation at the provider (two signing
 * keys published at once, tokens with and without `kid`, a new key appearing), and the documented error of each
 * forged token.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, exportSPKI, generateKeyPair, type JWK, SignJWT } from "jose";
import { createHmac } from "node:crypto";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import { adminCall, codeOf, startAdminGateway } from "../admin/admin-support.js";
import type { TestGateway } from "../support/test-gateway.js";

const ISSUER = "https://idp.hunt19.test";
const AUDIENCE = "warden";
type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let current: KeyPair;
let next: KeyPair;
let stranger: KeyPair;
let jwks: { keys: JWK[] } = { keys: [] };
let server: Server;
let fetches = 0;
let g: TestGateway & { creds: Record<Role, string> };

async function sign(o: { key?: KeyPair["privateKey"]; kid?: string | null; groups?: string[]; org?: string; aud?: string; iss?: string; exp?: number } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const header: { alg: string; kid?: string } = { alg: "RS256" };
  if (o.kid !== null) header.kid = o.kid ?? "k-current";
  return new SignJWT({ org: o.org ?? "acme", groups: o.groups ?? ["ops"] })
    .setProtectedHeader(header)
    .setSubject("carol")
    .setIssuer(o.iss ?? ISSUER)
    .setAudience(o.aud ?? AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(o.exp ?? now + 300)
    .sign(o.key ?? current.privateKey);
}
const whoami = (t: string) => adminCall(g.url, "GET", "/admin/v1/whoami", t);
const jwk = async (k: KeyPair, kid: string): Promise<JWK> => ({ ...(await exportJWK(k.publicKey)), kid, alg: "RS256", use: "sig" });

beforeAll(async () => {
  current = await generateKeyPair("RS256", { extractable: true });
  next = await generateKeyPair("RS256", { extractable: true });
  stranger = await generateKeyPair("RS256", { extractable: true });
  jwks = { keys: [await jwk(current, "k-current")] };
  server = createServer((_req, res) => {
    fetches++;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  g = await startAdminGateway({
    oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl, tenantClaim: "org", rolesClaim: "groups", roleMap: { ops: "operator", users: "app" }, modelTraffic: true, jwksCacheSeconds: 2 },
  });
});
afterAll(async () => {
  await g?.close();
  await new Promise((r) => server?.close(r));
});

describe("forged tokens, each with its documented code (401, www-authenticate)", () => {
  it("wrong audience, wrong issuer, expired, alg none, HS256 keyed with the public key, unknown kid, a stranger's signature", async () => {
    const pem = await exportSPKI(current.publicKey);
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: "mallory", org: "acme", groups: ["ops"], iss: ISSUER, aud: AUDIENCE, exp: now + 300 };
    const hsHead = b64({ alg: "HS256", typ: "JWT", kid: "k-current" });
    const hs = `${hsHead}.${b64(claims)}`;
    const cases: [string, string][] = [
      [await sign({ aud: "someone-else" }), "WARDEN_AUTH_TOKEN_AUDIENCE"],
      [await sign({ iss: `${ISSUER}/` }), "WARDEN_AUTH_TOKEN_ISSUER"],
      [await sign({ exp: now - 3_600 }), "WARDEN_AUTH_TOKEN_EXPIRED"],
      [`${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`, "WARDEN_AUTH_TOKEN_ALGORITHM"],
      [`${hs}.${createHmac("sha256", pem).update(hs).digest("base64url")}`, "WARDEN_AUTH_TOKEN_ALGORITHM"],
      [await sign({ kid: "k-nobody-knows", key: stranger.privateKey }), "WARDEN_AUTH_TOKEN_UNKNOWN_KEY"],
      [await sign({ key: stranger.privateKey }), "WARDEN_AUTH_TOKEN_SIGNATURE"],
    ];
    for (const [t, code] of cases) {
      const r = await whoami(t);
      expect([r.status, codeOf(r)], code).toEqual([401, code]);
      expect(r.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(r.text).not.toContain("acme");
    }
    // The genuine token works.
    expect((await whoami(await sign())).json).toMatchObject({ tenant: "acme", roles: ["operator"], via: "oidc", subject: "carol" });
  });
});

describe("key rotation at the provider", () => {
  it("a key published after the set was fetched: refused within the refetch cooldown (documented), accepted once the cache ages out; the old key keeps working while published", async () => {
    expect((await whoami(await sign())).status).toBe(200);
    jwks = { keys: [await jwk(current, "k-current"), await jwk(next, "k-next")] };
    const early = await whoami(await sign({ key: next.privateKey, kid: "k-next" }));
    // The unknown kid of the forgery above (or the last fetch) started the 30 s cooldown: no refetch yet.
    expect([early.status, codeOf(early)]).toEqual([401, "WARDEN_AUTH_TOKEN_UNKNOWN_KEY"]);
    const t0 = Date.now();
    let status = 0;
    while (Date.now() - t0 < 6_000) {
      status = (await whoami(await sign({ key: next.privateKey, kid: "k-next" }))).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200); // jwksCacheSeconds: 2
    expect((await whoami(await sign())).status).toBe(200);
  });

  it("while the provider publishes two RSA keys, a token without `kid` signed by either of them is accepted; a stranger's is not", async () => {
    // Both keys are in the cached set now (previous test). RFC 7515 §4.1.4: `kid` is OPTIONAL; a verifier with
    // several candidate keys tries them (jose reports ERR_JWKS_MULTIPLE_MATCHING_KEYS and leaves that to the caller).
    for (const key of [current, next]) {
      const r = await whoami(await sign({ key: key.privateKey, kid: null }));
      expect([r.status, codeOf(r)]).toEqual([200, undefined]);
    }
    const forged = await whoami(await sign({ key: stranger.privateKey, kid: null }));
    expect([forged.status, codeOf(forged)]).toEqual([401, "WARDEN_AUTH_TOKEN_SIGNATURE"]);
  });

  it("an app token works as the openai client's apiKey for model traffic; an operator token is refused there", async () => {
    const app = new OpenAI({ apiKey: await sign({ groups: ["users"] }), baseURL: `${g.url}/v1`, maxRetries: 0 });
    const models = await app.models.list();
    expect(models.data.length).toBeGreaterThan(0);
    const ops = new OpenAI({ apiKey: await sign({ groups: ["ops"] }), baseURL: `${g.url}/v1`, maxRetries: 0 });
    const err = await ops.models.list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((err as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toBe("WARDEN_AUTH_ROLE_REQUIRED");
  });

  it("an operator token of acme manages acme's keys only: another tenant's key looks missing", async () => {
    const other = g.gw.keys.create({ tenant: "globex", app: "bot", roles: ["app"] }).record.id;
    const t = await sign();
    const made = await adminCall(g.url, "POST", "/admin/v1/tenants/acme/keys", t, { app: "bot" });
    expect(made.status).toBe(201);
    for (const [m, p] of [
      ["GET", `/admin/v1/tenants/globex/keys/${other}`],
      ["GET", `/admin/v1/tenants/acme/keys/${other}`],
      ["POST", `/admin/v1/tenants/acme/keys/${other}/revoke`],
      ["GET", "/admin/v1/tenants/globex/keys"],
    ] as const) {
      const r = await adminCall(g.url, m, p, t);
      expect([r.status, codeOf(r)], `${m} ${p}`).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    }
    expect(g.gw.keys.get(other)?.revokedAt).toBeNull();
  });
});
