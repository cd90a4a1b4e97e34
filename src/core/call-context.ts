import type { IncomingHttpHeaders } from "node:http";
import type { CancelSignal } from "./cancel-signal.js";
import type { DecisionPath } from "./decision.js";
import type { JsonObject } from "./json.js";
import type { ApiKind, MessageSpec } from "./message-spec.js";
import type { Principal } from "./principal.js";

/** Everything known about one model call once it is authenticated, parsed and routed. */
export interface CallContext {
  requestId: string;
  receivedAt: number;
  principal: Principal;
  api: ApiKind;
  /** The body as the caller sent it (later stages must not mutate it). */
  original: JsonObject;
  /** `original` as the JSON text it came as: the audit recorder stores it as is instead of re-serialising. */
  rawBody?: string;
  /**
   * `rawBody` as the bytes that came (its exact UTF-8 encoding; absent when they differ, e.g. a dropped byte-order
   * mark): the audit recorder hands these to its writer as they are instead of encoding the text again.
   */
  rawBytes?: Buffer;
  spec: MessageSpec;
  providerName: string;
  upstreamModel: string;
  clientHeaders: IncomingHttpHeaders;
  /** Aborted when the client disconnects or the gateway gives up on the call. */
  signal: CancelSignal;
  /** Response headers later stages add (e.g. `x-warden-decision`). */
  responseHeaders: Record<string, string>;
  /** Policy decision paths (request, then response), for the audit recorder. Set by the policy guard. */
  decisions?: DecisionPath[];
}
