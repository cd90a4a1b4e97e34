/**
 * Address ranges reserved for documentation and examples: TEST-NET-1/2/3 (RFC 5737: 192.0.2.0/24, 198.51.100.0/24,
 * 203.0.113.0/24). No host anyone owns sits there, so an address in them names no one. (2001:db8::/32, RFC 3849, is
 * scored with the private ranges in `ip-detector.ts`.)
 */

/** True for a dotted quad (already validated) inside an RFC 5737 TEST-NET range. */
export function documentationV4(ip: string): boolean {
  return ip.startsWith("192.0.2.") || ip.startsWith("198.51.100.") || ip.startsWith("203.0.113.");
}

