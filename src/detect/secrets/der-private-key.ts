/**
 * Is `der` (possibly cut short: a pasted key body is often partial) the DER encoding of a private key? Reads the
 * structure, not a prefix list:
 * - PKCS#1 RSA / DSA `SEQUENCE { INTEGER 0, INTEGER <modulus or p, ≥ 64 bytes>, … }`;
 * - PKCS#8 / RFC 5958 `SEQUENCE { INTEGER 0|1, SEQUENCE <algorithm>, OCTET STRING <key>, … }`;
 * - SEC1 EC `SEQUENCE { INTEGER 1, OCTET STRING <20-72 bytes>, … }`;
 * - encrypted PKCS#8 `SEQUENCE { SEQUENCE { OID <PBES2 or a PKCS#12 PBE scheme>, … }, OCTET STRING }`.
 * Public keys (`SEQUENCE { SEQUENCE <algorithm>, BIT STRING }`, PKCS#1 `SEQUENCE { INTEGER n, INTEGER e }`) and
 * certificates do not have these shapes.
 */
export function isDerPrivateKey(der: Uint8Array): boolean {
  return derPrivateKeyLength(der) !== undefined;
}

/**
 * The byte length `der` declares for itself when it is a private key (see isDerPrivateKey), else undefined. It can
 * exceed `der.length` when the body was cut short.
 */
export function derPrivateKeyLength(der: Uint8Array): number | undefined {
  // The smallest private keys (Ed25519, X25519 in PKCS#8) take 48 bytes; fewer cannot be told from chance.
  if (der.length < 40) return undefined;
  const outer = readHeader(der, 0);
  return outer && isPrivateKeyStructure(der, outer) ? outer.body + outer.length : undefined;
}

/**
 * The byte length of an OpenSSH private key (`openssh-key-v1\0`, then cipher, KDF, KDF options, a key count, the
 * public keys and the private section, each string length-prefixed), or undefined when `bytes` is not one. It can
 * exceed `bytes.length` when the body was cut short.
 */
export function opensshPrivateKeyLength(bytes: Uint8Array): number | undefined {
  const magic = "openssh-key-v1\0";
  if (bytes.length < magic.length + 4) return undefined;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return undefined;
  let at = magic.length;
  const u32 = (): number | undefined => (at + 4 <= bytes.length ? (((bytes[at] as number) << 24) >>> 0) + ((bytes[at + 1] as number) << 16) + ((bytes[at + 2] as number) << 8) + (bytes[at + 3] as number) : undefined);
  // cipher name, KDF name, KDF options
  for (let i = 0; i < 3; i++) {
    const n = u32();
    if (n === undefined) return Number.MAX_SAFE_INTEGER;
    if (n > 1 << 16) return undefined;
    at += 4 + n;
  }
  const keys = u32();
  if (keys === undefined) return Number.MAX_SAFE_INTEGER;
  if (keys < 1 || keys > 16) return undefined;
  at += 4;
  for (let i = 0; i <= keys; i++) {
    // each public key, then the private section
    const n = u32();
    if (n === undefined) return Number.MAX_SAFE_INTEGER;
    if (n > 1 << 20) return undefined;
    at += 4 + n;
  }
  return at;
}

function isPrivateKeyStructure(der: Uint8Array, outer: Header): boolean {
  if (outer.tag !== 0x30) return false;
  // The declared length may run past a cut-short body, never be shorter than what it must hold.
  if (outer.length < 40) return false;
  const first = readHeader(der, outer.body);
  if (!first) return false;
  if (first.tag === 0x02) {
    if (first.length !== 1) return false;
    const version = der[first.body] as number;
    const second = readHeader(der, first.body + 1);
    if (!second) return false;
    if (version === 0 && second.tag === 0x02) return second.length >= 64; // PKCS#1 RSA, DSA
    if ((version === 0 || version === 1) && second.tag === 0x30) {
      const after = readHeader(der, second.body + second.length);
      // A cut-short body may end inside the algorithm identifier: its OID is enough then.
      if (!after) return second.body + second.length > der.length && startsWithOid(der, second.body);
      return after.tag === 0x04 && after.length >= 16; // PKCS#8 / OneAsymmetricKey
    }
    if (version === 1 && second.tag === 0x04) return second.length >= 20 && second.length <= 72; // SEC1 EC
    return false;
  }
  if (first.tag === 0x30) {
    const oid = readHeader(der, first.body);
    if (!oid || oid.tag !== 0x06) return false;
    const id = der.subarray(oid.body, oid.body + oid.length);
    return startsWith(id, PBES2) || startsWith(id, PKCS12_PBE) || startsWith(id, PKCS5_PBE);
  }
  return false;
}

/** 1.2.840.113549.1.5.13 (PBES2), 1.2.840.113549.1.12.1 (PKCS#12 PBE), 1.2.840.113549.1.5 (PKCS#5 v1 PBE). */
const PBES2 = Uint8Array.of(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d);
const PKCS12_PBE = Uint8Array.of(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01);
const PKCS5_PBE = Uint8Array.of(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05);

function startsWith(a: Uint8Array, prefix: Uint8Array): boolean {
  if (a.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (a[i] !== prefix[i]) return false;
  return true;
}

function startsWithOid(der: Uint8Array, at: number): boolean {
  const h = readHeader(der, at);
  return h !== undefined && h.tag === 0x06 && h.length >= 3 && h.length <= 16;
}

interface Header {
  tag: number;
  length: number;
  /** Index of the first content byte. */
  body: number;
}

/** A DER tag and definite length at `at` (lengths up to 4 bytes), or undefined when the bytes end first. */
function readHeader(der: Uint8Array, at: number): Header | undefined {
  if (at + 2 > der.length) return undefined;
  const tag = der[at] as number;
  const first = der[at + 1] as number;
  if (first < 0x80) return { tag, length: first, body: at + 2 };
  const n = first & 0x7f;
  if (n === 0 || n > 4 || at + 2 + n > der.length) return undefined;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + (der[at + 2 + i] as number);
  // DER uses the shortest form: a long form for a short length is not DER.
  if (length < 0x80 || (n > 1 && der[at + 2] === 0)) return undefined;
  return { tag, length, body: at + 2 + n };
}
