import { isIP } from "node:net";
import { isRegexSpace } from "./char-class.js";
import { hasContext, keywordMatcher } from "./context.js";
import { execAt } from "./digit-tokens.js";
import { documentationV4 } from "./ip-documentation-ranges.js";
import { cjkVersionBefore, versionSibling, versionUpgradeTarget } from "./ip-version-cues.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";

const V4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,3})?/y;
const V6 = /(?<![\w:.%])(?:(?:[0-9A-Fa-f]{1,4}:){1,7}:?|::)[0-9A-Fa-f:.]*(?:%[0-9A-Za-z]+)?(?:\/\d{1,4})?/y;
// Every IPv6 address has two colons at most five characters apart ("::" or ":hhhh:"): anchor there,
// which skips prose and JSON quickly, then walk back to the start of the address.
const V6_ANCHOR = /:[0-9A-Fa-f]{0,4}:/y;
const isV6Char = (c: number) => (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46;
const CONTEXT = keywordMatcher([
  "ip", "ipv4", "ipv6", "ip address", "address", "host", "server", "client", "remote", "src", "dst",
  "source", "gateway", "connect", "connecting", "from", "subnet", "route", "peer", "addr", "nat64",
]);
/** Words that make a dotted number a version or a section number ("version: 3.10.12.0", "section 4.2.1.3"). */
const VERSION_CTX = /(?:\bv|version|ver\.?|firmware|bios|release|build|section|sect?\.|sec|clause|chapter|ch\.|paragraph|para\.|§|article|art\.|rfc|figure|fig\.|appendix|oid)\s*[:=#]?\s*$/i;

/**
 * `VERSION_CTX` on the 10 characters before `start` ("v1.2.3.4", "version 10.0.0.1", "build 4.2.1.0"): the gate
 * skips the regex unless a letter or "." ends those characters once white space is passed (every match does).
 */
function versionBefore(text: string, start: number): boolean {
  if (cjkVersionBefore(text, start)) return true;
  let i = start - 1;
  const lo = Math.max(0, start - 10);
  while (i >= lo && isRegexSpace(text.charCodeAt(i))) i--;
  if (i < lo) return false;
  const c0 = text.charCodeAt(i);
  const c = c0 | 32;
  if (!((c >= 97 && c <= 122) || c === 46 || c0 === 58 || c0 === 61 || c0 === 35 || c0 === 0xa7)) return false;
  return VERSION_CTX.test(text.slice(lo, start));
}

/**
 * "Upgrade from 1.2.3.4 to 2.10.0.1": versions an upgrade moves between, not hosts. Only the "from X to Y" pair right
 * after an upgrade word (a few words between, no punctuation): "the attacker came from 198.51.100.23" after an
 * earlier sentence about an upgrade, or "bumped the host to 10.1.2.3", stay addresses.
 */
const UPGRADE_FROM = /\b(?:upgrad|downgrad|bump)\w*(?: [\w-]+){0,3} from v?$/i;
const UPGRADE_TO = /\b(?:upgrad|downgrad|bump)\w*(?: [\w-]+){0,3} from v?\d{1,3}(?:\.\d{1,3}){2,3} to v?$/i;
const TO_VERSION_AFTER = /^ to v?\d{1,3}(?:\.\d{1,3}){1,3}\b/;

function upgradeBefore(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 118 && c !== 86) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  if (UPGRADE_TO.test(before)) return true;
  return UPGRADE_FROM.test(before) && TO_VERSION_AFTER.test(text.slice(end, end + 24));
}

/** A subnet mask ("255.255.255.0", "255.255.240.0"): contiguous one bits from the top, first octet 255. */
function netmask(ip: string): boolean {
  if (!ip.startsWith("255.")) return false;
  let bits = 0;
  for (const o of ip.split(".")) bits = bits * 256 + Number(o);
  const inv = 0xffffffff - bits;
  return (inv & (inv + 1)) === 0;
}

/**
 * The dotted-quad test of `isIP(x) === 4` on char codes, for a string already shaped `d{1,3}(.d{1,3}){3}`:
 * each octet at most 255 and without a leading zero.
 */
function dottedQuadValid(ip: string): boolean {
  let v = 0;
  let len = 0;
  for (let i = 0; i <= ip.length; i++) {
    const c = i < ip.length ? ip.charCodeAt(i) : 46;
    if (c === 46) {
      if (len === 0 || v > 255 || (len > 1 && ip.charCodeAt(i - len) === 48)) return false;
      v = 0;
      len = 0;
    } else {
      v = v * 10 + (c - 48);
      len++;
    }
  }
  return true;
}

/** How many ".digits" groups follow `at` (where a "." is). */
function dottedGroupsFrom(text: string, at: number): number {
  let n = 0;
  let i = at;
  while (text.charCodeAt(i) === 46) {
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i + 1) break;
    n++;
    i = j;
  }
  return n;
}

type IpClass = "loopback" | "unspecified" | "private" | "documentation" | "public";

function v4Class(ip: string): IpClass {
  const d1 = ip.indexOf(".");
  const a = Number(ip.slice(0, d1));
  const b = Number(ip.slice(d1 + 1, ip.indexOf(".", d1 + 1)));
  if (documentationV4(ip)) return "documentation";
  if (a === 127) return "loopback";
  if (a === 0) return "unspecified";
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)) return "private";
  return "public";
}

function v6Class(ip: string): IpClass {
  const s = ip.toLowerCase().split("%")[0] ?? "";
  if (s === "::1") return "loopback";
  if (s === "::") return "unspecified";
  // 2001:db8::/32 (RFC 3849) stays with the private ranges (0.6): recognizer test suites use it as a real address
  if (/^(?:fe[89ab]|f[cd]|ff)/.test(s) || s.startsWith("2001:db8")) return "private";
  return "public";
}

function score(kind: IpClass, ctx: boolean, v4 = false): number {
  // RFC 5737 ranges are reserved for examples: no host anyone owns, so never at the 0.5 threshold
  if (kind === "documentation") return ctx ? 0.4 : 0.3;
  const base = kind === "public" ? 0.75 : kind === "private" ? 0.6 : 0.4;
  // 0.0.0.0 in a config ("host: 0.0.0.0", "bind 0.0.0.0") means "every interface": it names no one, whatever labels it
  return ctx && !(v4 && kind === "unspecified") ? Math.min(1, base + 0.25) : base;
}

/** IPv4/IPv6 (incl. zone ids, embedded IPv4, CIDR suffixes), validated with node:net isIP. */
export const ipScanner: PiiScanner = {
  id: "pii.ip",
  entityTypes: ["IP_ADDRESS"],
  description: "IPv4 and IPv6 addresses (CIDR, zone ids, IPv4-mapped), validated; loopback scores low.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    const v6Spans: Array<[number, number]> = [];
    // Anchors come from the shared separator pass; `next` plays the role of a global regex's lastIndex.
    const anchors = scan.separatorAnchors;
    let next = 0;
    for (let ai = 0; ai < anchors.n; ai++) {
      const at = anchors.pos[ai]!;
      if (at < next || text.charCodeAt(at) !== 58) continue;
      V6_ANCHOR.lastIndex = at;
      if (!V6_ANCHOR.test(text)) continue;
      let s0 = at;
      while (s0 > 0 && at - s0 < 40 && isV6Char(text.charCodeAt(s0 - 1))) s0--;
      // skip leading dots/digits that belong to something else ("1.2::3"): start at a hex digit or colon
      while (s0 < at && text.charCodeAt(s0) === 46) s0++;
      V6.lastIndex = s0;
      const m = V6.exec(text);
      if (!m) {
        next = at + 1;
        continue;
      }
      next = Math.max(at + 1, m.index + m[0].length);
      {
        let cand = m[0];
        let prefix = "";
        const slash = cand.indexOf("/");
        if (slash >= 0) {
          prefix = cand.slice(slash);
          cand = cand.slice(0, slash);
        }
        while (cand.endsWith(".") || (cand.endsWith(":") && !cand.endsWith("::"))) cand = cand.slice(0, -1);
        if (cand.length < 2 || isIP(cand) !== 6) continue;
        const start = m.index;
        let end = start + cand.length;
        if (prefix) {
          const bits = Number(prefix.slice(1));
          if (prefix.length > 1 && bits <= 128) end += prefix.length;
        }
        const next = text[end] ?? "";
        if (/[A-Za-z0-9_]/.test(next)) continue;
        const ctx = hasContext(text, start, end, CONTEXT, 32, 0);
        out.push({
          type: "IP_ADDRESS",
          start,
          end,
          score: score(v6Class(cand), ctx),
          explanation: "IPv6 address validated by the platform parser",
        });
        v6Spans.push([start, end]);
      }
    }
    if (text.indexOf(".") < 0) return;
    let vi = 0;
    let lastV4 = -1;
    /** Dotted quads already read as versions: a quad sharing their first two groups is one too. */
    const versions: string[] = [];
    const tk = scan.digitTokens;
    for (let di = 0; di < tk.nAllDigit; di++) {
      const ti = tk.allDigit[di]!;
      const t = { start: tk.start[ti]!, end: tk.end[ti]!, digits: tk.digits[ti]! };
      // an IPv4 address starts with a 1-3 digit token followed by a dot
      if (t.start < lastV4 || t.end - t.start > 3 || t.digits !== t.end - t.start || text.charCodeAt(t.end) !== 46) continue;
      const m = execAt(V4, text, t.start);
      if (!m) continue;
      lastV4 = m.index + m[0].length;
      const start = m.index;
      const raw = m[0];
      const slash = raw.indexOf("/");
      const ip = slash >= 0 ? raw.slice(0, slash) : raw;
      if (!dottedQuadValid(ip)) continue;
      let end = start + ip.length;
      if (slash >= 0 && Number(raw.slice(slash + 1)) <= 32) end = start + raw.length;
      const next = text.charCodeAt(end);
      if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95) continue;
      // part of a dotted number of six or more groups (an OID "1.3.6.1.4.1.311"), or behind "+" (a dotted phone
      // number "+33.1.44.55.66.77"); one extra group is still read as an address ("192.168.1.1.1", a typo)
      if (next === 46 && dottedGroupsFrom(text, end) >= 2) continue;
      if (text.charCodeAt(start - 1) === 43) continue;
      while (vi < v6Spans.length && v6Spans[vi]![1] <= start) vi++;
      if (vi < v6Spans.length && start >= v6Spans[vi]![0]) continue;
      if (versionBefore(text, start) || upgradeBefore(text, start, end) || netmask(ip)) {
        versions.push(ip);
        continue;
      }
      if (versionUpgradeTarget(text, start) || versionSibling(text, start, ip, versions)) {
        versions.push(ip);
        continue;
      }
      const ctx = hasContext(text, start, end, CONTEXT, 32, 0);
      out.push({
        type: "IP_ADDRESS",
        start,
        end,
        score: score(v4Class(ip), ctx, true),
        explanation: "IPv4 address with valid octets",
      });
    }
  },
};
