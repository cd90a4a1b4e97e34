import { describe, expect, it } from "vitest";
import { SseParser } from "./sse-parser.js";
import { serializeSse } from "./sse-serialize.js";

describe("SseParser", () => {
  const cases: { name: string; chunks: string[]; events: { event?: string; data: string }[] }[] = [
    { name: "single event", chunks: ["data: hello\n\n"], events: [{ data: "hello" }] },
    { name: "named event", chunks: ["event: ping\ndata: {}\n\n"], events: [{ event: "ping", data: "{}" }] },
    { name: "multi-line data", chunks: ["data: a\ndata: b\n\n"], events: [{ data: "a\nb" }] },
    { name: "CRLF", chunks: ["data: x\r\n\r\n"], events: [{ data: "x" }] },
    { name: "CR split from LF across chunks", chunks: ["data: x\r", "\n\r", "\n"], events: [{ data: "x" }] },
    { name: "comment ignored", chunks: [": keep-alive\n\ndata: y\n\n"], events: [{ data: "y" }] },
    { name: "split anywhere", chunks: ["da", "ta: he", "llo\n", "\nda", "ta: [DONE]\n\n"], events: [{ data: "hello" }, { data: "[DONE]" }] },
    { name: "no space after colon", chunks: ["data:z\n\n"], events: [{ data: "z" }] },
    { name: "only the first space after the colon is dropped", chunks: ["data:  two\n\n"], events: [{ data: " two" }] },
    { name: "a field name alone is an empty value", chunks: ["data\ndata: x\n\n"], events: [{ data: "\nx" }] },
    { name: "`data: ` cut inside its prefix", chunks: ["dat", "a", ": ", "v\n\n"], events: [{ data: "v" }] },
    { name: "a line shorter than the prefix at the end of input", chunks: ["data: q\ndata"], events: [{ data: "q\n" }] },
    { name: "unknown fields and id, no data: no event", chunks: ["retry: 10\nid: 7\n\n"], events: [] },
    { name: "colon inside a later line does not end an earlier field", chunks: ["event\ndata: a:b\n\n"], events: [{ event: "", data: "a:b" }] },
  ];
  it.each(cases)("$name", ({ chunks, events }) => {
    const p = new SseParser();
    const got = chunks.flatMap((c) => p.push(c)).concat(p.end());
    expect(got).toEqual(events);
  });

  it("round-trips through the serializer at every split point", () => {
    const wire = serializeSse({ event: "message_start", data: '{"a":"b\\nc"}' }) + serializeSse({ data: "line1\nline2" });
    for (let i = 0; i <= wire.length; i++) {
      const p = new SseParser();
      const got = [...p.push(wire.slice(0, i)), ...p.push(wire.slice(i)), ...p.end()];
      expect(got).toEqual([{ event: "message_start", data: '{"a":"b\\nc"}' }, { data: "line1\nline2" }]);
    }
  });
});
