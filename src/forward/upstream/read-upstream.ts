import type { IncomingHttpHeaders } from "node:http";
import { decodeUtf8 } from "../../core/decode-utf8.js";
import { isJsonObject, type JsonObject } from "../../core/json.js";
import { jsonShapeProblem } from "../../core/json-shape.js";
import { JsonScanner } from "../../core/json-scanner.js";
import { WardenError } from "../../core/warden-error.js";
import type { ProviderResponse } from "../provider.js";
import type { SseEvent } from "../sse/sse-event.js";
import { SseParser } from "../sse/sse-parser.js";
import { StrictUtf8Decoder } from "../sse/strict-utf8-decoder.js";
import { UpstreamEvent } from "../sse/upstream-event.js";
import { mapTransportError, type UpstreamReply } from "./upstream-client.js";
import { upstreamHttpError } from "./upstream-error.js";

const MAX_JSON_BYTES = 64 * 1024 * 1024;
const MAX_ERROR_BYTES = 1024 * 1024;

/** The body as text, and as the bytes that came when they are exactly its UTF-8 (no byte-order mark dropped). */
async function readBody(body: UpstreamReply["body"], limit: number): Promise<{ text: string; bytes?: Buffer }> {
  let buf: Buffer;
  try {
    buf = await body.collect(limit, () => new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream body over limit" }));
  } catch (err) {
    throw mapTransportError(err);
  }
  const text = decodeUtf8(buf);
  if (text === undefined) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream body is not UTF-8" });
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  return bom ? { text } : { text, bytes: buf };
}

async function readText(body: UpstreamReply["body"], limit: number): Promise<string> {
  return (await readBody(body, limit)).text;
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
    const { text, bytes } = await readBody(reply.body, MAX_JSON_BYTES);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // not the parser's error as the cause: its message quotes the start of the body
      throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream body is not JSON" });
    }
    // A duplicate key would let relayed bytes carry a value the response controls never saw; deep nesting would overflow them.
    const shape = jsonShapeProblem(text);
    if (shape !== undefined) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: `upstream body: ${shape}` });
    if (!isJsonObject(body)) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream body is not a JSON object" });
    if (stream) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "expected an event stream, got JSON" });
    return { kind: "json", status: reply.statusCode, body: body as JsonObject, raw: text, ...(bytes ? { rawBytes: bytes } : {}) };
  }
  return { kind: "stream", status: reply.statusCode, events: sseEvents(reply.body, isTerminal) };
}

/**
 * Events of an upstream SSE body, in batches (one per upstream read). Data is checked to be JSON (except `[DONE]`;
 * parsed when a stage reads it, see UpstreamEvent);
 * a body that is not UTF-8, not SSE, not JSON, or that ends before the API's terminal event is an error.
 * `return()` (the client went away, or a stage ended the stream) aborts the upstream request.
 */
export function sseEvents(body: UpstreamReply["body"], isTerminal: (ev: SseEvent) => boolean): AsyncIterableIterator<SseEvent[]> {
  return new SseBatches(body, isTerminal);
}

/** {@link sseEvents} as a plain iterator object: an async generator costs several promise hops per batch more. */
class SseBatches implements AsyncIterableIterator<SseEvent[]> {
  private readonly decoder = new StrictUtf8Decoder();
  private readonly parser = new SseParser((data) => new UpstreamEvent(data));
  private readonly scanner = new JsonScanner();
  private finished = false;
  private state: "reading" | "ended" | "done" = "reading";
  /** An upstream error event seen: thrown on the next read, after the events before it. */
  private failure: WardenError | undefined;

  constructor(
    private readonly body: UpstreamReply["body"],
    private readonly isTerminal: (ev: SseEvent) => boolean,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<SseEvent[]>> {
    try {
      if (this.failure) throw this.failure;
      while (this.state === "reading") {
        let chunk: Buffer | null;
        try {
          chunk = await this.body.read();
        } catch (err) {
          throw WardenError.isInstance(err) ? err : this.finished ? new WardenError("WARDEN_UPSTREAM_STREAM_CUT", { cause: err }) : mapStreamError(err);
        }
        if (chunk === null) {
          this.state = "ended";
          let tail: SseEvent[];
          try {
            this.decoder.end();
            tail = this.parser.end();
          } catch (err) {
            throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { cause: err, detail: "malformed SSE at end" });
          }
          if (tail.length > 0) return { done: false, value: this.prepare(tail) };
          break;
        }
        const events = this.parser.push(this.decoder.decode(chunk));
        if (events.length > 0) return { done: false, value: this.prepare(events) };
      }
      if (this.state === "ended") {
        this.state = "done";
        if (!this.finished) throw new WardenError("WARDEN_UPSTREAM_STREAM_CUT", { detail: "upstream stream ended without its terminal event" });
      }
      return { done: true, value: undefined };
    } catch (err) {
      this.close();
      throw err;
    }
  }

  async return(): Promise<IteratorResult<SseEvent[]>> {
    this.close();
    return { done: true, value: undefined };
  }

  private close(): void {
    this.state = "done";
    if (!this.body.readableEnded) this.body.destroy();
  }

  /**
   * Check and normalise a batch: every data but `[DONE]` must be one JSON value without duplicate keys or excessive
   * nesting (scanned, not parsed: see UpstreamEvent); an upstream error event ends the batch and the stream.
   */
  private prepare(events: SseEvent[]): SseEvent[] {
    const scanner = this.scanner;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i] as UpstreamEvent;
      let type: string | undefined;
      if (ev.data !== "[DONE]") {
        const problem = scanner.scanNext(ev.data);
        if (problem === "invalid") throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream SSE data is not JSON" });
        if (problem !== undefined) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: `upstream SSE data: ${problem}` });
        // Text is enforced per choice of an array: `choices` as an object keyed "0" or a string would be checked one
        // event at a time (a value split over two events would pass), so it is refused, as in no API's format.
        if (scanner.choicesNotArray) throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "upstream SSE data: choices is not an array" });
        type = scanner.isObject ? scanner.type : undefined;
        ev.scanned(type);
        if (isUpstreamErrorEvent(ev.event, scanner)) {
          // The upstream's own error event is never relayed: its message is not model text, so no control scans it,
          // and it may echo values (docs/api.md: upstream details go to the log only). The events before it go out;
          // the stream then ends with the gateway's error event, and held text is dropped as for a cut stream.
          this.failure = new WardenError("WARDEN_UPSTREAM_ERROR", { status: 502, detail: `upstream stream error event (${errorType(ev.json)})` });
          this.state = "ended";
          return events.slice(0, i);
        }
      }
      // `id:` and `event:` lines are relayed as written and no control reads them: the APIs use no SSE ids, and an
      // event's name is its own `type` (Anthropic, Responses) or absent, so a name that is not is replaced by it.
      if (ev.id !== undefined) delete ev.id;
      if (ev.event !== undefined) {
        if (type === undefined) delete ev.event;
        else if (ev.event !== type) ev.event = type;
      }
      if (this.isTerminal(ev)) this.finished = true;
    }
    return events;
  }
}

function mapStreamError(err: unknown): WardenError {
  const mapped = mapTransportError(err);
  return mapped.code === "WARDEN_UPSTREAM_UNREACHABLE" ? new WardenError("WARDEN_UPSTREAM_STREAM_CUT", { cause: err }) : mapped;
}

/**
 * An error event in any of the APIs' stream formats (`event: error`, `{"type":"error"}`, OpenAI's `{"error":{…}}`),
 * from the event name and what the scan of its data found.
 */
function isUpstreamErrorEvent(name: string | undefined, scan: JsonScanner): boolean {
  if (name === "error" || name === "response.failed") return true;
  // A Responses `response.failed` event carries the upstream's error message inside its response object.
  return scan.isObject && (scan.type === "error" || scan.type === "response.failed" || (scan.errorIsObject && !scan.hasChoices && !scan.hasType));
}

/** The error's type for the log (never its message, which may echo values). */
function errorType(j: SseEvent["json"]): string {
  const e = isJsonObject(j) && isJsonObject(j["error"]) ? j["error"] : j;
  const t = isJsonObject(e) ? (e["type"] ?? e["code"]) : undefined;
  return typeof t === "string" ? t.slice(0, 64) : "unknown";
}
