import { rmSync } from "node:fs";
import { Agent, request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockConfig, startTestGateway, tempDir, type TestGateway } from "../support/test-gateway.js";
import { makeTlsFixture, type TlsFixture } from "../tls/tls-fixture.js";

const dir = tempDir("warden-admin-tls-");
let fx: TlsFixture;
let tg: TestGateway;

beforeAll(async () => {
  fx = await makeTlsFixture(dir);
  tg = await startTestGateway({ ...mockConfig("http://127.0.0.1:9"), listen: { host: "127.0.0.1", port: 0, tls: { cert: fx.file("server.pem"), key: fx.file("server-key.pem") } } });
});
afterAll(async () => {
  await tg?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("admin API over HTTPS", () => {
  it("answers with HSTS and the other security headers, on success and on refusal", async () => {
    const admin = tg.gw.keys.create({ tenant: "root", app: "cli", roles: ["admin"] }).key;
    const agent = new Agent({ connect: { ca: fx.ca.cert } });
    try {
      for (const [key, status] of [[admin, 200], [undefined, 401]] as const) {
        const res = await request(`${tg.url}/admin/v1/whoami`, { dispatcher: agent, headers: key ? { authorization: `Bearer ${key}` } : {} });
        await res.body.text();
        expect(res.statusCode).toBe(status);
        expect(res.headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
        expect(res.headers["cache-control"]).toBe("no-store");
        expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      }
    } finally {
      await agent.close();
    }
  });
});
