/** Hard negatives of the sixth secrets set (~120): placeholders and secret references, documented examples with
 *  EXAMPLE markers, hashes and digests, ids (UUIDs, provider object ids, request ids), public keys and certificates,
 *  publishable/public client keys, base64 images and fonts, minified code and source maps, prose (in several languages)
 *  that only talks about secrets, and high-entropy values that are not credentials. Debatable values carry OPT labels. */
import { b, O } from "./build.js";
import { AN, B64U, L, LD, b64, b64url, digits, hex, int, pick, rs, tok, uuid } from "./gen6.js";

const N = (kind: string, text: string) => b.add("neg", kind, text);

// placeholders, masked values and references to secrets kept elsewhere
for (const t of [
  `OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-key-here>`,
  `export AWS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID\nexport AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY`,
  `- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}`,
  `password: {{ .Values.postgresql.auth.password | quote }}`,
  `DATABASE_URL=postgres://\${DB_USER}:\${DB_PASSWORD}@\${DB_HOST}:5432/app`,
  `const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`,
  `api_key = os.environ["COHERE_API_KEY"]  # set in your shell, never here`,
  `GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`,
  `STRIPE_SECRET_KEY=sk_live_****************************`,
  `[2026-11-24 10:01:12] Using token ***  (masked by GitHub Actions)`,
  `Authorization: Bearer <REDACTED>`,
  `The key in the screenshot was sk-proj-…Xf3d (truncated) — it has already been revoked.`,
  `- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: orders-db\n      key: password`,
  `"ConnectionStrings": { "Db": "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/db-conn/)" }`,
  `op run --env-file=.env -- node server.js   # .env holds op://Engineering/Stripe/credential references`,
  `db_password = var.db_password\nmaster_password = data.aws_secretsmanager_secret_version.db.secret_string`,
  `ansible_become_pass: "{{ vault_become_pass }}"`,
  `password_file: /run/secrets/db_password`,
  `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX`,
  `api_key: null\ntoken: ""\npassword: ~`,
  `Set JWT_SECRET to a long random string (e.g. the output of \`openssl rand -hex 32\`).`,
  `password = getpass.getpass("Password: ")`,
  `mysql -u root -p   # prompts for the password`,
  `Clave API: <tu-clave-aquí> — reemplázala antes de ejecutar el script.`,
  `API-Schlüssel: DEIN_API_KEY (im Dashboard unter Einstellungen → API erzeugen)`,
  `APIキー: your-api-key-here を環境変数に設定してください。`,
  `token: "\${TELEGRAM_BOT_TOKEN}"`,
  `DD_API_KEY=<DATADOG_API_KEY>`,
]) N("placeholder", t);
N("placeholder.changeme", `# default credentials for the local dev container only\nPOSTGRES_PASSWORD=${O("pw-default")("changeme")}`);

// documented examples
for (const t of [
  `aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
  `From the AWS docs: "the access key ID AKIAI44QH8DHBEXAMPLE and secret je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY are examples only."`,
  `The jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c decodes to "John Doe".`,
  `# Example (replace with your own): token = "EXAMPLE-TOKEN-0000-1111-2222"`,
  `Docs snippet: curl -H "Authorization: Bearer EXAMPLE_API_KEY" https://api.example.com/v1/items`,
  `export HF_TOKEN=hf_exampleexampleexampleexample  # placeholder from the tutorial`,
]) N("docs.example", t);
N("docs.stripe-test", `Stripe's quickstart uses a test-mode key like ${O("stripe-test-key")("sk_test_" + rs(AN, 24))} — test keys cannot move money.`);

// hashes and digests
for (let i = 0; i < 16; i++) N("hash", [
  `commit ${hex(40)}\nAuthor: CI Bot <ci@acme.dev>\n\n    chore: bump deps`,
  `image: ghcr.io/acme/api@sha256:${hex(64)}`,
  `"integrity": "sha512-${b64(64)}"`,
  `github.com/stretchr/testify v1.9.0 h1:${b64(32)}`,
  `checksum = "${hex(64)}"`,
  `md5sum release.tar.gz\n${hex(32)}  release.tar.gz`,
  `SHA256 (ubuntu-24.04.1-live-server-amd64.iso) = ${hex(64)}`,
  `<script src="/app.js" integrity="sha384-${b64(48)}" crossorigin="anonymous"></script>`,
  `ETag: "${hex(32)}"`,
  `Merge pull request #${int(100, 9999)} from acme/fix-${hex(7)}`,
  `bcrypt hash stored for user 42: ${O("password-hash")("$2b$12$" + rs(AN + "./", 53))}`,
  `git log --oneline\n${hex(7)} fix login redirect\n${hex(7)} add rate limiter\n${hex(7)} initial commit`,
  `Cargo.lock: checksum = "${hex(64)}"`,
  `"sha": "${hex(40)}", "tree": { "sha": "${hex(40)}" }`,
  `PGP fingerprint: ${Array.from({ length: 10 }, () => hex(4).toUpperCase()).join(" ")}`,
  `sha1: ${hex(40)}  sha256: ${hex(64)}`,
][i]!);

// ids
for (let i = 0; i < 14; i++) N("id", [
  `request_id=${uuid()} trace_id=${hex(32)} span_id=${hex(16)}`,
  `Stripe objects: customer cus_${rs(AN, 14)}, payment intent pi_${rs(AN, 24)}, charge ch_${rs(AN, 24)}`,
  `Twilio message SM${hex(32)} sent from account AC${hex(32)}`,
  `x-request-id: req_${rs(AN, 24)}`,
  `{"id":"chatcmpl-${rs(AN, 29)}","object":"chat.completion","model":"gpt-4o-mini"}`,
  `{"id":"msg_01${rs(AN, 22)}","type":"message","role":"assistant"}`,
  `metadata:\n  uid: ${uuid()}\n  resourceVersion: "${digits(8)}"`,
  `Sentry event ${hex(32)} grouped into issue ${digits(10)}`,
  `Slack channel C${rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)}, user U${rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)}, team T${rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8)}`,
  `CF-Ray: ${hex(16)}-FRA`,
  `Order ${uuid()} shipped; invoice ${uuid()}`,
  `"client_id": "${digits(12)}-${rs(LD, 32)}.apps.googleusercontent.com"`,
  `ocid1.instance.oc1.eu-frankfurt-1.${rs(LD, 60)}`,
  `arn:aws:iam::${digits(12)}:role/service-role/lambda-exec-${hex(8)}`,
][i]!);

// public keys, certificates, publishable keys
for (const t of [
  `ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@host\n${tok.sshPub()} deploy@laptop`,
  `${tok.sshRsaPub()} ci@runner`,
  tok.pubPem(),
  `ssl_certificate: |\n${tok.certPem()}`,
  `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${b64(300).match(/.{1,64}/g)!.join("\n")}\n=${rs(AN, 4)}\n-----END PGP PUBLIC KEY BLOCK-----`,
  `{"keys":[{"kty":"RSA","kid":"${hex(16)}","use":"sig","alg":"RS256","n":"${b64url(256)}","e":"AQAB"}]}`,
  `age recipient: age1${rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}`,
  `[Peer]\nPublicKey = ${b64(32)}\nAllowedIPs = 10.8.0.0/24`,
  `const stripe = Stripe("pk_live_${rs(AN, 99)}"); // publishable key, safe in the browser`,
  `mapboxgl.accessToken = "${tok.mapboxPublic()}";`,
  `<div class="g-recaptcha" data-sitekey="6L${rs(B64U, 38)}"></div>`,
  `const firebaseConfig = { apiKey: "${O("firebase-web-api-key")(tok.googleApi())}", authDomain: "shop-${int(100, 999)}.firebaseapp.com", projectId: "shop-${int(100, 999)}" };`,
  `algoliasearch("${rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)}", "${O("algolia-search-key")(hex(32))}") // search-only key`,
]) N("public", t);

// base64 images, fonts, minified code, source maps
for (let i = 0; i < 10; i++) N("blob", [
  `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAB${b64(180)}" alt="logo">`,
  `@font-face { font-family: "Inter"; src: url(data:font/woff2;base64,d09GMgABAAAAA${b64(240)}) format("woff2"); }`,
  `background-image: url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAyNCAyNCI+${b64(90)}");`,
  `!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).${rs(L, 6)}=t()}(this,function(){"use strict";var e="${rs(AN, 40)}",t=function(n){return n.replace(/[${rs(L, 5)}]/g,"")};return{v:e,t:t}});`,
  `{"version":3,"sources":["../src/index.ts"],"names":[],"mappings":"${Array.from({ length: 30 }, () => rs("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", int(4, 8))).join(";")}"}`,
  `assets/index-${rs(AN + "_-", 8)}.js   142.31 kB │ gzip: 45.90 kB\nassets/vendor-${rs(AN + "_-", 8)}.js  512.04 kB │ gzip: 160.11 kB`,
  `"__NEXT_DATA__" buildId: "${rs(AN + "_-", 21)}"`,
  `self.__WB_MANIFEST = [{"revision":"${hex(32)}","url":"/index.html"},{"revision":"${hex(32)}","url":"/app.css"}]`,
  `data:application/pdf;base64,JVBERi0xLjcKJeLjz9MK${b64(200)}`,
  `wasm bytes (base64): AGFzbQEAAAAB${b64(160)}`,
][i]!);

// prose about secrets (several languages)
for (const t of [
  "Rotate your API keys every 90 days and never commit .env files to git.",
  "Where should I store the Stripe secret key in a Next.js app — env vars or a secrets manager?",
  "Our policy: passwords must be at least 14 characters; tokens live in Vault and are injected at deploy time.",
  "I accidentally pushed an AWS key to a public repo an hour ago. What should I do first?",
  "How do GitHub's fine-grained personal access tokens differ from classic ones?",
  "¿Cómo guardo de forma segura la contraseña de la base de datos en Kubernetes?",
  "Wie rotiere ich den Slack-Bot-Token, ohne dass der Bot offline geht?",
  "Comment révoquer une clé API OpenAI compromise ?",
  "データベースのパスワードを環境変数で渡すのは安全ですか？",
  "Como faço para gerar um token do Hugging Face com permissão só de leitura?",
  "Explain the difference between a JWT's signature and its encryption.",
  "The incident report says the token was exposed in CI logs for 12 minutes before masking kicked in.",
  "Write a regex that matches GitHub tokens (ghp_ followed by 36 alphanumerics) for our pre-commit hook.",
  "Why does Terraform store random_password results in plain text in the state file?",
  "expect(isStrongPassword(\"password123\")).toBe(false);",
  "Jak bezpiecznie przechowywać klucze API w aplikacji mobilnej?",
]) N("prose", t);

// high-entropy values that are not credentials
for (let i = 0; i < 10; i++) N("entropy", [
  `Content-Security-Policy: script-src 'nonce-${b64(16)}'`,
  `s3://acme-uploads/user-content/${hex(2)}/${hex(32)}/avatar.webp`,
  `https://cdn.acme.io/static/js/main.${hex(8)}.chunk.js`,
  `tracking: 1Z${rs("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16)}, container ${rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4)}${digits(7)}`,
  `youtube.com/watch?v=${rs(B64U, 11)} and youtu.be/${rs(B64U, 11)}`,
  `Bitcoin tx ${hex(64)} confirmed in block ${digits(6)}`,
  `Seed for the reproducible benchmark: ${hex(16)} (numpy default_rng)`,
  `Vault lease id: database/creds/readonly/${rs(AN, 24)}`,
  `Correlation ID: ${rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 26)}`,
  `https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${O("aws-presign-credential")("AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))}%2F20261124%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261124T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${hex(64)}`,
][i]!);
void [pick];
