/**
 * Acceptance hunt 19, tenant and app names made through the CLI (issue 6 "Roles and tenants", docs/admin-api.md
 * "Tenant ids: 1-64 characters, letters, digits, `_`, `.`, `-`"): `warden keys create` (the built binary) must refuse
 * the tenants the admin API could never address (so never list, revoke or disable: an empty tenant could not be
 * disabled at all) and apps the admin API refuses, with a usage error and no key made.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/test-gateway.js";

const BIN = join(resolve(import.meta.dirname, "../.."), "bin/warden.js");
const dir = tempDir("warden-cli-ids-hunt19-");
const cfg = join(dir, "w.yaml");
writeFileSync(cfg, JSON.stringify({ dataDir: dir, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }] }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const warden = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 30_000 });

describe("warden keys create: tenant and app names", () => {
  it.each([["", "empty"], ["*", "a glob"], ["a/b", "a slash"], ["../x", "a dot segment"], ["acme corp", "a space"], ["é", "non-ASCII"], ["-acme", "a leading dash"], ["a".repeat(65), "65 characters"]])(
    "refuses tenant %j (%s): exit 2, the rule named, no key made",
    (tenant) => {
      const r = warden("keys", "create", "--tenant", tenant, "--app", "bot");
      expect(r.status, r.stdout).toBe(2);
      expect(r.stderr).toMatch(/--tenant/);
      expect(r.stdout).not.toMatch(/wdn_/);
    },
  );

  it.each([[""], ["a b"], ["é"], ["x".repeat(129)]])("refuses app %j: exit 2, no key made", (app) => {
    const r = warden("keys", "create", "--tenant", "acme", "--app", app);
    expect(r.status, r.stdout).toBe(2);
    expect(r.stderr).toMatch(/--app/);
    expect(r.stdout).not.toMatch(/wdn_/);
  });

  it("accepts what the admin API accepts, and lists none of the refused ones", () => {
    const ok = warden("keys", "create", "--tenant", "Acme_1.eu-west", "--app", "support-bot/v2");
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.trim().split("\n").at(-1)).toMatch(/^wdn_/);
    const list = warden("keys", "list", "--json");
    expect(list.status, list.stderr).toBe(0);
    const rows = JSON.parse(list.stdout) as { tenant: string; app: string }[];
    expect(rows.map((r) => `${r.tenant}|${r.app}`)).toEqual(["Acme_1.eu-west|support-bot/v2"]);
  });
});
