/**
 * The `warden` command line, spawned as users run it (`node bin/warden.js`, which runs the built `dist/`).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY_PATTERN } from "../../src/authenticate/api-key.js";
import { expectErrorResponse } from "../support/expect-error.js";
import { postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/warden.js");
const exec = promisify(execFile);

const dir = tempDir("warden-cli-test-");
const dataDir = join(dir, "data");
const configFile = join(dir, "warden.yaml");
const children: ChildProcess[] = [];

beforeAll(async () => {
  // The bin runs dist/: build it from the current sources (type errors elsewhere in the tree do not stop emit).
  await exec(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT }).catch(() => undefined);
  writeFileSync(configFile, `dataDir: ${dataDir}\nlogging: { level: silent }\n`);
}, 120_000);

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function warden(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? dir, env: { ...process.env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

describe("warden keys", () => {
  let t: TestGateway;
  let created: { id: string; key: string };

  beforeAll(async () => {
    t = await startTestGateway({ providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }] }, { dataDir });
  });
  afterAll(async () => {
    await t.close();
  });

  it("create prints the key alone on the last line of stdout", async () => {
    const run = await warden(["keys", "create", "--tenant", "t", "--app", "a", "--role", "app", "--config", configFile]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    const key = lines.at(-1) ?? "";
    expect(key).toMatch(API_KEY_PATTERN);
    expect(lines.slice(0, -1).join("\n")).not.toContain(key);
    const id = API_KEY_PATTERN.exec(key)?.[1] as string;
    expect(lines[0]).toContain(id);
    created = { id, key };
  });

  it("the new key works against a gateway on the same dataDir", async () => {
    const res = await postJson(`${t.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: "hi" }] }, created.key);
    expect(res.status).toBe(200);
  });

  it("list shows ids and metadata, never the key (text and --json)", async () => {
    const run = await warden(["keys", "list", "--config", configFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(created.id);
    expect(run.stdout).toContain("t/a");
    expect(run.stdout).not.toContain(created.key);
    expect(run.stdout).not.toContain(created.key.slice(17, 57));
    const json = await warden(["keys", "list", "--json", "--config", configFile]);
    const rows = JSON.parse(json.stdout) as { id: string; tenant: string; app: string; roles: string[]; revoked: string | null }[];
    expect(rows.find((r) => r.id === created.id)).toMatchObject({ tenant: "t", app: "a", roles: ["app"], revoked: null });
    expect(json.stdout).not.toContain(created.key);
  });

  it("revoke, then a request with the key gets WARDEN_AUTH_REVOKED_KEY (within about a second)", async () => {
    const run = await warden(["keys", "revoke", created.id, "--config", configFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`revoked ${created.id}`);
    const deadline = Date.now() + 3_000;
    let res: Response;
    do {
      await new Promise((r) => setTimeout(r, 100));
      res = await postJson(`${t.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: "hi" }] }, created.key);
    } while (res.status === 200 && Date.now() < deadline);
    await expectErrorResponse(res, 401, "WARDEN_AUTH_REVOKED_KEY", "openai");
    const list = await warden(["keys", "list", "--config", configFile]);
    expect(list.stdout).toMatch(new RegExp(`${created.id}.*REVOKED`));
  });

  it("revoking an unknown id fails with exit 1; a bad role fails with exit 2", async () => {
    const unknown = await warden(["keys", "revoke", "NoSuchKeyId1", "--config", configFile]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no key with id");
    const bad = await warden(["keys", "create", "--tenant", "t", "--app", "a", "--role", "superuser", "--config", configFile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown role");
    expect(bad.stdout).toBe("");
  });
});

describe("warden serve", () => {
  it("--config with problems exits 2 and prints every problem with its path", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "listen: { port: eighty }\nserver: { bodyLimt: 5 }\nroutes:\n  - { models: ['*'], provider: nowhere }\n");
    const run = await warden(["serve", "--config", bad]);
    expect(run.code).toBe(2);
    for (const p of ["listen.port", "server", "routes.0.provider"]) expect(run.stderr).toContain(p);
    expect(run.stderr).toContain("bodyLimt");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("a missing config file exits 2", async () => {
    const run = await warden(["serve", "--config", join(dir, "missing.yaml")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing.yaml");
  });

  it("embedded defaults: prints a bootstrap key and a curl example, serves it, exits cleanly on SIGTERM", async () => {
    const cwd = tempDir("warden-serve-test-");
    const child = spawn(process.execPath, [BIN, "serve"], { cwd, env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on("exit", (code, signal) => r({ code, signal })));

    const deadline = Date.now() + 10_000;
    let m: RegExpMatchArray | null = null;
    while (!(m = /curl (http:\/\/127\.0\.0\.1:\d+)\/v1\/chat\/completions[\s\S]*?Bearer (wdn_\S+?)"/.exec(stdout)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(m, `stdout: ${stdout}\nstderr: ${stderr}`).not.toBeNull();
    const [, url, key] = m as RegExpMatchArray;
    expect(key).toMatch(API_KEY_PATTERN);
    // The key is printed on its own, indented line too (easy to copy).
    expect(stdout).toContain(`\n  ${key}\n`);

    const res = await postJson(`${url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: "Hello, Warden!" }] }, key);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe("You said: Hello, Warden!");

    child.kill("SIGTERM");
    const exit = await exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(stderr).toBe("");
    // The JSON log lines on stdout never contain the key.
    const logs = stdout.split("\n").filter((l) => l.startsWith("{"));
    expect(logs.length).toBeGreaterThan(0);
    for (const l of logs) expect(l).not.toContain(key);

    // A second start finds the key store non-empty: no new bootstrap key.
    const again = spawn(process.execPath, [BIN, "serve"], { cwd, env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(again);
    let out2 = "";
    again.stdout.on("data", (c: Buffer) => (out2 += c.toString()));
    const exited2 = new Promise<number | null>((r) => again.on("exit", (code) => r(code)));
    const d2 = Date.now() + 10_000;
    while (!out2.includes("warden listening") && Date.now() < d2) await new Promise((r) => setTimeout(r, 50));
    expect(out2).toContain("warden listening");
    expect(out2).not.toContain("wdn_");
    again.kill("SIGTERM");
    expect(await exited2).toBe(0);
    rmSync(cwd, { recursive: true, force: true });
  }, 30_000);

  it("under node flags a worker thread refuses (--max-old-space-size, --max-semi-space-size) it starts, serves and audits", async () => {
    const cwd = tempDir("warden-serve-flags-test-");
    const child = spawn(process.execPath, ["--max-old-space-size=512", "--max-semi-space-size=8", BIN, "serve"], { cwd, env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    const deadline = Date.now() + 10_000;
    let m: RegExpMatchArray | null = null;
    while (!(m = /curl (http:\/\/127\.0\.0\.1:\d+)\/v1\/chat\/completions[\s\S]*?Bearer (wdn_\S+?)"/.exec(stdout)) && child.exitCode === null && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(m, `stdout: ${stdout}\nstderr: ${stderr}`).not.toBeNull();
    const [, url, key] = m as RegExpMatchArray;
    const res = await postJson(`${url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: "Hello under flags" }] }, key);
    expect(res.status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toBe("");
    // The audit writer thread ran: the call is in the log, and the chain verifies.
    const verify = await warden(["audit", "verify"], { cwd });
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^OK: [1-9]\d* records/);
    rmSync(cwd, { recursive: true, force: true });
  }, 30_000);

  it("an invalid PORT exits 2", async () => {
    const run = await warden(["serve"], { env: { PORT: "http" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("invalid port");
  });
});
