import { describe, it } from "vitest";
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
