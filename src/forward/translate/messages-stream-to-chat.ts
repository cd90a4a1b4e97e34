import { isJsonObject, type JsonObject, type JsonValue } from "../../core/json.js";
import { WardenError } from "../../core/warden-error.js";
import type { SseEvent } from "../sse/sse-event.js";
import { chatId, chatUsage, finishReason } from "./messages-to-chat.js";

const jsonEvent = (json: JsonObject): SseEvent => ({ data: JSON.stringify(json), json });

/**
 * Translates an Anthropic Messages event stream into OpenAI chat completion chunks, event by event: text deltas
 * become `delta.content`, `tool_use` blocks become `delta.tool_calls` (id and name first, then argument fragments),
 * `message_delta` gives the finish reason, and `message_stop` ends the stream with the usage chunk (when the caller
 * asked for `stream_options.include_usage`) and `[DONE]`. Pings and thinking deltas produce nothing.
 */
export class ChatChunkTranslator {
  private id = chatId(undefined);
  private model: string;
  private readonly created: number;
  private usage: JsonObject = {};
  /** Anthropic content-block index → OpenAI tool-call index. */
  private readonly toolIndex = new Map<number, number>();

  constructor(
    requestedModel: string,
    private readonly includeUsage: boolean,
    now = Date.now(),
  ) {
    this.model = requestedModel;
    this.created = Math.floor(now / 1000);
  }

  private chunk(delta: JsonObject, finish: string | null = null): SseEvent {
    return jsonEvent({
      id: this.id,
      object: "chat.completion.chunk",
      created: this.created,
      model: this.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...(this.includeUsage ? { usage: null } : {}),
    });
  }

  translate(ev: SseEvent): SseEvent[] {
    const j: JsonValue | undefined = ev.json;
    if (!isJsonObject(j)) return [];
    switch (j["type"]) {
      case "message_start": {
        const msg = isJsonObject(j["message"]) ? j["message"] : {};
        this.id = chatId(msg["id"]);
        if (typeof msg["model"] === "string") this.model = msg["model"];
        this.usage = { ...(isJsonObject(msg["usage"]) ? msg["usage"] : {}) };
        return [this.chunk({ role: "assistant", content: "", refusal: null })];
      }
      case "content_block_start": {
        const block = isJsonObject(j["content_block"]) ? j["content_block"] : {};
        if (block["type"] === "text" && typeof block["text"] === "string" && block["text"].length > 0) return [this.chunk({ content: block["text"] })];
        if (block["type"] !== "tool_use") return [];
        const index = this.toolIndex.size;
        this.toolIndex.set(typeof j["index"] === "number" ? j["index"] : -1, index);
        const call = { index, id: typeof block["id"] === "string" ? block["id"] : `call_${index}`, type: "function", function: { name: typeof block["name"] === "string" ? block["name"] : "", arguments: "" } };
        return [this.chunk({ tool_calls: [call] })];
      }
      case "content_block_delta": {
        const d = isJsonObject(j["delta"]) ? j["delta"] : {};
        if (d["type"] === "text_delta" && typeof d["text"] === "string") return [this.chunk({ content: d["text"] })];
        if (d["type"] === "input_json_delta" && typeof d["partial_json"] === "string") {
          const index = this.toolIndex.get(typeof j["index"] === "number" ? j["index"] : -1);
          if (index === undefined) return [];
          return [this.chunk({ tool_calls: [{ index, function: { arguments: d["partial_json"] } }] })];
        }
        return [];
      }
      case "message_delta": {
        const d = isJsonObject(j["delta"]) ? j["delta"] : {};
        if (isJsonObject(j["usage"])) Object.assign(this.usage, j["usage"]);
        return [this.chunk({}, finishReason(d["stop_reason"]) ?? "stop")];
      }
      case "message_stop": {
        const out: SseEvent[] = [];
        if (this.includeUsage) {
          out.push(jsonEvent({ id: this.id, object: "chat.completion.chunk", created: this.created, model: this.model, choices: [], usage: chatUsage(this.usage) }));
        }
        out.push({ data: "[DONE]" });
        return out;
      }
      case "error": {
        const e = isJsonObject(j["error"]) ? j["error"] : {};
        // An upstream error mid-stream: surfaced as the gateway's own error, never the upstream's message.
        throw new WardenError("WARDEN_UPSTREAM_ERROR", { detail: `anthropic stream error: ${String(e["type"] ?? "unknown")}` });
      }
      default:
        return [];
    }
  }
}

/** Map batches of Anthropic events to batches of OpenAI chunks (empty batches are skipped). */
export async function* translateMessagesStream(events: AsyncIterable<SseEvent[]>, translator: ChatChunkTranslator): AsyncGenerator<SseEvent[]> {
  for await (const batch of events) {
    const out: SseEvent[] = [];
    for (const ev of batch) out.push(...translator.translate(ev));
    if (out.length > 0) yield out;
  }
}
