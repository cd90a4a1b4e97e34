import type { IncomingMessage } from "node:http";
import type { JsonObject } from "../core/json.js";
import { readJsonObject } from "../core/read-json-object.js";
import { WardenError } from "../core/warden-error.js";

const JSON_TYPE = /^application\/json\b/i;
const notAnObject = (): WardenError => new WardenError("WARDEN_ADMIN_INVALID_BODY", { message: "The request body must be a JSON object." });

/** Read an admin request's JSON object body: `application/json`, at most `limit` bytes, valid UTF-8, an object. */
export async function readAdminBody(req: IncomingMessage, limit: number): Promise<JsonObject> {
  return (await readJsonObject(req, { limit, contentType: JSON_TYPE, notAnObject })).body;
}
