import { createRequire } from "node:module";
import type { Pool as UndiciPool } from "undici";

const require = createRequire(import.meta.url);

/**
 * undici's `Pool` on its own. The package index also loads fetch, WebSocket, caches and their helpers, which the
 * gateway never uses; importing the module directly keeps about 5 MB out of the gateway's resident memory. Calls go
 * through `pool.dispatch` with a handler of our own (dispatch-request.ts), so undici's `request` API is not loaded.
 */
export const Pool = require("undici/lib/dispatcher/pool.js") as typeof UndiciPool;
export type Pool = UndiciPool;
