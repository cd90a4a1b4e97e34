import type { Transformer, TransformStreamDefaultController } from "node:stream/web";
import type { SseEvent } from "./sse-event.js";

/**
 * A stream stage is a standard WHATWG `Transformer` over events: the same object works in
 * `new TransformStream(stage)`. The gateway runs stages directly, a batch of events (one upstream read) at a time,
 * without web-stream machinery per event: that costs a promise round per event per stage, which measured as the
 * largest overhead of a streaming proxy here.
 */
export type EventStage = Transformer<SseEvent, SseEvent>;

/** Runs a chain of stages over batches. Errors raised by a stage (or passed to `controller.error`) are thrown. */
export class StageChain {
  /** Set when a stage called `controller.terminate()`: the stream ends cleanly after what was enqueued. */
  terminated = false;

  constructor(private readonly stages: readonly EventStage[]) {}

  /** Push a batch through every stage; returns what comes out the end. */
  async push(batch: SseEvent[]): Promise<SseEvent[]> {
    let cur = batch;
    for (const stage of this.stages) {
      if (!stage.transform) continue;
      const out: SseEvent[] = [];
      const ctl = controller(out, () => (this.terminated = true));
      for (const ev of cur) {
        const r = stage.transform(ev, ctl.api);
        if (r) await r;
        ctl.check();
      }
      cur = out;
    }
    return cur;
  }

  /** End of input: flush each stage in order, feeding what one flushes through the later stages. */
  async flush(): Promise<SseEvent[]> {
    let carried: SseEvent[] = [];
    for (let i = 0; i < this.stages.length; i++) {
      const stage = this.stages[i] as EventStage;
      const out: SseEvent[] = [];
      const ctl = controller(out, () => (this.terminated = true));
      if (stage.transform) {
        for (const ev of carried) {
          const r = stage.transform(ev, ctl.api);
          if (r) await r;
          ctl.check();
        }
      }
      if (stage.flush) {
        const r = stage.flush(ctl.api);
        if (r) await r;
        ctl.check();
      }
      carried = out;
    }
    return carried;
  }
}

function controller(out: SseEvent[], onTerminate: () => void): { api: TransformStreamDefaultController<SseEvent>; check(): void } {
  let failure: unknown;
  let failed = false;
  const api = {
    desiredSize: 1,
    enqueue: (ev?: SseEvent) => {
      if (ev !== undefined) out.push(ev);
    },
    error: (reason?: unknown) => {
      failed = true;
      failure = reason;
    },
    terminate: onTerminate,
  } as TransformStreamDefaultController<SseEvent>;
  return {
    api,
    check() {
      if (failed) throw failure;
    },
  };
}
