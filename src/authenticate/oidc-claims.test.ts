import { describe, expect, it } from "vitest";
import { WardenError } from "../core/warden-error.js";
import { claimAt, principalFromClaims } from "./oidc-claims.js";
import { looksLikeJwt } from "./oidc-verifier.js";

const cfg = { subjectClaim: "sub", tenantClaim: "org", rolesClaim: "groups", roleMap: { ops: "operator" as const, audit: ["auditor" as const], root: "admin" as const } };
const code = (fn: () => unknown) => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return WardenError.isInstance(e) ? e.code : String(e);
  }
};

describe("claimAt", () => {
  it.each([
    [{ org: "a" }, "org", "a"],
    [{ realm_access: { roles: ["x"] } }, "realm_access.roles", ["x"]],
    [{ "https://example.com/tenant": "t" }, "https://example.com/tenant", "t"],
    [{ a: { b: 1 } }, "a.b.c", undefined],
    [{ a: [1] }, "a.0", undefined],
  ])("%j at %s → %j", (claims, path, want) => {
    expect(claimAt(claims, path)).toEqual(want);
  });
});

describe("principalFromClaims", () => {
  it("maps groups (array or space-separated) to roles and the tenant claim to the tenant", () => {
    expect(principalFromClaims({ sub: "u1", org: "acme", groups: ["ops", "audit", "other"] }, cfg)).toEqual({ keyId: "oidc:u1", tenant: "acme", app: "oidc", roles: ["operator", "auditor"], via: "oidc", subject: "u1" });
    expect(principalFromClaims({ sub: "u1", org: "acme", groups: "ops  audit" }, cfg).roles).toEqual(["operator", "auditor"]);
  });

  it("the app comes from appClaim when configured and present", () => {
    expect(principalFromClaims({ sub: "u", org: "a", groups: ["ops"], azp: "chat-ui" }, { ...cfg, appClaim: "azp" }).app).toBe("chat-ui");
    expect(principalFromClaims({ sub: "u", org: "a", groups: ["ops"] }, { ...cfg, appClaim: "azp" }).app).toBe("oidc");
  });

  it("an admin needs no tenant; everyone else does", () => {
    expect(principalFromClaims({ sub: "u", groups: ["root"] }, cfg).tenant).toBe("");
    expect(code(() => principalFromClaims({ sub: "u", groups: ["ops"] }, cfg))).toBe("WARDEN_AUTH_TOKEN_CLAIMS");
  });

  it.each([
    ["no subject", { org: "a", groups: ["ops"] }],
    ["non-string subject", { sub: 42, org: "a", groups: ["ops"] }],
    ["subject with control characters", { sub: "a\nb", org: "a", groups: ["ops"] }],
    ["no roles claim", { sub: "u", org: "a" }],
    ["roles claim of the wrong type", { sub: "u", org: "a", groups: { ops: true } }],
    ["only unmapped groups", { sub: "u", org: "a", groups: ["hasOwnProperty", "__proto__"] }],
    ["tenant of the wrong type", { sub: "u", org: ["a"], groups: ["ops"] }],
  ])("%s → WARDEN_AUTH_TOKEN_CLAIMS", (_name, claims) => {
    expect(code(() => principalFromClaims(claims as Record<string, unknown>, cfg))).toBe("WARDEN_AUTH_TOKEN_CLAIMS");
  });
});

describe("looksLikeJwt", () => {
  it.each([
    ["eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", true],
    ["eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", true],
    ["wdn_ABCDEFGHIJKL_0123456789012345678901234567890123456789abcdef", false],
    ["sk-proj-abc", false],
    // JWT-shaped but malformed (two parts, characters outside base64url): the verifier answers TOKEN_MALFORMED
    ["eyJ.only-two", true],
    ["eyJhbGciOiJSUzI1NiJ9.e+y/J==.c2ln", true],
    ["eyJ-no-dot-at-all", false],
    [`eyJ${"a".repeat(20_000)}.b.c`, false],
  ])("%s → %s", (token, want) => {
    expect(looksLikeJwt(token)).toBe(want);
  });
});
