import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WardenError } from "../core/warden-error.js";
import { generateApiKey, parseApiKey } from "./api-key.js";
import { Authenticator, presentedKey } from "./authenticate.js";
import { KeyStore } from "./key-store.js";

const dir = mkdtempSync(join(tmpdir(), "warden-auth-test-"));
let store: KeyStore;
let auth: Authenticator;

beforeAll(() => {
  store = new KeyStore(dir);
  auth = new Authenticator(store);
});

afterAll(() => {
  auth.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The key format's checksum: CRC32 of the key body in 6 base62 digits (as documented in api-key.ts). */
function base62Checksum(n: number): string {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  let out = "";
  for (let i = 0; i < 6; i++) {
    out = alphabet[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return WardenError.isInstance(err) ? err.code : `not a WardenError: ${String(err)}`;
  }
  return undefined;
}

describe("presentedKey", () => {
  it.each([
    { headers: { authorization: "Bearer abc" }, key: "abc" },
    { headers: { authorization: "bearer   abc  " }, key: "abc" },
    { headers: { "x-api-key": "xyz" }, key: "xyz" },
    { headers: { authorization: "Bearer abc", "x-api-key": "xyz" }, key: "abc" },
    { headers: { authorization: "Basic abc" }, key: undefined },
    { headers: { authorization: "Bearer " }, key: undefined },
    { headers: { "x-api-key": "" }, key: undefined },
    { headers: {}, key: undefined },
  ])("$headers → $key", ({ headers, key }) => {
    expect(presentedKey(headers)).toBe(key);
  });
});

describe("Authenticator", () => {
  it("resolves a valid key to its principal, by Bearer or x-api-key", () => {
    const { record, key } = store.create({ tenant: "acme", app: "support-bot", roles: ["app", "auditor"], name: "test" });
    const expected = { keyId: record.id, tenant: "acme", app: "support-bot", roles: ["app", "auditor"] };
    expect(auth.authenticate({ authorization: `Bearer ${key}` })).toEqual(expected);
    expect(auth.authenticate({ "x-api-key": key })).toEqual(expected);
  });

  it("stores only a hash: the key text is nowhere in the store", () => {
    const { record, key } = store.create({ tenant: "t", app: "a", roles: ["app"] });
    const got = store.get(record.id);
    expect(JSON.stringify({ ...got, hash: got?.hash.toString("hex") })).not.toContain(key.slice(17));
    expect(got?.hash).toHaveLength(32);
  });

  it.each([
    { name: "no key", headers: () => ({}), code: "WARDEN_AUTH_MISSING_KEY" },
    { name: "not a Warden key", headers: () => ({ authorization: "Bearer sk-proj-abcdef" }), code: "WARDEN_AUTH_MALFORMED_KEY" },
    { name: "well-formed, never issued", headers: () => ({ authorization: `Bearer ${generateApiKey().key}` }), code: "WARDEN_AUTH_INVALID_KEY" },
    {
      name: "issued id with another secret (valid checksum)",
      headers: () => {
        const { record } = store.create({ tenant: "t", app: "a", roles: ["app"] });
        // Same id, another secret, and a correct checksum: only the hash comparison can refuse it.
        const body = `wdn_${record.id}_${generateApiKey().key.slice(17, 57)}`;
        const forged = body + base62Checksum(crc32(body));
        expect(parseApiKey(forged)).toEqual({ id: record.id });
        return { authorization: `Bearer ${forged}` };
      },
      code: "WARDEN_AUTH_INVALID_KEY",
    },
    {
      name: "revoked",
      headers: () => {
        const { record, key } = store.create({ tenant: "t", app: "a", roles: ["app"] });
        store.revoke(record.id);
        return { authorization: `Bearer ${key}` };
      },
      code: "WARDEN_AUTH_REVOKED_KEY",
    },
    {
      name: "expired",
      headers: () => ({ authorization: `Bearer ${store.create({ tenant: "t", app: "a", roles: ["app"], expiresAt: Date.now() - 1 }).key}` }),
      code: "WARDEN_AUTH_EXPIRED_KEY",
    },
  ])("$name → $code", ({ headers, code }) => {
    expect(codeOf(() => auth.authenticate(headers()))).toBe(code);
  });

  it("a key expiring later works until then", () => {
    const now = Date.now();
    const { key } = store.create({ tenant: "t", app: "a", roles: ["app"], expiresAt: now + 60_000 });
    expect(codeOf(() => auth.authenticate({ "x-api-key": key }, now))).toBeUndefined();
    expect(codeOf(() => auth.authenticate({ "x-api-key": key }, now + 60_000))).toBe("WARDEN_AUTH_EXPIRED_KEY");
  });

  it("a revocation by another process is seen once the one-second cache expires", () => {
    const { record, key } = store.create({ tenant: "t", app: "a", roles: ["app"] });
    const now = Date.now();
    expect(codeOf(() => auth.authenticate({ "x-api-key": key }, now))).toBeUndefined();
    const other = new KeyStore(dir);
    other.revoke(record.id);
    other.close();
    expect(codeOf(() => auth.authenticate({ "x-api-key": key }, now + 10))).toBeUndefined();
    expect(codeOf(() => auth.authenticate({ "x-api-key": key }, now + 1_001))).toBe("WARDEN_AUTH_REVOKED_KEY");
  });

  it("revoke reports whether the key existed", () => {
    const { record } = store.create({ tenant: "t", app: "a", roles: ["app"] });
    expect(store.revoke(record.id)).toBe(true);
    expect(store.revoke("NoSuchKeyId1")).toBe(false);
  });
});
