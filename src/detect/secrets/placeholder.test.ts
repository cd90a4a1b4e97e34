import { describe, expect, it } from "vitest";
import { shannonEntropy, distinctChars, charMix } from "./entropy.js";
import { isPlaceholder, isReference } from "./placeholder.js";

describe("isPlaceholder", () => {
  it.each([
    "changeme",
    "your-api-key-here",
    "xxxxxxxxxxxxxxxx",
    "XXXXXXXXXXXXXXXX",
    "********",
    "${DB_PASSWORD}",
    "{{ vault_password }}",
    "<password>",
    "process.env.API_KEY",
    "aaaaaaaaaa1111111111bbbbbbbbbb2222222222",
    "abababababababab",
    "abcdefghijklmnopqrstuvwxyz",
    "REPLACE_WITH_PASSWORD",
    "password",
  ])("%s is a placeholder", (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });

  it.each(["Vx9#qL2!mZ7rT4", "q8Zk3Vd0Hn6Rw2Yt9Lm4", "hunter2x!Q", "abcd1234abcd1234abcd1234", "21r8ogYYeYm4MDAZtBDtmg5F2MOv5aVY9zSSA"])(
    "%s is not",
    (v) => {
      expect(isPlaceholder(v)).toBe(false);
    },
  );

  it("isReference recognises variable references", () => {
    expect(isReference("$API_KEY")).toBe(true);
    expect(isReference("$(cat secret.txt)")).toBe(true);
    expect(isReference("%GIT_TOKEN%")).toBe(true);
    expect(isReference("P@ss$1")).toBe(false);
  });

  it.each([
    "vault:secret/data/prod/db#password",
    "op://Prod/postgres/password",
    "doppler://acme/prd/STRIPE_KEY",
    "awssm://prod/stripe#key",
    "ssm://prod/db/password",
    "gcpsm://projects/acme/secrets/db-password",
    "azurekeyvault://acme-kv/db-password",
    "ref+vault://secret/data/db#/password",
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf",
    "arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password",
    "projects/428497062804/secrets/stripe-key/versions/latest",
    "projects/acme-prod/secrets/db_password/versions/3",
    "@Microsoft.KeyVault(SecretUri=https://acme.vault.azure.net/secrets/db/)",
  ])("%s is a secret-manager reference", (v) => {
    expect(isReference(v)).toBe(true);
  });

  it.each(["vault:Xk9#mP2qLzW", "op:Zq8Lm2Xv9Rt4", "projects-Xk9mP2qLzW/secrets", "arn:aws:iam::123456789012:user/x"])("%s is no reference", (v) => {
    expect(isReference(v)).toBe(false);
  });

  it("published documentation tokens are placeholders", () => {
    expect(isPlaceholder("123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11")).toBe(true);
    expect(isPlaceholder("7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM")).toBe(false);
  });
});

describe("entropy helpers", () => {
  it.each([
    ["", 0],
    ["aaaa", 0],
    ["abab", 1],
    ["abcd", 2],
  ])("shannonEntropy(%j) = %d", (v, h) => {
    expect(shannonEntropy(v)).toBeCloseTo(h, 6);
  });

  it("counts distinct characters including non-ASCII", () => {
    expect(distinctChars("aAbB€€💥")).toBe(7);
    expect(charMix("aB3!")).toEqual({ lower: true, upper: true, digit: true, symbol: true, classes: 4 });
  });
});
