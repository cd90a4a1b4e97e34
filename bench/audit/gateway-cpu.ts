/**
 * `node --import tsx bench/audit/gateway-cpu.ts`: the gateway's CPU time per request (user + system of the gateway
 * process, from /proc, divided by requests served) with auditing off and on, 4 KB chats through the default controls
 * (policy guard included) against the mock upstream. CPU per request holds on a shared machine where req/s does
 * not. Interleaved rounds, best of each. Env: BENCH_DURATION_MS (3000), BENCH_CONNECTIONS (64), BENCH_ROUNDS (2).
 */
import { readFileSync } from "node:fs";
import { chatBody } from "../support/chat-body.js";
import { runLoad, spawnChild } from "../support/spawn-child.js";

const duration = Number(process.env["BENCH_DURATION_MS"] ?? 3000);
const connections = Number(process.env["BENCH_CONNECTIONS"] ?? 64);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 2);
const TICK_US = 1e6 / 100; // USER_HZ is 100 on Linux

/** CPU time of a process so far, in µs (utime + stime from /proc/PID/stat). */
function cpuUs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

const mock = await spawnChild<{ port: number }>(new URL("../support/mock-upstream.ts", import.meta.url).pathname);
const config = (audit: boolean) => ({
  providers: { up: { type: "openai", baseUrl: `http://127.0.0.1:${mock.info.port}/v1` } },
  routes: [{ models: ["*"], provider: "up" }],
  logging: { level: "warn" },
  audit: { enabled: audit },
});
const best: Record<string, { us: number; rps: number }> = {};
for (let round = 0; round < rounds; round++) {
  for (const audit of [false, true]) {
    const name = audit ? "audit on" : "audit off";
    const w = await spawnChild<{ url: string; key: string; pid: number }>(new URL("../support/warden-child.ts", import.meta.url).pathname, [
      JSON.stringify({ controls: "default", config: config(audit) }),
    ]);
    const spec = { url: `${w.info.url}/v1/chat/completions`, body: chatBody(4096, "gpt-bench", false), headers: { authorization: `Bearer ${w.info.key}` }, connections };
    await runLoad({ ...spec, durationMs: 1500, warmupMs: 0 }); // JIT warm-up
    const c0 = cpuUs(w.info.pid);
    const r = await runLoad({ ...spec, durationMs: duration, warmupMs: 0 });
    const us = (cpuUs(w.info.pid) - c0) / Math.max(1, r.requests);
    await w.stop();
    console.log(`round ${round + 1} ${name.padEnd(10)} ${us.toFixed(0)} µs CPU/request, ${r.rps.toFixed(0)} req/s, errors ${r.errors}`);
    const prev = best[name];
    if (!prev || us < prev.us) best[name] = { us, rps: r.rps };
  }
}
await mock.stop();
const off = best["audit off"];
const on = best["audit on"];
if (off && on) {
  console.log(`\nbest: off ${off.us.toFixed(0)} µs/request, on ${on.us.toFixed(0)} µs/request`);
  console.log(`auditing adds ${(on.us - off.us).toFixed(0)} µs CPU per request: ${(100 * (1 - off.us / on.us)).toFixed(1)}% of throughput at equal CPU (target ≤ 20%)`);
}
