import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { AuditLog } from "../../src/record/audit-log.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { postJson, tempDir } from "../support/test-gateway.js";

const ROOT = resolve(import.meta.dirname, "../..");

describe("kill -9 under load", () => {
  it("every request that got its response has a complete record after the crash; cut-off ones show as incomplete", async () => {
    const dir = tempDir("warden-audit-crash-");
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test/audit/crash-child.ts"), dir], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    try {
      const first = await new Promise<string>((ok, ko) => {
        createInterface({ input: child.stdout }).once("line", ok);
        child.once("exit", (code) => ko(new Error(`child exited (${code})`)));
      });
      const { url, key } = JSON.parse(first) as { url: string; key: string };
      const served = new Set<string>();
      let n = 0;
      let killed = false;
      const worker = async (w: number) => {
        while (!killed) {
          const id = `crash-${w}-${n++}`;
          const stream = n % 3 === 0;
          try {
            const res = await postJson(`${url}/v1/chat/completions`, { model: "demo", stream, messages: [{ role: "user", content: `request ${id} with some words to stream` }] }, key, { "x-request-id": id });
            const body = await res.text();
            // Only a full response counts as received: a 200 and, for a stream, its terminal event.
            if (res.status === 200 && (!stream || body.includes("data: [DONE]"))) served.add(id);
          } catch {
            // cut off by the kill
          }
        }
      };
      const workers = Array.from({ length: 12 }, (_, w) => worker(w));
      while (served.size < 150) await new Promise((r) => setTimeout(r, 10));
      child.kill("SIGKILL");
      killed = true;
      await Promise.all(workers);
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(undefined) : child.once("exit", r)));

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
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
