import type { Command } from "commander";
import { loadConfig } from "../../config/load-config.js";
import { ConfigError } from "../../core/config-error.js";
import { createLogger } from "../../create-logger.js";
import { startGateway } from "../../gateway.js";
import { reportConfigError } from "../report-config-error.js";

/** `warden serve [--config FILE] [--port N] [--host H]` */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("run the gateway (embedded defaults when no --config is given)")
    .option("-c, --config <file>", "YAML config file")
    .option("-p, --port <port>", "listen port (overrides config and PORT)")
    .option("--host <host>", "listen address (overrides config)")
    .action(async (opts: { config?: string; port?: string; host?: string }) => {
      const loaded = reportConfigError(() => loadConfig(opts.config));
      if (!loaded) return;
      const { config, warnings } = loaded;
      const logger = createLogger(config.logging.level);
      for (const w of warnings) logger.warn({ path: w.path }, w.message);
      const portText = opts.port ?? process.env["PORT"];
      const port = portText !== undefined ? Number(portText) : undefined;
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
        process.stderr.write(`warden: invalid port '${portText}'\n`);
        process.exitCode = 2;
        return;
      }
      let gw: Awaited<ReturnType<typeof startGateway>>;
      try {
        gw = await startGateway({ config, logger, ...(port !== undefined ? { port } : {}), ...(opts.host ? { host: opts.host } : {}) });
      } catch (err) {
        // Files named by the config (TLS certificates and keys) are checked at start: same report, same exit code.
        if (!(err instanceof ConfigError)) throw err;
        process.stderr.write(`warden: ${err.message}\n`);
        process.exitCode = 2;
        return;
      }
      logger.info({ url: gw.url, config: loaded.source, providers: Object.keys(config.providers) }, "warden listening");
      if (opts.config === undefined && gw.keys.count() === 0) {
        const { key } = gw.keys.create({ tenant: "default", app: "default", roles: ["app"], name: "bootstrap" });
        process.stdout.write(
          `\nWarden is running on its embedded defaults (demo model, data in ${config.dataDir}).\n` +
            `A first API key was created for tenant 'default', app 'default'. It is shown once; keep it:\n\n  ${key}\n\n` +
            `Try it:\n\n  curl ${gw.url}/v1/chat/completions \\\n    -H "Authorization: Bearer ${key}" \\\n    -H "Content-Type: application/json" \\\n` +
            `    -d '{"model":"demo","messages":[{"role":"user","content":"Hello, Warden!"}]}'\n\n`,
        );
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          logger.info({ signal }, "shutting down");
          gw.close().then(resolve, resolve);
        };
        process.once("SIGTERM", () => stop("SIGTERM"));
        process.once("SIGINT", () => stop("SIGINT"));
      });
      logger.flush();
    });
}
