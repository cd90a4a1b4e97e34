/**
 * Acceptance hunt 21, `warden keys rotate-kek` that stops part-way (issue 5 "rotate-kek re-wraps data keys without
 * rewriting records"). The new KEK is a KMS module that refuses its third wrap, as a KMS does when it throttles or a
 * token expires mid-run: the first two tenants' data keys are then wrapped by the new KEK and the rest by the old
 * one. Running the command again once the KMS answers must finish the job (the keys already re-wrapped are told by
 * their stored KEK id); before, the second run tried to unwrap those under the old KEK and failed for good, leaving
 * the store readable by neither KEK. Rotation is now atomic (every key unwrapped and wrapped first, the new wrappings
 * written in one transaction): the failed run leaves every key under the old KEK. Driven through the built CLI; the
 * store is seeded through the audit log's API.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/record/audit-log.js";
import { tempDir } from "../support/test-gateway.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
const TENANTS = ["t1", "t2", "t3", "t4"];
let dir = "";

/** A KMS stand-in: AES-256-GCM under a key from its options; `failAt` makes that wrap (1-based) throw. */
const KMS_MODULE = `
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
export function createKeyEncryptionKey(options) {
  const key = Buffer.from(options.keyHex, "hex");
  let wraps = 0;
  return {
    id: "test-kms:new",
    async wrap(dek) {
      if (++wraps === options.failAt) throw new Error("KMS throttled the request");
      const iv = randomBytes(12);
      const c = createCipheriv("aes-256-gcm", key, iv);
      const ct = Buffer.concat([c.update(dek), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), ct]);
    },
    async unwrap(w) {
      const d = createDecipheriv("aes-256-gcm", key, w.subarray(0, 12));
      d.setAuthTag(w.subarray(12, 28));
      return Buffer.concat([d.update(w.subarray(28)), d.final()]);
    },
  };
}
`;

function warden(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const conf = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = tempDir("warden-audit-hunt-21-rotate-");
  writeFileSync(join(dir, "old.key"), randomBytes(32).toString("hex"));
  writeFileSync(join(dir, "kms.mjs"), KMS_MODULE);
  const newKey = randomBytes(32).toString("hex");
  const kms = (extra: object) => JSON.stringify({ dataDir: dir, audit: { kek: { kms: { type: "module", module: join(dir, "kms.mjs"), options: { keyHex: newKey, ...extra } } } } });
  writeFileSync(conf("old.yaml"), JSON.stringify({ dataDir: dir, audit: { kek: { file: join(dir, "old.key") } } }));
  writeFileSync(conf("flaky.yaml"), kms({ failAt: 3 }));
  writeFileSync(conf("new.yaml"), kms({}));
  // one data key per tenant, each encrypting a payload
  const log = AuditLog.openSqlite({ dataDir: dir, kek: { file: join(dir, "old.key") }, groupCommitMs: 0, checkpointIntervalMs: 0 });
  for (const t of TENANTS) await log.append({ kind: "request", requestId: `r-${t}`, time: Date.now(), tenant: t, app: "a", keyId: "k", meta: { api: "openai.chat" }, payload: { said: `hello from ${t}` } });
  await log.close();
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("keys rotate-kek interrupted by the KMS, then run again", () => {
  it("the first run fails naming the KMS's reason; the second finishes; every payload opens under the new KEK", () => {
    const first = warden("keys", "rotate-kek", "--new-kek-config", conf("flaky.yaml"), "-c", conf("old.yaml"));
    expect(first.code).toBe(1);
    expect(first.err).toContain("KMS throttled");
    // Atomic: the run that failed wrote nothing, so the store still opens under the old KEK alone.
    const stillOld = warden("audit", "export", "--format", "jsonl", "--decrypt", "-c", conf("old.yaml"));
    expect(stillOld.code, stillOld.err).toBe(0);
    expect(stillOld.out.match(/hello from t\d/g)?.sort()).toEqual(TENANTS.map((t) => `hello from ${t}`));
    expect(warden("audit", "verify", "-c", conf("old.yaml")).code).toBe(0);

    const second = warden("keys", "rotate-kek", "--new-kek-config", conf("new.yaml"), "-c", conf("old.yaml"));
    expect(second.code, second.err).toBe(0);

    const exported = warden("audit", "export", "--format", "jsonl", "--decrypt", "-c", conf("new.yaml"));
    expect(exported.code, exported.err).toBe(0);
    const said = exported.out
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as { kind: string; payload?: { said?: string } })
      .filter((r) => r.kind === "request")
      .map((r) => r.payload?.said);
    expect(said.sort()).toEqual(TENANTS.map((t) => `hello from ${t}`));

    const verify = warden("audit", "verify", "-c", conf("new.yaml"));
    expect(verify.code, verify.out + verify.err).toBe(0);
  });
});
