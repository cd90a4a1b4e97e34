import { describe, expect, it } from "vitest";
import { WriterOutage } from "./writer-outage.js";

describe("WriterOutage", () => {
  it("counts deaths in a row until a thread stays up stableMs; each outage reports its own counts and length", () => {
    const o = new WriterOutage(1_000);
    expect(o.died("boom", true, 100)).toBe(1); // up since construction, less than stableMs ago: not reset, first death
    expect(o.died("boom again", false, 150)).toBe(2); // the replacement died before it was up
    o.refused += 2;
    o.recovered += 3;
    o.resent += 1;
    o.up(42, 400);
    expect(o.report()).toEqual({ attempt: 2, cause: "boom again", downMs: 300, tailSeq: 42, refused: 2, recovered: 3, resent: 1 });
    // Up only 100 ms: the next death is the third in a row; a new outage starts its counts from 0.
    expect(o.died("again", true, 500)).toBe(3);
    o.up(50, 520);
    expect(o.report()).toMatchObject({ attempt: 3, downMs: 20, tailSeq: 50, refused: 0, recovered: 0, resent: 0 });
    // Up for stableMs: the back-off starts over.
    expect(o.died("later", true, 520 + 1_000)).toBe(1);
  });
});
