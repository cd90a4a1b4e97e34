/** Small deterministic PRNG helpers (mulberry32) so data generation and training are reproducible. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from empty list");
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = xs[i]!;
      xs[i] = xs[j]!;
      xs[j] = t;
    }
    return xs;
  }
}

/** Expand a template: `{a|b|c}` picks one alternative (nested allowed), `[x]` is optional (50%). */
export function expand(rng: Rng, template: string): string {
  let out = "";
  let i = 0;
  const parse = (stopChars: string): string[] => {
    // Returns alternatives until a stop char at depth 0.
    const alts: string[] = [""];
    while (i < template.length) {
      const ch = template[i]!;
      if (stopChars.includes(ch)) return alts;
      if (ch === "|" && stopChars !== "") {
        alts.push("");
        i++;
        continue;
      }
      if (ch === "{") {
        i++;
        const inner = parse("}");
        i++;
        alts[alts.length - 1] += rng.pick(inner);
        continue;
      }
      if (ch === "[") {
        i++;
        const inner = parse("]");
        i++;
        const chosen = rng.pick(inner);
        if (rng.chance(0.5)) alts[alts.length - 1] += chosen;
        continue;
      }
      alts[alts.length - 1] += ch;
      i++;
    }
    return alts;
  };
  out = parse("")[0] ?? "";
  return out.replace(/ {2,}/g, " ").replace(/ ([,.?!])/g, "$1").trim();
}
