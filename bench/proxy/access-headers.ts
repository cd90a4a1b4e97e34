/**
 * `node --import tsx bench/proxy/access-headers.ts`: what the six `x-ratelimit-*` headers cost node:http to write,
 * as the gateway writes answers (a header set with `res.setHeader` first, then `writeHead`), measured as the server
 * process's CPU per request (from /proc, the server in a child process, 8 keep-alive connections, 5 interleaved
 * rounds, medians). Variants: no extra headers; the six passed to `writeHead` as an object (how the gateway
 * writes them today); as a flat `[name, value, ...]` array.
 * Env: BENCH_CALLS (default 20000 per round and variant).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, createServer, request } from "node:http";

const RATE = {
  "x-ratelimit-limit-requests": "1000000000",
  "x-ratelimit-remaining-requests": "999999123",
  "x-ratelimit-reset-requests": "59.812s",
  "x-ratelimit-limit-tokens": "1000000000",
  "x-ratelimit-remaining-tokens": "999912345",
  "x-ratelimit-reset-tokens": "59.812s",
};
const BODY = JSON.stringify({ id: "chatcmpl-bench", choices: [{ index: 0, message: { role: "assistant", content: "hello ".repeat(50) } }] });

if (process.argv[2] === "server") {
  const length = Buffer.byteLength(BODY);
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.setHeader("x-request-id", "bench");
      if (req.url === "/object") res.writeHead(200, { ...RATE, "content-type": "application/json", "content-length": length });
      else if (req.url === "/array") {
        const flat: string[] = [];
        for (const [k, v] of Object.entries(RATE)) flat.push(k, v);
        flat.push("content-type", "application/json", "content-length", String(length));
        res.writeHead(200, flat);
      } else res.writeHead(200, { "content-type": "application/json", "content-length": length });
      res.end(BODY);
    });
  });
  server.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`));
} else {
  const calls = Number(process.env["BENCH_CALLS"] ?? 20_000);
  const child = spawn(process.execPath, ["--import", "tsx", new URL(import.meta.url).pathname, "server"], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve) => child.stdout.once("data", (d: Buffer) => resolve((JSON.parse(d.toString()) as { port: number }).port)));
  const cpu = () => {
    const f = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(f[11]) + Number(f[12])) * 10_000;
  };
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const one = (path: string) =>
    new Promise<void>((resolve, reject) => {
      const r = request({ host: "127.0.0.1", port, method: "POST", path, agent }, (res) => {
        res.resume();
        res.on("end", resolve);
      });
      r.on("error", reject);
      r.end("{}");
    });
  const run = async (path: string, n: number): Promise<number> => {
    const c0 = cpu();
    let i = 0;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (i++ < n) await one(path);
    }));
    return (cpu() - c0) / n;
  };
  const variants = ["/none", "/object", "/array"];
  for (const v of variants) await run(v, 3_000);
  const got: Record<string, number[]> = {};
  for (let r = 0; r < 5; r++) for (const v of variants) (got[v] ??= []).push(await run(v, calls));
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
  const base = med(got["/none"] ?? []);
  console.log(`server CPU µs per request (median of 5 rounds of ${calls}): no rate headers ${base.toFixed(1)}`);
  for (const v of ["/object", "/array"]) console.log(`  + six x-ratelimit-* headers, writeHead(${v.slice(1)}): ${med(got[v] ?? []).toFixed(1)} (+${(med(got[v] ?? []) - base).toFixed(1)})`);
  agent.destroy();
  child.kill();
}
