import { describe, expect, it } from "vitest";
import { eventType, UpstreamEvent } from "./upstream-event.js";

describe("UpstreamEvent", () => {
  it("parses its data on the first read of json, once", () => {
    const ev = new UpstreamEvent('{"type":"ping","n":1}');
    const first = ev.json;
    expect(first).toEqual({ type: "ping", n: 1 });
    expect(ev.json).toBe(first);
    expect(new UpstreamEvent("[DONE]").json).toBeUndefined();
  });

  it("gives the scanned type without parsing, and the parsed one once json was read or replaced", () => {
    // Data that is not JSON shows whether a read parsed it: the scanned type is given without touching it.
    const ev = new UpstreamEvent("not json");
    ev.scanned("message_stop");
    expect(ev.type).toBe("message_stop");
    expect(eventType(ev)).toBe("message_stop");
    ev.json = { type: "message_delta" };
    expect(ev.type).toBe("message_delta");
  });

  it("reads the type from new data when a stage replaced it after the scan", () => {
    const ev = new UpstreamEvent('{"type":"a"}');
    ev.scanned("a");
    ev.data = '{"type":"b"}';
    expect(ev.type).toBe("b");
  });

  it("eventType reads plain events' json", () => {
    expect(eventType({ data: "", json: { type: "x" } })).toBe("x");
    expect(eventType({ data: "", json: { type: 1 } })).toBeUndefined();
    expect(eventType({ data: "[DONE]" })).toBeUndefined();
  });
});
