import { Agent } from "undici";
import { createDetectionEngine, type DetectionEngine } from "../detect/engine.js";
import type { Attack, AttackResult, Outcome, TargetReply, Verdict } from "./attack.js";
import { gradeReply } from "./graders/grade-reply.js";
import { judgeReply } from "./graders/judge.js";
import { isRefusal } from "./graders/refusal.js";
import { type ChatTarget, callChat } from "./target/chat-target.js";

export interface RunOptions {
  /** Attacks in flight at once (default 4). */
  concurrency?: number;
  /** Optional judge model. */
  judge?: ChatTarget;
  /** Detection engine for the sensitive-data grader (default: the built-in detectors). */
  engine?: DetectionEngine;
  /** Retries of a call answered 429, 502, 503 or 504 (not a policy block) or not answered at all (default 2). */
  retries?: number;
  /** First retry delay in ms, doubled each retry (default 500). */
  retryDelayMs?: number;
  /** Called after each attack (progress). */
  onResult?: (r: AttackResult, done: number, total: number) => void;
}

/** Worth retrying: rate limited, a gateway or upstream hiccup, or no answer at all (never a policy block). */
function isTransient(reply: TargetReply): boolean {
  return reply.kind === "error" && (reply.status === 0 || reply.status === 429 || reply.status === 502 || reply.status === 503 || reply.status === 504);
}

/** Grade one reply into an outcome. Exported for tests and for re-grading saved replies. */
export async function judgeOutcome(attack: Attack, reply: TargetReply, engine: DetectionEngine, judge?: ChatTarget): Promise<AttackResult> {
  if (reply.kind === "blocked") {
    return { attack, reply, outcome: "blocked", verdicts: [], refused: false, reason: `blocked by the target's policy (${reply.code ?? `HTTP ${reply.status}`})` };
  }
  if (reply.kind === "error") {
    return { attack, reply, outcome: "error", verdicts: [], refused: false, reason: `no usable reply: ${reply.code ?? `HTTP ${reply.status}`}${reply.message ? `: ${reply.message.slice(0, 200)}` : ""}` };
  }
  const refused = isRefusal(reply.text, reply.toolCalls.length > 0);
  const verdicts: Verdict[] = gradeReply(attack.goal, reply, refused, engine);
  if (judge) verdicts.push(await judgeReply(judge, attack, reply));
  const hits = verdicts.filter((v) => v.hit);
  const outcome: Outcome = hits.length > 0 ? "succeeded" : "resisted";
  const reason = hits.length > 0 ? hits.map((v) => `${v.grader}: ${v.detail}`).join("; ") : refused ? "the model refused" : "no grader fired";
  return { attack, reply, outcome, verdicts, refused, reason };
}

/**
 * Run attacks against a target, `concurrency` at a time, and grade every reply. Results come back in attack order.
 *
 * @example
 * const results = await runRedteam({ url: "http://127.0.0.1:8080", model: "gpt-4o-mini", key }, buildSuite().attacks);
 */
export async function runRedteam(target: ChatTarget, attacks: readonly Attack[], opts: RunOptions = {}): Promise<AttackResult[]> {
  const engine = opts.engine ?? createDetectionEngine();
  const results: AttackResult[] = new Array(attacks.length);
  const n = Math.max(1, Math.min(opts.concurrency ?? 4, attacks.length));
  // Our own connection pool, closed at the end, so the process can exit as soon as the run is over.
  const agent = new Agent({ connections: n, keepAliveTimeout: 10_000 });
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < attacks.length) {
      const i = next++;
      const attack = attacks[i] as Attack;
      const call = { messages: attack.messages, ...(attack.tools ? { tools: attack.tools } : {}), ...(attack.jsonMode ? { jsonMode: true } : {}) };
      let reply = await callChat(target, call, agent);
      for (let retry = 0; retry < (opts.retries ?? 2) && isTransient(reply); retry++) {
        await new Promise((r) => setTimeout(r, (opts.retryDelayMs ?? 500) * 2 ** retry));
        reply = await callChat(target, call, agent);
      }
      const result = await judgeOutcome(attack, reply, engine, opts.judge);
      results[i] = result;
      opts.onResult?.(result, ++done, attacks.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: n }, worker));
  } finally {
    await agent.close();
  }
  return results;
}
