import { createRequire } from "node:module";
import type { Ajv as AjvClass, Options } from "ajv";

/**
 * Validate a SARIF log against the SARIF 2.1.0 JSON schema (the rtm.5 schema, the text adopted as the OASIS 2.1.0
 * standard, shipped in the `@microsoft/jest-sarif` package). The schema is JSON Schema draft-04, hence `ajv-draft-04`;
 * formats (`uri`, `date-time`, ...) are checked too. Returns the errors, empty when valid.
 */
const require = createRequire(import.meta.url);
const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json") as Record<string, unknown>;
const Ajv04 = require("ajv-draft-04") as new (opts: Options) => AjvClass;
const addFormats = require("ajv-formats") as (ajv: AjvClass) => AjvClass;
// unicodeRegExp off: one `pattern` in the schema (language tags) is not a valid regex with the `u` flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Schema errors of a SARIF log (`instancePath message`), empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"}`);
}
