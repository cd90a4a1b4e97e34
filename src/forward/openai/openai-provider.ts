import type { ApiKind } from "../../core/message-spec.js";
import type { ProviderConfig } from "../../config/config-schema.js";
import { rewriteJsonText } from "../../core/rewrite-json-text.js";
import { WardenError } from "../../core/warden-error.js";
import type { Provider, ProviderRequest, ProviderResponse } from "../provider.js";
import { isTerminalEvent } from "../stream-terminal.js";
import { chatToMessagesResponse } from "../translate/chat-response-to-messages.js";
import { MessagesEventTranslator, translateChatStream } from "../translate/chat-stream-to-messages.js";
import { messagesToChatRequest } from "../translate/messages-request-to-chat.js";
import type { CancelSignal } from "../../core/cancel-signal.js";
import { askUpstreamModel } from "../upstream/ask-upstream-model.js";
import { readUpstream } from "../upstream/read-upstream.js";
import { UpstreamClient } from "../upstream/upstream-client.js";
import { upstreamTlsOptions } from "../upstream/upstream-tls.js";

type OpenAIConfig = Extract<ProviderConfig, { type: "openai" }>;

const PATHS: Partial<Record<ApiKind, string>> = {
  "openai.chat": "/chat/completions",
  "openai.completions": "/completions",
  "openai.embeddings": "/embeddings",
  "openai.responses": "/responses",
  // Anthropic clients reach these models through a translation (src/forward/translate/)
  "anthropic.messages": "/chat/completions",
};

const isChatTerminal = (ev: Parameters<typeof isTerminalEvent>[1]) => isTerminalEvent("openai.chat", ev);

/** Caller headers worth forwarding to an OpenAI-compatible server. Never authorization or x-api-key. */
const FORWARDED = ["openai-beta", "x-stainless-helper-method"];

/**
 * Any OpenAI-compatible server: OpenAI, Azure OpenAI (deployment URLs, `api-key`, `api-version`), vLLM, Ollama,
 * LM Studio. `baseUrl` includes the version prefix (e.g. `https://api.openai.com/v1`).
 */
export class OpenAIProvider implements Provider {
  readonly type = "openai";
  private readonly client: UpstreamClient;
  private readonly basePath: string;

  constructor(
    readonly name: string,
    private readonly cfg: OpenAIConfig,
  ) {
    const url = new URL(cfg.baseUrl);
    this.basePath = url.pathname.replace(/\/+$/, "");
    this.staticHeaders = this.buildStaticHeaders();
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

  private pathFor(api: ApiKind, model: string): string {
    const suffix = PATHS[api];
    if (suffix === undefined) throw new WardenError("WARDEN_ROUTE_UNSUPPORTED");
    const azure = this.cfg.azure;
    if (!azure) return this.basePath + suffix;
    const query = `?api-version=${encodeURIComponent(azure.apiVersion)}`;
    // Azure serves the Responses API outside the deployment routes, the deployment named by the body's `model`
    // (learn.microsoft.com, Azure OpenAI "Responses API": POST {endpoint}/openai/responses?api-version=…).
    if (api === "openai.responses") return `${this.basePath}/openai/responses${query}`;
    return `${this.basePath}/openai/deployments/${encodeURIComponent(azure.deployment ?? model)}${suffix}${query}`;
  }

  /**
   * The body to send: as it came, except that a Responses call to Azure with a configured deployment names that
   * deployment as its `model` (only that value is rewritten; the rest keeps its source text).
   */
  private bodyFor(req: ProviderRequest, model: string): string | Buffer {
    const deployment = this.cfg.azure?.deployment;
    if (req.api === "openai.responses" && deployment !== undefined && deployment !== model) {
      const next = { ...req.body, model: deployment };
      return req.rawBody !== undefined ? rewriteJsonText(req.rawBody, next) : JSON.stringify(next);
    }
    return req.rawBytes ?? req.rawBody ?? JSON.stringify(req.body);
  }

  /**
   * Headers that are the same on every call, computed once, as a flat `[name, value, ...]` list: undici takes that
   * form without walking an object's keys per request.
   */
  private readonly staticHeaders: string[];

  private buildStaticHeaders(): string[] {
    const h: Record<string, string> = { "content-type": "application/json" };
    for (const [k, v] of Object.entries(this.cfg.headers)) h[k.toLowerCase()] = v;
    if (this.cfg.apiKey) {
      if (this.cfg.azure) h["api-key"] = this.cfg.apiKey;
      else h["authorization"] = `Bearer ${this.cfg.apiKey}`;
    }
    if (this.cfg.organization) h["openai-organization"] = this.cfg.organization;
    if (this.cfg.project) h["openai-project"] = this.cfg.project;
    delete h["accept"];
    delete h["x-request-id"];
    return Object.entries(h).flat();
  }

  private headers(req: ProviderRequest): string[] {
    const h = this.staticHeaders.slice();
    h.push("accept", req.stream ? "text/event-stream" : "application/json", "x-request-id", req.requestId);
    for (const name of FORWARDED) {
      const v = req.clientHeaders[name];
      if (typeof v === "string" && !hasHeader(h, name)) h.push(name, v);
    }
    return h;
  }

  async send(req: ProviderRequest): Promise<ProviderResponse> {
    const model = typeof req.body["model"] === "string" ? req.body["model"] : "";
    if (req.api === "anthropic.messages") return this.sendTranslated(req, model);
    const reply = await this.client.request({
      method: "POST",
      path: this.pathFor(req.api, model),
      headers: this.headers(req),
      body: this.bodyFor(req, model),
      signal: req.signal,
    });
    return readUpstream(reply, req.stream, (ev) => isTerminalEvent(req.api, ev));
  }

  /** An Anthropic Messages request: sent as a chat completion, answered (or streamed) back as a Messages response. */
  private async sendTranslated(req: ProviderRequest, model: string): Promise<ProviderResponse> {
    const body = messagesToChatRequest(req.body, req.stream);
    const reply = await this.client.request({ method: "POST", path: this.pathFor("openai.chat", model), headers: this.headers(req), body: JSON.stringify(body), signal: req.signal });
    const res = await readUpstream(reply, req.stream, isChatTerminal);
    if (res.kind === "json") return { kind: "json", status: res.status, body: chatToMessagesResponse(res.body, model) };
    return { kind: "stream", status: res.status, events: translateChatStream(res.events, new MessagesEventTranslator(model)) };
  }

  /**
   * OpenAI's `GET /models/{model}` (the id percent-encoded, as the SDK sends it). Azure serves deployments, not model
   * ids, under its own paths: not asked.
   */
  async hasModel(model: string, call: { requestId: string; signal: CancelSignal }): Promise<boolean | undefined> {
    if (this.cfg.azure) return undefined;
    const h: Record<string, string> = {};
    for (let i = 0; i + 1 < this.staticHeaders.length; i += 2) h[this.staticHeaders[i] as string] = this.staticHeaders[i + 1] as string;
    delete h["content-type"];
    h["accept"] = "application/json";
    h["x-request-id"] = call.requestId;
    return askUpstreamModel(this.client, `${this.basePath}/models/${encodeURIComponent(model)}`, h, call.signal);
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** Whether a flat `[name, value, ...]` header list has a header (names are lower case here). */
function hasHeader(list: readonly string[], name: string): boolean {
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return true;
  return false;
}
