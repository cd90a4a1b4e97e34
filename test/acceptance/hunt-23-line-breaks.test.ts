/**
 * Bypass hunt 23: an e-mail address cut by a line break in its domain or next to its "@", or a card number wrapped
 * over two lines, reached the upstream in clear: the `joined` view puts back only key-like tokens cut by line breaks,
 * and the PII patterns do not read across one.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText } from "./acceptance-support.js";

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

/** The upstream text with line breaks (raw or JSON-escaped) and group separators removed. */
const unwrapped = (s: string): string => s.replace(/\\r|\\n|[\r\n]/g, "").replace(/(\d)[ -](?=\d)/g, "$1");

async function send(content: string): Promise<string> {
  h.mock.reset();
  await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content }] });
  return upstreamText(h.mock);
}

describe("values cut by a line break do not reach the upstream", () => {
  it("an e-mail address cut in its domain or at its '@'", async () => {
    for (const cut of ["jane.doe@exam\nple.com", "jane.doe@\nexample.com", "jane.doe\n@example.com", "jane.doe@acme-\r\ncorp.co.uk"]) {
      const up = await send(`my address is ${cut} thanks`);
      expect(unwrapped(up), JSON.stringify(cut)).not.toContain(cut.replace(/\r?\n/, ""));
    }
  });

  it("a card number wrapped over two lines", async () => {
    for (const cut of ["4111 1111\n1111 1111", "4111 1111 1111\n1111", "4111-1111-\n1111-1111"]) {
      const up = await send(`my card number is ${cut}, thanks`);
      expect(unwrapped(up), JSON.stringify(cut)).not.toContain("4111111111111111");
    }
  });

  it("numbers on separate lines and a domain after a line break are left alone", async () => {
    const text = "Order 1234 5678\n9012 3456 shipped\nTotals 2023 2024\n2025 2026 2027 2028\nsee you at\nexample.com";
    await send(text);
    expect((h.mock.last.body as { messages: { content: string }[] }).messages[0]?.content).toBe(text);
  });
});
