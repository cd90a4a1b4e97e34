import { describe, expect, it } from "vitest";
import { anthropicMessagesEndpoint } from "../api/anthropic-messages/anthropic-messages-endpoint.js";
import { openaiChatEndpoint } from "../api/openai-chat/openai-chat-endpoint.js";
import type { JsonObject } from "../core/json.js";
import { createPolicyGuard } from "./create-policy-guard.js";
import { chatCallContext } from "./test-support/chat-call-context.js";

const ctxFor = chatCallContext;

const b64 = (s: string) => Buffer.from(s).toString("base64");
const withFile = (fileData: string): JsonObject => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: [{ type: "text", text: "read this" }, { type: "file", file: { filename: "f", file_data: fileData } }] }] });
const withImage = (url: string): JsonObject => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: [{ type: "image_url", image_url: { url } }] }] });
const PDF = `data:application/pdf;base64,${b64("%PDF-1.4 ...")}`;
const PNG = `data:image/png;base64,${b64("\u0089PNG....")}`;

describe("request parts: inline files", () => {
  it("a text file is enforced and encoded back as the same data URL", async () => {
    const guard = createPolicyGuard();
    const v = await guard.request(ctxFor(withFile(`data:text/plain;charset=utf-8;base64,${b64("key AKIAZ3MHQ7RT2XKPLW4N end")}`)));
    expect(v.kind).toBe("forward");
    if (v.kind !== "forward") return;
    const sent = JSON.stringify(v.body).match(/data:text\/plain;charset=utf-8;base64,([A-Za-z0-9+/=]+)/)?.[1] ?? "";
    expect(Buffer.from(sent, "base64").toString("utf8")).toBe("key [aws-access-key-id] end");
  });

  it("under the default policy an unreadable file is refused (fail closed); an image passes, unrecorded", async () => {
    const guard = createPolicyGuard();
    const ctx = ctxFor(withFile(PDF));
    const v = await guard.request(ctx);
    expect(v.kind).toBe("refuse");
    if (v.kind === "refuse") expect(v.error.code).toBe("WARDEN_POLICY_BLOCKED");
    expect(ctx.decisions?.[0]?.entries).toMatchObject([{ type: "UNSCANNED_FILE", ruleId: "default.block-unreadable-files", action: "block" }]);
    const img = ctxFor(withImage(PNG));
    expect(await guard.request(img)).toMatchObject({ kind: "forward", changed: false });
    expect(img.decisions?.[0]?.entries).toEqual([]);
  });

  it("a rule on UNSCANNED_FILE refuses a PDF (any acting rule blocks), leaves an image alone; monitor records it", async () => {
    const guard = createPolicyGuard({ policyConfig: { rules: [{ id: "no-opaque-files", match: { type: "UNSCANNED_FILE" }, action: "redact" }, { id: "watch-images", match: { type: "UNSCANNED_IMAGE" }, action: "monitor" }] } });
    const pdf = ctxFor(withFile(PDF));
    const refused = await guard.request(pdf);
    expect(refused.kind).toBe("refuse");
    if (refused.kind === "refuse") expect(refused.error.code).toBe("WARDEN_POLICY_BLOCKED");
    expect(pdf.decisions?.[0]?.entries).toMatchObject([{ category: "evasion", type: "UNSCANNED_FILE", ruleId: "no-opaque-files", action: "block", path: "messages.0.content.1.file.file_data" }]);
    const img = ctxFor(withImage(PNG));
    expect(await guard.request(img)).toMatchObject({ kind: "forward", changed: false });
    expect(img.decisions?.[0]?.entries).toMatchObject([{ type: "UNSCANNED_IMAGE", action: "monitor" }]);
  });
});

describe("response parts: sibling text parts", () => {
  it("a key cut over two Anthropic text blocks is found in the joined text and removed from both", async () => {
    const guard = createPolicyGuard();
    const ctx = ctxFor({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    await guard.request(ctx);
    const body: JsonObject = { id: "m", type: "message", role: "assistant", content: [{ type: "text", text: "the key is AKIAZ3MH" }, { type: "tool_use", id: "t", name: "f", input: {} }], usage: {} };
    // Not siblings: a text block then a tool call, scanned apart (nothing found).
    expect((await guard.response({ ...ctx, api: "anthropic.messages" }, body)).changed).toBe(false);
    (body["content"] as JsonObject[])[1] = { type: "text", text: "Q7RT2XKPLW4N, done" };
    const out = await guard.response({ ...ctx, api: "anthropic.messages" }, body);
    expect(out.changed).toBe(true);
    expect((out.body["content"] as { text: string }[]).map((b) => b.text)).toEqual(["the key is [aws-access-key-id]", ", done"]);
  });
});

describe("request parts: text read out of a PDF", () => {
  const pdf = (text: string) => `data:application/pdf;base64,${b64(`%PDF-1.4\n4 0 obj<</Length 9>>stream\nBT (${text}) Tj ET\nendstream endobj\n%%EOF`)}`;

  it("a key in the PDF's text refuses the call (the PDF cannot be rewritten); a clean PDF passes unchanged", async () => {
    const guard = createPolicyGuard();
    const bad = ctxFor(withFile(pdf("aws key AKIAZ3MHQ7RT2XKPLW4N")));
    const v = await guard.request(bad);
    expect(v.kind).toBe("refuse");
    if (v.kind === "refuse") expect(v.error.code).toBe("WARDEN_POLICY_BLOCKED");
    expect(bad.decisions?.[0]?.entries).toMatchObject([{ kind: "document", action: "block", ruleId: "default.redact-secrets" }]);
    expect(await guard.request(ctxFor(withFile(pdf("quarterly figures attached"))))).toMatchObject({ kind: "forward", changed: false });
  });
});

describe("request parts: a value split over turns given as a string and as blocks", () => {
  const GHP = "ghp_R8kV2mQx7LpT4nWz9YbC3dFh6JsA1uEo5GiK";
  const head = `my token starts ${GHP.slice(0, 20)}`;
  const tail = `and ends ${GHP.slice(20)}; join them`;
  const text = (t: string) => [{ type: "text", text: t }];
  const sent = async (api: "openai.chat" | "anthropic.messages", messages: JsonObject[]): Promise<string> => {
    const body: JsonObject = { model: "m", max_tokens: 10, messages };
    const endpoint = api === "openai.chat" ? openaiChatEndpoint : anthropicMessagesEndpoint;
    const v = await createPolicyGuard().request({ ...ctxFor({ model: "m", messages: [] }), api, original: body, spec: endpoint.parse(body) });
    expect(v.kind).toBe("forward");
    return v.kind === "forward" ? JSON.stringify(v.body) : "";
  };

  it.each([
    ["Anthropic: a string turn, then a block turn", "anthropic.messages", [{ role: "user", content: head }, { role: "user", content: text(tail) }]],
    ["Anthropic: a block turn, then a string turn", "anthropic.messages", [{ role: "user", content: text(head) }, { role: "user", content: tail }]],
    ["Anthropic: a turn of two blocks, then a block turn", "anthropic.messages", [{ role: "user", content: [...text("hello"), ...text(head)] }, { role: "user", content: text(tail) }]],
    ["Anthropic: two string turns (as before)", "anthropic.messages", [{ role: "user", content: head }, { role: "user", content: tail }]],
    ["chat: a string message, then content parts", "openai.chat", [{ role: "user", content: head }, { role: "user", content: text(tail) }]],
    ["chat: content parts, then a string message", "openai.chat", [{ role: "user", content: text(head) }, { role: "user", content: tail }]],
  ] as const)("%s: both halves are removed", async (_name, api, messages) => {
    const out = await sent(api, messages as unknown as JsonObject[]);
    expect(out).not.toContain(GHP.slice(4, 20));
    expect(out).not.toContain(GHP.slice(20));
  });

  // Adjacent turns of different roles are not one run, but the seam between them is read (policy hunt 20: a key cut
  // over a user and an assistant turn reached the provider whole).
  it("adjacent turns of different roles: the seam between them is read, both halves are removed", async () => {
    const out = await sent("anthropic.messages", [{ role: "user", content: head }, { role: "assistant", content: text(tail) }]);
    expect(out).not.toContain(GHP.slice(4, 20));
    expect(out).not.toContain(GHP.slice(20));
  });
});

describe("response parts: tool names and call ids the model wrote", () => {
  const GHP = "ghp_R8kV2mQx7LpT4nWz9YbC3dFh6JsA1uEo5GiK";
  const answer = (id: string, name: string, content: string | null = null): JsonObject => ({
    id: "c",
    object: "chat.completion",
    choices: [{ index: 0, finish_reason: "tool_calls", message: { role: "assistant", content, tool_calls: [{ id, type: "function", function: { name, arguments: "{}" } }] } }],
  });

  it("a protected value the policy would redact blocks the answer instead (a name cannot be rewritten), recorded as a block", async () => {
    const guard = createPolicyGuard();
    const ctx = ctxFor({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    await guard.request(ctx);
    const err = await guard.response(ctx, answer("call_1", `lookup_${GHP}`)).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe("WARDEN_POLICY_RESPONSE_BLOCKED");
    expect(ctx.decisions?.at(-1)).toMatchObject({ direction: "response", outcome: "block", entries: [{ kind: "identifier", path: "choices.0.message.tool_calls.0.function.name", ruleId: "default.redact-secrets", action: "block", reason: expect.stringContaining("cannot be rewritten") }] });
    await expect(guard.response(ctx, answer(`call_${GHP}`, "lookup"))).rejects.toMatchObject({ code: "WARDEN_POLICY_RESPONSE_BLOCKED" });
  });

  it("a name or id the policy lets through is left as it is, with no vault token restored in it", async () => {
    const guard = createPolicyGuard();
    const ctx = ctxFor({ model: "gpt-4o-mini", messages: [{ role: "user", content: "mail jane.doe@example.com please" }] });
    const v = await guard.request(ctx);
    const token = v.kind === "forward" ? (JSON.stringify(v.body).match(/⟦[^⟧]+⟧/)?.[0] ?? "") : "";
    expect(token).not.toBe("");
    const out = await guard.response(ctx, answer(`call_${token}`, "send_mail", `Sending to ${token}.`));
    const msg = (out.body["choices"] as { message: { content: string; tool_calls: { id: string; function: { name: string } }[] } }[])[0]?.message;
    expect(msg?.content).toBe("Sending to jane.doe@example.com.");
    expect(msg?.tool_calls[0]).toMatchObject({ id: `call_${token}`, function: { name: "send_mail" } });
  });
});
