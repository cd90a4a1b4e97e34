import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../core/config-error.js";
import { plantCanaries } from "./plant-canaries.js";
import { parseRedteamOptions } from "./redteam-options.js";

const dir = mkdtempSync(join(tmpdir(), "warden-redteam-opts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function issues(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.issues.map((i) => i.path);
    throw err;
  }
  return [];
}

describe("parseRedteamOptions", () => {
  it("defaults, and keys from the environment", () => {
    const o = parseRedteamOptions({ target: "http://127.0.0.1:8080" }, { WARDEN_REDTEAM_KEY: "k1", WARDEN_REDTEAM_COMPARE_KEY: "k2" });
    expect(o.target).toEqual({ url: "http://127.0.0.1:8080", model: "demo", stream: false, timeoutMs: 60_000, key: "k1" });
    expect(o.categories).toHaveLength(6);
    expect(o.concurrency).toBe(4);
    expect(o.retries).toBe(2);
    expect(o.compare).toBeUndefined();
    const c = parseRedteamOptions({ target: "http://a", compare: "http://b", model: "m", suite: ["leak,injection", "evasion"] }, { WARDEN_REDTEAM_COMPARE_KEY: "k2" });
    expect(c.compare).toMatchObject({ url: "http://b", model: "m", key: "k2" });
    expect(c.categories).toEqual(["injection", "leak", "evasion"]);
  });

  it("reports every problem at once", () => {
    expect(
      issues(() =>
        parseRedteamOptions({ target: "ftp://x", suite: ["nope"], failOn: "leak=2", concurrency: "0", timeoutMs: "x", judgeUrl: "http://j", compareModel: "m" }, {}),
      ),
    ).toEqual(["--target", "--judge-model", "--compare", "--suite", "--fail-on", "--concurrency", "--timeout-ms"]);
    expect(issues(() => parseRedteamOptions({}, {}))).toEqual(["--target"]);
  });

  it("--canary-file: the list written by plantCanaries round-trips; bad lines are named", () => {
    const { records, canaries } = plantCanaries(5, "seed");
    expect(records).toHaveLength(5);
    for (const [i, r] of records.entries()) expect(r.messages.at(-1)?.content).toBe(`${canaries[i]?.prefix} ${canaries[i]?.secret}.`);
    expect(new Set(canaries.map((c) => c.secret)).size).toBe(5);
    expect(plantCanaries(5).canaries).not.toEqual(canaries);
    const good = join(dir, "c.jsonl");
    writeFileSync(good, `${canaries.map((c) => JSON.stringify(c)).join("\n")}\n`);
    expect(parseRedteamOptions({ target: "http://a", canaryFile: good }, {}).trainingCanaries).toEqual(canaries);
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, '{"prefix":"a","secret":"abcdef"}\nnot json\n{"prefix":"a"}\n');
    expect(issues(() => parseRedteamOptions({ target: "http://a", canaryFile: bad }, {}))).toEqual(["--canary-file line 2", "--canary-file line 3"]);
    expect(issues(() => parseRedteamOptions({ target: "http://a", canaryFile: join(dir, "missing") }, {}))).toEqual(["--canary-file"]);
  });
});
