import type { IncomingMessage } from "node:http";
import { type JsonObjectBody, readJsonObject } from "../core/read-json-object.js";
import { WardenError } from "../core/warden-error.js";

const JSON_TYPES = /^application\/(?:[\w.+-]+\+)?json\b/i;
const notAnObject = (): WardenError => new WardenError("WARDEN_REQUEST_INVALID", { message: "The request body must be a JSON object." });

/** Read a model-API request's JSON object body (`application/json` or `application/*+json`); see `readJsonObject`. */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<JsonObjectBody> {
  return readJsonObject(req, { limit, contentType: JSON_TYPES, notAnObject });
}
