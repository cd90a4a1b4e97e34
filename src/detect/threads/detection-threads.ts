import type { Worker } from "node:worker_threads";
import { startModuleWorker } from "../../core/start-module-worker.js";
import type { Direction, MessageRole } from "../../core/detector.js";
import type { DetectionResult } from "../engine.js";
import type { EngineRecipe } from "../engine-recipe.js";
import type { DetectionReply, DetectionRequest } from "./detection-thread-messages.js";

/** What became of a text sent to a detection thread. */
export type ThreadOutcome = { kind: "done"; result: DetectionResult } | { kind: "timeout" } | { kind: "failed"; message: string };

export interface DetectionThreadsOptions {
  /** Threads (each started on first need, each with its own engines). */
  threads: number;
  /** Old-generation heap cap per thread, MB: a text that would exhaust it fails its call, not the gateway. */
  heapMb?: number;
  /** How long a thread may go on with a text after its caller gave up before it is stopped and replaced (default 10 s). */
  abandonedRunMs?: number;
}

interface Job {
  request: Omit<DetectionRequest, "id">;
  settle: (o: ThreadOutcome) => void;
}

interface Slot {
  worker?: Worker;
  /** Its default engine is built and warm: it takes texts. */
  ready: boolean;
  running?: { id: number; job: Job; startedAt: number };
  /** Stops the thread when a text its caller gave up on runs on too long. */
  reaper?: NodeJS.Timeout;
}

/** How long a thread may go on with a text after its caller gave up (the result may still serve a retry) before it is stopped. */
const ABANDONED_RUN_MS = 10_000;

/**
 * Detection of large texts on worker threads, so that the event loop keeps serving other calls meanwhile. Threads
 * start on first need and take texts once warm ({@link ready}: callers detect on their own thread until the first one
 * is). Texts wait in one queue for a free thread; each has a deadline: when it passes, the caller gets `timeout` at
 * once, and a thread still busy with that text 10 s later is stopped and replaced. A thread that dies fails its text.
 */
export class DetectionThreads {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** A thread has been warm once: from then on texts wait for a thread rather than run on the caller's. */
  private warmedOnce = false;
  private warmWaiters: ((warm: boolean) => void)[] = [];

  constructor(private readonly opts: DetectionThreadsOptions) {
    this.slots = Array.from({ length: Math.max(1, opts.threads) }, () => ({ ready: false }));
  }

  /**
   * Whether texts should go to the threads: false until the first thread is warm (the first call to ask starts it,
   * warming up in the background), true from then on, also while a replacement warms up.
   */
  ready(): boolean {
    if (this.closed) return false;
    if (!this.warmedOnce) this.startIdle();
    return this.warmedOnce;
  }

  /** Start the threads now; resolves true once one is warm, false if none could start (or the pool closed). */
  warm(): Promise<boolean> {
    if (this.ready()) return Promise.resolve(true);
    if (this.closed || !this.slots.some((s) => s.worker)) return Promise.resolve(false);
    return new Promise((resolve) => this.warmWaiters.push(resolve));
  }

  private wake(warm: boolean): void {
    for (const w of this.warmWaiters.splice(0)) w(warm);
  }

  /** Detect in `text` with the engine `recipe` builds, within `timeoutMs` (queueing included). Never rejects. */
  detect(engine: { recipe: EngineRecipe; key: string }, text: string, direction: Direction, role: MessageRole | undefined, timeoutMs: number): Promise<ThreadOutcome> {
    if (this.closed) return Promise.resolve({ kind: "failed", message: "detection threads are closed" });
    return new Promise<ThreadOutcome>((resolve) => {
      let settled = false;
      const timer = setTimeout(() => this.expire(job), Math.max(0, timeoutMs));
      timer.unref();
      const job: Job = {
        request: { key: engine.key, recipe: engine.recipe, text, direction, ...(role ? { role } : {}) },
        settle: (o) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(o);
        },
      };
      this.queue.push(job);
      this.startIdle();
      this.dispatch();
    });
  }

  /** Stop every thread; texts waiting or running fail. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake(false);
    for (const job of this.queue.splice(0)) job.settle({ kind: "failed", message: "detection threads are closed" });
    await Promise.all(
      this.slots.map(async (slot) => {
        const running = slot.running;
        const w = slot.worker;
        this.clear(slot);
        running?.job.settle({ kind: "failed", message: "detection threads are closed" });
        if (w) await w.terminate();
      }),
    );
  }

  private expire(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    job.settle({ kind: "timeout" });
    const slot = this.slots.find((s) => s.running?.job === job);
    if (slot?.running && !slot.reaper) {
      // A thread cannot be interrupted inside a detector. It goes on for a while (most texts end soon after a
      // deadline, and a thread replaced costs a warm-up); one still busy then is stopped and a fresh one started.
      const w = slot.worker;
      slot.reaper = setTimeout(() => {
        if (slot.worker !== w || slot.running?.job !== job) return;
        this.clear(slot);
        void w?.terminate();
        this.startIdle();
        this.dispatch();
      }, Math.max(0, slot.running.startedAt + (this.opts.abandonedRunMs ?? ABANDONED_RUN_MS) - performance.now()));
      slot.reaper.unref();
    }
  }

  private clear(slot: Slot): void {
    if (slot.reaper) clearTimeout(slot.reaper);
    slot.reaper = undefined;
    slot.worker?.removeAllListeners();
    slot.worker?.on("error", () => undefined);
    slot.worker = undefined;
    slot.ready = false;
    slot.running = undefined;
  }

  /** Start a thread in every slot that has none (they take texts once warm). */
  private startIdle(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (slot.worker) continue;
      try {
        this.start(slot);
      } catch (err) {
        // Nothing runs the queued texts: they fail (the caller's fail mode decides), and the next need tries again.
        const message = `cannot start a detection thread: ${err instanceof Error ? err.message.slice(0, 200) : "unknown error"}`;
        if (!this.slots.some((s) => s.worker)) {
          for (const job of this.queue.splice(0)) job.settle({ kind: "failed", message });
          this.wake(false);
        }
        return;
      }
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.closed || this.queue.length === 0) return;
      if (!slot.worker || !slot.ready || slot.running) continue;
      const job = this.queue.shift() as Job;
      const id = this.nextId++;
      slot.running = { id, job, startedAt: performance.now() };
      slot.worker.postMessage({ id, ...job.request } satisfies DetectionRequest);
    }
  }

  private start(slot: Slot): void {
    const worker = startModuleWorker(import.meta.url, "detection-worker", {
      stdout: false,
      stderr: false,
      ...(this.opts.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb } } : {}),
    });
    // An idle thread does not keep the process alive.
    worker.unref();
    const fail = (message: string): void => {
      if (slot.worker !== worker) return;
      const running = slot.running;
      this.clear(slot);
      running?.job.settle({ kind: "failed", message });
      // A thread that died warming up would die again: the texts waiting for it fail rather than wait for nothing.
      if (!this.slots.some((s) => s.worker)) {
        for (const job of this.queue.splice(0)) job.settle({ kind: "failed", message });
        this.wake(false);
      }
      this.dispatch();
    };
    worker.on("message", (reply: DetectionReply) => {
      if (slot.worker !== worker) return;
      if ("ready" in reply) {
        slot.ready = true;
        this.warmedOnce = true;
        this.wake(true);
        return this.dispatch();
      }
      const running = slot.running;
      if (!running || running.id !== reply.id) return;
      slot.running = undefined;
      if (slot.reaper) clearTimeout(slot.reaper);
      slot.reaper = undefined;
      running.job.settle("result" in reply ? { kind: "done", result: reply.result } : { kind: "failed", message: reply.error });
      this.dispatch();
    });
    worker.on("error", (err) => fail(`detection thread failed: ${err.message.slice(0, 200)}`));
    worker.on("exit", (code) => fail(`detection thread exited with code ${code}`));
    slot.worker = worker;
  }
}
