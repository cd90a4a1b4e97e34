import { describe, expect, it } from "vitest";
import { decodeBatch } from "./plain-entry-codec.js";
import type { PlainEntry } from "./seal-entry.js";
import { writerBatchRequest } from "./writer-batch-request.js";

const entry = (tenant: string, keyVersion: number | null, requestId = "r"): PlainEntry => ({ kind: "request", requestId, time: 1, tenant, app: "a", keyId: "k", meta: "{}", keyVersion, payloadText: "{}" });

describe("writerBatchRequest", () => {
  it("sends each tenant's data key once, with the first batch that needs it; entries without a key send none", () => {
    const sent = new Set<string>();
    const key = Buffer.alloc(32, 1);
    const first = writerBatchRequest(1, [{ entry: entry("t", 1), key }, { entry: entry("t", 1), key }, { entry: entry("u", null), key: undefined }], sent);
    expect(first.keys).toEqual([["t", 1, key]]);
    expect(decodeBatch(Buffer.from(first.batch, 0, first.length))).toHaveLength(3);
    const second = writerBatchRequest(2, [{ entry: entry("t", 1), key }, { entry: entry("t", 2), key }], sent);
    expect(second.keys).toEqual([["t", 2, key]]);
    expect([...sent]).toEqual(["t\u00001", "t\u00002"]);
  });

  it("encodes into the spare buffer when it fits; an entry that cannot be encoded unmarks the keys and throws", () => {
    const sent = new Set<string>();
    const spare = new ArrayBuffer(64 * 1024);
    expect(writerBatchRequest(1, [{ entry: entry("t", 1), key: Buffer.alloc(32) }], sent, spare).batch).toBe(spare);
    sent.clear();
    const bad = { ...entry("v", 1), kind: "bogus" } as unknown as PlainEntry;
    expect(() => writerBatchRequest(2, [{ entry: bad, key: Buffer.alloc(32) }], sent)).toThrow();
    expect(sent.size).toBe(0);
  });
});
