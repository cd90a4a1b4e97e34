import { hasContext, keywordMatcher } from "./context.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";

const COLON_DASH = /(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])/y;
const CISCO = /(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])/y;
// Anchors start at the separators (rare in prose) instead of at hex letters (common everywhere).
const COLON_DASH_ANCHOR = /[:-](?=[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-])/y;
const CISCO_ANCHOR = /\.(?=[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.]))/y;
const CONTEXT = keywordMatcher(["mac", "mac address", "hardware address", "physical address", "ethernet", "bssid", "wifi", "wi-fi", "nic", "hwaddr", "ether"]);

function pushMac(text: string, start: number, value: string, cisco: boolean, out: PiiHit[]): void {
  const hex = value.replace(/[^0-9A-Fa-f]/g, "").toLowerCase();
  if (/^(?:f{12}|0{12})$/.test(hex)) return;
  const end = start + value.length;
  const ctx = hasContext(text, start, end, CONTEXT, 40, 0);
  const base = cisco ? 0.5 : 0.7;
  out.push({
    type: "MAC_ADDRESS",
    start,
    end,
    score: ctx ? 0.95 : base,
    explanation: ctx ? "MAC address with network-hardware context" : "MAC address notation",
  });
}

/** MAC-48 addresses in colon, dash or Cisco dotted notation; broadcast and all-zero are not devices. */
export const macScanner: PiiScanner = {
  id: "pii.mac",
  entityTypes: ["MAC_ADDRESS"],
  description: "MAC addresses (colon, dash and Cisco dotted forms), excluding broadcast/zero.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    // Anchors come from the shared separator pass; the anchor's character says which notation.
    const anchors = scan.separatorAnchors;
    let next = 0;
    for (let ai = 0; ai < anchors.n; ai++) {
      const at = anchors.pos[ai]!;
      if (at < next) continue;
      const cisco = text.charCodeAt(at) === 46;
      const anchor = cisco ? CISCO_ANCHOR : COLON_DASH_ANCHOR;
      anchor.lastIndex = at;
      if (!anchor.test(text)) continue;
      const re = cisco ? CISCO : COLON_DASH;
      re.lastIndex = Math.max(0, at - (cisco ? 4 : 2));
      const m = re.exec(text);
      if (!m) continue;
      pushMac(text, m.index, m[0], cisco, out);
      next = m.index + m[0].length;
    }
  },
};
