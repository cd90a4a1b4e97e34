/**
 * CPU-time A/B of the policy guard between two compiled builds, in one process (both sides see the same machine
 * load): the default policy on the bench:enforce request (system prompt, 1 KB user prompt numbered per call so
 * every prompt is detected afresh) and the mock upstream's answer, as guard-cpu.ts runs it.
 *   node --import tsx bench/enforce/guard-ab.ts <old build dir> [new build dir, default dist]
 * An old build: `git archive <rev> src models tsconfig.json tsconfig.build.json package.json | tar -x -C /tmp/old`,
 * a link to node_modules there, then `npx tsc -p tsconfig.build.json` in it (the build dir is /tmp/old/dist).
 * The sides run alternately (ABBA) for ROUNDS rounds (default 8) of N calls (default 2000); medians of µs per call.
 * SAME=1 sends one body again and again instead (detection answered from the guard's cache). SIZE: prompt bytes
 * (default 1024).
 * An A/A run (the old build and a copy of it) measured the second side 3-4% slower: read ratios within ±0.05 as noise.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chatBody } from "../support/chat-body.js";

type Side = { name: string; run: (texts: string[]) => Promise<number> };
const [oldDir, newDir = "dist"] = process.argv.slice(2);
if (!oldDir) {
  console.error("usage: node --import tsx bench/enforce/guard-ab.ts <old build dir> [new build dir]");
  process.exit(2);
}
const N = Number(process.env["N"] ?? 2000);
const refused: Record<string, number> = { old: 0, new: 0 };
const ROUNDS = Number(process.env["ROUNDS"] ?? 8);
const same = process.env["SAME"] === "1";

async function side(name: string, dir: string): Promise<Side> {
  const root = `${pathToFileURL(resolve(dir)).href}/`;
  const load = <T>(p: string): Promise<T> => import(new URL(p, root).href) as Promise<T>;
  const { openaiChatEndpoint } = await load<typeof import("../../src/api/openai-chat/openai-chat-endpoint.js")>("api/openai-chat/openai-chat-endpoint.js");
  const { CancelSignal } = await load<typeof import("../../src/core/cancel-signal.js")>("core/cancel-signal.js");
  const { createPolicyGuard } = await load<typeof import("../../src/enforce/create-policy-guard.js")>("enforce/create-policy-guard.js");
  const { createDetectionEngine } = await load<typeof import("../../src/detect/engine.js")>("detect/engine.js");
  const guard = createPolicyGuard({ engine: createDetectionEngine() });
  const answer = {
    id: "chatcmpl-bench",
    object: "chat.completion",
    created: 1,
    model: "gpt-bench",
    choices: [{ index: 0, message: { role: "assistant", content: "The quick brown fox jumps over the lazy dog. ".repeat(4) }, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 40, total_tokens: 50 },
  };
  return {
    name,
    async run(raws) {
      // Parsing the body and the answer happens before the guard: made before timing.
      const ctxs = raws.map((raw, i) => {
        const body = JSON.parse(raw) as Record<string, unknown>;
        return {
          requestId: `r${i}`,
          receivedAt: Date.now(),
          principal: { keyId: "k1", tenant: "bench", app: "bench", roles: ["app"] },
          api: "openai.chat",
          original: body,
          rawBody: raw,
          spec: openaiChatEndpoint.parse(body as never),
          providerName: "bench",
          upstreamModel: "gpt-bench",
          clientHeaders: {},
          signal: new CancelSignal(),
          responseHeaders: {},
        } as unknown as Parameters<typeof guard.request>[0];
      });
      const answers = raws.map(() => structuredClone(answer) as never);
      const t = process.cpuUsage();
      for (let i = 0; i < ctxs.length; i++) {
        const ctx = ctxs[i]!;
        // On a loaded machine a call can outlast the policy's time budget and be refused (fail closed): counted
        // and printed, since such a call skips the response side.
        if ((await guard.request(ctx)).kind !== "forward") refused[name]!++;
        else await guard.response(ctx, answers[i]!);
      }
      const d = process.cpuUsage(t);
      return (d.user + d.system) / ctxs.length;
    },
  };
}

const a = await side("old", oldDir);
const b = await side("new", newDir);
const SIZE = Number(process.env["SIZE"] ?? 1024);
const base = chatBody(SIZE, "gpt-bench", false);
let made = 0;
const texts = (): string[] => Array.from({ length: N }, () => (same ? base : base.replace("quarterly", `quarterly ${made++}`)));
const times: Record<string, number[]> = { old: [], new: [] };
for (const s of [a, b]) await s.run(texts()); // warm-up (lazy model loads, JIT)
for (let r = 0; r < ROUNDS; r++) {
  for (const s of r % 2 === 0 ? [a, b] : [b, a]) times[s.name]!.push(await s.run(texts()));
}
const med = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const o = med(times["old"]!);
const n = med(times["new"]!);
console.log(`guard CPU per call (${same ? "same body" : "distinct prompts"}, ${SIZE} B, ${N} calls x ${ROUNDS} rounds, medians): old ${o.toFixed(1)} µs, new ${n.toFixed(1)} µs, new/old ${(n / o).toFixed(3)}${refused["old"]! + refused["new"]! > 0 ? `; refused (time budget) old ${refused["old"]}, new ${refused["new"]}` : ""}`);
