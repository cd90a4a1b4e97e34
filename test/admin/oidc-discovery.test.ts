import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRemoteJWKSet, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { oidcConfigSchema } from "../../src/authenticate/oidc-config.js";
import { discoveredKeySet, discoveryUrl } from "../../src/authenticate/oidc-discovery.js";
import { OidcVerifier } from "../../src/authenticate/oidc-verifier.js";
import { WardenError } from "../../src/core/warden-error.js";
import { adminCall, startAdminGateway } from "./admin-support.js";

/**
 * OpenID Connect discovery against a loopback identity provider: `/.well-known/openid-configuration` per issuer path,
 * a JWKS, and endpoints that misbehave (wrong issuer, plain-http jwks_uri, 404, redirect, no answer).
 */
type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let rsa: KeyPair;
let jwk: JWK;
let idp: Server;
let origin: string;
const hits: Record<string, number> = {};
/** Discovery documents by path (set per test). */
const documents = new Map<string, unknown>();

beforeAll(async () => {
  rsa = await generateKeyPair("RS256");
  jwk = { ...(await exportJWK(rsa.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  idp = createServer((req, res) => {
    const path = req.url ?? "/";
    hits[path] = (hits[path] ?? 0) + 1;
    if (path === "/jwks") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify({ keys: [jwk] }));
    }
    if (path === "/moved/.well-known/openid-configuration") {
      res.writeHead(302, { location: `${origin}/.well-known/openid-configuration` });
      return res.end();
    }
    if (path === "/silent/.well-known/openid-configuration") return; // never answers
    const doc = documents.get(path);
    if (doc === undefined) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(typeof doc === "string" ? doc : JSON.stringify(doc));
  });
  await new Promise<void>((r) => idp.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
});

afterAll(async () => {
  idp.closeAllConnections();
  await new Promise((r) => idp.close(r));
});

beforeEach(() => {
  for (const k of Object.keys(hits)) delete hits[k];
  documents.clear();
});

const base = { audience: "warden", tenantClaim: "org", rolesClaim: "groups", roleMap: { ops: "operator" } } as const;
const wkPath = (issuerPath: string) => `${issuerPath.replace(/\/+$/, "")}/.well-known/openid-configuration`;

async function token(issuer: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: "acme", groups: ["ops"] })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setSubject("alice")
    .setIssuer(issuer)
    .setAudience("warden")
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .sign(rsa.privateKey);
}

const codeOf = async (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (WardenError.isInstance(e) ? e.code : String(e)));

describe("OIDC discovery (issuer only)", () => {
  it("builds the discovery URL from the issuer with or without its trailing slash", () => {
    expect(discoveryUrl("https://idp.example/realms/acme/").href).toBe("https://idp.example/realms/acme/.well-known/openid-configuration");
    expect(discoveryUrl("https://idp.example").href).toBe("https://idp.example/.well-known/openid-configuration");
  });

  it("finds jwks_uri lazily on the first token, once, then verifies tokens", async () => {
    const issuer = `${origin}/realms/acme/`;
    documents.set(wkPath("/realms/acme/"), { issuer, jwks_uri: `${origin}/jwks`, authorization_endpoint: `${origin}/auth` });
    const v = new OidcVerifier(oidcConfigSchema.parse({ ...base, issuer }));
    expect(hits[wkPath("/realms/acme/")]).toBeUndefined(); // nothing fetched at construction
    const tokens = await Promise.all(Array.from({ length: 5 }, () => token(issuer)));
    const principals = await Promise.all(tokens.map((t) => v.verify(t)));
    expect(principals.map((p) => p.tenant)).toEqual(["acme", "acme", "acme", "acme", "acme"]);
    expect(await v.verify(await token(issuer))).toMatchObject({ roles: ["operator"], subject: "alice" });
    expect(hits[wkPath("/realms/acme/")]).toBe(1);
    expect(hits["/jwks"]).toBe(1);
  });

  it("refuses a document whose issuer is not exactly the configured one", async () => {
    const issuer = `${origin}/a`;
    documents.set(wkPath("/a"), { issuer: `${issuer}/`, jwks_uri: `${origin}/jwks` });
    const v = new OidcVerifier(oidcConfigSchema.parse({ ...base, issuer }));
    expect(await codeOf(v.verify(await token(issuer)))).toBe("WARDEN_AUTH_JWKS_UNAVAILABLE");
    expect(hits["/jwks"]).toBeUndefined();
  });

  it.each([
    ["a plain-http non-loopback jwks_uri", { jwks_uri: "http://idp.example/jwks" }],
    ["no jwks_uri", {}],
    ["a jwks_uri that is not a URL", { jwks_uri: "not a url" }],
  ])("refuses %s", async (_what, fields) => {
    const issuer = `${origin}/b`;
    documents.set(wkPath("/b"), { issuer, ...fields });
    const v = new OidcVerifier(oidcConfigSchema.parse({ ...base, issuer }));
    expect(await codeOf(v.verify(await token(issuer)))).toBe("WARDEN_AUTH_JWKS_UNAVAILABLE");
  });

  it("fails closed on 404, non-JSON, a redirect and a timeout", async () => {
    documents.set(wkPath("/junk"), "<html>");
    for (const path of ["/missing", "/junk", "/moved"]) {
      const v = new OidcVerifier(oidcConfigSchema.parse({ ...base, issuer: `${origin}${path}` }));
      expect(await codeOf(v.verify(await token(`${origin}${path}`))), path).toBe("WARDEN_AUTH_JWKS_UNAVAILABLE");
    }
    expect(hits["/.well-known/openid-configuration"]).toBeUndefined(); // the redirect was not followed
    const v = new OidcVerifier(oidcConfigSchema.parse({ ...base, issuer: `${origin}/silent`, jwksTimeoutMs: 200 }));
    const t0 = Date.now();
    expect(await codeOf(v.verify(await token(`${origin}/silent`)))).toBe("WARDEN_AUTH_JWKS_UNAVAILABLE");
    expect(Date.now() - t0).toBeLessThan(3_000);
  });

  it("a failed discovery is retried only after 5 s, then succeeds", async () => {
    const issuer = `${origin}/later`;
    let now = 1_000_000;
    const keySet = discoveredKeySet({ issuer, timeoutMs: 1_000, remote: (u) => createRemoteJWKSet(u) }, () => now);
    const header = { alg: "RS256", kid: "k1" };
    const lookup = () => codeOf(Promise.resolve(keySet(header, { payload: "", signature: "", protected: "" })));
    expect(await lookup()).toBe("WARDEN_AUTH_JWKS_UNAVAILABLE");
    documents.set(wkPath("/later"), { issuer, jwks_uri: `${origin}/jwks` });
    now += 1_000;
    expect(await lookup()).toBe("WARDEN_AUTH_JWKS_UNAVAILABLE");
    expect(hits[wkPath("/later")]).toBe(1); // the second token did not refetch
    now += 5_000;
    expect(await lookup()).toBe("ok");
    expect(hits[wkPath("/later")]).toBe(2);
  });

  it("config: issuer alone must be https (or loopback http); at most one of jwksUrl/jwksFile", () => {
    expect(oidcConfigSchema.safeParse({ ...base, issuer: "https://login.example.com/" }).success).toBe(true);
    expect(oidcConfigSchema.safeParse({ ...base, issuer: "http://127.0.0.1:8081/realms/x" }).success).toBe(true);
    expect(oidcConfigSchema.safeParse({ ...base, issuer: "http://login.example.com/" }).success).toBe(false);
    expect(oidcConfigSchema.safeParse({ ...base, issuer: "acme-idp" }).success).toBe(false);
    // A non-URL issuer is fine when the key set is configured directly.
    expect(oidcConfigSchema.safeParse({ ...base, issuer: "acme-idp", jwksFile: "jwks.json" }).success).toBe(true);
    expect(oidcConfigSchema.safeParse({ ...base, issuer: "https://x/", jwksFile: "a", jwksUrl: "https://x/jwks" }).success).toBe(false);
  });

  it("end to end: the admin API accepts a token from a discovered issuer", async () => {
    const issuer = `${origin}/realms/gw`;
    documents.set(wkPath("/realms/gw"), { issuer, jwks_uri: `${origin}/jwks` });
    const tg = await startAdminGateway({ oidc: { ...base, issuer } });
    try {
      const a = await adminCall(tg.url, "GET", "/admin/v1/whoami", await token(issuer));
      expect(a.status, a.text).toBe(200);
      expect(a.json).toMatchObject({ tenant: "acme", roles: ["operator"], via: "oidc" });
    } finally {
      await tg.close();
    }
  });
});
