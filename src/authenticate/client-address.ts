import type { IncomingHttpHeaders } from "node:http";
import { isIP } from "node:net";
import { compileSourceAllowlist } from "./source-allowlist.js";

/** Which header a trusted proxy writes the client chain into. */
export type ForwardedHeader = "x-forwarded-for" | "forwarded";

/** What the resolver reads of a request (an `IncomingMessage` fits). */
export interface AddressedRequest {
  socket: { remoteAddress?: string | undefined };
  headers: IncomingHttpHeaders;
}

/** A request's client address: the TCP peer, or the address a trusted proxy vouches for. */
export type ClientAddress = (req: AddressedRequest) => string | undefined;

/** Hops walked at most (a trusted chain is a few proxies; a longer header is not followed further). */
const MAX_HOPS = 16;

/**
 * One hop of `X-Forwarded-For` as an address: `203.0.113.7`, `203.0.113.7:4711`, `2001:db8::1`,
 * `[2001:db8::1]:4711`. Undefined for anything else (`unknown`, a host name, garbage).
 */
export function hopAddress(text: string): string | undefined {
  let s = text.trim();
  if (s.startsWith('"') && s.endsWith('"') && s.length >= 2) s = s.slice(1, -1);
  if (s.startsWith("[")) {
    const end = s.indexOf("]");
    if (end < 0) return undefined;
    s = s.slice(1, end);
  } else {
    const colon = s.indexOf(":");
    // IPv4 with a port: exactly one colon (an IPv6 address has at least two).
    if (colon >= 0 && s.indexOf(":", colon + 1) < 0) s = s.slice(0, colon);
  }
  return isIP(s) === 0 ? undefined : s;
}

/**
 * The `for=` addresses of an RFC 7239 `Forwarded` header, one per element, left to right. An element without
 * `for`, or with an obfuscated or `unknown` node (RFC 7239 §6), gives `undefined`.
 *
 * The header is split on every comma, even inside quotes: the elements a client can send all stand left of the one
 * the trusted proxy appends, and a quote-aware split would let an unterminated quote in them swallow that element.
 */
export function forwardedFor(header: string): (string | undefined)[] {
  return header.split(",").map((element) => {
    for (const pair of element.split(";")) {
      const eq = pair.indexOf("=");
      if (eq > 0 && pair.slice(0, eq).trim().toLowerCase() === "for") return hopAddress(pair.slice(eq + 1));
    }
    return undefined;
  });
}

/**
 * The client address resolver for `server.trustedProxies` (docs/keys-and-limits.md, "Behind a proxy").
 *
 * Without trusted proxies, the TCP peer, and forwarding headers are ignored. With them: when the peer is one of
 * them, the chain in the configured header is walked from the right (the hop the proxy appended) and the first hop
 * that is not itself a trusted proxy is the client (the "rightmost untrusted" rule: everything left of it was
 * written by the client and proves nothing). A hop that is not an address ends the walk at the last trusted hop, so a
 * garbled header never yields an address that no trusted proxy vouched for. A peer that is not trusted is the client,
 * whatever headers it sends.
 *
 * @example
 * const clientAddress = clientAddressResolver({ trustedProxies: ["10.0.0.0/8"], header: "x-forwarded-for" });
 * clientAddress(req); // "203.0.113.7" for a request from 10.0.0.5 with `X-Forwarded-For: 203.0.113.7`
 */
export function clientAddressResolver(opts: { trustedProxies?: readonly string[] | undefined; header?: ForwardedHeader }): ClientAddress {
  const peerOf = (req: AddressedRequest) => req.socket.remoteAddress;
  if (!opts.trustedProxies || opts.trustedProxies.length === 0) return peerOf;
  const trusted = compileSourceAllowlist(opts.trustedProxies);
  const header = opts.header ?? "x-forwarded-for";
  return function clientAddress(req) {
    const peer = req.socket.remoteAddress;
    if (!trusted(peer)) return peer;
    const raw = req.headers[header];
    // Node joins repeated headers of these names with ", ", in order: one list either way.
    const text = Array.isArray(raw) ? raw.join(", ") : raw;
    if (text === undefined || text === "") return peer;
    const hops = header === "forwarded" ? forwardedFor(text) : text.split(",").map(hopAddress);
    let client = peer;
    for (let i = hops.length - 1, walked = 0; i >= 0 && walked < MAX_HOPS; i--, walked++) {
      const hop = hops[i];
      if (hop === undefined) return client;
      client = hop;
      if (!trusted(hop)) return hop;
    }
    return client;
  };
}
