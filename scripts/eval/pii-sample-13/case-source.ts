/** A case as written: a kind (`<lang>-<what>`, `en-` for English), its group, and text with inline marks. */
export interface CaseSource { kind: string; group: "pii" | "neg"; src: string }
export const pii = (kind: string, src: string): CaseSource => ({ kind, group: "pii", src });
export const neg = (kind: string, src: string): CaseSource => ({ kind, group: "neg", src });
/** A required label of `type` around `v`. */
export const m = (type: string, v: string): string => `⟦${type}|${v}⟧`;
/** An optional label (neither credited nor counted against). */
export const o = (type: string, v: string): string => `⟦?${type}|${v}⟧`;
export const P = (v: string): string => m("PERSON", v);
export const A = (v: string): string => m("ADDRESS", v);
export const L = (v: string): string => m("LOCATION", v);
export const T = (v: string): string => m("PHONE_NUMBER", v);
export const E = (v: string): string => m("EMAIL_ADDRESS", v);
export const D = (v: string): string => m("DATE_TIME", v);
