import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WardenError } from "../core/warden-error.js";
import { generateApiKey, parseApiKey } from "./api-key.js";
import { Authenticator, presentedKey } from "./authenticate.js";
import { SqliteKeyStore } from "./sqlite-key-store.js";

const dir = mkdtempSync(join(tmpdir(), "warden-auth-test-"));
let store: SqliteKeyStore;
let auth: Authenticator;

beforeAll(() => {
  store = new SqliteKeyStore(dir);
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
    const other = new SqliteKeyStore(dir);
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

describe("Authenticator: verified keys remembered", () => {
  it("a remembered key still meets revocation at once (invalidate), expiry and its source allowlist on every call", () => {
    const now = Date.now();
    const { record, key } = store.create({ tenant: "t", app: "a", roles: ["app"], expiresAt: now + 500, cidrs: ["10.0.0.0/8"] });
    const a = new Authenticator(store);
    try {
      expect(codeOf(() => a.authenticate({ "x-api-key": key }, now, "10.1.2.3"))).toBeUndefined();
      expect(a.verifiedKeys).toBe(1);
      expect(codeOf(() => a.authenticate({ "x-api-key": key }, now + 1, "192.0.2.1"))).toBe("WARDEN_AUTH_SOURCE_NOT_ALLOWED");
      expect(codeOf(() => a.authenticate({ "x-api-key": key }, now + 500, "10.1.2.3"))).toBe("WARDEN_AUTH_EXPIRED_KEY");
      // Revoked in the store, and the gateway told (as the revocation channel does): refused on the next call.
      store.revoke(record.id);
      expect(codeOf(() => a.authenticate({ "x-api-key": key }, now + 2, "10.1.2.3"))).toBeUndefined();
      a.invalidate(record.id);
      expect(codeOf(() => a.authenticate({ "x-api-key": key }, now + 3, "10.1.2.3"))).toBe("WARDEN_AUTH_REVOKED_KEY");
    } finally {
      a.close();
    }
  });

  it("remembering a key does not admit another secret for the same id, and invalidateAll forgets every key", () => {
    const { record, key } = store.create({ tenant: "t", app: "a", roles: ["app"] });
    const a = new Authenticator(store);
    try {
      const now = Date.now();
      expect(codeOf(() => a.authenticate({ "x-api-key": key }, now))).toBeUndefined();
      const body = `wdn_${record.id}_${generateApiKey().key.slice(17, 57)}`;
      const forged = body + base62Checksum(crc32(body));
      expect(codeOf(() => a.authenticate({ "x-api-key": forged }, now + 1))).toBe("WARDEN_AUTH_INVALID_KEY");
      expect(a.verifiedKeys).toBe(1);
      a.invalidateAll();
      expect(a.verifiedKeys).toBe(0);
      // Revoked by another process: with the record dropped, the key is checked against the store again.
      const other = new SqliteKeyStore(dir);
      other.revoke(record.id);
      other.close();
      expect(codeOf(() => a.authenticate({ "x-api-key": key }, now + 2))).toBe("WARDEN_AUTH_REVOKED_KEY");
      expect(a.verifiedKeys).toBe(0);
    } finally {
      a.close();
    }
  });

  it("is bounded (the oldest verification goes first) and sweeps keys idle for a cache period", () => {
    const a = new Authenticator(store, 3);
    try {
      const keys = Array.from({ length: 5 }, () => store.create({ tenant: "t", app: "bound", roles: ["app"] }).key);
      const now = Date.now();
      for (const key of keys) expect(codeOf(() => a.authenticate({ "x-api-key": key }, now))).toBeUndefined();
      expect(a.verifiedKeys).toBe(3);
      // An evicted key is simply verified again.
      expect(codeOf(() => a.authenticate({ "x-api-key": keys[0] as string }, now))).toBeUndefined();
      expect(a.verifiedKeys).toBe(3);
      a.flushLastUsed(); // its `now` is real time, within the second: nothing idle yet
      expect(a.verifiedKeys).toBe(3);
    } finally {
      a.close();
    }
    const b = new Authenticator(store);
    try {
      const { key } = store.create({ tenant: "t", app: "idle", roles: ["app"] });
      expect(codeOf(() => b.authenticate({ "x-api-key": key }, Date.now() - 1_000))).toBeUndefined();
      b.flushLastUsed();
      expect(b.verifiedKeys).toBe(0);
    } finally {
      b.close();
    }
  });
});
