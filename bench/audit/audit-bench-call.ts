/**
 * The call the audit benchmarks record: a 4 KB chat request (English prose; German and Japanese with
 * AUDIT_BENCH_TEXT=non-ascii) and a chat answer of `answerSentences` sentences, with the call context the recorder
 * needs; and the main thread's CPU time (the event loop's share of a call).
 */
import { readFileSync } from "node:fs";
import type { CallContext } from "../../src/core/call-context.js";
import type { CancelSignal } from "../../src/core/cancel-signal.js";
import type { JsonObject } from "../../src/core/json.js";
import { chatBody } from "../support/chat-body.js";

export interface AuditBenchCall {
  original: JsonObject;
  response: JsonObject;
  responseRaw: string;
  context: (requestId: string) => CallContext;
}

/** A chat request of about `chars` characters of German and Japanese prose (multi-byte UTF-8, as most non-English traffic). */
function nonAsciiChat(chars: number): string {
  const sentences = ["Bitte fasse die Notizen der Quartalsplanung zusammen.", "Die Migration des Abrechnungsdienstes läuft über zwei Wochen.", "会議のメモを要約してください。", "来週は負荷試験を予定しています。"];
  let text = "";
  for (let i = 0; text.length < chars - 120; i++) text += `${sentences[i % sentences.length]} `;
  return JSON.stringify({ model: "gpt-bench", messages: [{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: text.trim() }] });
}

export function auditBenchCall(answerSentences: number): AuditBenchCall {
  const raw = process.env["AUDIT_BENCH_TEXT"] === "non-ascii" ? nonAsciiChat(4096) : chatBody(4096, "gpt-bench", false);
  const original = JSON.parse(raw) as JsonObject;
  // What the gateway's server read: the text and its bytes (the pipeline passes both, see `CallContext.rawBytes`).
  const rawBytes = Buffer.from(raw, "utf8");
  const responseRaw = JSON.stringify({
    id: "chatcmpl-bench",
    object: "chat.completion",
    created: 1_700_000_000,
    model: "gpt-bench",
    choices: [{ index: 0, message: { role: "assistant", content: "The meeting covered the billing migration. ".repeat(answerSentences) }, finish_reason: "stop" }],
    usage: { prompt_tokens: 900, completion_tokens: answerSentences * 10, total_tokens: 900 + answerSentences * 10 },
  });
  const response = JSON.parse(responseRaw) as JsonObject;
  const context = (requestId: string): CallContext => ({
    requestId,
    receivedAt: Date.now(),
    principal: { keyId: "key_0123456789", tenant: "bench", app: "bench", roles: ["app"] },
    api: "openai.chat",
    original,
    rawBody: raw,
    rawBytes,
    spec: { api: "openai.chat", model: "gpt-bench", stream: false, parts: [] },
    providerName: "up",
    upstreamModel: "gpt-bench",
    clientHeaders: {},
    signal: {} as CancelSignal,
    responseHeaders: {},
  });
  return { original, response, responseRaw, context };
}

/**
 * CPU µs of this process's main thread so far: time on the CPU in ns from /proc/self/task/<pid>/schedstat (not
 * rounded to the 10 ms ticks of `stat`, which made per-call figures whole µs), or from `stat` where there is none.
 */
export function mainThreadUs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1000;
  } catch {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10_000;
  }
}
