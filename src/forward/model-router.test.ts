import { describe, expect, it } from "vitest";
import { WardenError } from "../core/warden-error.js";
import { globToRegExp, ModelRouter } from "./model-router.js";

const router = () =>
  ModelRouter.fromConfig(
    {
      openai: { type: "openai", baseUrl: "http://127.0.0.1:9/v1", headers: {}, timeouts: { connectMs: 1, headersMs: 1, bodyMs: 1 }, maxRetries: 0, connections: 1 },
      demo: { type: "demo", tokenDelayMs: 0, mode: "safe" },
    },
    [
      { models: ["gpt-4o", "gpt-*", "o?-mini"], provider: "openai" },
      { models: ["fast"], provider: "openai", model: "gpt-4o-mini" },
      { models: ["*"], provider: "demo" },
    ],
  );

describe("globToRegExp", () => {
  it.each([
    { glob: "gpt-*", hits: ["gpt-", "gpt-4o", "gpt-4.1-mini"], misses: ["xgpt-4", "GPT-4"] },
    { glob: "o?-mini", hits: ["o1-mini", "o3-mini"], misses: ["o-mini", "o10-mini"] },
    { glob: "a.b", hits: ["a.b"], misses: ["aXb"] },
    { glob: "(x)+[y]", hits: ["(x)+[y]"], misses: ["xxy"] },
    { glob: "*", hits: ["", "anything at all"], misses: [] },
  ])("$glob", ({ glob, hits, misses }) => {
    const re = globToRegExp(glob);
    for (const h of hits) expect(re.test(h), h).toBe(true);
    for (const m of misses) expect(re.test(m), m).toBe(false);
  });
});

describe("ModelRouter", () => {
  it("the first matching route wins; `model` rewrites the upstream name", async () => {
    const r = router();
    expect(r.resolve("gpt-4o")).toMatchObject({ upstreamModel: "gpt-4o", provider: { name: "openai" } });
    expect(r.resolve("o3-mini").provider.name).toBe("openai");
    expect(r.resolve("fast")).toMatchObject({ upstreamModel: "gpt-4o-mini", provider: { name: "openai" } });
    expect(r.resolve("claude-3").provider.name).toBe("demo");
    expect(r.resolve("claude-3")).toBe(r.resolve("claude-3"));
    await r.close();
  });

  it("an unknown model is WARDEN_ROUTE_UNKNOWN_MODEL naming the model (bounded)", async () => {
    const base = router();
    const r = new ModelRouter([{ models: ["gpt-*"], provider: "openai" }], base.providers);
    let err: unknown;
    try {
      r.resolve(`llama-${"x".repeat(500)}`);
    } catch (e) {
      err = e;
    }
    expect(WardenError.isInstance(err) && err.code).toBe("WARDEN_ROUTE_UNKNOWN_MODEL");
    expect((err as Error).message.length).toBeLessThan(200);
    await base.close();
  });

  it("lists literal model names, rewritten names, and `demo` for a catch-all demo route", async () => {
    const r = router();
    expect(r.listModels()).toEqual([
      { id: "gpt-4o", provider: "openai" },
      { id: "fast", provider: "openai" },
      { id: "demo", provider: "demo" },
    ]);
    await r.close();
  });

  it("a route naming an unknown provider is refused at construction", () => {
    expect(() => new ModelRouter([{ models: ["*"], provider: "ghost" }], new Map())).toThrow(/ghost/);
  });
});
