import { describe, expect, it } from "vitest";
import { CertificateAuthenticator, certificateMatches } from "../../src/authenticate/client-certificate.js";
import { parseConfig } from "../../src/config/load-config.js";
import type { ClientCertificate } from "../../src/core/client-certificate.js";
import { WardenError } from "../../src/core/warden-error.js";
import { parseSubjectAltName } from "../../src/server/tls-client-certificate.js";

const FP = "ab".repeat(32);
const cert = (over: Partial<ClientCertificate> = {}): ClientCertificate => ({
  authorized: true,
  subjectCN: ["svc-a"],
  sanUris: ["spiffe://example.org/ns/prod/sa/chat"],
  sanDns: ["chat.prod.internal"],
  fingerprint256: FP,
  ...over,
});

describe("parseSubjectAltName", () => {
  it.each([
    { text: "DNS:a.example, URI:spiffe://x/y, IP Address:10.0.0.1", want: [["DNS", "a.example"], ["URI", "spiffe://x/y"], ["IP Address", "10.0.0.1"]] },
    // Node quotes values holding a comma, so a crafted SAN cannot smuggle in a second entry.
    { text: 'URI:"spiffe://x/a, URI:spiffe://x/admin", DNS:b', want: [["URI", "spiffe://x/a, URI:spiffe://x/admin"], ["DNS", "b"]] },
    { text: "", want: [] },
  ])("$text", ({ text, want }) => {
    expect(parseSubjectAltName(text).map((e) => [e.type, e.value])).toEqual(want);
  });
});

describe("certificateMatches", () => {
  it.each([
    { match: { subjectCN: "svc-a" }, ok: true },
    { match: { subjectCN: "svc-b" }, ok: false },
    { match: { sanUri: "spiffe://example.org/ns/prod/sa/chat" }, ok: true },
    { match: { sanUri: "spiffe://example.org/ns/prod/sa/chat/x" }, ok: false },
    { match: { sanDns: "CHAT.prod.internal" }, ok: true },
    { match: { fingerprint256: "AB:".repeat(31) + "AB" }, ok: true },
    { match: { fingerprint256: "ac".repeat(32) }, ok: false },
    { match: { subjectCN: "svc-a", sanDns: "other.internal" }, ok: false },
  ])("$match → $ok", ({ match, ok }) => {
    expect(certificateMatches(cert(), match)).toBe(ok);
  });
});

describe("CertificateAuthenticator", () => {
  const keyPrincipal = { keyId: "k1", tenant: "t1", app: "a1", roles: ["app"] as const };
  const mappings = [{ match: { subjectCN: "svc-a" }, tenant: "t1", app: "chat", roles: ["app" as const] }];
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return WardenError.isInstance(e) ? e.code : "not a WardenError";
    }
    return "no error";
  };

  it("never maps an unverified certificate, even one whose names match", () => {
    const a = new CertificateAuthenticator({ authentication: "certificate-or-key", mappings });
    expect(a.principalFor(cert({ authorized: false }))).toBeUndefined();
    expect(codeOf(() => a.authenticate(cert({ authorized: false }), () => keyPrincipal))).toBe("WARDEN_AUTH_CERT_INVALID");
  });

  it("certificate-or-key: a mapped certificate, else the key", () => {
    const a = new CertificateAuthenticator({ authentication: "certificate-or-key", mappings });
    expect(a.authenticate(cert(), () => keyPrincipal)).toMatchObject({ tenant: "t1", app: "chat", via: "mtls", keyId: `cert:${FP.slice(0, 16)}` });
    expect(a.authenticate(undefined, () => keyPrincipal)).toBe(keyPrincipal);
    expect(a.authenticate(cert({ subjectCN: ["nobody"] }), () => keyPrincipal)).toBe(keyPrincipal);
  });

  it("certificate-and-key: the key's principal, only with a mapped certificate of its tenant", () => {
    const a = new CertificateAuthenticator({ authentication: "certificate-and-key", mappings });
    expect(a.authenticate(cert(), () => keyPrincipal)).toMatchObject({ keyId: "k1", tenant: "t1", app: "a1", subject: "svc-a" });
    expect(codeOf(() => a.authenticate(undefined, () => keyPrincipal))).toBe("WARDEN_AUTH_CERT_REQUIRED");
    expect(codeOf(() => a.authenticate(cert({ subjectCN: ["x"] }), () => keyPrincipal))).toBe("WARDEN_AUTH_CERT_UNMAPPED");
    expect(codeOf(() => a.authenticate(cert(), () => ({ ...keyPrincipal, tenant: "t2" })))).toBe("WARDEN_AUTH_CERT_MISMATCH");
  });
});

describe("listen.tls config", () => {
  const load = (tls: object) => parseConfig({ listen: { tls } }, {}, "c");
  it.each([
    { tls: { cert: "c.pem", key: "k.pem", clientAuth: "required" }, msg: /listen\.tls\.ca: clientAuth 'required' needs a 'ca'/ },
    { tls: { cert: "c.pem", key: "k.pem", clientPrincipals: [{ match: { subjectCN: "x" }, tenant: "t", app: "a" }] }, msg: /listen\.tls\.clientPrincipals: clientPrincipals need clientAuth/ },
    { tls: { cert: "c.pem", key: "k.pem", ca: "ca.pem", clientAuth: "optional", clientPrincipals: [{ match: {}, tenant: "t", app: "a" }] }, msg: /listen\.tls\.clientPrincipals\.0\.match: give at least one/ },
    { tls: { cert: "c.pem", key: "k.pem", crl: "crl.pem" }, msg: /listen\.tls\.crl: a 'crl' needs clientAuth/ },
    { tls: { cert: "c.pem", key: "k.pem", minVersion: "TLSv1.1" }, msg: /listen\.tls\.minVersion/ },
    { tls: { cert: "c.pem", key: "k.pem", ciphers: "ALL" }, msg: /listen\.tls: Unrecognized key.*ciphers/ },
    { tls: { cert: "c.pem" }, msg: /listen\.tls\.key: Required/ },
  ])("rejects $tls", ({ tls, msg }) => {
    expect(() => load(tls)).toThrow(msg);
  });
  it("defaults: TLS 1.2 minimum, no client certificates, certificate-or-key", () => {
    expect(load({ cert: "c.pem", key: "k.pem" }).config.listen.tls).toEqual({
      cert: "c.pem",
      key: "k.pem",
      clientAuth: "none",
      authentication: "certificate-or-key",
      clientPrincipals: [],
      minVersion: "TLSv1.2",
    });
  });
});
