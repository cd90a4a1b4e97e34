import { describe, expect, it } from "vitest";
import { keyPeriodMs, periodIndex } from "./key-period.js";

const DAY = 86_400_000;

describe("keyPeriodMs", () => {
  it.each([
    ["no retention: one day", undefined, DAY],
    ["longer retention: still one day", { payloadDays: 30 }, DAY],
    ["explicit period wins", { payloadDays: 0.5, keyPeriodDays: 7 }, 7 * DAY],
    ["shortest payload period", { payloadDays: 0.5 }, DAY / 2],
    ["shortest original period", { payloadDays: 30, originalDays: 0.25 }, DAY / 4],
    ["a tenant override", { payloadDays: 30, tenants: { t: { payloadDays: 0.1 } } }, 0.1 * DAY],
    ["a data class", { dataClasses: { PCI: { originalDays: 0.2 } } }, 0.2 * DAY],
    ["a category", { categories: { secret: { payloadDays: 0.3 } } }, 0.3 * DAY],
    ["sub-millisecond rounds up to 1 ms", { keyPeriodDays: 1e-12 }, 1],
  ] as const)("%s", (_name, policy, ms) => {
    expect(keyPeriodMs(policy)).toBe(ms);
  });

  it("periodIndex puts both ends of a period apart", () => {
    expect(periodIndex(999, 1000)).toBe(0);
    expect(periodIndex(1000, 1000)).toBe(1);
  });
});
