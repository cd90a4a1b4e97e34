import type { JsonObject } from "../../core/json.js";
import type { ApiKind } from "../../core/message-spec.js";
import { type DemoTurn, demoTokens } from "./demo-model.js";

/** Most choices the demo model writes for `n` (OpenAI's own limit). */
const MAX_CHOICES = 128;

const positiveInt = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : undefined);

/** The request's stop sequences: OpenAI `stop` (a string or a list), Anthropic `stop_sequences`; empty ones ignored. */
function stopSequences(body: JsonObject, api: ApiKind): string[] {
  const v = api === "anthropic.messages" ? body["stop_sequences"] : body["stop"];
  const list = typeof v === "string" ? [v] : Array.isArray(v) ? v : [];
  return list.filter((s): s is string => typeof s === "string" && s.length > 0);
}

/**
 * The request's output token limit: `max_completion_tokens` or `max_tokens` (chat), `max_tokens` (completions,
 * Anthropic), `max_output_tokens` (Responses).
 */
function maxTokens(body: JsonObject, api: ApiKind): number | undefined {
  if (api === "openai.chat") return positiveInt(body["max_completion_tokens"]) ?? positiveInt(body["max_tokens"]);
  if (api === "openai.completions" || api === "anthropic.messages") return positiveInt(body["max_tokens"]);
  if (api === "openai.responses") return positiveInt(body["max_output_tokens"]);
  return undefined;
}

/**
 * The demo model's answer as a real model would end it: before the first stop sequence (`finish: "stop_sequence"`,
 * the sequence not included), or after `max_tokens` (Responses: `max_output_tokens`) of its tokens (`finish:
 * "length"`), whichever comes first. A tool call is left whole.
 *
 * @example
 * limitDemoTurn({ text: "You said: one two three", promptTokens: 5 }, { max_tokens: 2 }, "openai.chat")
 * // { text: "You sai", promptTokens: 5, finish: "length" }  (the demo tokeniser cuts words into pieces of up to four characters)
 */
export function limitDemoTurn(turn: DemoTurn, body: JsonObject, api: ApiKind): DemoTurn {
  if (turn.toolCall) return turn;
  let text = turn.text;
  let stopped: string | undefined;
  let at = -1;
  for (const s of stopSequences(body, api)) {
    const i = text.indexOf(s);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      stopped = s;
    }
  }
  if (stopped !== undefined) text = text.slice(0, at);
  const limit = maxTokens(body, api);
  const tokens = limit === undefined ? [] : demoTokens(text);
  if (limit !== undefined && tokens.length > limit) return { ...turn, text: tokens.slice(0, limit).join(""), finish: "length" };
  return stopped !== undefined ? { ...turn, text, finish: "stop_sequence", stopSequence: stopped } : turn;
}

/** How many choices to write: OpenAI chat and completions `n` (1 when absent or not a positive integer). */
export function demoChoiceCount(body: JsonObject, api: ApiKind): number {
  if (api !== "openai.chat" && api !== "openai.completions") return 1;
  return Math.min(positiveInt(body["n"]) ?? 1, MAX_CHOICES);
}
