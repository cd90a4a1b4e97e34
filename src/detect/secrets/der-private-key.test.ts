import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDevCertificates } from "../../cli/dev-certificates.js";
import { isDerPrivateKey } from "./der-private-key.js";
import { secretRulesDetector } from "./secret-detector.js";

/** The base64 body of a PEM block, lines kept. */
const body = (pem: string): string => pem.trim().split("\n").slice(1, -1).join("\n");
const der = (pem: string): Buffer => Buffer.from(body(pem).replace(/\s/g, ""), "base64");

const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const rsa1024 = generateKeyPairSync("rsa", { modulusLength: 1024 });
const dsa = generateKeyPairSync("dsa", { modulusLength: 2048, divisorLength: 256 });
const p256 = generateKeyPairSync("ec", { namedCurve: "P-256" });
const p384 = generateKeyPairSync("ec", { namedCurve: "P-384" });
const p521 = generateKeyPairSync("ec", { namedCurve: "P-521" });
const k256 = generateKeyPairSync("ec", { namedCurve: "secp256k1" });
const ed = generateKeyPairSync("ed25519");
const ed448 = generateKeyPairSync("ed448");
const x25519 = generateKeyPairSync("x25519");

const pem = (k: KeyObject, type: "pkcs1" | "pkcs8" | "sec1" | "spki", cipher?: string): string =>
  k.export(cipher ? { type: type as "pkcs8", format: "pem", cipher, passphrase: "correct horse" } : { type: type as "pkcs8", format: "pem" }) as string;

const PRIVATE: [string, string][] = [
  ["RSA 2048 PKCS#1", pem(rsa.privateKey, "pkcs1")],
  ["RSA 1024 PKCS#1", pem(rsa1024.privateKey, "pkcs1")],
  ["RSA 2048 PKCS#8", pem(rsa.privateKey, "pkcs8")],
  ["RSA PKCS#8 encrypted (PBES2)", pem(rsa.privateKey, "pkcs8", "aes-256-cbc")],
  ["DSA PKCS#8", pem(dsa.privateKey, "pkcs8")],
  ["EC P-256 SEC1", pem(p256.privateKey, "sec1")],
  ["EC P-384 SEC1", pem(p384.privateKey, "sec1")],
  ["EC P-521 SEC1", pem(p521.privateKey, "sec1")],
  ["EC secp256k1 SEC1", pem(k256.privateKey, "sec1")],
  ["EC P-256 PKCS#8", pem(p256.privateKey, "pkcs8")],
  ["EC P-384 PKCS#8", pem(p384.privateKey, "pkcs8")],
  ["EC P-521 PKCS#8", pem(p521.privateKey, "pkcs8")],
  ["EC P-256 PKCS#8 encrypted", pem(p256.privateKey, "pkcs8", "aes-128-cbc")],
  ["Ed25519 PKCS#8", pem(ed.privateKey, "pkcs8")],
  ["Ed448 PKCS#8", pem(ed448.privateKey, "pkcs8")],
  ["X25519 PKCS#8", pem(x25519.privateKey, "pkcs8")],
];

const PUBLIC: [string, string][] = [
  ["RSA SPKI", pem(rsa.publicKey, "spki")],
  ["RSA PKCS#1 public", pem(rsa.publicKey, "pkcs1")],
  ["EC SPKI", pem(p256.publicKey, "spki")],
  ["Ed25519 SPKI", pem(ed.publicKey, "spki")],
  ["DSA SPKI", pem(dsa.publicKey, "spki")],
];

const detector = secretRulesDetector.build({});
/** The private-key-body findings of `text`, as the spans they cover. */
const detect = (text: string): string[] =>
  detector
    .detect({ text, context: { direction: "request" } })
    .filter((f) => f.type === "private-key-body")
    .map((f) => text.slice(f.start, f.end));

describe("isDerPrivateKey", () => {
  it.each(PRIVATE)("%s, whole and cut to its first 60 bytes", (_name, p) => {
    expect(isDerPrivateKey(der(p))).toBe(true);
    expect(isDerPrivateKey(der(p).subarray(0, 60))).toBe(true);
  });

  it.each(PUBLIC)("%s is not a private key", (_name, p) => {
    expect(isDerPrivateKey(der(p))).toBe(false);
  });

  it("certificates are not private keys", async () => {
    const { ca, server } = await createDevCertificates({ hosts: ["localhost"] });
    expect(isDerPrivateKey(der(ca.cert))).toBe(false);
    expect(isDerPrivateKey(der(server.cert))).toBe(false);
  });

  it("random bytes and bytes that only start like a key are not", () => {
    expect(isDerPrivateKey(Buffer.from("MIIEpAIBAAKCAQEA", "base64"))).toBe(false);
    expect(isDerPrivateKey(Buffer.alloc(0))).toBe(false);
    // SEQUENCE { INTEGER 0, INTEGER <1 byte> }: too short a modulus.
    expect(isDerPrivateKey(Buffer.from([0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x00, 0x02, 0x01, 0x05]))).toBe(false);
    let random = 0;
    for (let i = 0; i < 2000; i++) {
      const b = Buffer.alloc(200);
      for (let j = 0; j < b.length; j++) b[j] = Math.floor(Math.random() * 256);
      b[0] = 0x30;
      if (isDerPrivateKey(b)) random++;
    }
    expect(random).toBe(0);
  });
});

describe("private-key-body rule", () => {
  it.each(PRIVATE)("%s pasted without its BEGIN/END lines is reported whole", (_name, p) => {
    const b = body(p);
    expect(detect(`here is the key body:\n${b}\nthanks`)).toEqual([b]);
  });

  it.each(PRIVATE)("%s as one line, or with JSON's \\n escapes between lines", (_name, p) => {
    const b = body(p);
    expect(detect(`key=${b.replace(/\n/g, "")};`)).toEqual([b.replace(/\n/g, "")]);
    expect(detect(`"key": "${b.replace(/\n/g, "\\n")}"`)).toEqual([b.replace(/\n/g, "\\n")]);
  });

  it("an OpenSSH private key body", () => {
    const b = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDq0mX7Rb2QpX5vH1w2N8ZqGQ1o0l7Yk3Jm9F4a6s2cXwAAAJi8yQ3m";
    expect(detect(`id_ed25519 is\n${b}`)).toEqual([b]);
  });

  it.each(PUBLIC)("%s body is not reported", (_name, p) => {
    expect(detect(`public key:\n${body(p)}`)).toEqual([]);
  });

  it("a certificate body is not reported", async () => {
    const { server } = await createDevCertificates({ hosts: ["localhost"] });
    expect(detect(`cert:\n${body(server.cert)}`)).toEqual([]);
  });
});
