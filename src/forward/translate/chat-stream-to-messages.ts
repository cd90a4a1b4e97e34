import { isJsonObject, type JsonObject } from "../../core/json.js";
import { WardenError } from "../../core/warden-error.js";
import type { SseEvent } from "../sse/sse-event.js";
import { messageId, messagesUsage, stopReason } from "./chat-response-to-messages.js";

const event = (type: string, body: JsonObject): SseEvent => {
  const json: JsonObject = { type, ...body };
  return { event: type, data: JSON.stringify(json), json };
};

/** A tool call seen while another tool call's block was open: emitted whole once that block closes. */
interface PendingCall {
  id: string;
  name: string;
  args: string;
}

/**
 * Translates OpenAI chat completion chunks into the Anthropic Messages event stream: `message_start` on the first
 * chunk, a text block for content deltas, one `tool_use` block per tool call (arguments as `input_json_delta`),
 * and at `[DONE]` the closing `content_block_stop`, `message_delta` (stop reason, output tokens) and `message_stop`.
 *
 * Anthropic blocks cannot interleave while OpenAI tool calls can (`index` 0, 1, 0, … in one stream): a block stays
 * open for its whole tool call, and the other calls are buffered and emitted whole after it, so one call's arguments
 * are always one block (the stream enforcer scans a block as one text: a value split over two blocks would escape
 * it, and clients could not parse either half). Arguments resuming a call whose block was already closed (after a
 * text block) are refused as a malformed upstream stream.
 */
export class MessagesEventTranslator {
  private started = false;
  /** Index of the open content block, and what it is (text, or the OpenAI index of a tool call). */
  private open: { index: number; tool?: number } | undefined;
  /** Tool calls waiting for the open tool block to close, in order of first appearance. */
  private readonly pending = new Map<number, PendingCall>();
  /** OpenAI indices of tool calls whose block was emitted. */
  private readonly emitted = new Set<number>();
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

  /** Close the open block, then emit every buffered tool call as a whole block. */
  private close(out: SseEvent[]): void {
    if (this.open) out.push(event("content_block_stop", { index: this.open.index }));
    this.open = undefined;
    for (const [tool, call] of this.pending) {
      const index = this.blocks++;
      this.emitted.add(tool);
      out.push(event("content_block_start", { index, content_block: { type: "tool_use", id: call.id, name: call.name, input: {} } }));
      if (call.args.length > 0) out.push(event("content_block_delta", { index, delta: { type: "input_json_delta", partial_json: call.args } }));
      out.push(event("content_block_stop", { index }));
    }
    this.pending.clear();
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
      const args = typeof fn["arguments"] === "string" ? fn["arguments"] : "";
      const id = typeof call["id"] === "string" ? call["id"] : `toolu_${tool}`;
      const name = typeof fn["name"] === "string" ? fn["name"] : "";
      if (this.open?.tool !== tool) {
        const waiting = this.pending.get(tool);
        if (waiting) {
          waiting.args += args;
          continue;
        }
        if (this.open?.tool !== undefined) {
          this.pending.set(tool, { id, name, args });
          continue;
        }
        if (this.emitted.has(tool)) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "openai stream: tool call arguments resumed after its block was closed" });
        this.close(out);
        this.open = { index: this.blocks++, tool };
        this.emitted.add(tool);
        out.push(event("content_block_start", { index: this.open.index, content_block: { type: "tool_use", id, name, input: {} } }));
      }
      if (args.length > 0) out.push(event("content_block_delta", { index: this.open.index, delta: { type: "input_json_delta", partial_json: args } }));
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
