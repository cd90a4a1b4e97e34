import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino, { type Logger } from "pino";
import { parseConfig } from "../../src/config/load-config.js";
import { type Guard, passThroughGuard } from "../../src/enforce/guard.js";
import { type Gateway, startGateway } from "../../src/gateway.js";

/** The upstream key the mock expects; callers must never see it. */
export const UPSTREAM_KEY = "sk-upstream-secret";
export const ANTHROPIC_UPSTREAM_KEY = "sk-ant-upstream-secret";

/** A fresh temp directory for one test file's data (`rm` it in afterAll). */
export function tempDir(prefix = "warden-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The standard test config: providers `openai` and `anthropic` pointed at a mock upstream, `demo`, and routes
 * `gpt-*` → openai, `claude-*` → anthropic, `*` → demo. `patch` is merged one level deep into each section.
 */
export function mockConfig(mockUrl: string, patch: { openai?: object; anthropic?: object; demo?: object; server?: object; routes?: object[] } = {}): Record<string, unknown> {
  return {
    listen: { host: "127.0.0.1", port: 0 },
    server: { shutdownGraceMs: 2_000, ...patch.server },
    providers: {
      openai: { type: "openai", baseUrl: `${mockUrl}/v1`, apiKey: UPSTREAM_KEY, maxRetries: 0, ...patch.openai },
      anthropic: { type: "anthropic", baseUrl: mockUrl, apiKey: ANTHROPIC_UPSTREAM_KEY, maxRetries: 0, ...patch.anthropic },
      demo: { type: "demo", ...patch.demo },
    },
    routes: patch.routes ?? [
      { models: ["gpt-*", "text-embedding-*"], provider: "openai" },
      { models: ["claude-*"], provider: "anthropic" },
      { models: ["*"], provider: "demo" },
    ],
  };
}

export interface TestGateway {
  gw: Gateway;
  url: string;
  /** A valid app key for tenant `t1`, app `a1`. */
  key: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Start a gateway on 127.0.0.1:0 with a silent logger and its own temp dataDir (removed on close), and create one
 * app key. `opts.dataDir` shares an existing one instead (left in place); `opts.logger` captures logs.
 * Proxy tests run without controls: unless the config has a `policy` section (or `opts.guard` is given), the
 * pass-through guard replaces the gateway's default policy guard.
 */
export async function startTestGateway(raw: Record<string, unknown>, opts: { dataDir?: string; logger?: Logger; guard?: Guard } = {}): Promise<TestGateway> {
  const dataDir = opts.dataDir ?? tempDir();
  const { config } = parseConfig({ ...raw, dataDir }, {}, "test config");
  const guard = opts.guard ?? (raw["policy"] === undefined ? passThroughGuard : undefined);
  const gw = await startGateway({ config, logger: opts.logger ?? pino({ level: "silent" }), port: 0, host: "127.0.0.1", ...(guard ? { guard } : {}) });
  const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
  return {
    gw,
    url: gw.url,
    key,
    dataDir,
    async close() {
      await gw.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** POST JSON with a key (raw `fetch`, for checking exact statuses and bodies). */
export async function postJson(url: string, body: unknown, key: string | undefined, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Read a whole SSE body into its events (data parsed as JSON where it is JSON). */
export async function readSse(res: Response): Promise<{ event?: string; data: string; json?: unknown }[]> {
  const text = await res.text();
  const out: { event?: string; data: string; json?: unknown }[] = [];
  for (const block of text.split("\n\n")) {
    if (block.trim() === "") continue;
    let event: string | undefined;
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    const d = data.join("\n");
    let json: unknown;
    try {
      json = JSON.parse(d);
    } catch {
      json = undefined;
    }
    out.push({ ...(event !== undefined ? { event } : {}), data: d, ...(json !== undefined ? { json } : {}) });
  }
  return out;
}
