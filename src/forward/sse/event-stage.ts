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
    return this.run(batch);
  }

  /**
   * {@link push} without a promise when no stage returned one: the gateway's stages are synchronous for nearly every
   * event, and a promise per batch per hop (here, and in the writer awaiting it) is CPU the stream pays per read.
   * Errors are thrown synchronously then.
   */
  run(batch: SseEvent[]): SseEvent[] | Promise<SseEvent[]> {
    let cur = batch;
    for (let s = 0; s < this.stages.length; s++) {
      const stage = this.stages[s] as EventStage;
      if (!stage.transform) continue;
      const out: SseEvent[] = [];
      const ctl = controller(out, () => (this.terminated = true));
      for (let i = 0; i < cur.length; i++) {
        const r = stage.transform(cur[i] as SseEvent, ctl.api);
        if (r) return this.resume(r, ctl, out, cur, i, s);
        ctl.check();
      }
      cur = out;
    }
    return cur;
  }

  /** The rest of {@link run} once a stage returned a promise: event `i` of stage `s` is pending on `r`. */
  private async resume(r: PromiseLike<void>, ctl: Controller, out: SseEvent[], input: SseEvent[], i: number, s: number): Promise<SseEvent[]> {
    await r;
    ctl.check();
    const stage = this.stages[s] as EventStage;
    for (let j = i + 1; j < input.length; j++) {
      const p = stage.transform?.(input[j] as SseEvent, ctl.api);
      if (p) await p;
      ctl.check();
    }
    let cur = out;
    for (let t = s + 1; t < this.stages.length; t++) {
      const next = this.stages[t] as EventStage;
      if (!next.transform) continue;
      const o: SseEvent[] = [];
      const c = controller(o, () => (this.terminated = true));
      for (const ev of cur) {
        const p = next.transform(ev, c.api);
        if (p) await p;
        c.check();
      }
      cur = o;
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

interface Controller {
  api: TransformStreamDefaultController<SseEvent>;
  check(): void;
}

function controller(out: SseEvent[], onTerminate: () => void): Controller {
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
