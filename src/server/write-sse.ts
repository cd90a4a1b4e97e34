import type { ServerResponse } from "node:http";
import { toWardenError, type WardenError } from "../core/warden-error.js";
import type { StageChain } from "../forward/sse/event-stage.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import { serializeSse } from "../forward/sse/sse-serialize.js";

function write(res: ServerResponse, chunk: string): Promise<void> | undefined {
  if (res.write(chunk)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

const serializeAll = (events: SseEvent[]): string => {
  let out = "";
  for (const ev of events) out += serializeSse(ev);
  return out;
};

/**
 * Stream event batches through the stage chain to the client, one write per batch, with back-pressure. Headers go
 * out with the first output, so a failure before it is thrown (and answered with a normal error response). A
 * failure after it is written as `errorEvent(err, lastSent)` (`lastSent`: the last event the client got), the
 * response is ended properly, and the error is returned.
 * When the client goes away the upstream iteration is stopped (which releases the upstream request).
 */
export async function writeSse(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  batches: AsyncIterable<SseEvent[]>,
  stages: StageChain,
  errorEvent: (err: WardenError, lastSent: SseEvent | undefined) => SseEvent,
): Promise<WardenError | undefined> {
  let started = false;
  let lastSent: SseEvent | undefined;
  // Synchronous unless the response must drain: no promise per batch on the common path.
  const send = (events: SseEvent[]): Promise<void> | undefined => {
    if (events.length === 0) return undefined;
    if (!started) {
      started = true;
      res.writeHead(status, {
        ...headers,
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        "x-accel-buffering": "no",
      });
    }
    lastSent = events[events.length - 1];
    return write(res, serializeAll(events));
  };
  const iterator = batches[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const pushed = stages.run(next.value);
      const wait = send(Array.isArray(pushed) ? pushed : await pushed);
      if (wait) await wait;
      if (res.destroyed || stages.terminated) {
        await iterator.return?.();
        break;
      }
    }
    if (!res.destroyed) {
      const wait = send(await stages.flush());
      if (wait) await wait;
    }
  } catch (err) {
    const error = toWardenError(err);
    await Promise.resolve(iterator.return?.()).catch(() => undefined);
    if (!started) throw error;
    if (!res.destroyed) res.end(serializeSse(errorEvent(error, lastSent)));
    return error;
  }
  if (!started) res.writeHead(status, { ...headers, "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
  if (!res.destroyed) res.end();
  return undefined;
}
