/**
 * Acceptance hunt 20 (issue 5: bad input never crashes): rows of a real audit store edited into another type
 * (SQLite keeps any value in any column), then every command and admin route that reads records run against it.
 * Each must work on the intact records and name the bad one by seq, or refuse with a clear error and the documented
 * exit code (docs/audit.md "Exit codes") — never a bare TypeError and never output that passes for evidence.
 */
import { spawnSync } from "node:child_process";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockConfig, startTestGateway, tempDir } from "../support/test-gateway.js";
import { adminCall, codeOf } from "../admin/admin-support.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
const CONFIG = { ...mockConfig("http://127.0.0.1:9"), policy: { rules: [] } };
let dir = "";

function warden(d: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", join(d, "w.yaml")], { encoding: "utf8", timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  dir = tempDir("warden-shape-hunt-20-");
  writeFileSync(join(dir, "w.yaml"), JSON.stringify({ ...CONFIG, dataDir: dir }));
  const tg = await startTestGateway(CONFIG, { dataDir: dir });
  try {
    for (const id of ["r1", "r2", "r3"]) {
      const res = await fetch(`${tg.url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${tg.key}`, "content-type": "application/json", "x-request-id": id },
        body: JSON.stringify({ model: "demo", messages: [{ role: "user", content: `hello ${id}` }] }),
      });
      expect(res.status).toBe(200);
    }
  } finally {
    await tg.close();
  }
  expect(warden(dir, "audit", "checkpoint", "-o", join(dir, "cp.json")).code).toBe(0);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the store with `set` applied to the request record of r2; returns the copy and that record's seq. */
function edited(set: string): { copy: string; seq: number } {
  const copy = tempDir("warden-shape-hunt-20-copy-");
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, "w.yaml"), JSON.stringify({ ...CONFIG, dataDir: copy }));
  const db = new Database(join(copy, "audit.db"));
  const { seq } = db.prepare("select seq from audit_entries where request_id = 'r2' and kind = 'request'").get() as { seq: number };
  db.prepare(set.replace("$SEQ", String(seq))).run();
  db.close();
  return { copy, seq };
}

const CRASH = /TypeError|RangeError|SyntaxError|is not a function|Invalid time value|\n\s+at /;

// Each edit with the commands that must refuse it (exit 1, naming the record); the others must still work (exit 0).
const EDITS: [string, string, string[]][] = [
  ["meta as a blob", "update audit_entries set meta = cast(meta as blob) where seq = $SEQ", ["search", "export", "csv", "decrypt", "prove r2"]],
  ["meta that is not JSON", "update audit_entries set meta = 'not json' where seq = $SEQ", ["search", "export", "csv", "decrypt"]],
  ["hash as text", "update audit_entries set hash = hex(hash) where seq = $SEQ", ["search", "export", "csv", "decrypt", "prove r1", "prove r2", "consistency"]],
  ["a fractional time", "update audit_entries set time = time + 0.5 where seq = $SEQ", ["search", "export", "csv", "decrypt", "prove r2"]],
  ["time as text", "update audit_entries set time = 'yesterday' where seq = $SEQ", ["search", "export", "csv", "decrypt", "prove r2"]],
  // a TEXT column turns 7 into '7': a changed value (verify's to find, by the hash), not a changed type
  ["tenant as an integer", "update audit_entries set tenant = 7 where seq = $SEQ", []],
  ["ciphertext as text", "update audit_entries set payload = 'abc' where seq = $SEQ", ["search", "export", "csv", "decrypt", "prove r2"]],
  ["a truncated ciphertext", "update audit_entries set payload = substr(payload, 1, 5) where seq = $SEQ", ["decrypt"]],
  // a NULL ciphertext is what a purge leaves (the digest kept): shown as purged, which is what verify accepts too
  ["a NULL ciphertext", "update audit_entries set payload = NULL where seq = $SEQ", []],
  ["a gap in the seqs", "delete from audit_entries where seq = $SEQ", ["prove r1", "prove r2", "consistency"]],
];
const COMMANDS: Record<string, (d: string) => string[]> = {
  search: () => ["audit", "search"],
  export: () => ["audit", "export"],
  csv: () => ["audit", "export", "--format", "csv"],
  decrypt: () => ["audit", "export", "--decrypt"],
  "prove r1": () => ["audit", "prove", "r1"],
  "prove r2": () => ["audit", "prove", "r2"],
  consistency: (d) => ["audit", "consistency", join(d, "cp.json")],
  purge: () => ["audit", "purge"],
};

describe("CLI commands on a store with an edited row", () => {
  it.each(EDITS)("%s", (_what, sql, refusing) => {
    const { copy, seq } = edited(sql);
    try {
      for (const [name, args] of Object.entries(COMMANDS)) {
        const r = warden(copy, ...args(copy));
        expect(r.out + r.err, name).not.toMatch(CRASH);
        if (refusing.includes(name)) {
          expect(r.code, `${name}: ${r.err}`).toBe(1);
          expect(r.err, name).toMatch(new RegExp(`record ${seq}\\b`));
        } else expect(r.code, `${name}: ${r.err}`).toBe(0);
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it("search lists the intact records and names the damaged one", () => {
    const { copy, seq } = edited("update audit_entries set time = 'yesterday' where seq = $SEQ");
    try {
      const r = warden(copy, "audit", "search");
      expect(r.code).toBe(1);
      expect(r.out).toContain("\tr1\t");
      expect(r.out).toContain("\tr3\t");
      expect(r.out).not.toMatch(new RegExp(`^${seq}\\t`, "m"));
      expect(r.err).toContain(`audit record ${seq} was modified outside Warden: column time holds text, not an integer`);
      expect(r.err).toMatch(/record\(s\), 1 damaged \(not shown\)/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("admin audit routes on a store with an edited row", () => {
  it.each(EDITS)("%s", async (_what, sql) => {
    const { copy, seq } = edited(sql);
    const tg = await startTestGateway(CONFIG, { dataDir: copy });
    try {
      const admin = tg.gw.keys.create({ tenant: "root", app: "admin-app", roles: ["admin"] }).key;
      for (const path of ["audit/records", "audit/export", "audit/export?format=csv", "audit/proofs/r2", "audit/summary"]) {
        const a = await adminCall(tg.url, "GET", `/admin/v1/tenants/t1/${path}`, admin);
        expect(a.text, path).not.toMatch(CRASH);
        expect(a.status === 200 || codeOf(a) === "WARDEN_AUDIT_RECORD_DAMAGED", `${path}: ${a.status} ${a.text}`).toBe(true);
        if (a.status !== 200) {
          expect(a.text, path).toContain(`audit record ${seq} `);
          expect((a.json?.["error"] as Record<string, unknown>)["seq"], path).toBe(seq);
        }
        if (path === "audit/summary" && sql.startsWith("update") && !/tenant|NULL|substr/.test(sql)) expect(a.json?.["damagedRecords"]).toEqual([seq]);
      }
      const v = await adminCall(tg.url, "GET", "/admin/v1/audit/verify", admin);
      expect(v.json?.["ok"]).toBe(false);
    } finally {
      await tg.close();
      rmSync(copy, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("usage errors from the command-line parser", () => {
  // Before: commander's own refusals exited 1, the code of a failed verification.
  it.each([
    ["a missing argument", ["audit", "prove"], /missing required argument 'request-id'/],
    ["an unknown option", ["audit", "search", "--bogus"], /unknown option '--bogus'/],
    ["an unknown command", ["audit", "nosuch"], /unknown command 'nosuch'/],
  ])("%s exits 2", (_what, args, message) => {
    const r = warden(dir, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
