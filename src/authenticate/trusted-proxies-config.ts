import { z } from "zod";
import { parseCidr } from "./source-allowlist.js";

/**
 * `server.trustedProxies`: the networks (CIDR) of the proxies and load balancers in front of the gateway. Only a
 * request whose TCP peer is in one of them has its client address taken from `server.clientAddressHeader`
 * (docs/keys-and-limits.md, "Behind a proxy"); absent: forwarding headers are ignored.
 */
export const trustedProxiesSchema = z
  .array(z.string().refine((c) => parseCidr(c) !== undefined, "not an IPv4/IPv6 network (e.g. 10.0.0.0/8, ::1/128)"))
  .min(1)
  .optional();

/**
 * `server.clientAddressHeader`: the header the trusted proxies write (exactly one is read: a client could send the
 * other one, and a proxy that does not know it would pass it on untouched).
 */
export const clientAddressHeaderSchema = z.enum(["x-forwarded-for", "forwarded"]).default("x-forwarded-for");
