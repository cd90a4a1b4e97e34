import { describe, expect, it } from "vitest";
import { modelAllowed } from "../../src/authenticate/model-allowlist.js";
import { compileSourceAllowlist, invalidCidrs, parseCidr } from "../../src/authenticate/source-allowlist.js";
import { parseDuration } from "../../src/cli/parse-duration.js";

describe("source allowlist (CIDR)", () => {
  it.each([
    // [networks, address, allowed]
    [["10.0.0.0/8"], "10.255.1.2", true],
    [["10.0.0.0/8"], "11.0.0.1", false],
    [["192.168.1.0/24"], "192.168.1.255", true],
    [["192.168.1.0/24"], "192.168.2.0", false],
    [["203.0.113.7"], "203.0.113.7", true],
    [["203.0.113.7"], "203.0.113.8", false],
    [["0.0.0.0/0"], "8.8.8.8", true],
    [["2001:db8::/32"], "2001:db8:ffff::1", true],
    [["2001:db8::/32"], "2001:db9::1", false],
    [["::1/128"], "::1", true],
    [["::/0"], "2001:db8::1", true],
    [["fe80::/10"], "fe80::1%eth0", true],
    // IPv4-mapped IPv6 (RFC 4291 §2.5.5.2): a dual-stack socket reports IPv4 callers this way
    [["10.0.0.0/8"], "::ffff:10.1.2.3", true],
    [["10.0.0.0/8"], "::ffff:11.1.2.3", false],
    [["::ffff:10.0.0.0/104"], "10.1.2.3", true],
    // ::/0 contains ::ffff:0:0/96, so it admits IPv4 callers too; other IPv6 networks do not
    [["::/0"], "10.0.0.1", true],
    [["2001:db8::/32", "::1/128"], "10.0.0.1", false],
    [["10.0.0.0/8"], "2001:db8::1", false],
    [["10.0.0.0/8"], undefined, false],
    [["10.0.0.0/8"], "not-an-ip", false],
    [[], "10.0.0.1", false],
  ] as [string[], string | undefined, boolean][])("%j admits %s: %s", (cidrs, address, allowed) => {
    expect(compileSourceAllowlist(cidrs)(address)).toBe(allowed);
  });

  it("parses and rejects networks", () => {
    expect(parseCidr("10.0.0.0/8")).toEqual({ address: "10.0.0.0", prefix: 8, family: "ipv4" });
    expect(parseCidr("2001:db8::/32")).toEqual({ address: "2001:db8::", prefix: 32, family: "ipv6" });
    expect(parseCidr("::1")).toEqual({ address: "::1", prefix: 128, family: "ipv6" });
    expect(invalidCidrs(["10.0.0.0/33", "::/129", "10.0.0/8", "host.example", "10.0.0.0/8/1", "10.0.0.0/-1", "10.0.0.0/x", "1.2.3.4/32"])).toEqual([
      "10.0.0.0/33",
      "::/129",
      "10.0.0/8",
      "host.example",
      "10.0.0.0/8/1",
      "10.0.0.0/-1",
      "10.0.0.0/x",
    ]);
  });
});

describe("model allowlist", () => {
  it.each([
    [undefined, "anything", true],
    [["gpt-4o*"], "gpt-4o", true],
    [["gpt-4o*"], "gpt-4o-mini-2024-07-18", true],
    [["gpt-4o*"], "gpt-4", false],
    [["gpt-4o*"], "my-gpt-4o", false],
    [["gpt-4o*"], "GPT-4O", false],
    [["claude-3-?-haiku*"], "claude-3-5-haiku-latest", true],
    [["claude-3-?-haiku*"], "claude-3-10-haiku", false],
    [["gpt-4.1"], "gpt-4x1", false],
    [["a", "b*"], "bz", true],
    [[], "gpt-4o", false],
  ] as [string[] | undefined, string, boolean][])("%j admits %s: %s", (globs, model, allowed) => {
    expect(modelAllowed(globs, model)).toBe(allowed);
  });
});

describe("durations (CLI)", () => {
  it.each([
    ["30d", 30 * 86_400_000],
    ["1h", 3_600_000],
    ["1h30m", 5_400_000],
    ["90s", 90_000],
    ["500ms", 500],
    ["2w", 14 * 86_400_000],
    ["0s", 0],
    ["1.5h", 5_400_000],
  ])("%s = %d ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
  it.each(["", "30", "d", "1y", "-1h", "1 h x", "h1"])("rejects %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe("empty allowlists on a key record", () => {
  it("admit nothing (fail closed), unlike an absent list", async () => {
    const { SqliteKeyStore } = await import("../../src/authenticate/sqlite-key-store.js");
    const { Authenticator } = await import("../../src/authenticate/authenticate.js");
    const { tempDir } = await import("../support/test-gateway.js");
    const { rmSync } = await import("node:fs");
    const dir = tempDir();
    const store = new SqliteKeyStore(dir);
    const auth = new Authenticator(store);
    try {
      const { key: noModels } = store.create({ tenant: "t", app: "a", roles: ["app"], models: [] });
      expect(store.list()[0]?.models).toEqual([]);
      expect(modelAllowed(auth.authenticate({ "x-api-key": noModels }).models, "gpt-4o")).toBe(false);
      const { key: noNets } = store.create({ tenant: "t", app: "a", roles: ["app"], cidrs: [] });
      expect(() => auth.authenticate({ "x-api-key": noNets }, Date.now(), "127.0.0.1")).toThrow(/network address/);
    } finally {
      auth.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
