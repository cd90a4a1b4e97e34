import { describe, expect, it } from "vitest";
import { StageChain, type EventStage } from "./event-stage.js";
import type { SseEvent } from "./sse-event.js";

const ev = (data: string): SseEvent => ({ data });
const upper: EventStage = { transform: (e, c) => c.enqueue({ data: e.data.toUpperCase() }) };
/** Holds everything back until flush (like a hold-back window that never fills). */
const holdAll = (): EventStage => {
  const held: SseEvent[] = [];
  return { transform: (e) => void held.push(e), flush: (c) => held.forEach((e) => c.enqueue(e)) };
};

describe("StageChain", () => {
  it("runs stages in order over a batch", async () => {
    const chain = new StageChain([upper, { transform: (e, c) => c.enqueue({ data: `${e.data}!` }) }]);
    expect(await chain.push([ev("a"), ev("b")])).toEqual([{ data: "A!" }, { data: "B!" }]);
  });

  it("an empty stage passes events through", async () => {
    expect(await new StageChain([{}]).push([ev("x")])).toEqual([{ data: "x" }]);
  });

  it("feeds what an early stage flushes through the later stages", async () => {
    const chain = new StageChain([holdAll(), upper]);
    expect(await chain.push([ev("a"), ev("b")])).toEqual([]);
    expect(await chain.flush()).toEqual([{ data: "A" }, { data: "B" }]);
  });

  it("awaits asynchronous transforms", async () => {
    const slow: EventStage = { transform: async (e, c) => { await new Promise((r) => setTimeout(r, 1)); c.enqueue(e); } };
    expect(await new StageChain([slow]).push([ev("1"), ev("2")])).toEqual([{ data: "1" }, { data: "2" }]);
  });

  it("run() answers synchronously when no stage returned a promise", () => {
    const out = new StageChain([upper, {}]).run([ev("a")]);
    expect(Array.isArray(out)).toBe(true);
    expect(out).toEqual([{ data: "A" }]);
  });

  it("run() goes on asynchronously from the event whose transform returned a promise, through the later stages", async () => {
    const seen: string[] = [];
    const sometimesSlow: EventStage = {
      transform: (e, c) => {
        seen.push(e.data);
        if (e.data !== "b") return void c.enqueue(e);
        return new Promise<void>((r) => setTimeout(r, 1)).then(() => c.enqueue(e));
      },
    };
    const out = new StageChain([sometimesSlow, upper, { transform: (e, c) => c.enqueue({ data: `${e.data}!` }) }]).run([ev("a"), ev("b"), ev("c")]);
    expect(out).toBeInstanceOf(Promise);
    expect(await out).toEqual([{ data: "A!" }, { data: "B!" }, { data: "C!" }]);
    expect(seen).toEqual(["a", "b", "c"]);
  });

  it("run() throws synchronously what a synchronous stage passes to controller.error", () => {
    const boom = new Error("blocked");
    expect(() => new StageChain([{ transform: (_e, c) => c.error(boom) }]).run([ev("x")])).toThrow(boom);
  });

  it("throws what a stage passes to controller.error", async () => {
    const boom = new Error("blocked");
    const chain = new StageChain([{ transform: (_e, c) => c.error(boom) }]);
    await expect(chain.push([ev("x")])).rejects.toBe(boom);
  });

  it("terminate() ends the stream cleanly after what was enqueued", async () => {
    const chain = new StageChain([{ transform: (e, c) => { c.enqueue(e); c.terminate(); } }]);
    expect(await chain.push([ev("last")])).toEqual([{ data: "last" }]);
    expect(chain.terminated).toBe(true);
  });

  it("the same stage object works in a real TransformStream", async () => {
    const out: string[] = [];
    const src = new ReadableStream<SseEvent>({ start(c) { c.enqueue(ev("q")); c.close(); } });
    const reader = src.pipeThrough(new TransformStream(upper)).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value.data);
    expect(out).toEqual(["Q"]);
  });
});
