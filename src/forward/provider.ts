import type { IncomingHttpHeaders } from "node:http";
import type { CancelSignal } from "../core/cancel-signal.js";
import type { JsonObject } from "../core/json.js";
import type { ApiKind, MessageSpec } from "../core/message-spec.js";
import type { SseEvent } from "./sse/sse-event.js";

/** What the pipeline asks a provider to do: one call, already enforced. */
export interface ProviderRequest {
  api: ApiKind;
  /** The body to send (the enforced request), with `model` already set to the upstream model name. */
  body: JsonObject;
  /** `body` as JSON text when the gateway already has it (an unchanged request): sent as is. */
  rawBody?: string;
  /** `rawBody` as the bytes that came (its exact UTF-8 encoding): sent as they are, without encoding the text again. */
  rawBytes?: Buffer;
  stream: boolean;
  requestId: string;
  /** The caller's headers; providers forward only an allowlisted few (never the caller's Warden key). */
  clientHeaders: IncomingHttpHeaders;
  /** Aborted when the client goes away or the gateway shuts down. */
  signal: CancelSignal;
  /** The spec of `body` (computed on demand: only the built-in demo model reads it). */
  spec(): MessageSpec;
}

export type ProviderResponse =
  /**
   * `raw` is the body as received, so an unchanged response can be relayed without re-serialising it; `rawBytes`
   * its exact UTF-8 bytes as they came (absent when a byte-order mark was dropped), for the audit record.
   */
  | { kind: "json"; status: number; body: JsonObject; raw?: string; rawBytes?: Buffer }
  /** Batches of events, one per upstream read; iteration stops (and the upstream is released) on `return()`. */
  | { kind: "stream"; status: number; events: AsyncIterable<SseEvent[]> };

/**
 * A provider adapts one upstream (or the built-in demo model) to the APIs Warden serves.
 * Failures are thrown as WardenError (`WARDEN_UPSTREAM_*`), never as raw upstream messages.
 */
export interface Provider {
  readonly name: string;
  readonly type: string;
  supports(api: ApiKind): boolean;
  send(req: ProviderRequest): Promise<ProviderResponse>;
  /**
   * Whether the upstream serves a model (its `GET /v1/models/{id}`), for `GET /v1/models/{id}` on a catch-all route;
   * undefined when this upstream cannot be asked (the demo model, Azure deployments). Throws the upstream's error.
   */
  hasModel?(model: string, call: { requestId: string; signal: CancelSignal }): Promise<boolean | undefined>;
  close(): Promise<void>;
}
