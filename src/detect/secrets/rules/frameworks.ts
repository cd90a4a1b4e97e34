import type { SecretRule } from "../secret-rule.js";

/**
 * Keys that web frameworks generate for themselves. Rails encrypts `config/credentials.yml.enc` (and the
 * per-environment `config/credentials/<env>.yml.enc`) with a key kept in `config/master.key` /
 * `config/credentials/<env>.key` or handed over as `RAILS_MASTER_KEY`: 32 hex digits (16 random bytes, the
 * AES-128-GCM key length of `ActiveSupport::EncryptedFile`). Whoever has it reads every credential of the app.
 */
export const frameworkRules: readonly SecretRule[] = [
  {
    id: "rails-master-key",
    description: "Rails master key (32 hex) in `RAILS_MASTER_KEY`, after a `config/master.key` / `config/credentials/<env>.key` name, or echoed into one",
    // Three contexts: the env variable (`RAILS_MASTER_KEY=…`, `-e RAILS_MASTER_KEY=…`, `heroku config:set …`), the key
    // file named right before its content (`config/master.key: …`, `cat config/master.key` and the next line), and
    // `echo <hex> > config/master.key`.
    pattern:
      // (after the variable: an assignment, a Dockerfile `ENV` blank, `gh secret set … --body`, a YAML `value:` entry)
      `(?:(?<![\\w-])RAILS_MASTER_KEY["']?(?:[ \\t]{0,3}(?:=|:|=>)[ \\t]{0,3}|[ \\t]{1,3}(?:(?:-b|--body)(?:[ \\t]{1,3}|=))?|["']?\\r?\\n[ \\t]{0,16}value:[ \\t]{0,3})["']?` +
      // "master key" in prose, on a line that says it is Rails' ("our rails master key …", "master key: … (config/master.key)")
      `|(?:(?<=rails[^\\r\\n]{0,60}?)|(?=[^\\r\\n]{0,160}?(?:master\\.key|credentials\\.yml|rails)))(?<![\\w-])master[ \\t_-]?key\\b[ \\t]{0,3}(?:(?:is|=|:)[ \\t]{0,3})?["'\`]?` +
      `|(?<![\\w-])(?:master|credentials/[\\w-]{1,30})\\.key\\b["'\`]?(?:[ \\t]{0,3}[:=][ \\t]{0,3}["'\`]?|[ \\t]{0,3}\\r?\\n[ \\t]{0,4})` +
      `|\\b(?:echo|printf)(?:[ \\t]{1,4}-n)?[ \\t]{1,4}["']?(?=[0-9a-fA-F]{32}["']?[ \\t]{0,4}>{1,2}[ \\t]{0,4}[\\w./-]{0,80}(?:master|credentials/[\\w-]{1,30})\\.key\\b))` +
      `(?<secret>[0-9a-fA-F]{32})(?![0-9A-Za-z])`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["rails_master_key", "master.key", "credentials/", "master key", "master-key"],
    window: { before: 120, after: 120 },
    score: 0.85,
    entropyMin: 3,
    validator: "mixed-charset",
    examples: {
      positive: [
        { text: "config/master.key: 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c", secret: "4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c" },
        { text: "$ cat config/master.key\n9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a\n$ ", secret: "9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a" },
        { text: "heroku config:set RAILS_MASTER_KEY=9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a -a shop", secret: "9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a" },
        { text: "docker run -e RAILS_MASTER_KEY=0c7e2b5a9d1f4c8e6a3b7d0f2e5c9a1b app", secret: "0c7e2b5a9d1f4c8e6a3b7d0f2e5c9a1b" },
        { text: 'echo "5e8a1c3f7b9d2e4a6c0f8b1d3e5a7c9f" > config/credentials/production.key', secret: "5e8a1c3f7b9d2e4a6c0f8b1d3e5a7c9f" },
        { text: "here's our rails master key 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c, don't lose it", secret: "4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c" },
        { text: "master key: 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c (config/master.key)", secret: "4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c" },
        { text: "gh secret set RAILS_MASTER_KEY --body 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c", secret: "4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c" },
        { text: "services:\n  - type: web\n    envVars:\n      - key: RAILS_MASTER_KEY\n        value: 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c", secret: "4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c" },
        { text: "ENV RAILS_MASTER_KEY 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c", secret: "4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c" },
      ],
      negative: [
        { text: "RAILS_MASTER_KEY=${{ secrets.RAILS_MASTER_KEY }}" },
        { text: "echo $RAILS_MASTER_KEY > config/master.key" },
        { text: "config/master.key: 00000000000000000000000000000000" },
        { text: "git log config/master.key 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c9b1d3f5a" },
        { text: "RAILS_MASTER_KEY=<your master key>" },
        { text: "KMS master key: 4f2b9a7c1e3d5f60a8b2c4d6e8f01a3c" },
        { text: "gh secret set RAILS_MASTER_KEY < config/master.key" },
      ],
    },
  },
];
