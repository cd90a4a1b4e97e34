/** Shared by pii-sample-9 and secrets-sample-8. Turns ⟦TYPE|value⟧ / ⟦?TYPE|value⟧ marks into plain text plus labels whose offsets index that text. */
export interface Label { t: string; v: string; start: number; end: number; opt?: boolean }
export interface Case { id: number; group: "pii" | "secret" | "neg"; kind: string; text: string; labels: Label[] }

export function unmark(src: string): { text: string; labels: Label[] } {
  const labels: Label[] = [];
  let text = "", i = 0;
  while (i < src.length) {
    const open = src.indexOf("⟦", i);
    if (open < 0) { text += src.slice(i); break; }
    text += src.slice(i, open);
    const close = src.indexOf("⟧", open);
    const bar = src.indexOf("|", open);
    if (close < 0 || bar < 0 || bar > close) throw new Error(`bad mark near ${JSON.stringify(src.slice(open, open + 40))}`);
    let t = src.slice(open + 1, bar);
    const opt = t.startsWith("?");
    if (opt) t = t.slice(1);
    const v = src.slice(bar + 1, close);
    labels.push({ t, v, start: text.length, end: text.length + v.length, ...(opt ? { opt: true } : {}) });
    text += v;
    i = close + 1;
  }
  return { text, labels };
}
