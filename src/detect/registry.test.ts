import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/config-error.js";
import { createDetectorRegistry } from "./registry.js";
import { STUBS, stubDetector } from "./test-support/stub-detectors.js";

describe("detector registry", () => {
  const reg = createDetectorRegistry(STUBS);
  it.each([
    [["pii.email"], ["pii.email"]],
    [["pii"], ["pii.email", "pii.url"]],
    [["secret.*"], ["secret.github"]],
    [["*"], ["pii.email", "pii.url", "secret.github", "injection.stub"]],
    [["injection", "pii.url"], ["injection.stub", "pii.url"]],
  ])("select %j", (selectors, expected) => {
    expect([...reg.select(selectors, "enable")].sort()).toEqual([...expected].sort());
  });

  it("rejects selectors that match nothing, naming the path", () => {
    expect(() => reg.select(["pii", "nope"], "enable")).toThrow(ConfigError);
    try {
      reg.select(["nope"], "disable");
    } catch (err) {
      expect((err as ConfigError).issues[0]?.path).toBe("disable[0]");
    }
  });

  it("rejects duplicate ids", () => {
    expect(() => createDetectorRegistry([...STUBS, stubDetector("pii.email", "pii", "X", /x/)])).toThrow(/duplicate detector id/);
  });

  it("lists in registration order and gets by id", () => {
    expect(reg.list().map((d) => d.meta.id)).toEqual(["pii.email", "pii.url", "secret.github", "injection.stub"]);
    expect(reg.get("pii.url")?.meta.category).toBe("pii");
    expect(reg.get("nope")).toBeUndefined();
  });
});
