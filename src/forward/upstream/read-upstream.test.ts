import { describe, expect, it } from "vitest";
import { readUpstream } from "./read-upstream.js";
import { UpstreamBody } from "./upstream-body.js";

/** A JSON reply whose body arrives as these chunks. */
function reply(...chunks: Buffer[]) {
  const body = new UpstreamBody();
  for (const c of chunks) body.push(c);
  body.end();
  return { statusCode: 200, headers: { "content-type": "application/json" }, body };
}

describe("readUpstream: a JSON body as text and as the bytes that came", () => {
  const text = '{"id":"c1","choices":[{"message":{"content":"Grüße, 会議 😀"}}]}';

  it.each([
    { name: "one chunk", chunks: [Buffer.from(text, "utf8")] },
    // split inside a multi-byte character: the bytes are joined before decoding
    { name: "chunks split inside a character", chunks: [Buffer.from(text, "utf8").subarray(0, 45), Buffer.from(text, "utf8").subarray(45)] },
    { name: "ASCII only", chunks: [Buffer.from('{"id":"c2"}', "utf8")] },
  ])("$name: rawBytes are the exact UTF-8 of raw", async ({ chunks }) => {
    const r = await readUpstream(reply(...chunks), false, () => false);
    if (r.kind !== "json") throw new Error("expected json");
    expect(r.rawBytes?.equals(Buffer.from(r.raw as string, "utf8"))).toBe(true);
    expect(r.rawBytes?.equals(Buffer.concat(chunks))).toBe(true);
  });

  it("a leading byte-order mark is dropped from the text, and then no bytes are given", async () => {
    const r = await readUpstream(reply(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])), false, () => false);
    if (r.kind !== "json") throw new Error("expected json");
    expect(r.raw).toBe(text);
    expect(r.rawBytes).toBeUndefined();
  });
});
