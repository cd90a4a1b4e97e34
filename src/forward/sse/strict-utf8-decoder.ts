import { isAscii } from "node:buffer";
import { TextDecoder } from "node:util";
import { WardenError } from "../../core/warden-error.js";

/**
 * Strict streaming UTF-8 decoding of a byte stream (invalid sequences are errors, never replaced), with an ASCII
 * fast path: while every chunk so far was ASCII, a chunk is decoded as latin1 (the same characters) and no
 * `TextDecoder` is created; at the first other chunk, a fatal `TextDecoder` takes over for the rest of the stream
 * (it carries a character split across chunks). A byte-order mark is skipped only at the very start (as a
 * `TextDecoder` does, and as WHATWG HTML's event-stream parsing requires).
 */
export class StrictUtf8Decoder {
  private decoder: TextDecoder | undefined;
  private started = false;

  /** Decode one chunk; throws WARDEN_UPSTREAM_BAD_RESPONSE on invalid UTF-8. */
  decode(chunk: Buffer): string {
    if (this.decoder === undefined) {
      if (isAscii(chunk)) {
        if (chunk.length > 0) this.started = true;
        return chunk.toString("latin1");
      }
      this.decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: this.started });
    }
    try {
      return this.decoder.decode(chunk, { stream: true });
    } catch (err) {
      throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { cause: err, detail: "upstream SSE is not UTF-8" });
    }
  }

  /** End of input: throws (a TypeError) when the stream stopped inside a character. */
  end(): void {
    this.decoder?.decode();
  }
}
