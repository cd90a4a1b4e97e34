/** The labelling helpers of the case files: tagged templates that build a text and the spans of its labelled values. */
export type Label = { t: string; start: number; end: number; v: string; opt?: boolean };
export type Case = { id: number; kind: string; group: "pii" | "secret" | "neg"; text: string; labels: Label[] };

/** A fresh case list and the helpers that append to it. */
export function caseBuilder() {
  const cases: Case[] = [];
  type Part = string | [string, string] | [string, string, "opt"];
  function mk(group: Case["group"], kind: string) {
    return (strs: TemplateStringsArray, ...vals: Part[]) => {
      let text = ""; const labels: Label[] = [];
      strs.forEach((s, i) => {
        text += s;
        if (i < vals.length) {
          const v = vals[i]!;
          if (typeof v === "string") text += v;
          else { labels.push({ t: v[0], start: text.length, end: text.length + v[1].length, v: v[1], opt: v[2] === "opt" }); text += v[1]; }
        }
      });
      cases.push({ id: cases.length, kind, group, text, labels });
    };
  }
  const P = (k: string) => mk("pii", k), S = (k: string) => mk("secret", k), N = (k: string) => mk("neg", k);
  const E = (v: string): [string, string] => ["EMAIL_ADDRESS", v];
  const PH = (v: string): [string, string] => ["PHONE_NUMBER", v];
  const CC = (v: string): [string, string] => ["CREDIT_CARD", v];
  const IB = (v: string): [string, string] => ["IBAN_CODE", v];
  const SSN = (v: string): [string, string] => ["US_SSN", v];
  const NI = (v: string): [string, string] => ["UK_NINO", v];
  const IP = (v: string): [string, string] => ["IP_ADDRESS", v];
  const DOB = (v: string): [string, string] => ["DATE_TIME", v];
  const AD = (v: string): [string, string] => ["ADDRESS", v];
  const PE = (v: string): [string, string] => ["PERSON", v];
  const LO = (v: string): [string, string] => ["LOCATION", v];
  const SEC = (k: string, v: string): [string, string] => ["SECRET:" + k, v];
  const OPT = (l: [string, string]): [string, string, "opt"] => [l[0], l[1], "opt"];
  return { cases, P, S, N, E, PH, CC, IB, SSN, NI, IP, DOB, AD, PE, LO, SEC, OPT };
}
