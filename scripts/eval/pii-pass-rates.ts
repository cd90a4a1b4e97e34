/**
 * How often a random digit string of each identifier's length passes its validator: the evidence for each spec's
 * `bare` score (a value that stands alone reaches the 0.5 threshold only when few random numbers would pass).
 *
 *   node --import tsx scripts/eval/pii-pass-rates.ts [samples]
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EU_NUMERIC_SPECS } from "../../src/detect/pii/eu-ids-detector.js";
import type { NumericIdSpec } from "../../src/detect/pii/id-spec.js";
import { INTL_NUMERIC_SPECS } from "../../src/detect/pii/intl-ids-detector.js";
import { LATAM_NUMERIC_SPECS } from "../../src/detect/pii/latam-ids-detector.js";
import { US_NUMERIC_SPECS } from "../../src/detect/pii/us-ids-detector.js";

export interface PassRate {
  type: string;
  digits: number;
  bare: number;
  /** Share of random digit strings (first digit 1-9) that the validator accepts. */
  rate: number;
}

/** Pass rates of every digit-only spec with a validator, from `samples` seeded random strings per length. */
export function passRates(samples = 200_000): PassRate[] {
  let seed = 12345;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const out: PassRate[] = [];
  const specs: readonly NumericIdSpec[] = [...US_NUMERIC_SPECS, ...EU_NUMERIC_SPECS, ...INTL_NUMERIC_SPECS, ...LATAM_NUMERIC_SPECS];
  for (const spec of specs) {
    if (spec.bare <= 0.05) continue; // context-only types: every number "passes"
    for (const n of spec.shapes.filter((s) => /^\d+$/.test(s)).map(Number)) {
      let pass = 0;
      for (let i = 0; i < samples; i++) {
        let d = String(1 + Math.floor(rnd() * 9));
        for (let j = 1; j < n; j++) d += String(Math.floor(rnd() * 10));
        if (spec.validate(d)) pass++;
      }
      out.push({ type: spec.type, digits: n, bare: spec.bare, rate: pass / samples });
    }
  }
  return out.sort((a, b) => a.rate - b.rate);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log("| type | digits | bare score | random strings passing |\n|---|---:|---:|---:|");
  for (const r of passRates(Number(process.argv[2] ?? 200_000))) {
    console.log(`| ${r.type} | ${r.digits} | ${r.bare} | ${(100 * r.rate).toFixed(2)}% |`);
  }
}
