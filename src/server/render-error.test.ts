import { describe, expect, it } from "vitest";
import { ERROR_CODES, type ErrorCode } from "../core/error-codes.js";
import { toWardenError, WardenError } from "../core/warden-error.js";
import { renderError, renderStreamError } from "./render-error.js";

const CODES = Object.keys(ERROR_CODES) as ErrorCode[];

describe("renderError", () => {
  it.each(CODES)("%s in both formats", (code) => {
    const err = new WardenError(code, { cause: new Error("internal: /srv/secret.ts:12"), detail: "log only detail" });
    const o = renderError(err, "openai", "req_1");
    expect(o).toEqual({ error: { message: ERROR_CODES[code].message, type: ERROR_CODES[code].openaiType, param: null, code } });
    const a = renderError(err, "anthropic", "req_1");
    expect(a).toEqual({ type: "error", error: { type: ERROR_CODES[code].anthropicType, message: ERROR_CODES[code].message, code }, request_id: "req_1" });
    for (const body of [o, a]) {
      expect(JSON.stringify(body)).not.toContain("internal");
      expect(JSON.stringify(body)).not.toContain("log only");
    }
  });

  it("client-safe details are included; cause and detail never are", () => {
    const err = new WardenError("WARDEN_UPSTREAM_ERROR", { status: 429, details: { retry_after: "3", upstream_status: 429 }, detail: "upstream said: secret", cause: new Error("x") });
    expect(renderError(err, "openai", "r")).toMatchObject({ error: { retry_after: "3", upstream_status: 429, code: "WARDEN_UPSTREAM_ERROR" } });
    expect(JSON.stringify(renderError(err, "anthropic", "r"))).not.toContain("secret");
  });

  it("anything thrown that is not a WardenError renders as a generic internal error", () => {
    const e = toWardenError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(e.status).toBe(500);
    expect(JSON.stringify(renderError(e, "openai", "r"))).not.toContain("Cannot read");
  });
});

describe("renderStreamError", () => {
  const err = new WardenError("WARDEN_UPSTREAM_STREAM_CUT");
  it("OpenAI chat/completions: a data-only event with the error envelope", () => {
    const ev = renderStreamError(err, "openai", "r", false);
    expect(ev.event).toBeUndefined();
    expect(JSON.parse(ev.data)).toEqual({ error: expect.objectContaining({ code: "WARDEN_UPSTREAM_STREAM_CUT", type: "api_error" }) });
  });
  it("Responses: an `error` event in the Responses shape", () => {
    const ev = renderStreamError(err, "openai", "r", true);
    expect(ev.event).toBe("error");
    expect(JSON.parse(ev.data)).toMatchObject({ type: "error", code: "WARDEN_UPSTREAM_STREAM_CUT", message: expect.any(String) });
  });
  it("Responses: the error event is numbered after the last event sent (0 when none was)", () => {
    expect(JSON.parse(renderStreamError(err, "openai", "r", true, { event: "response.output_text.delta", data: '{"type":"response.output_text.delta","sequence_number":7}' }).data)).toMatchObject({ sequence_number: 8 });
    expect(JSON.parse(renderStreamError(err, "openai", "r", true, { data: "{}", json: { sequence_number: 3 }, dirty: true }).data)).toMatchObject({ sequence_number: 4 });
    expect(JSON.parse(renderStreamError(err, "openai", "r", true, { data: "not json" }).data)).toMatchObject({ sequence_number: 0 });
    expect(JSON.parse(renderStreamError(err, "openai", "r", true).data)).toMatchObject({ sequence_number: 0 });
  });
  it("Anthropic: an `error` event with the Anthropic envelope", () => {
    const ev = renderStreamError(err, "anthropic", "r", false);
    expect(ev.event).toBe("error");
    expect(JSON.parse(ev.data)).toMatchObject({ type: "error", error: { type: "api_error", code: "WARDEN_UPSTREAM_STREAM_CUT" } });
  });
});
