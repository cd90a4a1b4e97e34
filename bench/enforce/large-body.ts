/**
 * `node --import tsx bench/enforce/large-body.ts`: what a large request body does to the other calls of a gateway,
 * with detection on the event loop (`server.detection.threads: 0`, the baseline) and on a detection thread (the
 * default), side by side in one run. Per size (MB env var, default "1,9"; a name-dense text, random words from a
 * fixed seed): the large call's status and time, the time of a small call sent 50 ms after it, and the event loop's
 * longest stall meanwhile; ROUNDS (default 3) large calls per configuration after one warm-up, medians. The gateway is
 * in this process (default policy, a mock upstream on loopback), like the acceptance tests.
 */
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import type { PolicyGuard } from "../../src/enforce/policy-guard.js";
import { startMockUpstream } from "../../test/support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway } from "../../test/support/test-gateway.js";

const sizes = (process.env.MB ?? "1,9").split(",").map(Number);
const rounds = Number(process.env.ROUNDS ?? 3);
const WORDS = "alpha report Maria Schmidt revenue north ticket lead appendix audit figure review contact support window server deploy Berlin Paris invoice order shipping customer account".split(" ");

function text(mb: number, round: number): string {
  let seed = 7 + round;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const parts: string[] = [];
  let n = 0;
  while (n < mb * 1024 * 1024) {
    const w = `${WORDS[Math.floor(rnd() * WORDS.length)]}${rnd() < 0.08 ? ". " : " "}`;
    parts.push(w);
    n += w.length;
  }
  return parts.join("");
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Cell {
  status: string;
  bigMs: number;
  smallMs: number;
  stallMs: number;
}

async function measure(threads: number, mb: number): Promise<Cell> {
  const mock = await startMockUpstream();
  const guard: PolicyGuard = createPolicyGuard();
  const t = await startTestGateway(mockConfig(mock.url, { server: { detection: { threads } } }), { guard });
  const url = `${t.url}/v1/chat/completions`;
  const call = (content: string) => postJson(url, { model: "gpt-4o", messages: [{ role: "user", content }] }, t.key);
  await (await call("warm up: Maria Schmidt in Berlin")).text();
  if (threads > 0) await guard.detectionThreads?.warm();
  await (await call(text(mb, 99))).text();
  const cells: Cell[] = [];
  for (let r = 0; r < rounds; r++) {
    const body = text(mb, r);
    let stall = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last - 10);
      last = now;
    }, 10);
    const t0 = performance.now();
    const big = call(body).then(async (res) => ({ status: res.status, ms: (await res.text(), performance.now() - t0) }));
    await new Promise((res) => setTimeout(res, 50));
    const s0 = performance.now();
    await (await call("hello")).text();
    const smallMs = performance.now() - s0;
    const b = await big;
    clearInterval(timer);
    cells.push({ status: String(b.status), bigMs: b.ms, smallMs, stallMs: stall });
  }
  await t.close();
  await mock.close();
  return { status: [...new Set(cells.map((c) => c.status))].join("/"), bigMs: median(cells.map((c) => c.bigMs)), smallMs: median(cells.map((c) => c.smallMs)), stallMs: median(cells.map((c) => c.stallMs)) };
}

const f = (n: number): string => `${Math.round(n)} ms`.padStart(9);
console.log(`large request bodies, default policy (2 s budget, fail-closed), medians of ${rounds}`);
console.log("size   detection        large call (status, time)   small call after 50 ms   longest stall");
for (const mb of sizes) {
  const base = await measure(0, mb);
  const thread = await measure(1, mb);
  for (const [name, c] of [["event loop", base], ["thread", thread]] as const) {
    console.log(`${String(mb).padStart(2)} MB  ${name.padEnd(15)}  ${c.status.padEnd(8)} ${f(c.bigMs)}           ${f(c.smallMs)}                ${f(c.stallMs)}`);
  }
  console.log(`       thread ÷ event loop: small call ${(thread.smallMs / base.smallMs).toFixed(2)}×, longest stall ${(thread.stallMs / base.stallMs).toFixed(2)}×, large call ${(thread.bigMs / base.bigMs).toFixed(2)}×`);
}
