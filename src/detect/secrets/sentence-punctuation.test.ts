import { describe, expect, it } from "vitest";
import { withCrc32Suffix } from "./checksum.js";
import { expectPositive, type PositiveCase } from "./rules/test-helpers.js";
import { trimSentencePunctuation } from "./secret-scanner.js";

const npm = withCrc32Suffix("npm_", "aB3dE6gH9jK2mN5pQ8sT1vXq7Lm2Np");
const sf = "00D5j000000abcD!AQ0AQJ3kL9mNpQ2rS4tU6vW8xY0zA1bC3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dEqq1Wr4Ty7Ui0Op3As6Df9";
const vault = "s.ZC9Ecf4M5g9o34Q6RkzGsj0z";

describe("sentence punctuation after a secret is not part of it", () => {
  const cases: PositiveCase[] = [];
  for (const p of [".", ",", ";", ":", ")"]) {
    cases.push([`The Vault token is ${vault}${p} Please rotate it`, "vault-legacy-token", vault, 0.8]);
    cases.push([`my npm token is ${npm}${p} thanks`, "npm-access-token", npm, 0.98]);
    cases.push([`Session id ${sf}${p}`, "salesforce-access-token", sf, 0.9]);
    cases.push([`//registry.npmjs.org/:_authToken=${npm}${p} then publish`, "npm-access-token", npm, 0.98]);
  }
  cases.push(["the Vault token is `" + vault + "`.", "vault-legacy-token", vault, 0.8]);
  cases.push(["run `redis-server --requirepass Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg` on the box", "password-cli-flag", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg", 0.8]);
  it.each(cases)("%s", (...c) => expectPositive(c));

  it("trims only punctuation that ends a value in prose", () => {
    const t = (s: string): string => s.slice(0, trimSentencePunctuation(s, 0, s.length - (s.endsWith("|") ? 1 : 0)));
    expect(t("abcdefgh12.")).toBe("abcdefgh12");
    expect(t("(abcdefgh12).")).toBe("(abcdefgh12)");
    expect(t("abcdefgh12).")).toBe("abcdefgh12");
    expect(t("abcdefgh12.|")).toBe("abcdefgh12.");
    expect(t("abcdefgh12!")).toBe("abcdefgh12!");
    expect(t("abcdefgh1=.")).toBe("abcdefgh1=.");
    expect("abcdefgh12.x".slice(0, trimSentencePunctuation("abcdefgh12.x", 0, 11))).toBe("abcdefgh12.");
    expect(t("abcdefgh12`")).toBe("abcdefgh12");
    expect(t("abcdefgh12`.")).toBe("abcdefgh12");
    expect(t("abcdefgh12**")).toBe("abcdefgh12");
    expect(t("abc`defgh12`")).toBe("abc`defgh12`");
    expect(t("abcdefgh12*")).toBe("abcdefgh12*");
  });
});
