import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, readSse, startTestGateway, type TestGateway } from "../support/test-gateway.js";

let mock: MockUpstream;
let t: TestGateway;
const logLines: string[] = [];

beforeAll(async () => {
  mock = await startMockUpstream();
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      cb();
    },
  });
  t = await startTestGateway(mockConfig(mock.url), { logger: pino({ level: "info" }, sink) });
});

afterAll(async () => {
  await t.close();
  await mock.close();
});

beforeEach(() => mock.reset());

describe("health", () => {
  it("/healthz and /readyz answer without a key", async () => {
    const h = await fetch(`${t.url}/healthz`);
    expect(h.status).toBe(200);
    expect(await h.json()).toEqual({ status: "ok" });
    const r = await fetch(`${t.url}/readyz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: "ready" });
  });
});

describe("request ids", () => {
  const chat = (headers: Record<string, string> = {}) => postJson(`${t.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }, t.key, headers);

  it("a caller's x-request-id is echoed and forwarded upstream", async () => {
    const res = await chat({ "x-request-id": "my-trace.123:abc" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("my-trace.123:abc");
    expect(mock.last.headers["x-request-id"]).toBe("my-trace.123:abc");
  });

  it("generated when absent (and on errors, and on health checks)", async () => {
    const a = await chat();
    const b = await chat();
    expect(a.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
    expect(b.headers.get("x-request-id")).not.toBe(a.headers.get("x-request-id"));
    expect(mock.last.headers["x-request-id"]).toBe(b.headers.get("x-request-id"));
    const err = await postJson(`${t.url}/v1/chat/completions`, "{", undefined);
    expect(err.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
    expect((await fetch(`${t.url}/healthz`)).headers.get("x-request-id")).toMatch(/^req_/);
  });

  it.each(["has spaces in it", "x".repeat(129), "semi;colon", 'quo"te', "<script>"])("an unsafe x-request-id (%j) is replaced", async (given) => {
    const res = await fetch(`${t.url}/healthz`, { headers: { "x-request-id": given } });
    expect(res.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
  });

  it("Anthropic-format calls also get `request-id` and the id in error bodies", async () => {
    const res = await postJson(`${t.url}/v1/messages`, { model: "claude-mock-1" }, undefined, { "x-api-key": t.key, "x-request-id": "trace-42" });
    expect(res.status).toBe(400);
    expect(res.headers.get("request-id")).toBe("trace-42");
    expect(await res.json()).toMatchObject({ request_id: "trace-42" });
  });
});

describe("logs", () => {
  it("one structured line per request with the request id; never prompt text, output or keys", async () => {
    const SECRET_PROMPT = "MY-PROMPT-TEXT-4242 with a password hunter2";
    logLines.length = 0;
    const res = await postJson(`${t.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: SECRET_PROMPT }] }, t.key, { "x-request-id": "log-test-1" });
    const body = await res.text();
    expect(body).toContain("Hello from the mock");
    await postJson(`${t.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: SECRET_PROMPT }], stream: true }, t.key, { "x-request-id": "log-test-2" }).then((r) => r.text());
    await postJson(`${t.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: SECRET_PROMPT }] }, "wdn_wrong_key_value", { "x-request-id": "log-test-3" }).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));
    const all = logLines.join("\n");
    const entries = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = entries.find((e) => e["reqId"] === "log-test-1");
    expect(line).toMatchObject({ msg: "request", method: "POST", path: "/v1/chat/completions", status: 200, tenant: "t1", app: "a1", model: "gpt-4o-mini", provider: "openai" });
    expect(typeof line?.["ms"]).toBe("number");
    expect(entries.find((e) => e["reqId"] === "log-test-3")).toMatchObject({ status: 401, code: "WARDEN_AUTH_MALFORMED_KEY" });
    expect(all).not.toContain("MY-PROMPT-TEXT");
    expect(all).not.toContain("hunter2");
    expect(all).not.toContain("Hello from the mock");
    expect(all).not.toContain(t.key);
    expect(all).not.toContain("wdn_wrong_key_value");
    expect(all).not.toContain("sk-upstream-secret");
  });
});

describe("logs of failed calls", () => {
  it("a credential-shaped x-request-id is replaced: not logged, not forwarded", async () => {
    logLines.length = 0;
    const res = await postJson(`${t.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }, t.key, { "x-request-id": "AKIAZ3MHQ7RT2XKPLW4Q" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
    expect(mock.last.headers["x-request-id"]).toBe(res.headers.get("x-request-id"));
    await new Promise((r) => setTimeout(r, 50));
    expect(logLines.join("\n")).not.toContain("AKIAZ3MHQ7RT2XKPLW4Q");
  });

  it("an upstream body that is not JSON is not quoted into the error log (the parser's message quotes it)", async () => {
    logLines.length = 0;
    mock.handler = reply.bytes(Buffer.from("AKIAZ3MHQ7RT2XKPLW4N"), "application/json");
    const res = await postJson(`${t.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }, t.key);
    expect(res.status).toBe(502);
    await new Promise((r) => setTimeout(r, 50));
    const all = logLines.join("\n");
    expect(all).toContain("WARDEN_UPSTREAM_BAD_RESPONSE");
    expect(all).not.toContain("AKIAZ3");
  });
});

describe("graceful shutdown", () => {
  it("an in-flight stream completes, new connections are refused, then everything is released", async () => {
    const slow = await startTestGateway({ providers: { demo: { type: "demo", tokenDelayMs: 25 } }, routes: [{ models: ["*"], provider: "demo" }], server: { shutdownGraceMs: 5_000 } });
    const words = Array.from({ length: 12 }, (_, i) => `word${i}`).join(" ");
    const res = await postJson(`${slow.url}/v1/chat/completions`, { model: "demo", stream: true, messages: [{ role: "user", content: `repeat after me: ${words}` }] }, slow.key);
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);

    const closing = slow.close();
    await new Promise((r) => setTimeout(r, 30));
    const refused = await fetch(`${slow.url}/healthz`).then(
      () => "answered",
      (e: unknown) => String((e as { cause?: { code?: string } }).cause?.code ?? e),
    );
    expect(refused).toBe("ECONNREFUSED");

    let text = new TextDecoder().decode(first.value);
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      text += new TextDecoder().decode(next.value);
    }
    expect(text).toContain("data: [DONE]");
    const content = text
      .split("\n")
      .filter((l) => l.startsWith("data: {"))
      .map((l) => (JSON.parse(l.slice(6)) as { choices: { delta: { content?: string } }[] }).choices[0]?.delta.content ?? "")
      .join("");
    expect(content).toBe(words);
    await closing;
  });

  it("a stream longer than the grace period is cut when it runs out, and close() resolves", async () => {
    const slow = await startTestGateway({ providers: { demo: { type: "demo", tokenDelayMs: 50 } }, routes: [{ models: ["*"], provider: "demo" }], server: { shutdownGraceMs: 150 } });
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    const res = await postJson(`${slow.url}/v1/chat/completions`, { model: "demo", stream: true, messages: [{ role: "user", content: `repeat after me: ${words}` }] }, slow.key);
    const reading = readSse(res).catch(() => []);
    await new Promise((r) => setTimeout(r, 60));
    const started = Date.now();
    await slow.close();
    expect(Date.now() - started).toBeLessThan(1_500);
    const events = await reading;
    expect(events.some((e) => e.data === "[DONE]")).toBe(false);
  });
});
