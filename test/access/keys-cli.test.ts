/**
 * `warden keys` as an operator runs it: create with allowlists, limits and expiry, list (state, last use, never the
 * secret), rotate with an overlap, revoke; against a running gateway sharing the data directory.
 */
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY_PATTERN } from "../../src/authenticate/api-key.js";
import { expectErrorResponse } from "../support/expect-error.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

const CLI = join(import.meta.dirname, "support/run-cli.ts");
const dir = tempDir("warden-keys-cli-");
const dataDir = join(dir, "data");
const configFile = join(dir, "warden.yaml");

function warden(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args, "-c", configFile], { cwd: join(import.meta.dirname, "../.."), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

let mock: MockUpstream;
let t: TestGateway;
beforeAll(async () => {
  writeFileSync(configFile, `dataDir: ${dataDir}\nlogging: { level: silent }\naudit: { enabled: false }\n`);
  mock = await startMockUpstream();
  t = await startTestGateway(mockConfig(mock.url), { dataDir });
});
afterAll(async () => {
  await t.close();
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

const chat = (model = "gpt-4o-mini") => ({ model, messages: [{ role: "user", content: "hi" }] });

describe("warden keys", () => {
  it("create → list → rotate → revoke, with a gateway serving the keys", async () => {
    const made = await warden(["keys", "create", "--tenant", "acme", "--app", "bot", "--expires-in", "30d", "--models", "gpt-4o*", "--cidr", "127.0.0.0/8,::1/128", "--rpm", "100", "--tpm", "50000"]);
    expect(made.code, made.stderr).toBe(0);
    const lines = made.stdout.trim().split("\n");
    const key = lines.at(-1) as string;
    expect(key).toMatch(API_KEY_PATTERN);
    expect(made.stdout).toMatch(/models gpt-4o\*; from 127\.0\.0\.0\/8,::1\/128; limits rpm=100,tpm=50000/);
    const id = /created key (\S+)/.exec(made.stdout)?.[1] as string;

    expect((await postJson(`${t.url}/v1/chat/completions`, chat(), key)).status).toBe(200);
    await expectErrorResponse(await postJson(`${t.url}/v1/chat/completions`, chat("gpt-3.5-turbo"), key), 403, "WARDEN_AUTH_MODEL_NOT_ALLOWED", "openai");
    await t.gw.close(); // last use is written in batches; closing writes the pending batch
    t = await startTestGateway(mockConfig(mock.url), { dataDir });

    const listed = await warden(["keys", "list", "--json"]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).not.toContain(key.slice(17, 57)); // never the secret
    const rows = JSON.parse(listed.stdout) as Record<string, unknown>[];
    const row = rows.find((r) => r["id"] === id);
    expect(row).toMatchObject({ tenant: "acme", app: "bot", state: "active", models: ["gpt-4o*"], cidrs: ["127.0.0.0/8", "::1/128"], limits: { rpm: 100, tpm: 50000 }, revoked: null, replacedBy: null });
    expect(Date.parse(row?.["lastUsed"] as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(Date.parse(row?.["expires"] as string) - Date.now()).toBeGreaterThan(29 * 86_400_000);

    const rotated = await warden(["keys", "rotate", id, "--overlap", "1s"]);
    expect(rotated.code, rotated.stderr).toBe(0);
    const newKey = rotated.stdout.trim().split("\n").at(-1) as string;
    expect(newKey).toMatch(API_KEY_PATTERN);
    expect(rotated.stdout).toMatch(/running gateways see the change within a second/);
    // During the overlap both work (the gateway's one-second record cache may still hold the old expiry: fine either way).
    expect((await postJson(`${t.url}/v1/chat/completions`, chat(), newKey)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2_100)); // past the overlap and the cache second
    await expectErrorResponse(await postJson(`${t.url}/v1/chat/completions`, chat(), key), 401, "WARDEN_AUTH_EXPIRED_KEY", "openai");
    expect((await postJson(`${t.url}/v1/chat/completions`, chat(), newKey)).status).toBe(200);

    const text = await warden(["keys", "list", "--tenant", "acme"]);
    expect(text.stdout).toMatch(new RegExp(`${id}  acme/bot  app  ROTATED  .*last used \\S+.*replaced by `));
    expect(text.stdout).toMatch(/ACTIVE {2}created \S+ {2}last used \S+/);

    const newId = /→ (\S+);/.exec(rotated.stdout)?.[1] as string;
    const revoked = await warden(["keys", "revoke", newId]);
    expect(revoked.code, revoked.stderr).toBe(0);
    await new Promise((r) => setTimeout(r, 1_100)); // another process revoked it: the cache bound (no Redis here)
    await expectErrorResponse(await postJson(`${t.url}/v1/chat/completions`, chat(), newKey), 401, "WARDEN_AUTH_REVOKED_KEY", "openai");
  });

  it("a bad option is refused with a clear message and nothing is created", async () => {
    const before = t.gw.keys.count();
    const r = await warden(["keys", "create", "--tenant", "x", "--app", "y", "--cidr", "10.0.0.0/33"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--cidr: not an IPv4\/IPv6 network: 10\.0\.0\.0\/33/);
    expect(t.gw.keys.count()).toBe(before);
  });
});
