import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENDPOINTS } from "../../src/api/endpoints.js";
import { parseConfig } from "../../src/config/load-config.js";
import { type Guard, passThroughGuard } from "../../src/enforce/guard.js";
import { createStreamEnforcer } from "../../src/enforce/stream/create-stream-enforcer.js";
import { type Gateway, startGateway } from "../../src/gateway.js";
import { postJson, readSse, tempDir } from "../support/test-gateway.js";
import { fakeScanner, redactWhole } from "./fake-scanner.js";
import { FORMATS, type StreamFormat } from "./stream-formats.js";
import { rmSync } from "node:fs";

/**
 * End to end through the gateway and the demo provider (`repeat after me:` streams the text back 4 characters a
 * token, one event a batch), with a guard whose stream stage is the enforcer over the fake scanner.
 */
const KEY = "AKIAIOSFODNN7EXAMPLE";
const TEXT = `the key is ${KEY} and the mail is jane@example.com, bye`;

const guard: Guard = {
  ...passThroughGuard,
  stream: (ctx) => {
    const endpoint = ENDPOINTS.find((e) => e.api === ctx.api);
    if (!endpoint) throw new Error(`no endpoint ${ctx.api}`);
    return createStreamEnforcer({ endpoint, scanner: fakeScanner({ block: "FORBIDDEN" }), holdBack: 48 });
  },
};

let gw: Gateway;
let key: string;
const dataDir = tempDir();

beforeAll(async () => {
  const { config } = parseConfig({ listen: { host: "127.0.0.1", port: 0 }, dataDir, providers: { demo: { type: "demo", tokenDelayMs: 1 } }, routes: [{ models: ["*"], provider: "demo" }] }, {}, "test");
  gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard });
  key = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] }).key;
});
afterAll(async () => {
  await gw?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function request(f: StreamFormat, text: string): { path: string; body: object; headers?: Record<string, string> } {
  const say = `repeat after me: ${text}`;
  switch (f.name) {
    case "openai.chat":
      return { path: "/v1/chat/completions", body: { model: "demo", stream: true, messages: [{ role: "user", content: say }] } };
    case "openai.completions":
      return { path: "/v1/completions", body: { model: "demo", stream: true, prompt: say } };
    case "openai.responses":
      return { path: "/v1/responses", body: { model: "demo", stream: true, input: say } };
    default:
      return { path: "/v1/messages", body: { model: "demo", stream: true, max_tokens: 100, messages: [{ role: "user", content: say }] }, headers: { "anthropic-version": "2023-06-01" } };
  }
}

describe.each(FORMATS)("gateway stream enforcement: $name", (f) => {
  it("redacts a value the model streams token by token", async () => {
    const r = request(f, TEXT);
    const res = await postJson(`${gw.url}${r.path}`, r.body, key, r.headers);
    expect(res.status).toBe(200);
    const events = await readSse(res);
    const wire = JSON.stringify(events);
    expect(wire).not.toContain(KEY);
    expect(wire).not.toContain("jane@example.com");
    expect(f.text(events, false)).toBe(redactWhole(TEXT));
    for (const s of f.snapshots(events, false)) expect(s).toBe(redactWhole(TEXT));
  });

  it("stops mid-stream with the API's error event", async () => {
    const r = request(f, `${"all fine here. ".repeat(8)}then FORBIDDEN words follow and more`);
    const res = await postJson(`${gw.url}${r.path}`, r.body, key, r.headers);
    expect(res.status).toBe(200);
    const events = await readSse(res);
    const last = events[events.length - 1];
    expect(last && f.isError(last, "WARDEN_POLICY_RESPONSE_BLOCKED")).toBe(true);
    expect(JSON.stringify(events)).not.toContain("FORBIDDEN");
    expect(f.text(events.slice(0, -1), false).startsWith("all fine here.")).toBe(true);
  });
});

describe("gateway stream enforcement: tool-call arguments", () => {
  it("redacts a key in streamed chat tool-call arguments", async () => {
    const args = JSON.stringify({ key: KEY });
    const body = {
      model: "demo",
      stream: true,
      tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }],
      messages: [{ role: "user", content: `call the lookup tool with ${args}` }],
    };
    const res = await postJson(`${gw.url}/v1/chat/completions`, body, key);
    const events = await readSse(res);
    expect(JSON.stringify(events)).not.toContain(KEY);
    expect(FORMATS[0]?.text(events, true)).toBe(redactWhole(args));
  });
});
