import { describe, it } from "vitest";
import { withCrc32Suffix } from "../checksum.js";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const npm = withCrc32Suffix("npm_", "Kx7Qw2Ez9Rt5Yu1Io8Lk3Jh6Gf0Pp4");
const pypi =
  "pypi-AgEIcHlwaS5vcmcCJDU3OTM1MjliLWIyYTYtNDEwOC05NzRkLTM0MjNiNmEwNWIzYgACF1sxLFsitesttestbWluaW1hbC1wcm9qZWN0Il1dAAIsWzIsWyJjYWY4OTAwZi0xNDMwLTRiYQstYmFmMi1mMDE3OGIyNWZhNTkiXV0AAAYgh2UINPjWBDwT0r3tQ1o";

const positives: PositiveCase[] = [
  [`//registry.npmjs.org/:_authToken=${npm}`, "npm-access-token", npm, 0.98],
  ["//registry.example.com/:_authToken=346a14f2-a672-4668-a892-956a462ab56e", "npm-auth-token", "346a14f2-a672-4668-a892-956a462ab56e", 0.9],
  [`password = ${pypi}`, "pypi-upload-token", pypi, 0.97],
  ["DOCKER_TOKEN=dckr_pat_Example1234567890AbCdEfGhjK", "docker-hub-pat", "dckr_pat_Example1234567890AbCdEfGhjK", 0.95],
  ["GEM_HOST_API_KEY: rubygems_9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f91e5b8d4", "rubygems-api-key", "rubygems_9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b3a6d0c2f91e5b8d4", 0.97],
];

describe("package registry rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}",
    "pypi-AgEIcHlwaS5vcmcCJDU3OTM1MjliLWIyYTYtNDEwOC05NzRkLTM0MjNiNmEwNWIzYgACF1sxLFsibWluaW1h",
    "dckr_pat_tooshort",
    "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  ])("negative %s", (t) => expectNegative(t));
});
