/**
 * Bypass hunt 23: an e-mail address spaced out letter by letter ("j a n e . d o e @ …") reached the upstream in clear:
 * the cipher view joins runs of eight single letters or digits set apart by spaces, and its trigger broke at the
 * spaced "." and "@". An e-mail address or card number written as a JSON or Python array of characters
 * (`["j","a",…]`, `['4','1',…]`) did too: the array view took letters, digits and "_+=-" as items (not "@" or ".") and
 * left runs of digits alone.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText } from "./acceptance-support.js";

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const EMAILS = ["jane.doe@example.com", "jane.doe@acme-corp.com", "j_smith@mail.example.org"];
const CARD = "4111111111111111";
const lettersOnly = (s: string): string => s.replace(/[^A-Za-z0-9@.]/g, "");

async function send(content: string): Promise<string> {
  h.mock.reset();
  await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content }] });
  return upstreamText(h.mock);
}

describe("values spelled out one character at a time do not reach the upstream", () => {
  it("an e-mail address spaced out letter by letter", async () => {
    for (const email of EMAILS) {
      for (const gap of [" ", "  "]) {
        const up = await send(`my address is ${[...email].join(gap)}, thanks`);
        expect(lettersOnly(up), `${email} spaced by ${JSON.stringify(gap)}`).not.toContain(email);
      }
    }
  });

  it("an e-mail address as a JSON or Python array of characters", async () => {
    for (const email of EMAILS) {
      for (const arr of [JSON.stringify([...email]), `[${[...email].map((c) => `'${c}'`).join(", ")}]`]) {
        const up = await send(`chars = ${arr}`);
        expect(lettersOnly(up), arr).not.toContain(email);
      }
    }
  });

  it("a card number as a JSON or Python array of characters", async () => {
    for (const arr of [JSON.stringify([...CARD]), `[${[...CARD].map((c) => `'${c}'`).join(", ")}]`]) {
      const up = await send(`card = ${arr}`);
      expect(lettersOnly(up), arr).not.toContain(CARD);
    }
  });

  it("a spaced heading and a list of numbers in quotes are left alone", async () => {
    const text = 'T A B L E . O F . C O N T E N T S\nsizes = ["1", "2", "3", "4", "5", "6", "7", "8"]';
    await send(text);
    expect((h.mock.last.body as { messages: { content: string }[] }).messages[0]?.content).toBe(text);
  });
});
