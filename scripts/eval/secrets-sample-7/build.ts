/** Case builder of the seventh secrets set: texts carry inline marks ⟦kind|value⟧ (required) and ⟦?kind|value⟧ (optional);
 *  `add` strips them and records each label ("SECRET:kind") with its offsets, so a label always matches its span. */
export type Label = { t: string; v: string; start: number; end: number; opt?: boolean };
export type Case = { id: number; group: "secret" | "neg"; kind: string; text: string; labels: Label[] };
const MARK = /⟦(\??)([a-z0-9-]+)\|([^⟧]*)⟧/g;
export const b = {
  cases: [] as Case[],
  add(group: "secret" | "neg", kind: string, marked: string): void {
    const labels: Label[] = []; let text = ""; let last = 0;
    for (const m of marked.matchAll(MARK)) {
      text += marked.slice(last, m.index); const v = m[3]!;
      labels.push({ t: "SECRET:" + m[2]!, v, start: text.length, end: text.length + v.length, ...(m[1] ? { opt: true } : {}) });
      text += v; last = m.index! + m[0].length;
    }
    text += marked.slice(last);
    if (/[⟦⟧]/.test(text)) throw new Error(`unbalanced mark in ${kind}: ${marked}`);
    this.cases.push({ id: this.cases.length + 1, group, kind, text, labels });
  },
};
/** Mark a required secret of a kind ("service-what"). */
export const S = (kind: string) => (v: string) => `⟦${kind}|${v}⟧`;
/** Mark an optional (debatable) secret. */
export const O = (kind: string) => (v: string) => `⟦?${kind}|${v}⟧`;
