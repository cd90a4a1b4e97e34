import { describe, it } from "vitest";
import { withCrc32Suffix } from "../checksum.js";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const pat = withCrc32Suffix("ghp_", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6");
const badChecksum = `${pat.slice(0, -1)}${pat.endsWith("A") ? "B" : "A"}`;
const oauth = withCrc32Suffix("gho_", "Pp4Kx7Qw2Ez9Rt5Yu1Io8Lk3Jh6Gf0");

const positives: PositiveCase[] = [
  [`export GITHUB_TOKEN=${pat}`, "github-pat", pat, 0.98],
  [`git clone https://x-access-token:${oauth}@github.com/acme/repo`, "github-oauth-token", oauth, 0.98],
  [`token: ${badChecksum}`, "github-pat", badChecksum, 0.6],
  [
    "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",
    "github-fine-grained-pat",
    "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",
    0.97,
  ],
  ["CI_TOKEN: glpat-aB3dE6gH9jK2mN5pQ8sT", "gitlab-pat", "glpat-aB3dE6gH9jK2mN5pQ8sT", 0.92],
  ["BB_APP_PASSWORD=ATBB3xQv9Lm2Np8Rt4Vw6Yz1Bc3De5Fg7HjK", "bitbucket-app-password", "ATBB3xQv9Lm2Np8Rt4Vw6Yz1Bc3De5Fg7HjK", 0.9],
];

describe("VCS rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "foo_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx",
    "glpat-XXXXXXXXXXX-XXXXXXXX",
    "see https://github.com/acme/repo/commit/9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f",
    "gXX_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx",
  ])("negative %s", (t) => expectNegative(t));
});
