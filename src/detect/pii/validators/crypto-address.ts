import { createHash } from "node:crypto";

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** Decode base58 to bytes, or undefined on a bad character. */
function base58Decode(s: string): Uint8Array | undefined {
  const bytes: number[] = [0];
  for (const ch of s) {
    let carry = B58.indexOf(ch);
    if (carry < 0) return undefined;
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] ?? 0) * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === "1"; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** Bitcoin legacy (P2PKH "1...") and P2SH ("3...") addresses: base58check, version 0x00/0x05, 25 bytes. */
export function btcBase58Valid(addr: string): boolean {
  const b = base58Decode(addr);
  if (!b || b.length !== 25 || (b[0] !== 0x00 && b[0] !== 0x05)) return false;
  const payload = b.subarray(0, 21);
  const h = createHash("sha256").update(createHash("sha256").update(payload).digest()).digest();
  for (let i = 0; i < 4; i++) if (h[i] !== b[21 + i]) return false;
  return true;
}

const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (GEN[i] ?? 0)) >>> 0;
  }
  return chk;
}

/** Bitcoin segwit addresses (bc1/tb1): bech32 for witness v0, bech32m for v1+ (BIP 173/350). */
export function btcBech32Valid(addr: string): boolean {
  if (addr !== addr.toLowerCase() && addr !== addr.toUpperCase()) return false;
  const s = addr.toLowerCase();
  const pos = s.lastIndexOf("1");
  if (pos < 1 || s.length - pos - 1 < 6 || s.length > 90) return false;
  const hrp = s.slice(0, pos);
  if (hrp !== "bc" && hrp !== "tb") return false;
  const data: number[] = [];
  for (const ch of s.slice(pos + 1)) {
    const v = BECH.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  const exp: number[] = [];
  for (const c of hrp) exp.push(c.charCodeAt(0) >> 5);
  exp.push(0);
  for (const c of hrp) exp.push(c.charCodeAt(0) & 31);
  const pm = polymod([...exp, ...data]);
  const version = data[0] ?? -1;
  if (version === 0) return pm === 1 && (s.length === 42 || s.length === 62);
  if (version >= 1 && version <= 16) return pm === 0x2bc830a3;
  return false;
}

// Keccak-256 (the pre-standard SHA-3 padding Ethereum uses); BigInt lanes are fine for the rare
// mixed-case addresses that need it.
const RC = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn,
  0x0000000080000001n, 0x8000000080008081n, 0x8000000000008009n, 0x000000000000008an, 0x0000000000000088n,
  0x0000000080008009n, 0x000000008000000an, 0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n,
  0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n, 0x000000000000800an, 0x800000008000000an,
  0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, n: number): bigint => (n === 0 ? x : ((x << BigInt(n)) | (x >> BigInt(64 - n))) & M64);

/** Keccak-256 of ASCII input, hex output. */
export function keccak256Hex(input: string): string {
  const rate = 136;
  const bytes = Buffer.from(input, "utf8");
  const padLen = rate - (bytes.length % rate);
  const msg = Buffer.concat([bytes, Buffer.alloc(padLen)]);
  msg[bytes.length] = (msg[bytes.length] ?? 0) ^ 0x01;
  msg[msg.length - 1] = (msg[msg.length - 1] ?? 0) ^ 0x80;
  const st = new Array<bigint>(25).fill(0n);
  for (let off = 0; off < msg.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) st[i] = st[i]! ^ msg.readBigUInt64LE(off + i * 8);
    for (let r = 0; r < 24; r++) {
      const c = [0, 1, 2, 3, 4].map((x) => st[x]! ^ st[x + 5]! ^ st[x + 10]! ^ st[x + 15]! ^ st[x + 20]!);
      for (let x = 0; x < 5; x++) {
        const d = c[(x + 4) % 5]! ^ rotl(c[(x + 1) % 5]!, 1);
        for (let y = 0; y < 25; y += 5) st[y + x] = st[y + x]! ^ d;
      }
      const b = new Array<bigint>(25).fill(0n);
      for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) b[y + ((2 * x + 3 * y) % 5) * 5] = rotl(st[x + 5 * y]!, ROT[x + 5 * y]!);
      for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) st[x + 5 * y] = b[x + 5 * y]! ^ (~b[((x + 1) % 5) + 5 * y]! & M64 & b[((x + 2) % 5) + 5 * y]!);
      st[0] = st[0]! ^ RC[r]!;
    }
  }
  const out = Buffer.alloc(32);
  for (let i = 0; i < 4; i++) out.writeBigUInt64LE(st[i]!, i * 8);
  return out.toString("hex");
}

/** Ethereum address EIP-55 check: returns "checksummed", "uncased" (all lower/upper: no checksum) or "invalid". */
export function ethAddressCheck(addr: string): "checksummed" | "uncased" | "invalid" {
  const hex = addr.slice(2);
  if (!/^[0-9a-fA-F]{40}$/.test(hex)) return "invalid";
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return "uncased";
  const h = keccak256Hex(hex.toLowerCase());
  for (let i = 0; i < 40; i++) {
    const c = hex[i] ?? "";
    if (!/[a-fA-F]/.test(c)) continue;
    const upper = parseInt(h[i] ?? "0", 16) >= 8;
    if (upper !== (c === c.toUpperCase())) return "invalid";
  }
  return "checksummed";
}
