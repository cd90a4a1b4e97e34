import type { ServerResponse } from "node:http";
import { toWardenError, type WardenError } from "../core/warden-error.js";
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

/**
 * Write a stream of events with back-pressure. Headers go out with the first event, so a failure before it is
 * thrown (and answered with a normal error response). A failure after it is written as `errorEvent(err)`, the
 * response is ended properly, and the error is returned.
 */
export async function writeSse(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  events: ReadableStream<SseEvent>,
  errorEvent: (err: WardenError) => SseEvent,
): Promise<WardenError | undefined> {
  const reader = events.getReader();
  let started = false;
  const start = () => {
    started = true;
    res.writeHead(status, {
      ...headers,
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      "x-accel-buffering": "no",
    });
    res.flushHeaders();
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) {
        await reader.cancel().catch(() => undefined);
        break;
      }
      if (!started) start();
      const wait = write(res, serializeSse(value));
      if (wait) await wait;
    }
  } catch (err) {
    const error = toWardenError(err);
    await reader.cancel().catch(() => undefined);
    if (!started) throw error;
    if (!res.destroyed) res.end(serializeSse(errorEvent(error)));
    return error;
  }
  if (!started) start();
  if (!res.destroyed) res.end();
  return undefined;
}
