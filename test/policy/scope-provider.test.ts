import { rmSync } from "node:fs";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/core/config-error.js";
import { startGateway } from "../../src/gateway.js";
import { tempDir } from "../support/test-gateway.js";

const dataDir = tempDir("scope-provider");
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = (provider: string) => {
  const { config } = parseConfig(
    {
      dataDir,
      providers: { demo: { type: "demo" }, local: { type: "demo" } },
      routes: [{ models: ["*"], provider: "demo" }],
      policy: { scopes: [{ id: "strict-local", match: { provider }, failMode: "closed", rules: [{ id: "no-pii", match: { category: "pii" }, action: "block" }] }] },
    },
    {},
    "test",
  );
  return startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1" });
};

describe("a policy scope's provider is checked against the configured providers at start-up", () => {
  it("a misspelt provider stops the gateway from starting, naming the scope, the path and the closest name", async () => {
    const err = await start("locall").then(
      async (gw) => {
        await gw.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).issues).toEqual([
      { path: "scopes.0.match.provider", message: "scope 'strict-local' can never apply: unknown provider 'locall' (configured: demo, local); did you mean 'local'?" },
    ]);
  });

  it("a configured provider, or a glob that matches one, starts", async () => {
    for (const provider of ["local", "loc*"]) {
      const gw = await start(provider);
      await gw.close();
    }
  });
});
