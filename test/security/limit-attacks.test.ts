import Anthropic from "@anthropic-ai/sdk";
import { connect } from "node:net";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

/**
 * Attempts to get more calls through than a limit allows: switching between `Authorization` and `x-api-key`,
 * spreading calls over endpoints (count_tokens, embeddings, responses), HTTP/1.1 pipelining on one socket, and more
 * keys of the same tenant. Each gateway uses a long window, so nothing slides out during a test.
 */
let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock.close();
});

const chat = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "hi" }] };

async function status(p: Promise<unknown>): Promise<number> {
  return p.then(
    () => 200,
    (e: { status?: number }) => e.status ?? -1,
  );
}

describe("request rate per key cannot be escaped", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ...mockConfig(mock.url), limits: { windowMs: 60_000, key: { rpm: 4 } } });
  });
  afterAll(() => t.close());

  it("alternating Bearer (openai) and x-api-key (anthropic), chat, embeddings, responses and count_tokens share one count", async () => {
    const oa = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
    const an = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 });
    const calls = [
      () => oa.chat.completions.create(chat),
      () => an.messages.countTokens({ model: "claude-3-5-haiku-latest", messages: [{ role: "user", content: "hi" }] }),
      () => oa.embeddings.create({ model: "text-embedding-3-small", input: "hi" }),
      () => an.messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 5, messages: [{ role: "user", content: "hi" }] }),
      () => oa.responses.create({ model: "gpt-4o-mini", input: "hi" }),
      () => an.messages.countTokens({ model: "claude-3-5-haiku-latest", messages: [{ role: "user", content: "hi" }] }),
    ];
    const statuses: number[] = [];
    for (const c of calls) statuses.push(await status(c()));
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    // A streamed call is refused the same way, before any event.
    expect(await status(oa.chat.completions.create({ ...chat, stream: true }))).toBe(429);
  });
});

describe("HTTP/1.1 pipelining", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ...mockConfig(mock.url), limits: { windowMs: 60_000, key: { rpm: 3 } } });
  });
  afterAll(() => t.close());

  it("eight requests written at once on one socket: exactly three admitted", async () => {
    const u = new URL(t.url);
    const body = JSON.stringify(chat);
    const one = `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${t.key}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const text = await new Promise<string>((resolve, reject) => {
      const s = connect(Number(u.port), u.hostname, () => s.write(one.repeat(8)));
      let out = "";
      s.on("data", (d) => {
        out += d.toString("utf8");
        if ((out.match(/HTTP\/1\.1 \d{3} /g) ?? []).length === 8) s.end();
      });
      s.on("end", () => resolve(out));
      s.on("error", reject);
      setTimeout(() => {
        s.destroy();
        resolve(out);
      }, 8_000);
    });
    const statuses = (text.match(/HTTP\/1\.1 (\d{3}) /g) ?? []).map((l) => Number(l.slice(9)));
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
    expect(text).toMatch(/retry-after: \d+/i);
  });
});

describe("more keys do not escape the tenant's limit", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ...mockConfig(mock.url), limits: { windowMs: 60_000, tenant: { rpm: 3 } } });
  });
  afterAll(() => t.close());

  it("a second and a rotated key of the same tenant draw from the same tenant count", async () => {
    const second = t.gw.keys.create({ tenant: "t1", app: "other-app", roles: ["app"] }).key;
    const first = t.gw.keys.list("t1")[0]!;
    const rotated = t.gw.keys.rotate(first.id, 60_000)!.key;
    const statuses: number[] = [];
    for (const key of [t.key, second, rotated, second, rotated]) {
      const oa = new OpenAI({ apiKey: key, baseURL: `${t.url}/v1`, maxRetries: 0 });
      statuses.push(await status(oa.chat.completions.create(chat)));
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // Another tenant is not affected.
    const other = t.gw.keys.create({ tenant: "t2", app: "a", roles: ["app"] }).key;
    expect(await status(new OpenAI({ apiKey: other, baseURL: `${t.url}/v1`, maxRetries: 0 }).chat.completions.create(chat))).toBe(200);
  });
});

describe("token quota under concurrency", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ...mockConfig(mock.url), limits: { windowMs: 60_000, key: { tpm: 100 } } });
  });
  afterAll(() => {
    mock.reset();
    return t.close();
  });

  // Admission reserves the input estimate plus the output a call may produce (`max_tokens`): without that, calls
  // admitted together all passed the quota check and their usage (80 tokens each) landed after the fact (four
  // concurrent calls used 320 tokens of a 100-token quota).
  it("concurrent calls cannot use more than the quota plus one call's usage", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const usage = { prompt_tokens: 5, completion_tokens: 75, total_tokens: 80 };
    mock.use(async (req, res, n) => {
      await gate;
      return reply.json({ id: "c", object: "chat.completion", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, message: { role: "assistant", content: "x".repeat(300) }, finish_reason: "stop" }], usage })(req, res, n);
    });
    const oa = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
    const calls = [0, 1, 2, 3].map(() => status(oa.chat.completions.create({ ...chat, max_tokens: 75 })));
    while (mock.requests.length < 1) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 200));
    release();
    const statuses = await Promise.all(calls);
    const admitted = statuses.filter((s) => s === 200).length;
    // 100-token quota, 80 tokens per call: at most two calls (the second overshooting by one call) may run.
    expect(admitted * usage.total_tokens).toBeLessThanOrEqual(100 + usage.total_tokens);
  });
});

describe("per-key limits set through the admin API", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ...mockConfig(mock.url), limits: { windowMs: 60_000, key: { rpm: 10, concurrency: 4 } } });
  });
  afterAll(() => t.close());

  const create = (cred: string, limits: Record<string, number | undefined>) =>
    fetch(`${t.url}/admin/v1/tenants/t1/keys`, { method: "POST", headers: { authorization: `Bearer ${cred}`, "content-type": "application/json" }, body: JSON.stringify({ app: "bot", limits }) });

  it("an operator can lower its keys' limits but not raise them above the configured per-key limits; an admin can", async () => {
    const op = t.gw.keys.create({ tenant: "t1", app: "ops", roles: ["operator"] }).key;
    const admin = t.gw.keys.create({ tenant: "root", app: "boss", roles: ["admin"] }).key;
    for (const limits of [{ rpm: 1_000_000 }, { concurrency: 5 }, { rpm: 5, concurrency: 100 }]) {
      const r = await create(op, limits);
      expect([r.status, ((await r.json()) as { error?: { code?: string } }).error?.code], JSON.stringify(limits)).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    }
    // tpm has no configured ceiling here: any value only adds a quota.
    for (const limits of [{ rpm: 5 }, { rpm: 10, concurrency: 1 }, { tpm: 1_000 }]) expect((await create(op, limits)).status, JSON.stringify(limits)).toBe(201);
    expect((await create(admin, { rpm: 1_000_000 })).status).toBe(201);
  });
});
