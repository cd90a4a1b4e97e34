import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { EntryDraft } from "./audit-entry.js";
import { digest, encodeEntry, hashEntry, sha256 } from "./entry-hash.js";

const base: EntryDraft = {
  kind: "request",
  requestId: "req_1",
  time: 1_700_000_000_000,
  tenant: "t1",
  app: "a1",
  keyId: "k1",
  meta: '{"model":"demo"}',
  keyVersion: 1,
  payload: null,
  original: null,
  payloadDigest: Buffer.alloc(32, 7),
  originalDigest: null,
};

const ref = (seq: number, prev: Buffer, e: EntryDraft) => createHash("sha256").update(encodeEntry(seq, prev, e)).digest("hex");

describe("hashEntry is SHA-256 of the canonical encoding", () => {
  const cases: { name: string; seq: number; e: EntryDraft }[] = [
    { name: "plain ASCII", seq: 1, e: base },
    { name: "no key version, both digests", seq: 2, e: { ...base, keyVersion: null, originalDigest: Buffer.alloc(32, 9) } },
    { name: "no digests", seq: 3, e: { ...base, payloadDigest: null } },
    { name: "multi-byte UTF-8 and astral characters", seq: 4, e: { ...base, tenant: "tënant-日本", meta: '{"note":"😀 ü ß 中文"}' } },
    { name: "lone surrogate (encoded as U+FFFD by both)", seq: 5, e: { ...base, app: "a\ud800b" } },
    { name: "empty strings", seq: 6, e: { ...base, kind: "admin", requestId: "", tenant: "", app: "", keyId: "", meta: "" } },
    { name: "metadata larger than the scratch buffer", seq: 7, e: { ...base, meta: JSON.stringify({ x: "é".repeat(40_000) }) } },
    { name: "large seq and negative time", seq: 2 ** 40 + 3, e: { ...base, time: -5 } },
  ];
  it.each(cases)("$name", ({ seq, e }) => {
    const prev = Buffer.alloc(32, seq % 256);
    expect(hashEntry(seq, prev, e).toString("hex")).toBe(ref(seq, prev, e));
  });

  it("a hash after a large entry is unaffected by leftover scratch bytes", () => {
    const prev = Buffer.alloc(32);
    hashEntry(1, prev, { ...base, meta: "x".repeat(50_000) });
    expect(hashEntry(2, prev, base).toString("hex")).toBe(ref(2, prev, base));
  });

  it("changes with every field (hard negatives)", () => {
    const prev = Buffer.alloc(32);
    const h = hashEntry(1, prev, base).toString("hex");
    const variants: EntryDraft[] = [
      { ...base, requestId: "req_2" },
      { ...base, tenant: "t2" },
      { ...base, meta: '{"model":"demp"}' },
      { ...base, keyVersion: 2 },
      { ...base, payloadDigest: Buffer.alloc(32, 8) },
      { ...base, originalDigest: Buffer.alloc(32, 7) },
      // Moving a character between adjacent fields changes the hash (length prefixes).
      { ...base, tenant: "t", app: "1a1" },
    ];
    for (const v of variants) expect(hashEntry(1, prev, v).toString("hex")).not.toBe(h);
    expect(hashEntry(2, prev, base).toString("hex")).not.toBe(h);
    expect(hashEntry(1, Buffer.alloc(32, 1), base).toString("hex")).not.toBe(h);
  });
});

describe("sha256 (digest through a latin1 string into the Buffer pool)", () => {
  // Every byte value 0..255 in the inputs and, across these, in the digests: the latin1 round trip must be exact.
  const inputs = [Buffer.alloc(0), Buffer.from([0]), Buffer.alloc(33, 0xff), Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.alloc(4096, 0x80)];
  for (let i = 0; i < 64; i++) inputs.push(Buffer.from(`input ${i} ü`, "utf8"));
  it("equals createHash for empty, short, high-byte and 4 KB inputs", () => {
    for (const d of inputs) {
      const want = createHash("sha256").update(d).digest();
      const got = sha256(d);
      expect(got.length).toBe(32);
      expect(got.equals(want)).toBe(true);
      expect(digest(d).equals(want)).toBe(true);
    }
  });

  it("each digest has bytes of its own (later digests do not overwrite earlier ones)", () => {
    const first = sha256(Buffer.from("a"));
    const copy = Buffer.from(first);
    for (const d of inputs) sha256(d);
    expect(first.equals(copy)).toBe(true);
  });
});
