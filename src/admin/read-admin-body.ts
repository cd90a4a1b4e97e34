import type { IncomingMessage } from "node:http";
import { decodeUtf8 } from "../core/decode-utf8.js";
import { isJsonObject, type JsonObject } from "../core/json.js";
import { WardenError } from "../core/warden-error.js";

/** Read an admin request's JSON object body: JSON content type, at most `limit` bytes, valid UTF-8, an object. */
export async function readAdminBody(req: IncomingMessage, limit: number): Promise<JsonObject> {
  const type = req.headers["content-type"];
  if (typeof type !== "string" || !/^application\/json\b/i.test(type.trim())) {
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
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw new WardenError("WARDEN_REQUEST_TOO_LARGE", { details: { limit_bytes: limit } });
    }
    chunks.push(chunk);
  }
  const text = decodeUtf8(Buffer.concat(chunks, size));
  if (text === undefined) throw new WardenError("WARDEN_REQUEST_INVALID_UTF8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new WardenError("WARDEN_REQUEST_INVALID_JSON", { cause: err });
  }
  if (!isJsonObject(value)) throw new WardenError("WARDEN_ADMIN_INVALID_BODY", { message: "The request body must be a JSON object." });
  return value;
}
