import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/decide/compile-policy.js";
import { parsePolicy } from "../../src/decide/load-policy.js";
import { createLeakageDetector } from "../../src/enforce/leakage-detector.js";
import { applyRewrites, hashText, maskText, type OperatorContext, type Rewrite } from "../../src/enforce/operators.js";
import { TOKEN_PATTERN, TokenVault } from "../../src/enforce/token-vault.js";

const key = Buffer.alloc(32, 7);

describe("mask", () => {
  it.each([
    ["4111 1111 1111 1234", 4, "**** **** **** 1234"],
    ["4111111111111234", 4, "************1234"],
    ["john@example.com", 4, "****@******e.com"],
    ["12345678", 4, "********"],
    ["AKIAZ3MHQ7RT2XKPLW4N", 0, "********************"],
  ] as const)("%s keep %i → %s", (value, keep, want) => {
    expect(maskText(value, keep)).toBe(want);
  });
});

describe("hash", () => {
  it("is keyed, short, stable, and never contains the value", () => {
    const a = hashText("EMAIL_ADDRESS", "a@b.co", key);
    expect(a).toMatch(/^\[EMAIL_ADDRESS:[0-9a-f]{12}\]$/);
    expect(hashText("EMAIL_ADDRESS", "a@b.co", key)).toBe(a);
    expect(hashText("EMAIL_ADDRESS", "a@b.co", Buffer.alloc(32, 8))).not.toBe(a);
    expect(hashText("EMAIL_ADDRESS", "c@b.co", key)).not.toBe(a);
  });
});

describe("token vault", () => {
  it("gives the same token to the same value in a conversation, and restores it", () => {
    const v = new TokenVault({ ttlMs: 60_000, key });
    const t1 = v.tokenize("c1", "PERSON", "Maria Garcia");
    expect(t1).toMatch(/^⟦PERSON_[0-9a-f]{6}⟧$/);
    expect(v.tokenize("c1", "PERSON", "Maria Garcia")).toBe(t1);
    expect(v.tokenize("c1", "PERSON", "John Smith")).not.toBe(t1);
    expect(v.reveal("c1", t1)).toBe("Maria Garcia");
    expect(v.restore("c1", `Hi ${t1}, bye ${t1}`)).toEqual({ text: "Hi Maria Garcia, bye Maria Garcia", count: 2 });
  });

  it("keeps conversations apart, and never restores unknown or non-restorable tokens", () => {
    const v = new TokenVault({ ttlMs: 60_000, key });
    const t = v.tokenize("c1", "EMAIL_ADDRESS", "a@b.co");
    expect(v.reveal("c2", t)).toBeUndefined();
    expect(v.restore("c1", "⟦EMAIL_ADDRESS_000000⟧")).toBeUndefined();
    const hidden = v.tokenize("c1", "US_SSN", "123-45-6789", false);
    expect(v.reveal("c1", hidden)).toBeUndefined();
  });

  it("expires a conversation ttl after its last use", () => {
    let now = 1_000;
    const v = new TokenVault({ ttlMs: 100, key, now: () => now });
    const t = v.tokenize("c1", "PERSON", "Ann Lee");
    now += 90;
    expect(v.reveal("c1", t)).toBe("Ann Lee"); // use extends the lease
    now += 90;
    expect(v.reveal("c1", t)).toBe("Ann Lee");
    now += 101;
    expect(v.reveal("c1", t)).toBeUndefined();
    expect(v.size).toBe(0);
  });

  it("stores values encrypted (no plaintext in its memory structures)", () => {
    const v = new TokenVault({ ttlMs: 60_000, key });
    v.tokenize("c1", "PERSON", "Zebulon Quartermaine");
    const dump = JSON.stringify([...(v as unknown as { convs: Map<string, { byToken: Map<string, { data: Buffer }> }> }).convs.values()].map((c) => [...c.byToken.values()].map((s) => s.data.toString("latin1"))));
    expect(dump).not.toContain("Zebulon");
  });

  it("is consistent under concurrent calls of one conversation", async () => {
    const v = new TokenVault({ ttlMs: 60_000, key });
    const values = Array.from({ length: 50 }, (_, i) => `person ${i % 10}`);
    const tokens = await Promise.all(values.map(async (val, i) => {
      await new Promise((r) => setTimeout(r, i % 5));
      return v.tokenize("c1", "PERSON", val);
    }));
    for (let i = 0; i < values.length; i++) {
      expect(tokens[i]).toBe(tokens[i % 10]);
      expect(v.reveal("c1", tokens[i] as string)).toBe(values[i]);
    }
    expect(new Set(tokens).size).toBe(10);
  });

  it("numbers values per type, consistently within a conversation", () => {
    const v = new TokenVault({ ttlMs: 60_000, key });
    expect(v.numberFor("c", "PERSON", "Ann")).toBe(1);
    expect(v.numberFor("c", "PERSON", "Bob")).toBe(2);
    expect(v.numberFor("c", "PERSON", "Ann")).toBe(1);
    expect(v.numberFor("c", "EMAIL_ADDRESS", "a@b.co")).toBe(1);
    expect(v.numberFor("d", "PERSON", "Bob")).toBe(1);
  });

  it("holds at most maxConversations, dropping the least recently used", () => {
    const v = new TokenVault({ ttlMs: 60_000, key, maxConversations: 2 });
    const a = v.tokenize("a", "PERSON", "Ann");
    const b = v.tokenize("b", "PERSON", "Bob");
    expect(v.reveal("a", a)).toBe("Ann"); // a is now more recent than b
    v.tokenize("c", "PERSON", "Cy");
    expect(v.size).toBe(2);
    expect(v.reveal("b", b)).toBeUndefined();
    expect(v.reveal("a", a)).toBe("Ann");
  });

  it("token pattern matches whole tokens only", () => {
    expect("x ⟦PERSON_a1b2c3⟧ y ⟦PERSON_a1⟧".match(TOKEN_PATTERN)).toEqual(["⟦PERSON_a1b2c3⟧"]);
  });
});

describe("applyRewrites", () => {
  const rules = compilePolicy(parsePolicy({ rules: [{ id: "n", action: "redact", style: "numbered" }, { id: "m", action: "mask", keep: 2 }] })).resolve({ tenant: "", app: "", model: "", provider: "" }).rules;
  const [numbered, mask] = rules;
  const ctx = (): OperatorContext => ({ conversation: "c", vault: new TokenVault({ ttlMs: 60_000, key }), hashKey: key });
  const rw = (start: number, end: number, action: Rewrite["action"], type: string, rule = numbered): Rewrite => ({ start, end, action, rank: { redact: 4, mask: 3, tokenize: 5, hash: 2 }[action as "redact"] ?? 0, rule, type });

  it("numbered redaction is consistent within a text", () => {
    const text = "Ann met Bob, then Ann left";
    const out = applyRewrites(text, [rw(0, 3, "redact", "PERSON"), rw(8, 11, "redact", "PERSON"), rw(18, 21, "redact", "PERSON")], ctx());
    expect(out).toBe("[PERSON_1] met [PERSON_2], then [PERSON_1] left");
  });

  it("overlapping spans merge and the more restrictive action wins", () => {
    const text = "id: 1234567890 end";
    const out = applyRewrites(text, [rw(4, 10, "mask", "X", mask), rw(8, 14, "redact", "Y", { ...numbered!, style: "label" })], ctx());
    expect(out).toBe("id: [Y] end");
  });

  it("nothing to do → undefined", () => {
    expect(applyRewrites("abc", [], ctx())).toBeUndefined();
  });
});

describe("leakage detector", () => {
  const system = "You are Acme's support bot. Never mention the internal discount code policy or the escalation matrix.";
  const d = createLeakageDetector([system], ["CANARY-7f3a9"], 40);

  it("finds a long enough reproduction of the system prompt, whitespace and case folded", () => {
    const out = "Sure! My instructions say: you are acme's  support bot.\nNever mention the internal discount code policy. Anything else?";
    const f = d.detect(out);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ category: "leakage", type: "SYSTEM_PROMPT_LEAK", score: 1 });
    expect(out.slice(f[0]!.start, f[0]!.end)).toBe("you are acme's  support bot.\nNever mention the internal discount code policy");
  });

  it("finds canaries, case-insensitively", () => {
    const f = d.detect("the secret is canary-7F3A9.");
    expect(f).toEqual([expect.objectContaining({ type: "CANARY", start: 14, end: 26 })]);
  });

  it("hard negatives: short overlaps and unrelated text", () => {
    expect(d.detect("I am a support bot. How can I help you today with Acme products?")).toEqual([]);
    expect(d.detect("")).toEqual([]);
  });
});
