import { describe, expect, it } from "vitest";
import { logSafeError, withoutQuotes } from "./log-safe-error.js";

describe("logSafeError", () => {
  it("drops what a parser's message quotes, in the message and in the stack's first line", () => {
    let err: unknown;
    try {
      JSON.parse("AKIAZ3MHQ7RT2XKPLW4N");
    } catch (e) {
      err = e;
    }
    const safe = logSafeError(err);
    expect(safe?.name).toBe("SyntaxError");
    expect(JSON.stringify(safe)).not.toContain("AKIAZ3");
    expect(safe?.stack).toMatch(/^SyntaxError: .*\n\s+at /);
  });

  it("drops a snippet that holds quote characters itself", () => {
    for (const body of ["'AKIAZ3MHQ7RT2XKPLW4N", 'x"AKIAZ3MH"yyyyyyyyyy']) {
      let err: unknown;
      try {
        JSON.parse(body);
      } catch (e) {
        err = e;
      }
      expect(JSON.stringify(logSafeError(err))).not.toContain("AKIAZ3");
    }
  });

  it("keeps unquoted text, and gives nothing for non-errors", () => {
    expect(withoutQuotes(`connect ECONNREFUSED 127.0.0.1:5432 for "db"`)).toBe("connect ECONNREFUSED 127.0.0.1:5432 for …");
    expect(logSafeError("boom")).toBeUndefined();
  });
});
