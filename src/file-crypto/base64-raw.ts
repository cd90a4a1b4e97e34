/**
 * Unpadded standard base64, as the age header uses it. Decoding is strict (age-encryption.org/v1 requires
 * canonical encodings): no padding, no whitespace, no non-zero trailing bits, so one value has one encoding and a
 * modified header cannot re-encode the same bytes.
 */
const B64 = /^[A-Za-z0-9+/]*$/;

export function encodeBase64Raw(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("base64").replace(/=+$/, "");
}

/** Decode unpadded base64; undefined when the text is not the canonical encoding of some bytes. */
export function decodeBase64Raw(text: string): Buffer | undefined {
  if (!B64.test(text) || text.length % 4 === 1) return undefined;
  const out = Buffer.from(text, "base64");
  return encodeBase64Raw(out) === text ? out : undefined;
}
