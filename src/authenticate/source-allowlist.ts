import { BlockList, isIP } from "node:net";

/** Parse one CIDR (`10.0.0.0/8`, `2001:db8::/32`, or a bare address meaning /32 or /128); undefined when invalid. */
export function parseCidr(text: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | undefined {
  const [address = "", bits, extra] = text.trim().split("/");
  if (extra !== undefined) return undefined;
  const v = isIP(address);
  if (v === 0) return undefined;
  const max = v === 4 ? 32 : 128;
  if (bits !== undefined && !/^\d{1,3}$/.test(bits)) return undefined;
  const prefix = bits === undefined ? max : Number(bits);
  if (prefix > max) return undefined;
  return { address, prefix, family: v === 4 ? "ipv4" : "ipv6" };
}

/** The entries of a CIDR list that do not parse (for a clear error when a key is created). */
export function invalidCidrs(cidrs: readonly string[]): string[] {
  return cidrs.filter((c) => parseCidr(c) === undefined);
}

/**
 * A compiled source-address allowlist. IPv4-mapped IPv6 addresses (`::ffff:10.1.2.3`, how a dual-stack socket
 * reports an IPv4 caller) match IPv4 networks and the other way round (node:net BlockList handles the mapping;
 * RFC 4291 §2.5.5.2).
 */
export function compileSourceAllowlist(cidrs: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const c of cidrs) {
    const p = parseCidr(c);
    if (p) list.addSubnet(p.address, p.prefix, p.family);
  }
  // Callers come from few addresses: remember recent answers (BlockList.check builds a SocketAddress each time).
  const seen = new Map<string, boolean>();
  const check = (address: string): boolean => {
    // Strip an IPv6 zone id (`fe80::1%eth0`): BlockList does not accept it.
    const bare = address.includes("%") ? (address.split("%", 1)[0] as string) : address;
    const v = isIP(bare);
    if (v === 0) return false;
    return list.check(bare, v === 4 ? "ipv4" : "ipv6");
  };
  return (address) => {
    if (address === undefined) return false;
    let ok = seen.get(address);
    if (ok === undefined) {
      ok = check(address);
      if (seen.size >= 256) seen.clear();
      seen.set(address, ok);
    }
    return ok;
  };
}
