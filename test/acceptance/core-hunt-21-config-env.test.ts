/**
 * Acceptance hunt 21 (issue 2, config: "`${ENV}` interpolation, validated at start with every problem reported at
 * once with its path"): an unset variable becomes "" and is only a warning, which is right for the key of a provider
 * nobody uses; but when that empty value is what makes the config invalid, the report must say which variable was
 * missing. Before, `port: ${PORT}` with PORT unset reported only "listen.port: Expected number, received string",
 * and the warning naming PORT was never printed (the process exited first). The real `warden serve` process.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/test-gateway.js";
import { BIN } from "./core-hunt-21-support.js";

const dir = tempDir("warden-hunt21-env-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function serve(yaml: string, env: Record<string, string | undefined>): { code: number | null; out: string; err: string } {
  const cfg = join(dir, "warden.yaml");
  writeFileSync(cfg, yaml);
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  else childEnv[k] = v;
  const r = spawnSync(process.execPath, [BIN, "serve", "-c", cfg], { encoding: "utf8", timeout: 30_000, env: childEnv });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const YAML = `listen: { host: 127.0.0.1, port: \${HUNT21_PORT} }
dataDir: ${JSON.stringify(join(dir, "data"))}
providers:
  local: { type: openai, baseUrl: "\${HUNT21_BASE_URL}", apiKey: "\${HUNT21_API_KEY}" }
  demo: { type: demo, tokenDelayMs: \${HUNT21_DELAY:-0} }
routes:
  - { models: ["*"], provider: local }
`;

describe("a config made invalid by unset environment variables", () => {
  it("exits 2 and names each missing variable at the field it broke, all at once", () => {
    const r = serve(YAML, { HUNT21_PORT: undefined, HUNT21_BASE_URL: undefined, HUNT21_API_KEY: undefined, HUNT21_DELAY: undefined });
    expect(r.code).toBe(2);
    const report = r.err + r.out;
    const portLine = report.split("\n").find((l) => l.includes("listen.port")) ?? "";
    expect(portLine).toContain("HUNT21_PORT");
    expect(portLine).toMatch(/not set/);
    const urlLine = report.split("\n").find((l) => l.includes("providers.local.baseUrl")) ?? "";
    expect(urlLine).toContain("HUNT21_BASE_URL");
    expect(urlLine).toMatch(/not set/);
    // Never a stack trace.
    expect(report).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("a variable that is set (or has a default) is not blamed", () => {
    const r = serve(YAML, { HUNT21_PORT: "not-a-port", HUNT21_BASE_URL: undefined, HUNT21_API_KEY: undefined, HUNT21_DELAY: undefined });
    expect(r.code).toBe(2);
    const report = r.err + r.out;
    const portLine = report.split("\n").find((l) => l.includes("listen.port")) ?? "";
    expect(portLine).not.toContain("not set");
    expect(report).not.toContain("HUNT21_DELAY");
  });
});
