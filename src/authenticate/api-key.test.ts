import { describe, expect, it } from "vitest";
import { API_KEY_PATTERN, generateApiKey, hashApiKey, hashesEqual, KEY_PREFIX, parseApiKey } from "./api-key.js";

describe("API keys", () => {
  it("generates well-formed, unique keys whose id parses back", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { id, key, hash } = generateApiKey();
      expect(key.startsWith(KEY_PREFIX)).toBe(true);
      expect(key).toMatch(API_KEY_PATTERN);
      expect(key).toHaveLength(4 + 12 + 1 + 40 + 6);
      expect(parseApiKey(key)).toEqual({ id });
      expect(hashesEqual(hash, hashApiKey(key))).toBe(true);
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it("rejects a key whose checksum does not match (any one character changed)", () => {
    const { key } = generateApiKey();
    for (const pos of [4, 10, 17, 30, key.length - 7, key.length - 1]) {
      const c = key[pos] as string;
      const other = c === "a" ? "b" : "a";
      expect(parseApiKey(key.slice(0, pos) + other + key.slice(pos + 1)), `changed at ${pos}`).toBeUndefined();
    }
  });

  it.each(["", "wdn_", "sk-abc", "wdn_short_abc", `${"wdn_"}${"a".repeat(12)}-${"b".repeat(46)}`, " wdn_x"])("rejects malformed %j", (k) => {
    expect(parseApiKey(k)).toBeUndefined();
  });

  it("hashesEqual is false for different lengths and different hashes", () => {
    expect(hashesEqual(hashApiKey("a"), hashApiKey("b"))).toBe(false);
    expect(hashesEqual(hashApiKey("a"), Buffer.alloc(3))).toBe(false);
  });
});
