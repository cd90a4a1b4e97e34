import { isAscii, isUtf8 } from "node:buffer";

/**
 * Decode a whole buffer as strict UTF-8, or return undefined when it is not valid UTF-8 (invalid sequences are
 * refused, never replaced). ASCII-only input, the common case for JSON, takes a fast path.
 */
export function decodeUtf8(buf: Buffer): string | undefined {
  if (isAscii(buf)) return buf.toString("latin1");
  if (!isUtf8(buf)) return undefined;
  const text = buf.toString("utf8");
  // A leading byte-order mark is not part of the JSON text (RFC 8259 §8.1 allows a parser to ignore it).
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
