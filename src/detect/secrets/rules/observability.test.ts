import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ["OTEL_EXPORTER_OTLP_HEADERS=\"x-honeycomb-team=hcaik_01k9q2m7x4b8t1w5z3c6v0n2j4h8l5r7p9f2c1b7e4a8d3f6c0b5e2a9d7\"", "honeycomb-ingest-key", "hcaik_01k9q2m7x4b8t1w5z3c6v0n2j4h8l5r7p9f2c1b7e4a8d3f6c0b5e2a9d7", 0.95],
  ["const key = \"hcxik_01k9q2m7x4b8t1w5z3c6v0n2j4h8l5r7p9f2c1b7e4a8d3f6c0b5e2a9d7\";", "honeycomb-ingest-key", "hcxik_01k9q2m7x4b8t1w5z3c6v0n2j4h8l5r7p9f2c1b7e4a8d3f6c0b5e2a9d7", 0.95],
  ["DD_API_KEY=9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b", "datadog-api-key", "9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b", 0.85],
  ["NEW_RELIC_API_KEY=NRAK-7QX2M4K9B1T5W8Z3C6V0N2J4H8L", "new-relic-user-api-key", "NRAK-7QX2M4K9B1T5W8Z3C6V0N2J4H8L", 0.95],
  ["'Authorization': 'Bearer glsa_pITqMOBIfNH2KL4PkXJqmTyQl0D9QGxF_486f63e1'", "grafana-service-account-token", "glsa_pITqMOBIfNH2KL4PkXJqmTyQl0D9QGxF_486f63e1", 0.95],
  ["SENTRY_AUTH_TOKEN=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", "sentry-user-token", "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", 0.97],
  // aligned tfvars / HCL columns (many blanks before the operator)
  ['datadog_app_key      = "7f09858d65f5a9eec486dd666a4fe5660dbf605a"', "datadog-app-key", "7f09858d65f5a9eec486dd666a4fe5660dbf605a", 0.85],
];

describe("observability rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "hcaik_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "hcaik_01k9q2m7x4b8", // too short
    "glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    'API_KEY="glc_111111111111111111111111111111111111111111="',
    "static void GLC_CreateLightmapTextureArray(void);",
    "trace_id=9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b span_id=3b4a32f51e4eab95",
    "SENTRY_DSN=https://9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b@o123456.ingest.sentry.io/4504", // public DSN: below threshold
    'datadog_app_key_id   = "a"',
  ])("negative %s", (t) => expectNegative(t, t.startsWith("SENTRY_DSN") ? "sentry-dsn" : undefined));
});
