import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  // OVHcloud: a consumer key inside an endpoint section of ovh.conf, or in the Python client's call
  ["[ovh-ca]\nendpoint=ovh-ca\nconsumer_key=AeHwZJrCI8HiOtwIJvCqDIOiuchaNlFH", "ovh-api-credential", "AeHwZJrCI8HiOtwIJvCqDIOiuchaNlFH", 0.85],
  ["client = ovh.Client(\n    endpoint='ovh-eu',\n    application_secret='Bx84ZVMNVZXm9PNuNalqjD9D1LWINJ1y',\n)", "ovh-api-credential", "Bx84ZVMNVZXm9PNuNalqjD9D1LWINJ1y", 0.85],
  // a provider token handed over in prose: service name, credential nouns, what it is for, then the value
  ["the linode personal access token for staging: c02e66db6a7f18a9acfa639592560b3c9963e6aec1383366a54f1f8bf13f4f08", "linode-api-token", "c02e66db6a7f18a9acfa639592560b3c9963e6aec1383366a54f1f8bf13f4f08", 0.82],
  ["hetzner cloud api token is fwyeWPAGYlScLCIHk3nD7n4NyM803TsLjdjsght3gZOhMtndTt0dUIXHhyWvM8Ss", "hetzner-api-token", "fwyeWPAGYlScLCIHk3nD7n4NyM803TsLjdjsght3gZOhMtndTt0dUIXHhyWvM8Ss", 0.82],
  ['c = credential.Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLf", "Qm7Vt2Lx9Rb4Wn8Kc1Hd5Fg0Zq8Lm2Xv")', "tencent-cloud-secret-key-pair", "Qm7Vt2Lx9Rb4Wn8Kc1Hd5Fg0Zq8Lm2Xv", 0.88],
  ["aws_access_key_id = AKIAQYLPMN5HHHFPZAM2", "aws-access-key-id", "AKIAQYLPMN5HHHFPZAM2", 0.92],
  ['aws_secret_access_key = "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"', "aws-secret-access-key", "Hq3d8vN2pL0xT7rY5mK1wB9cZ4fJ6gS2aE8uR0iO", 0.9],
  ["maps key AIzaSyNHxIf32IQ1a1yjl3ZJIqKZqzLAK1XhDk- in the app", "gcp-api-key", "AIzaSyNHxIf32IQ1a1yjl3ZJIqKZqzLAK1XhDk-", 0.9],
  ["DO_TOKEN=dop_v1_9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f91e5b8d4c7a0f3e6b9d2c5a8", "digitalocean-pat", "dop_v1_9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f91e5b8d4c7a0f3e6b9d2c5a8", 0.97],
  ["client_secret=bP88Q~rcBcYjzzOhg1Hnn76Wm3jGgakZiZ.8vMgR", "azure-ad-client-secret", "bP88Q~rcBcYjzzOhg1Hnn76Wm3jGgakZiZ.8vMgR", 0.9],
  // bare, at the end of a sentence
  ["Use OJt8Q~IJcYpDIA6bIWgl-j_1fobV.mTb7mkDrGDD.", "azure-ad-client-secret", "OJt8Q~IJcYpDIA6bIWgl-j_1fobV.mTb7mkDrGDD", 0.9],
  ["heroku_api_key = \"832d2129-a846-4e27-99f4-7004b6ad53ef\"", "heroku-api-key", "832d2129-a846-4e27-99f4-7004b6ad53ef", 0.8],
  // the secret after its key id: with its own name between them, or set apart by " / "
  ["BasicAWSCredentials(accessKey=AKIAQYLPMN5HHHFPZAM2, secretKey=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)", "aws-secret-key-after-key-id", "k9Jm2Qx7Rt4Lw8Zp1Vb6Nc3Hd5Fg0Sy+Ue/Ai7Oq", 0.9],
  ["Ich habe AKIAQYLPMN5HHHFPZAM2 / Hq3d8vN2pL0xT7rY5mK1wB9cZ4fJ6gS2aE8uR0iO committet", "aws-secret-key-after-key-id", "Hq3d8vN2pL0xT7rY5mK1wB9cZ4fJ6gS2aE8uR0iO", 0.9],
  // a service-account file whose key is not a PEM block (no key rule reports it)
  ['{"type": "service_account", "project_id": "p", "private_key": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"}', "gcp-service-account", "service_account", 0.6],
  // OCI user auth tokens are 20 printable characters, symbols included
  ["my OCI auth token is K;Z62+VBam[5F}+#2kw5 (for fra.ocir.io)", "oracle-oci-user-auth-token", "K;Z62+VBam[5F}+#2kw5", 0.8],
  ["OCIR auth token: 8)Hq<Zt1;Lm]Vx4#cP.o", "oracle-oci-user-auth-token", "8)Hq<Zt1;Lm]Vx4#cP.o", 0.8],
];

describe("cloud rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "Generate an OCI auth token in the console (User Settings > Auth Tokens).",
    "OCIR auth token: <auth-token>",
    "the OCI auth token is stored in Vault",
    "aws_access_key: AKIAIOSFODNN7EXAMPLE",
    "key = AKIAXXXXXXXXXXXXXXXX",
    "TODAYINASIAASACKOFRICEFELLOVER",
    'apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
    "request id 832d2129-a846-4e27-99f4-7004b6ad53ef completed",
    "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
    // the service-account marker without key material, or next to a PEM key (reported by the key rules)
    '{\n  "type": "service_account",\n  "project_id": "acme-analytics",\n  "client_email": "etl@acme-analytics.iam.gserviceaccount.com"\n}',
    '{"type": "service_account", "private_key_id": "9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f"}',
    // a consumer key outside any OVH context (Twitter / OAuth 1 apps name theirs the same)
    "[twitter]\nconsumer_key=YlxKC2qHubNJPY4TNb4tTilP6xRv80CC\nconsumer_secret=x" ,
    // a service name in a sentence, its value further on after other words
    "we moved off linode last year, the new deploy hash is f886db6c1ec676ab9b3627ffe85d12f49f008c89979c774a360bf9f89cc67d17",
  ])("negative %s", (t) => expectNegative(t));

  it("does not take a path segment after a key id for its secret", () =>
    expectNegative("s3://acme-logs/AKIAQYLPMN5HHHFPZAM2/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN", "aws-secret-key-after-key-id"));

  it("leaves the \"service_account\" marker alone next to a PEM private key (the key rules report the key)", () => {
    const t = '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n"}';
    expectNegative(t, "gcp-service-account");
  });
});
