/**
 * Acceptance hunt 19, durability of streamed calls (issue 5: "a kill -9 at any moment loses no record of any request
 * whose response the client received, and interactions cut off by the crash show as incomplete after restart"). The
 * built `warden serve` is killed with SIGKILL in the middle of a burst of concurrent streams (OpenAI chat through
 * the `openai` SDK and Anthropic messages through `@anthropic-ai/sdk`); then, with the CLI only: every stream the
 * client read to its end has its full record, holding exactly the text the client read; every other one is either
 * complete or listed as incomplete; the chain verifies; and after a restart the gateway records again.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anthropicEvents, chatChunks, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, tempDir } from "../support/test-gateway.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
let dir = "";
let cfg = "";
let mock: MockUpstream;
let child: ChildProcess | undefined;

function warden(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const lines = (s: string): Record<string, unknown>[] =>
  s
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

function serve(): Promise<string> {
  const proc = spawn(process.execPath, [BIN, "serve", "-c", cfg], { stdio: ["ignore", "pipe", "pipe"] });
  child = proc;
  let out = "";
  return new Promise((resolve, reject) => {
    proc.stdout?.on("data", (b: Buffer) => {
      out += b.toString("utf8");
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    proc.on("exit", (code) => reject(new Error(`warden serve exited with ${String(code)}: ${out}`)));
  });
}

beforeAll(async () => {
  dir = tempDir("warden-crash-hunt-19-");
  cfg = join(dir, "w.yaml");
  mock = await startMockUpstream();
  writeFileSync(cfg, JSON.stringify({ ...mockConfig(mock.url), dataDir: dir, logging: { level: "info" } }));
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SIGKILL in a burst of concurrent streams", () => {
  it("every stream read to its end is on the record with its text; the rest are complete or incomplete; verify passes", async () => {
    const made = warden("keys", "create", "--tenant", "t1", "--app", "a1");
    expect(made.code, made.err).toBe(0);
    const key = made.out.trim().split("\n").at(-1) ?? "";
    const url = await serve();
    const openai = new OpenAI({ apiKey: key, baseURL: `${url}/v1`, maxRetries: 0 });
    const anthropic = new Anthropic({ apiKey: key, baseURL: url, maxRetries: 0 });
    // Streams of 2 to 40 pieces, 15 ms apart: a few hundred ms each, so many are mid-way at any moment.
    const pieces = (n: number) => Array.from({ length: 2 + (n % 39) }, (_, i) => `w${n}.${i} `);
    mock.use((req, res, n) => {
      const body = req.body ?? {};
      const id = String(req.headers["x-request-id"] ?? n);
      const k = Number(/\d+$/.exec(id)?.[0] ?? n);
      const sse = String(body["model"]).startsWith("claude") ? anthropicEvents(pieces(k)) : chatChunks(pieces(k));
      return reply.sse(sse, { delayMs: 15 })(req, res, n);
    });
    const read = new Map<string, string>(); // id -> text the client read, for streams read to their end
    let started = 0;
    let stop = false;
    const one = async (i: number): Promise<void> => {
      const id = `burst-${i}`;
      let text = "";
      try {
        if (i % 2 === 0) {
          const s = await openai.chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: `stream ${i}` }] }, { headers: { "x-request-id": id } });
          let finished = false;
          for await (const c of s) {
            text += c.choices[0]?.delta.content ?? "";
            if (c.choices[0]?.finish_reason) finished = true;
          }
          if (finished) read.set(id, text);
        } else {
          const s = anthropic.messages.stream({ model: "claude-3-5-haiku-latest", max_tokens: 100, messages: [{ role: "user", content: `stream ${i}` }] }, { headers: { "x-request-id": id } });
          let stopped = false;
          for await (const e of s) {
            if (e.type === "content_block_delta" && e.delta.type === "text_delta") text += e.delta.text;
            if (e.type === "message_stop") stopped = true;
          }
          if (stopped) read.set(id, text);
        }
      } catch {
        /* cut off by the kill */
      }
    };
    const workers = Array.from({ length: 24 }, async () => {
      while (!stop) await one(started++);
    });
    const deadline = Date.now() + 20_000;
    while (read.size < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise((r) => child?.once("exit", r));
    child?.kill("SIGKILL");
    stop = true;
    await exited;
    await Promise.all(workers);
    expect(read.size).toBeGreaterThanOrEqual(60);
    expect(started - read.size).toBeGreaterThan(0); // some were cut off mid-way

    const all = lines(warden("audit", "export", "--format", "jsonl", "--decrypt").out);
    const byId = new Map<string, Record<string, unknown>[]>();
    for (const r of all) if (r["kind"] !== "admin") byId.set(String(r["requestId"]), [...(byId.get(String(r["requestId"])) ?? []), r]);
    const recordedText = (r: Record<string, unknown>): string => {
      const events = (r["payload"] as { events: { data: string }[] }).events;
      let t = "";
      for (const e of events) {
        try {
          const d = JSON.parse(e.data) as { choices?: { delta?: { content?: string } }[]; delta?: { type?: string; text?: string } };
          t += d.choices?.[0]?.delta?.content ?? (d.delta?.type === "text_delta" ? (d.delta.text ?? "") : "");
        } catch {
          /* [DONE] */
        }
      }
      return t;
    };
    const wrong: string[] = [];
    for (const [id, text] of read) {
      const rs = byId.get(id) ?? [];
      const res = rs.find((r) => r["kind"] === "response");
      if (rs.length !== 2 || !res || (res["meta"] as { streamComplete?: boolean }).streamComplete !== true || recordedText(res) !== text) wrong.push(id);
    }
    expect(wrong).toEqual([]);
    const incomplete = new Set(lines(warden("audit", "search", "--incomplete", "--json").out).map((r) => String(r["requestId"])));
    for (const [id, rs] of byId) {
      if (rs.length === 1) expect(incomplete.has(id), id).toBe(true);
      else expect(rs.map((r) => r["kind"]), id).toEqual(["request", "response"]);
    }
    for (const id of read.keys()) expect(incomplete.has(id)).toBe(false);
    const v = warden("audit", "verify");
    expect(v.code, v.out + v.err).toBe(0);

    // After a restart the gateway records again, and the chain still verifies.
    const url2 = await serve();
    const again = new OpenAI({ apiKey: key, baseURL: `${url2}/v1`, maxRetries: 0 });
    const s = await again.chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "after" }] }, { headers: { "x-request-id": "after-1" } });
    for await (const _ of s) void _;
    const exited2 = new Promise((r) => child?.once("exit", r));
    child?.kill("SIGTERM");
    await exited2;
    expect(lines(warden("audit", "search", "--request-id", "after-1", "--json").out).map((r) => r["kind"])).toEqual(["request", "response"]);
    const v2 = warden("audit", "verify");
    expect(v2.code, v2.out + v2.err).toBe(0);
  }, 60_000);
});
