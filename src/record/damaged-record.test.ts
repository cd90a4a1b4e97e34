import { describe, expect, it } from "vitest";
import { WardenError } from "../core/warden-error.js";
import { checkedHashes, damagedRecord } from "./damaged-record.js";

const h = (b: number) => Buffer.alloc(32, b);

describe("checkedHashes", () => {
  it("passes consecutive 32-byte hashes through, pg's string seqs too", () => {
    expect(checkedHashes([{ seq: 3, hash: h(1) }, { seq: "4", hash: h(2) }], 3)).toEqual([h(1), h(2)]);
  });

  it.each([
    ["a gap", [{ seq: 1, hash: h(1) }, { seq: 3, hash: h(3) }], /audit record 2 .*missing from the store/],
    ["a hash as hex text", [{ seq: 1, hash: h(1).toString("hex") }], /audit record 1 .*column hash does not hold a 32-byte hash/],
    ["a short hash", [{ seq: 1, hash: Buffer.alloc(31) }], /audit record 1 .*32-byte hash/],
  ])("refuses %s naming the record", (_what, rows, message) => {
    let err: unknown;
    try {
      checkedHashes(rows, 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WardenError);
    expect((err as WardenError).code).toBe("WARDEN_AUDIT_RECORD_DAMAGED");
    expect((err as WardenError).message).toMatch(message);
  });
});

describe("damagedRecord", () => {
  it("carries the seq in its client-safe details", () => {
    const e = damagedRecord(7, "column time holds text, not an integer (modified)");
    expect([e.status, e.details]).toEqual([500, { seq: 7 }]);
    expect(e.message).toBe("audit record 7 was modified outside Warden: column time holds text, not an integer (modified); run `warden audit verify`");
  });
});
