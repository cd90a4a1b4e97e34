import { describe, expect, it } from "vitest";
import { EU_NUMERIC_SPECS } from "./eu-ids-detector.js";
import { INTL_NUMERIC_SPECS } from "./intl-ids-detector.js";
import { LATAM_NUMERIC_SPECS } from "./latam-ids-detector.js";
import { US_NUMERIC_SPECS } from "./us-ids-detector.js";

const SPECS = [...US_NUMERIC_SPECS, ...EU_NUMERIC_SPECS, ...INTL_NUMERIC_SPECS, ...LATAM_NUMERIC_SPECS];

/** Share of seeded random digit strings of length `n` (first digit 1-9) that `validate` accepts. */
function passRate(validate: (d: string) => boolean, n: number, samples: number): number {
  let seed = 987654;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  let pass = 0;
  for (let i = 0; i < samples; i++) {
    let d = String(1 + Math.floor(rnd() * 9));
    for (let j = 1; j < n; j++) d += String(Math.floor(rnd() * 10));
    if (validate(d)) pass++;
  }
  return pass / samples;
}

describe("numeric identifier specs", () => {
  // A bare value is actionable only when random numbers of its length rarely pass its validator: otherwise order
  // ids, epoch timestamps and phone numbers would be reported (scripts/eval/pii-pass-rates.ts prints the table).
  const rows = SPECS.flatMap((spec) => spec.shapes.filter((s) => /^\d+$/.test(s)).map((s) => [spec.type, Number(s), spec] as const));
  it.each(rows)("%s, %i digits: bare score at or above 0.5 only with a pass rate <= 2.5%%", (_type, n, spec) => {
    const rate = passRate(spec.validate, n, 20_000);
    if (spec.bare >= 0.5) expect(rate).toBeLessThanOrEqual(0.025);
    else expect(spec.bare).toBeLessThan(0.5);
  });

  it("gives every type a label that lifts a valid value over the threshold", () => {
    for (const spec of SPECS) expect(spec.withContext, spec.type).toBeGreaterThanOrEqual(0.75);
  });
});
