import type { JsonObject } from "../core/json.js";
import type { ApiKind, MessageSpec, TextPart } from "../core/message-spec.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import type { StreamDelta } from "./stream-delta.js";

/** Which error envelope the caller understands. */
export type ErrorFormat = "openai" | "anthropic";

/**
 * An API endpoint adapter: parses its request body into the internal message spec, and finds the text in its
 * responses and stream events so output scanning sees every piece of it.
 */
export interface Endpoint {
  readonly api: ApiKind;
  readonly method: "POST" | "GET";
  readonly path: string;
  readonly errorFormat: ErrorFormat;
  /** Validate the body (throws WardenError WARDEN_REQUEST_INVALID) and build the spec. */
  parse(body: JsonObject): MessageSpec;
  /** Text parts of a non-streamed response body (assistant output). */
  responseParts(body: JsonObject): TextPart[];
  /**
   * The tool names and tool-call ids a model wrote in a non-streamed response (kind `identifier`): not text, and not
   * rewritable, but read by output enforcement, where an action that would change one blocks the answer.
   */
  responseIdentifiers?(body: JsonObject): TextPart[];
  /** Text deltas carried by one stream event (empty for events with no text). */
  streamDeltas(event: SseEvent): StreamDelta[];
  /** The tool names and tool-call ids one stream event carries, as whole deltas of kind `identifier`. */
  streamIdentifiers?(event: SseEvent): StreamDelta[];
  /**
   * The total length of those deltas' text, without building them (the limit stage's output estimate reads every
   * event of a stream that reports no usage). Optional: the limit stage sums `streamDeltas` otherwise.
   */
  streamTextLength?(event: SseEvent): number;
}
