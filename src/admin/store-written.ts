import { WardenError } from "../core/warden-error.js";

/**
 * Wait until a store holds the change just made (the PostgreSQL stores write in the background); a failed write was
 * undone in memory, and the caller answers 503 `WARDEN_ADMIN_STORE` instead of reporting a change that is not kept
 * (or 409 `WARDEN_ADMIN_CONFLICT` when the database refused it as a conflict).
 */
export async function storeWritten(store: { flush(): Promise<void> }): Promise<void> {
  await store.flush().catch((err: unknown) => {
    // A write the database refused as a conflict (a tenant created at the same time on another replica) is the
    // caller's 409, not an outage.
    if (WardenError.isInstance(err) && err.code === "WARDEN_ADMIN_CONFLICT") throw err;
    throw new WardenError("WARDEN_ADMIN_STORE", { cause: err });
  });
}
