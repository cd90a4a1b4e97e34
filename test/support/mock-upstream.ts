import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the mock upstream saw it. */
export interface RecordedRequest {
  method: string;
  /** Path with query string, as sent. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The body parsed as JSON (undefined when empty or not JSON). */
  body: Record<string, unknown> | undefined;
  raw: Buffer;
  /** Resolves when the connection behind this request closes or the response ends; `finished` tells which. */
  closed: Promise<{ finished: boolean }>;
}

/** Answers one request. `n` counts the requests the current handler has seen (0-based). */
export type MockHandler = (req: RecordedRequest, res: ServerResponse, n: number) => void | Promise<void>;

/** An SSE event to send: JSON data (serialised), a raw data string, or raw bytes written as they are. */
export type SseOut = { event?: string; data: unknown } | { raw: string | Buffer };

/**
 * A scriptable OpenAI/Anthropic look-alike on 127.0.0.1:0 for gateway tests. It records every request and answers
 * with whatever handler the test set (`mock.handler = reply.json(...)`), or by default with a realistic answer for
 * the path (`autoReply`).
 */
export class MockUpstream {
  readonly requests: RecordedRequest[] = [];
  handler: MockHandler = autoReply;
  private count = 0;
  private server: Server | undefined;
  url = "";

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.onRequest(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  /** Set the handler for the next requests and forget what was recorded. */
  use(handler: MockHandler): void {
    this.handler = handler;
    this.count = 0;
    this.requests.length = 0;
  }

  reset(): void {
    this.use(autoReply);
  }

  get last(): RecordedRequest {
    const r = this.requests.at(-1);
    if (!r) throw new Error("the mock upstream received no request");
    return r;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    let body: Record<string, unknown> | undefined;
    try {
      body = raw.length > 0 ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : undefined;
    } catch {
      body = undefined;
    }
    const closed = new Promise<{ finished: boolean }>((resolve) => res.on("close", () => resolve({ finished: res.writableFinished })));
    const rec: RecordedRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body, raw, closed };
    this.requests.push(rec);
    const n = this.count++;
    try {
      await this.handler(rec, res, n);
    } catch {
      res.destroy();
    }
  }
}

/** Start a mock upstream. */
export async function startMockUpstream(): Promise<MockUpstream> {
  return new MockUpstream().start();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function sseFrame(ev: SseOut): string | Buffer {
  if ("raw" in ev) return ev.raw;
  const data = typeof ev.data === "string" ? ev.data : JSON.stringify(ev.data);
  return `${ev.event !== undefined ? `event: ${ev.event}\n` : ""}data: ${data}\n\n`;
}

/** Handler builders. */
export const reply = {
  json(body: unknown, status = 200, headers: Record<string, string> = {}): MockHandler {
    return (_req, res) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
      res.end(text);
    };
  },

  /** An error status with a body (an OpenAI-style error body by default). */
  error(status: number, body: unknown = { error: { message: `upstream error ${status}`, type: "server_error", code: null } }, headers: Record<string, string> = {}): MockHandler {
    return reply.json(body, status, headers);
  },

  /** Bytes as they are (e.g. invalid UTF-8) with a content type. */
  bytes(data: Buffer, contentType: string, status = 200): MockHandler {
    return (_req, res) => {
      res.writeHead(status, { "content-type": contentType, "content-length": data.length });
      res.end(data);
    };
  },

  /**
   * An event stream. Each event is written separately, `delayMs` apart (0: all in one write). `cutAfter` destroys
   * the socket after that many events instead of ending the response properly.
   */
  sse(events: SseOut[], opts: { delayMs?: number; cutAfter?: number } = {}): MockHandler {
    return async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const delay = opts.delayMs ?? 0;
      const upTo = opts.cutAfter ?? events.length;
      if (delay === 0) {
        const frames = events.slice(0, upTo).map(sseFrame);
        res.write(Buffer.concat(frames.map((f) => (typeof f === "string" ? Buffer.from(f) : f))));
      } else {
        for (let i = 0; i < upTo; i++) {
          if (i > 0) await sleep(delay);
          if (res.destroyed) return;
          res.write(sseFrame(events[i] as SseOut));
        }
      }
      if (opts.cutAfter !== undefined) {
        // Give the written bytes a moment to leave, then drop the connection without a proper end.
        await sleep(30);
        res.socket?.destroy();
        return;
      }
      res.end();
    };
  },

  /** Wait, then answer with `then` (for headers timeouts). Stops waiting when the gateway hangs up. */
  delay(ms: number, then: MockHandler): MockHandler {
    return async (req, res, n) => {
      await Promise.race([sleep(ms), req.closed]);
      if (res.destroyed) return;
      await then(req, res, n);
    };
  },

  /** The n-th request gets the n-th handler; the last one answers every later request. */
  sequence(...handlers: MockHandler[]): MockHandler {
    return (req, res, n) => (handlers[Math.min(n, handlers.length - 1)] as MockHandler)(req, res, n);
  },

  /** A stream that never ends: one event every `everyMs` until the gateway hangs up. */
  endless(makeEvent: (i: number) => SseOut, everyMs = 20): MockHandler {
    return async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (let i = 0; !res.destroyed && i < 10_000; i++) {
        res.write(sseFrame(makeEvent(i)));
        await sleep(everyMs);
      }
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Canned bodies in the real APIs' shapes.

export const CREATED = 1_700_000_000;

export function chatCompletion(content: string | null, opts: { model?: string; toolCall?: { name: string; arguments: string } } = {}): Record<string, unknown> {
  const message: Record<string, unknown> = { role: "assistant", content, refusal: null };
  if (opts.toolCall) {
    message["tool_calls"] = [{ id: "call_mock1", type: "function", function: opts.toolCall }];
  }
  return {
    id: "chatcmpl-mock",
    object: "chat.completion",
    created: CREATED,
    model: opts.model ?? "gpt-4o-mini",
    choices: [{ index: 0, message, logprobs: null, finish_reason: opts.toolCall ? "tool_calls" : "stop" }],
    usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
  };
}

const chunk = (model: string, delta: Record<string, unknown>, finish: string | null = null) => ({
  id: "chatcmpl-mock",
  object: "chat.completion.chunk",
  created: CREATED,
  model,
  choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
});

/** Chat chunks: role, then one content chunk per piece, then finish, the usage chunk (when asked), `[DONE]`. */
export function chatChunks(pieces: string[], opts: { model?: string; usage?: boolean; done?: boolean } = {}): SseOut[] {
  const model = opts.model ?? "gpt-4o-mini";
  const out: SseOut[] = [{ data: chunk(model, { role: "assistant", content: "" }) }];
  for (const p of pieces) out.push({ data: chunk(model, { content: p }) });
  out.push({ data: chunk(model, {}, "stop") });
  if (opts.usage) {
    out.push({ data: { id: "chatcmpl-mock", object: "chat.completion.chunk", created: CREATED, model, choices: [], usage: { prompt_tokens: 11, completion_tokens: pieces.length, total_tokens: 11 + pieces.length } } });
  }
  if (opts.done !== false) out.push({ data: "[DONE]" });
  return out;
}

/** A streamed tool call whose arguments arrive in pieces. */
export function chatToolCallChunks(name: string, argPieces: string[], model = "gpt-4o-mini"): SseOut[] {
  const out: SseOut[] = [{ data: chunk(model, { role: "assistant", content: null }) }];
  out.push({ data: chunk(model, { tool_calls: [{ index: 0, id: "call_mock1", type: "function", function: { name, arguments: "" } }] }) });
  for (const p of argPieces) out.push({ data: chunk(model, { tool_calls: [{ index: 0, function: { arguments: p } }] }) });
  out.push({ data: chunk(model, {}, "tool_calls") });
  out.push({ data: "[DONE]" });
  return out;
}

export function completion(text: string, model = "gpt-3.5-turbo-instruct"): Record<string, unknown> {
  return {
    id: "cmpl-mock",
    object: "text_completion",
    created: CREATED,
    model,
    choices: [{ index: 0, text, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
  };
}

export function completionChunks(pieces: string[], model = "gpt-3.5-turbo-instruct"): SseOut[] {
  const out: SseOut[] = pieces.map((p) => ({ data: { id: "cmpl-mock", object: "text_completion", created: CREATED, model, choices: [{ index: 0, text: p, logprobs: null, finish_reason: null }] } }));
  out.push({ data: { id: "cmpl-mock", object: "text_completion", created: CREATED, model, choices: [{ index: 0, text: "", logprobs: null, finish_reason: "stop" }] } });
  out.push({ data: "[DONE]" });
  return out;
}

/** Little-endian float32 vector as base64, as OpenAI returns for `encoding_format: "base64"`. */
export function float32Base64(values: number[]): string {
  return Buffer.from(new Float32Array(values).buffer).toString("base64");
}

export const MOCK_VECTOR = [0.25, -0.5, 0.125, 1];

export function embeddings(inputs: unknown, encoding: unknown, model = "text-embedding-3-small"): Record<string, unknown> {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  return {
    object: "list",
    data: list.map((_, index) => ({ object: "embedding", index, embedding: encoding === "base64" ? float32Base64(MOCK_VECTOR) : MOCK_VECTOR })),
    model,
    usage: { prompt_tokens: 4, total_tokens: 4 },
  };
}

export function responseObject(text: string, opts: { model?: string; status?: string; output?: unknown[] } = {}): Record<string, unknown> {
  return {
    id: "resp_mock",
    object: "response",
    created_at: CREATED,
    status: opts.status ?? "completed",
    error: null,
    incomplete_details: null,
    instructions: null,
    model: opts.model ?? "gpt-4.1",
    output: opts.output ?? [{ type: "message", id: "msg_mock", status: "completed", role: "assistant", content: [{ type: "output_text", text, annotations: [] }] }],
    parallel_tool_calls: true,
    tool_choice: "auto",
    tools: [],
    usage: { input_tokens: 5, input_tokens_details: { cached_tokens: 0 }, output_tokens: 3, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 8 },
  };
}

/** The Responses API event sequence for a text answer streamed in pieces. */
export function responseEvents(pieces: string[], opts: { model?: string; cutBeforeCompleted?: boolean } = {}): SseOut[] {
  const text = pieces.join("");
  let seq = 0;
  const out: SseOut[] = [];
  const push = (type: string, body: Record<string, unknown>) => out.push({ event: type, data: { type, sequence_number: seq++, ...body } });
  const item = { type: "message", id: "msg_mock", status: "in_progress", role: "assistant", content: [] };
  push("response.created", { response: responseObject("", { ...opts, status: "in_progress", output: [] }) });
  push("response.in_progress", { response: responseObject("", { ...opts, status: "in_progress", output: [] }) });
  push("response.output_item.added", { output_index: 0, item });
  push("response.content_part.added", { item_id: "msg_mock", output_index: 0, content_index: 0, part: { type: "output_text", text: "", annotations: [] } });
  for (const p of pieces) push("response.output_text.delta", { item_id: "msg_mock", output_index: 0, content_index: 0, delta: p, logprobs: [] });
  push("response.output_text.done", { item_id: "msg_mock", output_index: 0, content_index: 0, text, logprobs: [] });
  push("response.content_part.done", { item_id: "msg_mock", output_index: 0, content_index: 0, part: { type: "output_text", text, annotations: [] } });
  push("response.output_item.done", { output_index: 0, item: { ...item, status: "completed", content: [{ type: "output_text", text, annotations: [] }] } });
  if (!opts.cutBeforeCompleted) push("response.completed", { response: responseObject(text, opts) });
  return out;
}

export function anthropicMessage(text: string, opts: { model?: string; toolUse?: { name: string; input: Record<string, unknown> } } = {}): Record<string, unknown> {
  const content = opts.toolUse
    ? [{ type: "text", text }, { type: "tool_use", id: "toolu_mock1", name: opts.toolUse.name, input: opts.toolUse.input }]
    : [{ type: "text", text }];
  return {
    id: "msg_mock",
    type: "message",
    role: "assistant",
    model: opts.model ?? "claude-mock-1",
    content,
    stop_reason: opts.toolUse ? "tool_use" : "end_turn",
    stop_sequence: null,
    usage: { input_tokens: 12, output_tokens: 6 },
  };
}

/** The Messages streaming sequence: text pieces in block 0, an optional streamed tool_use in block 1. */
export function anthropicEvents(pieces: string[], opts: { model?: string; toolUse?: { name: string; jsonPieces: string[] }; stop?: boolean } = {}): SseOut[] {
  const out: SseOut[] = [];
  const push = (type: string, body: Record<string, unknown>) => out.push({ event: type, data: { type, ...body } });
  push("message_start", {
    message: { id: "msg_mock", type: "message", role: "assistant", model: opts.model ?? "claude-mock-1", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 12, output_tokens: 1 } },
  });
  push("content_block_start", { index: 0, content_block: { type: "text", text: "" } });
  push("ping", {});
  for (const p of pieces) push("content_block_delta", { index: 0, delta: { type: "text_delta", text: p } });
  push("content_block_stop", { index: 0 });
  if (opts.toolUse) {
    push("content_block_start", { index: 1, content_block: { type: "tool_use", id: "toolu_mock1", name: opts.toolUse.name, input: {} } });
    for (const j of opts.toolUse.jsonPieces) push("content_block_delta", { index: 1, delta: { type: "input_json_delta", partial_json: j } });
    push("content_block_stop", { index: 1 });
  }
  push("message_delta", { delta: { stop_reason: opts.toolUse ? "tool_use" : "end_turn", stop_sequence: null }, usage: { output_tokens: 6 } });
  if (opts.stop !== false) push("message_stop", {});
  return out;
}

/** Answers each known path with a realistic body (JSON or SSE, as `stream` asks). */
export const autoReply: MockHandler = (req, res, n) => {
  const body = req.body ?? {};
  const stream = body["stream"] === true;
  const model = typeof body["model"] === "string" ? body["model"] : "unknown";
  const path = req.path.split("?")[0];
  switch (path) {
    case "/v1/chat/completions": {
      const so = body["stream_options"] as { include_usage?: boolean } | undefined;
      return stream ? reply.sse(chatChunks(["Hello", " from", " the", " mock"], { model, usage: so?.include_usage === true }))(req, res, n) : reply.json(chatCompletion("Hello from the mock", { model }))(req, res, n);
    }
    case "/v1/completions":
      return stream ? reply.sse(completionChunks(["mock", " completion"], model))(req, res, n) : reply.json(completion("mock completion", model))(req, res, n);
    case "/v1/embeddings":
      return reply.json(embeddings(body["input"], body["encoding_format"], model))(req, res, n);
    case "/v1/responses":
      return stream ? reply.sse(responseEvents(["Mock", " response"], { model }))(req, res, n) : reply.json(responseObject("Mock response", { model }))(req, res, n);
    case "/v1/messages":
      return stream ? reply.sse(anthropicEvents(["Hello", " from", " Claude", " mock"], { model }))(req, res, n) : reply.json(anthropicMessage("Hello from Claude mock", { model }))(req, res, n);
    case "/v1/messages/count_tokens":
      return reply.json({ input_tokens: 42 })(req, res, n);
    default:
      return reply.error(404, { error: { message: "no such mock path", type: "invalid_request_error" } })(req, res, n);
  }
};
