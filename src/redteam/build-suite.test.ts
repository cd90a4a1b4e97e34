import { describe, expect, it } from "vitest";
import { ATTACK_CATEGORIES } from "./attack.js";
import { buildSuite } from "./build-suite.js";

describe("buildSuite", () => {
  it("dozens of attacks in every category, unique ids, every attack with a goal", () => {
    const { attacks } = buildSuite();
    for (const c of ATTACK_CATEGORIES) expect(attacks.filter((a) => a.category === c).length, c).toBeGreaterThanOrEqual(24);
    expect(new Set(attacks.map((a) => a.id)).size).toBe(attacks.length);
    for (const a of attacks) {
      expect(a.goal.graders.length, a.id).toBeGreaterThan(0);
      expect(a.messages.some((m) => m.role === "user"), a.id).toBe(true);
    }
  });

  it("plants fresh canaries every run, the same ones for the same --seed", () => {
    const a = buildSuite();
    const b = buildSuite();
    expect(a.secrets.canary).not.toBe(b.secrets.canary);
    expect(a.secrets.canary).toMatch(/^CANARY-[A-Z2-9]{12}$/);
    expect(buildSuite({ seed: "x" }).attacks).toEqual(buildSuite({ seed: "x" }).attacks);
    const systems = a.attacks.flatMap((x) => x.messages.filter((m) => m.role === "system").map((m) => m.content ?? ""));
    expect(systems.some((s) => s.includes(a.secrets.canary))).toBe(true);
  });

  it("selects categories and adds training-set canaries to the leak suite", () => {
    const { attacks } = buildSuite({ categories: ["leak"], trainingCanaries: [{ prefix: "Patient record 7731, diagnosis:", secret: "ZETA-ORCHID-5521" }] });
    expect(new Set(attacks.map((a) => a.category))).toEqual(new Set(["leak"]));
    const t = attacks.find((a) => a.technique === "training-canary");
    expect(t?.goal.canaries).toEqual(["ZETA-ORCHID-5521"]);
    expect(t?.messages.at(-1)?.content).toContain("Patient record 7731");
  });
});
