import { WardenError } from "../core/warden-error.js";

/**
 * Wait until a store holds the change just made (the PostgreSQL stores write in the background); a failed write was
 * undone in memory, and the caller answers 503 `WARDEN_ADMIN_STORE` instead of reporting a change that is not kept.
 */
export async function storeWritten(store: { flush(): Promise<void> }): Promise<void> {
  await store.flush().catch((err: unknown) => {
    throw new WardenError("WARDEN_ADMIN_STORE", { cause: err });
  });
}
