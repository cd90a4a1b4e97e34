import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const dir = mkdtempSync(join(tmpdir(), "warden-reload-"));
const file = join(dir, "policy.yaml");
const MONITOR = "rules:\n  - id: email\n    match: { type: EMAIL_ADDRESS }\n    action: monitor\n";
const REDACT = "rules:\n  - id: email\n    match: { type: EMAIL_ADDRESS }\n    action: redact\n";
const EMAIL = "jane.doe@acme-corp.com";

let mock: MockUpstream;
let t: TestGateway;

beforeAll(async () => {
  writeFileSync(file, MONITOR);
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: { file } });
});
afterAll(async () => {
  await t.close();
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

const send = () => postJson(`${t.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: `mail ${EMAIL}` }] }, t.key);

describe("policy reload", () => {
  it("validates first, swaps atomically, keeps the old policy on error, records each change", async () => {
    const reloader = t.gw.policy;
    if (!reloader) throw new Error("no reloader");
    const v1 = /v=([0-9a-f]+)/.exec((await send()).headers.get("x-warden-decision") ?? "")?.[1];
    expect(mock.last.raw.toString()).toContain(EMAIL);

    writeFileSync(file, "rules:\n  - id: email\n    action: explode\n");
    const bad = reloader.reload("test");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues[0]?.path).toBe("rules.0.action");
    await send();
    expect(mock.last.raw.toString()).toContain(EMAIL); // old policy still on

    writeFileSync(file, REDACT);
    const good = reloader.reload("test");
    expect(good).toMatchObject({ ok: true, change: { source: "test", to: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const res = await send();
    expect(mock.last.raw.toString()).not.toContain(EMAIL);
    expect(res.headers.get("x-warden-decision")).not.toContain(`v=${v1}`);
    expect(reloader.reload("again")).toMatchObject({ ok: true, change: undefined }); // same content: no change
  });

  it("a reload under load drops nothing: every call completes on one version or the other", async () => {
    const reloader = t.gw.policy;
    if (!reloader) throw new Error("no reloader");
    const calls: Promise<Response>[] = [];
    for (let i = 0; i < 60; i++) {
      calls.push(send());
      if (i % 10 === 5) {
        writeFileSync(file, i % 20 === 5 ? MONITOR : REDACT);
        expect(reloader.reload("load").ok).toBe(true);
      }
    }
    const results = await Promise.all(calls);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    const versions = new Set(results.map((r) => /v=([0-9a-f]+)/.exec(r.headers.get("x-warden-decision") ?? "")?.[1]));
    expect(versions.size).toBeGreaterThanOrEqual(1);
    expect(versions.size).toBeLessThanOrEqual(2);
  });

  it("a file change is picked up by the watcher", async () => {
    writeFileSync(file, MONITOR);
    t.gw.policy?.reload("reset");
    writeFileSync(file, `${REDACT}# touched\n`);
    const deadline = Date.now() + 5_000;
    let redacted = false;
    while (!redacted && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      await send();
      redacted = !mock.last.raw.toString().includes(EMAIL);
    }
    expect(redacted).toBe(true);
  });
});
