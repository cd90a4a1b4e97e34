import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AuditLog } from "../../src/record/audit-log.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { tempDir } from "../support/test-gateway.js";
import { loadUntil, spawnGateway } from "./crash-support.js";

describe("kill -9 under load (SQLite)", () => {
  it("every request that got its response has a complete record after the crash; cut-off ones show as incomplete", async () => {
    const dir = tempDir("warden-audit-crash-");
    const g = await spawnGateway([dir]);
    try {
      const served = await loadUntil([g], 12, async (s) => {
        if (s.size < 150) return false;
        await g.kill9();
        return true;
      });

      // "Restart": open the store as the next gateway would.
      const log = AuditLog.openSqlite({ dataDir: dir, checkpointIntervalMs: 0 });
      try {
        const all = await log.backend.search({});
        const byId = new Map<string, string[]>();
        for (const e of all) byId.set(e.requestId, [...(byId.get(e.requestId) ?? []), e.kind]);
        const missing = [...served].filter((id) => JSON.stringify(byId.get(id)) !== JSON.stringify(["request", "response"]));
        expect(missing).toEqual([]);
        const incomplete = (await log.backend.search({ incomplete: true })).map((e) => e.requestId);
        for (const id of incomplete) expect(served.has(id)).toBe(false);
        expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
      } finally {
        await log.close();
      }
    } finally {
      await g.kill9();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
