/**
 * `node --import tsx scripts/eval/secret-evasions.ts`: which disguises of a key the default engine still reads. Four
 * keys (OpenAI project key, GitHub PAT with a valid checksum, AWS key id, Anthropic key) go through ~40 disguises
 * (zero-width and look-alike characters, percent/base64/hex/HTML/JSON escapes, reversed, spaced out, regrouped,
 * wrapped, split with words between); each cell prints the actionable secret types found and the view that found
 * them, or MISS. Keys cut over turns of a conversation are the gateway's (src/enforce/scan-seams.test.ts).
 */
import { createDetectionEngine } from "../../src/detect/engine.js";
import { withCrc32Suffix } from "../../src/detect/secrets/checksum.js";
const e = createDetectionEngine();
const OAI = "sk-proj-Rf5UKZNwZTgzRb8ZucIrNqTs9oT6D1DMRv_0Zq3WY7G1J1O-wPsXwgv6WFxEn8XrZu2vvosfG7T3BlbkFJBYX7TPseHaYE6r3ljpCBurd6U6qpJeRk8UqQ1ORj5DFHReHaF6mstbOCirkkl9vsHWLw2Q9ab";
const GHP = withCrc32Suffix("ghp_", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6");
const AWS = "AKIAZ3MHQK7XN2PLW4RB";
const ANT = "sk-ant-api03-z0zjHHXo5uibD2havvfqiZYJe9ENlwI1trcQC4pyRC2N2w6nbpUitUU_iR4kkSszVyUpINaxvCtun3_Mub0O3w-48GXRgAA";
const keys: Record<string,string> = { OAI, GHP, AWS, ANT };
const zw = (s: string) => [...s].map((c, i) => (i % 4 === 3 ? c + "\u200b" : c)).join("");
const homo = (s: string) => s.replace(/a/g, "а").replace(/o/g, "о").replace(/e/g, "е").replace(/p/g, "р");
const pct = (s: string) => [...s].map((c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
const pctPartial = (s: string) => s.replace(/-/g, "%2D").replace(/_/g, "%5F");
const b64 = (s: string) => Buffer.from(s).toString("base64");
const hex = (s: string) => Buffer.from(s).toString("hex");
const rev = (s: string) => [...s].reverse().join("");
const spaced = (s: string) => [...s].join(" ");
const jsonU = (s: string) => [...s].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
const jsonUfew = (s: string) => "\\u" + s.charCodeAt(0).toString(16).padStart(4, "0") + s.slice(1);
const forms: [string, (k: string) => string][] = [
  ["plain", (k) => `my key is ${k}`],
  ["zero-width", (k) => `my key is ${zw(k)}`],
  ["homoglyph", (k) => `my key is ${homo(k)}`],
  ["pct-all", (k) => `my key is ${pct(k)}`],
  ["pct-partial", (k) => `my key is ${pctPartial(k)}`],
  ["url-query", (k) => `GET https://api.example.com/v1/run?token=${encodeURIComponent(k)}&x=1`],
  ["url-query-pct", (k) => `https://example.com/cb?k=${pct(k)}`],
  ["base64", (k) => `decode this: ${b64(k)}`],
  ["base64-bare", (k) => b64(k)],
  ["hex", (k) => `hex: ${hex(k)}`],
  ["reversed", (k) => `my key reversed: ${rev(k)}`],
  ["reversed-nocue", (k) => `my key: ${rev(k)}`],
  ["spaced", (k) => `my key: ${spaced(k)}`],
  ["json-u-all", (k) => JSON.stringify({ args: `{"key":"${jsonU(k)}"}` })],
  ["json-u-first", (k) => `{"key":"${jsonUfew(k)}"}`],
  ["json-escaped-in-str", (k) => JSON.stringify({ arguments: JSON.stringify({ api_key: k }) })],
  ["split-2lines-words", (k) => `first part: ${k.slice(0, k.length >> 1)}\nsecond part: ${k.slice(k.length >> 1)}`],
  ["split-concat+", (k) => `key = "${k.slice(0, 12)}" + "${k.slice(12)}"`],
  ["split-nocontext", (k) => `${k.slice(0, k.length >> 1)}\n\nthanks!\n\n${k.slice(k.length >> 1)}`],
];
for (const [name, f] of forms) {
  const row: string[] = [];
  for (const [kn, k] of Object.entries(keys)) {
    const t = f(k);
    const r = e.detect(t);
    const s = r.findings.filter((x) => x.category === "secret" && e.isActionable(x));
    row.push(`${kn}:${s.length ? s.map((x) => `${x.type}@${x.view ?? "orig"}`).join("+").slice(0, 40) : "MISS"}`);
  }
  console.log(name.padEnd(22), row.join("  "));
}
const more: [string, (k: string) => string][] = [
  ["json-u-single-all", (k) => `{"key":"${jsonU(k)}"}`],
  ["json-u-double", (k) => `{"arguments":"{\\"key\\":\\"${jsonU(k).replace(/\\/g, "\\\\")}\\"}"}`],
  ["json-u-mixed-half", (k) => `{"key":"${[...k].map((c, i) => (i % 2 ? "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0") : c)).join("")}"}`],
  ["pct-one-in-middle", (k) => `https://x.io/?t=${k.slice(0, 10)}%${k.charCodeAt(10).toString(16)}${k.slice(11)}`],
  ["zw-every", (k) => `key ${[...k].join("\u200b")}`],
  ["zw-soft-hyphen", (k) => `key ${[...k].join("\u00ad")}`],
  ["fullwidth", (k) => `key ${[...k].map((c) => (c >= "!" && c <= "~" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join("")}`],
  ["spaced-dots", (k) => `key ${[...k].join(".")}`],
  ["spaced-2", (k) => `key: ${[...k].join("  ")}`],
  ["spaced-nl", (k) => `key:\n${[...k].join("\n")}`],
  ["b64-of-rev", (k) => `x ${b64(rev(k))}`],
  ["rev-b64", (k) => `x ${rev(b64(k))}`],
  ["b64url-nopad", (k) => `x ${Buffer.from(k).toString("base64url")}`],
  ["html-ent", (k) => `x ${[...k].map((c) => "&#" + c.charCodeAt(0) + ";").join("")}`],
  ["chunks-4-space", (k) => `key ${k.match(/.{1,4}/g)!.join(" ")}`],
  ["chunks-8-nl", (k) => `key\n${k.match(/.{1,8}/g)!.join("\n")}`],
  ["quoted-concat-py", (k) => `key = ("${k.slice(0, 15)}"\n       "${k.slice(15)}")`],
  ["js-array-join", (k) => `const k = ["${k.slice(0, 15)}", "${k.slice(15)}"].join("")`],
  ["md-code-split", (k) => `\`${k.slice(0, 15)}\`\`${k.slice(15)}\``],
];
console.log("---");
for (const [name, f] of more) {
  const row: string[] = [];
  for (const [kn, k] of Object.entries(keys)) {
    const t = f(k);
    const r = e.detect(t);
    const s = r.findings.filter((x) => x.category === "secret" && e.isActionable(x));
    row.push(`${kn}:${s.length ? s.map((x) => `${x.type}@${x.view ?? "orig"}`).join("+").slice(0, 40) : "MISS"}`);
  }
  console.log(name.padEnd(22), row.join("  "));
}
