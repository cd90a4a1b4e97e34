import { type Dispatcher, request } from "undici";
import type { ChatMessage, TargetReply, ToolSpec } from "../attack.js";

/** Where and how to send attacks: any OpenAI-compatible chat-completions endpoint (Warden or a model). */
export interface ChatTarget {
  /** Base URL (`http://host:port`, `…/v1`) or the full `…/chat/completions` URL. */
  url: string;
  model: string;
  /** Bearer key (optional for local models). */
  key?: string;
  /** Stream the reply (`stream: true`) and read it from server-sent events. */
  stream?: boolean;
  timeoutMs?: number;
}

export interface ChatCall {
  messages: readonly ChatMessage[];
  tools?: readonly ToolSpec[];
  jsonMode?: boolean;
  /** Cap on the reply length (default 400 tokens). */
  maxTokens?: number;
}

/** `…/chat/completions` for a base URL. */
export function chatCompletionsUrl(url: string): string {
  const u = url.replace(/\/+$/, "");
  if (/\/chat\/completions$/.test(u)) return u;
  if (/\/v\d+$/.test(u)) return `${u}/chat/completions`;
  return `${u}/v1/chat/completions`;
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** The error code and message of an OpenAI- or Anthropic-style error body. */
function errorOf(body: unknown): { code?: string; message?: string } | undefined {
  const o = obj(body);
  const e = obj(o?.["error"]) ?? (o?.["type"] === "error" ? o : undefined);
  if (!e) return undefined;
  const code = str(e["code"]) ?? str(e["type"]);
  const message = str(e["message"]);
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

/** A refusal by policy: Warden's policy codes, or another gateway's 4xx with a code (not auth, limits or routing). */
function isPolicyBlock(status: number, code: string | undefined): boolean {
  if (code === undefined) return false;
  if (code.startsWith("WARDEN_")) return code.startsWith("WARDEN_POLICY_");
  return status === 400 && /content|policy|filter|guardrail|moderation|safety/i.test(code);
}

/** Message content as text: a string, or the text of an array of content parts (`{type: "text", text}`). */
function contentText(content: unknown): string | undefined {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return undefined;
  return content.map((p) => str(obj(p)?.["text"]) ?? "").join("");
}

function replyFromJson(json: unknown, status: number, latencyMs: number): TargetReply {
  const choice = obj((obj(json)?.["choices"] as unknown[] | undefined)?.[0]);
  const message = obj(choice?.["message"]);
  if (!message) return { kind: "error", status, text: "", toolCalls: [], code: "BAD_RESPONSE", message: "no choices[0].message in the response", latencyMs };
  const toolCalls = ((message["tool_calls"] as unknown[] | undefined) ?? []).flatMap((t) => {
    const fn = obj(obj(t)?.["function"]);
    const name = str(fn?.["name"]);
    return name ? [{ name, arguments: str(fn?.["arguments"]) ?? "" }] : [];
  });
  const refusal = str(message["refusal"]);
  return { kind: "ok", status, text: contentText(message["content"]) ?? refusal ?? "", toolCalls, latencyMs };
}

/** Read a chat-completions SSE body: content and tool-call deltas, and an error event (a policy stop) if any. */
function replyFromSse(body: string, status: number, latencyMs: number): TargetReply {
  let text = "";
  const calls = new Map<number, { name: string; arguments: string }>();
  for (const block of body.split(/\r?\n\r?\n/)) {
    const data = block
      .split(/\r?\n/)
      .filter((l) => l.startsWith("data:"))
      .map((l) => l.slice(5).replace(/^ /, ""))
      .join("\n");
    if (data === "" || data === "[DONE]") continue;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      continue;
    }
    const err = errorOf(json);
    if (err) {
      const blocked = isPolicyBlock(400, err.code);
      return { kind: blocked ? "blocked" : "error", status, text, toolCalls: [...calls.values()], ...err, latencyMs };
    }
    const delta = obj(obj((obj(json)?.["choices"] as unknown[] | undefined)?.[0])?.["delta"]);
    if (!delta) continue;
    text += str(delta["content"]) ?? "";
    for (const t of (delta["tool_calls"] as unknown[] | undefined) ?? []) {
      const tc = obj(t);
      const index = typeof tc?.["index"] === "number" ? tc["index"] : 0;
      const fn = obj(tc?.["function"]);
      const cur = calls.get(index) ?? { name: "", arguments: "" };
      cur.name += str(fn?.["name"]) ?? "";
      cur.arguments += str(fn?.["arguments"]) ?? "";
      calls.set(index, cur);
    }
  }
  return { kind: "ok", status, text, toolCalls: [...calls.values()].filter((c) => c.name !== ""), latencyMs };
}

/** Replies larger than this are not read (a hostile or broken endpoint cannot exhaust memory). */
const MAX_BODY = 8 * 1024 * 1024;

/** The body as text, or undefined (and the rest discarded) once it exceeds `max` bytes. */
async function readCapped(body: AsyncIterable<Buffer> & { destroy(): unknown }, max: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > max) {
      body.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Send one conversation and classify the answer: `ok` (a model reply), `blocked` (a policy refusal: HTTP 4xx with a
 * `WARDEN_POLICY_*` code, or a stream that ends with one) or `error` (anything else: unreachable, 5xx, malformed).
 * Never throws.
 */
export async function callChat(target: ChatTarget, call: ChatCall, dispatcher?: Dispatcher): Promise<TargetReply> {
  const started = performance.now();
  const body: Record<string, unknown> = { model: target.model, messages: call.messages, max_tokens: call.maxTokens ?? 400 };
  if (call.tools && call.tools.length > 0) {
    body["tools"] = call.tools.map((t) => ({ type: "function", function: { name: t.name, description: t.description, parameters: { type: "object", properties: {}, additionalProperties: true } } }));
  }
  if (call.jsonMode) body["response_format"] = { type: "json_object" };
  if (target.stream) body["stream"] = true;
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    const res = await request(chatCompletionsUrl(target.url), {
      method: "POST",
      headers: { "content-type": "application/json", ...(target.key ? { authorization: `Bearer ${target.key}` } : {}) },
      body: JSON.stringify(body),
      headersTimeout: target.timeoutMs ?? 60_000,
      bodyTimeout: target.timeoutMs ?? 60_000,
      ...(dispatcher ? { dispatcher } : {}),
    });
    const raw = await readCapped(res.body, MAX_BODY);
    const status = res.statusCode;
    if (raw === undefined) return { kind: "error", status, text: "", toolCalls: [], code: "RESPONSE_TOO_LARGE", message: `the response is larger than ${MAX_BODY / 1024 / 1024} MiB`, latencyMs: elapsed() };
    const type = String(res.headers["content-type"] ?? "");
    if (status >= 200 && status < 300 && type.includes("text/event-stream")) return replyFromSse(raw, status, elapsed());
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { kind: "error", status, text: "", toolCalls: [], code: status >= 400 ? `HTTP_${status}` : "BAD_RESPONSE", message: "the response is not JSON", latencyMs: elapsed() };
    }
    if (status >= 400) {
      const err = errorOf(json) ?? {};
      return { kind: isPolicyBlock(status, err.code) ? "blocked" : "error", status, text: "", toolCalls: [], code: err.code ?? `HTTP_${status}`, ...(err.message ? { message: err.message } : {}), latencyMs: elapsed() };
    }
    return replyFromJson(json, status, elapsed());
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    return { kind: "error", status: 0, text: "", toolCalls: [], code: typeof e.code === "string" ? e.code : "NETWORK", message: typeof e.message === "string" ? e.message : "request failed", latencyMs: elapsed() };
  }
}
