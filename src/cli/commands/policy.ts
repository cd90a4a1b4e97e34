import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import { ConfigError } from "../../core/config-error.js";
import { TEXT_KINDS } from "../../core/message-spec.js";
import { compilePolicy } from "../../decide/compile-policy.js";
import { loadPolicyFiles, parseYaml } from "../../decide/load-policy.js";
import { policyJsonSchema } from "../../decide/policy-json-schema.js";
import { ACTIONS, DIRECTIONS, ROLES, type PolicyDocument } from "../../decide/policy-schema.js";
import { createDetectionEngine, type DetectionEngine } from "../../detect/engine.js";
import { PolicyGuard } from "../../enforce/policy-guard.js";
import { reportConfigError } from "../report-config-error.js";

const caseSchema = z
  .object({
    name: z.string().min(1),
    text: z.string(),
    direction: z.enum(DIRECTIONS).default("request"),
    role: z.enum(ROLES).optional(),
    /** What the text is (default: as the gateway reads a message in `role`: tool → tool_result, system → system). */
    kind: z.enum(TEXT_KINDS).optional(),
    tenant: z.string().optional(),
    app: z.string().optional(),
    model: z.string().optional(),
    provider: z.string().optional(),
    /** The request's system prompt (for leakage cases) and the caller's own text (for `origin` rules). */
    system: z.string().optional(),
    request: z.string().optional(),
    expect: z
      .object({
        outcome: z.enum(["allow", "transform", "block", "control-failed", "fail-open"]).optional(),
        /** Entity type → action that must have been decided for it. */
        actions: z.record(z.enum(ACTIONS)).optional(),
        /** Rule ids that must have decided something. */
        rules: z.array(z.string()).optional(),
        /** The exact enforced text. */
        output: z.string().optional(),
        /** Substrings the enforced text must not contain. */
        notContains: z.array(z.string()).optional(),
      })
      .strict()
      // A case that checks nothing passes whatever the policy decides: a CI check that asserts nothing.
      .refine((e) => e.outcome !== undefined || e.output !== undefined || Object.keys(e.actions ?? {}).length > 0 || (e.rules ?? []).length > 0 || (e.notContains ?? []).length > 0, {
        message: "the case must check something: outcome, actions, rules, output or notContains",
      }),
  })
  .strict();

const casesFileSchema = z.object({ cases: z.array(caseSchema).min(1) }).strict();

export type PolicyTestCase = z.output<typeof caseSchema>;

/** One case's result: `problems` is empty when it passed. */
export interface PolicyCaseResult {
  name: string;
  problems: string[];
}

/** Parse a cases file (YAML), reporting every problem with its path. */
export function parsePolicyCases(text: string, source: string): PolicyTestCase[] {
  const raw = parseYaml(text, source);
  const r = casesFileSchema.safeParse(raw);
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })), source);
  return r.data.cases;
}

/** Run cases against a policy. Never prints values of findings, only types, actions and rule ids. */
export function runPolicyCases(doc: PolicyDocument, cases: readonly PolicyTestCase[], engine: DetectionEngine = createDetectionEngine()): PolicyCaseResult[] {
  const guard = new PolicyGuard({ policy: compilePolicy(doc), engine });
  return cases.map((c) => {
    const r = guard.evaluate(c.text, {
      direction: c.direction,
      ...(c.role ? { role: c.role } : {}),
      ...(c.kind ? { kind: c.kind } : {}),
      ...(c.tenant ? { tenant: c.tenant } : {}),
      ...(c.app ? { app: c.app } : {}),
      ...(c.model ? { model: c.model } : {}),
      ...(c.provider ? { provider: c.provider } : {}),
      ...(c.system ? { system: c.system } : {}),
      ...(c.request ? { request: c.request } : {}),
      conversation: c.name,
    });
    const problems: string[] = [];
    const e = c.expect;
    if (e.outcome && r.outcome !== e.outcome) problems.push(`outcome: expected ${e.outcome}, got ${r.outcome}`);
    for (const [type, action] of Object.entries(e.actions ?? {})) {
      const got = r.entries.filter((x) => x.type === type).map((x) => x.action);
      if (!got.includes(action)) problems.push(`${type}: expected ${action}, got ${got.length > 0 ? got.join(",") : "no finding"}`);
    }
    for (const id of e.rules ?? []) if (!r.entries.some((x) => x.ruleId === id)) problems.push(`rule ${id} did not decide anything`);
    if (e.output !== undefined && r.text !== e.output) problems.push(`output differs: got ${JSON.stringify(r.text)}`);
    for (const s of e.notContains ?? []) if (r.text.includes(s)) problems.push(`output still contains a forbidden string (#${(e.notContains ?? []).indexOf(s) + 1})`);
    return { name: c.name, problems };
  });
}

/** `warden policy validate|test|schema`. */
export function registerPolicyCommand(program: Command): void {
  const policy = program.command("policy").description("Validate and test policy files (see docs/policy.md)");

  policy
    .command("validate")
    .description("Validate policy file(s); prints the version hash, exits 2 listing every problem")
    .argument("<files...>", "policy YAML files (merged in order)")
    .action((files: string[]) => {
      // Compiling checks what the schema cannot: detection options, and rules naming unknown types or detectors.
      const loaded = reportConfigError(() => {
        const doc = loadPolicyFiles(files);
        return { doc, compiled: compilePolicy(doc) };
      });
      if (!loaded) return;
      const { doc, compiled } = loaded;
      const scopes = doc.scopes.length;
      process.stdout.write(`ok: ${doc.rules.length} rule(s), ${scopes} scope(s), version ${compiled.version}\n`);
    });

  policy
    .command("test")
    .description("Run expected-decision cases against a policy; exits 1 on any mismatch")
    .argument("<file>", "policy YAML file")
    .requiredOption("--cases <file>", "cases YAML file")
    .option("--json", "print results as JSON")
    .action((file: string, opts: { cases: string; json?: boolean }) => {
      const doc = reportConfigError(() => {
        const d = loadPolicyFiles([file]);
        compilePolicy(d);
        return d;
      });
      if (!doc) return;
      const cases = reportConfigError(() => {
        let text: string;
        try {
          text = readFileSync(opts.cases, "utf8");
        } catch (err) {
          throw new ConfigError([{ path: "", message: `cannot read ${opts.cases}: ${(err as NodeJS.ErrnoException).code ?? "error"}` }], opts.cases);
        }
        return parsePolicyCases(text, opts.cases);
      });
      if (!cases) return;
      const results = runPolicyCases(doc, cases);
      const failed = results.filter((r) => r.problems.length > 0);
      if (opts.json) process.stdout.write(`${JSON.stringify({ passed: results.length - failed.length, failed: failed.length, results })}\n`);
      else {
        for (const r of results) {
          process.stdout.write(`${r.problems.length === 0 ? "pass" : "FAIL"}  ${r.name}\n`);
          for (const p of r.problems) process.stdout.write(`      ${p}\n`);
        }
        process.stdout.write(`${results.length - failed.length} passed, ${failed.length} failed\n`);
      }
      if (failed.length > 0) process.exitCode = 1;
    });

  policy
    .command("schema")
    .description("Print the policy JSON Schema (schema/policy.schema.json)")
    .action(() => {
      process.stdout.write(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    });
}
