import { describe, expect, it } from "vitest";
import { StrictUtf8Decoder } from "./strict-utf8-decoder.js";

const decodeAll = (chunks: Buffer[]): string => {
  const d = new StrictUtf8Decoder();
  const out = chunks.map((c) => d.decode(c)).join("");
  d.end();
  return out;
};

describe("StrictUtf8Decoder", () => {
  it("decodes ASCII chunks as they are", () => {
    expect(decodeAll([Buffer.from("data: a\n"), Buffer.from("\n")])).toBe("data: a\n\n");
  });

  it("a character split across chunks, after ASCII chunks, comes out whole", () => {
    const euro = Buffer.from("€"); // 3 bytes
    expect(decodeAll([Buffer.from("data: "), euro.subarray(0, 1), euro.subarray(1), Buffer.from("\n\n")])).toBe("data: €\n\n");
    expect(decodeAll([Buffer.from("naïve "), Buffer.from("ok")])).toBe("naïve ok");
  });

  it("skips a byte-order mark at the very start only", () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(decodeAll([Buffer.concat([bom, Buffer.from("data: x\n\n")])])).toBe("data: x\n\n");
    expect(decodeAll([Buffer.from("data: "), Buffer.concat([bom, Buffer.from("x")])])).toBe("data: \ufeffx");
  });

  it("refuses invalid sequences, and a stream that stops inside a character", () => {
    const d = new StrictUtf8Decoder();
    d.decode(Buffer.from("ok "));
    expect(() => d.decode(Buffer.from([0xff, 0x41]))).toThrow(expect.objectContaining({ code: "WARDEN_UPSTREAM_BAD_RESPONSE" }));
    const cut = new StrictUtf8Decoder();
    cut.decode(Buffer.from("€").subarray(0, 2));
    expect(() => cut.end()).toThrow();
  });
});
