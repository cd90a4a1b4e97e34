/**
 * `node --import tsx scripts/eval/secrets-sample-7/run.ts [--misses] [--dump]` — red-team set 7, SECRETS only (held out,
 * written blind: from the providers' published token formats — prefixes, lengths, alphabets, the GitHub/npm CRC32
 * base62 checksum — and the contexts people paste them in, NOT from src/detect, models/, its docs, its tests, the
 * training scripts, /work/shared/data or earlier sets' case files and generators; only this runner's shared harness
 * ../secrets-red-team.ts and set 6's builder/lint/runner were read).
 *
 * Composition (311 texts): 209 positives with 211 required labels of 58 services (100 kinds). providers.ts: 64 token
 * shapes — GCP API key, Azure client secret, GitHub classic/fine-grained/OAuth/installation, GitLab PAT and runner,
 * Bitbucket app password, Slack bot/user/webhook, Stripe secret/restricted/webhook, Twilio auth token and API secret,
 * SendGrid, Mailgun, OpenAI project and legacy, Anthropic, Hugging Face, Cohere, Datadog API/app, New Relic user/license,
 * PagerDuty, npm, PyPI, Docker Hub, Shopify admin/shared secret, Square, Braintree, PayPal client secret, Discord bot
 * and webhook, Telegram, Okta, Auth0 client secret, Cloudflare token/global key, DigitalOcean, Heroku, Vercel, Netlify,
 * Supabase service role JWT and sb_secret, Firebase FCM server key, MongoDB Atlas private key, JWT session, Linear,
 * Grafana, Vault, Airtable, Notion, Groq, Replicate, Atlassian, Mapbox, Postman, a keyword-named generic secret — each
 * in two or three of 17 contexts (.env, YAML, JSON appsettings, TOML, INI, docker-compose, Terraform, k8s Secret
 * stringData, shell history, curl headers, Python traceback, CI log, Python, TypeScript, Go, Java, Slack prose).
 * cases-ctx.ts: AWS key pairs (.env, ~/.aws/credentials, Terraform, boto3, STS JSON with session token, compose) and a
 * lone AKIA id, GCP service-account JSON (pasted, in a k8s Secret, inlined in .env), Azure storage connection string,
 * Service Bus key, SAS signature, private keys (RSA in chat, Ansible and a heredoc, PKCS#8 with \n escapes, EC in YAML,
 * OpenSSH from cat and a CI log, PGP), passwords of 11 database URLs (Postgres x3, MySQL x2, Redis x2, MongoDB x2, AMQP,
 * SQL Server), passwords in 20 syntaxes (env, YAML, JSON, INI, TOML, XML, properties, compose, helm --set, mysqldump,
 * sshpass, Python, PHP, Java, netrc, PowerShell, prose in English, Spanish, German), a Twilio token beside its account
 * SID, JWTs in a HAR cookie and chat, session/Django/Rails/webhook secrets. 102 negatives (33 %): placeholders in the same
 * contexts (<your-key>, ${API_KEY}, xxxx, changeme, ${{ secrets.X }}, op://, vault:, ****), secret references (k8s
 * secretKeyRef, Secrets Manager, Ansible vault, Key Vault, env lookups), UUIDs, git SHAs, image digests, file hashes, SRI
 * integrity, base64 of images/JSON/text, SSH/PEM/PGP public keys and a certificate, documented examples (AWS EXAMPLE
 * keys, Stripe test card, dummy ghp_000…, "sk-...your key..."), Stripe publishable key, Supabase publishable key, Twilio
 * call/account/messaging SIDs, Stripe object ids, ARNs, Google client ids, Slack ids, trace ids, variable names and prose
 * without values, minified code, nonces, tracking numbers, wasm. 11 OPT labels: AWS key ids beside their secret (8),
 * GCP private_key_id (3), a Firebase web API key in a negative.
 * Values come from gen7.ts (Mulberry32 seeded 0x7e7c962). Label lint: `node --import tsx scripts/eval/secrets-sample-7/lint.ts`.
 *
 * Scoring as sets 3-6 (../secrets-red-team.ts). Scored ONCE, on the unmodified detectors of commit 5e8c962
 * (`npm run eval:secrets-sample-7 -- --misses`, 2026-11-28), before anyone read a miss:
 *   cases=311 positive=209 negative=102 labels=211 (+11 optional) kinds=100  (3567 ms)
 *   SECRETS  TP=207 FN=4 FP=4  precision=0.981 recall=0.981 F1=0.981
 *   negative cases flagged: 3/102
 *   FP by rule: twilio-account-sid=3 secret-env-in-command=1
 *   services: 58; with a miss: auth0 1/2, vault 1/2, pw 19/20, rails 0/1
 *   rails-master-key 0/1 ✗      ("config/master.key: <32 hex>")
 *   auth0-client-secret 1/2 ✗   (64 url-safe chars in Slack prose, no keyword beside it)
 *   vault-token 1/2 ✗           (hvs. + 24 chars in a TypeScript const)
 *   pw-prose 3/4 ✗              (German "Das Passwort ... lautet X", password-in-prose at 0.57, below threshold)
 *   per service found/labelled: aws 9/9, gcp 6/6, azure 5/5, github 9/9, gitlab 5/5, bitbucket 2/2, slack 7/7,
 *   stripe 7/7, twilio 6/6, sendgrid 2/2, mailgun 3/3, openai 4/4, anthropic 3/3, huggingface 2/2, cohere 2/2,
 *   datadog 5/5, newrelic 5/5, pagerduty 2/2, npm 2/2, pypi 3/3, dockerhub 2/2, shopify 5/5, square 2/2, braintree 2/2,
 *   paypal 3/3, discord 4/4, telegram 3/3, okta 2/2, auth0 1/2, cloudflare 5/5, digitalocean 2/2, heroku 3/3, vercel 2/2,
 *   netlify 2/2, supabase 5/5, firebase 2/2, mongodb 5/5, jwt 4/4, linear 2/2, grafana 3/3, vault 1/2, airtable 2/2,
 *   notion 3/3, groq 2/2, replicate 2/2, atlassian 3/3, generic 4/4, mapbox 2/2, postman 3/3, private 8/8, postgres 3/3,
 *   mysql 2/2, redis 2/2, amqp 1/1, mssql 1/1, pw 19/20, django 1/1, rails 0/1.
 *   The false positives: Twilio account SIDs (AC + 32 hex) flagged three times (one beside a labelled auth token, two in
 *   negatives) — left unlabelled as identifiers, as in set 6 — and "OPENAI_API_KEY=sk-...your key..." (a documented
 *   placeholder) by secret-env-in-command. OPT: all 8 AWS key ids and the Firebase web key found, no private_key_id.
 */
import { runSecretsRedTeam } from "../secrets-red-team.js";
import { b } from "./build.js";
import "./all.js";

runSecretsRedTeam(b.cases);
