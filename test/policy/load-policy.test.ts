import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { openaiChatEndpoint } from "../../src/api/openai-chat/openai-chat-endpoint.js";
import type { CallContext } from "../../src/core/call-context.js";
import { CancelSignal } from "../../src/core/cancel-signal.js";
import { ConfigError } from "../../src/core/config-error.js";
import type { JsonObject } from "../../src/core/json.js";
import { loadPolicyFiles, resolvePolicyConfig } from "../../src/decide/load-policy.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";

const dir = mkdtempSync(join(tmpdir(), "warden-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loading policy files", () => {
  it("merges files in order: rules and scopes concatenated, settings from later files win", () => {
    writeFileSync(join(dir, "base.yaml"), "failMode: closed\nrules:\n  - { id: a, action: monitor }\nscopes:\n  - { match: { tenant: x }, rules: [] }\n");
    writeFileSync(join(dir, "more.yaml"), "failMode: open\nrules:\n  - { id: b, action: block, match: { category: injection } }\n");
    const doc = loadPolicyFiles(["base.yaml", "more.yaml"], dir);
    expect(doc.failMode).toBe("open");
    expect(doc.rules.map((r) => r.id)).toEqual(["a", "b"]);
    expect(doc.scopes).toHaveLength(1);
  });

  it("reports unreadable files and YAML syntax errors by file, all at once", () => {
    writeFileSync(join(dir, "broken.yaml"), "rules: [\n");
    let err: unknown;
    try {
      loadPolicyFiles(["missing.yaml", "broken.yaml"], dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const issues = (err as ConfigError).issues;
    expect(issues[0]?.path).toContain("missing.yaml");
    expect(issues[0]?.message).toContain("ENOENT");
    expect(issues.some((i) => i.path.includes("broken.yaml"))).toBe(true);
  });

  it("resolves the config section: none, inline (paths under policy.), file relative to the config file", () => {
    expect(resolvePolicyConfig(undefined)).toBeUndefined();
    expect(() => resolvePolicyConfig({ rules: [{ id: "x", action: "nope" }] })).toThrow(/policy\.rules\.0\.action/);
    mkdirSync(join(dir, "conf"), { recursive: true });
    writeFileSync(join(dir, "conf", "p.yaml"), "rules:\n  - { id: only, action: redact }\n");
    expect(resolvePolicyConfig({ file: "p.yaml" }, join(dir, "conf", "warden.yaml"))?.rules[0]?.id).toBe("only");
  });
});

describe("request enforcement (property)", () => {
  const guard = createPolicyGuard();
  const EMAILS = ["jane.doe@acme-corp.com", "bob.smith@example.org", "ops-team@corp.example.com"];
  const filler = fc.constantFrom("Please review this. ", "The build failed on Tuesday. ", "Thanks! ", "", "Numbers: 1, 2, 3. ");

  it("a planted e-mail never survives in any part, the original is never mutated, the body stays valid", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(filler, fc.constantFrom(...EMAILS), filler), { minLength: 1, maxLength: 4 }), fc.constantFrom("user", "system", "tool", "assistant"), async (pieces, role) => {
        const messages = pieces.map(([a, e, b], i) => (role === "tool" ? { role, tool_call_id: `c${i}`, content: `${a}${e} ${b}` } : { role, content: `${a}${e} ${b}` }));
        const body = { model: "gpt-4o-mini", messages } as unknown as JsonObject;
        const before = JSON.stringify(body);
        const ctx: CallContext = {
          requestId: "r",
          receivedAt: 0,
          principal: { keyId: "k", tenant: "t", app: "a", roles: ["app"] },
          api: "openai.chat",
          original: body,
          spec: openaiChatEndpoint.parse(body),
          providerName: "openai",
          upstreamModel: "m",
          clientHeaders: {},
          signal: new CancelSignal(),
          responseHeaders: {},
        };
        const v = await guard.request(ctx);
        expect(JSON.stringify(body)).toBe(before);
        expect(v.kind).toBe("forward");
        if (v.kind !== "forward") return;
        expect(v.changed).toBe(true);
        const out = JSON.stringify(v.body);
        for (const e of EMAILS) expect(out).not.toContain(e);
        expect(() => openaiChatEndpoint.parse(JSON.parse(out) as JsonObject)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});

describe("the policy's own detection options", () => {
  it("custom rules become findings the policy acts on; bad detection options are ConfigErrors under detection.", async () => {
    const guard = createPolicyGuard({
      policyConfig: {
        detection: { customRules: [{ id: "acme-ticket", pattern: "ACME-[0-9]{6}" }, { id: "codenames", keywords: ["bluebird"] }] },
        rules: [
          { id: "tickets", match: { type: "ACME_TICKET" }, action: "redact" },
          { id: "codenames", match: { detector: "custom.codenames" }, action: "block" },
        ],
      },
    });
    expect(guard.evaluate("see ACME-123456 please").text).toBe("see [ACME_TICKET] please");
    expect(guard.evaluate("project Bluebird launches").outcome).toBe("block");
    expect(() => createPolicyGuard({ policyConfig: { detection: { customRules: [{ id: "bad", pattern: "(?=x)" }], disable: ["nope.*"] } } })).toThrow(/detection\./);
  });
});
