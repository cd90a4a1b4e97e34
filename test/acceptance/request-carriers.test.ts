/**
 * Bypass hunt, request side: every kind of secret and PII placed in every field that carries text, sent with the
 * official SDKs through a gateway on the default policy, never reaches the upstream in clear.
 */
import type Anthropic from "@anthropic-ai/sdk";
import type OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { postJson } from "../support/test-gateway.js";
import { fullWidth, type Harness, jsonEscaped, startDefaultPolicyGateway, upstreamText, VALUES, zeroWidth } from "./acceptance-support.js";

let h: Harness;
let openai: OpenAI;
let anthropic: Anthropic;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  openai = h.openai;
  anthropic = h.anthropic;
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

/** Extra fields the SDK types do not know: sent as they are. */
const extra = (o: Record<string, unknown>) => o as never;

type Send = (x: string) => Promise<unknown>;
const CARRIERS: Record<string, Send> = {
  "chat system": (x) => openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "system", content: x }, { role: "user", content: "hi" }] }),
  "chat developer": (x) => openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "developer", content: [{ type: "text", text: x }] }, { role: "user", content: "hi" }] }),
  "chat user text part": (x) => openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: [{ type: "text", text: "see:" }, { type: "text", text: x }] }] }),
  "chat assistant history": (x) => openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }, { role: "assistant", content: x }, { role: "user", content: "and?" }] }),
  "chat tool_call arguments": (x) =>
    openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "save", arguments: JSON.stringify({ note: x }) } }] },
        { role: "tool", tool_call_id: "c1", content: "saved" },
      ],
    }),
  "chat tool result": (x) =>
    openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "read", arguments: "{}" } }] },
        { role: "tool", tool_call_id: "c1", content: [{ type: "text", text: x }] },
      ],
    }),
  "chat unknown fields": (x) => openai.chat.completions.create(extra({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi", x_note: x }], x_meta: { deep: [{ v: x }] } })),
  "chat user + name + metadata": (x) => openai.chat.completions.create(extra({ model: "gpt-4o-mini", user: x, metadata: { who: x }, messages: [{ role: "user", name: "n", content: "hi" }] })),
  "anthropic system string": (x) => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, system: x, messages: [{ role: "user", content: "hi" }] }),
  "anthropic system blocks": (x) => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, system: [{ type: "text", text: x }], messages: [{ role: "user", content: "hi" }] }),
  "anthropic tool_use input + tool_result string": (x) =>
    anthropic.messages.create({
      model: "claude-mock-1",
      max_tokens: 10,
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "save", input: { note: x } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: x }] },
      ],
    }),
  "anthropic tool_result blocks": (x) =>
    anthropic.messages.create({
      model: "claude-mock-1",
      max_tokens: 10,
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "read", input: {} }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: [{ type: "text", text: x }] }] },
      ],
    }),
  "anthropic metadata + unknown": (x) => anthropic.messages.create(extra({ model: "claude-mock-1", max_tokens: 10, metadata: { user_id: x }, x_extra: { v: x }, messages: [{ role: "user", content: "hi" }] })),
  "chat → claude (translated)": (x) => openai.chat.completions.create({ model: "claude-mock-1", messages: [{ role: "system", content: x }, { role: "user", content: x }] }),
  "responses instructions": (x) => openai.responses.create({ model: "gpt-4.1", instructions: x, input: "hi" }),
  "responses input string": (x) => openai.responses.create({ model: "gpt-4.1", input: x }),
  "responses input items": (x) =>
    openai.responses.create({
      model: "gpt-4.1",
      input: [
        { role: "user", content: [{ type: "input_text", text: x }] },
        { type: "function_call", call_id: "c", name: "save", arguments: JSON.stringify({ a: x }) },
        { type: "function_call_output", call_id: "c", output: x },
      ],
    }),
  "completions prompt string": (x) => openai.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: x }),
  "completions prompt array": (x) => openai.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: ["first", x] }),
  "embeddings input string": (x) => openai.embeddings.create({ model: "text-embedding-3-small", input: x }),
  "embeddings input array": (x) => openai.embeddings.create({ model: "text-embedding-3-small", input: ["first", x] }),
};

/** The upstream got nothing of the value in clear (or the call was refused before anything was sent). */
function expectNotUpstream(core: string): void {
  const up = upstreamText(h.mock);
  expect(up).not.toContain(core);
  // Also not with its JSON string escapes undone (a `/` or newline written as an escape).
  expect(up.replace(/\\n/g, "\n").replace(/\\\//g, "/")).not.toContain(core);
}

describe("default policy: no value reaches the upstream in clear, whatever field carries it", () => {
  for (const [carrier, send] of Object.entries(CARRIERS)) {
    it(carrier, async () => {
      for (const { value, core } of Object.values(VALUES)) {
        h.mock.reset();
        await send(`for the record: ${value} (thanks)`).catch((e: unknown) => {
          // A refusal is fine; anything else is not.
          expect((e as { code?: string }).code, String(e)).toMatch(/^WARDEN_POLICY_BLOCKED$/);
        });
        expectNotUpstream(core);
      }
    });
  }
});

describe("obfuscated values", () => {
  const send = CARRIERS["chat user text part"] as Send;
  const secrets = ["aws", "githubPat", "openaiKey", "jwt", "email", "card", "iban"] as const;
  it.each([
    ["zero-width split", zeroWidth],
    ["full-width", fullWidth],
    ["base64", (v: string) => Buffer.from(v).toString("base64")],
  ])("%s", async (_name, obfuscate) => {
    for (const k of secrets) {
      const { value } = VALUES[k] as { value: string };
      const hidden = obfuscate(value);
      h.mock.reset();
      await send(`please keep ${hidden} safe`).catch(() => undefined);
      expect(upstreamText(h.mock), k).not.toContain(JSON.stringify(hidden).slice(1, -1));
      expect(upstreamText(h.mock), k).not.toContain(value);
    }
  });

  it("URL-encoded secrets", async () => {
    for (const k of ["aws", "githubPat", "jwt", "connString"] as const) {
      const hidden = encodeURIComponent((VALUES[k] as { value: string }).value);
      h.mock.reset();
      await send(`GET /callback?token=${hidden}`).catch(() => undefined);
      expect(upstreamText(h.mock), k).not.toContain(hidden);
    }
  });

  // One `%40` is enough for the URL view (src/detect/normalize/decode-views.ts).
  it("URL-encoded e-mail", async () => {
    const hidden = encodeURIComponent(VALUES["email"]?.value ?? "");
    await send(`write to ${hidden}`);
    expect(upstreamText(h.mock)).not.toContain(hidden);
  });

  // The encoding is the cue a bare SSN lacks (src/detect/evasion/encoded-id-detector.ts).
  it("base64 and hex SSN", async () => {
    for (const hidden of [Buffer.from(VALUES["ssn"]?.value ?? "").toString("base64"), Buffer.from(VALUES["ssn"]?.value ?? "").toString("hex")]) {
      h.mock.reset();
      await send(`ref ${hidden}`);
      expect(upstreamText(h.mock)).not.toContain(hidden);
    }
  });

  // Tool-call arguments are a JSON text inside a JSON string: a key written there as \u escapes is decoded by the
  // escape view (src/detect/normalize/decode-views.ts), as the model would read it.
  it("\\u escapes inside tool-call arguments", async () => {
    h.mock.reset();
    await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: '{"q":"\\u0041KIAZ3MHQ7RT2XKPLW4N"}' } }] },
        { role: "tool", tool_call_id: "c", content: "ok" },
      ],
    });
    const sent = h.mock.last.body as { messages: { tool_calls?: { function: { arguments: string } }[] }[] };
    expect(JSON.stringify(JSON.parse(sent.messages[1]?.tool_calls?.[0]?.function.arguments ?? "{}"))).not.toContain(VALUES["aws"]?.value);
  });

  it("JSON \\u escapes in the raw body are decoded before detection and never forwarded as they came", async () => {
    for (const k of ["aws", "githubPat", "email", "card", "ssn"] as const) {
      const { value, core } = VALUES[k] as { value: string; core: string };
      const esc = jsonEscaped(value);
      h.mock.reset();
      const res = await postJson(`${h.t.url}/v1/chat/completions`, `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"keep ${esc} safe"}]}`, h.t.key);
      expect(res.status).toBe(200);
      await res.text();
      expect(upstreamText(h.mock)).not.toContain(esc);
      expect(upstreamText(h.mock)).not.toContain(core);
    }
  });
});

describe("base64 text files", () => {
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  const aws = VALUES["aws"]?.value ?? "";
  const email = VALUES["email"]?.value ?? "";
  const doc = `Notes\nkey: ${aws}\nwrite to ${email}\n`;
  /** The decoded text of every base64 text file the upstream received (data URLs and Anthropic document sources). */
  const sentFiles = (): string[] =>
    [...upstreamText(h.mock).matchAll(/(?:data:text\/plain;base64,|"data":")([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1] ?? "", "base64").toString("utf8"));
  const expectEnforced = () => {
    const files = sentFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(f).not.toContain(aws);
      expect(f).not.toContain(email);
      expect(f).toContain("Notes\n");
    }
    expect(upstreamText(h.mock)).not.toContain(b64(doc));
  };

  it("OpenAI chat file part (file_data data URL): decoded, enforced, re-encoded", async () => {
    await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: [{ type: "text", text: "summarise" }, { type: "file", file: { filename: "notes.txt", file_data: `data:text/plain;base64,${b64(doc)}` } }] }],
    });
    expectEnforced();
  });

  it("Responses input_file and Anthropic base64 text/plain document", async () => {
    await openai.responses.create({ model: "gpt-4.1", input: [{ role: "user", content: [{ type: "input_file", filename: "notes.txt", file_data: `data:text/plain;base64,${b64(doc)}` }] }] });
    expectEnforced();
    h.mock.reset();
    // The SDK types a base64 document as a PDF; the API takes text/plain too.
    await anthropic.messages.create(
      extra({ model: "claude-mock-1", max_tokens: 10, messages: [{ role: "user", content: [{ type: "document", source: { type: "base64", media_type: "text/plain", data: b64(doc) } }, { type: "text", text: "summarise" }] }] }),
    );
    expectEnforced();
  });

  it("a text claim whose data is not UTF-8 is refused before the upstream (fail closed); so is a file with no readable text", async () => {
    const notText = Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28]).toString("base64");
    h.mock.reset();
    const err = await anthropic.messages
      .create(extra({ model: "claude-mock-1", max_tokens: 10, messages: [{ role: "user", content: [{ type: "document", source: { type: "base64", media_type: "text/plain", data: notText } }] }] }))
      .catch((e: unknown) => e as { status?: number; error?: { error?: { code?: string } } });
    expect(err).toMatchObject({ status: 400 });
    expect(JSON.stringify(err)).toContain("WARDEN_REQUEST_INVALID");
    expect(h.mock.requests).toHaveLength(0);
    const pdf = `data:application/pdf;base64,${b64("%PDF-1.4 binary")}`;
    const refused = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: [{ type: "file", file: { filename: "a.pdf", file_data: pdf } }] }] }).catch((e: unknown) => e as { status?: number });
    expect(refused).toMatchObject({ status: 400 });
    expect(JSON.stringify(refused)).toContain("default.block-unreadable-files");
    expect(h.mock.requests).toHaveLength(0);
  });
});
