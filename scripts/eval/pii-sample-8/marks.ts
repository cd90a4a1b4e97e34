/** Inline label marks for the eighth PII set (see build.ts): ⟦TYPE|value⟧ required, ⟦TYPE?|value⟧ optional. */
const m = (t: string, opt = false) => (v: string) => `⟦${t}${opt ? "?" : ""}|${v}⟧`;
export const P = m("PERSON"), Po = m("PERSON", true), E = m("EMAIL_ADDRESS"), Eo = m("EMAIL_ADDRESS", true), Ph = m("PHONE_NUMBER"), Pho = m("PHONE_NUMBER", true);
export const A = m("ADDRESS"), Ao = m("ADDRESS", true), L = m("LOCATION"), Lo = m("LOCATION", true), D = m("DATE_TIME"), Do = m("DATE_TIME", true);
export const CC = m("CREDIT_CARD"), IB = m("IBAN_CODE"), SSN = m("US_SSN"), IP = m("IP_ADDRESS"), U = m("URL"), Uo = m("URL", true);
export const id = (t: string, opt = false) => m(t, opt);
