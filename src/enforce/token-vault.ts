import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { WardenError } from "../core/warden-error.js";
import { blobDataKey, DATA_KEY_IV_AT, type DataKeyRef, dataKeyHeader, TENANT_ID_LENGTH } from "./vault/data-key-blob.js";
import type { VaultDataKeys } from "./vault/vault-data-keys.js";
import { KEY_ID_LENGTH, keyIdText, type SealKey, sealKey } from "./vault/vault-key-ring.js";

/** How tokens look to the model: `⟦PERSON_a1b2c3⟧` (type, then at least 6 hex digits of a keyed digest). */
export const TOKEN_PATTERN = /⟦([A-Za-z0-9_.-]+?)_([0-9a-f]{6,16})⟧/g;
/** Longest token text, for stream hold-back windows (type names up to 64 characters). */
export const MAX_TOKEN_LENGTH = 2 + 64 + 1 + 16;
const TOKEN_ONE = /^⟦[A-Za-z0-9_.-]+?_[0-9a-f]{6,16}⟧$/;
/**
 * A token as a model may write it inside JSON (tool-call arguments, JSON answers): the brackets as `\u27e6` /
 * `\u27e7` escapes, as JSON encoders that escape non-ASCII produce (RFC 8259 §7). Restored like the plain form.
 */
export const ESCAPED_TOKEN_PATTERN = /\\u27[eE]6([A-Za-z0-9_.-]+?)_([0-9a-f]{6,16})\\u27[eE]7/g;
/** The plain or the JSON-escaped form, for stream restorers. */
export const ANY_TOKEN_PATTERN = /(?:⟦|\\u27[eE]6)([A-Za-z0-9_.-]+?)_([0-9a-f]{6,16})(?:⟧|\\u27[eE]7)/g;
/** Longest token text in its escaped form (each bracket 6 characters instead of 1). */
export const MAX_ESCAPED_TOKEN_LENGTH = MAX_TOKEN_LENGTH + 10;

/** The plain form of a token written with escaped brackets (other text unchanged). */
export function canonicalToken(token: string): string {
  return token.startsWith("\\") ? `⟦${token.slice(6, -6)}⟧` : token;
}

/** Store entries `#=digest` (a value's claim on its number) next to the slots `#TYPE_n`. */
const CLAIM_PREFIX = "#=";

/** A claim's blob: the number in the first four bytes of 32 (stores compare the first 32 bytes of blobs). */
function claimBlob(n: number): Buffer {
  const b = Buffer.alloc(32);
  b.writeUInt32BE(n, 0);
  return b;
}

function claimNumber(blob: Buffer): number | undefined {
  if (blob.length !== 32) return undefined;
  const n = blob.readUInt32BE(0);
  return n > 0 ? n : undefined;
}

/** The conversation's slot holding `digest` under number `n` (`#TYPE_n`), if any. */
function slotOf(c: { slots: Map<string, string> }, digest: string, n: number | undefined): string | undefined {
  for (const [slot, d] of c.slots) if (d === digest && slotNumber(slot) === n) return slot;
  return undefined;
}

/** The number of a numbering slot `#TYPE_n`. */
function slotNumber(slot: string): number | undefined {
  const m = /^#[A-Za-z0-9_.-]{1,64}_([1-9][0-9]{0,8})$/.exec(slot);
  return m ? Number(m[1]) : undefined;
}

interface Sealed {
  /** The keyed digest of (conversation, type, value): lets a replica that loads the mapping reuse its token. */
  digest: string;
  /** The ring key that sealed it; undefined for a blob from before key ids (or under a key not in the ring). */
  keyId: Buffer | undefined;
  /** The data key (tenant and period) that sealed it instead of a ring key. */
  dek?: DataKeyRef | undefined;
  iv: Buffer;
  tag: Buffer;
  data: Buffer;
  restore: boolean;
}

/**
 * One mapping as a shared store keeps it: the token, and `blob` = digest (32 bytes) | key id (4) | IV (12) | GCM
 * tag (16) | ciphertext (blobs written before key rings have no key id). The value is only ever in the ciphertext; the GCM additional data binds it to its conversation and
 * token, so a blob copied to another place in the store does not decrypt. A numbering slot of numbered redaction
 * is stored the same way: `token` = `#PERSON_2`, `blob` = the value's keyed digest (32 bytes), never restorable.
 */
export interface StoredMapping {
  token: string;
  blob: Buffer;
  restore: boolean;
}

interface Conversation {
  expiresAt: number;
  byToken: Map<string, Sealed>;
  byDigest: Map<string, string>;
  /** Numbered redaction: digest → number, the highest number given per type, and slot (`#TYPE_n`) → digest. */
  numbers: Map<string, number>;
  counters: Map<string, number>;
  slots: Map<string, string>;
  /** Mappings made here and not yet written to the shared store (token → restore flag). */
  pending: Map<string, boolean>;
  /** Bumped whenever a number or token this replica gave may have been withdrawn (see {@link TokenVault.epoch}). */
  epoch: number;
  /** Digests whose claim is known to be in the store (read from it, or written by this replica). */
  claimed: Set<string>;
}

export interface TokenVaultOptions {
  /** Mappings of a conversation live this long after its last use. */
  ttlMs: number;
  /** Most mappings per conversation (further values are still tokenized, the oldest mapping is dropped). */
  maxEntries?: number;
  /** Most conversations held; the least recently used is dropped first (callers choose conversation ids). */
  maxConversations?: number;
  /** 32-byte AES-256-GCM key (random per process by default: mappings never outlive the process). */
  key?: Buffer;
  /**
   * The key ring instead of `key`: new mappings are sealed with the first key, mappings loaded from a store are
   * opened with whichever key of the ring sealed them (key rotation).
   */
  ring?: readonly SealKey[];
  /**
   * 32-byte HMAC key deriving tokens (random per process by default). Replicas sharing a vault store must share it,
   * so that they agree on a value's token.
   */
  macKey?: Buffer;
  /**
   * Per tenant and period data keys (shared stores): new mappings are sealed under the tenant's key of the current
   * period once it is loaded, so that destroying the key makes expired mappings' leftover bytes unreadable.
   */
  dataKeys?: VaultDataKeys;
  /** Track new mappings for `pendingMappings` (a shared store behind this vault writes them through). */
  writeThrough?: boolean;
  now?: () => number;
}

/**
 * Per-conversation reversible token mappings, encrypted in memory with AES-256-GCM, expiring `ttlMs` after last use.
 * Tokens are derived from a keyed digest of (conversation, type, value), so concurrent calls in one conversation
 * agree on a value's token without coordination; every operation is synchronous, hence atomic on Node's one thread.
 */
export class TokenVault {
  private readonly convs = new Map<string, Conversation>();
  private readonly ring: readonly SealKey[];
  private macKey: Buffer;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxConversations: number;
  private readonly now: () => number;
  private readonly writeThrough: boolean;
  private readonly dataKeys: VaultDataKeys | undefined;
  private lastSweep = 0;
  private slotsMade = 0;

  constructor(opts: TokenVaultOptions) {
    this.ring = opts.ring && opts.ring.length > 0 ? opts.ring : [sealKey(opts.key ?? randomBytes(32))];
    this.macKey = opts.macKey ?? randomBytes(32);
    if (this.macKey.length !== 32) throw new RangeError("vault MAC key must be 32 bytes");
    this.ttlMs = opts.ttlMs;
    this.maxEntries = opts.maxEntries ?? 10_000;
    this.maxConversations = opts.maxConversations ?? 100_000;
    this.now = opts.now ?? Date.now;
    this.writeThrough = opts.writeThrough ?? false;
    this.dataKeys = opts.dataKeys;
  }

  /** Conversations currently held. */
  get size(): number {
    return this.convs.size;
  }

  private conv(id: string, create: true): Conversation;
  private conv(id: string, create: false): Conversation | undefined;
  private conv(id: string, create: boolean): Conversation | undefined {
    const now = this.now();
    if (now - this.lastSweep > Math.min(this.ttlMs, 60_000)) this.sweep();
    let c = this.convs.get(id);
    if (c && c.expiresAt <= now) {
      this.convs.delete(id);
      c = undefined;
    }
    if (!c) {
      if (!create) return undefined;
      if (this.convs.size >= this.maxConversations) this.convs.delete(this.convs.keys().next().value as string);
      c = { expiresAt: 0, byToken: new Map(), byDigest: new Map(), numbers: new Map(), counters: new Map(), slots: new Map(), pending: new Map(), epoch: 0, claimed: new Set() };
    } else this.convs.delete(id);
    // Re-inserting keeps the map in least-recently-used order for eviction.
    this.convs.set(id, c);
    c.expiresAt = now + this.ttlMs;
    return c;
  }

  private digest(conversation: string, type: string, value: string): string {
    return createHmac("sha256", this.macKey).update(conversation).update("\u0000").update(type).update("\u0000").update(value).digest("hex");
  }

  /** The conversation's id in a shared store: a keyed digest, so tenant, key id and header never appear there. */
  storeId(conversation: string): string {
    return createHmac("sha256", this.macKey).update("conversation\u0000").update(conversation).digest("hex").slice(0, 40);
  }

  /**
   * The conversation's tenant as the store knows it (data keys): a keyed digest of the part of the conversation id
   * before its first NUL (`tenant\0key id\0header`), 16 bytes in hex.
   */
  tenantId(conversation: string): string {
    const end = conversation.indexOf("\u0000");
    const tenant = end < 0 ? conversation : conversation.slice(0, end);
    return createHmac("sha256", this.macKey).update("tenant\u0000").update(tenant).digest().subarray(0, TENANT_ID_LENGTH).toString("hex");
  }

  /**
   * Use the token key the shared store holds (set once at start-up, before any call: tokens and store ids made
   * under another key would not be found again).
   */
  useTokenKey(macKey: Buffer): void {
    if (macKey.length !== 32) throw new RangeError("vault MAC key must be 32 bytes");
    this.macKey = macKey;
  }

  /** The id of the key new mappings are sealed with. */
  get currentKeyId(): string {
    return keyIdText((this.ring[0] as SealKey).id);
  }

  private aad(storeId: string, token: string): Buffer {
    return Buffer.from(`${storeId}\u0000${token}`, "utf8");
  }

  /** Seal under the tenant's data key of this period when it is loaded, else under the ring's current key. */
  private seal(conversation: string, token: string, digest: string, value: string | Buffer, restore: boolean): Sealed {
    const dek = this.dataKeys?.writeKey(this.tenantId(conversation));
    const k = dek?.key ?? (this.ring[0] as SealKey).key;
    const iv = randomBytes(12);
    const c = createCipheriv("aes-256-gcm", k, iv);
    c.setAAD(this.aad(this.storeId(conversation), token));
    const data = Buffer.concat([typeof value === "string" ? c.update(value, "utf8") : c.update(value), c.final()]);
    if (dek) return { digest, keyId: undefined, dek: dek.ref, iv, tag: c.getAuthTag(), data, restore };
    return { digest, keyId: (this.ring[0] as SealKey).id, iv, tag: c.getAuthTag(), data, restore };
  }

  /**
   * Open a mapping with the ring key that sealed it. A wrong conversation or a tampered blob throws a GCM error
   * (the caller restores nothing); a blob no key of the ring opens (its key was removed from the ring, or it
   * predates key ids and none of the keys sealed it) throws `WARDEN_VAULT_KEY_UNKNOWN`, so a key removed too
   * early is a clear, fail-closed error rather than tokens silently left in the answer.
   */
  private open(storeId: string, token: string, s: Sealed): Buffer {
    const decrypt = (key: Buffer): Buffer => {
      const d = createDecipheriv("aes-256-gcm", key, s.iv);
      d.setAAD(this.aad(storeId, token));
      d.setAuthTag(s.tag);
      return Buffer.concat([d.update(s.data), d.final()]);
    };
    if (s.dek) {
      const key = this.dataKeys?.readKey(s.dek);
      // Destroyed (expired, retired, erased): as unreadable as a tampered blob, so nothing is restored.
      if (key === null) throw new Error("the mapping's data key was destroyed");
      if (key) return decrypt(key);
      throw new WardenError("WARDEN_VAULT_KEY_UNKNOWN", { detail: `the data key of period ${s.dek.period} that sealed this mapping is not loaded or no key of the vault's key ring unwraps it` });
    }
    if (s.keyId) {
      const k = this.ring.find((r) => r.id.equals(s.keyId as Buffer));
      if (k) return decrypt(k.key);
    } else {
      for (const k of this.ring) {
        try {
          return decrypt(k.key);
        } catch {
          // not this key
        }
      }
    }
    throw new WardenError("WARDEN_VAULT_KEY_UNKNOWN", { detail: `no key of the vault's key ring opens this mapping${s.keyId ? ` (sealed under key ${keyIdText(s.keyId)})` : ""}` });
  }

  /** Parse a stored blob: with a key id when its bytes after the digest name a key of the ring. */
  private parse(blob: Buffer, restore: boolean): Sealed {
    const digest = blob.subarray(0, 32).toString("hex");
    const dek = blobDataKey(blob);
    if (dek) return { digest, keyId: undefined, dek, iv: blob.subarray(DATA_KEY_IV_AT, DATA_KEY_IV_AT + 12), tag: blob.subarray(DATA_KEY_IV_AT + 12, DATA_KEY_IV_AT + 28), data: blob.subarray(DATA_KEY_IV_AT + 28), restore };
    const id = blob.subarray(32, 32 + KEY_ID_LENGTH);
    if (blob.length >= 32 + KEY_ID_LENGTH + 28 && this.ring.some((r) => r.id.equals(id))) {
      const at = 32 + KEY_ID_LENGTH;
      return { digest, keyId: id, iv: blob.subarray(at, at + 12), tag: blob.subarray(at + 12, at + 28), data: blob.subarray(at + 28), restore };
    }
    // Before key ids, or a key not in the ring: opened by trying every key (and failing closed when none fits).
    return { digest, keyId: undefined, iv: blob.subarray(32, 44), tag: blob.subarray(44, 60), data: blob.subarray(60), restore };
  }

  private static serialize(s: Sealed): Buffer {
    if (s.dek) return Buffer.concat([Buffer.from(s.digest, "hex"), dataKeyHeader(s.dek), s.iv, s.tag, s.data]);
    return Buffer.concat(s.keyId ? [Buffer.from(s.digest, "hex"), s.keyId, s.iv, s.tag, s.data] : [Buffer.from(s.digest, "hex"), s.iv, s.tag, s.data]);
  }

  /**
   * Key rotation: the blob sealed again under the current key, or undefined when it already is (or is not a
   * mapping). `storeId` and `token` are where the blob lives (the GCM additional data). Throws
   * `WARDEN_VAULT_KEY_UNKNOWN` when no key of the ring opens it, a GCM error when it does not authenticate.
   */
  reseal(storeId: string, token: string, blob: Buffer): Buffer | undefined {
    if (token.startsWith("#") || blob.length < 60) return undefined;
    const s = this.parse(blob, false);
    const current = this.ring[0] as SealKey;
    // Under a data key: rotation re-wraps the data key instead (rekeyVault), the blob stays.
    if (s.dek || s.keyId?.equals(current.id)) return undefined;
    const value = this.open(storeId, token, s);
    const iv = randomBytes(12);
    const c = createCipheriv("aes-256-gcm", current.key, iv);
    c.setAAD(this.aad(storeId, token));
    const data = Buffer.concat([c.update(value), c.final()]);
    return TokenVault.serialize({ ...s, keyId: current.id, iv, tag: c.getAuthTag(), data });
  }

  /**
   * Migration to data keys: a mapping loaded in an older format (sealed under a ring key) sealed again under the
   * tenant's data key of this period, for the caller to put in the store in place of `blob` (compare-and-set); the
   * working set takes it too. Undefined when it is not such a mapping, no data key is loaded, or it does not open.
   */
  sealUnderDataKey(conversation: string, token: string, blob: Buffer): Buffer | undefined {
    if (token.startsWith("#") || blob.length < 60 || blobDataKey(blob) || !this.dataKeys?.writeKey(this.tenantId(conversation))) return undefined;
    const old = this.parse(blob, false);
    let value: Buffer;
    try {
      value = this.open(this.storeId(conversation), token, old);
    } catch {
      return undefined; // left for the fail-closed paths (restore, rekey)
    }
    const held = this.conv(conversation, false)?.byToken.get(token);
    const next = this.seal(conversation, token, old.digest, value, held?.restore ?? false);
    if (held && held.digest === old.digest) this.conv(conversation, true).byToken.set(token, { ...next, restore: held.restore });
    return TokenVault.serialize(next);
  }

  /** The token for a value in a conversation (the same value gets the same token while the mapping lives). */
  tokenize(conversation: string, type: string, value: string, restore = true): string {
    const c = this.conv(conversation, true);
    const digest = this.digest(conversation, type, value);
    const known = c.byDigest.get(digest);
    if (known) {
      const s = c.byToken.get(known);
      if (s && restore && !s.restore) {
        s.restore = true;
        if (this.writeThrough) c.pending.set(known, true);
      }
      return known;
    }
    const safeType = type.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 64) || "VALUE";
    let token = "";
    // Lengthen the digest prefix on the (rare) collision with another value's token.
    for (let n = 6; n <= 16; n += 2) {
      token = `⟦${safeType}_${digest.slice(0, n)}⟧`;
      if (!c.byToken.has(token)) break;
    }
    if (c.byToken.size >= this.maxEntries) {
      const oldest = c.byToken.keys().next().value as string;
      c.byToken.delete(oldest);
      c.pending.delete(oldest);
      for (const [d, t] of c.byDigest) if (t === oldest) c.byDigest.delete(d);
    }
    c.byToken.set(token, this.seal(conversation, token, digest, value, restore));
    c.byDigest.set(digest, token);
    if (this.writeThrough) c.pending.set(token, restore);
    return token;
  }

  /** The original value behind a token, when this conversation created it and allows restoring it. */
  reveal(conversation: string, written: string): string | undefined {
    const token = canonicalToken(written);
    const c = this.conv(conversation, false);
    const s = c?.byToken.get(token);
    if (!s || !s.restore) return undefined;
    try {
      return this.open(this.storeId(conversation), token, s).toString("utf8");
    } catch (err) {
      if (err instanceof WardenError) throw err;
      // A mapping that does not authenticate (moved to another conversation, tampered) restores nothing.
      return undefined;
    }
  }

  /** Whether the conversation holds a mapping for `token` (a text of the token shape may be a look-alike). */
  holds(conversation: string, token: string): boolean {
    return this.conv(conversation, false)?.byToken.has(token) === true;
  }

  /** Tokens in `text` this vault holds no mapping for in the conversation (a shared store may know them). */
  unknownTokens(conversation: string, text: string): number {
    if (!text.includes("⟦")) return 0;
    const c = this.conv(conversation, false);
    let n = 0;
    for (const m of text.matchAll(TOKEN_PATTERN)) if (!c?.byToken.has(m[0])) n++;
    return n;
  }

  /** Mappings made since the last call, to write to a shared store (they stay pending until `settle`). */
  pendingMappings(conversation: string): StoredMapping[] {
    const c = this.conv(conversation, false);
    if (!c || c.pending.size === 0) return [];
    const out: StoredMapping[] = [];
    for (const token of c.pending.keys()) {
      if (token.startsWith("#")) {
        const digest = c.slots.get(token);
        if (digest) out.push({ token, blob: Buffer.from(digest, "hex"), restore: false });
        continue;
      }
      let s = c.byToken.get(token);
      if (s && !s.dek && this.dataKeys?.writeKey(this.tenantId(conversation))) {
        // Sealed under the ring key while the tenant's data key of this period was not loaded yet: the store only
        // ever gets it under the data key.
        s = { ...this.seal(conversation, token, s.digest, this.open(this.storeId(conversation), token, s), s.restore) };
        c.byToken.set(token, s);
      }
      if (s) out.push({ token, blob: TokenVault.serialize(s), restore: s.restore });
    }
    return out;
  }

  /** Mark mappings as written; `conflicting` tokens were taken in the store by another value and are dropped here. */
  settle(conversation: string, written: readonly StoredMapping[], conflicting: readonly string[] = []): void {
    const c = this.conv(conversation, false);
    if (!c) return;
    for (const m of written) if (c.pending.get(m.token) === m.restore) c.pending.delete(m.token);
    if (conflicting.length > 0) c.epoch++;
    for (const token of conflicting) {
      if (token.startsWith("#")) {
        this.dropSlot(c, token);
        continue;
      }
      const s = c.byToken.get(token);
      c.byToken.delete(token);
      c.pending.delete(token);
      if (s && c.byDigest.get(s.digest) === token) c.byDigest.delete(s.digest);
    }
  }

  /**
   * Take mappings loaded from a shared store into the working set. A token already held locally keeps its entry
   * (same digest: the same value; the restore flag only ever widens); malformed blobs are skipped.
   */
  absorb(conversation: string, mappings: readonly StoredMapping[]): number {
    if (mappings.length === 0) return 0;
    const c = this.conv(conversation, true);
    let n = 0;
    const claims: StoredMapping[] = [];
    for (const m of mappings) {
      if (m.token.startsWith(CLAIM_PREFIX)) {
        claims.push(m);
        continue;
      }
      if (m.token.startsWith("#")) {
        if (this.absorbSlot(c, m)) n++;
        continue;
      }
      if (m.blob.length < 32 + 12 + 16 || !TOKEN_ONE.test(m.token)) continue;
      const digest = m.blob.subarray(0, 32).toString("hex");
      const have = c.byToken.get(m.token);
      if (have) {
        if (have.digest === digest && m.restore && !have.restore) have.restore = true;
        continue;
      }
      if (c.byToken.size >= this.maxEntries) break;
      const sealed = this.parse(m.blob, m.restore);
      // Its data key is destroyed (the tenant erased meanwhile): nothing to restore, and the token is free again.
      if (sealed.dek && this.dataKeys?.readKey(sealed.dek) === null) continue;
      c.byToken.set(m.token, sealed);
      if (!c.byDigest.has(digest)) c.byDigest.set(digest, m.token);
      n++;
    }
    // A value's claim names the number every replica uses for it, whatever other slots it holds (after the slots,
    // so the smallest-slot rule of `absorbSlot` does not override it).
    for (const m of claims) {
      const num = claimNumber(m.blob);
      const digest = m.token.slice(CLAIM_PREFIX.length);
      if (num === undefined || !/^[0-9a-f]{64}$/.test(digest)) continue;
      // A claim counts only with its slot (a claim row can outlive its slot by a moment when both expire): else the
      // number could be free for another value here.
      if (slotOf(c, digest, num) === undefined) continue;
      c.claimed.add(digest);
      const had = c.numbers.get(digest);
      if (had !== num && c.numbers.size < this.maxEntries) {
        if (had !== undefined) c.epoch++;
        c.numbers.set(digest, num);
        n++;
      }
    }
    return n;
  }

  /**
   * A counter per conversation that moves whenever a number or token this replica gave may have been withdrawn (a
   * slot or claim lost to another replica, a number replaced by the store's). A call that enforced under one epoch
   * and finds another after its write-through enforces again, so it never sends a number another call here gave up.
   */
  epoch(conversation: string): number {
    return this.conv(conversation, false)?.epoch ?? 0;
  }

  /**
   * Claims for the numbering slots of `written` that the store gave this replica (not in `taken`): `#=digest` →
   * number, written after the slots (first writer wins). A value two replicas numbered at the same moment holds two
   * slots, but only one claim: the number every replica then uses for it.
   */
  numberClaims(conversation: string, written: readonly StoredMapping[], taken: readonly string[]): StoredMapping[] {
    const c = this.conv(conversation, false);
    if (!c) return [];
    const lost = new Set(taken);
    const out: StoredMapping[] = [];
    const seen = new Set<string>();
    const claim = (digest: string, n: number): void => {
      if (seen.has(digest) || c.claimed.has(digest)) return;
      seen.add(digest);
      out.push({ token: `${CLAIM_PREFIX}${digest}`, blob: claimBlob(n), restore: false });
    };
    for (const m of written) {
      const n = slotNumber(m.token);
      if (n === undefined || lost.has(m.token)) continue;
      const digest = c.slots.get(m.token);
      if (digest === undefined || c.numbers.get(digest) !== n) continue;
      claim(digest, n);
    }
    // Numbers in use here whose claim this replica has not seen (read from slots written by others, before their
    // claims): claimed now, so that a value never goes out under a number another replica's claim overrides.
    for (const [slot, digest] of c.slots) {
      const n = slotNumber(slot);
      if (n !== undefined && !c.pending.has(slot) && c.numbers.get(digest) === n) claim(digest, n);
    }
    return out;
  }

  /** Claims written to the store (not in `taken`): known from now on. */
  claimsWritten(conversation: string, claims: readonly StoredMapping[], taken: readonly string[]): void {
    const c = this.conv(conversation, false);
    if (!c) return;
    for (const m of claims) if (!taken.includes(m.token)) c.claimed.add(m.token.slice(CLAIM_PREFIX.length));
  }

  /** Whether numbers are in use here whose claims are not known to be in the store. */
  hasUnclaimedNumbers(conversation: string): boolean {
    const c = this.conv(conversation, false);
    if (!c) return false;
    for (const [slot, digest] of c.slots) if (!c.claimed.has(digest) && c.numbers.get(digest) === slotNumber(slot)) return true;
    return false;
  }

  /**
   * The slots whose value's claim another replica made first (with another number): the caller loads the store
   * (whose claim then gives the value its number) and enforces or renumbers again, as for a lost slot.
   */
  lostClaims(conversation: string, claims: readonly StoredMapping[], taken: readonly string[]): string[] {
    const c = this.conv(conversation, false);
    if (!c || taken.length === 0) return [];
    const out: string[] = [];
    c.epoch++;
    for (const m of claims) {
      if (!taken.includes(m.token)) continue;
      const digest = m.token.slice(CLAIM_PREFIX.length);
      const slot = slotOf(c, digest, claimNumber(m.blob));
      if (slot !== undefined) out.push(slot);
    }
    return out;
  }

  /**
   * Numbered redaction: `n` in `[PERSON_n]`, the same for the same value within a conversation. A number is a
   * slot `#TYPE_n` holding the value's keyed digest; with a shared store the slots are written through like token
   * mappings (first writer wins), so replicas number a conversation's values the same way (see {@link absorb}).
   */
  numberFor(conversation: string, type: string, value: string): number {
    const c = this.conv(conversation, true);
    const digest = this.digest(conversation, `#${type}`, value);
    const known = c.numbers.get(digest);
    if (known !== undefined) return known;
    return this.assignNumber(c, type.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 64) || "VALUE", digest);
  }

  /** The number this replica gives the value behind `digest` now (see {@link pendingSlots}), if any. */
  numberOf(conversation: string, digest: string): number | undefined {
    return this.conv(conversation, false)?.numbers.get(digest);
  }

  /** Numbering slots made in this process so far (a stream checks it to know whether an event gave a new number). */
  get numbersMade(): number {
    return this.slotsMade;
  }

  /** The conversation's numbering slots not yet written to the shared store: slot (`#TYPE_n`) → value digest. */
  pendingSlots(conversation: string): Map<string, string> {
    const out = new Map<string, string>();
    const c = this.conv(conversation, false);
    if (!c) return out;
    for (const token of c.pending.keys()) {
      const digest = token.startsWith("#") ? c.slots.get(token) : undefined;
      if (digest !== undefined) out.set(token, digest);
    }
    return out;
  }

  /**
   * The number of the value behind `digest` (from {@link pendingSlots}) after its slot was lost to another replica
   * (`settle` dropped it) and the store's slots were loaded: its number there, or the next free one.
   */
  renumber(conversation: string, slot: string, digest: string): number {
    const c = this.conv(conversation, true);
    const known = c.numbers.get(digest);
    if (known !== undefined) return known;
    return this.assignNumber(c, slot.slice(1, slot.lastIndexOf("_")), digest);
  }

  /** Give a value's digest the next free number of its (safe) type. */
  private assignNumber(c: Conversation, safeType: string, digest: string): number {
    let n = c.counters.get(safeType) ?? 0;
    do n++;
    while (c.slots.has(`#${safeType}_${n}`));
    c.counters.set(safeType, n);
    if (c.numbers.size < this.maxEntries) {
      const slot = `#${safeType}_${n}`;
      c.numbers.set(digest, n);
      c.slots.set(slot, digest);
      if (this.writeThrough) c.pending.set(slot, false);
      this.slotsMade++;
    }
    return n;
  }

  /** Forget a numbering slot (another replica holds it for another value). */
  private dropSlot(c: Conversation, slot: string): void {
    const digest = c.slots.get(slot);
    c.slots.delete(slot);
    c.pending.delete(slot);
    if (digest !== undefined && c.numbers.get(digest) === slotNumber(slot)) c.numbers.delete(digest);
  }

  /**
   * A numbering slot from the store. The store's holder of a slot wins over this replica's unsaved one; a value
   * holding several slots (two replicas numbered it at once) keeps the smallest, so every replica that loads the
   * same slots gives each value the same number.
   */
  private absorbSlot(c: Conversation, m: StoredMapping): boolean {
    const n = slotNumber(m.token);
    if (m.blob.length !== 32 || n === undefined) return false;
    const type = m.token.slice(1, m.token.lastIndexOf("_"));
    const digest = m.blob.toString("hex");
    const have = c.slots.get(m.token);
    if (have === digest) return false;
    if (have !== undefined) {
      this.dropSlot(c, m.token);
      c.epoch++;
    }
    c.slots.set(m.token, digest);
    if (n > (c.counters.get(type) ?? 0)) c.counters.set(type, n);
    const mine = c.numbers.get(digest);
    if (mine === undefined || n < mine) {
      if (mine !== undefined) c.epoch++;
      // A slot this replica made for the value and has not written yet is given up for the stored, smaller one.
      if (mine !== undefined && c.pending.has(`#${type}_${mine}`)) {
        c.slots.delete(`#${type}_${mine}`);
        c.pending.delete(`#${type}_${mine}`);
      }
      c.numbers.set(digest, n);
    }
    return true;
  }

  /**
   * Replace every token of this conversation in `text` with its original (where restoring is allowed).
   * Returns undefined when nothing was restored.
   */
  restore(conversation: string, text: string): { text: string; count: number } | undefined {
    if (!text.includes("⟦")) return undefined;
    const c = this.conv(conversation, false);
    if (!c) return undefined;
    let count = 0;
    const out = text.replace(TOKEN_PATTERN, (tok) => {
      const v = this.reveal(conversation, tok);
      if (v === undefined) return tok;
      count++;
      return v;
    });
    return count > 0 ? { text: out, count } : undefined;
  }

  /** Drop expired conversations. */
  sweep(): void {
    const now = this.now();
    this.lastSweep = now;
    for (const [id, c] of this.convs) if (c.expiresAt <= now) this.convs.delete(id);
  }

  /** Forget everything. */
  clear(): void {
    this.convs.clear();
  }
}
