import { describe, expect, it } from "vitest";
import { safePath, safeSegment } from "./safe-path.js";

describe("safePath", () => {
  it.each([
    ["/v1/chat/completions", "/v1/chat/completions"],
    ["/v1/models/gpt-4o-mini", "/v1/models/gpt-4o-mini"],
    ["/admin/v1/tenants/acme/keys", "/admin/v1/tenants/acme/keys"],
    ["/v1/models/wdn_ABCDEFGH12345678abcdefgh", "/v1/models/*"],
    ["/v1/sk-proj-Xi8tdMjHV6pmbBbwilTeT4Bl", "/v1/*"],
    ["/admin/v1/tenants/alice%40example.com/keys", "/admin/v1/tenants/*/keys"],
    ["/v1/alice@example.com", "/v1/*"],
    ["/v1/4111111111111111", "/v1/*"],
    ["/v1/AKIAZ3MHQ7RT2XKPLW4N/x", "/v1/*/x"],
    ["/v1/aB3dE5gH7jK9mN1pQ", "/v1/*"],
    ["/v1/eyJhbGciOiJIUzI1NiJ9", "/v1/*"],
  ])("%s → %s", (input, out) => {
    expect(safePath(input)).toBe(out);
  });

  it("bounds the length", () => {
    expect(safePath(`/${"a/".repeat(400)}`).length).toBeLessThanOrEqual(257);
  });

  it("tenant ids: ordinary identifiers pass, pasted values do not", () => {
    expect(safeSegment("tenant-a")).toBe(true);
    expect(safeSegment("acme_corp.eu")).toBe(true);
    expect(safeSegment("bob@example.com")).toBe(false);
    expect(safeSegment("555123456789")).toBe(false);
  });
});
