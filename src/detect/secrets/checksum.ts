/** Checksums used by token formats that embed one (GitHub, npm): CRC32 rendered in base62. */

const CRC_TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3, as zlib) of the string's code units (callers pass ASCII). */
export function crc32(value: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < value.length; i++) {
    crc = (CRC_TABLE[(crc ^ value.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Digits then upper then lower case: the alphabet GitHub-style tokens use for their checksum. */
export const BASE62_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Base62 rendering of a non-negative integer, left-padded with `0` to `width`. */
export function base62(value: number, width: number): string {
  let v = Math.floor(value);
  let out = "";
  while (v > 0) {
    out = BASE62_ALPHABET[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, "0");
}

/**
 * Checks the trailing 6-character base62 CRC32 of a "prefix_<30 random><6 checksum>" token
 * (GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` and npm `npm_` tokens use this layout).
 */
export function hasValidCrc32Suffix(token: string): boolean {
  const underscore = token.indexOf("_");
  const body = underscore >= 0 ? token.slice(underscore + 1) : token;
  if (body.length < 7) return false;
  const random = body.slice(0, -6);
  const check = body.slice(-6);
  return base62(crc32(random), 6) === check;
}

/** Builds a well-formed checksummed token from a prefix and its random part (for tests and the eval set). */
export function withCrc32Suffix(prefix: string, random: string): string {
  return `${prefix}${random}${base62(crc32(random), 6)}`;
}
