import { isJsonObject, type JsonObject } from "../../core/json.js";
import { WardenError } from "../../core/warden-error.js";
import type { SseEvent } from "../sse/sse-event.js";
import { messageId, messagesUsage, stopReason } from "./chat-response-to-messages.js";

const event = (type: string, body: JsonObject): SseEvent => {
  const json: JsonObject = { type, ...body };
  return { event: type, data: JSON.stringify(json), json };
};

/**
 * Translates OpenAI chat completion chunks into the Anthropic Messages event stream: `message_start` on the first
 * chunk, a text block for content deltas, one `tool_use` block per tool call (arguments as `input_json_delta`),
 * and at `[DONE]` the closing `content_block_stop`, `message_delta` (stop reason, output tokens) and `message_stop`.
 */
export class MessagesEventTranslator {
  private started = false;
  /** Index of the open content block, and what it is (text, or the OpenAI index of a tool call). */
  private open: { index: number; tool?: number } | undefined;
  private blocks = 0;
  private finish: string | undefined;
  private usage: JsonObject | undefined;

  constructor(private readonly requestedModel: string) {}

  private start(chunk: JsonObject, out: SseEvent[]): void {
    if (this.started) return;
    this.started = true;
    const model = typeof chunk["model"] === "string" ? chunk["model"] : this.requestedModel;
    out.push(event("message_start", { message: { id: messageId(chunk["id"]), type: "message", role: "assistant", model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } } }));
  }

  private close(out: SseEvent[]): void {
    if (!this.open) return;
    out.push(event("content_block_stop", { index: this.open.index }));
    this.open = undefined;
  }

  translate(ev: SseEvent): SseEvent[] {
    const out: SseEvent[] = [];
    if (ev.data === "[DONE]") {
      this.start({}, out);
      this.close(out);
      const usage = messagesUsage(this.usage);
      out.push(event("message_delta", { delta: { stop_reason: stopReason(this.finish), stop_sequence: null }, usage: { output_tokens: usage["output_tokens"] ?? 0, input_tokens: usage["input_tokens"] ?? 0 } }));
      out.push(event("message_stop", {}));
      return out;
    }
    const j = ev.json;
    if (!isJsonObject(j)) return out;
    if (isJsonObject(j["error"])) throw new WardenError("WARDEN_UPSTREAM_ERROR", { detail: "openai stream error event" });
    this.start(j, out);
    if (isJsonObject(j["usage"])) this.usage = j["usage"];
    const choice = Array.isArray(j["choices"]) ? j["choices"][0] : undefined;
    if (!isJsonObject(choice)) return out;
    const delta = isJsonObject(choice["delta"]) ? choice["delta"] : {};
    const text = typeof delta["content"] === "string" ? delta["content"] : typeof delta["refusal"] === "string" ? delta["refusal"] : "";
    if (text.length > 0) {
      if (!this.open || this.open.tool !== undefined) {
        this.close(out);
        this.open = { index: this.blocks++ };
        out.push(event("content_block_start", { index: this.open.index, content_block: { type: "text", text: "" } }));
      }
      out.push(event("content_block_delta", { index: this.open.index, delta: { type: "text_delta", text } }));
    }
    for (const call of Array.isArray(delta["tool_calls"]) ? delta["tool_calls"] : []) {
      if (!isJsonObject(call)) continue;
      const tool = typeof call["index"] === "number" ? call["index"] : 0;
      const fn = isJsonObject(call["function"]) ? call["function"] : {};
      if (!this.open || this.open.tool !== tool) {
        this.close(out);
        this.open = { index: this.blocks++, tool };
        const id = typeof call["id"] === "string" ? call["id"] : `toolu_${tool}`;
        out.push(event("content_block_start", { index: this.open.index, content_block: { type: "tool_use", id, name: typeof fn["name"] === "string" ? fn["name"] : "", input: {} } }));
      }
      if (typeof fn["arguments"] === "string" && fn["arguments"].length > 0) {
        out.push(event("content_block_delta", { index: this.open.index, delta: { type: "input_json_delta", partial_json: fn["arguments"] } }));
      }
    }
    if (typeof choice["finish_reason"] === "string") this.finish = choice["finish_reason"];
    return out;
  }
}

/** Map batches of OpenAI chunks to batches of Anthropic events (empty batches are skipped). */
export async function* translateChatStream(events: AsyncIterable<SseEvent[]>, translator: MessagesEventTranslator): AsyncGenerator<SseEvent[]> {
  for await (const batch of events) {
    const out: SseEvent[] = [];
    for (const ev of batch) out.push(...translator.translate(ev));
    if (out.length > 0) yield out;
  }
}
