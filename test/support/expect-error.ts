import { expect } from "vitest";

/** Text that would mean internals leaked into a client-facing error. */
const INTERNALS = /\n\s+at |\bat [^\s]+ \(|\.(?:ts|js):\d+|node_modules|SyntaxError|TypeError|Unexpected token|JSON at position|ECONNREFUSED|UND_ERR_|undici|"stack"/;

export type ErrorFormat = "openai" | "anthropic";

/**
 * Assert an error response in the caller's API format with a stable Warden code, and no stack trace or internal
 * message. Returns the parsed body.
 */
export async function expectErrorResponse(res: Response, status: number, code: string, format: ErrorFormat): Promise<Record<string, unknown>> {
  const text = await res.text();
  expect({ status: res.status, text }).toMatchObject({ status });
  expect(res.headers.get("content-type")).toContain("application/json");
  expect(res.headers.get("x-request-id")).toMatch(/\S/);
  expect(text).not.toMatch(INTERNALS);
  const body = JSON.parse(text) as Record<string, unknown>;
  expectErrorBody(body, code, format);
  return body;
}

/** Assert the shape of an error body (also used for stream error events). */
export function expectErrorBody(body: unknown, code: string, format: ErrorFormat): void {
  expect(JSON.stringify(body)).not.toMatch(INTERNALS);
  if (format === "openai") {
    expect(body).toMatchObject({ error: { code, message: expect.any(String), type: expect.any(String) } });
    expect((body as { error: Record<string, unknown> }).error).toHaveProperty("param");
  } else {
    expect(body).toMatchObject({ type: "error", error: { code, type: expect.any(String), message: expect.any(String) } });
  }
}
