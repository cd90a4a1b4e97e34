/**
 * Cues that make a dotted quad a software version rather than a host, beyond the "version 1.2.3.4" labels that
 * `ip-detector.ts` reads itself: CJK version words, "upgraded the app to 3.14.159.26", and a second quad of the
 * same release line next to one already read as a version.
 */

/** CJK words for version / build right before the number ("系统版本 2.3.0.118", "バージョン 1.2.0.4", "버전 2.1.0.3"). */
const CJK_VERSION = /(?:版本|版本号|版號|版本號|バージョン|버전|빌드|ビルド|固件|韌體|ファームウェア)\s*[:：]?\s*$/u;

export function cjkVersionBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  // only after white space, a colon or the CJK word itself
  if (!(c === 32 || c === 58 || c === 0xff1a || c >= 0x3000)) return false;
  return CJK_VERSION.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * "After upgrading the app to 3.14.159.26", "updated the firmware to 4.1.0.2": an upgrade/update verb, at most three
 * words, then "to". Not when those words name a network thing ("updated the gateway to 10.0.0.1", "bumped the host
 * to 10.1.2.3" stay addresses).
 */
const UPGRADE_TO = /\b(?:upgrad|updat)\w*((?: [\w-]+){0,3}) to v?$/i;
const NETWORK_WORD = /\b(?:hosts?|servers?|ip|ips|address(?:es)?|gateways?|routes?|proxy|proxies|dns|peers?|upstreams?|endpoints?|nodes?|rules?|allowlist|whitelist|firewall)\b/i;

export function versionUpgradeTarget(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 118 && c !== 86) return false;
  const m = UPGRADE_TO.exec(text.slice(Math.max(0, start - 60), start));
  return m !== null && !NETWORK_WORD.test(m[1] ?? "");
}

/**
 * "3.14.158.9 was fine" after "upgrading the app to 3.14.159.26": a quad on the same line, at most 160 characters after
 * one already read as a version, sharing its first two groups, is another release of the same line.
 */
export function versionSibling(text: string, start: number, ip: string, versions: readonly string[]): boolean {
  if (versions.length === 0) return false;
  const head = ip.slice(0, ip.indexOf(".", ip.indexOf(".") + 1) + 1);
  const window = text.slice(Math.max(0, start - 160), start);
  if (window.includes("\n")) {
    const line = window.slice(window.lastIndexOf("\n") + 1);
    return versions.some((v) => v.startsWith(head) && line.includes(v));
  }
  return versions.some((v) => v.startsWith(head) && window.includes(v));
}
