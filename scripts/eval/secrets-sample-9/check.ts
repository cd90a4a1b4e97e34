/**
 * `node --import tsx scripts/eval/secrets-sample-9/check.ts`: validates cases.json without any detector — offsets,
 * label format (`SECRET:<kind>`), one required label per positive and none in a negative, CRC32 tails of GitHub/npm
 * tokens, JWT labels that decode, and no checksum-valid GitHub/npm token or non-EXAMPLE AWS key id inside a negative.
 * Prints the counts. `loadCases()` is what run.ts scores.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Case } from "../inline-marks.js";
import { base62, crc32 } from "./gen9.js";

export function loadCases(): Case[] {
  return JSON.parse(readFileSync(new URL("./cases.json", import.meta.url), "utf8")) as Case[];
}

const CRC_KINDS = new Set(["github-pat-classic", "github-oauth", "github-app-installation", "github-user-server", "npm"]);
/** A ghp_/gho_/ghu_/ghs_/ghr_/npm_ token whose last 6 characters are the base62 CRC32 of the 30 before them. */
export function crcTokenOk(v: string): boolean {
  const m = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v);
  return !!m && base62(crc32(m[1]!), 6) === m[2];
}

export function checkCases(cases: Case[]): string[] {
  const errs: string[] = [];
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.text)) errs.push(`#${c.id} duplicate text`);
    seen.add(c.text);
    if (c.group === "secret" && !c.labels.some((l) => !l.opt)) errs.push(`#${c.id} positive without a required label`);
    for (const l of c.labels) {
      if (c.text.slice(l.start, l.end) !== l.v) errs.push(`#${c.id} bad offsets`);
      if (!/^SECRET:[a-z0-9]+(-[a-z0-9]+)*$/.test(l.t)) errs.push(`#${c.id} bad label type ${l.t}`);
      if (l.v.trim() !== l.v || l.v.length < 6) errs.push(`#${c.id} label value has whitespace at an edge or is too short`);
      const kind = l.t.slice(7);
      if (CRC_KINDS.has(kind) && !crcTokenOk(l.v)) errs.push(`#${c.id} ${kind} fails its CRC32 tail`);
      if (kind === "jwt" || kind === "supabase-service") {
        const [h, p] = l.v.split(".");
        try { JSON.parse(Buffer.from(h!, "base64url").toString()); JSON.parse(Buffer.from(p!, "base64url").toString()); }
        catch { errs.push(`#${c.id} JWT does not decode`); }
      }
      if (c.group === "neg" && !l.opt) errs.push(`#${c.id} negative with a required label`);
    }
    if (c.group === "neg") {
      for (const m of c.text.matchAll(/\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b/g)) if (crcTokenOk(m[0])) errs.push(`#${c.id} negative holds a valid ${m[0].slice(0, 4)} token`);
      for (const m of c.text.matchAll(/\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/g)) if (!m[0].endsWith("EXAMPLE")) errs.push(`#${c.id} negative holds an AWS key id ${m[0]}`);
    }
  }
  return errs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cases = loadCases();
  const errs = checkCases(cases);
  const groups: Record<string, number> = {}, kinds: Record<string, number> = {};
  for (const c of cases) {
    groups[c.group] = (groups[c.group] ?? 0) + 1;
    for (const l of c.labels) { const k = l.t.slice(7) + (l.opt ? " (opt)" : ""); kinds[k] = (kinds[k] ?? 0) + 1; }
  }
  const services = new Set(Object.keys(kinds).filter((k) => !k.endsWith("(opt)")).map((k) => k.split("-")[0]));
  console.log(JSON.stringify({ cases: cases.length, groups, services: services.size, labels: Object.values(kinds).reduce((a, b) => a + b, 0), kinds }));
  if (errs.length) { console.error(errs.join("\n")); process.exit(1); }
  console.log("check: OK");
}
