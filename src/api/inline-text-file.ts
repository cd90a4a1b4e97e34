import type { WardenError } from "../core/warden-error.js";
import type { MessageRole } from "../core/detector.js";
import { extractPdfText } from "./pdf-text.js";
import { invalid } from "./require-field.js";
import type { FieldClass } from "./walk-text.js";

/** A base64 file whose media type says text: its decoded text, and the header its field keeps before the base64. */
export interface InlineTextFile {
  text: string;
  /** `data:text/plain;base64,` for a data URL, "" for a bare base64 field (Anthropic `source.data`). */
  prefix: string;
}

/** Media types whose bytes are text a detector can read (besides `text/*`). */
const TEXT_TYPES: ReadonlySet<string> = new Set([
  "application/json",
  "application/ld+json",
  "application/xml",
  "application/yaml",
  "application/x-yaml",
  "application/toml",
  "application/javascript",
  "application/x-sh",
  "application/sql",
  "application/csv",
  "application/x-ndjson",
  "application/jsonl",
]);

const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*);base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Whether a media type (parameters ignored) is text. */
export function isTextMediaType(mediaType: string): boolean {
  const t = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  return t.startsWith("text/") || TEXT_TYPES.has(t) || t.endsWith("+json") || t.endsWith("+xml");
}

/**
 * Decode a base64 text file. A payload that claims text but is not base64 or not UTF-8 is refused
 * (`WARDEN_REQUEST_INVALID`): what cannot be read cannot be scanned, and a false claim is how one would hide text.
 */
function decode(base64: string, where: string): string {
  const body = base64.replace(/\s+/g, "");
  if (!BASE64.test(body) || body.length % 4 === 1) throw unreadable(where);
  try {
    return utf8.decode(Buffer.from(body, "base64"));
  } catch {
    throw unreadable(where);
  }
}

function unreadable(where: string): WardenError {
  return invalid(`'${where}' declares a text media type but its data is not base64 UTF-8 text; it cannot be inspected.`);
}

/** The media type of a base64 `data:` URL ("" when it has none), or undefined for any other string. */
export function dataUrlMediaType(value: string): string | undefined {
  if (!value.startsWith("data:")) return undefined;
  const m = DATA_URL.exec(value);
  return m ? (m[1] ?? "").toLowerCase() : undefined;
}

/**
 * A `data:<text type>;base64,...` URL (OpenAI `file_data`, a text `image_url` is not one) as text. Undefined for any
 * other string (a data URL of binary media, a plain URL).
 */
export function textDataUrl(value: string, where: string): InlineTextFile | undefined {
  if (!value.startsWith("data:")) return undefined;
  const m = DATA_URL.exec(value);
  if (!m || !isTextMediaType(m[1] ?? "")) return undefined;
  return { text: decode(value.slice(m[0].length), where), prefix: m[0] };
}

/** A bare base64 field whose media type is given beside it (Anthropic `document.source`), as text. */
export function textBase64(value: string, mediaType: unknown, where: string): InlineTextFile | undefined {
  if (typeof mediaType !== "string" || !isTextMediaType(mediaType)) return undefined;
  return { text: decode(value, where), prefix: "" };
}

/**
 * How a walker classifies an inline base64 payload: a text file is decoded and scanned as a `document` (encoded back
 * when rewritten); any other media is an unscanned part the policy decides on. `mediaType` is given for a bare
 * base64 field (Anthropic `source.data`); without it `value` is a data URL (or bare base64 of unknown type).
 */
export function inlinePayloadClass(role: MessageRole, messageIndex: number, value: string, path: readonly (string | number)[], mediaType?: unknown): FieldClass {
  const where = fieldName(path);
  const file = mediaType !== undefined ? textBase64(value, mediaType, where) : textDataUrl(value, where);
  if (file) return { role, kind: "document", messageIndex, decoded: file };
  const type = mediaType !== undefined ? (typeof mediaType === "string" ? mediaType.toLowerCase() : "") : (dataUrlMediaType(value) ?? "");
  // A PDF's text objects are read (not rewritten): what it shows meets the policy like any document.
  if (type === "application/pdf") {
    const text = extractPdfText(Buffer.from(mediaType !== undefined ? value : value.slice(value.indexOf(",") + 1), "base64"));
    if (text !== undefined) return { role, kind: "document", messageIndex, extracted: { text, mediaType: type } };
  }
  return { role, kind: "document", messageIndex, unscanned: type };
}

/** A JSON path as a client reads it in an error message: `messages[1].content[0].file.file_data`. */
export function fieldName(path: readonly (string | number)[]): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  return out;
}

/** Encode an enforced text back into its field's form. */
export function encodeInlineText(text: string, prefix: string): string {
  return prefix + Buffer.from(text, "utf8").toString("base64");
}
