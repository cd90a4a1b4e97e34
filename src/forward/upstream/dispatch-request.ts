import type { IncomingHttpHeaders } from "node:http";
import type { Dispatcher } from "undici";
import type { CancelSignal } from "../../core/cancel-signal.js";
import { abortedError, UpstreamBody } from "./upstream-body.js";

export interface DispatchedReply {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: UpstreamBody;
}

/**
 * One request through undici's `dispatch` with a handler of our own: the status and headers resolve the promise, the
 * body bytes go straight to an {@link UpstreamBody}. undici's `request()` wraps the same callbacks in an async
 * resource and a `Readable` per response, which measured ~4 µs of CPU per call here (bench/proxy, docs/performance.md).
 * `signal` aborts the request at any point (queued, connecting, waiting for headers, streaming the body).
 */
export function dispatchRequest(dispatcher: Dispatcher, opts: Dispatcher.DispatchOptions, signal: CancelSignal): Promise<DispatchedReply> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortedError());
      return;
    }
    const body = new UpstreamBody();
    let controller: Dispatcher.DispatchController | undefined;
    let started = false;
    let done = false;
    const onAbort = () => {
      const err = abortedError();
      if (controller) controller.abort(err);
      else if (!started) {
        // Still queued in the pool: answer now; the handler aborts the request once it gets its controller.
        started = true;
        reject(err);
      }
    };
    const finish = () => {
      done = true;
      signal.off("abort", onAbort);
    };
    signal.once("abort", onAbort);
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        body.attach(c);
        if (signal.aborted) c.abort(abortedError());
      },
      onResponseStart(_c, statusCode, headers) {
        // 1xx informational responses are followed by the real one.
        if (statusCode < 200 || started) return;
        started = true;
        resolve({ statusCode, headers, body });
      },
      onResponseData(_c, chunk) {
        body.push(chunk);
      },
      onResponseEnd() {
        finish();
        body.end();
      },
      onResponseError(_c, err) {
        if (done) return;
        finish();
        if (!started) {
          started = true;
          reject(err);
        } else body.fail(err);
      },
    };
    dispatcher.dispatch(opts, handler);
  });
}
