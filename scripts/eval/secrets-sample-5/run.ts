/**
 * `node --import tsx scripts/eval/secrets-sample-5/run.ts [--misses] [--dump]` — red-team set 5, SECRETS only
 * (held out, written blind: from the providers' published token formats — prefixes, lengths, alphabets, the GitHub/npm
 * CRC32 checksum — and real-world contexts, NOT from src/detect, its docs or its tests).
 *
 * Composition: Part A ~85 hand-written positives (chat requests for help, stack traces, .env/YAML/TOML/INI/XML/JSON
 * configs, GCP service-account JSON, Azure connection strings, docker config, k8s Secrets, Terraform state incl.
 * random_password results, shell history, curl with auth headers, code in Python/Go/Java/C#/Rust/PHP/Ruby/JS/Kotlin/
 * Swift/bash/SQL, PEM/OpenSSH/PGP/PKCS#8 keys, JWTs, CI logs); Part B ~65 credential kinds each in 1–2 keyed contexts
 * picked from 16 templates plus, for kinds with an unambiguous provider format, one context with no keyword nearby;
 * Part C ~125 hard negatives (placeholders, documented examples, git SHAs, digests, lockfile checksums, request/trace
 * ids, presigned-URL signatures, public keys and certificates, base64 data, minified code, prose and code that only
 * name secrets). Values come from a seeded generator (gen.ts) and are random and invalid.
 *
 * Scoring as in sets 3 and 4 (../secrets-red-team.ts): only actionable findings of category "secret"; a labelled span
 * is found when a finding overlaps it; a finding overlapping no label is a false positive; OPT labels are reported apart.
 */
import { runSecretsRedTeam } from "../secrets-red-team.js";
import { b } from "./cases.js";

runSecretsRedTeam(b.cases);
