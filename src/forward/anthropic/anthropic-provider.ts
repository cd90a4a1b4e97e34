import type { ProviderConfig } from "../../config/config-schema.js";
import type { ApiKind } from "../../core/message-spec.js";
import { WardenError } from "../../core/warden-error.js";
import type { Provider, ProviderRequest, ProviderResponse } from "../provider.js";
import { isTerminalEvent } from "../stream-terminal.js";
import { chatToMessagesRequest } from "../translate/chat-to-messages.js";
import { ChatChunkTranslator, translateMessagesStream } from "../translate/messages-stream-to-chat.js";
import { messagesToChatResponse } from "../translate/messages-to-chat.js";
import { isJsonObject } from "../../core/json.js";
import type { CancelSignal } from "../../core/cancel-signal.js";
import { askUpstreamModel } from "../upstream/ask-upstream-model.js";
import { readUpstream } from "../upstream/read-upstream.js";
import { UpstreamClient } from "../upstream/upstream-client.js";
import { upstreamTlsOptions } from "../upstream/upstream-tls.js";

type AnthropicConfig = Extract<ProviderConfig, { type: "anthropic" }>;

const PATHS: Partial<Record<ApiKind, string>> = {
  "anthropic.messages": "/v1/messages",
  "anthropic.count_tokens": "/v1/messages/count_tokens",
  // OpenAI clients reach Claude models through a translation (src/forward/translate/)
  "openai.chat": "/v1/messages",
};

const isMessagesEvent = (ev: Parameters<typeof isTerminalEvent>[1]) => isTerminalEvent("anthropic.messages", ev);

/** The Anthropic Messages API (`baseUrl` without the `/v1` prefix, as Anthropic's SDK takes it). */
export class AnthropicProvider implements Provider {
  readonly type = "anthropic";
  private readonly client: UpstreamClient;
  private readonly basePath: string;

  constructor(
    readonly name: string,
    private readonly cfg: AnthropicConfig,
  ) {
    const url = new URL(cfg.baseUrl);
    this.basePath = url.pathname.replace(/\/+$/, "").replace(/\/v1$/, "");
    this.client = new UpstreamClient({
      origin: url.origin,
      connections: cfg.connections,
      connectTimeoutMs: cfg.timeouts.connectMs,
      headersTimeoutMs: cfg.timeouts.headersMs,
      bodyTimeoutMs: cfg.timeouts.bodyMs,
      maxRetries: cfg.maxRetries,
      tls: upstreamTlsOptions(name, cfg.tls),
    });
  }

  supports(api: ApiKind): boolean {
    return PATHS[api] !== undefined;
  }

  async send(req: ProviderRequest): Promise<ProviderResponse> {
    const path = PATHS[req.api];
    if (path === undefined) throw new WardenError("WARDEN_ROUTE_UNSUPPORTED");
    const h: Record<string, string> = { "content-type": "application/json", accept: req.stream ? "text/event-stream" : "application/json" };
    for (const [k, v] of Object.entries(this.cfg.headers)) h[k.toLowerCase()] = v;
    const version = req.clientHeaders["anthropic-version"];
    h["anthropic-version"] = typeof version === "string" ? version : this.cfg.version;
    const beta = req.clientHeaders["anthropic-beta"];
    if (typeof beta === "string") h["anthropic-beta"] = beta;
    if (this.cfg.apiKey) h["x-api-key"] = this.cfg.apiKey;
    h["x-request-id"] = req.requestId;
    if (req.api === "openai.chat") return this.sendTranslated(path, h, req);
    const reply = await this.client.request({ method: "POST", path: this.basePath + path, headers: h, body: req.rawBytes ?? req.rawBody ?? JSON.stringify(req.body), signal: req.signal });
    return readUpstream(reply, req.stream, (ev) => isTerminalEvent(req.api, ev));
  }

  /** An OpenAI chat request: sent as a Messages request, answered (or streamed) back as chat completions. */
  private async sendTranslated(path: string, h: Record<string, string>, req: ProviderRequest): Promise<ProviderResponse> {
    const model = typeof req.body["model"] === "string" ? req.body["model"] : "";
    const body = chatToMessagesRequest(req.body, req.stream);
    const reply = await this.client.request({ method: "POST", path: this.basePath + path, headers: h, body: JSON.stringify(body), signal: req.signal });
    const res = await readUpstream(reply, req.stream, isMessagesEvent);
    if (res.kind === "json") return { kind: "json", status: res.status, body: messagesToChatResponse(res.body, model) };
    const opts = req.body["stream_options"];
    const includeUsage = isJsonObject(opts) && opts["include_usage"] === true;
    return { kind: "stream", status: res.status, events: translateMessagesStream(res.events, new ChatChunkTranslator(model, includeUsage)) };
  }

  /** Anthropic's `GET /v1/models/{model_id}` (docs.anthropic.com, Models API). */
  async hasModel(model: string, call: { requestId: string; signal: CancelSignal }): Promise<boolean> {
    const h: Record<string, string> = { accept: "application/json" };
    for (const [k, v] of Object.entries(this.cfg.headers)) h[k.toLowerCase()] = v;
    h["anthropic-version"] = this.cfg.version;
    if (this.cfg.apiKey) h["x-api-key"] = this.cfg.apiKey;
    h["x-request-id"] = call.requestId;
    return askUpstreamModel(this.client, `${this.basePath}/v1/models/${encodeURIComponent(model)}`, h, call.signal);
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
