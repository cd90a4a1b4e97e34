import type { Endpoint } from "../../api/endpoint.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../../core/json.js";
import type { ApiKind, TextKind } from "../../core/message-spec.js";
import type { SseEvent } from "../../forward/sse/sse-event.js";

/** Which channels an event ends: none, all of them, or those starting with one of the prefixes. */
export type ChannelEnds = null | "all" | string[];

const OPENAI_TERMINAL = new Set(["[DONE]"]);

/**
 * The channels whose text is complete once this event arrives, so their held tail must go out before it:
 * OpenAI chat/completions: a choice's `finish_reason` (and `[DONE]`); Anthropic: `content_block_stop` (and the
 * message end); Responses: `response.output_item.done` and the terminal `response.*` events (the `.done` text
 * snapshots end their own channel). An upstream error event ends everything.
 */
export function channelEnds(api: ApiKind, event: SseEvent): ChannelEnds {
  if (event.event === "error") return "all";
  const json = event.json;
  if (!isJsonObject(json)) return OPENAI_TERMINAL.has(event.data.trim()) ? "all" : null;
  if (isJsonObject(json["error"]) || json["type"] === "error") return "all";
  switch (api) {
    case "openai.chat":
    case "openai.completions": {
      const choices = json["choices"];
      if (!Array.isArray(choices)) return null;
      const out: string[] = [];
      for (const c of choices) {
        if (isJsonObject(c) && c["finish_reason"] !== null && c["finish_reason"] !== undefined) out.push(`choice:${num(c["index"])}:`);
      }
      return out.length ? out : null;
    }
    case "anthropic.messages": {
      const type = json["type"];
      if (type === "content_block_stop") return [`block:${num(json["index"])}`];
      return type === "message_delta" || type === "message_stop" ? "all" : null;
    }
    case "openai.responses": {
      const type = typeof json["type"] === "string" ? json["type"] : event.event;
      if (type === "response.output_item.done") return [`item:${num(json["output_index"])}:`];
      return type === "response.completed" || type === "response.incomplete" || type === "response.failed" ? "all" : null;
    }
    default:
      return null;
  }
}

/** Whether `ends` covers `channel` (Anthropic prefixes are a block index: `block:1` must not end `block:10`). */
export function endsChannel(ends: ChannelEnds, channel: string): boolean {
  if (ends === null) return false;
  if (ends === "all") return true;
  return ends.some((p) => channel === p || channel.startsWith(p.endsWith(":") ? p : `${p}:`));
}

/**
 * Channels whose pieces are each a whole unit (Anthropic citations quote a source whole per event): they are
 * scanned one piece at a time, never held back.
 */
export function isAtomicChannel(channel: string): boolean {
  return channel.endsWith(":citations");
}

const num = (v: JsonValue | undefined): number => (typeof v === "number" ? v : 0);

function copy(from: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const k of keys) {
    const v = from[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

const ev = (json: JsonObject, event?: string): SseEvent => ({ ...(event !== undefined ? { event } : {}), data: JSON.stringify(json), json, dirty: true });

/**
 * A minimal, valid stream event that carries `tail` for `channel`, shaped like the event `template` (the last one
 * that carried text for the channel). Only identity fields are copied: a tool call's id/name or a role are not
 * repeated, since clients accumulate them.
 */
export function carrierEvent(endpoint: Endpoint, template: SseEvent, channel: string, kind: TextKind, tail: string): SseEvent {
  const json = isJsonObject(template.json) ? template.json : {};
  const parts = channel.split(":");
  switch (endpoint.api) {
    case "openai.chat": {
      const index = Number(parts[1]);
      let delta: JsonObject;
      if (parts[2] === "tool") delta = { tool_calls: [{ index: Number(parts[3]), function: { arguments: tail } }] };
      else if (parts[2] === "function_call") delta = { function_call: { arguments: tail } };
      else if (parts[2] === "field") delta = { [String(parts[3])]: tail };
      else if (parts[2] === "audio") delta = { audio: { transcript: tail } };
      else delta = { [parts[2] === "reasoning" ? "reasoning_content" : parts[2] === "refusal" ? "refusal" : "content"]: tail };
      const base = copy(json, ["id", "object", "created", "model", "service_tier", "system_fingerprint"]);
      return ev({ ...base, choices: [{ index, delta, logprobs: null, finish_reason: null }] }, template.event);
    }
    case "openai.completions": {
      const base = copy(json, ["id", "object", "created", "model", "system_fingerprint"]);
      return ev({ ...base, choices: [{ index: Number(parts[1]), text: tail, logprobs: null, finish_reason: null }] }, template.event);
    }
    case "anthropic.messages": {
      const delta: JsonObject =
        kind === "tool_call_arguments"
          ? { type: "input_json_delta", partial_json: tail }
          : kind === "reasoning"
            ? { type: "thinking_delta", thinking: tail }
            : { type: "text_delta", text: tail };
      return ev({ type: "content_block_delta", index: Number(parts[1]), delta }, "content_block_delta");
    }
    case "openai.responses": {
      // Responses delta events carry only identity fields besides `delta`; logprobs/obfuscation describe the
      // original piece and are dropped.
      const out: JsonObject = { ...json, delta: tail };
      if (Array.isArray(out["logprobs"])) out["logprobs"] = [];
      delete out["obfuscation"];
      return ev(out, template.event);
    }
    default: {
      const clone = structuredClone(json);
      const copyEv: SseEvent = { ...template, json: clone, dirty: true };
      for (const d of endpoint.streamDeltas(copyEv)) d.set(d.channel === channel ? tail : "");
      return copyEv;
    }
  }
}
