import { describe, expect, it } from "vitest";
import { isPlainToken, pendingStart } from "./pending-start.js";

const filler = "and the rest of it was quite plain so nothing at all to see in here ";

describe("pendingStart", () => {
  it.each([
    { name: "plain words ending in a space: nothing held", text: "hello there world ", held: "" },
    { name: "the trailing run is held (it may grow into a key or an email)", text: "hello there wor", held: "wor" },
    { name: "a capitalised word and what follows it (a name, a cue after it)", text: "ask Maria about it ", held: "Maria about it " },
    { name: "a number with separators, chained across spaces", text: `${filler}card 4111 1111 ${filler.slice(0, 4)}`, held: "4111 1111 and " },
    { name: "a house number starts a lower-case street address", text: "at 12 main street ", held: "12 main street " },
    { name: "a secret cue word and the plain value after it", text: "the password is hunter ", held: "password is hunter " },
    { name: "an email inside the text", text: "mail bob@x.org now ", held: "bob@x.org now " },
    { name: "a long all-letter run may be random", text: "id abcdefghijklmnopqrstuvwxyz ok ", held: "abcdefghijklmnopqrstuvwxyz ok " },
  ])("$name", ({ text, held }) => {
    expect(text.slice(pendingStart(text))).toBe(held);
  });

  it("releases a suspicious token once it is further than the right reach and not chained", () => {
    const text = `Maria ${filler}`;
    expect(pendingStart(text)).toBe(text.length);
  });

  it("chains tokens of one value across short gaps beyond the right reach", () => {
    const pem = `-----BEGIN PRIVATE KEY-----\n${"MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n".repeat(4)}`;
    expect(pendingStart(pem)).toBe(0);
  });

  it("only looks from `from`", () => {
    expect(pendingStart("Maria went home ", 6)).toBe(16);
  });
});

describe("isPlainToken", () => {
  it.each([
    ["word", true],
    ["(word),", true],
    ['"quoted."', true],
    ["Word", false],
    ["w0rd", false],
    ["e.g.", false],
    ["don't", false],
    ["über", false],
    ["a".repeat(21), false],
    ["", false],
    ["...", false],
  ])("%s → %s", (w, plain) => {
    expect(isPlainToken(w, 0, w.length)).toBe(plain);
  });
});
