import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSharedScan } from "../shared/shared-scan.js";
import { piiDetectors } from "./index.js";

const pii = piiDetectors[0]!.build(undefined);
const context = { direction: "request" } as const;
const alone = (text: string) => pii.detect({ text, context });
const viaShared = (text: string) => pii.detect({ text, context, shared: createSharedScan(text) });

describe("PII with the engine's shared keyword pass (URL anchors, www., obfuscated e-mail gate)", () => {
  it.each([
    ["bare domains", "see example.com and docs.acme.io/guide, or WWW.Contoso.org today"],
    ["code member access", "os.path.join(self.info, x.map(y)).co = z.includes(w)"],
    ["a second-level registry", "google.co.il and abc.net.au and x.co.uk"],
    ["obfuscated e-mail", "write to john [at] example [dot] com or alice at example dot com"],
    ["urls with schemes", "https://api.example.com/v1/x?id=3 and www.example.com/a"],
  ])("%s", (_name, text) => {
    expect(viaShared(text)).toEqual(alone(text));
  });

  it("finds the same as without it (property)", () => {
    const pieces = ["example", "acme", ".", ".com", ".co", ".io", ".in", ".info", ".uk", ".IL", "www.", "WWW.", "-", "/", " ", "x", "os", "(", ")", "=", "[at]", " at ", " dot ", "@", "https://", "mail"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        expect(viaShared(text)).toEqual(alone(text));
      }),
      { numRuns: 3000 },
    );
  });
});
