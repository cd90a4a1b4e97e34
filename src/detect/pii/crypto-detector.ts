import { hasContext, keywordMatcher } from "./context.js";
import { execAt } from "./digit-tokens.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import { btcBase58Valid, btcBech32Valid, ethAddressCheck } from "./validators/crypto-address.js";

const CAND = /(?<![A-Za-z0-9])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc|tb|BC|TB)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}|0x[0-9a-fA-F]{40})(?![A-Za-z0-9])/y;
const CONTEXT = keywordMatcher(["wallet", "bitcoin", "btc", "ethereum", "eth", "address", "crypto", "send", "pay", "usdt", "erc20", "metamask"]);

/** Cryptocurrency addresses: Bitcoin base58check and bech32/bech32m, Ethereum (EIP-55 when mixed case). */
export const cryptoScanner: PiiScanner = {
  id: "pii.crypto",
  entityTypes: ["CRYPTO"],
  description: "Bitcoin (base58check, bech32/bech32m) and Ethereum (EIP-55) wallet addresses with checksum validation.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    const tk = scan.digitTokens;
    for (let ti = 0; ti < tk.n; ti++) {
      const t = { start: tk.start[ti]!, end: tk.end[ti]!, digits: tk.digits[ti]! };
      const len = t.end - t.start;
      // every address form is 14+ chars and contains a digit (bech32 data, base58 payload, 0x)
      if (len < 14 || len > 90) continue;
      const m = execAt(CAND, text, t.start);
      if (!m) continue;
      const v = m[0];
      const start = m.index;
      const end = start + v.length;
      const ctx = hasContext(text, start, end, CONTEXT, 40, 0);
      if (v.startsWith("0x")) {
        const r = ethAddressCheck(v);
        if (r === "invalid") continue;
        const score = r === "checksummed" ? (ctx ? 1 : 0.9) : ctx ? 0.85 : 0.5;
        out.push({ type: "CRYPTO", start, end, score, explanation: r === "checksummed" ? "Ethereum address with valid EIP-55 checksum" : "Ethereum address (no case checksum)" });
      } else if (/^(?:bc|tb)1/i.test(v)) {
        if (btcBech32Valid(v)) out.push({ type: "CRYPTO", start, end, score: ctx ? 1 : 0.95, explanation: "Bitcoin segwit address with valid bech32 checksum" });
      } else if (btcBase58Valid(v)) {
        out.push({ type: "CRYPTO", start, end, score: ctx ? 1 : 0.95, explanation: "Bitcoin address with valid base58check checksum" });
      }
    }
  },
};
