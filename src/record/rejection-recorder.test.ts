import { describe, expect, it } from "vitest";
import type { AppendInput } from "./audit-log.js";
import type { RejectedCall } from "./recorder.js";
import { RejectionRecorder } from "./rejection-recorder.js";

function setup(limits = { windowMs: 1000, perSource: 2, perWindow: 5, maxGroups: 2 }) {
  const written: AppendInput[] = [];
  let now = 10_000;
  const rec = new RejectionRecorder(
    async (i) => {
      written.push(i);
    },
    limits,
    undefined,
    () => now,
  );
  const call = (source: string, code = "WARDEN_AUTH_INVALID_KEY", path = "/v1/chat/completions"): RejectedCall => ({
    requestId: `r${Math.random()}`,
    time: now,
    method: "POST",
    path,
    code,
    status: 401,
    source,
  });
  return { rec, written, call, tick: (ms: number) => (now += ms) };
}

const counts = (w: AppendInput[]) => w.filter((i) => i.requestId.startsWith("rejections_")).map((i) => i.meta);

describe("RejectionRecorder", () => {
  it("records up to perSource per (code, source) and perWindow in all, then counts", async () => {
    const { rec, written, call } = setup();
    for (let i = 0; i < 5; i++) await rec.record(call("a"));
    await rec.record(call("a", "WARDEN_AUTH_MISSING_KEY"));
    expect(written).toHaveLength(3); // 2 of (invalid, a) + 1 of (missing, a)
    for (let i = 0; i < 4; i++) await rec.record(call(`b${i}`));
    expect(written).toHaveLength(5); // perWindow reached
    await rec.flush();
    const c = counts(written);
    const total = c.reduce((t, m) => t + (m["count"] as number), 0);
    expect(total).toBe(5); // 3 over the per-source limit + 2 over the window limit
    expect(c.length).toBeLessThanOrEqual(3); // maxGroups + one folded group per code
    expect(c.find((m) => m["source"] === "*")).toMatchObject({ sources: 1, errorCode: "WARDEN_AUTH_INVALID_KEY" });
  });

  it("a new window starts fresh, and the previous window's counts are written when it rolls", async () => {
    const { rec, written, call, tick } = setup();
    for (let i = 0; i < 4; i++) await rec.record(call("a"));
    expect(counts(written)).toHaveLength(0);
    tick(1000);
    await rec.record(call("a"));
    await new Promise((r) => setImmediate(r));
    expect(counts(written)).toEqual([expect.objectContaining({ count: 2, source: "a" })]);
    expect(written.filter((i) => !i.requestId.startsWith("rejections_"))).toHaveLength(3);
  });

  it("keeps at most 8 distinct paths per count entry (the rest as `other`) and bounded groups under many sources", async () => {
    const { rec, written, call } = setup({ windowMs: 1000, perSource: 0, perWindow: 0, maxGroups: 3 });
    for (let i = 0; i < 1000; i++) await rec.record(call(`10.0.${i >> 8}.${i & 255}`, "WARDEN_REQUEST_NOT_FOUND", `/v1/x${i}`));
    await rec.flush();
    const c = counts(written);
    expect(c).toHaveLength(4);
    expect(c.reduce((t, m) => t + (m["count"] as number), 0)).toBe(1000);
    const folded = c.find((m) => m["source"] === "*");
    expect(folded?.["sources"]).toBe(997);
    expect(Object.keys(folded?.["paths"] as object)).toHaveLength(9);
    expect((folded?.["paths"] as Record<string, number>)["other"]).toBe(989);
  });

  it("clips long paths (the request line can be kilobytes)", async () => {
    const { rec, written, call } = setup({ windowMs: 1000, perSource: 1, perWindow: 5, maxGroups: 2 });
    await rec.record(call("a", "WARDEN_REQUEST_NOT_FOUND", `/v1/${"x".repeat(5000)}`));
    await rec.record(call("a", "WARDEN_REQUEST_NOT_FOUND", `/v1/${"y".repeat(5000)}`));
    await rec.flush();
    expect((written[0]?.meta["path"] as string).length).toBe(257);
    const [count] = counts(written);
    expect(Object.keys(count?.["paths"] as object)[0]?.length).toBe(257);
  });

  it("never stores anything but metadata", async () => {
    const { rec, written, call } = setup();
    await rec.record({ ...call("a"), principal: { tenant: "t", app: "p", keyId: "k1" } });
    expect(written[0]).toMatchObject({ kind: "request", tenant: "t", app: "p", keyId: "k1" });
    expect(written[0]?.payload).toBeUndefined();
    expect(written[0]?.payloadText).toBeUndefined();
    expect(written[0]?.original).toBeUndefined();
  });
});
