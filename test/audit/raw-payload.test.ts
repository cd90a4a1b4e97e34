import { describe, expect, it } from "vitest";
import type { CallContext } from "../../src/core/call-context.js";
import type { CancelSignal } from "../../src/core/cancel-signal.js";
import type { JsonObject } from "../../src/core/json.js";
import { WardenError } from "../../src/core/warden-error.js";
import type { StoredEntry } from "../../src/record/audit-entry.js";
import type { AuditLog } from "../../src/record/audit-log.js";
import { AuditRecorder } from "../../src/record/audit-recorder.js";
import { decryptPayload, payloadAad } from "../../src/record/data-keys.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { openTempLog } from "./support.js";

// Deliberately not what JSON.stringify would produce (spacing, key order), to tell stored-as-is from re-serialised.
const RAW_REQUEST = '{ "model" : "demo",\n  "messages": [ { "role": "user", "content": "héllo \\u00e9" } ] }';
const RAW_RESPONSE = '{"usage": {"total_tokens": 7}, "id" : "c1", "choices": [], "note": "réponse 😀"}';

function ctx(requestId: string, rawBody?: string, rawBytes?: Buffer): CallContext {
  return {
    requestId,
    receivedAt: 1_700_000_000_000,
    principal: { keyId: "k1", tenant: "t1", app: "a1", roles: ["app"] },
    api: "openai.chat",
    original: JSON.parse(RAW_REQUEST) as JsonObject,
    ...(rawBody !== undefined ? { rawBody } : {}),
    ...(rawBytes !== undefined ? { rawBytes } : {}),
    spec: { api: "openai.chat", model: "demo", stream: false, parts: [] },
    providerName: "demo",
    upstreamModel: "demo",
    clientHeaders: {},
    signal: {} as CancelSignal,
    responseHeaders: {},
  };
}

/** The stored plaintext of a payload field, byte for byte. */
async function plain(log: AuditLog, e: StoredEntry | undefined, field: "payload" | "original"): Promise<string | undefined> {
  const data = e?.[field];
  if (!e || !data || e.keyVersion === null) return undefined;
  const key = await log.keys.forRead(e.tenant, e.keyVersion);
  return decryptPayload(key as Buffer, data, payloadAad(e.requestId, e.kind, field)).toString("utf8");
}

describe.each([
  { writer: "inline", writerThread: false },
  { writer: "writer thread", writerThread: true },
])("payloads are stored as the JSON text the pipeline already has ($writer)", ({ writerThread }) => {
  const cases: {
    name: string;
    rawBody?: string;
    /** The server also kept the bytes that came (the pipeline's `rawBytes`: the exact UTF-8 of `rawBody`). */
    bytes?: boolean;
    verdict: "unchanged" | "changed" | "refused";
    responseRaw?: string;
    /** The upstream's bytes too (`responseRawBytes`: the exact UTF-8 of `responseRaw`). */
    responseBytes?: boolean;
    error?: boolean;
    want: { request?: string; original?: string; response?: string };
  }[] = [
    { name: "unchanged request and relayed response: the exact bytes", rawBody: RAW_REQUEST, verdict: "unchanged", responseRaw: RAW_RESPONSE, want: { request: RAW_REQUEST, response: RAW_RESPONSE } },
    {
      name: "changed request: the forwarded body serialised, the original as it came",
      rawBody: RAW_REQUEST,
      verdict: "changed",
      want: { request: JSON.stringify({ model: "demo", messages: [] }), original: RAW_REQUEST, response: JSON.stringify({ id: "c1", choices: [] }) },
    },
    {
      name: "refused: no forwarded payload, the original as it came",
      rawBody: RAW_REQUEST,
      verdict: "refused",
      error: true,
      want: { original: RAW_REQUEST, response: JSON.stringify({ error: { code: "WARDEN_UPSTREAM_ERROR", message: new WardenError("WARDEN_UPSTREAM_ERROR").message } }) },
    },
    {
      name: "unchanged request with the bytes that came: those bytes, decrypting to the text",
      rawBody: RAW_REQUEST,
      bytes: true,
      verdict: "unchanged",
      responseRaw: RAW_RESPONSE,
      responseBytes: true,
      want: { request: RAW_REQUEST, response: RAW_RESPONSE },
    },
    {
      name: "changed request with the bytes that came: the original from those bytes",
      rawBody: RAW_REQUEST,
      bytes: true,
      verdict: "changed",
      want: { request: JSON.stringify({ model: "demo", messages: [] }), original: RAW_REQUEST, response: JSON.stringify({ id: "c1", choices: [] }) },
    },
    { name: "no raw text (tests, other callers): serialised as before", verdict: "unchanged", want: { request: JSON.stringify(JSON.parse(RAW_REQUEST)), response: JSON.stringify({ id: "c1", choices: [] }) } },
    {
      name: "a failed call never records the raw response without its error",
      rawBody: RAW_REQUEST,
      verdict: "unchanged",
      responseRaw: RAW_RESPONSE,
      responseBytes: true,
      error: true,
      want: { request: RAW_REQUEST, response: JSON.stringify({ id: "c1", choices: [], error: { code: "WARDEN_UPSTREAM_ERROR", message: new WardenError("WARDEN_UPSTREAM_ERROR").message } }) },
    },
  ];

  it.each(cases)("$name", async (c) => {
    const t = openTempLog({ writerThread });
    try {
      const rec = new AuditRecorder(t.log);
      const id = `r-${c.verdict}-${c.rawBody !== undefined}-${c.error === true}-${c.bytes === true}`;
      const call = ctx(id, c.rawBody, c.bytes && c.rawBody !== undefined ? Buffer.from(c.rawBody, "utf8") : undefined);
      const verdict =
        c.verdict === "refused"
          ? ({ kind: "refuse", error: new WardenError("WARDEN_POLICY_BLOCKED") } as const)
          : ({ kind: "forward", body: c.verdict === "changed" ? { model: "demo", messages: [] } : call.original, changed: c.verdict === "changed" } as const);
      await rec.begin(call, verdict);
      await rec.complete(call, {
        status: c.error ? 502 : 200,
        ...(c.verdict !== "refused" ? { response: { id: "c1", choices: [] } } : {}),
        ...(c.responseRaw !== undefined ? { responseRaw: c.responseRaw } : {}),
        ...(c.responseBytes && c.responseRaw !== undefined ? { responseRawBytes: Buffer.from(c.responseRaw, "utf8") } : {}),
        ...(c.error ? { error: new WardenError("WARDEN_UPSTREAM_ERROR") } : {}),
        finishedAt: 1_700_000_000_010,
      });
      const [req, res] = await t.log.backend.search({ requestId: id });
      expect(await plain(t.log, req, "payload")).toBe(c.want.request);
      expect(await plain(t.log, req, "original")).toBe(c.want.original);
      expect(await plain(t.log, res, "payload")).toBe(c.want.response);
      expect(await verifyLog(t.log.backend)).toMatchObject({ ok: true });
    } finally {
      await t.cleanup();
    }
  });
});
