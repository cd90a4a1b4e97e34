import { z } from "zod";

/** The `admin:` config section (docs/admin-api.md). */
export const adminConfigSchema = z
  .object({
    /** Serve the admin API under `/admin/v1/` (callers still need an operator, auditor or admin credential). */
    enabled: z.boolean().default(true),
    /** Largest admin request body, in bytes (policies are the largest). */
    bodyLimit: z.number().int().min(1_024).max(16 * 1024 * 1024).default(1024 * 1024),
  })
  .strict();

export type AdminConfig = z.output<typeof adminConfigSchema>;
