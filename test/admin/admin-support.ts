import type { Role } from "../../src/core/principal.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

/** The test's view of one admin answer: status, parsed JSON (when JSON), raw text, headers. */
export interface AdminAnswer {
  status: number;
  json: Record<string, unknown> | undefined;
  text: string;
  headers: Headers;
}

/** Call the admin API with a credential (API key or JWT) and an optional JSON body (an object, or raw text). */
export async function adminCall(url: string, method: string, path: string, credential: string | undefined, body?: unknown, headers: Record<string, string> = {}): Promise<AdminAnswer> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

/** The stable code of an error answer. */
export const codeOf = (a: AdminAnswer): unknown => (a.json?.["error"] as Record<string, unknown> | undefined)?.["code"];

/**
 * A gateway with the admin API, the policy guard on an empty policy (so policy routes work), the audit log on, and
 * a key per role in tenant `t1`, plus a global admin in tenant `root`. The upstream is unused (a closed port).
 */
export async function startAdminGateway(extra: Record<string, unknown> = {}): Promise<TestGateway & { creds: Record<Role, string> }> {
  const tg = await startTestGateway({ ...mockConfig("http://127.0.0.1:9"), policy: { rules: [] }, ...extra });
  const make = (tenant: string, roles: Role[]) => tg.gw.keys.create({ tenant, app: `${roles[0]}-app`, roles }).key;
  const creds: Record<Role, string> = { app: make("t1", ["app"]), operator: make("t1", ["operator"]), auditor: make("t1", ["auditor"]), admin: make("root", ["admin"]) };
  return { ...tg, creds };
}
