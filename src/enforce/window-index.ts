/** Multiplier of the rolling hash (odd, so multiplication is invertible mod 2^32). */
const BASE = 0x01000193;

/** BASE^(length-1) mod 2^32: the weight of the character leaving a window. */
function topWeight(length: number): number {
  let w = 1;
  for (let i = 1; i < length; i++) w = Math.imul(w, BASE);
  return w;
}

/**
 * Every `length`-character window of some texts, indexed by a rolling hash (Rabin-Karp), so that finding which
 * windows of another text occur in them costs a few arithmetic operations per position, and a substring comparison
 * only where the hash matches. Built once per call from the folded system prompt(s).
 */
export class WindowIndex {
  /** Hash → the windows with it, as flat pairs (text index, start). */
  private readonly table = new Map<number, number[]>();
  private readonly weight: number;

  constructor(
    private readonly texts: readonly string[],
    readonly length: number,
  ) {
    this.weight = topWeight(length);
    texts.forEach((t, k) => {
      this.roll(t, (h, i) => {
        const list = this.table.get(h);
        if (list) list.push(k, i);
        else this.table.set(h, [k, i]);
      });
    });
  }

  /** Call `at(hash, start)` for each window of `text`. */
  private roll(text: string, at: (hash: number, start: number) => void): void {
    const L = this.length;
    if (text.length < L) return;
    let h = 0;
    for (let i = 0; i < L; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    at(h, 0);
    for (let i = L; i < text.length; i++) {
      h = (Math.imul((h - Math.imul(text.charCodeAt(i - L), this.weight)) | 0, BASE) + text.charCodeAt(i)) | 0;
      at(h, i - L + 1);
    }
  }

  /** Whether the window of `text` at `start` occurs in one of the texts (the hash already matched). */
  private verify(list: readonly number[], text: string, start: number): boolean {
    for (let j = 0; j < list.length; j += 2) {
      const t = this.texts[list[j] as number] as string;
      const p = list[j + 1] as number;
      let same = true;
      for (let q = 0; q < this.length; q++) {
        if (t.charCodeAt(p + q) !== text.charCodeAt(start + q)) {
          same = false;
          break;
        }
      }
      if (same) return true;
    }
    return false;
  }

  /** Runs of `text` (as [start, end)) made of overlapping windows that occur in the indexed texts, in order. */
  runs(text: string): [number, number][] {
    const out: [number, number][] = [];
    if (this.table.size === 0) return out;
    this.roll(text, (h, i) => {
      const list = this.table.get(h);
      if (!list || !this.verify(list, text, i)) return;
      const last = out[out.length - 1];
      if (last && i <= last[1]) last[1] = i + this.length;
      else out.push([i, i + this.length]);
    });
    return out;
  }
}
