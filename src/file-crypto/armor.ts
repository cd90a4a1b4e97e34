import { WardenError } from "../core/warden-error.js";

/**
 * age's ASCII armor (age-encryption.org/v1, "ASCII armor"): a strict PEM subset. Standard padded base64 in lines of
 * exactly 64 columns, the last one 1-64 columns (a multiple of 4), between the BEGIN and END lines. Whitespace
 * around the block and CRLF line endings are accepted on input; output uses LF.
 */
export const ARMOR_BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----";
export const ARMOR_END = "-----END AGE ENCRYPTED FILE-----";
const BYTES_PER_LINE = 48;
const LINE = /^[A-Za-z0-9+/]{64}$/;
const LAST_LINE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$/;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Incremental armor encoder: bytes in, armored text out (as latin1 bytes). */
export class ArmorWriter {
  private rest: Buffer = Buffer.alloc(0);
  private started = false;

  update(data: Buffer): Buffer {
    const all = this.rest.length === 0 ? data : Buffer.concat([this.rest, data]);
    const full = all.length - (all.length % BYTES_PER_LINE);
    this.rest = Buffer.from(all.subarray(full));
    const lines: string[] = [];
    if (!this.started) {
      this.started = true;
      lines.push(ARMOR_BEGIN);
    }
    for (let i = 0; i < full; i += BYTES_PER_LINE) lines.push(all.subarray(i, i + BYTES_PER_LINE).toString("base64"));
    return lines.length === 0 ? Buffer.alloc(0) : Buffer.from(`${lines.join("\n")}\n`, "latin1");
  }

  final(): Buffer {
    const head = this.started ? "" : `${ARMOR_BEGIN}\n`;
    const last = this.rest.length > 0 ? `${this.rest.toString("base64")}\n` : "";
    return Buffer.from(`${head}${last}${ARMOR_END}\n`, "latin1");
  }
}

const armorError = (message: string): WardenError => new WardenError("WARDEN_CRYPTO_HEADER_INVALID", { message: `ASCII armor: ${message}` });

/**
 * Incremental, strict armor decoder: armored text in, the binary age file out. A data line is released only once
 * the next line shows whether it was the last (the last line alone may be short and padded).
 */
export class ArmorReader {
  private partial = "";
  private state: "begin" | "body" | "end" = "begin";
  private held: string | undefined;

  update(chunk: Buffer): Buffer {
    const text = this.partial + chunk.toString("latin1");
    const lines = text.split("\n");
    this.partial = lines.pop() as string;
    if (this.partial.length > 256) throw armorError("a line is too long.");
    const out: Buffer[] = [];
    for (const raw of lines) this.line(raw.endsWith("\r") ? raw.slice(0, -1) : raw, out);
    return Buffer.concat(out);
  }

  final(): Buffer {
    const out: Buffer[] = [];
    if (this.partial !== "") this.line(this.partial, out);
    this.partial = "";
    if (this.state !== "end") throw new WardenError("WARDEN_CRYPTO_TRUNCATED", { message: "The armored file ends before its END line." });
    return Buffer.concat(out);
  }

  private line(line: string, out: Buffer[]): void {
    if (this.state === "begin") {
      if (line.trim() === "") return;
      if (line.trimStart() !== ARMOR_BEGIN) throw armorError("the BEGIN line is malformed.");
      this.state = "body";
      return;
    }
    if (this.state === "end") {
      if (line.trim() !== "") throw new WardenError("WARDEN_CRYPTO_TRAILING_DATA", { message: "The armored file has data after its END line." });
      return;
    }
    if (line.trimEnd() === ARMOR_END) {
      if (this.held === undefined) throw armorError("no data between BEGIN and END.");
      const last = LAST_LINE.test(this.held) ? Buffer.from(this.held, "base64") : undefined;
      if (!last || last.toString("base64") !== this.held) throw armorError("the last line is malformed.");
      out.push(last);
      this.held = undefined;
      this.state = "end";
      return;
    }
    if (this.held !== undefined) {
      if (!LINE.test(this.held)) throw armorError("a line is not 64 columns of base64.");
      out.push(Buffer.from(this.held, "base64"));
    }
    this.held = line;
  }
}

/**
 * Whether `head` (the first bytes of an input) is armored: true, false, or undefined while too few bytes are in to
 * tell. Leading whitespace is skipped.
 */
export function looksArmored(head: Buffer, ended: boolean): boolean | undefined {
  let i = 0;
  while (i < head.length && WS.has(head[i] as number)) i++;
  const rest = head.subarray(i, i + ARMOR_BEGIN.length).toString("latin1");
  if (!ARMOR_BEGIN.startsWith(rest)) return false;
  if (rest.length === ARMOR_BEGIN.length) return true;
  return ended ? false : undefined;
}
