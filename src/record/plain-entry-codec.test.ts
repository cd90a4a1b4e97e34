import { describe, expect, it } from "vitest";
import { decodeBatch, encodeBatch } from "./plain-entry-codec.js";
import type { PlainEntry } from "./seal-entry.js";

describe("plain entry batches", () => {
  it("round-trip every field; payloads come back as their UTF-8 bytes; absent stays absent", () => {
    const entries: PlainEntry[] = [
      { kind: "request", requestId: "r1", time: 1_700_000_000_123, tenant: "t", app: "a", keyId: "k", meta: '{"x":1}', keyVersion: 3, payloadText: '{"m":"héllo 😀 \\u0000"}', originalText: "{}" },
      { kind: "response", requestId: "r1", time: 1_700_000_000_456, tenant: "t", app: "a", keyId: "k", meta: "{}", keyVersion: 3, payloadText: Buffer.from('{"b":true}') },
      { kind: "admin", requestId: "admin_1", time: 0, tenant: "", app: "", keyId: "", meta: '{"event":"ünïcode ✓"}', keyVersion: null },
    ];
    const buf = encodeBatch(entries);
    expect(buf.byteOffset).toBe(0); // owns its ArrayBuffer: transferable
    const back = decodeBatch(Buffer.from(buf.buffer, 0, buf.byteLength));
    expect(back).toHaveLength(3);
    expect(back.map((e) => ({ ...e, payloadText: e.payloadText?.toString(), originalText: e.originalText?.toString() }))).toEqual(
      entries.map((e) => ({ ...e, payloadText: e.payloadText?.toString(), originalText: e.originalText?.toString() })),
    );
    expect(back[2]?.payloadText).toBeUndefined();
    expect(Buffer.isBuffer(back[0]?.payloadText)).toBe(true);
  });

  it("an empty batch, and a large one", () => {
    expect(decodeBatch(encodeBatch([]))).toEqual([]);
    const big = Array.from({ length: 500 }, (_, i): PlainEntry => ({ kind: "request", requestId: `r${i}`, time: i, tenant: "t", app: "a", keyId: "k", meta: "{}", keyVersion: 1, payloadText: "x".repeat(4096) }));
    const back = decodeBatch(encodeBatch(big));
    expect(back[499]?.requestId).toBe("r499");
    expect(back[499]?.payloadText?.length).toBe(4096);
  });

  it("encodes into a spare buffer when it fits (the one the thread handed back), else into a new one", () => {
    const entries: PlainEntry[] = [{ kind: "request", requestId: "r1", time: 1, tenant: "t", app: "a", keyId: "k", meta: "{}", keyVersion: 1, payloadText: "x".repeat(1000) }];
    const spare = new ArrayBuffer(8192);
    const into = encodeBatch(entries, spare);
    expect(into.buffer).toBe(spare);
    expect(into.byteOffset).toBe(0);
    expect(decodeBatch(into)[0]?.payloadText?.toString()).toBe("x".repeat(1000));
    const small = new ArrayBuffer(100);
    const fresh = encodeBatch(entries, small);
    expect(fresh.buffer).not.toBe(small);
    expect(fresh.buffer.byteLength).toBeGreaterThanOrEqual(64 * 1024); // large enough to be reused next time
    expect(decodeBatch(fresh)[0]?.requestId).toBe("r1");
  });
});
