/** A case as written: a kind (`<lang>-<what>`, `en-` for English), its group, and text with inline marks. */
export interface CaseSource { kind: string; group: "pii" | "neg"; src: string }
export const pii = (kind: string, src: string): CaseSource => ({ kind, group: "pii", src });
export const neg = (kind: string, src: string): CaseSource => ({ kind, group: "neg", src });
