import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { WardenError } from "../core/warden-error.js";
import { readJsonBody } from "./read-json-body.js";

function req(body: Buffer | string | (Buffer | string)[], headers: Record<string, string> = { "content-type": "application/json" }): IncomingMessage {
  const chunks = (Array.isArray(body) ? body : [body]).map((c) => (typeof c === "string" ? Buffer.from(c) : c));
  const r = Readable.from(chunks) as unknown as IncomingMessage;
  r.headers = headers;
  return r;
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    return WardenError.isInstance(err) ? err.code : String(err);
  }
  return undefined;
}

describe("readJsonBody", () => {
  it("parses an object and returns the raw text too", async () => {
    const text = '{"model":"m","messages":[{"role":"user","content":"h\\u00e9llo ☃"}]}';
    const { body, raw } = await readJsonBody(req(text), 1000);
    expect(raw).toBe(text);
    expect(body).toEqual({ model: "m", messages: [{ role: "user", content: "héllo ☃" }] });
  });

  it("returns the bytes that came, which are exactly the raw text's UTF-8 (relayed as they are), but not after a BOM", async () => {
    const text = '{"model":"m","messages":[{"role":"user","content":"héllo ☃ \\u00e9"}]}';
    const split = [Buffer.from(text).subarray(0, 30), Buffer.from(text).subarray(30)];
    const { raw, bytes } = await readJsonBody(req(split), 1000);
    expect(bytes?.equals(Buffer.from(raw, "utf8"))).toBe(true);
    expect(bytes?.equals(Buffer.from(text))).toBe(true);
    const withBom = await readJsonBody(req(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), 1000);
    expect(withBom.raw).toBe(text);
    expect(withBom.bytes).toBeUndefined();
  });

  it("reassembles a multi-byte character split across chunks", async () => {
    const bytes = Buffer.from('{"t":"☃"}');
    const { body } = await readJsonBody(req([bytes.subarray(0, 7), bytes.subarray(7)]), 1000);
    expect(body).toEqual({ t: "☃" });
  });

  it.each([
    { name: "application/json; charset=utf-8", type: "application/json; charset=utf-8", ok: true },
    { name: "vendor +json", type: "application/vnd.api+json", ok: true },
    { name: "upper case", type: "Application/JSON", ok: true },
    { name: "text/plain", type: "text/plain", ok: false },
    { name: "application/jsonp", type: "application/jsonp", ok: false },
  ])("content type $name", async ({ type, ok }) => {
    expect(await codeOf(readJsonBody(req("{}", { "content-type": type }), 100))).toBe(ok ? undefined : "WARDEN_REQUEST_CONTENT_TYPE");
  });

  it.each([
    { name: "no content type", body: "{}", headers: {}, code: "WARDEN_REQUEST_CONTENT_TYPE" },
    { name: "declared length over the limit", body: "{}", headers: { "content-type": "application/json", "content-length": "101" }, code: "WARDEN_REQUEST_TOO_LARGE" },
    { name: "actual bytes over the limit", body: ["{", `"a":"${"x".repeat(60)}",`, `"b":"${"y".repeat(60)}"}`], headers: undefined, code: "WARDEN_REQUEST_TOO_LARGE" },
    { name: "invalid UTF-8", body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), headers: undefined, code: "WARDEN_REQUEST_INVALID_UTF8" },
    { name: "a lone surrogate encoded as bytes", body: Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]), headers: undefined, code: "WARDEN_REQUEST_INVALID_UTF8" },
    { name: "malformed JSON", body: '{"a":', headers: undefined, code: "WARDEN_REQUEST_INVALID_JSON" },
    { name: "empty", body: "", headers: undefined, code: "WARDEN_REQUEST_INVALID_JSON" },
    { name: "array", body: "[]", headers: undefined, code: "WARDEN_REQUEST_INVALID" },
    { name: "null", body: "null", headers: undefined, code: "WARDEN_REQUEST_INVALID" },
    { name: "number", body: "42", headers: undefined, code: "WARDEN_REQUEST_INVALID" },
  ] as { name: string; body: string | Buffer | string[]; headers: Record<string, string> | undefined; code: string }[])("$name → $code", async ({ body, headers, code }) => {
    expect(await codeOf(readJsonBody(req(body, headers), 100))).toBe(code);
  });
});
