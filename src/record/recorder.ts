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
  /** Streamed response events as returned to the client. */
  events?: SseEvent[];
  upstreamStatus?: number;
  finishedAt: number;
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
}

/** A recorder that stores nothing (the audit store replaces it). */
export const nullRecorder: Recorder = {
  begin: async () => undefined,
  complete: async () => undefined,
};
