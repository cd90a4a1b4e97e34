import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ["java -jar jenkins-cli.jar -s https://ci.example.test/ -auth admin:11a4f0c2e9b7d3586f1c0e2a9b4d7f3c85 build deploy", "jenkins-api-token-v2", "11a4f0c2e9b7d3586f1c0e2a9b4d7f3c85", 0.82],
  ["JENKINS_URL=https://ci.example.test\nci_user_auth: 11a4f0c2e9b7d3586f1c0e2a9b4d7f3c85", "jenkins-api-token-v2", "11a4f0c2e9b7d3586f1c0e2a9b4d7f3c85", 0.82],
  ["pulumi login --token pul-9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f", "pulumi-api-token", "pul-9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f", 0.95],
  [
    'token = "hE1hlYILrSqpqh.atlasv1.ARjZuyzl33F71WR55s6ln5GQ1HWIwTDDH3MiRjz7OnpCfaCb1RCF5zGaSncCWmJdcYA"',
    "terraform-cloud-token",
    "hE1hlYILrSqpqh.atlasv1.ARjZuyzl33F71WR55s6ln5GQ1HWIwTDDH3MiRjz7OnpCfaCb1RCF5zGaSncCWmJdcYA",
    0.97,
  ],
  ["DOPPLER_TOKEN=dp.pt.Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6Pp4Kx7Qw2Ez9R", "doppler-token", "dp.pt.Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6Pp4Kx7Qw2Ez9R", 0.95],
  ["token: s.ZC9Ecf4M5g9o34Q6RkzGsj0z", "vault-legacy-token", "s.ZC9Ecf4M5g9o34Q6RkzGsj0z", 0.8],
  ['{"auth": {"client_token": "s.ZC9Ecf4M5g9o34Q6RkzGsj0z", "accessor": "8609694a-cdbc-db9b-d345-e782dbb562ed"}}', "vault-legacy-token", "s.ZC9Ecf4M5g9o34Q6RkzGsj0z", 0.8],
  ['curl -H "X-Vault-Token: s.ZC9Ecf4M5g9o34Q6RkzGsj0z" https://vault:8200/v1/secret/app', "vault-legacy-token", "s.ZC9Ecf4M5g9o34Q6RkzGsj0z", 0.8],
  // short service tokens (root and `vault token create` output) inside code strings
  ["const vaultToken = 'hvs.c5sIYdzr2xa5uVZ_bfCKLh_5';", "vault-short-token", "hvs.c5sIYdzr2xa5uVZ_bfCKLh_5", 0.9],
  ['client = hvac.Client(url="https://vault.acme.io:8200", token="hvs.dkPVP2ASg3mx11XJSixcifCt")', "vault-short-token", "hvs.dkPVP2ASg3mx11XJSixcifCt", 0.9],
  ["BUILDKITE_TOKEN=bkua_9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f", "buildkite-token", "bkua_9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f", 0.95],
  ["DATABRICKS_TOKEN=dapif13ac4b49d1cb31f69f678e39602e381-2", "databricks-api-token", "dapif13ac4b49d1cb31f69f678e39602e381-2", 0.88],
  // Doppler service tokens scoped to a config, found with no keyword nearby; Vault batch tokens shorter than 138
  ['cfg.value = "dp.st.prd.mCrTYBo0eFuQRYPPHYyk1JfpWPdxDiolYVZyus2o5rM";', "doppler-service-token-config", "dp.st.prd.mCrTYBo0eFuQRYPPHYyk1JfpWPdxDiolYVZyus2o5rM", 0.95],
  [
    "Code: 403. token=hvb.AAAAAQQitORztNXBmOioBKdoBIN4k-H5Qdaaf7GXiwOBglJeF_FOr4KpZqqEVXOHGonva-M0-Tu8hG9Nt-1aPae59kNdQ1E05a8kZ6B2AJeQlmiwUmJJBziP6xhzoq7zAzn4oy",
    "vault-batch-token",
    "hvb.AAAAAQQitORztNXBmOioBKdoBIN4k-H5Qdaaf7GXiwOBglJeF_FOr4KpZqqEVXOHGonva-M0-Tu8hG9Nt-1aPae59kNdQ1E05a8kZ6B2AJeQlmiwUmJJBziP6xhzoq7zAzn4oy",
    0.95,
  ],
];

describe("CI/CD and infrastructure rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "git show 11a4f0c2e9b7d3586f1c0e2a9b4d7f3cab0 # no Jenkins anywhere",
    "jenkins build 42 took 11000000000000000000000000000000000 ms",
    "s.makeKubeConfigController = args",
    "hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "mydapi1234567890abcdef1234567890abcdef",
    'PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"',
    "dp.st.prd.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "dp.st.dev.short123",
    "VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx",
    "export VAULT_TOKEN=hvs.REDACTED",
    "open hvs.configuration_manager_v2 first",
    "token_accessor     SCPWThvb7qkB7EgB48OMRxtz",
    "import s.Xk9mP2qLzW7vR4tY8uI1oP3a from x",
    "export VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx",
  ])("negative %s", (t) => expectNegative(t));
  // Not a Databricks token (a non-hex character); a random-looking value assigned to a token is still a secret.
  it("a malformed Databricks token is not reported as one", () => expectNegative("DATABRICKS_TOKEN=dapi123456789012345678a9bc01234defg5", "databricks-api-token"));
});
