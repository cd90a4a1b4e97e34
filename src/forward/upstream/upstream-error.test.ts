import { describe, expect, it } from "vitest";
import { sanitizeUpstreamMessage, upstreamHttpError } from "./upstream-error.js";

describe("sanitizeUpstreamMessage", () => {
  it.each([
    { in: "Incorrect API key provided: sk-proj-abcdef123456.", out: "Incorrect API key provided: [REDACTED]." },
    { in: "key rk_live_ABCDEFGH1234 rejected", out: "key [REDACTED] rejected" },
    { in: `token ${"a1B2".repeat(10)} expired`, out: "token [REDACTED] expired" },
    { in: "'messages' is too long", out: "'messages' is too long" },
    { in: "sk-x is short", out: "sk-x is short" },
  ])("$in", ({ in: input, out }) => {
    expect(sanitizeUpstreamMessage(input)).toBe(out);
  });

  it("bounds the length", () => {
    expect(sanitizeUpstreamMessage("x ".repeat(5000)).length).toBe(1000);
  });
});

describe("upstreamHttpError", () => {
  const openaiBody = (message: string, type = "invalid_request_error") => JSON.stringify({ error: { message, type, param: null, code: null } });

  it.each([
    { status: 400, body: openaiBody("bad temperature"), code: 400, message: /refused the request: bad temperature/ },
    { status: 404, body: openaiBody("The model `x` does not exist"), code: 404, message: /does not exist/ },
    { status: 422, body: "not json", code: 422, message: /^The model provider refused the request\.$/ },
    { status: 400, body: JSON.stringify({ type: "error", error: { type: "invalid_request_error", message: "max_tokens: too big" } }), code: 400, message: /max_tokens: too big/ },
    { status: 400, body: JSON.stringify({ error: "plain string error" }), code: 400, message: /plain string error/ },
    { status: 401, body: openaiBody("Incorrect API key provided: sk-abcdefgh12345678"), code: 502, message: /rejected the gateway's credentials/ },
    { status: 403, body: openaiBody("forbidden region"), code: 502, message: /rejected the gateway's credentials/ },
    { status: 429, body: openaiBody("slow down", "requests"), code: 429, message: /rate limiting/ },
    { status: 500, body: openaiBody("db at 10.0.0.3 down"), code: 502, message: /^The model provider returned an error\.$/ },
    { status: 503, body: "", code: 502, message: /^The model provider returned an error\.$/ },
  ])("$status → $code", ({ status, body, code, message }) => {
    const e = upstreamHttpError(status, body, status === 429 ? "7" : undefined);
    expect(e.code).toBe("WARDEN_UPSTREAM_ERROR");
    expect(e.status).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain("sk-abcdefgh");
    expect(e.message).not.toContain("10.0.0.3");
    expect(e.details?.["upstream_status"]).toBe(status);
    if (status === 429) expect(e.details?.["retry_after"]).toBe("7");
    // The upstream's words always reach the log (detail), never more than a bounded excerpt.
    expect(e.detail).toContain(`upstream status ${status}`);
  });
});
