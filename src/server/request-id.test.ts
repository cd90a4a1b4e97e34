import { describe, expect, it } from "vitest";
import { requestIdFor } from "./request-id.js";

describe("requestIdFor", () => {
  it.each(["abc", "trace-1.2:3_x", "A".repeat(128)])("keeps a sane caller id %j", (id) => {
    expect(requestIdFor({ "x-request-id": id })).toBe(id);
  });

  it.each(["", "a b", "x".repeat(129), "a;b", "<script>", "é"])("replaces an unsafe one %j", (id) => {
    expect(requestIdFor({ "x-request-id": id })).toMatch(/^req_[0-9a-f]{32}$/);
  });

  it("generates distinct ids when none is given (or given twice)", () => {
    const ids = new Set(Array.from({ length: 100 }, () => requestIdFor({})));
    expect(ids.size).toBe(100);
    expect(requestIdFor({ "x-request-id": ["a", "b"] as unknown as string })).toMatch(/^req_/);
  });
});
