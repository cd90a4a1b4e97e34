import type { IncomingMessage } from "node:http";
import { decodeUtf8 } from "./decode-utf8.js";
import { isJsonObject, type JsonObject } from "./json.js";
import { jsonShapeProblem, MAX_JSON_DEPTH } from "./json-shape.js";
import { WardenError } from "./warden-error.js";

/** A request's JSON object body: parsed, as text, and as the bytes that came (when they are exactly that text). */
export interface JsonObjectBody {
  body: JsonObject;
  raw: string;
  /**
   * `raw` as received: its UTF-8 encoding byte for byte (absent when a leading byte-order mark was dropped), so an
   * unchanged body can be relayed without encoding the text again.
   */
  bytes?: Buffer;
}

export interface ReadJsonObjectOptions {
  /** At most this many bytes (checked on the declared length and on the bytes actually read). */
  limit: number;
  /** Accepted `content-type` values. */
  contentType: RegExp;
  /** The error for a body that is valid JSON but not an object. */
  notAnObject: () => WardenError;
}

/**
 * Read an HTTP request's JSON object body: content type checked, size limited, UTF-8 validated (invalid sequences
 * are refused, never replaced), parsed, free of duplicate keys and of excessive nesting (`jsonShapeProblem`), and
 * required to be an object. Shared by the model API and the admin API.
 */
export async function readJsonObject(req: IncomingMessage, opts: ReadJsonObjectOptions): Promise<JsonObjectBody> {
  const { limit } = opts;
  const type = req.headers["content-type"];
  if (typeof type !== "string" || !opts.contentType.test(type.trim())) {
    req.resume();
    throw new WardenError("WARDEN_REQUEST_CONTENT_TYPE");
  }
  // A compressed body (gzip, br, ...) is not read: said so, rather than failing later as invalid UTF-8.
  const encoding = req.headers["content-encoding"];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== "identity" && encoding.trim() !== "") {
    req.resume();
    throw new WardenError("WARDEN_REQUEST_CONTENT_TYPE", { message: "Compressed request bodies (content-encoding) are not accepted; send the JSON uncompressed." });
  }
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new WardenError("WARDEN_REQUEST_TOO_LARGE", { details: { limit_bytes: limit } });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // Plain events rather than `for await`: the async iterator costs measurably per request on the hot path.
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.resume();
        reject(new WardenError("WARDEN_REQUEST_TOO_LARGE", { details: { limit_bytes: limit } }));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve();
    };
    const onError = (err: unknown) => {
      cleanup();
      reject(new WardenError("WARDEN_REQUEST_ABORTED", { cause: err }));
    };
    const onClose = () => {
      if (!req.complete) onError(new Error("client closed the request"));
    };
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("close", onClose);
  });
  const buf = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
  const text = decodeUtf8(buf);
  if (text === undefined) throw new WardenError("WARDEN_REQUEST_INVALID_UTF8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new WardenError("WARDEN_REQUEST_INVALID_JSON", { cause: err });
  }
  // What the controls inspect must be what is relayed: a duplicate name would hide a second value (docs/api.md).
  const shape = jsonShapeProblem(text);
  if (shape === "duplicate-key") throw new WardenError("WARDEN_REQUEST_INVALID_JSON", { message: "The request body has an object with a duplicate key (RFC 7493 I-JSON).", detail: shape });
  if (shape === "too-deep") throw new WardenError("WARDEN_REQUEST_INVALID_JSON", { message: `The request body is nested deeper than ${MAX_JSON_DEPTH} levels.`, detail: shape });
  if (!isJsonObject(value)) throw opts.notAnObject();
  // Strict decoding (invalid UTF-8 refused above) makes the text and the bytes one and the same, but for a BOM.
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  return bom ? { body: value, raw: text } : { body: value, raw: text, bytes: buf };
}
