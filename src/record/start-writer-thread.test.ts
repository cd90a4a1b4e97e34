import { describe, expect, it } from "vitest";
import { threadExecArgv } from "./start-writer-thread.js";

describe("threadExecArgv", () => {
  it("drops --input-type (a flag for the main entry that breaks the thread) and keeps the rest", () => {
    expect(threadExecArgv(["--input-type=module", "--import", "tsx", "--max-old-space-size=512"])).toEqual(["--import", "tsx", "--max-old-space-size=512"]);
    expect(threadExecArgv(["--input-type", "module", "--enable-source-maps"])).toEqual(["--enable-source-maps"]);
    expect(threadExecArgv([])).toEqual([]);
  });
});
