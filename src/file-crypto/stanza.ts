import { encodeBase64Raw } from "./base64-raw.js";

/**
 * One recipient stanza of an age header: `-> TYPE ARG...` then the body, base64 in lines of 64 columns, the last
 * line shorter than 64 (possibly empty). Each recipient type reads only the stanzas of its own type.
 */
export interface Stanza {
  readonly type: string;
  readonly args: readonly string[];
  readonly body: Buffer;
}

/** Printable ASCII without space (age's VCHAR for stanza type and arguments). */
export const ARG_PATTERN = /^[\x21-\x7e]+$/;

/** Serialize a stanza exactly as age-encryption.org/v1 specifies (used both to write and to MAC the header). */
export function formatStanza(stanza: Stanza): string {
  const b64 = encodeBase64Raw(stanza.body);
  const lines: string[] = [];
  for (let i = 0; i + 64 <= b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  lines.push(b64.slice(b64.length - (b64.length % 64)));
  return `-> ${[stanza.type, ...stanza.args].join(" ")}\n${lines.join("\n")}\n`;
}
