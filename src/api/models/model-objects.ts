import type { ErrorFormat } from "../endpoint.js";
import type { JsonObject } from "../../core/json.js";

/** A model a caller may use, as the model endpoints show it: its name and the provider (by config name) serving it. */
export interface ListedModel {
  id: string;
  provider: string;
}

/** The creation time Warden shows for every model (routes have none): the epoch, in each API's own shape. */
const CREATED_UNIX = 0;
const CREATED_AT = "1970-01-01T00:00:00Z";

/**
 * One model in the caller's API shape: OpenAI `{id, object: "model", created, owned_by}`, Anthropic
 * `{type: "model", id, display_name, created_at}`.
 *
 * @example
 * modelObject({ id: "demo", provider: "demo" }, "openai"); // { id: "demo", object: "model", created: 0, owned_by: "demo" }
 */
export function modelObject(m: ListedModel, format: ErrorFormat): JsonObject {
  return format === "anthropic"
    ? { type: "model", id: m.id, display_name: m.id, created_at: CREATED_AT }
    : { id: m.id, object: "model", created: CREATED_UNIX, owned_by: m.provider };
}

/**
 * The model list in the caller's API shape: OpenAI `{object: "list", data}`, Anthropic `{data, has_more, first_id,
 * last_id}` (one page: the list is short).
 */
export function modelList(models: readonly ListedModel[], format: ErrorFormat): JsonObject {
  const data = models.map((m) => modelObject(m, format));
  if (format === "anthropic") return { data, has_more: false, first_id: models[0]?.id ?? null, last_id: models.at(-1)?.id ?? null };
  return { object: "list", data };
}
