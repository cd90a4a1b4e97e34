import { z } from "zod";
import { isJsonObject, type JsonObject } from "../../core/json.js";
import { type AdminContext, type AdminResult, ok } from "../admin-route.js";
import { parseInput, queryObject } from "../parse-input.js";
import { notFound, tenantParam } from "../tenant-access.js";
import { auditLog, auditTime } from "./audit-handlers.js";
import { entryShapeProblem } from "../../record/entry-shape.js";

const MAX_RECORDS = 100_000;


const summaryQuery = z.object({ from: auditTime.optional(), to: auditTime.optional() }).strict();

/** `counts[key] += n`, for string keys only (metadata is clear text, but never trusted to be well-formed). */
function bump(counts: Record<string, number>, key: unknown, n = 1): void {
  if (typeof key !== "string" && typeof key !== "number") return;
  const k = String(key).slice(0, 128);
  counts[k] = (counts[k] ?? 0) + n;
}

/**
 * GET /tenants/:tenant/audit/summary (auditor, admin): a report over the tenant's records in a time range — calls
 * by verdict, model and error code, response statuses, findings by type and by the action taken, admin events by
 * event and outcome. From clear metadata only (counts, never values); at most 100,000 records (`truncated` says so).
 */
export async function auditSummary(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const q = parseInput(summaryQuery, queryObject(ctx.query), "query");
  const log = auditLog(ctx);
  if (!allowed) throw notFound();
  const rows = await log.backend.search({ tenant, ...(q.from !== undefined ? { from: q.from } : {}), ...(q.to !== undefined ? { to: q.to } : {}), limit: MAX_RECORDS + 1 });
  const truncated = rows.length > MAX_RECORDS;
  const c = {
    verdict: {} as Record<string, number>,
    model: {} as Record<string, number>,
    errorCode: {} as Record<string, number>,
    status: {} as Record<string, number>,
    findingType: {} as Record<string, number>,
    findingAction: {} as Record<string, number>,
    adminEvent: {} as Record<string, number>,
    adminOutcome: {} as Record<string, number>,
  };
  let requests = 0;
  let responses = 0;
  let admin = 0;
  let first: number | undefined;
  let last: number | undefined;
  // Records edited into another type are left out of every count, and their seqs listed: counted as they are, a time
  // that is text made the report a bare 500, and a meta that is no JSON object was dropped unseen.
  const damaged: number[] = [];
  for (const e of rows.slice(0, MAX_RECORDS)) {
    let meta: unknown;
    try {
      meta = entryShapeProblem(e) === undefined && !Number.isNaN(new Date(e.time).getTime()) ? JSON.parse(e.meta) : undefined;
    } catch {
      meta = undefined;
    }
    if (!isJsonObject(meta)) {
      damaged.push(e.seq);
      continue;
    }
    first = first === undefined ? e.time : Math.min(first, e.time);
    last = last === undefined ? e.time : Math.max(last, e.time);
    if (e.kind === "admin") {
      admin++;
      bump(c.adminEvent, meta["event"]);
      bump(c.adminOutcome, meta["outcome"] ?? "ok");
      continue;
    }
    if (e.kind === "request") {
      requests++;
      bump(c.verdict, meta["verdict"]);
      bump(c.model, meta["model"]);
    } else {
      responses++;
      bump(c.status, meta["status"]);
    }
    bump(c.errorCode, meta["errorCode"]);
    const findings = meta["findings"];
    if (isJsonObject(findings)) {
      const byType = findings["byType"];
      if (isJsonObject(byType)) for (const [type, n] of Object.entries(byType)) if (typeof n === "number") bump(c.findingType, type, n);
      const items = findings["items"];
      if (Array.isArray(items)) for (const it of items) if (isJsonObject(it)) bump(c.findingAction, it["action"]);
    }
  }
  ctx.note({ tenant, records: Math.min(rows.length, MAX_RECORDS) });
  const iso = (t: number | undefined) => (t === undefined ? null : new Date(t).toISOString());
  const report: JsonObject = {
    tenant,
    from: iso(q.from),
    to: iso(q.to),
    firstRecord: iso(first),
    lastRecord: iso(last),
    truncated,
    damagedRecords: damaged,
    calls: { requests, responses, byVerdict: c.verdict, byModel: c.model, byErrorCode: c.errorCode, byStatus: c.status },
    findings: { byType: c.findingType, byAction: c.findingAction },
    admin: { events: admin, byEvent: c.adminEvent, byOutcome: c.adminOutcome },
  };
  return ok(report);
}
