import type { CallContext } from "../core/call-context.js";
import type { JsonObject } from "../core/json.js";
import type { WardenError } from "../core/warden-error.js";
import type { SseEvent } from "../forward/sse/sse-event.js";

/** What the request side of the controls decided: forward this (possibly transformed) body, or refuse. */
export type RequestVerdict = { kind: "forward"; body: JsonObject } | { kind: "refuse"; error: WardenError };

/**
 * The seam where detection, policy and enforcement plug into the proxy (the detect → decide → enforce stages on
 * the way in, and scan output → enforce on the way out). Implementations must not mutate `ctx.original`.
 */
export interface Guard {
  /** detect → decide → enforce on the request. */
  request(ctx: CallContext): Promise<RequestVerdict>;
  /** scan output → enforce on a whole (non-streamed) response body; returns the body to send, or throws. */
  response(ctx: CallContext, body: JsonObject): Promise<JsonObject>;
  /** scan output → enforce on a stream: a TransformStream over parsed events. */
  stream(ctx: CallContext): TransformStream<SseEvent, SseEvent>;
}

/** The guard used when no controls are configured: forwards everything unchanged. */
export const passThroughGuard: Guard = {
  request: async (ctx) => ({ kind: "forward", body: ctx.original }),
  response: async (_ctx, body) => body,
  stream: () => new TransformStream<SseEvent, SseEvent>(),
};
