import { describe, expect, it } from "vitest";
import { GroupCommitter } from "./group-committer.js";

describe("GroupCommitter", () => {
  it("commits items submitted within the window in one batch, resolving each after the commit", async () => {
    const batches: number[][] = [];
    const g = new GroupCommitter<number, number>((items) => {
      batches.push(items);
      return items.map((i) => i * 10);
    }, 5, 100);
    const results = await Promise.all([1, 2, 3, 4].map((i) => g.submit(i)));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it("splits at maxBatch and keeps order across batches", async () => {
    const batches: number[][] = [];
    const g = new GroupCommitter<number, number>(async (items) => {
      batches.push(items);
      await new Promise((r) => setTimeout(r, 2));
      return items;
    }, 1, 3);
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((i) => g.submit(i)));
    expect(results).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(batches.flat()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(3);
  });

  it("a failed commit rejects every item of its batch, and later batches still run", async () => {
    let fail = true;
    const g = new GroupCommitter<number, number>((items) => {
      if (fail) throw new Error("disk full");
      return items;
    }, 1, 10);
    const a = g.submit(1);
    const b = g.submit(2);
    await expect(a).rejects.toThrow("disk full");
    await expect(b).rejects.toThrow("disk full");
    fail = false;
    await expect(g.submit(3)).resolves.toBe(3);
  });

  it("nothing resolves before the commit has run", async () => {
    let committed = false;
    const g = new GroupCommitter<number, boolean>((items) => {
      committed = true;
      return items.map(() => committed);
    }, 3, 10);
    const p = g.submit(1);
    expect(committed).toBe(false);
    await expect(p).resolves.toBe(true);
    await g.flush();
  });
});
