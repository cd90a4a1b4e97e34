import { withCrc32Suffix } from "./checksum.js";
import { randomFrom, seededRandom } from "./rules/builders.js";

/**
 * A generated, seeded evaluation corpus: real-format credentials (valid checksums where the
 * format has one) embedded in code, configs, logs and chat prompts, plus hard negatives that
 * look random but are not credentials (UUIDs, git SHAs, lockfile hashes, base64 images,
 * placeholders, public keys). Also a mixed corpus for throughput measurement.
 */

export interface SyntheticDoc {
  text: string;
  hasSecret: boolean;
  /** Spans of the embedded secrets (positives only). */
  spans: { start: number; end: number; kind: string }[];
  kind: string;
}

type Rnd = () => number;
const A62 = "A-Za-z0-9";
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const s = (rnd: Rnd, cls: string, n: number): string => randomFrom(cls, n, rnd);
const hex = (rnd: Rnd, n: number): string => s(rnd, "0-9a-f", n);
const b64url = (v: string): string => Buffer.from(v).toString("base64url");

/** Real-format credential generators: [kind, make(), env-var name]. */
const TOKENS: readonly [string, (r: Rnd) => string, string][] = [
  ["github-pat", (r) => withCrc32Suffix("ghp_", s(r, A62, 30)), "GITHUB_TOKEN"],
  ["github-oauth", (r) => withCrc32Suffix("gho_", s(r, A62, 30)), "GH_OAUTH_TOKEN"],
  ["github-fine-grained", (r) => `github_pat_11${s(r, "A-Z0-9", 20)}_${s(r, A62, 59)}`, "GH_PAT"],
  ["npm", (r) => withCrc32Suffix("npm_", s(r, A62, 30)), "NPM_TOKEN"],
  ["aws-akid", (r) => `AKIA${s(r, "A-Z2-7", 16)}`, "AWS_ACCESS_KEY_ID"],
  ["stripe", (r) => `sk_live_51${s(r, A62, 97)}`, "STRIPE_SECRET_KEY"],
  ["stripe-rk", (r) => `rk_live_51${s(r, A62, 60)}`, "STRIPE_RESTRICTED_KEY"],
  ["slack-bot", (r) => `xoxb-${s(r, "0-9", 12)}-${s(r, "0-9", 13)}-${s(r, A62, 24)}`, "SLACK_BOT_TOKEN"],
  ["slack-webhook", (r) => `https://hooks.slack.com/services/T${s(r, "A-Z0-9", 8)}/B${s(r, "A-Z0-9", 10)}/${s(r, A62, 24)}`, "SLACK_WEBHOOK_URL"],
  ["openai", (r) => `sk-proj-${s(r, "A-Za-z0-9_-", 74)}T3BlbkFJ${s(r, "A-Za-z0-9_-", 74)}`, "OPENAI_API_KEY"],
  ["openai-legacy", (r) => `sk-${s(r, A62, 20)}T3BlbkFJ${s(r, A62, 20)}`, "OPENAI_KEY"],
  ["anthropic", (r) => `sk-ant-api03-${s(r, "A-Za-z0-9_-", 93)}AA`, "ANTHROPIC_API_KEY"],
  ["gcp", (r) => `AIza${s(r, "A-Za-z0-9_-", 35)}`, "GOOGLE_API_KEY"],
  ["sendgrid", (r) => `SG.${s(r, "A-Za-z0-9_-", 22)}.${s(r, "A-Za-z0-9_-", 43)}`, "SENDGRID_API_KEY"],
  ["gitlab", (r) => `glpat-${s(r, "A-Za-z0-9_-", 20)}`, "GITLAB_TOKEN"],
  ["huggingface", (r) => `hf_${s(r, "A-Za-z", 34)}`, "HF_TOKEN"],
  ["groq", (r) => `gsk_${s(r, A62, 52)}`, "GROQ_API_KEY"],
  ["digitalocean", (r) => `dop_v1_${hex(r, 64)}`, "DIGITALOCEAN_TOKEN"],
  ["shopify", (r) => `shpat_${hex(r, 32)}`, "SHOPIFY_ACCESS_TOKEN"],
  ["mailchimp", (r) => `${hex(r, 32)}-us${1 + Math.floor(r() * 20)}`, "MAILCHIMP_API_KEY"],
  ["pypi", (r) => `pypi-AgEIcHlwaS5vcmc${s(r, "A-Za-z0-9_-", 150)}`, "PYPI_TOKEN"],
  ["docker", (r) => `dckr_pat_${s(r, "A-Za-z0-9_-", 27)}`, "DOCKERHUB_TOKEN"],
  ["vault", (r) => `hvs.${s(r, "A-Za-z0-9_-", 95)}`, "VAULT_TOKEN"],
  ["linear", (r) => `lin_api_${s(r, A62, 40)}`, "LINEAR_API_KEY"],
  ["doppler", (r) => `dp.pt.${s(r, A62, 43)}`, "DOPPLER_TOKEN"],
  ["postman", (r) => `PMAK-${hex(r, 24)}-${hex(r, 34)}`, "POSTMAN_API_KEY"],
  ["telegram", (r) => `${6000000000 + Math.floor(r() * 999999999)}:AA${s(r, "A-Za-z0-9_-", 33)}`, "TELEGRAM_BOT_TOKEN"],
  ["datadog", (r) => hex(r, 32), "DD_API_KEY"],
  ["sentry-user", (r) => `sntryu_${hex(r, 64)}`, "SENTRY_AUTH_TOKEN"],
  ["new-relic", (r) => `NRAK-${s(r, "A-Z0-9", 27)}`, "NEW_RELIC_API_KEY"],
  ["twilio", (r) => `SK${hex(r, 32)}`, "TWILIO_API_KEY"],
  ["replicate", (r) => `r8_${s(r, A62, 37)}`, "REPLICATE_API_TOKEN"],
  ["perplexity", (r) => `pplx-${s(r, A62, 48)}`, "PPLX_API_KEY"],
  ["atlassian", (r) => `ATATT3xFfGF0${s(r, "A-Za-z0-9_-", 170)}=${s(r, "A-F0-9", 8)}`, "JIRA_API_TOKEN"],
  ["jwt", (r) => jwt(r), "ACCESS_TOKEN"],
  ["azure-storage", (r) => `${s(r, "A-Za-z0-9+/", 86)}==`, "AZURE_STORAGE_KEY"],
];

function jwt(r: Rnd): string {
  const header = b64url(JSON.stringify({ alg: pick(r, ["HS256", "RS256", "ES256"]), typ: "JWT" }));
  const payload = b64url(
    JSON.stringify({ sub: `user_${hex(r, 8)}`, iat: 1700000000 + Math.floor(r() * 1e7), exp: 1800000000, scope: "read write" }),
  );
  return `${header}.${payload}.${s(r, "A-Za-z0-9_-", 43)}`;
}

/** Neutral prose and code (most real text never mentions credentials). */
const NEUTRAL_PROSE = [
  "The committee met on Tuesday to discuss the budget for next year and agreed to postpone the final vote.",
  "Photosynthesis converts light energy into chemical energy, which plants store as glucose in their cells.",
  "Our customers in the Nordic region asked for invoices in their local currency, which finance will support in May.",
  "The museum's new exhibition features early twentieth-century photographs of harbour workers and their families.",
  "Please find below the summary of the incident review, including the timeline and the follow-up actions agreed.",
  "If the shipment arrives damaged, take pictures of the packaging before opening it and contact support within two days.",
  "Latency at the 99th percentile improved after we moved the cache closer to the application servers.",
  "Write a short poem about autumn leaves falling on a quiet river, in the style of a haiku sequence.",
  "Translate the following paragraph into French, keeping the formal tone used in the original letter.",
  "The study followed 1,200 participants over five years and found no significant difference between the groups.",
];

const NEUTRAL_CODE = [
  "export function clamp(x: number, lo: number, hi: number): number {\n  return Math.min(hi, Math.max(lo, x));\n}",
  "class LruCache:\n    def __init__(self, size):\n        self.size = size\n        self.items = OrderedDict()",
  "const rows = await db.query('SELECT * FROM orders WHERE customer_id = $1', [customerId]);",
  "func (s *Server) Shutdown(ctx context.Context) error {\n\treturn s.http.Shutdown(ctx)\n}",
  "<div class=\"card\">\n  <h2>{{ title }}</h2>\n  <p>{{ body }}</p>\n</div>",
  "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs-prod\"\n  acl    = \"private\"\n}",
];

const PROSE = [
  "The quarterly report shows revenue growth across all regions, with particular strength in the enterprise segment.",
  "Please review the attached design document before Thursday's meeting and leave comments inline.",
  "We migrated the billing service to the new cluster last night; latency dropped by about thirty percent.",
  "Could you summarise the main differences between optimistic and pessimistic locking for our team wiki?",
  "Our onboarding checklist covers laptop setup, access requests, and the security awareness training.",
  "The tokenizer splits text into tokens of at most 512 entries before the model sees it.",
  "Remember to rotate your API keys every ninety days and never commit credentials to the repository.",
  "Password policies should require length over complexity; passphrases are easier to remember.",
];

const CODE = [
  'import { readFile } from "node:fs/promises";\nexport async function load(path) {\n  const raw = await readFile(path, "utf8");\n  return JSON.parse(raw);\n}',
  "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a",
  "const token = process.env.GITHUB_TOKEN;\nif (!token) throw new Error('missing GITHUB_TOKEN');",
  'password = os.environ["DB_PASSWORD"]\nconn = psycopg2.connect(host=host, user=user, password=password)',
  "for (let i = 0; i < items.length; i++) {\n  total += items[i].price * items[i].qty;\n}",
  "SELECT id, email, created_at FROM users WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 50;",
];

function logLine(r: Rnd): string {
  return JSON.stringify({
    ts: new Date(1700000000000 + Math.floor(r() * 1e10)).toISOString(),
    level: pick(r, ["info", "debug", "warn"]),
    request_id: uuid(r),
    trace_id: hex(r, 32),
    span_id: hex(r, 16),
    msg: pick(r, ["request completed", "cache miss", "retrying upstream", "user login"]),
    duration_ms: Math.floor(r() * 900),
  });
}

function uuid(r: Rnd): string {
  const h = hex(r, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Templates embedding a secret `T` for env var `N`. */
const POSITIVE_TEMPLATES: readonly [string, string][] = [
  ["env", "# production settings\nNODE_ENV=production\n{N}={T}\nLOG_LEVEL=info\n"],
  ["yaml", "service:\n  name: billing\n  replicas: 3\n  env:\n    - name: {N}\n      value: \"{T}\"\n"],
  ["json-config", '{\n  "region": "eu-west-1",\n  "{n}": "{T}",\n  "timeout": 30\n}'],
  ["js-code", 'const client = new ApiClient({\n  baseUrl: "https://api.internal",\n  token: "{T}",\n});'],
  ["py-code", 'import requests\n\nHEADERS = {"Authorization": "Bearer {T}"}\nresp = requests.get(URL, headers=HEADERS, timeout=10)'],
  ["log", '{"ts":"2024-05-01T10:00:00Z","level":"debug","msg":"outgoing request","config":{"{n}":"{T}"}}'],
  ["chat", "Hi! My deploy keeps failing with 401 Unauthorized. I set the key to {T} in the pipeline settings, what am I doing wrong?"],
  ["chat-inline", "can you check why this doesn't work: curl -H 'Authorization: token {T}' https://api.example.com/v1/me"],
  ["shell", "$ export {N}={T}\n$ ./deploy.sh --env staging"],
  ["query", "GET /v1/reports?api_key={T}&format=json HTTP/1.1\nHost: api.example.com"],
  ["dockerfile", "FROM python:3.12-slim\nENV {N}={T}\nCMD [\"python\", \"app.py\"]"],
  ["go", 'cfg := Config{\n\tEndpoint: "https://api.example.com",\n\tAPIKey:   "{T}",\n}'],
  ["properties", "app.name=billing\napp.{n}={T}\napp.timeout=30"],
  ["markdown", "I accidentally pushed `{T}` to a public repo an hour ago. How do I revoke it?"],
  ["http-dump", "> POST /v2/charges HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer {T}\n> Content-Type: application/json"],
];

const NEGATIVE_DOCS: readonly ((r: Rnd) => string)[] = [
  (r) => Array.from({ length: 6 }, () => logLine(r)).join("\n"),
  (r) =>
    Array.from({ length: 4 }, () => `commit ${hex(r, 40)}\nAuthor: Dev <dev@example.com>\n\n    fix: handle empty payloads\n`).join("\n"),
  (r) =>
    `"node_modules/${pick(r, ["lodash", "react", "express", "chalk"])}": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${s(r, "A-Za-z0-9+/", 86)}=="\n}`,
  (r) => `github.com/stretchr/testify v1.8.4 h1:${s(r, "A-Za-z0-9+/", 43)}=\ngolang.org/x/sys v0.15.0/go.mod h1:${s(r, "A-Za-z0-9+/", 43)}=`,
  (r) => `[[package]]\nname = "serde"\nversion = "1.0.193"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(r, 64)}"`,
  (r) => `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${s(r, "A-Za-z0-9+/", 1200)}=" />`,
  () => "API_KEY=your-api-key-here\nSECRET_KEY=changeme\nDB_PASSWORD=${DB_PASSWORD}\nTOKEN=<token>",
  () => 'const config = {\n  apiKey: process.env.OPENAI_API_KEY,\n  password: "********",\n  token: "xxxxxxxxxxxxxxxxxxxxxxxx",\n};',
  () => "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
  (r) => `FROM node:20-alpine@sha256:${hex(r, 64)}\nRUN npm ci --omit=dev`,
  (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${s(r, "A-Za-z0-9+/", 43)} dev@laptop`,
  (r) => `-----BEGIN CERTIFICATE-----\nMIID${s(r, "A-Za-z0-9+/", 60)}\n${s(r, "A-Za-z0-9+/", 64)}\n-----END CERTIFICATE-----`,
  (r) => `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${s(r, "A-Za-z0-9+/", 64)}\n-----END PUBLIC KEY-----`,
  (r) => `<script src="/static/js/main.${hex(r, 8)}.chunk.js"></script>\n<link href="/static/css/app.${hex(r, 20)}.css" rel="stylesheet">`,
  (r) => `The request ${uuid(r)} failed; see trace ${hex(r, 32)} for details. Retry with idempotency key ${uuid(r)}.`,
  () => pick(seededRandom("p"), PROSE) + "\n" + PROSE.join(" "),
  () => CODE.join("\n\n"),
  (r) => `md5sum: ${hex(r, 32)}  release.tar.gz\nsha256: ${hex(r, 64)}  release.tar.gz`,
  (r) => `const publishable = "pk_live_${s(r, A62, 24)}"; // safe to expose in the browser`,
  () => "To authenticate, pass your token in the Authorization header: `Authorization: Bearer <YOUR_TOKEN>`.",
  () => "password: \"{{ vault_db_password }}\"\napi_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256",
  (r) => `const ETAG = "W/\\"${hex(r, 40)}\\"";\nconst nonce = "${s(r, A62, 22)}";`,
  (r) => `session_id=${hex(r, 32)}; Path=/; HttpOnly; csrf_token=${s(r, A62, 40)}`,
  () => "Set `OPENAI_API_KEY` in your shell, e.g. `export OPENAI_API_KEY=sk-...` and restart the server.",
  () => "env:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\nrun: npm publish",
  () => "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-secret\n      key: password",
  () => 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\npassword = var.db_password',
  () => 'api_key = os.getenv("OPENAI_API_KEY")\nclient = OpenAI(api_key=api_key)\ntoken = settings.SLACK_BOT_TOKEN',
  (r) => `INSERT INTO users (email, password_hash) VALUES ('a@example.com', '$2b$12$${s(r, "A-Za-z0-9./", 53)}');`,
  () => "spring.datasource.password=${DB_PASS:changeme}\nspring.datasource.username=app",
  () => "Token count: 12345, tokens per second: 88.2. The tokenizer uses byte-pair encoding with a 50k vocabulary.",
  (r) => `{"event":"login","user_id":${Math.floor(r() * 1e6)},"session":"${uuid(r)}","auth_method":"password","mfa":true}`,
  (r) => `const key = crypto.createHash("sha256").update(input).digest("hex"); // ${hex(r, 64)}`,
];

/** The seeded evaluation set: `n` positives and `n` negatives (default 400 each). */
export function syntheticSecretDocs(seed = "warden-secrets-eval-v1", n = 400): SyntheticDoc[] {
  const r = seededRandom(seed);
  const docs: SyntheticDoc[] = [];
  for (let i = 0; i < n; i++) {
    const [kind, make, env] = TOKENS[i % TOKENS.length] as (typeof TOKENS)[number];
    const [tname, tpl] = pick(r, POSITIVE_TEMPLATES);
    const token = make(r);
    const before = r() < 0.5 ? `${pick(r, PROSE)}\n\n` : r() < 0.5 ? `${logLine(r)}\n` : "";
    const after = r() < 0.5 ? `\n\n${pick(r, CODE)}` : "";
    const filled = tpl.replace("{N}", env).replace("{n}", env.toLowerCase());
    const at = filled.indexOf("{T}");
    const text = before + filled.replace("{T}", token) + after;
    const start = before.length + at;
    docs.push({ text, hasSecret: true, spans: [{ start, end: start + token.length, kind }], kind: `${kind}/${tname}` });
  }
  for (let i = 0; i < n; i++) {
    const gen = NEGATIVE_DOCS[i % NEGATIVE_DOCS.length] as (r: Rnd) => string;
    docs.push({ text: gen(r), hasSecret: false, spans: [], kind: `negative-${i % NEGATIVE_DOCS.length}` });
  }
  return docs;
}

/**
 * Mixed realistic text for throughput: prose, code and JSON logs with a few secrets and hard
 * negatives, about `bytes` characters.
 */
export function mixedCorpus(bytes: number, seed = "warden-secrets-bench"): string {
  const r = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  let k = 0;
  while (size < bytes) {
    const x = r();
    let p: string;
    if (x < 0.3) p = pick(r, NEUTRAL_PROSE);
    else if (x < 0.35) p = pick(r, PROSE);
    else if (x < 0.55) p = pick(r, NEUTRAL_CODE);
    else if (x < 0.6) p = pick(r, CODE);
    else if (x < 0.9) p = logLine(r);
    else if (x < 0.995) p = (NEGATIVE_DOCS[k++ % NEGATIVE_DOCS.length] as (r: Rnd) => string)(r);
    else p = `${(TOKENS[k++ % TOKENS.length] as (typeof TOKENS)[number])[2]}=${(TOKENS[k % TOKENS.length] as (typeof TOKENS)[number])[1](r)}`;
    parts.push(p);
    size += p.length + 1;
  }
  return parts.join("\n").slice(0, bytes);
}
