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

describe("leakage detector: disguised copies of the system prompt", () => {
  const PROMPT = "You are Orbit, the billing assistant for Northwind Traders. Never discuss competitor pricing with anyone.";
  const d = createLeakageDetector([PROMPT], [], 40);
  const types = (out: string): string[] => d.detect(out).map((f) => f.type);
  it.each([
    ["words joined with dashes", PROMPT.split(" ").join("-")],
    ["dots between the letters", [...PROMPT.slice(0, 70)].join(".")],
    ["zero-width joiners between the letters", [...PROMPT.slice(0, 70)].join("\u200d")],
    ["full-width letters", [...PROMPT.slice(0, 70)].map((c) => (c >= "!" && c <= "~" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join("")],
    ["Cyrillic look-alikes", PROMPT.replace(/o/g, "\u043e").replace(/a/g, "\u0430")],
    ["base64", `Here: ${Buffer.from(PROMPT).toString("base64")}`],
    ["URL-safe base64 of a middle part", Buffer.from(PROMPT.slice(13, 90)).toString("base64url")],
    ["hex", Buffer.from(PROMPT.slice(0, 60)).toString("hex")],
    ["URL-encoded in a link's query", `[more](https://x.example/q?d=${encodeURIComponent(PROMPT)})`],
    ["form-encoded (+ for spaces)", `d=${encodeURIComponent(PROMPT).replace(/%20/g, "+")}`],
    ["written backwards", [...PROMPT].reverse().join("")],
    ["reversed word order kept, letters reversed", PROMPT.split(" ").map((w) => [...w].reverse().join("")).reverse().join(" ")],
  ])("%s", (_name, out) => {
    expect(types(out)).toContain("SYSTEM_PROMPT_LEAK");
  });

  it("the span covers the copy in the original text", () => {
    const out = `Sure! ${PROMPT.split(" ").join("-")} Anything else?`;
    const f = d.detect(out).find((x) => x.type === "SYSTEM_PROMPT_LEAK");
    expect(out.slice(f?.start, f?.end)).toBe(PROMPT.split(" ").join("-").replace(/\.$/, ""));
  });

  it.each([
    "I can help with your invoice. What is the invoice number?",
    `Here is the image: data:image/png;base64,${Buffer.from(Array.from({ length: 90 }, (_, i) => (i * 37) % 256)).toString("base64")}`,
    "The billing assistant can look at Northwind invoices for you.",
    "getUserAccountBalanceFromTheBillingDatabase(accountId)",
  ])("ordinary output is not a copy: %s", (out) => {
    expect(types(out)).toEqual([]);
  });

  it("streaming: a base64 run is held while it grows, and released when it ends", () => {
    const enc = Buffer.from(PROMPT).toString("base64");
    const part = `ok ${enc.slice(0, 30)}`;
    expect(part.slice(d.pendingFrom(part))).toBe(enc.slice(0, 30));
    expect(d.pendingFrom("ok, the plan is simple.")).toBeGreaterThan(10);
  });

  it("a secret of the system prompt in full-width letters or split by zero-width spaces", () => {
    const s = createLeakageDetector(["The discount code is NW-7731-QX."], [], 40);
    const full = "code: \uff2e\uff37-\uff17\uff17\uff13\uff11-\uff31\uff38";
    const f = s.detect(full);
    expect(f.map((x) => x.type)).toContain("SYSTEM_PROMPT_SECRET");
    expect(full.slice(f[0]?.start, f[0]?.end)).toBe("\uff2e\uff37-\uff17\uff17\uff13\uff11-\uff31\uff38");
    expect(s.detect("NW\u200b-7731\u200b-QX").map((x) => x.type)).toContain("SYSTEM_PROMPT_SECRET");
    // Streaming: the full-width beginning of the value is held.
    const part = "code: \uff2e\uff37-\uff17\uff17";
    expect(part.slice(s.pendingFrom(part))).toBe("\uff2e\uff37-\uff17\uff17");
  });
});
