import { describe, expect, it } from "vitest";
import { sessionRules } from "./sessions.js";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ["Cookie: PHPSESSID=83m2ig4wk87o6p00dvq4dn3xz7; lang=de", "session-cookie", "83m2ig4wk87o6p00dvq4dn3xz7", 0.8],
  ['-H "Cookie: theme=dark; _myapp_session=Zk9xR2tLbTRwVjhxVzFuQjVjWTBoSjNk--a1b2c3d4e5" https://x', "session-cookie", "Zk9xR2tLbTRwVjhxVzFuQjVjWTBoSjNk--a1b2c3d4e5", 0.8],
  ['{"name": "remember_token", "value": "p8Qz3vLm2Xk9Rt4Wb7Nc1Hd5", "secure": true}', "session-cookie-entry", "p8Qz3vLm2Xk9Rt4Wb7Nc1Hd5", 0.8],
];

describe("session cookie rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "Cookie: _ga=GA1.2.1234567890.1712345678; _gid=GA1.2.987654321.1712345678; locale=en-US",
    "Set-Cookie: theme=dark; Path=/; Max-Age=31536000",
    "Set-Cookie: sid=1712345678; Path=/",
    "the session cookie is called PHPSESSID=abc",
    '{"name": "cookieconsent_status", "value": "dismiss"}',
    '{"name": "session_timeout_minutes", "value": "30"}',
  ])("negative %s", (t) => expectNegative(t));
});

describe("session cookie rule: no exponential backtracking", () => {
  // Each cookie before the session one used to match two ways (the blank after ";" fit either side), so a header of
  // ordinary cookies with no session cookie took ~2^n steps: 20 cookies 94 ms, 24 cookies 2 s, 200 characters of
  // "a=b; " minutes. With one reading per cookie the scan is linear; the bound below is orders of magnitude above it.
  it.each([60, 400])("a header of %i ordinary cookies is rejected quickly", (n) => {
    const rule = sessionRules.find((r) => r.id === "session-cookie")!;
    const re = new RegExp(rule.pattern, "gi");
    const text = "Cookie: " + Array.from({ length: n }, (_, i) => `pref_${i}=v${i}`).join("; ");
    const t0 = performance.now();
    re.test(text);
    re.lastIndex = 0;
    re.test("Cookie: " + "a=b; ".repeat(n));
    expect(performance.now() - t0).toBeLessThan(250);
  });
});
