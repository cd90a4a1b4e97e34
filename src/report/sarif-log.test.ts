import { describe, expect, it } from "vitest";
import { buildSarifLog, formatSarif, levelForSecuritySeverity } from "./sarif-log.js";
import { sarifSchemaErrors } from "./test-support/validate-sarif.js";

const tool = {
  name: "warden-test",
  version: "0.1.0",
  informationUri: "https://example.com/warden",
  rules: [
    { id: "secret/aws", name: "AwsKey", shortDescription: "AWS key", help: { text: "Rotate it.", markdown: "**Rotate** it." }, level: "error" as const, properties: { tags: ["security", "secret"], "security-severity": "9.0" } },
    { id: "probe/leak", shortDescription: "Leak probe" },
  ],
};

describe("buildSarifLog", () => {
  it("builds a schema-valid log with rules, regions, fingerprints, logical locations and notifications", () => {
    const log = buildSarifLog({
      tool,
      originalUriBaseIds: { "%SRCROOT%": "file:///repo/" },
      automationId: "warden-scan/",
      invocation: { executionSuccessful: false, exitCode: 2, notifications: [{ message: "cannot read x" }] },
      results: [
        { ruleId: "secret/aws", level: "error", message: "AWS key AK**…", location: { uri: "a/b.txt", uriBaseId: "%SRCROOT%", startLine: 3, startColumn: 5, endColumn: 25, snippet: "AK****" }, partialFingerprints: { "wardenFinding/v1": "abc" } },
        { ruleId: "probe/leak", message: "leaked", logicalLocations: [{ name: "leak-01", kind: "test" }], suppressions: [{ kind: "external", justification: "baseline" }] },
      ],
    });
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = (log.runs as Record<string, unknown>[])[0] as Record<string, any>;
    expect(run.results[0].ruleIndex).toBe(0);
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 5, endColumn: 25, snippet: { text: "AK****" } });
    expect(run.results[1].ruleIndex).toBe(1);
    expect(run.tool.driver.rules[0].defaultConfiguration).toEqual({ level: "error" });
    expect(JSON.parse(formatSarif(log))).toEqual(log);
  });

  it("the validator rejects a broken log (so the check above means something)", () => {
    const log = buildSarifLog({ tool, results: [{ ruleId: "secret/aws", message: "x", location: { uri: "a", startLine: 1 } }] });
    const bad = JSON.parse(JSON.stringify(log));
    bad.runs[0].results[0].level = "fatal";
    bad.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(sarifSchemaErrors(bad).length).toBeGreaterThanOrEqual(2);
  });

  it("drops invalid region numbers instead of emitting an invalid log", () => {
    const log = buildSarifLog({ tool, results: [{ ruleId: "secret/aws", message: "x", location: { uri: "a", startLine: 2, startColumn: 0, endColumn: 1 } }] });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("throws on a result whose rule was not declared", () => {
    expect(() => buildSarifLog({ tool, results: [{ ruleId: "nope", message: "x" }] })).toThrow(/undeclared rule/);
  });

  it("maps security severity to levels", () => {
    expect([9, 7, 5, 1].map(levelForSecuritySeverity)).toEqual(["error", "error", "warning", "note"]);
  });
});
