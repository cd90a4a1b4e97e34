import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from "jose";
import OpenAI from "openai";
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oidcConfigSchema } from "../../src/authenticate/oidc-config.js";
import { OidcVerifier } from "../../src/authenticate/oidc-verifier.js";
import { WardenError } from "../../src/core/warden-error.js";
import type { Role } from "../../src/core/principal.js";
import { tempDir, type TestGateway } from "../support/test-gateway.js";
import { adminCall, codeOf, startAdminGateway } from "./admin-support.js";

const ISSUER = "https://idp.test/";
const AUDIENCE = "warden-admin";
const ROLE_MAP = { "warden-ops": "operator", "warden-audit": "auditor", "warden-admins": "admin", "llm-users": "app" };

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let rsa: KeyPair;
let rsaPublicJwk: JWK;
let other: KeyPair;
let ec: KeyPair;
let jwks: { keys: JWK[] };
let jwksServer: Server;
let jwksUrl: string;
let jwksFetches = 0;
let tg: TestGateway & { creds: Record<Role, string> };
const dir = tempDir("warden-oidc-");

const b64url = (s: string | Buffer) => Buffer.from(s).toString("base64url");

async function token(claims: Record<string, unknown> = {}, o: { key?: KeyPair["privateKey"]; kid?: string; alg?: string; exp?: number | string; nbf?: number; iss?: string; aud?: string | string[] } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ org: "acme", groups: ["warden-ops"], ...claims })
    .setProtectedHeader({ alg: o.alg ?? "RS256", kid: o.kid ?? "rsa-1" })
    .setSubject("alice@example.com")
    .setIssuer(o.iss ?? ISSUER)
    .setAudience(o.aud ?? AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(o.exp ?? now + 300);
  if (o.nbf !== undefined) jwt.setNotBefore(o.nbf);
  return jwt.sign(o.key ?? rsa.privateKey);
}

beforeAll(async () => {
  rsa = await generateKeyPair("RS256", { extractable: true });
  other = await generateKeyPair("RS256");
  ec = await generateKeyPair("ES256", { extractable: true });
  rsaPublicJwk = { ...(await exportJWK(rsa.publicKey)), kid: "rsa-1", alg: "RS256", use: "sig" };
  jwks = { keys: [rsaPublicJwk, { ...(await exportJWK(ec.publicKey)), kid: "ec-1", alg: "ES256", use: "sig" }] };
  jwksServer = createServer((req, res) => {
    jwksFetches++;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  tg = await startAdminGateway({ oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl, tenantClaim: "org", rolesClaim: "groups", roleMap: ROLE_MAP, algorithms: ["RS256", "ES256"] } });
});

afterAll(async () => {
  await tg?.close();
  await new Promise((r) => jwksServer?.close(r));
});

const whoami = (t: string) => adminCall(tg.url, "GET", "/admin/v1/whoami", t);

describe("OIDC bearer tokens on the admin API (JWKS served by a loopback server)", () => {
  it("a valid token maps claims to tenant and roles", async () => {
    const a = await whoami(await token({ groups: ["warden-ops", "warden-audit", "unrelated"] }));
    expect(a.status, a.text).toBe(200);
    expect(a.json).toEqual({ tenant: "acme", app: "oidc", roles: ["operator", "auditor"], keyId: "oidc:alice@example.com", via: "oidc", subject: "alice@example.com" });
    const ecToken = await token({}, { key: ec.privateKey, kid: "ec-1", alg: "ES256" });
    expect((await whoami(ecToken)).status).toBe(200);
  });

  it("an operator token works only in its tenant; an admin token without a tenant is global", async () => {
    const op = await token();
    expect((await adminCall(tg.url, "GET", "/admin/v1/tenants/acme/keys", op)).status).toBe(200);
    expect(codeOf(await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/keys", op))).toBe("WARDEN_ADMIN_NOT_FOUND");
    expect(codeOf(await adminCall(tg.url, "GET", "/admin/v1/tenants", op))).toBe("WARDEN_ADMIN_FORBIDDEN");
    const admin = await token({ org: undefined, groups: "warden-admins" });
    expect((await adminCall(tg.url, "GET", "/admin/v1/tenants", admin)).status).toBe(200);
  });

  const none = () => `${b64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${b64url(JSON.stringify({ sub: "mallory", org: "acme", groups: ["warden-admins"], iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 }))}.`;
  /** HS256 "signed" with the RSA public key as the HMAC secret: the classic algorithm-confusion forgery. */
  const hsWithPublicKey = () => {
    const h = b64url(JSON.stringify({ alg: "HS256", typ: "JWT", kid: "rsa-1" }));
    const p = b64url(JSON.stringify({ sub: "mallory", org: "acme", groups: ["warden-admins"], iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 }));
    const sig = createHmac("sha256", JSON.stringify(rsaPublicJwk)).update(`${h}.${p}`).digest("base64url");
    return `${h}.${p}.${sig}`;
  };
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    { name: "expired (beyond the 30 s tolerance)", make: () => token({}, { exp: now() - 120 }), code: "WARDEN_AUTH_TOKEN_EXPIRED" },
    {
      name: "no expiry at all (treated as expired)",
      make: () => new SignJWT({ org: "acme", groups: ["warden-ops"] }).setProtectedHeader({ alg: "RS256", kid: "rsa-1" }).setSubject("alice@example.com").setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().sign(rsa.privateKey),
      code: "WARDEN_AUTH_TOKEN_EXPIRED",
    },
    {
      name: "an expiry that is not a number",
      make: () => new SignJWT({ org: "acme", groups: ["warden-ops"], exp: "tomorrow" } as unknown as JWTPayload).setProtectedHeader({ alg: "RS256", kid: "rsa-1" }).setSubject("alice@example.com").setIssuer(ISSUER).setAudience(AUDIENCE).sign(rsa.privateKey),
      code: "WARDEN_AUTH_TOKEN_EXPIRED",
    },
    { name: "not valid yet (nbf in 5 minutes)", make: () => token({}, { nbf: now() + 300 }), code: "WARDEN_AUTH_TOKEN_NOT_YET_VALID" },
    { name: "wrong issuer", make: () => token({}, { iss: "https://evil.test/" }), code: "WARDEN_AUTH_TOKEN_ISSUER" },
    { name: "wrong audience", make: () => token({}, { aud: "another-app" }), code: "WARDEN_AUTH_TOKEN_AUDIENCE" },
    { name: "bad signature (another key, same kid)", make: () => token({}, { key: other.privateKey }), code: "WARDEN_AUTH_TOKEN_SIGNATURE" },
    { name: "alg none", make: async () => none(), code: "WARDEN_AUTH_TOKEN_ALGORITHM" },
    { name: "HS256 with the public key as secret", make: async () => hsWithPublicKey(), code: "WARDEN_AUTH_TOKEN_ALGORITHM" },
    { name: "unknown kid", make: () => token({}, { kid: "rotated-away" }), code: "WARDEN_AUTH_TOKEN_UNKNOWN_KEY" },
    { name: "malformed (JWT-shaped garbage)", make: async () => "eyJub3QganNvbg.eyJ4IjoxfQ.c2ln", code: "WARDEN_AUTH_TOKEN_MALFORMED" },
    // a valid header over a payload that is not JSON: the shape is checked before the signature
    { name: "malformed payload, any signature", make: async () => `${Buffer.from('{"alg":"RS256","kid":"k1"}').toString("base64url")}.${Buffer.from("not json").toString("base64url")}.AAAA`, code: "WARDEN_AUTH_TOKEN_MALFORMED" },
    { name: "two parts only", make: async () => `${Buffer.from('{"alg":"RS256"}').toString("base64url")}.${Buffer.from('{"x":1}').toString("base64url")}`, code: "WARDEN_AUTH_TOKEN_MALFORMED" },
    { name: "characters outside base64url", make: async () => `${Buffer.from('{"alg":"RS256"}').toString("base64url")}.e+y/J==.c2ln`, code: "WARDEN_AUTH_TOKEN_MALFORMED" },
    { name: "no mapped role", make: () => token({ groups: ["unrelated"] }), code: "WARDEN_AUTH_TOKEN_CLAIMS" },
    { name: "no tenant claim for an operator", make: () => token({ org: undefined }), code: "WARDEN_AUTH_TOKEN_CLAIMS" },
    { name: "tampered payload", make: async () => {
      const [h, , s] = (await token()).split(".");
      return `${h}.${b64url(JSON.stringify({ sub: "alice@example.com", org: "acme", groups: ["warden-admins"], iss: ISSUER, aud: AUDIENCE, exp: now() + 300 }))}.${s}`;
    }, code: "WARDEN_AUTH_TOKEN_SIGNATURE" },
  ])("$name → 401 $code", async ({ make, code }) => {
    const a = await whoami(await make());
    expect([a.status, codeOf(a)], a.text).toEqual([401, code]);
    expect(a.text).not.toMatch(/ERR_J|jose|stack/i);
  });

  it("a token within the clock tolerance is accepted", async () => {
    expect((await whoami(await token({}, { exp: now() - 10 }))).status).toBe(200);
  });

  it("the key set is cached: many tokens, unknown kids included, cause at most one refetch", async () => {
    const before = jwksFetches;
    for (let i = 0; i < 5; i++) expect((await whoami(await token())).status).toBe(200);
    for (let i = 0; i < 5; i++) expect(codeOf(await whoami(await token({}, { kid: `gone-${i}` })))).toBe("WARDEN_AUTH_TOKEN_UNKNOWN_KEY");
    expect(jwksFetches - before).toBeLessThanOrEqual(1);
  });

  it("each token failure is recorded as a rejected call (never the token)", async () => {
    const bad = await token({}, { iss: "https://evil.test/" });
    await whoami(bad);
    await tg.gw.audit?.flush();
    const rows = [...(await tg.gw.audit!.backend.search({ kind: "admin" })), ...(await tg.gw.audit!.backend.search({ rejected: true }))];
    const metas = rows.map((e) => JSON.parse(e.meta) as Record<string, unknown>);
    expect(metas.some((m) => m["errorCode"] === "WARDEN_AUTH_TOKEN_ISSUER" && m["verdict"] === "rejected" && m["path"] === "/admin/v1/whoami")).toBe(true);
    const all = rows.map((e) => e.meta).join("\n");
    expect(all).not.toContain(bad.split(".")[2]);
    expect(all).not.toContain("eyJ");
  });

  it("a token of a disabled tenant is refused (and so are its API keys on model traffic)", async () => {
    const appKey = tg.gw.keys.create({ tenant: "acme", app: "bot", roles: ["app"] }).key;
    const patch = await adminCall(tg.url, "PATCH", "/admin/v1/tenants/acme", tg.creds.admin, { disabled: true });
    expect(patch.status, patch.text).toBe(200);
    expect(codeOf(await whoami(await token()))).toBe("WARDEN_AUTH_TENANT_DISABLED");
    const res = await fetch(`${tg.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${appKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "demo", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("WARDEN_AUTH_TENANT_DISABLED");
    await adminCall(tg.url, "PATCH", "/admin/v1/tenants/acme", tg.creds.admin, { disabled: false });
    expect((await whoami(await token())).status).toBe(200);
  });

  it("tokens are not accepted for model traffic unless configured", async () => {
    const res = await fetch(`${tg.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${await token({ groups: ["llm-users"] })}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "demo", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(res.status).toBe(401);
  });
});

describe("OIDC for model traffic (oidc.modelTraffic) with the openai client", () => {
  it("an app-role token is a principal for /v1 calls; an operator token is not", async () => {
    const g = await startAdminGateway({ oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl, tenantClaim: "org", rolesClaim: "groups", roleMap: ROLE_MAP, modelTraffic: true } });
    try {
      const client = new OpenAI({ baseURL: `${g.url}/v1`, apiKey: await token({ groups: ["llm-users"] }), maxRetries: 0 });
      const out = await client.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "hello" }] });
      expect(out.choices[0]?.message.content).toBeTruthy();
      const models = await client.models.list();
      expect(models.data.length).toBeGreaterThan(0);
      const ops = new OpenAI({ baseURL: `${g.url}/v1`, apiKey: await token(), maxRetries: 0 });
      await expect(ops.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "hello" }] })).rejects.toMatchObject({ status: 403, code: "WARDEN_AUTH_ROLE_REQUIRED" });
      const expired = new OpenAI({ baseURL: `${g.url}/v1`, apiKey: await token({ groups: ["llm-users"] }, { exp: Math.floor(Date.now() / 1000) - 120 }), maxRetries: 0 });
      await expect(expired.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "hello" }] })).rejects.toMatchObject({ status: 401, code: "WARDEN_AUTH_TOKEN_EXPIRED" });
    } finally {
      await g.close();
    }
  });
});

describe("OidcVerifier: key set sources and config", () => {
  const base = { issuer: ISSUER, audience: AUDIENCE, tenantClaim: "org", rolesClaim: "groups", roleMap: ROLE_MAP };
  const codeOfErr = async (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => (WardenError.isInstance(e) ? e.code : String(e)));

  it("verifies against a local JWKS file", async () => {
    const file = join(dir, "jwks.json");
    writeFileSync(file, JSON.stringify(jwks));
    const v = new OidcVerifier(oidcConfigSchema.parse({ ...base, jwksFile: file }));
    expect((await v.verify(await token())).tenant).toBe("acme");
    expect(await codeOfErr(v.verify(await token({}, { kid: "nope" })))).toBe("WARDEN_AUTH_TOKEN_UNKNOWN_KEY");
  });

  it("a token without kid is checked against each key of its type when the set holds several (RFC 7515 §4.1.4)", async () => {
    const file = join(dir, "jwks-two.json");
    writeFileSync(file, JSON.stringify({ keys: [rsaPublicJwk, { ...(await exportJWK(other.publicKey)), kid: "rsa-2", alg: "RS256", use: "sig" }] }));
    const v = new OidcVerifier(oidcConfigSchema.parse({ ...base, jwksFile: file }));
    const now = Math.floor(Date.now() / 1000);
    const noKid = (key: KeyPair["privateKey"], exp = now + 300) =>
      new SignJWT({ org: "acme", groups: ["warden-ops"] }).setProtectedHeader({ alg: "RS256" }).setSubject("bob").setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime(exp).sign(key);
    expect((await v.verify(await noKid(rsa.privateKey))).tenant).toBe("acme");
    expect((await v.verify(await noKid(other.privateKey))).keyId).toBe("oidc:bob");
    // A claim failure after a key verified is the token's own answer, not "no key verified".
    expect(await codeOfErr(v.verify(await noKid(other.privateKey, now - 3_600)))).toBe("WARDEN_AUTH_TOKEN_EXPIRED");
    const stranger = await generateKeyPair("RS256");
    expect(await codeOfErr(v.verify(await noKid(stranger.privateKey)))).toBe("WARDEN_AUTH_TOKEN_SIGNATURE");
  });

  it("an unreachable JWKS fails closed with its own code", async () => {
    const v = new OidcVerifier(oidcConfigSchema.parse({ ...base, jwksUrl: "http://127.0.0.1:9/jwks.json", jwksTimeoutMs: 500 }));
    expect(await codeOfErr(v.verify(await token()))).toBe("WARDEN_AUTH_JWKS_UNAVAILABLE");
    const missing = new OidcVerifier(oidcConfigSchema.parse({ ...base, jwksFile: join(dir, "missing.json") }));
    expect(await codeOfErr(missing.verify(await token()))).toBe("WARDEN_AUTH_JWKS_UNAVAILABLE");
  });

  it("config refuses HS*/none algorithms, plain-http non-loopback JWKS URLs, and both key sources (neither: discovery)", () => {
    expect(oidcConfigSchema.safeParse({ ...base, jwksUrl, algorithms: ["HS256"] }).success).toBe(false);
    expect(oidcConfigSchema.safeParse({ ...base, jwksUrl, algorithms: ["none"] }).success).toBe(false);
    expect(oidcConfigSchema.safeParse({ ...base, jwksUrl: "http://idp.example.com/jwks" }).success).toBe(false);
    // Neither: the key set is discovered from the https issuer (test/admin/oidc-discovery.test.ts).
    expect(oidcConfigSchema.safeParse({ ...base }).success).toBe(true);
    expect(oidcConfigSchema.safeParse({ ...base, jwksUrl, jwksFile: "x" }).success).toBe(false);
    expect(oidcConfigSchema.safeParse({ ...base, jwksUrl: "https://idp.example.com/jwks" }).success).toBe(true);
  });

  it("a group named like an Object prototype property maps to nothing", async () => {
    const v = new OidcVerifier(oidcConfigSchema.parse({ ...base, jwksUrl }));
    expect(await codeOfErr(v.verify(await token({ groups: ["__proto__", "constructor", "toString"] })))).toBe("WARDEN_AUTH_TOKEN_CLAIMS");
  });
});
