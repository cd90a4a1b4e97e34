import { describe, expect, it } from "vitest";
import { ByteArena } from "./byte-arena.js";

describe("ByteArena", () => {
  it("hands out disjoint views of one buffer until reset, then reuses the bytes", () => {
    const arena = new ByteArena(64);
    const a = arena.alloc(10).fill(1);
    const b = arena.alloc(20).fill(2);
    expect(a.buffer).toBe(b.buffer);
    expect([...a]).toEqual(new Array(10).fill(1)); // not overwritten by b
    expect(b.byteOffset).toBe(a.byteOffset + 10);
    arena.reset();
    const c = arena.alloc(10);
    expect(c.buffer).toBe(a.buffer);
    expect(c.byteOffset).toBe(a.byteOffset);
  });

  it("a full buffer is replaced (the views already out keep theirs); a request above the size gets its own", () => {
    const arena = new ByteArena(16);
    const a = arena.alloc(12).fill(7);
    const b = arena.alloc(8);
    expect(b.buffer).not.toBe(a.buffer);
    expect([...a]).toEqual(new Array(12).fill(7));
    const big = arena.alloc(100);
    expect(big.length).toBe(100);
    expect(big.buffer).not.toBe(b.buffer);
    expect(arena.alloc(8).buffer).toBe(b.buffer); // the current buffer still serves the small ones
  });
});
