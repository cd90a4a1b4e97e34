/**
 * A minimal OpenAI-compatible upstream for benchmarks: answers chat completions with a fixed JSON body or a
 * fixed 16-event SSE stream. Run as a child process; prints `{"port":N}` when listening.
 * `mock-upstream.ts slow MS EVENTS`: streams EVENTS content events MS milliseconds apart (a model generating),
 * each event carrying its send time (`"t":<ms since epoch>` in the chunk id) so clients can measure added latency.
 */
import { createServer } from "node:http";

const json = JSON.stringify({
  id: "chatcmpl-bench",
  object: "chat.completion",
  created: 1,
  model: "gpt-bench",
  choices: [{ index: 0, message: { role: "assistant", content: "The quick brown fox jumps over the lazy dog. ".repeat(4) }, finish_reason: "stop" }],
  usage: { prompt_tokens: 10, completion_tokens: 40, total_tokens: 50 },
});
const chunk = (content: string, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: "chatcmpl-bench", object: "chat.completion.chunk", created: 1, model: "gpt-bench", choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
const words = "The quick brown fox jumps over the lazy dog and keeps on running far away".split(" ");
const sse = words.map((w) => chunk(` ${w}`)).join("") + chunk("", "stop") + "data: [DONE]\n\n";

const slowMs = process.argv[2] === "slow" ? Number(process.argv[3] ?? 5) : 0;
const slowEvents = Number(process.argv[4] ?? 64);

const server = createServer((req, res) => {
  let stream = false;
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    // Cheap check, as a real server would parse: look for "stream":true.
    stream = body.includes('"stream":true');
    if (stream && slowMs > 0) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      let i = 0;
      const tick = () => {
        if (res.destroyed) return;
        if (i >= slowEvents) {
          res.end(chunk("", "stop") + "data: [DONE]\n\n");
          return;
        }
        const word = words[i % words.length] as string;
        res.write(`data: ${JSON.stringify({ id: `t${Date.now()}`, object: "chat.completion.chunk", created: 1, model: "gpt-bench", choices: [{ index: 0, delta: { content: ` ${word}` }, finish_reason: null }] })}\n\n`);
        i++;
        setTimeout(tick, slowMs);
      };
      tick();
    } else if (stream) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end(sse);
    } else {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
      res.end(json);
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const addr = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof addr === "object" && addr ? addr.port : 0 })}\n`);
});
process.once("SIGTERM", () => process.exit(0));
