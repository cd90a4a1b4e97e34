import type { CallContext } from "../core/call-context.js";
import type { JsonObject } from "../core/json.js";
import type { WardenError } from "../core/warden-error.js";
import type { EventStage } from "../forward/sse/event-stage.js";

/** What the request side of the controls decided: forward this (possibly transformed) body, or refuse. */
export type RequestVerdict =
  /** `changed: false` lets the gateway relay the caller's bytes as they came (no re-serialisation). */
  | { kind: "forward"; body: JsonObject; changed: boolean }
  | { kind: "refuse"; error: WardenError };

/** The response body to send; `changed: false` lets the gateway relay the upstream's bytes as they came. */
export interface ResponseVerdict {
  body: JsonObject;
  changed: boolean;
}

/**
 * The seam where detection, policy and enforcement plug into the proxy (the detect → decide → enforce stages on
 * the way in, and scan output → enforce on the way out). Implementations must not mutate `ctx.original`.
 */
export interface Guard {
  /** detect → decide → enforce on the request. */
  request(ctx: CallContext): Promise<RequestVerdict>;
  /** scan output → enforce on a whole (non-streamed) response body; returns what to send, or throws. */
  response(ctx: CallContext, body: JsonObject): Promise<ResponseVerdict>;
  /** scan output → enforce on a stream: a Transformer over parsed events (usable in `new TransformStream(stage)`). */
  stream(ctx: CallContext): EventStage;
}

/** The guard used when no controls are configured: forwards everything unchanged. */
export const passThroughGuard: Guard = {
  request: async (ctx) => ({ kind: "forward", body: ctx.original, changed: false }),
  response: async (_ctx, body) => ({ body, changed: false }),
  stream: () => ({}),
};
