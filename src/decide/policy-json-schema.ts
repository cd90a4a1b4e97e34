import { zodToJsonSchema } from "zod-to-json-schema";
import { policySchema } from "./policy-schema.js";

/**
 * The published JSON Schema of a policy document (`schema/policy.schema.json`, for editors), generated from the
 * zod schema the loader validates with, so the two cannot disagree. Regenerate with `warden policy schema`.
 */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = zodToJsonSchema(policySchema, { $refStrategy: "none", effectStrategy: "input", target: "jsonSchema7" }) as Record<string, unknown>;
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/warden-gateway/warden/schema/policy.schema.json",
    title: "Warden policy",
    description: "A Warden policy document: rules mapping findings to actions, scopes with inheritance. See docs/policy.md.",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}
