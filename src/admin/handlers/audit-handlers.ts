import { z } from "zod";
import type { JsonObject } from "../../core/json.js";
import { WardenError } from "../../core/warden-error.js";
import type { SearchFilter } from "../../record/audit-backend.js";
import type { StoredEntry } from "../../record/audit-entry.js";
import type { AuditLog } from "../../record/audit-log.js";
import { entryView } from "../../record/entry-view.js";
import { proveRequest } from "../../record/inclusion-proof.js";
import { verifyLog } from "../../record/verify-log.js";
import { type AdminContext, type AdminResult, ok } from "../admin-route.js";
import { parseInput, queryObject } from "../parse-input.js";
import { notFound, tenantParam } from "../tenant-access.js";
import { csvCell } from "../../record/csv-cell.js";

/** The audit log, or 503 when the gateway runs without it. */
export function auditLog(ctx: AdminContext): AuditLog {
  if (!ctx.deps.audit) throw new WardenError("WARDEN_ADMIN_UNAVAILABLE", { message: "The audit store is not enabled on this gateway." });
  return ctx.deps.audit;
}

/** The latest instant a JavaScript Date holds (ECMA-262 §21.4.1.1): 10^8 days after the epoch. */
const MAX_TIME_MS = 8.64e15;

/**
 * A time filter: ISO 8601 or epoch milliseconds, within the range a Date can show (an epoch of twenty digits would
 * otherwise reach the report as an invalid date, or PostgreSQL as a number beyond its bigint).
 */
export const auditTime = z
  .string()
  .refine((s) => {
    if (s.length > 64) return false;
    const t = /^\d+$/.test(s) ? Number(s) : Date.parse(s);
    return Number.isFinite(t) && Math.abs(t) <= MAX_TIME_MS;
  }, "not a time (ISO 8601, or epoch ms up to 8640000000000000)")
  .transform((s) => (/^\d+$/.test(s) ? Number(s) : Date.parse(s)));

const filterQuery = z
  .object({
    from: auditTime.optional(),
    to: auditTime.optional(),
    app: z.string().min(1).max(128).optional(),
    requestId: z.string().min(1).max(256).optional(),
    kind: z.enum(["request", "response", "admin"]).optional(),
    finding: z.string().min(1).max(128).optional(),
    action: z.string().min(1).max(32).optional(),
    incomplete: z.enum(["true", "false"]).optional(),
    limit: z.string().regex(/^\d{1,6}$/, "a whole number").transform(Number).pipe(z.number().int().min(1).max(10_000)).optional(),
    // where the previous page ended (its last seq, as `nextAfterSeq` / `x-warden-next-after-seq` gave it)
    afterSeq: z.string().regex(/^\d{1,15}$/, "a whole number (a seq)").transform(Number).optional(),
  })
  .strict();

const exportQuery = filterQuery.extend({ format: z.enum(["jsonl", "csv"]).default("jsonl") }).strict();

type FilterInput = z.output<typeof filterQuery>;

/** The caller's filters, always limited to the route's tenant (the store is never searched across tenants here). */
function filterFor(tenant: string, q: FilterInput, defaultLimit: number): SearchFilter {
  const f: SearchFilter = { tenant, limit: q.limit ?? defaultLimit };
  if (q.afterSeq !== undefined) f.afterSeq = q.afterSeq;
  if (q.from !== undefined) f.from = q.from;
  if (q.to !== undefined) f.to = q.to;
  if (q.app !== undefined) f.app = q.app;
  if (q.requestId !== undefined) f.requestId = q.requestId;
  if (q.kind !== undefined) f.kind = q.kind;
  if (q.finding !== undefined) f.findingType = q.finding;
  if (q.action !== undefined) f.action = q.action;
  if (q.incomplete === "true") f.incomplete = true;
  return f;
}

/**
 * One page of the tenant's records, oldest first: one more row than the limit is read to tell whether more match, so
 * an answer that stops at its limit says so (`truncated`) and where the next page starts (`nextAfterSeq`, its last
 * seq). Without it, a page would pass for the whole log and the newest records could not be reached at all.
 */
async function page(log: AuditLog, f: SearchFilter): Promise<{ rows: StoredEntry[]; truncated: boolean; nextAfterSeq?: number }> {
  const limit = f.limit ?? 100;
  const rows = await log.backend.search({ ...f, limit: limit + 1 });
  if (rows.length <= limit) return { rows, truncated: false };
  rows.length = limit;
  const last = rows.at(-1);
  return last ? { rows, truncated: true, nextAfterSeq: last.seq } : { rows, truncated: true };
}

/** A record as the API shows it: clear metadata and chain fields; payloads stay encrypted in the store. */
export const recordView = entryView;

const CSV_COLUMNS = ["seq", "kind", "requestId", "time", "tenant", "app", "keyId", "event", "status", "model", "errorCode", "hash"] as const;

/** GET /tenants/:tenant/audit/records (admin, auditor): search the tenant's records. */
export async function searchRecords(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const q = parseInput(filterQuery, queryObject(ctx.query), "query");
  const log = auditLog(ctx);
  if (!allowed) throw notFound();
  const { rows, truncated, nextAfterSeq } = await page(log, filterFor(tenant, q, 100));
  ctx.note({ tenant, records: rows.length, truncated });
  return ok({ records: rows.map(recordView), count: rows.length, truncated, ...(nextAfterSeq !== undefined ? { nextAfterSeq } : {}) });
}

/** GET /tenants/:tenant/audit/export (admin, auditor): JSON lines or CSV, recorded as evidence before it is sent. */
export async function exportRecords(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const q = parseInput(exportQuery, queryObject(ctx.query), "query");
  const log = auditLog(ctx);
  if (!allowed) throw notFound();
  const { rows, truncated, nextAfterSeq } = await page(log, filterFor(tenant, q, 10_000));
  ctx.note({ tenant, format: q.format, records: rows.length, truncated });
  // The body stays one record per line (or row): whether more match, and from where, travels in headers.
  const headers: Record<string, string> = { "x-warden-truncated": String(truncated), ...(nextAfterSeq !== undefined ? { "x-warden-next-after-seq": String(nextAfterSeq) } : {}) };
  if (q.format === "csv") {
    let text = `${CSV_COLUMNS.join(",")}\n`;
    for (const e of rows) {
      const r = recordView(e);
      const meta = r["meta"] as JsonObject;
      text += `${CSV_COLUMNS.map((c) => csvCell(c in r ? r[c] : meta[c])).join(",")}\n`;
    }
    return { status: 200, text, contentType: "text/csv; charset=utf-8", headers };
  }
  return { status: 200, text: rows.map((e) => `${JSON.stringify(recordView(e))}\n`).join(""), contentType: "application/x-ndjson", headers };
}

/**
 * GET /audit/verify (admin, auditor): check the whole chain and its checkpoints. Tenant auditors learn whether the
 * log is intact; which record is bad (it may be another tenant's) is told to global admins only.
 */
export async function verifyChain(ctx: AdminContext): Promise<AdminResult> {
  const log = auditLog(ctx);
  await log.flush();
  const r = await verifyLog(log.backend, { kek: log.keys.keyEncryptionKey });
  const global = ctx.principal.roles.includes("admin");
  // the event is recorded under the caller's tenant: the chain's size only for a global admin (as in the answer)
  ctx.note(global ? { ok: r.ok, entries: r.entries } : { ok: r.ok });
  // The chain holds every tenant's records: its size would show a tenant auditor how much the others do, so only a
  // global admin gets the counts (and where a broken chain breaks).
  const counts: JsonObject = global ? { entries: r.entries, checkpoints: r.checkpoints } : {};
  if (r.ok) return ok({ ok: true, ...counts });
  return ok({ ok: false, ...counts, problem: global && r.problem ? { ...r.problem } : { reason: "the log failed verification; a global admin can see where" } });
}

/** GET /tenants/:tenant/audit/proofs/:requestId (admin, auditor): inclusion proof of the tenant's records of a request. */
export async function proveInclusion(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const requestId = ctx.params["requestId"] ?? "";
  const log = auditLog(ctx);
  // Request ids come from callers and may collide across tenants: only this tenant's records count.
  const mine = (await log.backend.search({ requestId, tenant, limit: 1_000 })).filter((e) => e.tenant === tenant);
  if (!allowed || mine.length === 0) throw notFound();
  await log.flush();
  const maxSeq = Math.max(...mine.map((e) => e.seq));
  const last = await log.backend.lastCheckpoint();
  const cp = last && last.seq >= maxSeq ? last : await log.checkpoint();
  if (!cp) throw notFound();
  const proof = await proveRequest(log.backend, requestId, cp);
  const entries = proof.entries.filter((e) => e.tenant === tenant);
  ctx.note({ tenant, requestId, records: entries.length, checkpointSeq: cp.seq });
  return ok({ ...proof, entries } as unknown as JsonObject);
}
