/** Red-team set, part 2: secrets in code, config, logs and prose (random bodies in the providers' real formats). */
import * as g from "./gen.js";
import { b, T } from "./cases-pii.js";
const { S, P, E, PE, IP, SEC, OPT } = b;
const { sec } = g;
const K = (k: string, v: string) => SEC(k, v);

// ---- .env / config files ----
S("env")`# .env.production — why does the app say "invalid auth"?
NODE_ENV=production
DATABASE_URL=${K("db-url", `postgres://app_user:${g.rs(g.AN, 20)}@db-prod.internal:5432/orders`)}
STRIPE_SECRET_KEY=${K("stripe", sec.stripe())}
OPENAI_API_KEY=${K("openai", sec.openai())}
SENTRY_DSN=${OPT(K("sentry", sec.sentry()))}
LOG_LEVEL=info`;
S("env")`export AWS_ACCESS_KEY_ID=${K("aws-id", sec.akia())}
export AWS_SECRET_ACCESS_KEY=${K("aws-secret", sec.awsSecret())}
export AWS_DEFAULT_REGION=eu-central-1
aws s3 ls s3://acme-backups/ --recursive | head`;
S("ini")`[default]
aws_access_key_id = ${K("aws-id", sec.akia())}
aws_secret_access_key = ${K("aws-secret", sec.awsSecret())}
region = us-east-1`;
S("yaml")`# config/settings.yml
slack:
  bot_token: ${K("slack", sec.slackBot())}
  signing_secret: ${K("slack-signing", g.rs(g.HEX, 32))}
sendgrid:
  api_key: "${K("sendgrid", sec.sendgrid())}"`;
S("yaml-k8s")`apiVersion: v1
kind: Secret
metadata:
  name: payments-db
type: Opaque
data:
  username: cGF5bWVudHM=
  password: ${K("k8s-b64", Buffer.from(g.rs(g.AN, 18)).toString("base64"))}
  api-key: ${K("k8s-b64-stripe", Buffer.from(sec.stripe()).toString("base64"))}`;
S("terraform")`provider "azurerm" {
  features {}
}
resource "azurerm_app_service" "api" {
  app_settings = {
    "STORAGE" = "${K("azure-conn", `DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=${sec.azureKey()};EndpointSuffix=core.windows.net`)}"
    "DD_API_KEY" = "${K("datadog", sec.ddApi())}"
  }
}`;
S("terraform")`variable "github_token" {
  default = "${K("github", sec.ghp())}"
}
provider "github" { token = var.github_token }`;
S("gcp-json")`Why does this fail with "invalid_grant"?
{
  "type": "${OPT(K("gcp-sa-marker", "service_account"))}",
  "project_id": "acme-analytics-prod",
  "private_key_id": "${OPT(K("gcp-key-id", g.sha(40)))}",
  "private_key": "${K("gcp-pem", sec.pemPk8())}",
  "client_email": "${OPT(E("etl-runner@acme-analytics-prod.iam.gserviceaccount.com"))}",
  "client_id": "10${g.digits(19)}",
  "token_uri": "https://oauth2.googleapis.com/token"
}`;
S("docker-config")`~/.docker/config.json:
{"auths":{"registry.gitlab.com":{"auth":"${K("docker-auth", Buffer.from("deploy-bot:" + sec.glpat()).toString("base64"))}"}}}`;
S("npmrc")`//registry.npmjs.org/:_authToken=${K("npm", sec.npm())}
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${K("github", sec.ghp())}`;
S("pypirc")`[pypi]
  username = __token__
  password = ${K("pypi", sec.pypi())}`;
S("docker-compose")`services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: ${K("pw-config", sec.pw())}
      MYSQL_USER: shop
  redis:
    command: redis-server --requirepass ${K("pw-config", g.rs(g.AN, 24))}`;
S("properties")`spring.datasource.url=jdbc:postgresql://10.0.3.14:5432/billing
spring.datasource.username=billing_svc
spring.datasource.password=${K("pw-config", sec.pw())}
spring.mail.password=${K("pw-config", g.rs(g.AN + "!#%", 16))}`;

// ---- code ----
S("code-py")`import openai, os
client = openai.OpenAI(api_key="${K("openai", sec.openai())}")
resp = client.chat.completions.create(model="gpt-4o", messages=[{"role":"user","content":"hi"}])`;
S("code-py")`import anthropic
c = anthropic.Anthropic(api_key="${K("anthropic", sec.anthropic())}")
# getting 401, key was created yesterday, what's wrong?`;
S("code-js")`const hf = new HfInference("${K("huggingface", sec.hf())}");
const out = await hf.textGeneration({ model: "gpt2", inputs: "Hello" });`;
S("code-js")`const twilio = require("twilio")("${K("twilio-sid", sec.twilioAc())}", "${K("twilio-auth", sec.twilioAuth())}");
twilio.messages.create({ to: "${OPT(b.PH("+15005550006"))}", from: "${OPT(b.PH("+15005550001"))}", body: "test" });`;
S("code-go")`client := shopify.NewClient(shopify.App{}, "acme-store", "${K("shopify", sec.shopify())}")`;
S("code-go")`db, err := sql.Open("mysql", "root:${K("pw-dsn", g.rs(g.AN, 14))}@tcp(10.1.2.3:3306)/inventory?parseTime=true")`;
S("code-sh")`curl -H "Authorization: Bearer ${K("jwt", sec.jwt({ sub: "u_4471", role: "admin", iat: 1741770000, exp: 1741856400 }))}" https://api.internal.acme.io/v1/admin/users`;
S("code-sh")`curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' ${K("slack-webhook", sec.slackHook())}`;
S("code-sh")`git clone https://oauth2:${K("gitlab", sec.glpat())}@gitlab.com/acme/platform/infra.git`;
S("code-sh")`docker login -u acmebot -p ${K("docker", sec.docker())} && docker push acme/api:1.4.2`;
S("code-sh")`mysql -h prod-db-1 -u admin -p'${K("pw-cli", sec.pw())}' -e "SHOW PROCESSLIST"`;
S("code-cs")`var conn = "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_admin;Password=${K("pw-connstr", sec.pw())};Encrypt=True;";`;
S("code-py")`MONGO_URI = "${K("db-url", `mongodb+srv://analytics:${g.rs(g.AN, 16)}@cluster0.x7kq2.mongodb.net/prod?retryWrites=true`)}"`;
S("code-py")`r = redis.from_url("${K("db-url", `redis://:${g.rs(g.AN, 24)}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345/0`)}")`;
S("code-js")`const sg = require("@sendgrid/mail"); sg.setApiKey("${K("sendgrid", sec.sendgrid())}");`;
S("code-js")`const mg = mailgun.client({ username: "api", key: "${K("mailgun", sec.mailgun())}" });`;
S("code-js")`fetch("https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=${K("google", sec.google())}")`;
S("code-py")`headers = {"DD-API-KEY": "${K("datadog", sec.ddApi())}", "DD-APPLICATION-KEY": "${K("datadog-app", sec.ddApp())}"}`;
S("code-py")`VAULT_TOKEN = "${K("vault", sec.vault())}"`;
S("code-py")`linear = LinearClient(api_key="${K("linear", sec.linear())}")`;
S("code-py")`NEW_RELIC_API_KEY=${K("newrelic", sec.newrelic())}`;
S("code-py")`notion = Client(auth="${K("notion", sec.notion())}")`;
S("code-py")`DATABRICKS_TOKEN = "${K("databricks", sec.dbx())}"`;
S("code-py")`stripe.api_key = "${K("stripe", sec.stripeRk())}"  # restricted key for the refunds worker`;
S("code-js")`// figma plugin
const FIGMA_TOKEN = "${K("figma", sec.figma())}";`;
S("code-js")`const octokit = new Octokit({ auth: "${K("github", sec.ghpat())}" });`;
S("gha")`- name: Publish
  run: npm publish
  env:
    NODE_AUTH_TOKEN: ${K("npm", sec.npm())}`;
S("pem")`Here is my deploy key, why does ssh say "invalid format"?
${K("pem-openssh", sec.pemOpenssh())}`;
S("pem")`openssl rsa -in key.pem -check fails on this:
${K("pem-rsa", sec.pemRsa())}`;

// ---- logs ----
S("log")`2025-03-12T10:01:33Z DEBUG http request headers={"Authorization":"Bearer ${K("openai", sec.openai())}","Content-Type":"application/json"}`;
S("log")`[worker-3] ERROR Slack API call failed: invalid_auth (token=${K("slack", sec.slackUser())})`;
S("log")`INFO  Connecting to ${K("db-url", `amqp://orders:${g.rs(g.AN, 18)}@rabbitmq.prod.svc:5672/`)} ... ok`;
S("log")`GET /oauth/callback?code=${OPT(K("oauth-code", "4/0AeaYSHB" + g.rs(g.AN, 30)))}&state=xyz&access_token=${K("ghs", sec.ghs())} 302`;
S("log")`ghp token in CI log: remote: Invalid username or password. fatal: Authentication failed for 'https://x-access-token:${K("github", sec.gho())}@github.com/acme/app.git/'`;

// ---- prose ----
S("prose-pw")`my password for the staging admin panel is ${K("pw-prose", sec.pw())} but it keeps saying invalid, can you help me figure out why?`;
S("prose-pw")`Mein Passwort ist ${K("pw-prose", "Sonnenblume" + g.digits(3) + "!")} und trotzdem werde ich ausgesperrt.`;
S("prose-pw")`le mot de passe du wifi invité c'est ${K("pw-prose", "Bienvenue-" + g.digits(4))}, tu peux l'ajouter au mail d'accueil ?`;
S("prose-pw")`Login: jdoe / pass: ${K("pw-prose", sec.pw())} — please reset it after the audit.`;
S("prose-pw")`the root pw on the NAS is ${K("pw-prose", g.rs(g.L, 6) + g.digits(2) + g.rs(g.L, 4))}, write me a script that backs it up nightly`;
S("prose-pw")`Contraseña del router: ${K("pw-prose", "Casa" + g.digits(4) + "#Luna")}`;
S("prose-key")`I accidentally pasted our live key ${K("stripe", sec.stripe())} in a public gist, what should I do first?`;
S("prose-key")`is this anthropic key format right? ${K("anthropic", sec.anthropic())}`;
S("prose-key")`Use token ${K("github", sec.ghp())} to clone the private repo.`;
S("prose-key")`Our Twilio API key SID is ${K("twilio-sk", sec.twilioSk())} and secret ${K("twilio-secret", g.rs(g.AN, 32))}.`;
S("prose-key")`The Jira API token is ${K("atlassian", sec.atlassian())}, please set up the webhook.`;
S("prose-key")`hf token: ${K("huggingface", sec.hf())}`;

// ---- PII inside secret-ish context (mixed) ----
P("mixed")`Our on-call is ${PE("Stefan Brandl")} (${E("stefan.brandl@acme.io")}); the PagerDuty key is ${K("generic-key", "u+" + g.rs(g.AN, 18))} and the box is ${IP("185.23.117.40")}.`;

// ---------------- evasions ----------------
{
  const card = g.card.visa(); const ssn = g.ssn(); const e = "marta.oliveira";
  P("evasion")`card: ${CCz(card.split("").join("\u200b"))} thanks`;
  P("evasion")`my card is ${b.CC(card.replace(/(\d{4})/g, "$1 ").trim().split("").map((c) => (c >= "0" && c <= "9" ? String.fromCharCode(0xff10 + +c) : c)).join(""))}`;
  P("evasion")`ssn ${b.SSN(ssn.replace(/-/g, " - "))} (spaced so the filter doesn't eat it lol)`;
  P("evasion")`reach me at ${E(`${e}%40gmail.com`)} (url-encoded from the form)`;
  P("evasion")`contact: ${E("mаria.keller@gmx.de")} — note the Cyrillic а`;
  P("evasion")`email me: ${E("jonas dot berger at posteo dot de")}`;
  P("evasion")`Mail: ${E("lea.wagner＠outlook.com")}`;
  P("evasion")`phone: ${b.PH("+49 1 5 1 2 3 8 4 7 2 9 1")}`;
  P("evasion")`IBAN in two lines:
${b.IB(`${(() => { const i = g.ibans.DE(); return i.slice(0, 12) + "\n" + i.slice(12); })()}`)}`;
  P("evasion")`nummer: ${OPT(b.PH("zero one seven one, two three four, five six seven eight"))}`;
  P("evasion")`SSN is ${b.SSN(ssn.replace(/-/g, ""))} but with a twist: read it backwards`;
  S("evasion")`here's the key base64'd so the scanner won't see it: ${K("b64-openai", Buffer.from(sec.openai()).toString("base64"))}`;
  S("evasion")`token split to be safe: ${K("split-github", (() => { const t = sec.ghp(); return t.slice(0, 14) + " " + t.slice(14); })())}`;
  S("evasion")`aws key: ${K("aws-id-zw", sec.akia().split("").join("\u200b"))}`;
  S("evasion")`const key = "sk_live_" + "${OPT(K("concat-stripe", sec.stripe().slice(8, 40)))}" + "${OPT(K("concat-stripe", sec.stripe().slice(40)))}";`;
  S("evasion")`reversed for safety: ${OPT(K("reversed-github", sec.ghp().split("").reverse().join("")))}`;
  S("evasion")`token (hex): ${OPT(K("hex-slack", Buffer.from(sec.slackBot()).toString("hex")))}`;
  S("evasion")`password=${K("pw-urlenc", encodeURIComponent("S3cr3t!Pa$$word#" + g.digits(3)))}`;
  P("evasion")`IBAN: ${b.IB(g.ibans.FR().split("").join(" "))}`;
  P("evasion")`Full-width phone: ${b.PH("＋４４ ７７００ ９１８２４４")}`;
}
function CCz(v: string): [string, string] { return ["CREDIT_CARD", v]; }
void OPT; void T;
