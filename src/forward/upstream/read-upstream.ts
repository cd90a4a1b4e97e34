import type { IncomingHttpHeaders } from "node:http";
import { decodeUtf8 } from "../../core/decode-utf8.js";
import { isJsonObject, type JsonObject } from "../../core/json.js";
import { WardenError } from "../../core/warden-error.js";
import type { ProviderResponse } from "../provider.js";
import type { SseEvent } from "../sse/sse-event.js";
import { SseParser } from "../sse/sse-parser.js";
import { mapTransportError, type UpstreamReply } from "./upstream-client.js";
import { upstreamHttpError } from "./upstream-error.js";

const MAX_JSON_BYTES = 64 * 1024 * 1024;
const MAX_ERROR_BYTES = 1024 * 1024;

async function readText(body: UpstreamReply["body"], limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    body.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        body.destroy();
        reject(new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream body over limit" }));
        return;
      }
      chunks.push(chunk);
    });
    body.once("end", resolve);
    body.once("error", (err) => reject(mapTransportError(err)));
  });
  const buf = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
  const text = decodeUtf8(buf);
  if (text === undefined) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream body is not UTF-8" });
  return text;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Turn an upstream reply into a ProviderResponse: errors mapped, JSON parsed, SSE parsed into events.
 * `isTerminal` recognises the event that properly ends a stream of this API; a stream that ends without it was cut.
 */
export async function readUpstream(reply: UpstreamReply, stream: boolean, isTerminal: (ev: SseEvent) => boolean): Promise<ProviderResponse> {
  if (reply.statusCode >= 400) {
    const text = await readText(reply.body, MAX_ERROR_BYTES).catch(() => "");
    throw upstreamHttpError(reply.statusCode, text, header(reply.headers, "retry-after"));
  }
  const contentType = header(reply.headers, "content-type") ?? "";
  if (!stream || !contentType.includes("text/event-stream")) {
    if (stream && !contentType.includes("json")) {
      reply.body.destroy();
      throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: `expected an event stream, got ${contentType}` });
    }
    const text = await readText(reply.body, MAX_JSON_BYTES);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { cause: err, detail: "upstream body is not JSON" });
    }
    if (!isJsonObject(body)) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream body is not a JSON object" });
    if (stream) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "expected an event stream, got JSON" });
    return { kind: "json", status: reply.statusCode, body: body as JsonObject, raw: text };
  }
  return { kind: "stream", status: reply.statusCode, events: sseEvents(reply.body, isTerminal) };
}

/**
 * Events of an upstream SSE body, in batches (one per upstream read). Data is parsed as JSON (except `[DONE]`);
 * a body that is not UTF-8, not SSE, not JSON, or that ends before the API's terminal event is an error.
 */
export async function* sseEvents(body: UpstreamReply["body"], isTerminal: (ev: SseEvent) => boolean): AsyncGenerator<SseEvent[]> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parser = new SseParser();
  let finished = false;
  const prepare = (events: SseEvent[]): SseEvent[] => {
    for (const ev of events) {
      if (ev.data !== "[DONE]") {
        try {
          ev.json = JSON.parse(ev.data) as SseEvent["json"];
        } catch (err) {
          throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { cause: err, detail: "upstream SSE data is not JSON" });
        }
      }
      if (isTerminal(ev)) finished = true;
    }
    return events;
  };
  try {
    try {
      for await (const chunk of body) {
        let text: string;
        try {
          text = decoder.decode(chunk as Buffer, { stream: true });
        } catch (err) {
          throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { cause: err, detail: "upstream SSE is not UTF-8" });
        }
        const events = parser.push(text);
        if (events.length > 0) yield prepare(events);
      }
    } catch (err) {
      if (WardenError.isInstance(err)) throw err;
      throw finished ? new WardenError("WARDEN_UPSTREAM_STREAM_CUT", { cause: err }) : mapStreamError(err);
    }
    let tail: SseEvent[];
    try {
      decoder.decode();
      tail = parser.end();
    } catch (err) {
      throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { cause: err, detail: "malformed SSE at end" });
    }
    if (tail.length > 0) yield prepare(tail);
    if (!finished) throw new WardenError("WARDEN_UPSTREAM_STREAM_CUT", { detail: "upstream stream ended without its terminal event" });
  } finally {
    if (!body.readableEnded) body.destroy();
  }
}

function mapStreamError(err: unknown): WardenError {
  const mapped = mapTransportError(err);
  return mapped.code === "WARDEN_UPSTREAM_UNREACHABLE" ? new WardenError("WARDEN_UPSTREAM_STREAM_CUT", { cause: err }) : mapped;
}
