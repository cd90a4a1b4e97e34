/**
 * `node --import tsx bench/audit/profile-gateway.ts [DIR]`: run a gateway (default controls, auditing on) under
 * `--cpu-prof` with 4 KB chats against the mock upstream, and leave the profile in DIR (default /tmp/warden-prof).
 */
import { chatBody } from "../support/chat-body.js";
import { runLoad, spawnChild } from "../support/spawn-child.js";

const dir = process.argv[2] ?? "/tmp/warden-prof";
const mock = await spawnChild<{ port: number }>(new URL("../support/mock-upstream.ts", import.meta.url).pathname);
const config = {
  providers: { up: { type: "openai", baseUrl: `http://127.0.0.1:${mock.info.port}/v1` } },
  routes: [{ models: ["*"], provider: "up" }],
  logging: { level: "warn" },
  audit: { enabled: process.env["BENCH_AUDIT"] !== "off" },
};
const w = await spawnChild<{ url: string; key: string }>(
  new URL("../support/warden-child.ts", import.meta.url).pathname,
  [JSON.stringify({ controls: "default", config })],
  {},
  ["--cpu-prof", `--cpu-prof-dir=${dir}`],
);
const r = await runLoad({ url: `${w.info.url}/v1/chat/completions`, body: chatBody(4096, "gpt-bench", false), headers: { authorization: `Bearer ${w.info.key}` }, connections: 64, durationMs: 4000 });
await w.stop();
await mock.stop();
console.log(`${r.rps.toFixed(0)} req/s; profile in ${dir}`);
