import type { ProviderConfig } from "../../config/config-schema.js";
import { type CancelSignal, cancellableSleep } from "../../core/cancel-signal.js";
import { isJsonObject, type JsonObject } from "../../core/json.js";
import type { ApiKind } from "../../core/message-spec.js";
import { WardenError } from "../../core/warden-error.js";
import type { Provider, ProviderRequest, ProviderResponse } from "../provider.js";
import type { SseEvent } from "../sse/sse-event.js";
import { anthropicEvents, anthropicJson } from "./demo-anthropic-format.js";
import { embeddingsJson } from "./demo-embedding.js";
import { demoChoiceCount, limitDemoTurn } from "./demo-limits.js";
import { type DemoMode, demoTurn } from "./demo-model.js";
import { chatEvents, chatJson, completionsEvents, completionsJson } from "./demo-openai-format.js";
import { responsesEvents, responsesJson } from "./demo-responses-format.js";

type DemoConfig = Extract<ProviderConfig, { type: "demo" }>;

function toolNames(body: JsonObject): string[] {
  const tools = body["tools"];
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((t) => {
    if (!isJsonObject(t)) return [];
    const fn = t["function"];
    const name = isJsonObject(fn) ? fn["name"] : t["name"];
    return typeof name === "string" ? [name] : [];
  });
}

/**
 * The built-in demo model: no network, deterministic, every API Warden serves. A model name containing
 * `vulnerable` (or `mode: vulnerable` in config) switches on its misbehaviour.
 */
export class DemoProvider implements Provider {
  readonly type = "demo";

  constructor(
    readonly name: string,
    private readonly cfg: DemoConfig,
  ) {}

  supports(_api: ApiKind): boolean {
    return true;
  }

  async send(req: ProviderRequest): Promise<ProviderResponse> {
    const model = typeof req.body["model"] === "string" ? req.body["model"] : "demo";
    if (req.api === "openai.embeddings") return { kind: "json", status: 200, body: embeddingsJson(model, req.body) };
    const spec = req.spec();
    const mode: DemoMode = this.cfg.mode === "vulnerable" || /vulnerable/i.test(model) ? "vulnerable" : "safe";
    const turn = limitDemoTurn(demoTurn(spec, mode, toolNames(req.body)), req.body, req.api);
    const n = demoChoiceCount(req.body, req.api);
    if (req.api === "anthropic.count_tokens") return { kind: "json", status: 200, body: { input_tokens: turn.promptTokens } };
    const id = req.requestId.replace(/[^A-Za-z0-9]/g, "").slice(0, 24) || "demo";
    const opts = req.body["stream_options"];
    const includeUsage = isJsonObject(opts) && opts["include_usage"] === true;
    if (!req.stream) {
      switch (req.api) {
        case "openai.chat":
          return { kind: "json", status: 200, body: chatJson(id, model, turn, n) };
        case "openai.completions":
          return { kind: "json", status: 200, body: completionsJson(id, model, turn, n) };
        case "openai.responses":
          return { kind: "json", status: 200, body: responsesJson(id, model, turn) };
        case "anthropic.messages":
          return { kind: "json", status: 200, body: anthropicJson(id, model, turn) };
        default:
          throw new WardenError("WARDEN_ROUTE_UNSUPPORTED");
      }
    }
    let events: SseEvent[];
    switch (req.api) {
      case "openai.chat":
        events = chatEvents(id, model, turn, includeUsage, n);
        break;
      case "openai.completions":
        events = completionsEvents(id, model, turn, includeUsage, n);
        break;
      case "openai.responses":
        events = responsesEvents(id, model, turn);
        break;
      case "anthropic.messages":
        events = anthropicEvents(id, model, turn);
        break;
      default:
        throw new WardenError("WARDEN_ROUTE_UNSUPPORTED");
    }
    return { kind: "stream", status: 200, events: this.toStream(events, req.signal) };
  }

  /** Token by token: one event a batch when a delay is configured, else the whole answer in one batch. */
  private async *toStream(events: SseEvent[], signal: CancelSignal): AsyncGenerator<SseEvent[]> {
    const delay = this.cfg.tokenDelayMs;
    if (delay === 0) {
      yield events;
      return;
    }
    for (let i = 0; i < events.length; i++) {
      if (i > 0) await cancellableSleep(delay, signal);
      if (signal.aborted) return;
      yield [events[i] as SseEvent];
    }
  }

  async close(): Promise<void> {}
}
