/**
 * Bypass hunt 23: a card number written backwards ("1111 1111 1111 1114") reached the upstream in clear: the card
 * detector reads numbers as written (Luhn and issuer prefix fail backwards), and the reversed views are built only
 * for a cue word or a key prefix at a token's end. (Some test cards pass Luhn both ways and were read already: the
 * first one was not.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText } from "./acceptance-support.js";

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const backwards = (s: string): string => [...s].reverse().join("");

describe("a card number written backwards does not reach the upstream", () => {
  for (const card of ["4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "6011111111111117"]) {
    it(card, async () => {
      await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `my card: ${backwards(card)} ok` }] });
      expect(upstreamText(h.mock).replace(/\D/g, "")).not.toContain(backwards(card.replace(/\D/g, "")));
    });
  }

  it("order numbers and timestamps are left alone", async () => {
    const text = "Order 2024061512345678 shipped at 1718452800123; tracking 9400111899223197428490.";
    await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
    expect((h.mock.last.body as { messages: { content: string }[] }).messages[0]?.content).toBe(text);
  });
});
