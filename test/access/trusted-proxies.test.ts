import { request } from "node:http";
import { rmSync } from "node:fs";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddressResolver, forwardedFor, hopAddress } from "../../src/authenticate/client-address.js";
import { parseConfig } from "../../src/config/load-config.js";
import type { JsonObject } from "../../src/core/json.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { type Gateway, startGateway } from "../../src/gateway.js";
import type { AuditLog } from "../../src/record/audit-log.js";
import { tempDir } from "../support/test-gateway.js";

describe("client address behind trusted proxies (unit)", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7:4711 ", "203.0.113.7"],
    ["2001:db8::1", "2001:db8::1"],
    ["[2001:db8::1]:4711", "2001:db8::1"],
    ['"[2001:db8::1]"', "2001:db8::1"],
    ["unknown", undefined],
    ["_hidden", undefined],
    ["example.com", undefined],
    ["[2001:db8::1", undefined],
    ["", undefined],
  ])("hop %j is %s", (text, address) => {
    expect(hopAddress(text)).toBe(address);
  });

  it("reads RFC 7239 for= parameters, one per element", () => {
    expect(forwardedFor('for=192.0.2.43, for="[2001:db8:cafe::17]:4711";proto=https, by=203.0.113.43, For=unknown;by=x')).toEqual([
      "192.0.2.43",
      "2001:db8:cafe::17",
      undefined,
      undefined,
    ]);
    // An unterminated quote from the client cannot swallow the element the proxy appended.
    expect(forwardedFor('for="10.0.0.1, for=198.51.100.7')).toEqual([undefined, "198.51.100.7"]);
  });

  const req = (peer: string, headers: Record<string, string | string[]>) => ({ socket: { remoteAddress: peer }, headers });
  const xff = clientAddressResolver({ trustedProxies: ["10.0.0.0/8", "::1/128"] });

  it.each([
    // [peer, X-Forwarded-For, client]
    ["10.0.0.5", "203.0.113.7", "203.0.113.7"],
    ["::ffff:10.0.0.5", "203.0.113.7", "203.0.113.7"],
    ["::1", "[2001:db8::9]:443", "2001:db8::9"],
    // Spoofed hops left of the one the proxy appended prove nothing: the rightmost untrusted hop is the client.
    ["10.0.0.5", "10.9.9.9, 198.51.100.7", "198.51.100.7"],
    ["10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.9", "198.51.100.7"],
    // A chain of trusted proxies only: the leftmost of them.
    ["10.0.0.5", "10.0.0.7, 10.0.0.9", "10.0.0.7"],
    // A garbled hop ends the walk at the last address a trusted proxy vouched for.
    ["10.0.0.5", "203.0.113.7, garbage", "10.0.0.5"],
    ["10.0.0.5", "garbage, 10.0.0.9", "10.0.0.9"],
    ["10.0.0.5", "", "10.0.0.5"],
    // An untrusted peer is the client, whatever it sends.
    ["198.51.100.7", "10.1.2.3", "198.51.100.7"],
  ])("peer %s with X-Forwarded-For %j: %s", (peer, header, client) => {
    expect(xff(req(peer, { "x-forwarded-for": header }))).toBe(client);
  });

  it("reads only the configured header; repeated headers are one list", () => {
    expect(xff(req("10.0.0.5", { forwarded: "for=203.0.113.7" }))).toBe("10.0.0.5");
    expect(xff(req("10.0.0.5", { "x-forwarded-for": ["10.1.1.1", "203.0.113.7"] }))).toBe("203.0.113.7");
    const fwd = clientAddressResolver({ trustedProxies: ["10.0.0.0/8"], header: "forwarded" });
    expect(fwd(req("10.0.0.5", { forwarded: "for=198.51.100.1, for=203.0.113.7;proto=https", "x-forwarded-for": "10.1.1.1" }))).toBe("203.0.113.7");
    expect(fwd(req("10.0.0.5", { "x-forwarded-for": "203.0.113.7" }))).toBe("10.0.0.5");
  });

  it("without trusted proxies the header is never read", () => {
    const none = clientAddressResolver({});
    expect(none(req("10.0.0.5", { "x-forwarded-for": "203.0.113.7" }))).toBe("10.0.0.5");
  });

  it("rejects invalid networks in config, naming the entry", () => {
    expect(() => parseConfig({ server: { trustedProxies: ["10.0.0.0/8", "10.0.0.0/33"] } }, {}, "t")).toThrow(/server\.trustedProxies\.1/);
    expect(() => parseConfig({ server: { clientAddressHeader: "x-real-ip" } }, {}, "t")).toThrow(/clientAddressHeader/);
  });
});

/** A POST/GET from a chosen local address (all of 127.0.0.0/8 is loopback on Linux): status and JSON body. */
function send(url: string, opts: { from: string; method?: string; headers?: Record<string, string>; body?: unknown }): Promise<{ status: number; body: JsonObject }> {
  return new Promise((resolve, reject) => {
    const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const r = request(url, { method: opts.method ?? "POST", localAddress: opts.from, headers: { ...(data ? { "content-type": "application/json" } : {}), ...opts.headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as JsonObject) : {} }));
    });
    r.on("error", reject);
    r.end(data);
  });
}

const code = (b: JsonObject) => (b["error"] as JsonObject | undefined)?.["code"];

describe.each([
  ["x-forwarded-for", (a: string) => ({ "x-forwarded-for": a })],
  ["forwarded", (a: string) => ({ forwarded: `for=${a.includes(":") ? `"[${a}]"` : a};proto=https` })],
] as const)("gateway behind a trusted proxy (%s)", (header, fwd) => {
  let gw: Gateway;
  let dir: string;
  let key: string;
  let adminKey: string;
  const chat = { model: "demo", messages: [{ role: "user", content: "hi" }] };

  beforeAll(async () => {
    dir = tempDir("warden-proxies-");
    const raw = {
      dataDir: dir,
      listen: { host: "127.0.0.1", port: 0 },
      // The proxy is 127.0.0.1; 127.0.0.2 plays a caller that reaches the gateway directly.
      server: { trustedProxies: ["127.0.0.1/32"], clientAddressHeader: header },
      providers: { demo: { type: "demo" } },
      routes: [{ models: ["*"], provider: "demo" }],
      admin: { allowFrom: ["10.0.0.0/8"] },
      audit: { checkpoint: { intervalMs: 0 } },
    };
    const { config } = parseConfig(raw, {}, "test config");
    gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
    key = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"], cidrs: ["10.0.0.0/8"] }).key;
    adminKey = gw.keys.create({ tenant: "root", app: "ops", roles: ["admin"] }).key;
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const auth = () => ({ authorization: `Bearer ${key}` });

  it("a client the trusted proxy names passes the key's source allowlist", async () => {
    const res = await send(`${gw.url}/v1/chat/completions`, { from: "127.0.0.1", headers: { ...auth(), ...fwd("10.1.2.3") }, body: chat });
    expect(res.status).toBe(200);
    const models = await send(`${gw.url}/v1/models`, { from: "127.0.0.1", method: "GET", headers: { ...auth(), ...fwd("10.1.2.3") } });
    expect(models.status).toBe(200);
  });

  it("a spoofed header from an untrusted peer cannot bypass the allowlist", async () => {
    const res = await send(`${gw.url}/v1/chat/completions`, { from: "127.0.0.2", headers: { ...auth(), ...fwd("10.1.2.3") }, body: chat });
    expect(res.status).toBe(403);
    expect(code(res.body)).toBe("WARDEN_AUTH_SOURCE_NOT_ALLOWED");
    const models = await send(`${gw.url}/v1/models`, { from: "127.0.0.2", method: "GET", headers: { ...auth(), ...fwd("10.1.2.3") } });
    expect(models.status).toBe(403);
  });

  it("a spoofed hop passed on by the proxy: the hop it appended decides", async () => {
    const chain: Record<string, string> = header === "x-forwarded-for" ? { "x-forwarded-for": "10.1.2.3, 198.51.100.7" } : { forwarded: "for=10.1.2.3, for=198.51.100.7" };
    const res = await send(`${gw.url}/v1/chat/completions`, { from: "127.0.0.1", headers: { ...auth(), ...chain }, body: chat });
    expect(res.status).toBe(403);
    expect(code(res.body)).toBe("WARDEN_AUTH_SOURCE_NOT_ALLOWED");
  });

  it("admin.allowFrom uses the same client address", async () => {
    const viaProxy = await send(`${gw.url}/admin/v1/tenants`, { from: "127.0.0.1", method: "GET", headers: { authorization: `Bearer ${adminKey}`, ...fwd("10.7.7.7") } });
    expect(viaProxy.status).toBe(200);
    const direct = await send(`${gw.url}/admin/v1/tenants`, { from: "127.0.0.2", method: "GET", headers: { authorization: `Bearer ${adminKey}`, ...fwd("10.7.7.7") } });
    expect(direct.status).toBe(403);
    expect(code(direct.body)).toBe("WARDEN_ADMIN_FORBIDDEN");
  });

  it("rejected calls are recorded with the resolved client address", async () => {
    const log = gw.audit as AuditLog;
    const viaProxy = await send(`${gw.url}/v1/chat/completions`, { from: "127.0.0.1", headers: { "x-request-id": `px-${header}-1`, ...fwd("203.0.113.9") }, body: chat });
    expect(viaProxy.status).toBe(401);
    const direct = await send(`${gw.url}/v1/chat/completions`, { from: "127.0.0.2", headers: { "x-request-id": `px-${header}-2`, ...fwd("203.0.113.9") }, body: chat });
    expect(direct.status).toBe(401);
    const source = async (id: string) => {
      const [e] = await log.backend.search({ requestId: id });
      return (JSON.parse(e?.meta ?? "{}") as JsonObject)["source"];
    };
    expect(await source(`px-${header}-1`)).toBe("203.0.113.9");
    expect(await source(`px-${header}-2`)).toBe("127.0.0.2");
  });
});

describe("gateway without trusted proxies", () => {
  it("ignores X-Forwarded-For and Forwarded", async () => {
    const dir = tempDir("warden-proxies-none-");
    const { config } = parseConfig({ dataDir: dir, listen: { host: "127.0.0.1", port: 0 }, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }], audit: { enabled: false } }, {}, "t");
    const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
    try {
      const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"], cidrs: ["10.0.0.0/8"] });
      const res = await send(`${gw.url}/v1/chat/completions`, {
        from: "127.0.0.1",
        headers: { authorization: `Bearer ${key}`, "x-forwarded-for": "10.1.2.3", forwarded: "for=10.1.2.3" },
        body: { model: "demo", messages: [{ role: "user", content: "hi" }] },
      });
      expect(res.status).toBe(403);
      expect(code(res.body)).toBe("WARDEN_AUTH_SOURCE_NOT_ALLOWED");
    } finally {
      await gw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
