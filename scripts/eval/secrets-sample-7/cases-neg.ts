/** Negative texts of the seventh secrets set: placeholders and references in the same seventeen contexts as the
 *  positives, UUIDs, git SHAs, digests, base64 of ordinary data, public keys and certificates, documented example
 *  credentials, publishable keys, account/object identifiers (Twilio SIDs, Stripe ids, ARNs), variable names without
 *  values, prose about secrets. */
import { b, O } from "./build.js";
import { PROVIDERS } from "./providers.js";
import { r, int, pick, hex, uuid, pem } from "./gen7.js";

const N = (kind: string, s: string) => b.add("neg", kind, s);
const PH = ["<your-key>", "${API_KEY}", "xxxxxxxxxxxxxxxxxxxx", "changeme", "YOUR_TOKEN_HERE", "{{ .Values.apiKey }}", "****************", "<REDACTED>", "${{ secrets.DEPLOY_TOKEN }}", "%(API_TOKEN)s", "TODO", "process.env.API_KEY", "''", "replace-me", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "$(cat /run/secrets/token)", "vault:secret/data/app#token", "op://Engineering/Stripe/credential", "<insert token>"];
// placeholders in provider contexts
for (const [i, p] of PROVIDERS.entries()) {
  if (i % 2) continue;
  const v = PH[i % PH.length]!;
  N(`placeholder.${p.kind}`, pick([
    `# .env.example — copy to .env and fill in\n${p.env}=${v}\nLOG_LEVEL=info`,
    `services:\n  app:\n    environment:\n      - ${p.env}=${v}`,
    `curl -H "${p.hdr.replace("{}", v)}" https://api.example.com/v1/ping`,
    `${p.kind.split("-")[0]}:\n  ${p.env.toLowerCase()}: "${v}"  # set via CI`,
  ]));
}
// secret references, not values
const refs = [
  "env:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}",
  "- name: STRIPE_SECRET_KEY\n  valueFrom:\n    secretKeyRef:\n      name: stripe\n      key: secret-key",
  "password = data.aws_secretsmanager_secret_version.db.secret_string",
  "api_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  REDACTED-BY-USER",
  "OPENAI_API_KEY=$(op read \"op://Private/OpenAI/api key\")",
  "@Value(\"${datadog.api-key}\") private String apiKey;",
  "token = os.environ[\"SLACK_BOT_TOKEN\"]",
  "const key = process.env.ANTHROPIC_API_KEY ?? throwMissing('ANTHROPIC_API_KEY');",
  "az keyvault secret show --vault-name acme-kv --name sendgrid-api-key --query value -o tsv",
  "kubectl create secret generic app --from-env-file=.env --dry-run=client -o yaml",
];
refs.forEach((s, i) => N(`reference.${i}`, s));
// ids and hashes
for (let i = 0; i < 6; i++) N("uuid", pick([`request_id=${uuid()} status=200 duration_ms=${int(3, 900)}`, `Tenant ${uuid()} migrated to the new cluster.`, `"correlationId": "${uuid()}", "level": "info"`]));
for (let i = 0; i < 6; i++) N("git-sha", pick([`commit ${hex(40)}\nAuthor: build-bot <ci@acme.io>\n\n    chore: bump deps`, `Reverts ${hex(7)}; see ${hex(40)} for the original change.`, `docker pull ghcr.io/acme/api@sha256:${hex(64)}`]));
for (let i = 0; i < 5; i++) N("hash", pick([`${hex(64)}  node-v20.18.0-linux-x64.tar.xz`, `md5(${pick(["logo.png", "report.pdf", "data.csv"])}) = ${hex(32)}`, `integrity: sha512-${r("b64", 86)}==`, `ETag: W/"${hex(40)}"`]));
N("base64-data", `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${r("b64", 120)}AAAAASUVORK5CYII=`);
N("base64-json", `echo ${Buffer.from(JSON.stringify({ user: "guest", theme: "dark", lang: "en-GB" })).toString("base64")} | base64 -d`);
N("base64-text", `The payload field is base64: ${Buffer.from("Quarterly report for the northern region, draft two.").toString("base64")}`);
// public keys and certificates
N("ssh-public", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r("b64", 43)} deploy@build-01`);
N("ssh-public-rsa", `authorized_keys:\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r("b64", 500)} ops@bastion`);
N("pem-public", pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392));
N("pem-cert", `ca.crt:\n${pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIE", 1200)}`);
N("pgp-public", `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${r("b64", 58)}\n${(r("b64", 64 * 6).match(/.{64}/g)!).join("\n")}\n=${r("b64", 4)}\n-----END PGP PUBLIC KEY BLOCK-----`);
// documented examples and clearly fake values
const docs = [
  "AWS docs example: aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE && aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "Stripe test card 4242 4242 4242 4242 works with any future expiry in test mode.",
  "The JWT spec example: header {\"alg\":\"HS256\",\"typ\":\"JWT\"}, payload {\"sub\":\"1234567890\",\"name\":\"John Doe\"}.",
  "token: ghp_000000000000000000000000000000000000 (dummy, used in unit tests)",
  "SLACK_BOT_TOKEN=xoxb-your-bot-token-here",
  "OPENAI_API_KEY=sk-...your key...",
  "export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  "password: ******** (hidden)",
];
docs.forEach((s, i) => N(`docs.${i}`, s));
// publishable / public client values and identifiers
N("stripe-publishable", `const stripe = Stripe('pk_live_51${r("b62", 97)}');`);
N("supabase-anon-ref", `SUPABASE_URL=https://${r("low", 20)}.supabase.co\nSUPABASE_PUBLISHABLE_KEY=sb_publishable_${r("url", 31)}`);
N("twilio-sid", `Call SID CA${hex(32)} from account AC${hex(32)} completed in 42s.`);
N("twilio-sid2", `TWILIO_ACCOUNT_SID=AC${hex(32)}\nTWILIO_MESSAGING_SERVICE_SID=MG${hex(32)}`);
N("stripe-ids", `Refunded ch_${r("b62", 24)} for customer cus_${r("b62", 14)} (invoice in_${r("b62", 24)}).`);
N("aws-arn", `arn:aws:iam::${int(100000000000, 999999999999)}:role/service-role/lambda-exec-${hex(8)}`);
N("gcp-ids", `project_number=${int(100000000000, 999999999999)} client_id=${int(100000000, 999999999)}${int(100000000, 999999999)}${int(100, 999)}.apps.googleusercontent.com`);
N("slack-ids", `channel C0${r("upnum", 9)} message ts 1764251123.${int(100000, 999999)} from U0${r("upnum", 9)}`);
N("datadog-trace", `dd.trace_id=${int(1000000000, 9999999999)}${int(100000000, 999999999)} dd.span_id=${int(1000000000, 9999999999)}`);
N("firebase-web", `const firebaseConfig = { apiKey: "${O("firebase-web-api-key")("AIza" + r("url", 35))}", authDomain: "acme-app.firebaseapp.com", projectId: "acme-app" };`);
// variable names and prose without values
const prose = [
  "Rotate the STRIPE_SECRET_KEY and GITHUB_TOKEN every 90 days; the runbook lives in Confluence.",
  "Our .env has OPENAI_API_KEY, ANTHROPIC_API_KEY and COHERE_API_KEY; which ones does the eval script read?",
  "How do I store a Kubernetes Secret without committing it to git? Sealed Secrets or External Secrets?",
  "The password policy requires 14 characters, one symbol and no reuse of the last 5 passwords.",
  "Never paste API keys into Slack; use the 1Password share link instead.",
  "Write a regex that matches AWS access key ids but not their example values.",
  "const token = await getToken({ audience: 'api', scope: 'read:orders' });",
  "if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL missing');",
  "password_reset_token_ttl_minutes = 30",
  "The secret_key_base is read from credentials.yml.enc at boot.",
];
prose.forEach((s, i) => N(`prose.${i}`, s));
// high-entropy non-credentials
N("minified", `!function(e,t){"object"==typeof exports?module.exports=t():e.${r("alpha", 3)}=t()}(this,function(){return "${r("b62", 40)}".split("")})`);
N("css-hash", `<link rel="stylesheet" href="/assets/app-${hex(20)}.css" integrity="sha384-${r("b64", 64)}">`);
N("tracking", `UPS 1Z${r("upnum", 16)} · FedEx ${int(100000000000, 999999999999)}`);
N("color-grid", `palette: ["#${hex(6)}", "#${hex(6)}", "#${hex(6)}", "#${hex(6)}"]`);
N("random-ids", `shortlinks: https://sho.rt/${r("b62", 7)} https://sho.rt/${r("b62", 7)} https://sho.rt/${r("b62", 7)}`);
N("wasm", `AGFzbQEAAAABBgFgAX8BfwMCAQAHBwEDZmliAAAKHgEcAQF/${r("b64", 60)}`);
N("nonce", `Content-Security-Policy: script-src 'self' 'nonce-${r("b64", 22)}=='`);
