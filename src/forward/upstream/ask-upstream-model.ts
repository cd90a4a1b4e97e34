import type { CancelSignal } from "../../core/cancel-signal.js";
import { WardenError } from "../../core/warden-error.js";
import { mapTransportError, type UpstreamClient } from "./upstream-client.js";
import { upstreamHttpError } from "./upstream-error.js";

/** The most of a model object (or error) read from the upstream: it is only looked at for its status. */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * Ask an upstream whether it serves a model: `GET {path}` (its `/v1/models/{id}`, as OpenAI and Anthropic both offer).
 * 200 is yes, 404 is no; any other answer is the upstream's error (mapped like a model call's: its credentials
 * refused or a 5xx is a 502), so an outage never reads as "no such model". The body is read and dropped: Warden answers
 * in its own model shape, never with what the upstream says about the model.
 */
export async function askUpstreamModel(client: UpstreamClient, path: string, headers: Record<string, string>, signal: CancelSignal): Promise<boolean> {
  const reply = await client.request({ method: "GET", path, headers, signal });
  let text: string;
  try {
    const buf = await reply.body.collect(MAX_BODY_BYTES, () => new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream model body over limit" }));
    text = buf.toString("utf8");
  } catch (err) {
    throw mapTransportError(err);
  }
  if (reply.statusCode >= 200 && reply.statusCode < 300) return true;
  if (reply.statusCode === 404) return false;
  const retryAfter = reply.headers["retry-after"];
  throw upstreamHttpError(reply.statusCode, text, Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
}
