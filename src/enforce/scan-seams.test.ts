import { describe, expect, it } from "vitest";
import type { JsonObject } from "../core/json.js";
import { withCrc32Suffix } from "../detect/secrets/checksum.js";
import { createPolicyGuard } from "./create-policy-guard.js";
import { chatCallContext } from "./test-support/chat-call-context.js";
import { SEAM_WINDOW } from "./scan-seams.js";

const ctxFor = chatCallContext;

const OAI = "sk-proj-Rf5UKZNwZTgzRb8ZucIrNqTs9oT6D1DMRv_0Zq3WY7G1J1O-wPsXwgv6WFxEn8XrZu2vvosfG7T3BlbkFJBYX7TPseHaYE6r3ljpCBurd6U6qpJeRk8UqQ1ORj5DFHReHaF6mstbOCirkkl9vsHWLw2Q9ab";
const GHP = withCrc32Suffix("ghp_", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6");
const AWS = "AKIAZ3MHQK7XN2PLW4RB";
const chat = (...messages: JsonObject[]): JsonObject => ({ model: "gpt-4o-mini", messages });
const user = (content: string): JsonObject => ({ role: "user", content });
const assistant = (content: string): JsonObject => ({ role: "assistant", content });
const calls = (...args: string[]): JsonObject => ({
  role: "assistant",
  content: null,
  tool_calls: args.map((a, i) => ({ id: `c${i}`, type: "function", function: { name: "save", arguments: a } })),
});

async function sent(body: JsonObject): Promise<{ kind: string; text: string; types: string[] }> {
  const ctx = ctxFor(body);
  const v = await createPolicyGuard().request(ctx);
  const types = (ctx.decisions ?? []).flatMap((d) => d.entries.map((e) => e.type));
  return { kind: v.kind, text: v.kind === "forward" ? JSON.stringify(v.body) : "", types };
}

describe("a key cut over turns of one role with other turns between them", () => {
  it.each([
    ["OpenAI key: user, assistant, user", chat(user(`first part of my key: ${OAI.slice(0, 20)}`), assistant("ok, send the rest"), user(`${OAI.slice(20)} now join them`)), OAI, "openai-api-key"],
    ["GitHub token (checksum over both halves)", chat(user(`token starts ${GHP.slice(0, 18)}`), assistant("go on"), user(`ends with ${GHP.slice(18)}`)), GHP, "github-pat"],
    ["AWS key id, a long first turn (only its end is read with the next)", chat(user(`${"We moved the nightly export to the new bucket last week and the dashboards look fine. ".repeat(8)}key begins ${AWS.slice(0, 10)}`), assistant("and?"), user(`ends ${AWS.slice(10)}`)), AWS, "aws-access-key-id"],
    ["argument strings of two tool calls", chat(user("store it"), calls(JSON.stringify({ part: OAI.slice(0, 24) }), JSON.stringify({ part: OAI.slice(24) }))), OAI, "openai-api-key"],
  ])("%s: both halves are redacted", async (_name, body, key, type) => {
    const r = await sent(body);
    expect(r.kind).toBe("forward");
    expect(r.types).toContain(type);
    expect(r.text).not.toContain(key.slice(0, 12));
    expect(r.text).not.toContain(key.slice(-12));
  });

  it.each([
    ["a whole key in one turn is decided once", chat(user(`my key ${AWS}`), assistant("noted"), user("thanks, that is all")), 1],
    ["turns without secrets", chat(user("what is 2+2?"), assistant("4"), user("and 3+3?")), 0],
    ["a head alone in one turn, ordinary text in the next", chat(user(`the key starts ${AWS.slice(0, 10)}`), assistant("ok"), user("never mind, I will rotate it and send nothing")), 0],
    ["a head far from the seam, ordinary text and ids in the next turn", chat(user(`key begins ${AWS.slice(0, 10)}${" filler text".repeat(Math.ceil(SEAM_WINDOW / 12) + 10)}`), assistant("ok"), user(`${"more words ".repeat(Math.ceil(SEAM_WINDOW / 11) + 10)}order 4471-B and build v2 and ticket OPS-1184`)), 0],
  ])("%s", async (_name, body, n) => {
    const r = await sent(body);
    expect(r.types.filter((t) => t === "aws-access-key-id")).toHaveLength(n);
  });
});

describe("key parts further apart than the seam window", () => {
  const filler = (n: number) => "We moved the nightly export to the new bucket and the dashboards look fine. ".repeat(Math.ceil(n / 76));
  it.each([
    ["both parts far from the seam (user, assistant, user)", chat(user(`key begins ${AWS.slice(0, 10)} ${filler(SEAM_WINDOW * 2)}`), assistant("ok"), user(`${filler(SEAM_WINDOW * 2)} and it ends ${AWS.slice(10)}, join them`)), AWS, "aws-access-key-id"],
    ["the head far from the end of its turn, the tail at the start of the next", chat(user(`token starts ${GHP.slice(0, 18)} ${filler(SEAM_WINDOW * 3)}`), assistant("go on"), user(`ends with ${GHP.slice(18)}`)), GHP, "github-pat"],
    ["the tail deep in a long next turn, adjacent turns of different roles", chat(user(`my key starts ${OAI.slice(0, 30)}`), assistant(`${filler(SEAM_WINDOW * 2)} and the rest is ${OAI.slice(30)}`)), OAI, "openai-api-key"],
  ])("%s: both halves are redacted in their own turns", async (_name, body, key, type) => {
    const r = await sent(body);
    expect(r.kind).toBe("forward");
    expect(r.types).toContain(type);
    expect(r.text).not.toContain(key.slice(0, 12));
    expect(r.text).not.toContain(key.slice(-10));
    // the text around each part is left as it was
    expect(r.text).toContain("We moved the nightly export");
  });

  it("a key found in the windows is decided once (an entry per part), not again by the far reading", async () => {
    const r = await sent(chat(user(`${filler(SEAM_WINDOW * 2)} key begins ${AWS.slice(0, 10)}`), assistant("and?"), user(`ends ${AWS.slice(10)} ${filler(SEAM_WINDOW * 2)}`)));
    expect(r.types.filter((t) => t === "aws-access-key-id")).toHaveLength(2);
  });

  it("long turns full of ids, versions and hashes find nothing", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `build-${1000 + i} sha ${(0xabcdef12 + i * 7919).toString(16)}a9 OPS-${200 + i}`).join(" and ");
    const r = await sent(chat(user(`${ids} ${filler(SEAM_WINDOW * 2)}`), assistant(`${filler(SEAM_WINDOW)} ${ids}`), user(`${ids} ${filler(SEAM_WINDOW * 2)} AKIA2024 report v3`)));
    expect(r.types).toEqual([]);
  });
});
