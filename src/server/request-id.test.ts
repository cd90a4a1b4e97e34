import { describe, expect, it } from "vitest";
import { requestIdFor } from "./request-id.js";

describe("requestIdFor", () => {
  it.each(["abc", "trace-1.2:3_x", "A".repeat(128)])("keeps a sane caller id %j", (id) => {
    expect(requestIdFor({ "x-request-id": id })).toBe(id);
  });

  it.each(["", "a b", "x".repeat(129), "a;b", "<script>", "é"])("replaces an unsafe one %j", (id) => {
    expect(requestIdFor({ "x-request-id": id })).toMatch(/^req_[0-9a-f]{32}$/);
  });

  it.each(["AKIAZ3MHQ7RT2XKPLW4Q", "ghp_R4nd0mT0k3nV4lu3sH3r3xYzAbCdEfGh1234", "sk-proj-abc123", "wdn_live_x1", "4532015112830366", "536-22-8714", "DE89370400440532013000"])(
    "replaces one that could be a key or a card number %j (it would be logged, sent upstream and stored in clear)",
    (id) => {
      expect(requestIdFor({ "x-request-id": id })).toMatch(/^req_[0-9a-f]{32}$/);
    },
  );

  it.each(["4532015112830367", "1700000000000", "1710000000003", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "3f1c2a9e-8d7b-4c6a-9e5f-2b1d0c9a8e7f", "asia-northeast1-7f3a9c", "pk_order_123"])("keeps an ordinary id %j", (id) => {
    expect(requestIdFor({ "x-request-id": id })).toBe(id);
  });

  it("generates distinct ids when none is given (or given twice)", () => {
    const ids = new Set(Array.from({ length: 100 }, () => requestIdFor({})));
    expect(ids.size).toBe(100);
    expect(requestIdFor({ "x-request-id": ["a", "b"] as unknown as string })).toMatch(/^req_/);
  });

  it("generated ids start with the time, so they sort by time (the audit index on request ids grows at its end)", () => {
    const before = Date.now();
    const a = requestIdFor({});
    const later = Array.from({ length: 50 }, () => requestIdFor({}));
    expect(a).toMatch(/^req_[0-9a-f]{32}$/);
    expect(parseInt(a.slice(4, 16), 16)).toBeGreaterThanOrEqual(before);
    expect(parseInt(a.slice(4, 16), 16)).toBeLessThanOrEqual(Date.now());
    for (const b of later) expect(b.slice(4, 16) >= a.slice(4, 16)).toBe(true);
  });
});
