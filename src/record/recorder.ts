import type { CallContext } from "../core/call-context.js";
import type { JsonObject } from "../core/json.js";
import type { WardenError } from "../core/warden-error.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import type { RequestVerdict } from "../enforce/guard.js";

/** How a call ended, as the recorder stores it. */
export interface CallOutcome {
  status: number;
  error?: WardenError;
  /** Non-streamed response body as returned to the client. */
  response?: JsonObject;
  /** `response` as the JSON text sent to the client, when relayed unchanged: recorded as is, not re-serialised. */
  responseRaw?: string;
  /** `responseRaw` as the bytes the upstream sent (its exact UTF-8): recorded as they are, not encoded again. */
  responseRawBytes?: Buffer;
  /** Streamed response events as returned to the client. */
  events?: SseEvent[];
  upstreamStatus?: number;
  finishedAt: number;
}

/**
 * A call refused before it reached the record stage (bad or missing key, invalid body, unknown model, rate limit,
 * unknown path...): metadata only, never the body or the presented key.
 */
export interface RejectedCall {
  requestId: string;
  /** Milliseconds since the epoch. */
  time: number;
  method: string;
  path: string;
  code: string;
  status: number;
  /** The client's address as the socket saw it. */
  source: string;
  /** Who called, when the key was valid. */
  principal?: { tenant: string; app: string; keyId: string };
  /** A machine-readable detail of the refusal, never request content (e.g. Node's parser error `HPE_INVALID_METHOD`). */
  reason?: string;
}

/**
 * A call answered by the gateway itself, with no model behind it and nothing to inspect (`GET /v1/models`,
 * `GET /v1/models/{id}`): recorded as metadata only (who, which route, the status), never a payload.
 */
export interface ServedCall {
  requestId: string;
  /** Milliseconds since the epoch. */
  time: number;
  method: string;
  /** The route's pattern (`/v1/models/{id}`), not the path as sent. */
  route: string;
  status: number;
  /** The client's address as the socket (or a trusted proxy) gave it. */
  source: string;
  principal: { tenant: string; app: string; keyId: string };
  /** The model shown, for one-model routes (a name a route serves: it passed the structure check). */
  model?: string;
}

/**
 * The record stage. `begin` runs before anything is forwarded (and must be durable, or throw to fail closed);
 * `complete` runs before the response is released to the client.
 */
export interface Recorder {
  begin(ctx: CallContext, verdict: RequestVerdict): Promise<void>;
  complete(ctx: CallContext, outcome: CallOutcome): Promise<void>;
  /** Optional tap on the outgoing stream (e.g. to reassemble it, or hold the terminal event until durable). */
  stream?(ctx: CallContext): EventStage;
  /** Record a call refused before `begin` (never throws; may aggregate under a flood and resolve at once). */
  rejected?(call: RejectedCall): Promise<void>;
  /** Record a call the gateway answered itself (metadata only); durable before the answer, like any record. */
  served?(call: ServedCall): Promise<void>;
}

/** A recorder that stores nothing (the audit store replaces it). */
export const nullRecorder: Recorder = {
  begin: async () => undefined,
  complete: async () => undefined,
};
