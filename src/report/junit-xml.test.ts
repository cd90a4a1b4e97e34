import { describe, expect, it } from "vitest";
import { escapeXml, formatJUnitXml, junitCounts } from "./junit-xml.js";

describe("formatJUnitXml", () => {
  it("writes suites, counts and every case kind", () => {
    const xml = formatJUnitXml(
      [
        {
          name: "scan",
          timestamp: "2026-01-01T00:00:00Z",
          properties: { tool: "warden" },
          cases: [
            { name: "ok.txt", time: 0.5 },
            { name: "bad.csv", classname: "warden.scan", failure: { message: "2 findings", type: "secret", text: "line 3 <x> & \"y\"" } },
            { name: "io", error: { message: "cannot read" } },
            { name: "skip", skipped: { message: "binary" }, systemOut: "out" },
          ],
        },
      ],
      { name: "warden" },
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="warden" tests="4" failures="1" errors="1" skipped="1" time="0.500">')).toBe(true);
    expect(xml).toContain('<testsuite name="scan" id="0" tests="4" failures="1" errors="1" skipped="1" time="0.500" timestamp="2026-01-01T00:00:00Z">');
    expect(xml).toContain('<property name="tool" value="warden"/>');
    expect(xml).toContain('<testcase name="ok.txt" classname="scan" time="0.500"/>');
    expect(xml).toContain('<failure message="2 findings" type="secret">line 3 &lt;x&gt; &amp; &quot;y&quot;</failure>');
    expect(xml).toContain('<error message="cannot read"/>');
    expect(xml).toContain('<skipped message="binary"/>');
    expect(xml).toContain("<system-out>out</system-out>");
    expect(xml.trimEnd().endsWith("</testsuites>")).toBe(true);
  });

  it("replaces characters XML 1.0 forbids, keeps valid astral characters", () => {
    expect(escapeXml("a\u0000b\u001bc\ud800d😀\uffff")).toBe("a\ufffdb\ufffdc\ufffdd😀\ufffd");
    expect(escapeXml("'\r")).toBe("&apos;&#13;");
  });

  it("counts", () => {
    expect(junitCounts([{ name: "a", time: 1 }, { name: "b", failure: { message: "x" }, time: -1 }])).toEqual({ tests: 2, failures: 1, errors: 0, skipped: 0, time: 1 });
  });
});
