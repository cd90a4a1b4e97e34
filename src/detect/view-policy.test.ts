import { describe, expect, it } from "vitest";
import type { DetectorMeta } from "../core/detector.js";
import type { FindingCategory } from "../core/finding.js";
import { runsOnView } from "./view-policy.js";

const meta = (id: string, category: FindingCategory): DetectorMeta => ({ id, category, entityTypes: [], languages: ["*"], version: "1", description: "" });

describe("runsOnView", () => {
  it.each<[string, FindingCategory, string, boolean]>([
    ["pii.email", "pii", "normalized", true],
    ["pii.email", "pii", "leet", false],
    ["pii.email", "pii", "base64", true],
    ["secret.rules", "secret", "hex", true],
    ["secret.rules", "secret", "leet", false],
    ["injection.classifier", "injection", "leet", true],
    ["injection.classifier", "injection", "url", true],
    ["confidential.markers", "confidential", "leet", true],
    ["custom.keywords", "custom", "leet", true],
    ["custom.patterns", "custom", "leet", false],
    ["custom.patterns", "custom", "normalized", true],
    ["evasion.invisible-text", "evasion", "normalized", false],
    ["code.source", "code", "base64", false],
  ])("%s on %s view: %s", (id, category, view, expected) => {
    expect(runsOnView(meta(id, category), view as "normalized")).toBe(expected);
  });
});
