/**
 * The "no bypass" test: every text-carrying field of every endpoint reaches the internal message spec, so no later
 * control (detection, policy, enforcement) can be skipped by putting text in another endpoint or field.
 *
 * Each maximal body marks every text field with a unique `MK_…` marker and every identifier/enum with an `ID_…`
 * value (or a known enum), then checks three things: each marker is found with a sensible role and kind; no
 * identifier is; and every string leaf of the body is either reported or an identifier (nothing falls between).
 */
import { describe, expect, it } from "vitest";
import type { Endpoint } from "../../src/api/endpoint.js";
import { anthropicCountTokensEndpoint, anthropicMessagesEndpoint } from "../../src/api/anthropic-messages/anthropic-messages-endpoint.js";
import { openaiChatEndpoint } from "../../src/api/openai-chat/openai-chat-endpoint.js";
import { openaiCompletionsEndpoint } from "../../src/api/openai-completions/openai-completions-endpoint.js";
import { openaiEmbeddingsEndpoint } from "../../src/api/openai-embeddings/openai-embeddings-endpoint.js";
import { openaiResponsesEndpoint } from "../../src/api/openai-responses/openai-responses-endpoint.js";
import type { StreamDelta } from "../../src/api/stream-delta.js";
import type { MessageRole } from "../../src/core/detector.js";
import type { JsonObject, JsonValue } from "../../src/core/json.js";
import { getAtPath } from "../../src/core/json-path.js";
import type { TextKind, TextPart } from "../../src/core/message-spec.js";
import type { SseEvent } from "../../src/forward/sse/sse-event.js";

type Expect = readonly [MessageRole, TextKind];

/** Enum values and structural strings that are never text a model reads. */
const ENUMS = new Set([
  "system", "developer", "user", "assistant", "tool", "function", "text", "image_url", "input_audio", "file", "image", "document", "tool_use",
  "tool_result", "thinking", "redacted_thinking", "search_result", "auto", "high", "low", "wav", "mp3", "object", "string", "integer", "json_schema",
  "content", "message", "input_text", "input_image", "input_file", "output_text", "refusal", "function_call", "function_call_output", "reasoning",
  "summary_text", "custom_tool_call", "custom_tool_call_output", "item_reference", "completed", "in_progress", "ephemeral", "base64", "url",
  "image/png", "application/pdf", "text/plain", "alloy", "float", "enabled", "json_object", "char_location", "url_citation", "web_search_call",
  "file_search_call", "searched", "reasoning_text", "local_shell_call", "local_shell_call_output", "exec", "mcp_call", "mcp_approval_response", "file_search",
]);

/** Every string leaf of a JSON value, with its path. */
function stringLeaves(v: JsonValue, path: (string | number)[] = [], out: { path: (string | number)[]; text: string }[] = []) {
  if (typeof v === "string") out.push({ path, text: v });
  else if (Array.isArray(v)) v.forEach((x, i) => stringLeaves(x, [...path, i], out));
  else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) stringLeaves(x, [...path, k], out);
  return out;
}

const markersIn = (s: string): string[] => s.match(/MK_[A-Za-z0-9_]+/g) ?? [];

function checkParts(body: JsonObject, parts: TextPart[], expected: Record<string, Expect>): void {
  // 1. The expectation table lists every marker in the body (so the table cannot silently fall behind the body).
  expect(new Set(markersIn(JSON.stringify(body)))).toEqual(new Set(Object.keys(expected)));
  // 2. Each marker is reported, with a sensible role and kind.
  const got: Record<string, Expect[]> = {};
  for (const p of parts) for (const m of markersIn(p.text)) (got[m] ??= []).push([p.role, p.kind]);
  const want: Record<string, Expect[]> = {};
  for (const [m, e] of Object.entries(expected)) want[m] = [e];
  expect(got).toEqual(want);
  // 3. No identifier or enum is reported as text; every part's path points at exactly its text.
  for (const p of parts) {
    expect(p.text, JSON.stringify(p.path)).not.toMatch(/^ID_/);
    expect(ENUMS.has(p.text), `${p.text} at ${JSON.stringify(p.path)}`).toBe(false);
    // An inline text file's part holds its decoded text; an inline binary payload's part is empty (unscanned).
    if (p.unscanned) expect(p.text).toBe("");
    else if (p.encoded) expect(getAtPath(body, p.path)).toBe(p.encoded.prefix + Buffer.from(p.text).toString("base64"));
    else expect(getAtPath(body, p.path)).toBe(p.text);
  }
  // 4. Nothing falls between: a string leaf not reported is an identifier, an enum, or inline binary data.
  const reported = new Set(parts.map((p) => JSON.stringify(p.path)));
  for (const leaf of stringLeaves(body)) {
    if (reported.has(JSON.stringify(leaf.path))) continue;
    const structural = leaf.text.startsWith("ID_") || ENUMS.has(leaf.text) || leaf.text.startsWith("data:") || BINARY.has(leaf.text);
    expect(structural, `unreported text at ${JSON.stringify(leaf.path)}: ${leaf.text}`).toBe(true);
  }
}

const PNG_B64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const WAV_B64 = "UklGRiQAAABXQVZFZm10IBAAAAABAAEAESsAACJWAAACABAAZGF0YQAAAAA=";
const PDF_B64 = "JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K";
const BINARY = new Set([PNG_B64, WAV_B64, PDF_B64]);

// ---------------------------------------------------------------------------------------------------------------
// Requests

const chatBody: JsonObject = {
  model: "ID_model",
  messages: [
    { role: "system", content: "MK_chat_system" },
    { role: "developer", content: [{ type: "text", text: "MK_chat_developer" }] },
    {
      role: "user",
      name: "MK_chat_user_name",
      content: [
        { type: "text", text: "MK_chat_user_text" },
        { type: "image_url", image_url: { url: "https://example.com/MK_chat_image_url.png", detail: "high" } },
        { type: "image_url", image_url: { url: `data:image/png;base64,${PNG_B64}` } },
        { type: "input_audio", input_audio: { data: WAV_B64, format: "wav" } },
        { type: "file", file: { filename: "MK_chat_filename", file_data: `data:application/pdf;base64,${PDF_B64}` } },
        { type: "file", file: { file_id: "ID_file" } },
      ],
    },
    {
      role: "assistant",
      content: "MK_chat_assistant",
      refusal: "MK_chat_refusal",
      reasoning_content: "MK_chat_reasoning",
      tool_calls: [{ id: "ID_call_1", type: "function", function: { name: "ID_get_weather", arguments: '{"city":"MK_chat_tool_args"}' } }],
      function_call: { name: "ID_legacy_fn", arguments: '{"q":"MK_chat_function_call_args"}' },
      audio: { id: "ID_audio" },
    },
    { role: "assistant", content: [{ type: "text", text: "MK_chat_assistant_part" }, { type: "refusal", refusal: "MK_chat_assistant_refusal_part" }] },
    { role: "tool", tool_call_id: "ID_call_1", content: "MK_chat_tool_result" },
    { role: "tool", tool_call_id: "ID_call_2", content: [{ type: "text", text: "MK_chat_tool_result_part" }] },
    { role: "function", content: "MK_chat_function_result" },
  ],
  tools: [
    {
      type: "function",
      function: {
        name: "ID_get_weather",
        description: "MK_chat_tool_description",
        strict: true,
        parameters: {
          type: "object",
          title: "MK_chat_schema_title",
          properties: { city: { type: "string", description: "MK_chat_param_description", enum: ["MK_chat_param_enum"] } },
          required: ["ID_city"],
        },
      },
    },
  ],
  functions: [{ name: "ID_legacy_fn", description: "MK_chat_functions_description", parameters: { type: "object" } }],
  response_format: { type: "json_schema", json_schema: { name: "ID_schema", description: "MK_chat_rf_description", schema: { type: "object", description: "MK_chat_rf_schema" } } },
  prediction: { type: "content", content: "MK_chat_prediction" },
  tool_choice: "auto",
  user: "MK_chat_user_field",
  safety_identifier: "MK_chat_safety_identifier",
  metadata: { purpose: "MK_chat_metadata" },
  audio: { voice: "alloy", format: "wav" },
  modalities: ["text"],
  stop: ["ID_stop"],
  logit_bias: { "50256": -100 },
  prompt_cache_key: "ID_cache",
  service_tier: "auto",
  stream: false,
  warden_unknown_extra: { nested: ["MK_chat_unknown_extra"] },
};

const chatExpected: Record<string, Expect> = {
  MK_chat_system: ["system", "system"],
  MK_chat_developer: ["developer", "system"],
  MK_chat_user_name: ["user", "metadata"],
  MK_chat_user_text: ["user", "text"],
  MK_chat_image_url: ["user", "media_url"],
  MK_chat_filename: ["user", "text"],
  MK_chat_assistant: ["assistant", "text"],
  MK_chat_refusal: ["assistant", "refusal"],
  MK_chat_reasoning: ["assistant", "reasoning"],
  MK_chat_tool_args: ["assistant", "tool_call_arguments"],
  MK_chat_function_call_args: ["assistant", "tool_call_arguments"],
  MK_chat_assistant_part: ["assistant", "text"],
  MK_chat_assistant_refusal_part: ["assistant", "refusal"],
  MK_chat_tool_result: ["tool", "tool_result"],
  MK_chat_tool_result_part: ["tool", "tool_result"],
  MK_chat_function_result: ["tool", "tool_result"],
  MK_chat_tool_description: ["tool", "tool_definition"],
  MK_chat_schema_title: ["tool", "tool_definition"],
  MK_chat_param_description: ["tool", "tool_definition"],
  MK_chat_param_enum: ["tool", "tool_definition"],
  MK_chat_functions_description: ["tool", "tool_definition"],
  MK_chat_rf_description: ["system", "instructions"],
  MK_chat_rf_schema: ["system", "instructions"],
  MK_chat_prediction: ["assistant", "text"],
  MK_chat_user_field: ["user", "metadata"],
  MK_chat_safety_identifier: ["user", "metadata"],
  MK_chat_metadata: ["user", "metadata"],
  MK_chat_unknown_extra: ["user", "other"],
};

const completionsBody: JsonObject = {
  model: "ID_model",
  prompt: ["MK_cmp_prompt_1", "MK_cmp_prompt_2"],
  suffix: "MK_cmp_suffix",
  user: "MK_cmp_user",
  echo: false,
  stop: "ID_stop",
  logit_bias: { "50256": -100 },
  stream: true,
  stream_options: { include_usage: true },
  warden_unknown_extra: "MK_cmp_unknown_extra",
};
const completionsExpected: Record<string, Expect> = {
  MK_cmp_prompt_1: ["user", "prompt"],
  MK_cmp_prompt_2: ["user", "prompt"],
  MK_cmp_suffix: ["user", "prompt"],
  MK_cmp_user: ["user", "metadata"],
  MK_cmp_unknown_extra: ["user", "other"],
};

const embeddingsBody: JsonObject = {
  model: "ID_model",
  input: ["MK_emb_input_1", "MK_emb_input_2"],
  user: "MK_emb_user",
  encoding_format: "float",
  dimensions: 256,
  warden_unknown_extra: { a: "MK_emb_unknown_extra" },
};
const embeddingsExpected: Record<string, Expect> = {
  MK_emb_input_1: ["user", "input"],
  MK_emb_input_2: ["user", "input"],
  MK_emb_user: ["user", "metadata"],
  MK_emb_unknown_extra: ["user", "other"],
};

const responsesBody: JsonObject = {
  model: "ID_model",
  instructions: "MK_resp_instructions",
  previous_response_id: "ID_prev",
  input: [
    { role: "system", content: "MK_resp_system" },
    { role: "developer", content: [{ type: "input_text", text: "MK_resp_developer" }] },
    {
      type: "message",
      role: "user",
      content: [
        { type: "input_text", text: "MK_resp_user_text" },
        { type: "input_image", image_url: "https://example.com/MK_resp_image_url.png", detail: "auto" },
        { type: "input_image", image_url: `data:image/png;base64,${PNG_B64}`, detail: "low" },
        { type: "input_image", file_id: "ID_file_img" },
        { type: "input_file", filename: "MK_resp_filename", file_data: `data:application/pdf;base64,${PDF_B64}` },
        { type: "input_file", file_url: "https://example.com/MK_resp_file_url.pdf" },
      ],
    },
    { role: "user", content: "MK_resp_user_string" },
    {
      type: "message",
      id: "ID_msg",
      role: "assistant",
      status: "completed",
      content: [
        { type: "output_text", text: "MK_resp_output_text", annotations: [{ type: "url_citation", url: "https://example.com/MK_resp_annotation_url", title: "MK_resp_annotation_title", start_index: 0, end_index: 3 }] },
        { type: "refusal", refusal: "MK_resp_output_refusal" },
      ],
    },
    { type: "function_call", id: "ID_fc", call_id: "ID_call", name: "ID_get_weather", arguments: '{"city":"MK_resp_function_args"}', status: "completed" },
    { type: "function_call_output", call_id: "ID_call", output: "MK_resp_function_output" },
    { type: "function_call_output", call_id: "ID_call_2", output: [{ type: "input_text", text: "MK_resp_function_output_part" }] },
    { type: "custom_tool_call", id: "ID_ctc", call_id: "ID_call_3", name: "ID_custom", input: "MK_resp_custom_input" },
    { type: "custom_tool_call_output", call_id: "ID_call_3", output: "MK_resp_custom_output" },
    { type: "reasoning", id: "ID_rs", summary: [{ type: "summary_text", text: "MK_resp_reasoning_summary" }], content: [{ type: "reasoning_text", text: "MK_resp_reasoning_text" }] },
    { type: "local_shell_call_output", id: "ID_lsco", output: "MK_resp_shell_output" },
    { type: "mcp_approval_response", approval_request_id: "ID_apr", approve: false, reason: "MK_resp_mcp_reason" },
    { type: "item_reference", id: "ID_ref" },
  ],
  tools: [
    { type: "function", name: "ID_get_weather", description: "MK_resp_tool_description", parameters: { type: "object", properties: { city: { type: "string", description: "MK_resp_param_description" } } }, strict: true },
    { type: "file_search", vector_store_ids: ["ID_vs_1", "ID_vs_2"], max_num_results: 5 },
  ],
  text: { format: { type: "json_schema", name: "ID_schema", description: "MK_resp_text_format_description", schema: { type: "object", description: "MK_resp_text_format_schema" } }, verbosity: "low" },
  prompt: { id: "ID_pmpt", version: "ID_v2", variables: { city: "MK_resp_prompt_variable" } },
  reasoning: { effort: "low", summary: "auto" },
  include: ["ID_include"],
  tool_choice: "auto",
  truncation: "auto",
  user: "MK_resp_user",
  safety_identifier: "MK_resp_safety_identifier",
  prompt_cache_key: "ID_cache",
  metadata: { purpose: "MK_resp_metadata" },
  store: false,
  stream: true,
  warden_unknown_extra: ["MK_resp_unknown_extra"],
};
const responsesExpected: Record<string, Expect> = {
  MK_resp_instructions: ["system", "instructions"],
  MK_resp_system: ["system", "system"],
  MK_resp_developer: ["developer", "system"],
  MK_resp_user_text: ["user", "text"],
  MK_resp_image_url: ["user", "media_url"],
  MK_resp_filename: ["user", "metadata"],
  MK_resp_file_url: ["user", "media_url"],
  MK_resp_user_string: ["user", "text"],
  MK_resp_output_text: ["assistant", "text"],
  MK_resp_annotation_url: ["assistant", "media_url"],
  MK_resp_annotation_title: ["assistant", "text"],
  MK_resp_output_refusal: ["assistant", "text"],
  MK_resp_function_args: ["assistant", "tool_call_arguments"],
  MK_resp_function_output: ["tool", "tool_result"],
  MK_resp_function_output_part: ["tool", "tool_result"],
  MK_resp_custom_input: ["assistant", "tool_call_arguments"],
  MK_resp_custom_output: ["tool", "tool_result"],
  MK_resp_reasoning_summary: ["assistant", "reasoning"],
  MK_resp_reasoning_text: ["assistant", "reasoning"],
  MK_resp_shell_output: ["tool", "tool_result"],
  MK_resp_mcp_reason: ["user", "text"],
  MK_resp_tool_description: ["tool", "tool_definition"],
  MK_resp_param_description: ["tool", "tool_definition"],
  MK_resp_text_format_description: ["system", "instructions"],
  MK_resp_text_format_schema: ["system", "instructions"],
  MK_resp_prompt_variable: ["user", "text"],
  MK_resp_user: ["user", "metadata"],
  MK_resp_safety_identifier: ["user", "metadata"],
  MK_resp_metadata: ["user", "metadata"],
  MK_resp_unknown_extra: ["user", "other"],
};

const anthropicBody = (prefix: string): JsonObject => ({
  model: "ID_model",
  max_tokens: 1024,
  system: [
    { type: "text", text: `MK_${prefix}_system_block_1`, cache_control: { type: "ephemeral" } },
    { type: "text", text: `MK_${prefix}_system_block_2` },
  ],
  messages: [
    {
      role: "user",
      content: [
        { type: "text", text: `MK_${prefix}_user_text`, cache_control: { type: "ephemeral" } },
        { type: "image", source: { type: "base64", media_type: "image/png", data: PNG_B64 } },
        { type: "image", source: { type: "url", url: `https://example.com/MK_${prefix}_image_url.png` } },
        { type: "document", source: { type: "text", media_type: "text/plain", data: `MK_${prefix}_document_text` }, title: `MK_${prefix}_document_title`, context: `MK_${prefix}_document_context`, citations: { enabled: true } },
        { type: "document", source: { type: "content", content: [{ type: "text", text: `MK_${prefix}_document_content_block` }] } },
        { type: "document", source: { type: "base64", media_type: "application/pdf", data: PDF_B64 } },
        { type: "document", source: { type: "url", url: `https://example.com/MK_${prefix}_document_url.pdf` } },
        { type: "search_result", source: `https://example.com/MK_${prefix}_search_source`, title: `MK_${prefix}_search_title`, content: [{ type: "text", text: `MK_${prefix}_search_text` }] },
      ],
    },
    {
      role: "assistant",
      content: [
        { type: "thinking", thinking: `MK_${prefix}_thinking`, signature: "ID_signature" },
        { type: "redacted_thinking", data: "ID_redacted" },
        { type: "text", text: `MK_${prefix}_assistant_text` },
        { type: "tool_use", id: "ID_toolu_1", name: "ID_get_weather", input: { city: `MK_${prefix}_tool_use_input`, opts: { units: [`MK_${prefix}_tool_use_nested`] } } },
      ],
    },
    {
      role: "user",
      content: [
        { type: "tool_result", tool_use_id: "ID_toolu_1", content: `MK_${prefix}_tool_result_string` },
        { type: "tool_result", tool_use_id: "ID_toolu_2", is_error: true, content: [{ type: "text", text: `MK_${prefix}_tool_result_block` }] },
      ],
    },
    { role: "assistant", content: `MK_${prefix}_assistant_string` },
    { role: "user", content: `MK_${prefix}_user_string` },
  ],
  tools: [
    { name: "ID_get_weather", description: `MK_${prefix}_tool_description`, input_schema: { type: "object", properties: { city: { type: "string", description: `MK_${prefix}_param_description` } }, required: ["ID_city"] } },
  ],
  tool_choice: { type: "auto" },
  metadata: { user_id: `MK_${prefix}_metadata_user` },
  stop_sequences: ["ID_stop"],
  thinking: { type: "enabled", budget_tokens: 1024 },
  warden_unknown_extra: { a: { b: `MK_${prefix}_unknown_extra` } },
});
const anthropicExpected = (prefix: string): Record<string, Expect> => ({
  [`MK_${prefix}_system_block_1`]: ["system", "system"],
  [`MK_${prefix}_system_block_2`]: ["system", "system"],
  [`MK_${prefix}_user_text`]: ["user", "text"],
  [`MK_${prefix}_image_url`]: ["user", "media_url"],
  [`MK_${prefix}_document_text`]: ["user", "document"],
  [`MK_${prefix}_document_title`]: ["user", "document"],
  [`MK_${prefix}_document_context`]: ["user", "document"],
  [`MK_${prefix}_document_content_block`]: ["user", "document"],
  [`MK_${prefix}_document_url`]: ["user", "media_url"],
  [`MK_${prefix}_search_source`]: ["user", "text"],
  [`MK_${prefix}_search_title`]: ["user", "text"],
  [`MK_${prefix}_search_text`]: ["user", "text"],
  [`MK_${prefix}_thinking`]: ["assistant", "reasoning"],
  [`MK_${prefix}_assistant_text`]: ["assistant", "text"],
  [`MK_${prefix}_tool_use_input`]: ["assistant", "tool_call_arguments"],
  [`MK_${prefix}_tool_use_nested`]: ["assistant", "tool_call_arguments"],
  [`MK_${prefix}_tool_result_string`]: ["tool", "tool_result"],
  [`MK_${prefix}_tool_result_block`]: ["tool", "tool_result"],
  [`MK_${prefix}_assistant_string`]: ["assistant", "text"],
  [`MK_${prefix}_user_string`]: ["user", "text"],
  [`MK_${prefix}_tool_description`]: ["tool", "tool_definition"],
  [`MK_${prefix}_param_description`]: ["tool", "tool_definition"],
  [`MK_${prefix}_metadata_user`]: ["user", "metadata"],
  [`MK_${prefix}_unknown_extra`]: ["user", "other"],
});

const REQUESTS: { name: string; endpoint: Endpoint; body: JsonObject; expected: Record<string, Expect> }[] = [
  { name: "chat.completions", endpoint: openaiChatEndpoint, body: chatBody, expected: chatExpected },
  { name: "completions", endpoint: openaiCompletionsEndpoint, body: completionsBody, expected: completionsExpected },
  { name: "embeddings", endpoint: openaiEmbeddingsEndpoint, body: embeddingsBody, expected: embeddingsExpected },
  { name: "responses", endpoint: openaiResponsesEndpoint, body: responsesBody, expected: responsesExpected },
  { name: "messages", endpoint: anthropicMessagesEndpoint, body: anthropicBody("msg"), expected: anthropicExpected("msg") },
  { name: "messages/count_tokens", endpoint: anthropicCountTokensEndpoint, body: { ...anthropicBody("ct"), max_tokens: undefined } as unknown as JsonObject, expected: anthropicExpected("ct") },
];

describe("every text field of every request reaches the message spec", () => {
  it.each(REQUESTS)("$name", ({ endpoint, body, expected }) => {
    const clean = JSON.parse(JSON.stringify(body)) as JsonObject;
    const spec = endpoint.parse(clean);
    expect(spec.model).toBe("ID_model");
    expect(spec.api).toBe(endpoint.api);
    checkParts(clean, spec.parts, expected);
  });

  // What is not text is structure, read by the structure check (src/enforce/structure-check.ts): ids, names, enums.
  // Only opaque payloads are left unread (a thinking block's signature, a redacted thinking block's encrypted data).
  it.each(REQUESTS)("$name: every other string is collected as structure, but opaque payloads", ({ endpoint, body }) => {
    const clean = JSON.parse(JSON.stringify(body)) as JsonObject;
    const spec = endpoint.parse(clean);
    const reported = new Set(spec.parts.map((p) => JSON.stringify(p.path)));
    const structure = new Set((spec.structure ?? []).map((x) => x.text));
    const unread = new Set(["ID_signature", "ID_redacted"]);
    for (const leaf of stringLeaves(clean)) {
      if (reported.has(JSON.stringify(leaf.path)) || leaf.text === "") continue;
      expect(structure.has(leaf.text) !== unread.has(leaf.text), `${leaf.text} at ${JSON.stringify(leaf.path)}`).toBe(true);
    }
    for (const x of structure) expect(unread.has(x) || /^MK_/.test(x), x).toBe(false);
  });

  it("parse does not mutate the body", () => {
    for (const { endpoint, body } of REQUESTS) {
      const clean = JSON.parse(JSON.stringify(body)) as JsonObject;
      const before = JSON.stringify(clean);
      endpoint.parse(clean);
      expect(JSON.stringify(clean)).toBe(before);
    }
  });

  it("string forms: chat content, responses input, completions prompt, embeddings input, anthropic system", () => {
    const cases: { endpoint: Endpoint; body: JsonObject; expected: Record<string, Expect> }[] = [
      { endpoint: openaiResponsesEndpoint, body: { model: "ID_m", input: "MK_input_string" }, expected: { MK_input_string: ["user", "text"] } },
      { endpoint: openaiCompletionsEndpoint, body: { model: "ID_m", prompt: "MK_prompt_string" }, expected: { MK_prompt_string: ["user", "prompt"] } },
      { endpoint: openaiEmbeddingsEndpoint, body: { model: "ID_m", input: "MK_embed_string" }, expected: { MK_embed_string: ["user", "input"] } },
      {
        endpoint: anthropicMessagesEndpoint,
        body: { model: "ID_m", max_tokens: 1, system: "MK_system_string", messages: [{ role: "user", content: "MK_user_string" }] },
        expected: { MK_system_string: ["system", "system"], MK_user_string: ["user", "text"] },
      },
    ];
    for (const c of cases) checkParts(c.body, c.endpoint.parse(c.body).parts, c.expected);
  });

  it("token-id prompts, which no text control can inspect, are refused", () => {
    expect(() => openaiCompletionsEndpoint.parse({ model: "m", prompt: [1, 2, 3] })).toThrow(/token ids/);
    expect(() => openaiCompletionsEndpoint.parse({ model: "m", prompt: [[1, 2], [3]] })).toThrow(/token ids/);
    expect(() => openaiEmbeddingsEndpoint.parse({ model: "m", input: [5, 6] })).toThrow(/token ids/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Responses (non-streamed)

/**
 * `responseParts` finds every marker with its role and kind, and no identifier; `responseIdentifiers` finds exactly
 * the tool names and call ids `ids` (kind `identifier`, never a marker), each at its path.
 */
function checkResponse(endpoint: Endpoint, body: JsonObject, expected: Record<string, Expect>, ids: string[] = []): void {
  const found = endpoint.responseIdentifiers?.(body) ?? [];
  expect(found.map((p) => p.text).sort()).toEqual([...ids].sort());
  for (const p of found) {
    expect(p).toMatchObject({ role: "assistant", kind: "identifier" });
    expect(getAtPath(body, p.path)).toBe(p.text);
  }
  const parts = endpoint.responseParts(body);
  const got: Record<string, Expect[]> = {};
  for (const p of parts) for (const m of markersIn(p.text)) (got[m] ??= []).push([p.role, p.kind]);
  const want: Record<string, Expect[]> = {};
  for (const [m, e] of Object.entries(expected)) want[m] = [e];
  expect(new Set(markersIn(JSON.stringify(body)))).toEqual(new Set(Object.keys(expected)));
  expect(got).toEqual(want);
  for (const p of parts) {
    expect(p.text).not.toMatch(/^ID_/);
    expect(getAtPath(body, p.path)).toBe(p.text);
  }
}

describe("responseParts finds all text in each API's responses", () => {
  it("chat.completion", () => {
    checkResponse(
      openaiChatEndpoint,
      {
        id: "ID_chatcmpl",
        object: "chat.completion",
        created: 1,
        model: "ID_model",
        system_fingerprint: "ID_fp",
        choices: [
          {
            index: 0,
            finish_reason: "tool_calls",
            logprobs: null,
            message: {
              role: "assistant",
              content: "MK_r_chat_content",
              refusal: "MK_r_chat_refusal",
              reasoning_content: "MK_r_chat_reasoning",
              tool_calls: [{ id: "ID_call", type: "function", function: { name: "ID_fn", arguments: '{"a":"MK_r_chat_args"}' } }],
              annotations: [{ type: "url_citation", url_citation: { url: "https://example.com/MK_r_chat_citation_url", title: "MK_r_chat_citation_title", start_index: 0, end_index: 1 } }],
              audio: { id: "ID_audio", expires_at: 1, transcript: "MK_r_chat_audio_transcript" },
            },
          },
          { index: 1, finish_reason: "stop", message: { role: "assistant", content: "MK_r_chat_second_choice" } },
        ],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      },
      {
        MK_r_chat_content: ["assistant", "text"],
        MK_r_chat_refusal: ["assistant", "refusal"],
        MK_r_chat_reasoning: ["assistant", "reasoning"],
        MK_r_chat_args: ["assistant", "tool_call_arguments"],
        MK_r_chat_citation_url: ["assistant", "text"],
        MK_r_chat_citation_title: ["assistant", "text"],
        MK_r_chat_audio_transcript: ["assistant", "text"],
        MK_r_chat_second_choice: ["assistant", "text"],
      },
      ["ID_call", "ID_fn"],
    );
  });

  it("text_completion", () => {
    checkResponse(
      openaiCompletionsEndpoint,
      { id: "ID_cmpl", object: "text_completion", model: "ID_model", choices: [{ index: 0, text: "MK_r_cmp_text", finish_reason: "stop", logprobs: null }, { index: 1, text: "MK_r_cmp_text_2" }] },
      { MK_r_cmp_text: ["assistant", "text"], MK_r_cmp_text_2: ["assistant", "text"] },
    );
  });

  it("response (Responses API)", () => {
    checkResponse(
      openaiResponsesEndpoint,
      {
        id: "ID_resp",
        object: "response",
        status: "completed",
        model: "ID_model",
        output: [
          { type: "reasoning", id: "ID_rs", summary: [{ type: "summary_text", text: "MK_r_resp_reasoning" }] },
          {
            type: "message",
            id: "ID_msg",
            role: "assistant",
            status: "completed",
            content: [
              { type: "output_text", text: "MK_r_resp_text", annotations: [{ type: "url_citation", url: "https://example.com/MK_r_resp_annotation_url", title: "MK_r_resp_annotation_title", start_index: 0, end_index: 1 }] },
              { type: "refusal", refusal: "MK_r_resp_refusal" },
            ],
          },
          { type: "function_call", id: "ID_fc", call_id: "ID_call", name: "ID_fn", arguments: '{"a":"MK_r_resp_args"}', status: "completed" },
          { type: "custom_tool_call", id: "ID_ctc", call_id: "ID_call2", name: "ID_custom", input: "MK_r_resp_custom_input" },
        ],
        usage: { input_tokens: 1, output_tokens: 1, total_tokens: 2 },
      },
      {
        MK_r_resp_reasoning: ["assistant", "reasoning"],
        MK_r_resp_text: ["assistant", "text"],
        MK_r_resp_annotation_url: ["assistant", "text"],
        MK_r_resp_annotation_title: ["assistant", "text"],
        MK_r_resp_refusal: ["assistant", "refusal"],
        MK_r_resp_args: ["assistant", "tool_call_arguments"],
        MK_r_resp_custom_input: ["assistant", "tool_call_arguments"],
      },
      ["ID_call", "ID_fn", "ID_call2", "ID_custom"],
    );
  });

  it("message (Anthropic)", () => {
    checkResponse(
      anthropicMessagesEndpoint,
      {
        id: "ID_msg",
        type: "message",
        role: "assistant",
        model: "ID_model",
        stop_reason: "tool_use",
        stop_sequence: null,
        content: [
          { type: "thinking", thinking: "MK_r_msg_thinking", signature: "ID_sig" },
          { type: "redacted_thinking", data: "ID_redacted" },
          { type: "text", text: "MK_r_msg_text", citations: [{ type: "char_location", cited_text: "MK_r_msg_cited_text", document_index: 0, document_title: "MK_r_msg_document_title", start_char_index: 0, end_char_index: 3 }] },
          { type: "tool_use", id: "ID_toolu", name: "ID_fn", input: { q: "MK_r_msg_tool_input", nested: ["MK_r_msg_tool_input_nested"] } },
        ],
        usage: { input_tokens: 1, output_tokens: 1 },
      },
      {
        MK_r_msg_thinking: ["assistant", "reasoning"],
        MK_r_msg_text: ["assistant", "text"],
        MK_r_msg_cited_text: ["assistant", "text"],
        MK_r_msg_document_title: ["assistant", "text"],
        MK_r_msg_tool_input: ["assistant", "tool_call_arguments"],
        MK_r_msg_tool_input_nested: ["assistant", "tool_call_arguments"],
      },
      ["ID_toolu", "ID_fn"],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Stream events

const sse = (json: JsonObject, event?: string): SseEvent => ({ ...(event ? { event } : {}), data: JSON.stringify(json), json });

interface Found {
  marker: string;
  kind: TextKind;
  snapshot: boolean;
  channel: string;
}

function deltasOf(endpoint: Endpoint, events: SseEvent[]): { found: Found[]; deltas: { ev: SseEvent; d: StreamDelta }[] } {
  const found: Found[] = [];
  const deltas: { ev: SseEvent; d: StreamDelta }[] = [];
  for (const ev of events) {
    for (const d of endpoint.streamDeltas(ev)) {
      deltas.push({ ev, d });
      for (const m of markersIn(d.text)) found.push({ marker: m, kind: d.kind, snapshot: d.snapshot === true, channel: d.channel });
    }
  }
  return { found, deltas };
}

/**
 * Every marker in the events is found by streamDeltas, with its kind and snapshot flag; `set` rewrites the event.
 * `streamIdentifiers` finds exactly the tool names and call ids `ids` (whole deltas of kind `identifier`).
 */
function checkStream(endpoint: Endpoint, events: SseEvent[], expected: Record<string, { kind: TextKind; snapshot?: boolean }>, ids: string[] = []): void {
  const named = events.flatMap((ev) => endpoint.streamIdentifiers?.(ev) ?? []);
  expect(new Set(named.map((d) => d.text))).toEqual(new Set(ids));
  for (const d of named) expect(d).toMatchObject({ kind: "identifier", whole: true });
  const all = new Set(events.flatMap((e) => markersIn(e.data)));
  expect(all).toEqual(new Set(Object.keys(expected)));
  const { found, deltas } = deltasOf(endpoint, events);
  const got: Record<string, { kind: TextKind; snapshot: boolean }[]> = {};
  for (const f of found) (got[f.marker] ??= []).push({ kind: f.kind, snapshot: f.snapshot });
  const want: Record<string, { kind: TextKind; snapshot: boolean }[]> = {};
  for (const [m, e] of Object.entries(expected)) want[m] = [{ kind: e.kind, snapshot: e.snapshot ?? false }];
  expect(got).toEqual(want);
  // Output enforcement rewrites through `set`: the text leaves the serialised event.
  for (const { ev, d } of deltas) {
    const markers = markersIn(d.text);
    d.set("[masked]");
    expect(ev.dirty).toBe(true);
    for (const m of markers) expect(JSON.stringify(ev.json)).not.toContain(m);
  }
}

describe("streamDeltas finds all text in each API's stream events", () => {
  it("chat.completion.chunk", () => {
    const chunk = (delta: JsonObject, index = 0) => sse({ id: "ID_c", object: "chat.completion.chunk", model: "ID_model", choices: [{ index, delta, finish_reason: null }] });
    checkStream(
      openaiChatEndpoint,
      [
        chunk({ role: "assistant", content: "" }),
        chunk({ content: "MK_s_chat_content" }),
        chunk({ refusal: "MK_s_chat_refusal" }),
        chunk({ reasoning_content: "MK_s_chat_reasoning" }),
        chunk({ tool_calls: [{ index: 0, id: "ID_call", type: "function", function: { name: "ID_fn", arguments: "" } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"a":"MK_s_chat_args_first' } }, { index: 1, function: { arguments: "MK_s_chat_args_second_call" } }] }),
        chunk({ content: "MK_s_chat_second_choice" }, 1),
        sse({ id: "ID_c", object: "chat.completion.chunk", model: "ID_model", choices: [], usage: { total_tokens: 3 } }),
        { data: "[DONE]" },
      ],
      {
        MK_s_chat_content: { kind: "text" },
        MK_s_chat_refusal: { kind: "refusal" },
        MK_s_chat_reasoning: { kind: "reasoning" },
        MK_s_chat_args_first: { kind: "tool_call_arguments" },
        MK_s_chat_args_second_call: { kind: "tool_call_arguments" },
        MK_s_chat_second_choice: { kind: "text" },
      },
      ["ID_call", "ID_fn"],
    );
  });

  it("chat channels keep choices and tool calls apart", () => {
    const chunk = (choices: JsonObject[]) => sse({ object: "chat.completion.chunk", choices });
    const { found } = deltasOf(openaiChatEndpoint, [
      chunk([{ index: 0, delta: { content: "MK_a" } }, { index: 1, delta: { content: "MK_b" } }]),
      chunk([{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: "MK_c" } }, { index: 1, function: { arguments: "MK_d" } }] } }]),
    ]);
    expect(new Set(found.map((f) => f.channel)).size).toBe(4);
  });

  it("text_completion chunks", () => {
    checkStream(
      openaiCompletionsEndpoint,
      [sse({ id: "ID_c", object: "text_completion", choices: [{ index: 0, text: "MK_s_cmp_text", finish_reason: null }] }), sse({ object: "text_completion", choices: [{ index: 1, text: "MK_s_cmp_text_2" }] }), { data: "[DONE]" }],
      { MK_s_cmp_text: { kind: "text" }, MK_s_cmp_text_2: { kind: "text" } },
    );
  });

  it("Responses API events, including the .done snapshots", () => {
    const ev = (type: string, body: JsonObject) => sse({ type, sequence_number: 0, ...body }, type);
    checkStream(
      openaiResponsesEndpoint,
      [
        ev("response.created", { response: { id: "ID_resp", status: "in_progress", output: [] } }),
        ev("response.output_item.added", { output_index: 0, item: { type: "message", id: "ID_msg", role: "assistant", content: [] } }),
        ev("response.content_part.added", { item_id: "ID_msg", output_index: 0, content_index: 0, part: { type: "output_text", text: "" } }),
        ev("response.output_text.delta", { item_id: "ID_msg", output_index: 0, content_index: 0, delta: "MK_s_resp_text_delta" }),
        ev("response.output_text.done", { item_id: "ID_msg", output_index: 0, content_index: 0, text: "MK_s_resp_text_done" }),
        ev("response.content_part.done", { item_id: "ID_msg", output_index: 0, content_index: 0, part: { type: "output_text", text: "MK_s_resp_part_done" } }),
        ev("response.refusal.delta", { item_id: "ID_msg", output_index: 0, content_index: 1, delta: "MK_s_resp_refusal_delta" }),
        ev("response.refusal.done", { item_id: "ID_msg", output_index: 0, content_index: 1, refusal: "MK_s_resp_refusal_done" }),
        ev("response.output_item.done", { output_index: 0, item: { type: "message", id: "ID_msg", role: "assistant", content: [{ type: "output_text", text: "MK_s_resp_item_done_text" }, { type: "refusal", refusal: "MK_s_resp_item_done_refusal" }] } }),
        ev("response.output_item.added", { output_index: 1, item: { type: "function_call", id: "ID_fc", call_id: "ID_call", name: "ID_fn", arguments: "" } }),
        ev("response.function_call_arguments.delta", { item_id: "ID_fc", output_index: 1, delta: "MK_s_resp_args_delta" }),
        ev("response.function_call_arguments.done", { item_id: "ID_fc", output_index: 1, arguments: "MK_s_resp_args_done" }),
        ev("response.output_item.done", { output_index: 1, item: { type: "function_call", id: "ID_fc", call_id: "ID_call", name: "ID_fn", arguments: "MK_s_resp_item_done_args" } }),
        ev("response.reasoning_summary_text.delta", { item_id: "ID_rs", output_index: 2, summary_index: 0, delta: "MK_s_resp_summary_delta" }),
        ev("response.reasoning_summary_text.done", { item_id: "ID_rs", output_index: 2, summary_index: 0, text: "MK_s_resp_summary_done" }),
        ev("response.reasoning_summary_part.done", { item_id: "ID_rs", output_index: 2, summary_index: 0, part: { type: "summary_text", text: "MK_s_resp_summary_part_done" } }),
        ev("response.reasoning_text.delta", { item_id: "ID_rs", output_index: 2, content_index: 0, delta: "MK_s_resp_reasoning_text_delta" }),
        ev("response.reasoning_text.done", { item_id: "ID_rs", output_index: 2, content_index: 0, text: "MK_s_resp_reasoning_text_done" }),
        ev("response.output_item.done", {
          output_index: 2,
          item: { type: "reasoning", id: "ID_rs", summary: [{ type: "summary_text", text: "MK_s_resp_item_done_summary" }], content: [{ type: "reasoning_text", text: "MK_s_resp_item_done_reasoning_text" }] },
        }),
        ev("response.custom_tool_call_input.delta", { item_id: "ID_ctc", output_index: 3, delta: "MK_s_resp_custom_delta" }),
        ev("response.custom_tool_call_input.done", { item_id: "ID_ctc", output_index: 3, input: "MK_s_resp_custom_done" }),
        ev("response.output_item.done", { output_index: 3, item: { type: "custom_tool_call", id: "ID_ctc", call_id: "ID_call3", name: "ID_custom", input: "MK_s_resp_item_done_custom" } }),
        ev("response.mcp_call_arguments.delta", { item_id: "ID_mcp", output_index: 4, delta: "MK_s_resp_mcp_args_delta" }),
        ev("response.mcp_call_arguments.done", { item_id: "ID_mcp", output_index: 4, arguments: "MK_s_resp_mcp_args_done" }),
        ev("response.completed", {
          response: {
            id: "ID_resp",
            status: "completed",
            output: [
              { type: "message", id: "ID_msg", role: "assistant", content: [{ type: "output_text", text: "MK_s_resp_completed_text" }] },
              { type: "function_call", id: "ID_fc", call_id: "ID_call", name: "ID_fn", arguments: "MK_s_resp_completed_args" },
              { type: "reasoning", id: "ID_rs", summary: [{ type: "summary_text", text: "MK_s_resp_completed_summary" }] },
              { type: "custom_tool_call", id: "ID_ctc", call_id: "ID_call3", name: "ID_custom", input: "MK_s_resp_completed_custom" },
            ],
          },
        }),
      ],
      {
        MK_s_resp_text_delta: { kind: "text" },
        MK_s_resp_text_done: { kind: "text", snapshot: true },
        MK_s_resp_part_done: { kind: "text", snapshot: true },
        MK_s_resp_refusal_delta: { kind: "refusal" },
        MK_s_resp_refusal_done: { kind: "refusal", snapshot: true },
        MK_s_resp_item_done_text: { kind: "text", snapshot: true },
        MK_s_resp_item_done_refusal: { kind: "refusal", snapshot: true },
        MK_s_resp_args_delta: { kind: "tool_call_arguments" },
        MK_s_resp_args_done: { kind: "tool_call_arguments", snapshot: true },
        MK_s_resp_item_done_args: { kind: "tool_call_arguments", snapshot: true },
        MK_s_resp_summary_delta: { kind: "reasoning" },
        MK_s_resp_summary_done: { kind: "reasoning", snapshot: true },
        MK_s_resp_summary_part_done: { kind: "reasoning", snapshot: true },
        MK_s_resp_reasoning_text_delta: { kind: "reasoning" },
        MK_s_resp_reasoning_text_done: { kind: "reasoning", snapshot: true },
        MK_s_resp_item_done_summary: { kind: "reasoning", snapshot: true },
        MK_s_resp_item_done_reasoning_text: { kind: "reasoning", snapshot: true },
        MK_s_resp_custom_delta: { kind: "tool_call_arguments" },
        MK_s_resp_custom_done: { kind: "tool_call_arguments", snapshot: true },
        MK_s_resp_item_done_custom: { kind: "tool_call_arguments", snapshot: true },
        MK_s_resp_mcp_args_delta: { kind: "tool_call_arguments" },
        MK_s_resp_mcp_args_done: { kind: "tool_call_arguments", snapshot: true },
        MK_s_resp_completed_text: { kind: "text", snapshot: true },
        MK_s_resp_completed_args: { kind: "tool_call_arguments", snapshot: true },
        MK_s_resp_completed_summary: { kind: "reasoning", snapshot: true },
        MK_s_resp_completed_custom: { kind: "tool_call_arguments", snapshot: true },
      },
      ["ID_call", "ID_fn", "ID_call3", "ID_custom"],
    );
  });

  it("Anthropic Messages events, including input_json_delta and thinking", () => {
    const ev = (type: string, body: JsonObject) => sse({ type, ...body }, type);
    checkStream(
      anthropicMessagesEndpoint,
      [
        ev("message_start", { message: { id: "ID_msg", type: "message", role: "assistant", model: "ID_model", content: [], usage: { input_tokens: 1 } } }),
        ev("content_block_start", { index: 0, content_block: { type: "thinking", thinking: "" } }),
        ev("content_block_delta", { index: 0, delta: { type: "thinking_delta", thinking: "MK_s_msg_thinking" } }),
        ev("content_block_delta", { index: 0, delta: { type: "signature_delta", signature: "ID_sig" } }),
        ev("content_block_stop", { index: 0 }),
        ev("content_block_start", { index: 1, content_block: { type: "text", text: "MK_s_msg_block_start_text" } }),
        ev("ping", {}),
        ev("content_block_delta", { index: 1, delta: { type: "text_delta", text: "MK_s_msg_text_delta" } }),
        ev("content_block_delta", { index: 1, delta: { type: "citations_delta", citation: { type: "char_location", cited_text: "MK_s_msg_cited_text", document_index: 0, start_char_index: 0, end_char_index: 5 } } }),
        ev("content_block_stop", { index: 1 }),
        ev("content_block_start", { index: 2, content_block: { type: "tool_use", id: "ID_toolu", name: "ID_fn", input: {} } }),
        ev("content_block_delta", { index: 2, delta: { type: "input_json_delta", partial_json: '{"q": "MK_s_msg_input_json' } }),
        ev("content_block_delta", { index: 2, delta: { type: "input_json_delta", partial_json: '_second"}' } }),
        ev("content_block_stop", { index: 2 }),
        ev("message_delta", { delta: { stop_reason: "tool_use", stop_sequence: null }, usage: { output_tokens: 3 } }),
        ev("message_stop", {}),
      ],
      {
        MK_s_msg_thinking: { kind: "reasoning" },
        MK_s_msg_block_start_text: { kind: "text" },
        MK_s_msg_text_delta: { kind: "text" },
        MK_s_msg_cited_text: { kind: "text" },
        MK_s_msg_input_json: { kind: "tool_call_arguments" },
      },
      ["ID_toolu", "ID_fn"],
    );
  });

  it("Anthropic input_json_delta pieces share one channel per block", () => {
    const ev = (index: number, partial: string) => sse({ type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json: partial } }, "content_block_delta");
    const { deltas } = deltasOf(anthropicMessagesEndpoint, [ev(2, '{"q": "a'), ev(2, 'b"}'), ev(3, "{}x")]);
    expect(deltas.map(({ d }) => d.channel)).toEqual(["block:2", "block:2", "block:3"]);
    expect(deltas.map(({ d }) => d.text).join("")).toBe('{"q": "ab"}{}x');
  });
});
