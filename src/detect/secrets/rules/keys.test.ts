import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const b64 = (s: string): string => Buffer.from(s).toString("base64url");
const token = `${b64('{"alg":"RS256","typ":"JWT"}')}.${b64('{"sub":"42","exp":1900000000}')}.dGhpc2lzYXNpZ25hdHVyZXdpdGhlbm91Z2hieXRlcw`;
const pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oL7PD5jkWjgsoAoGCCqGSM49\nAwEHoUQDQgAEsB9b+Ftt6gbqLPv3QnAbHbuNZkHwqAWSMYmGIVU6c10=\n-----END EC PRIVATE KEY-----";

const positives: PositiveCase[] = [
  [`Authorization: Bearer ${token}`, "jwt", token, 0.9],
  // at the end of a sentence
  [`My session token is ${token}.`, "jwt", token, 0.9],
  [`key.pem:\n${pem}\n`, "private-key", pem, 0.99],
  ["-----BEGIN PRIVATE KEY-----\nyabba dabba doo", "private-key", "-----BEGIN PRIVATE KEY-----\nyabba dabba doo", 0.55],
];

describe("key material rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn6/O8li+SX4m98LLYt\n-----END PUBLIC KEY-----",
    "bm90X3ZhbGlkX2pzb25fYXRfYWxs.bm90X3ZhbGlkX2pzb25fYXRfYWxs.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
    // a JWE (five parts) is not read as a JWT followed by a full stop
    `${token}.${b64("x".repeat(12))}.${b64("y".repeat(12))}`,
  ])("negative %s", (t) => expectNegative(t));
});
