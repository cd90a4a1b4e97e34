/**
 * Acceptance hunt, durability (issue 5 as docs/audit.md promises it): a `warden serve` process killed with SIGKILL
 * while a call waits on the upstream loses no record of a call whose answer the client got, the cut-off call shows
 * as incomplete after restart, and the chain still verifies.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { postJson, tempDir } from "../support/test-gateway.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
let dir = "";
let cfg = "";
let mock: MockUpstream;
let child: ChildProcess | undefined;

function warden(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 15_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Start `warden serve` and resolve with its URL, read from the "warden listening" log line. */
function serve(): Promise<string> {
  const proc = spawn(process.execPath, [BIN, "serve", "-c", cfg], { stdio: ["ignore", "pipe", "pipe"] });
  child = proc;
  return new Promise((resolve, reject) => {
    let out = "";
    proc.stdout?.on("data", (b: Buffer) => {
      out += b.toString("utf8");
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    proc.on("exit", (code) => reject(new Error(`warden serve exited with ${String(code)}: ${out}`)));
  });
}

beforeAll(async () => {
  dir = tempDir("warden-crash-hunt-");
  cfg = join(dir, "w.yaml");
  mock = await startMockUpstream();
  writeFileSync(
    cfg,
    JSON.stringify({
      dataDir: dir,
      listen: { host: "127.0.0.1", port: 0 },
      providers: { openai: { type: "openai", baseUrl: `${mock.url}/v1`, apiKey: "sk-upstream", maxRetries: 0 } },
      routes: [{ models: ["*"], provider: "openai" }],
    }),
  );
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SIGKILL during a call", () => {
  it("answered calls are on the record, the cut-off one is incomplete, and verify passes", async () => {
    const key = warden("keys", "create", "--tenant", "t1", "--app", "a1").out.trim().split("\n").at(-1) ?? "";
    const url = await serve();
    const body = { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] };
    for (const id of ["done-1", "done-2"]) {
      const res = await postJson(`${url}/v1/chat/completions`, body, key, { "x-request-id": id });
      expect(res.status).toBe(200);
      await res.text();
    }
    mock.use(reply.delay(10_000, reply.json(chatCompletion("late"))));
    const cut = postJson(`${url}/v1/chat/completions`, body, key, { "x-request-id": "cut-1" }).catch((e: unknown) => e);
    const deadline = Date.now() + 5_000;
    while (mock.requests.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(mock.requests.length).toBe(1); // the cut-off call reached the upstream: its request entry was durable first
    const exited = new Promise((r) => child?.once("exit", r));
    child?.kill("SIGKILL");
    await exited;
    expect(await cut).toBeInstanceOf(Error);

    const incomplete = warden("audit", "search", "--incomplete", "--json").out.trim().split("\n").filter((l) => l !== "");
    expect(incomplete.map((l) => (JSON.parse(l) as { requestId: string }).requestId)).toEqual(["cut-1"]);
    for (const id of ["done-1", "done-2"]) {
      const kinds = warden("audit", "search", "--request-id", id, "--json").out.trim().split("\n").map((l) => (JSON.parse(l) as { kind: string }).kind);
      expect(kinds).toEqual(["request", "response"]);
    }
    const v = warden("audit", "verify");
    expect(v.code, v.out + v.err).toBe(0);
  }, 20_000);
});
