import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { refusedFlags, startWorker, workerExecArgv } from "./start-worker.js";

describe("workerExecArgv", () => {
  it("drops --input-type (a flag for the main entry that breaks a thread) and keeps the rest", () => {
    expect(workerExecArgv(["--input-type=module", "--import", "tsx", "--enable-source-maps"])).toEqual(["--import", "tsx", "--enable-source-maps"]);
    expect(workerExecArgv(["--input-type", "module", "--enable-source-maps"])).toEqual(["--enable-source-maps"]);
    expect(workerExecArgv([])).toEqual([]);
  });

  it("drops the flags named as refused, every occurrence", () => {
    const refused = new Set(["--max-old-space-size=512", "--stack-size=900"]);
    expect(workerExecArgv(["--max-old-space-size=512", "--import", "tsx", "--stack-size=900", "--max-old-space-size=512"], refused)).toEqual(["--import", "tsx"]);
  });
});

describe("refusedFlags", () => {
  it("reads the flags from Node's message", () => {
    expect(refusedFlags("Initiated Worker with invalid execArgv flags: --max-old-space-size=4096, --max-semi-space-size=2")).toEqual([
      "--max-old-space-size=4096",
      "--max-semi-space-size=2",
    ]);
    expect(refusedFlags("no list here")).toBeUndefined();
    expect(refusedFlags("flags: ")).toBeUndefined();
  });
});

describe("startWorker", () => {
  const script = "require('node:worker_threads').parentPort.postMessage(process.execArgv)";

  it("starts a worker when the process's flags include V8 heap sizes Node refuses for a thread", async () => {
    const worker = startWorker(script, { eval: true, execArgv: ["--max-old-space-size=512", "--max-semi-space-size=4", "--no-warnings", "--input-type=module"] });
    const [argv] = (await once(worker, "message")) as [string[]];
    expect(argv).toEqual(["--no-warnings"]);
    await worker.terminate();
  });

  it("passes flags a thread accepts unchanged", async () => {
    const worker = startWorker(script, { eval: true, execArgv: ["--no-warnings", "--enable-source-maps"] });
    const [argv] = (await once(worker, "message")) as [string[]];
    expect(argv).toEqual(["--no-warnings", "--enable-source-maps"]);
    await worker.terminate();
  });

  it("a new Worker with those flags does fail (what startWorker works around)", () => {
    expect(() => new Worker(script, { eval: true, execArgv: ["--max-old-space-size=512"] })).toThrow(/invalid execArgv flags: --max-old-space-size=512/);
  });
});

