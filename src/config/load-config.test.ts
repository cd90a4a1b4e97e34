import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../core/config-error.js";
import { loadConfig, parseConfig } from "./load-config.js";

const dir = mkdtempSync(join(tmpdir(), "warden-config-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(text: string): string {
  const p = join(dir, `config-${n++}.yaml`);
  writeFileSync(p, text);
  return p;
}

/** The configuration example from the gateway issue, exactly as written there. */
const ISSUE_EXAMPLE = `listen: { host: 127.0.0.1, port: 8080 }
dataDir: ./.warden
providers:
  openai: { type: openai, baseUrl: https://api.openai.com/v1, apiKey: \${OPENAI_API_KEY} }
  anthropic: { type: anthropic, baseUrl: https://api.anthropic.com, apiKey: \${ANTHROPIC_API_KEY} }
  demo: { type: demo }
routes:
  - { models: ["gpt-*", "o*"], provider: openai }
  - { models: ["claude-*"], provider: anthropic }
  - { models: ["*"], provider: demo }
`;

function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return [...(err as ConfigError).issues];
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("the issue's example works as written, with the env vars set", () => {
    const { config, warnings, source } = loadConfig(file(ISSUE_EXAMPLE), { OPENAI_API_KEY: "sk-openai-test", ANTHROPIC_API_KEY: "sk-ant-test" });
    expect(warnings).toEqual([]);
    expect(source).toMatch(/config-\d+\.yaml$/);
    expect(config.listen).toEqual({ host: "127.0.0.1", port: 8080 });
    expect(config.dataDir).toBe("./.warden");
    expect(config.providers["openai"]).toMatchObject({ type: "openai", baseUrl: "https://api.openai.com/v1", apiKey: "sk-openai-test", maxRetries: 2 });
    expect(config.providers["anthropic"]).toMatchObject({ type: "anthropic", baseUrl: "https://api.anthropic.com", apiKey: "sk-ant-test", version: "2023-06-01" });
    expect(config.providers["demo"]).toEqual({ type: "demo", tokenDelayMs: 0, mode: "safe" });
    expect(config.routes).toEqual([
      { models: ["gpt-*", "o*"], provider: "openai" },
      { models: ["claude-*"], provider: "anthropic" },
      { models: ["*"], provider: "demo" },
    ]);
  });

  it("the issue's example works without the env vars (a warning per unset variable, with its path)", () => {
    const { config, warnings } = loadConfig(file(ISSUE_EXAMPLE), {});
    expect(config.providers["openai"]).toMatchObject({ type: "openai", apiKey: "" });
    expect(warnings).toEqual([
      { path: "providers.openai.apiKey", message: "environment variable OPENAI_API_KEY is not set" },
      { path: "providers.anthropic.apiKey", message: "environment variable ANTHROPIC_API_KEY is not set" },
    ]);
  });

  it("env values never inject YAML structure", () => {
    const { config } = loadConfig(file("providers: { demo: { type: demo } }\ndataDir: ${DIR}\n"), { DIR: "x\nlisten: { port: 1 }" });
    expect(config.dataDir).toBe("x\nlisten: { port: 1 }");
    expect(config.listen.port).toBe(8080);
  });

  it("${VAR:-default}, ${VAR} inside longer strings, and empty values fall back to the default", () => {
    const text = [
      "listen:",
      "  host: ${HOST:-127.0.0.1}",
      "dataDir: ${HOME_DIR:-/tmp/warden}/data",
      "providers:",
      '  openai: { type: openai, baseUrl: "https://${OPENAI_HOST:-api.openai.com}/v1", apiKey: "${KEY:-none}" }',
      "routes:",
      "  - { models: ['*'], provider: openai }",
    ].join("\n");
    const unset = loadConfig(file(text), {});
    expect(unset.warnings).toEqual([]);
    expect(unset.config.listen.host).toBe("127.0.0.1");
    expect(unset.config.dataDir).toBe("/tmp/warden/data");
    expect(unset.config.providers["openai"]).toMatchObject({ baseUrl: "https://api.openai.com/v1", apiKey: "none" });
    const set = loadConfig(file(text), { HOST: "0.0.0.0", HOME_DIR: "/srv", OPENAI_HOST: "llm.internal", KEY: "sk-x", EMPTY: "" });
    expect(set.config.listen.host).toBe("0.0.0.0");
    expect(set.config.dataDir).toBe("/srv/data");
    expect(set.config.providers["openai"]).toMatchObject({ baseUrl: "https://llm.internal/v1", apiKey: "sk-x" });
    const empty = loadConfig(file(text), { HOST: "" });
    expect(empty.config.listen.host).toBe("127.0.0.1");
  });

  it("a whole ${VAR} where a number or a boolean belongs is taken as one; elsewhere digits stay text", () => {
    const text = [
      "listen: { port: ${WPORT} }",
      "providers:",
      "  up: { type: openai, baseUrl: http://127.0.0.1:9/v1, apiKey: ${KEY}, maxRetries: ${RETRIES:-1} }",
      "routes:",
      "  - { models: ['*'], provider: up }",
    ].join("\n");
    const { config } = loadConfig(file(text), { WPORT: "9090", KEY: "12345" });
    expect(config.listen.port).toBe(9090);
    expect(config.providers["up"]).toMatchObject({ apiKey: "12345", maxRetries: 1 });
    // not a number: still the schema's error, with its path
    expect(() => loadConfig(file(text), { WPORT: "eighty", KEY: "k" })).toThrow(/listen\.port/);
    // a number inside a longer string is not a number
    expect(() => loadConfig(file(text.replace("${WPORT}", "'${WPORT}0'")), { WPORT: "90", KEY: "k" })).toThrow(/listen\.port/);
  });

  it("a field refused because an unset variable left it empty names that variable; other fields do not", () => {
    const text = ["listen: { port: ${WPORT} }", "providers:", "  up: { type: openai, baseUrl: '${BASE}', apiKey: '${KEY}' }", "routes:", "  - { models: ['*'], provider: up }"].join("\n");
    let issues: readonly { path: string; message: string }[] = [];
    try {
      loadConfig(file(text), {});
    } catch (err) {
      issues = (err as ConfigError).issues;
    }
    expect(issues.find((i) => i.path === "listen.port")?.message).toMatch(/^Expected number, received string; environment variable WPORT is not set$/);
    expect(issues.find((i) => i.path === "providers.up.baseUrl")?.message).toContain("environment variable BASE is not set");
    expect(issues.some((i) => i.message.includes("KEY"))).toBe(false);
  });

  it("no file: the embedded defaults (demo for every model on 127.0.0.1:8080, ./.warden)", () => {
    const { config, source } = loadConfig(undefined, {});
    expect(source).toBe("embedded defaults");
    expect(config.listen).toEqual({ host: "127.0.0.1", port: 8080 });
    expect(config.dataDir).toBe("./.warden");
    expect(config.providers).toEqual({ demo: { type: "demo", tokenDelayMs: 0, mode: "safe" } });
    expect(config.routes).toEqual([{ models: ["*"], provider: "demo" }]);
    expect(config.server.bodyLimit).toBe(10 * 1024 * 1024);
  });

  it("keys.store: sqlite by default; postgres needs the PostgreSQL store, and says so with its path", () => {
    expect(loadConfig(undefined, {}).config.keys).toEqual({ store: "sqlite", refreshMs: 30_000, maxStaleSeconds: 30, policyMaxStaleSeconds: 30 });
    const issues = issuesOf(() => loadConfig(file("keys: { store: postgres }\n"), {}));
    expect(issues).toEqual([{ path: "keys.store", message: expect.stringContaining("store.type to postgres") }]);
    const ok = loadConfig(file("store: { type: postgres, url: 'postgres://u@h/db', schema: w }\nkeys: { store: postgres, refreshMs: 5000 }\n"), {}).config;
    expect(ok.keys).toEqual({ store: "postgres", refreshMs: 5_000, maxStaleSeconds: 30, policyMaxStaleSeconds: 30 });
    expect(issuesOf(() => loadConfig(file("keys: { store: mysql }\n"), {}))[0]?.path).toBe("keys.store");
  });

  it("byte sizes: numbers and units", () => {
    expect(parseConfig({ server: { bodyLimit: "512kb" } }, {}).config.server.bodyLimit).toBe(512 * 1024);
    expect(parseConfig({ server: { bodyLimit: "1.5mb" } }, {}).config.server.bodyLimit).toBe(1.5 * 1024 * 1024);
    expect(parseConfig({ server: { bodyLimit: 2048 } }, {}).config.server.bodyLimit).toBe(2048);
  });

  it("a missing file is one issue naming the file", () => {
    const issues = issuesOf(() => loadConfig(join(dir, "nope.yaml"), {}));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain("nope.yaml");
  });

  it("YAML syntax errors are reported with their line", () => {
    const issues = issuesOf(() => loadConfig(file("listen:\n  port: 1\n  port: 2\n"), {}));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.path).toMatch(/^line \d+$/);
  });
});

describe("every problem is reported at once, with its path", () => {
  it("two bad fields and an unknown provider in a route → three issues", () => {
    const issues = issuesOf(() =>
      parseConfig({ listen: { port: "eighty" }, server: { bodyLimit: "lots" }, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "nope" }] }, {}),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(["listen.port", "routes.0.provider", "server.bodyLimit"]);
    expect(issues.find((i) => i.path === "routes.0.provider")?.message).toContain("unknown provider 'nope'");
  });

  it("the same from a YAML file, and the error message lists each path", () => {
    const path = file("listen: { port: eighty }\nserver: { bodyLimit: lots }\nroutes:\n  - { models: ['*'], provider: nope }\n");
    let message = "";
    try {
      loadConfig(path, {});
    } catch (err) {
      message = (err as Error).message;
    }
    for (const p of ["listen.port", "server.bodyLimit", "routes.0.provider"]) expect(message).toContain(p);
  });

  it.each([
    { name: "unknown top-level key", raw: { listn: {} }, path: "" },
    { name: "unknown nested key", raw: { server: { bodyLimt: 1 } }, path: "server" },
    { name: "unknown provider key", raw: { providers: { demo: { type: "demo", colour: "blue" } } }, path: "providers.demo" },
    { name: "unknown route key", raw: { routes: [{ models: ["*"], provider: "demo", weight: 2 }] }, path: "routes.0" },
  ])("$name is rejected", ({ raw, path }) => {
    const issues = issuesOf(() => parseConfig(raw, {}));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toMatch(/unrecognized key/i);
  });

  it.each([
    { raw: { listen: { port: 70000 } }, path: "listen.port" },
    { raw: { providers: { x: { type: "openai", baseUrl: "not a url" } } , routes: [{ models: ["*"], provider: "x" }] }, path: "providers.x.baseUrl" },
    { raw: { providers: { x: { type: "bedrock" } }, routes: [{ models: ["*"], provider: "x" }] }, path: "providers.x.type" },
    { raw: { routes: [{ models: [], provider: "demo" }] }, path: "routes.0.models" },
    { raw: { logging: { level: "loud" } }, path: "logging.level" },
    { raw: { providers: { d: { type: "demo", mode: "evil" } }, routes: [{ models: ["*"], provider: "d" }] }, path: "providers.d.mode" },
  ])("invalid value at $path", ({ raw, path }) => {
    const issues = issuesOf(() => parseConfig(raw, {}));
    expect(issues.map((i) => i.path)).toEqual([path]);
  });
});
