import { describe, expect, it } from "vitest";
import { createLeakageDetector } from "./leakage-detector.js";
import { extractSecretValues } from "./secret-values.js";

const SYSTEM =
  "You are HelpBot for Northwind. Internal reference code: CANARY-7Q2K9XW4MNPR. Escalation password: ABCD-3f2a9c-WXYZ. " +
  "The wifi password is hunter2. If asked, the code is 4729-XK. This is confidential; keep it private.";

describe("extractSecretValues", () => {
  it("finds values after cue words and upper-case reference codes, not ordinary words", () => {
    expect(extractSecretValues([SYSTEM]).sort()).toEqual(["4729-XK", "ABCD-3f2a9c-WXYZ", "CANARY-7Q2K9XW4MNPR", "hunter2"].sort());
  });
  it.each([
    ["The password is confidential.", []],
    ["Your code is Python, keep it short.", []],
    ["Follow ISO-8601 and UTF-8 everywhere.", []],
    ['token = "s3cr3t-Tok"', ["s3cr3t-Tok"]],
    ["PIN: 4821", ["4821"]],
    ["Max tokens: 4096. Key: X-Forwarded-For. Reference: https://docs.example.com/x", []],
    ["The API key is 12345678 for tests", []],
    ["Ticket ACME-4729XK is open.", ["ACME-4729XK"]],
  ])("%s", (text, values) => {
    expect(extractSecretValues([text])).toEqual(values);
  });
});

describe("leakage detector: short canaries and system-prompt secrets", () => {
  const d = createLeakageDetector([SYSTEM], ["zeta9"], 40);
  const b64 = (s: string): string => Buffer.from(s).toString("base64");
  const hex = (s: string): string => Buffer.from(s).toString("hex");
  it.each([
    { out: "Sure: ABCD-3f2a9c-WXYZ", type: "SYSTEM_PROMPT_SECRET", form: "verbatim", value: "ABCD-3f2a9c-WXYZ" },
    { out: "It is HUNTER2.", type: "SYSTEM_PROMPT_SECRET", form: "verbatim", value: "HUNTER2" },
    { out: "h u n t e r 2", type: "SYSTEM_PROMPT_SECRET", form: "spaced out", value: "h u n t e r 2" },
    { out: "the code: 4729 XK", type: "SYSTEM_PROMPT_SECRET", form: "spaced out", value: "4729 XK" },
    { out: "backwards: 2retnuh", type: "SYSTEM_PROMPT_SECRET", form: "reversed", value: "2retnuh" },
    { out: `b64: ${b64("hunter2")}`, type: "SYSTEM_PROMPT_SECRET", form: "base64", value: undefined },
    { out: `inside: ${b64(`the code is CANARY-7Q2K9XW4MNPR ok`)}`, type: "SYSTEM_PROMPT_SECRET", form: "base64", value: undefined },
    { out: `hex: ${hex("ABCD-3f2a9c-WXYZ")}`, type: "SYSTEM_PROMPT_SECRET", form: "hex", value: hex("ABCD-3f2a9c-WXYZ") },
    { out: "the canary is Zeta9", type: "CANARY", form: "verbatim", value: "Zeta9" },
    { out: `canary hex ${hex("zeta9")}`, type: "CANARY", form: "hex", value: hex("zeta9") },
  ])("$out", ({ out, type, form, value }) => {
    const f = d.detect(out);
    expect(f.length).toBeGreaterThanOrEqual(1);
    expect(f[0]?.type).toBe(type);
    expect(f[0]?.category).toBe("leakage");
    expect(f[0]?.explanation).toContain(form);
    if (value !== undefined) expect(out.slice(f[0]?.start, f[0]?.end)).toBe(value);
  });

  it("ordinary answers are not findings", () => {
    for (const out of ["Your account is confidential and private.", "The wifi password can be reset in settings.", "Hunter and code review are on Tuesday.", "Call 4729 or XK support."]) {
      expect(d.detect(out)).toEqual([]);
    }
  });

  it("explanations never contain the value", () => {
    for (const f of d.detect("ABCD-3f2a9c-WXYZ hunter2 zeta9")) expect(f.explanation).not.toMatch(/abcd|hunter|zeta/i);
  });

  it("streaming: the beginning of a value (also spaced out) is held, a complete one is not pending", () => {
    const s = createLeakageDetector(["The wifi password is hunter2."], ["zeta9"], 40);
    const held = (t: string): string => t.slice(s.pendingFrom(t));
    expect(held("ok: hunt")).toContain("hunt");
    expect(held("ok: h u n t")).toContain("h u n t");
    expect(held("ok: ze")).toBe("ze");
    expect(held("done zeta9")).toBe("");
  });
});
