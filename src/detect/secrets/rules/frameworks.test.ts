import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ["config/master.key: 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c", "rails-master-key", "4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c", 0.85],
  ["$ cat config/master.key\n9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a\n$ bin/rails s", "rails-master-key", "9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a", 0.85],
  ["heroku config:set RAILS_MASTER_KEY=9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a -a shop", "rails-master-key", "9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a", 0.85],
  ['  env:\n    RAILS_MASTER_KEY: "0c7e2b5a9d1f4c8e6a3b7d0f2e5c9a1b"', "rails-master-key", "0c7e2b5a9d1f4c8e6a3b7d0f2e5c9a1b", 0.85],
  ["echo 5e8a1c3f7b9d2e4a6c0f8b1d3e5a7c9f > config/credentials/production.key", "rails-master-key", "5e8a1c3f7b9d2e4a6c0f8b1d3e5a7c9f", 0.85],
  ["here's our rails master key 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c, don't lose it", "rails-master-key", "4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c", 0.85],
];

describe("framework key rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "RAILS_MASTER_KEY=$(cat config/master.key)",
    "RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }}",
    "config/master.key is ignored by git",
    "The config/master.key file holds a 32 character hex key.",
    'echo "00000000000000000000000000000000" > config/master.key',
    "Set RAILS_MASTER_KEY to the contents of config/master.key",
    "RAILS_MASTER_KEY=<your master key>",
    "git log config/master.key 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c9b1d3f5a",
    "KMS master key: 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c",
  ])("negative %s", (t) => expectNegative(t));
});
