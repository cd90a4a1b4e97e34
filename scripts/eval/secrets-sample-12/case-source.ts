/** A case as written: a kind (the context), its group, and text with inline `⟦SECRET:<kind>|value⟧` marks. */
export interface CaseSource { kind: string; group: "secret" | "neg"; src: string }
export const pos = (kind: string, src: string): CaseSource => ({ kind, group: "secret", src });
export const neg = (kind: string, src: string): CaseSource => ({ kind, group: "neg", src });
/** A required secret label. */
export const S = (kind: string, value: string): string => `⟦SECRET:${kind}|${value}⟧`;
/** An optional label (an identifier that pairs with a secret, or a debatable value). */
export const O = (kind: string, value: string): string => `⟦?SECRET:${kind}|${value}⟧`;
