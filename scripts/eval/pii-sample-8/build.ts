/** Case builder of the eighth PII set: texts are written with inline marks ⟦TYPE|value⟧ (required) and ⟦TYPE?|value⟧
 *  (optional); `add` strips the marks and records each label's offsets, so a label always matches its span. */
export type Label = { t: string; v: string; start: number; end: number; opt?: boolean };
export type Case = { id: number; group: "pii" | "neg"; kind: string; text: string; labels: Label[] };
const MARK = /⟦([A-Z_]+)(\??)\|([^⟧]*)⟧/g;
export const b = {
  cases: [] as Case[],
  add(group: "pii" | "neg", kind: string, marked: string): void {
    const labels: Label[] = []; let text = ""; let last = 0;
    for (const m of marked.matchAll(MARK)) {
      text += marked.slice(last, m.index); const v = m[3]!;
      labels.push({ t: m[1]!, v, start: text.length, end: text.length + v.length, ...(m[2] ? { opt: true } : {}) });
      text += v; last = m.index! + m[0].length;
    }
    text += marked.slice(last);
    if (/[⟦⟧]/.test(text)) throw new Error(`unbalanced mark in ${kind}: ${marked}`);
    this.cases.push({ id: this.cases.length + 1, group, kind, text, labels });
  },
};
