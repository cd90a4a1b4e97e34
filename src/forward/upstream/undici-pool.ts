import { createRequire } from "node:module";
import type { Dispatcher, Pool as UndiciPool } from "undici";

const require = createRequire(import.meta.url);

/**
 * undici's `Pool` and its `request` on their own. The package index also loads fetch, WebSocket, caches and their
 * helpers, which the gateway never uses; importing these two modules directly keeps about 5 MB out of the gateway's
 * resident memory. (The index adds `request` to every dispatcher's prototype; here it is called on the pool.)
 */
export const Pool = require("undici/lib/dispatcher/pool.js") as typeof UndiciPool;
export type Pool = UndiciPool;

const apiRequest = require("undici/lib/api/api-request.js") as (this: Dispatcher, opts: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;

/** `pool.request(opts)` without the prototype patch of undici's index. */
export function poolRequest(pool: UndiciPool, opts: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
  return apiRequest.call(pool, opts);
}
