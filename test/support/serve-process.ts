import { spawn, type ChildProcess } from "node:child_process";

/**
 * Start `warden serve -c <cfg>` as its own process (the built CLI `bin`, working directory `cwd`); resolves with the
 * URL from its "warden listening" log line and the child, which is also pushed to `children` for the caller's
 * cleanup. Rejects when the process exits first or does not listen within 30 s, with what it printed.
 */
export function serveProcess(bin: string, cfg: string, cwd: string, children: ChildProcess[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, "serve", "-c", cfg], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((res, rej) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => rej(new Error(`gateway did not start: ${err}${out}`)), 30_000);
    child.stderr?.on("data", (c: Buffer) => (err += c.toString()));
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"[^\n]*"msg":"warden listening"/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        res({ url: m[1], child });
      }
    });
    child.on("exit", (code) => rej(new Error(`gateway exited ${code}: ${err}${out}`)));
  });
}
