import type { EntryKind } from "./audit-entry.js";
import type { PlainEntry } from "./seal-entry.js";

const ABSENT = 0xffff_ffff;
const KINDS: readonly EntryKind[] = ["request", "response", "admin"];
/** Per entry besides its texts: time and key version (8 bytes each), kind (1), six length prefixes (4 each). */
const FIXED = 8 + 8 + 1 + 6 * 4;

/** A fresh batch buffer has at least this many bytes, so that it can be handed back and reused for the next batches. */
const MIN_BUFFER = 64 * 1024;

/**
 * A batch of entries as one buffer, to hand to the writer thread by transfer (no structured clone of every string:
 * that cost tens of µs per 4 KB entry on the event loop). Layout: entry count (u32), then per entry time (f64), key
 * version (f64, -1 for none), kind index (u8), then requestId, tenant, app, keyId, meta, payload, original, each a
 * u32 byte length (0xFFFFFFFF: absent) and its UTF-8 bytes. The result is a view from offset 0 of an ArrayBuffer of
 * its own (transferable): `spare` (a buffer the thread handed back) when it is large enough, else a new one.
 */
export function encodeBatch(entries: readonly PlainEntry[], spare?: ArrayBuffer): Buffer {
  let room = 4;
  for (const e of entries) {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit: room for the short texts known without measuring them.
    room += FIXED + 4 + 3 * (e.requestId.length + e.tenant.length + e.app.length + e.keyId.length + e.meta.length);
    room += byteLength(e.payloadText) + byteLength(e.originalText);
  }
  const buf = spare && spare.byteLength >= room ? Buffer.from(spare, 0, room) : Buffer.allocUnsafeSlow(Math.max(room, MIN_BUFFER));
  let o = buf.writeUInt32LE(entries.length, 0);
  for (const e of entries) {
    o = buf.writeDoubleLE(e.time, o);
    o = buf.writeDoubleLE(e.keyVersion ?? -1, o);
    o = buf.writeUInt8(KINDS.indexOf(e.kind), o);
    o = writeText(buf, e.requestId, o);
    o = writeText(buf, e.tenant, o);
    o = writeText(buf, e.app, o);
    o = writeText(buf, e.keyId, o);
    o = writeText(buf, e.meta, o);
    o = writeText(buf, e.payloadText, o);
    o = writeText(buf, e.originalText, o);
  }
  return buf.subarray(0, o);
}

/** The entries of an encoded batch; payloads stay bytes (views into `buf`, encrypted as they are). */
export function decodeBatch(buf: Buffer): PlainEntry[] {
  const n = buf.readUInt32LE(0);
  let o = 4;
  const out: PlainEntry[] = new Array(n);
  const text = (): string => {
    const len = buf.readUInt32LE(o);
    o += 4;
    const s = buf.toString("utf8", o, o + len);
    o += len;
    return s;
  };
  const bytes = (): Buffer | undefined => {
    const len = buf.readUInt32LE(o);
    o += 4;
    if (len === ABSENT) return undefined;
    const b = buf.subarray(o, o + len);
    o += len;
    return b;
  };
  for (let i = 0; i < n; i++) {
    const time = buf.readDoubleLE(o);
    const version = buf.readDoubleLE(o + 8);
    const kind = KINDS[buf.readUInt8(o + 16)];
    if (!kind) throw new Error("corrupt audit batch: unknown entry kind");
    o += 17;
    const e: PlainEntry = { kind, time, keyVersion: version < 0 ? null : version, requestId: text(), tenant: text(), app: text(), keyId: text(), meta: text() };
    const payload = bytes();
    const original = bytes();
    if (payload) e.payloadText = payload;
    if (original) e.originalText = original;
    out[i] = e;
  }
  return out;
}

/** Exact size for payloads (kilobytes: measuring is cheaper than allocating and collecting three times the room). */
function byteLength(t: string | Buffer | undefined): number {
  return t === undefined ? 0 : typeof t === "string" ? Buffer.byteLength(t, "utf8") : t.length;
}

function writeText(buf: Buffer, t: string | Buffer | undefined, o: number): number {
  if (t === undefined) return buf.writeUInt32LE(ABSENT, o);
  const n = typeof t === "string" ? buf.write(t, o + 4, "utf8") : t.copy(buf, o + 4);
  buf.writeUInt32LE(n, o);
  return o + 4 + n;
}
