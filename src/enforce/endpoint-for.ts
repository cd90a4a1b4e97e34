import type { Endpoint } from "../api/endpoint.js";
import { ENDPOINTS } from "../api/endpoints.js";
import type { ApiKind } from "../core/message-spec.js";

const endpointByApi = new Map<ApiKind, Endpoint>(ENDPOINTS.map((e) => [e.api, e]));

/** The endpoint adapter for an API kind. */
export function endpointFor(api: ApiKind): Endpoint | undefined {
  return endpointByApi.get(api);
}
