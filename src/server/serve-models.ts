import type { ErrorFormat } from "../api/endpoint.js";
import type { CancelSignal } from "../core/cancel-signal.js";
import { type ListedModel, modelList, modelObject } from "../api/models/model-objects.js";
import { modelAllowed } from "../authenticate/model-allowlist.js";
import type { JsonObject } from "../core/json.js";
import type { Principal } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";
import type { PipelineDeps } from "../pipeline.js";

/** The list path; one model is `/v1/models/{id}` (the id percent-encoded, as the SDKs send it). */
export const MODELS_PATH = "/v1/models";
const ONE_MODEL_PREFIX = `${MODELS_PATH}/`;

/** Whether a path is one of the model endpoints (the list or one model). */
export function isModelsPath(path: string): boolean {
  return path === MODELS_PATH || (path.startsWith(ONE_MODEL_PREFIX) && path.length > ONE_MODEL_PREFIX.length);
}

/** What a model endpoint answered: the body, and the model shown when one was asked for. */
export interface ModelsAnswer {
  body: JsonObject;
  model?: ListedModel;
}

/**
 * `GET /v1/models` and `GET /v1/models/{id}` for an authenticated caller, in its API's shape.
 *
 * The list holds the literal model names of the routes that the key's allowlist admits. One model is served when a
 * call with that name would be served: the key's allowlist admits it and a route (literal or glob) takes it, with the
 * provider that route names as `owned_by`. A catch-all route (`*`) accepts any name but says nothing about which
 * models exist, so a name it alone takes is found only when the list shows it (the demo model, a route's fixed
 * `model`) or, when the route passes the name through unchanged, when the provider's own `GET /v1/models/{id}` finds
 * it (OpenAI and Anthropic upstreams; an upstream failure is the caller's error, never "not found"). Any other id (no
 * route, not allowed, a protected value in the name) is `WARDEN_ROUTE_UNKNOWN_MODEL` (404, the OpenAI/Anthropic
 * not-found shape): a restricted key learns no more about the routes than its own calls would show it.
 */
export async function serveModels(deps: PipelineDeps, principal: Principal, path: string, format: ErrorFormat, call: { requestId: string; signal: CancelSignal }): Promise<ModelsAnswer> {
  if (path === MODELS_PATH) {
    // Only what this caller may call: a client that offers the list (a chat UI) must not offer models the key's
    // allowlist would refuse.
    const all = deps.router.listModels();
    const models = principal.models === undefined ? all : all.filter((m) => modelAllowed(principal.models, m.id));
    return { body: modelList(models, format) };
  }
  const model = await findModel(deps, principal, path.slice(ONE_MODEL_PREFIX.length), call);
  if (!model) throw new WardenError("WARDEN_ROUTE_UNKNOWN_MODEL");
  return { body: modelObject(model, format), model };
}

async function findModel(deps: PipelineDeps, principal: Principal, encoded: string, call: { requestId: string; signal: CancelSignal }): Promise<ListedModel | undefined> {
  let id: string;
  try {
    id = decodeURIComponent(encoded);
  } catch {
    return undefined; // not valid percent-encoding: no model has that name
  }
  if (id === "" || !modelAllowed(principal.models, id)) return undefined;
  const route = deps.router.find(id);
  if (!route) return undefined;
  // A name carrying a protected value is refused for calls (structure check); it is not echoed back here either.
  const target = { tenant: principal.tenant, app: principal.app, model: id, provider: route.provider.name, ...(route.upstreamModel !== id ? { upstreamModel: route.upstreamModel } : {}) };
  try {
    deps.structure?.model(id, target);
  } catch {
    return undefined;
  }
  const found = { id, provider: route.provider.name };
  if (!route.catchAll) return found;
  if (deps.router.listModels().some((m) => m.id === id && m.provider === route.provider.name)) return found;
  // A catch-all that renames every name to one model answers for that model alone (listed, above).
  if (route.upstreamModel !== id) return undefined;
  return (await route.provider.hasModel?.(id, call)) === true ? found : undefined;
}
