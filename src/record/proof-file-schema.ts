import { z } from "zod";
import type { InclusionProofFile } from "./inclusion-proof.js";

const hash = z.string().regex(/^[0-9a-f]{64}$/, "a 32-byte hash in lowercase hex");
const position = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const time = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** A signed checkpoint as `warden audit checkpoint` exports it (`frontier` is not needed to check one, and dropped). */
export const checkpointSchema = z.object({
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  hash: z.string().regex(/^([0-9a-f]{64})?$/, "a 32-byte hash in lowercase hex"),
  root: hash,
  time,
  publicKey: z.string(),
  signature: z.string(),
});

/** A consistency proof as `warden audit consistency` writes it. */
export const consistencyFileSchema = z.object({
  format: z.literal("warden-audit-consistency-proof/1"),
  old: checkpointSchema,
  new: checkpointSchema,
  proof: z.array(hash),
});

/** `path: message` for the first 20 issues of a failed parse. */
const issues = (e: z.ZodError): string[] => e.issues.slice(0, 20).map((i) => `${i.path.length > 0 ? i.path.join(".") : "(file)"}: ${i.message}`);

/**
 * Parse a file the caller named as a checkpoint or consistency proof; throws, naming the file and each problem, when
 * it is not one (before, `verify --checkpoint` given another file answered "FAILED at record undefined", as if the
 * log had been tampered with, and `verify-consistency` stopped with a bare TypeError).
 */
export function parseEvidenceFile<S extends z.ZodTypeAny>(schema: S, raw: unknown, file: string, what: string): z.infer<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw new Error(`${file} is not ${what}: ${issues(r.error).join("; ")}`);
  return r.data as z.infer<S>;
}

/**
 * An inclusion proof file as `warden audit prove` writes it. Checked before anything is hashed: the chain's hash
 * encodes seq, time and key version as 8-byte integers, so a fractional value (`time + 0.5`) would hash like its
 * integer part and a doctored record would verify; a field of another type (meta as an object, no audit path) made
 * the check throw instead of saying what is wrong.
 */
export const proofFileSchema = z.object({
  format: z.literal("warden-audit-inclusion-proof/1"),
  requestId: z.string(),
  checkpoint: checkpointSchema.extend({ seq: position, hash }),
  entries: z
    .array(
      z.object({
        seq: position,
        kind: z.enum(["request", "response", "admin"]),
        requestId: z.string(),
        time,
        tenant: z.string(),
        app: z.string(),
        keyId: z.string(),
        meta: z.string(),
        keyVersion: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
        payloadDigest: hash.nullable(),
        originalDigest: hash.nullable(),
        prevHash: hash,
        auditPath: z.array(hash),
      }),
    )
    .min(1, "the proof has no records")
    .refine((es) => new Set(es.map((e) => e.seq)).size === es.length, "a record appears more than once"),
});

/** The proof's problems as `path: message` lines (at most 20), or the typed proof. */
export function parseProofFile(raw: unknown): { proof: InclusionProofFile } | { problems: string[] } {
  const r = proofFileSchema.safeParse(raw);
  if (r.success) return { proof: r.data };
  return { problems: issues(r.error) };
}
