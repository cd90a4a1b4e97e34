import { z } from "zod";
import { parseCidr } from "../authenticate/source-allowlist.js";

/** The `admin:` config section (docs/admin-api.md). */
export const adminConfigSchema = z
  .object({
    /** Serve the admin API under `/admin/v1/` (callers still need an operator, auditor or admin credential). */
    enabled: z.boolean().default(true),
    /** Largest admin request body, in bytes (policies are the largest). */
    bodyLimit: z.number().int().min(1_024).max(16 * 1024 * 1024).default(1024 * 1024),
    /** Networks (CIDR) the admin API answers from; absent: any. Others get 403 before any credential is looked at. */
    allowFrom: z.array(z.string().refine((c) => parseCidr(c) !== undefined, "not an IPv4/IPv6 network (e.g. 10.0.0.0/8, ::1/128)")).min(1).optional(),
  })
  .strict();

export type AdminConfig = z.output<typeof adminConfigSchema>;
