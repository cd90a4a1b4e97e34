import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ConfigIssue } from "../core/config-error.js";
import { interpolateEnv, protectEnvRefs } from "./interpolate-env.js";

describe("interpolateEnv", () => {
  it.each([
    { value: "${A}", env: { A: "x" }, out: "x", unset: [] as string[] },
    { value: "pre-${A}-post", env: { A: "x" }, out: "pre-x-post", unset: [] },
    { value: "${A}${B}", env: { A: "1", B: "2" }, out: "12", unset: [] },
    { value: "${A:-fallback}", env: {}, out: "fallback", unset: [] },
    { value: "${A:-}", env: {}, out: "", unset: [] },
    { value: "${A:-fallback}", env: { A: "" }, out: "fallback", unset: [] },
    { value: "${A:-fallback}", env: { A: "set" }, out: "set", unset: [] },
    { value: "${MISSING}", env: {}, out: "", unset: ["MISSING"] },
    { value: "$A and $${A} stay", env: { A: "x" }, out: "$A and $x stay", unset: [] },
    { value: "${not valid}", env: {}, out: "${not valid}", unset: [] },
  ])("$value", ({ value, env, out, unset }) => {
    const issues: ConfigIssue[] = [];
    expect(interpolateEnv({ k: [value] }, env, issues)).toEqual({ k: [out] });
    expect(issues.map((i) => i.message.split(" ")[2])).toEqual(unset);
    for (const i of issues) expect(i.path).toBe("k.0");
  });

  it("leaves non-strings alone and values are not re-interpolated", () => {
    expect(interpolateEnv({ n: 1, b: true, z: null, s: "${A}" }, { A: "${B}", B: "no" })).toEqual({ n: 1, b: true, z: null, s: "${B}" });
  });
});

describe("protectEnvRefs", () => {
  it("makes references inside YAML flow collections parse, and restores them in the parsed values", () => {
    const { text, restore } = protectEnvRefs("a: { k: ${KEY}, d: ${D:-x y} }\nb: [${A}, pre${A}post, 3]\n");
    expect(text).not.toContain("${");
    expect(restore(parse(text))).toEqual({ a: { k: "${KEY}", d: "${D:-x y}" }, b: ["${A}", "pre${A}post", 3] });
  });
});
