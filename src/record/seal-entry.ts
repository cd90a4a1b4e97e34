import type { KeyObject } from "node:crypto";
import type { EntryDraft } from "./audit-entry.js";
import { encryptPayload, payloadAad } from "./data-keys.js";
import { digest } from "./entry-hash.js";

/**
 * An entry before encryption: metadata as its JSON text, payloads as the JSON text to encrypt. Plain data (strings
 * and numbers), so that it can be handed to the writer thread as is.
 */
export interface PlainEntry extends Omit<EntryDraft, "payload" | "original" | "payloadDigest" | "originalDigest"> {
  /** JSON text (bytes on the writer thread, as decoded from a batch). */
  payloadText?: string | Buffer;
  originalText?: string | Buffer;
}

/**
 * Encrypt an entry's payloads under the tenant's data key (AES-256-GCM, the record's identity as additional data)
 * and digest the ciphertexts: the draft the chain commits to. Runs on the writer thread, or inline. `alloc` gives
 * the ciphertexts' bytes (default: a buffer each); with an arena, the draft lives only as long as its bytes.
 */
export function sealEntry(e: PlainEntry, key: KeyObject | undefined, alloc?: (n: number) => Buffer): EntryDraft {
  const seal = (text: string | Buffer | undefined, field: "payload" | "original") =>
    text === undefined || !key ? null : encryptPayload(key, text, payloadAad(e.requestId, e.kind, field), alloc);
  const payload = seal(e.payloadText, "payload");
  const original = seal(e.originalText, "original");
  return {
    kind: e.kind,
    requestId: e.requestId,
    time: e.time,
    tenant: e.tenant,
    app: e.app,
    keyId: e.keyId,
    meta: e.meta,
    keyVersion: key ? e.keyVersion : null,
    payload,
    original,
    payloadDigest: payload ? digest(payload) : null,
    originalDigest: original ? digest(original) : null,
  };
}
