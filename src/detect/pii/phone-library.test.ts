import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// In a fresh process: the module cache of this test worker is shared with other files' detector tests.
const probe = `
import { createRequire } from "node:module";
const cache = createRequire(import.meta.url).cache;
const loaded = () => Object.keys(cache).some((k) => k.includes("libphonenumber-js"));
const { phoneScanner } = await import("./src/detect/pii/phone-detector.ts");
const { hitsOf } = await import("./src/detect/pii/test-support/hits.ts");
const before = loaded();
const quiet = hitsOf(phoneScanner, "Hello, please summarise this paragraph for me@example.com.").length;
const afterQuiet = loaded();
const phones = hitsOf(phoneScanner, "Call me on +44 20 7946 0958 tomorrow.").length;
console.log(JSON.stringify({ before, quiet, afterQuiet, phones, after: loaded() }));
`;

describe("phoneLibrary", () => {
  it("loads libphonenumber only when a text holds a phone-number candidate", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", probe], { encoding: "utf8", cwd: new URL("../../..", import.meta.url).pathname });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ before: false, quiet: 0, afterQuiet: false, phones: 1, after: true });
  });

  it("is the only way the detectors reach the library (no value import of libphonenumber-js in src/)", () => {
    const src = new URL("../..", import.meta.url).pathname;
    const importers = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .filter((f) => /^import (?!type )[^;]*from "libphonenumber-js/m.test(readFileSync(src + f, "utf8")));
    expect(importers).toEqual([]);
  });
});
