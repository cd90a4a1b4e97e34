import type { IncomingMessage } from "node:http";
import { isJsonObject, type JsonObject } from "../core/json.js";
import { WardenError } from "../core/warden-error.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Read a JSON object body: content type checked, size limited (by header and by bytes actually read), UTF-8
 * validated (invalid sequences are refused, never replaced), parsed, and required to be an object.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<JsonObject> {
  const type = req.headers["content-type"];
  if (typeof type !== "string" || !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim())) {
    req.resume();
    throw new WardenError("WARDEN_REQUEST_CONTENT_TYPE");
  }
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new WardenError("WARDEN_REQUEST_TOO_LARGE", { details: { limit_bytes: limit } });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) {
        req.resume();
        throw new WardenError("WARDEN_REQUEST_TOO_LARGE", { details: { limit_bytes: limit } });
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    throw WardenError.isInstance(err) ? err : new WardenError("WARDEN_REQUEST_ABORTED", { cause: err });
  }
  const buf = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch (err) {
    throw new WardenError("WARDEN_REQUEST_INVALID_UTF8", { cause: err });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new WardenError("WARDEN_REQUEST_INVALID_JSON", { cause: err });
  }
  if (!isJsonObject(value)) throw new WardenError("WARDEN_REQUEST_INVALID", { message: "The request body must be a JSON object." });
  return value;
}
