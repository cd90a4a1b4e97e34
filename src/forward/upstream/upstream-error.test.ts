import { describe, expect, it } from "vitest";
import { sanitizeUpstreamMessage, upstreamHttpError } from "./upstream-error.js";

describe("sanitizeUpstreamMessage", () => {
  it.each([
    { in: "Incorrect API key provided: sk-proj-abcdef123456.", out: "Incorrect API key provided: [REDACTED]." },
    { in: "key rk_live_ABCDEFGH1234 rejected", out: "key [REDACTED] rejected" },
    { in: `token ${"a1B2".repeat(10)} expired`, out: "token [REDACTED] expired" },
    { in: "'messages' is too long", out: "'messages' is too long" },
    { in: "sk-x is short", out: "sk-x is short" },
    { in: "bad value AKIAZ3MHQ7RT2XKPLW4N for jane.doe@acme-corp.com", out: "bad value [REDACTED] for [REDACTED]" },
    { in: "card 4111 1111 1111 1111, phone +44 20 7946 0958", out: "card [REDACTED], phone [REDACTED]" },
    { in: "The model `gpt-4o-2024-08-06` does not exist (claude-3-5-sonnet-20241022)", out: "The model `gpt-4o-2024-08-06` does not exist (claude-3-5-sonnet-20241022)" },
    { in: "maximum context length is 128000 tokens, you requested 130532 (max_tokens 4096)", out: "maximum context length is 128000 tokens, you requested 130532 (max_tokens 4096)" },
    { in: "Invalid 'messages[12].content': string too long. Expected a string with maximum length 10485760", out: "Invalid 'messages[12].content': string too long. Expected a string with maximum length 10485760" },
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

  it.each([400, 401, 404, 500])("keeps keys, addresses and quoted request text out of the log detail (%i)", (status) => {
    const body = openaiBody(
      "upstream failure for bob@example.com key sk-abcdefabcdefabcdefabcdefabcdef12 and sk-proj-Xi8tdMjHV6pmbBbwilTeT4Bl; invalid value for 'messages[0].content': 'my card is 4111 1111 1111 1111' and \"call Ann\"",
    );
    const e = upstreamHttpError(status, body);
    for (const secret of ["bob@example.com", "sk-abcdef", "sk-proj", "4111", "my card", "call Ann"]) expect(e.detail).not.toContain(secret);
    expect(e.detail).toContain("upstream failure for");
  });
});
