/** Red-team set 5 (secrets only, held out: written from providers' published token formats and from what chat
 *  requests for help, stack traces, config files, shell history, code in several languages, JSON/YAML, k8s/docker/
 *  terraform dumps, CI logs and curl commands look like — NOT from src/detect, its docs or its tests).
 *  Part A: hand-written positives in realistic contexts. Part B: ~60 credential kinds, each placed in contexts picked by
 *  a seeded generator from 24 templates (some with neutral variable names, so that a token must be known by its own
 *  format). Part C: hard negatives (placeholders, hashes, ids, public keys and certificates, documented example
 *  values, base64 data, minified code). Labels: SEC(kind, value); OPT() marks debatable spans (reported apart). */
import { caseBuilder } from "../pii-secrets-sample/labels.js";
import { tok as t, rs, hex, uuid, sha1, sha256, digits, int, pick, b64, b64url, enc, AN, LD, UD, B64, B64U, U, L, D, HEX, UHEX } from "./gen.js";
export const b = caseBuilder();
const { S, N, SEC: K, OPT } = b;

// ============================================================ PART A — hand-written positives
// ---- chat messages asking for help
S("chat")`hey, my deploy keeps failing with 401 — here's what I have in the workflow, can you see what's wrong?
  env:
    GH_TOKEN: ${K("github-pat", t.ghp())}
    NODE_VERSION: 20`;
S("chat")`Why does this return "invalid_api_key"? I'm calling it like this:
client = OpenAI(api_key="${K("openai-project", t.openaiProj())}")
resp = client.chat.completions.create(model="gpt-4o", messages=msgs)`;
S("chat")`can u fix my code pls
const anthropic = new Anthropic({ apiKey: '${K("anthropic-api-key", t.anthropic())}' });
it says TypeError: Cannot read properties of undefined (reading 'create')`;
S("chat")`I rotated the key but it still fails. old one was ${K("stripe-secret", t.stripeLive())} and new one is ${K("stripe-secret", t.stripeLive())}, both give "No such customer"`;
S("chat")`Summarize this email for me:
> Hi team, the new staging DB password is ${K("pw-prose", t.pw())} — please update your local .env. Thanks, Priya`;
S("chat")`here's my HF token if you need to test the download: ${K("huggingface-token", t.hf())}`;
S("chat")`The bot token is ${K("telegram-bot-token", t.telegram())}, webhook is set to https://bot.example.org/tg but getUpdates returns 409 Conflict`;
S("chat")`my discord bot won't log in. client.login("${K("discord-bot-token", t.discordBot())}") → Error [TokenInvalid]: An invalid token was provided.`;
S("chat")`Je n'arrive pas à me connecter, voici ma chaîne : Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=${K("pw-connstr", t.pw())};Encrypt=True;`;
S("chat")`Warum funktioniert das nicht? curl -u admin:${K("pw-cli", t.pw())} https://jenkins.intern.example.de/api/json`;
S("chat")`pls check why age can't decrypt: my identity file has
# created: 2026-10-02T11:20:00Z
# public key: age1${rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}
${K("age-secret-key", t.age())}`;
// ---- stack traces / error logs
S("trace")`Traceback (most recent call last):
  File "/srv/app/billing.py", line 88, in charge
    stripe.api_key = "${K("stripe-secret", t.stripeLive())}"
  File "/usr/lib/python3.12/site-packages/stripe/_api_requestor.py", line 412, in request
stripe._error.AuthenticationError: Invalid API Key provided`;
S("trace")`org.postgresql.util.PSQLException: FATAL: password authentication failed for user "svc_orders"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
Caused by: connection url jdbc:postgresql://db-prod-2.internal:5432/orders?user=svc_orders&password=${K("pw-db-url", t.randPw(18))}&ssl=true`;
S("trace")`Error: connect ECONNREFUSED 10.0.3.14:6379
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)
  redisUrl: 'redis://default:${K("pw-db-url", t.randPw(32))}@cache-prod.internal:6379/0',`;
S("trace")`MongoServerError: bad auth : Authentication failed.
    uri: mongodb+srv://analytics:${K("pw-db-url", t.randPw(16))}@cluster0.ab1cd.mongodb.net/events?retryWrites=true&w=majority
    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:231:26)`;
S("trace")`panic: twilio: 20003 Authenticate
goroutine 1 [running]:
main.send(0xc000012345, {0x6b2f40, 0x22}, {0x0, 0x0})
	/src/notify/main.go:41 +0x1c5
  config: {AccountSid:${OPT(K("twilio-sid", t.twilioSid()))} AuthToken:${K("twilio-auth-token", hex(32))}}`;
S("trace")`[ERROR] 2026-11-02 14:11:09,221 sendgrid.client - HTTP Error 401: Unauthorized
  request headers: {'Authorization': 'Bearer ${K("sendgrid-api-key", t.sendgrid())}', 'User-Agent': 'sendgrid/6.11.0;python'}`;
S("trace")`Exception in thread "main" com.amazonaws.services.s3.model.AmazonS3Exception: The AWS Access Key Id you provided does not exist in our records.
  credentials: BasicAWSCredentials(accessKey=${K("aws-access-key-id", t.akia())}, secretKey=${K("aws-secret-key", t.awsSecret())})`;
// ---- config files
S("env")`# .env.production
NODE_ENV=production
DATABASE_URL=postgresql://app:${K("pw-db-url", t.randPw(24))}@prod-db.cluster-c1x2.eu-west-1.rds.amazonaws.com:5432/app
REDIS_URL=rediss://:${K("pw-db-url", t.randPw(40))}@redis.prod.internal:6380
SESSION_SECRET=${K("generic-secret", t.randPw(48))}
OPENAI_API_KEY=${K("openai-project", t.openaiProj())}
SENTRY_DSN=https://${OPT(K("sentry-dsn", hex(32)))}@o${digits(6)}.ingest.sentry.io/${digits(7)}
LOG_LEVEL=info`;
S("env")`K1=${K("generic-hex", hex(64))}
K2=${K("generic-hex", hex(32))}
REGION=eu-central-1`;
S("env")`export AWS_ACCESS_KEY_ID=${K("aws-access-key-id", t.asia())}
export AWS_SECRET_ACCESS_KEY=${K("aws-secret-key", t.awsSecret())}
export AWS_SESSION_TOKEN=${K("aws-session-token", t.awsSession())}`;
S("yaml")`# config/database.yml
production:
  adapter: postgresql
  host: pg.internal
  username: rails
  password: ${K("pw-yaml", t.pw())}
  pool: 10`;
S("yaml")`spring:
  datasource:
    url: jdbc:mysql://mysql.prod:3306/shop
    username: shop
    password: '${K("pw-yaml", t.randPw(20))}'
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: ${K("sendgrid-api-key", t.sendgrid())}`;
S("toml")`[tool.poetry]
name = "acme-ml"
[[tool.poetry.source]]
name = "private"
url = "https://pypi.acme.dev/simple/"
[http-basic.private]
username = "__token__"
password = "${K("pypi-token", t.pypi())}"`;
S("ini")`; ~/.pypirc
[distutils]
index-servers = pypi
[pypi]
username = __token__
password = ${K("pypi-token", t.pypi())}`;
S("npmrc")`registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${K("npm-token", t.npm())}
//npm.pkg.github.com/:_authToken=${K("github-pat", t.ghp())}
@acme:registry=https://npm.pkg.github.com`;
S("json")`{
  "type": "service_account",
  "project_id": "acme-analytics-4411",
  "private_key_id": "${OPT(K("gcp-private-key-id", hex(40)))}",
  "private_key": "${K("gcp-sa-private-key", t.pk8().replace(/\n/g, "\\n"))}\\n",
  "client_email": "etl-runner@acme-analytics-4411.iam.gserviceaccount.com",
  "client_id": "${digits(21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`;
S("json")`{"mcpServers":{"github":{"command":"npx","args":["-y","@modelcontextprotocol/server-github"],"env":{"GITHUB_PERSONAL_ACCESS_TOKEN":"${K("github-fine-grained", t.ghFine())}"}},"slack":{"command":"npx","args":["-y","@modelcontextprotocol/server-slack"],"env":{"SLACK_BOT_TOKEN":"${K("slack-bot-token", t.xoxb())}","SLACK_TEAM_ID":"T${rs(UD, 10)}"}}}}`;
S("json")`// appsettings.Production.json
{
  "ConnectionStrings": {
    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey=${K("azure-storage-key", t.azStorageKey())};EndpointSuffix=core.windows.net",
    "ServiceBus": "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${K("azure-sb-key", t.azSbKey())}"
  },
  "AzureAd": { "TenantId": "${uuid()}", "ClientId": "${uuid()}", "ClientSecret": "${K("azure-client-secret", t.azClientSecret())}" }
}`;
S("xml")`<settings>
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deployer</username>
      <password>${K("pw-xml", t.randPw(22))}</password>
    </server>
  </servers>
</settings>`;
S("docker-config")`$ cat ~/.docker/config.json
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "${K("docker-auth", enc("acmebot:" + t.randPw(20)))}"
		},
		"ghcr.io": { "auth": "${K("docker-auth", enc("acme-ci:" + t.ghp()))}" }
	}
}`;
S("k8s")`apiVersion: v1
kind: Secret
metadata:
  name: payments-api
  namespace: prod
type: Opaque
data:
  STRIPE_SECRET_KEY: ${K("k8s-b64-secret", enc(t.stripeLive()))}
  DB_PASSWORD: ${K("k8s-b64-secret", enc(t.randPw(20)))}
  LOG_LEVEL: ${enc("info")}`;
S("k8s")`$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d
{"auths":{"registry.acme.io":{"username":"robot$ci","password":"${K("pw-json", t.randPw(32))}","auth":"${K("docker-auth", enc("robot$ci:" + t.randPw(32)))}"}}}`;
S("terraform")`{
  "version": 4,
  "terraform_version": "1.9.5",
  "resources": [
    {
      "mode": "managed",
      "type": "random_password",
      "name": "db",
      "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "bcrypt_hash": "${OPT(K("bcrypt-hash", "$2a$10$" + rs(AN + "./", 53)))}",
            "id": "none",
            "length": 32,
            "override_special": "!#$%",
            "result": "${K("tf-random-password", t.randPw(32))}",
            "special": true
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]
        }
      ]
    }
  ]
}`;
S("terraform")`      "type": "aws_iam_access_key",
      "name": "ci",
      "instances": [{ "attributes": {
            "id": "${K("aws-access-key-id", t.akia())}",
            "secret": "${K("aws-secret-key", t.awsSecret())}",
            "ses_smtp_password_v4": "${K("aws-ses-smtp", "B" + rs(AN + "/+", 43))}",
            "status": "Active", "user": "ci-deployer" } }]`;
S("tfvars")`# terraform.tfvars
cloudflare_api_token = "${K("cloudflare-token", t.cloudflare())}"
datadog_api_key      = "${K("datadog-api-key", t.datadogApi())}"
datadog_app_key      = "${K("datadog-app-key", t.datadogApp())}"
region               = "us-east-1"`;
// ---- shell history
S("history")`  501  git clone https://github.com/acme/infra.git
  502  cd infra
  503  export GITHUB_TOKEN=${K("github-pat", t.ghp())}
  504  gh auth status
  505  mysql -h db.internal -u root -p'${K("pw-cli", t.pw())}' -e 'show databases'
  506  vault login ${K("vault-token", t.vault())}
  507  history | tail`;
S("history")`: 1764312001:0;docker login -u acme -p ${K("docker-hub-pat", "dckr_pat_" + rs(B64U, 27))} docker.io
: 1764312044:0;psql "postgres://etl:${K("pw-db-url", t.randPw(20))}@10.1.2.3/warehouse"
: 1764312090:0;sshpass -p '${K("pw-cli", t.pw())}' ssh ops@bastion.acme.internal`;
S("history")`PS C:\\Users\\dev> $env:AZURE_DEVOPS_EXT_PAT = "${K("azure-devops-pat", t.azDevops())}"
PS C:\\Users\\dev> az devops project list --org https://dev.azure.com/acme`;
// ---- curl
S("curl")`curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${K("anthropic-api-key", t.anthropic())}" \\
  -H "anthropic-version: 2023-06-01" -H "content-type: application/json" \\
  -d '{"model":"claude-sonnet-4-5","max_tokens":256,"messages":[{"role":"user","content":"hi"}]}'`;
S("curl")`curl -s -H "Authorization: token ${K("github-oauth", t.gho())}" https://api.github.com/user/repos?per_page=100 | jq '.[].full_name'`;
S("curl")`curl --request GET --url 'https://api.mailgun.net/v3/domains' --user 'api:${K("mailgun-key", t.mailgun())}'`;
S("curl")`curl -X POST https://api.twilio.com/2010-04-01/Accounts/${OPT(K("twilio-sid", t.twilioSid()))}/Messages.json \\
  --data-urlencode "Body=hello" -u ${OPT(K("twilio-sid", t.twilioSid()))}:${K("twilio-auth-token", hex(32))}`;
S("curl")`curl -H "PRIVATE-TOKEN: ${K("gitlab-pat", t.glpat())}" "https://gitlab.example.com/api/v4/projects?membership=true"`;
S("curl")`curl -X POST "https://api.telegram.org/bot${K("telegram-bot-token", t.telegram())}/sendMessage" -d chat_id=-100${digits(10)} -d text=deployed`;
S("curl")`curl -H 'Authorization: Basic ${K("basic-auth", enc("svc-report:" + t.randPw(18)))}' https://grafana.acme.io/api/dashboards/home`;
S("curl")`curl -X POST ${K("slack-webhook", t.slackHook())} -H 'Content-type: application/json' --data '{"text":"build ok"}'`;
S("curl")`curl "https://${OPT(K("shopify-shop", "acme-store"))}.myshopify.com/admin/api/2024-10/orders.json" -H "X-Shopify-Access-Token: ${K("shopify-token", t.shpat())}"`;
S("curl")`curl -n -H "Authorization: Bearer ${K("databricks-token", t.dapi())}" https://adb-${digits(16)}.7.azuredatabricks.net/api/2.0/clusters/list`;
// ---- code
S("python")`import requests
HEADERS = {"Authorization": f"Bearer ${K("huggingface-token", t.hf())}"}
r = requests.post("https://api-inference.huggingface.co/models/gpt2", headers=HEADERS, json={"inputs": "hi"})`;
S("python")`conn = psycopg2.connect(host="10.0.0.5", dbname="dw", user="loader", password="${K("pw-code", t.pw())}")`;
S("go")`func newClient() *github.Client {
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "${K("github-pat", t.ghp())}"})
	return github.NewClient(oauth2.NewClient(context.Background(), ts))
}`;
S("java")`private static final String JWT_SECRET = "${K("generic-secret", b64(48))}";
private static final long EXPIRY_MS = 3_600_000L;`;
S("csharp")`var client = new SendGridClient("${K("sendgrid-api-key", t.sendgrid())}");
var msg = MailHelper.CreateSingleEmail(from, to, subject, plain, html);`;
S("rust")`let client = reqwest::Client::new();
let res = client.get("https://api.groq.com/openai/v1/models").bearer_auth("${K("groq-api-key", t.groq())}").send().await?;`;
S("php")`<?php
$mailchimp = new \\MailchimpMarketing\\ApiClient();
$mailchimp->setConfig(['apiKey' => '${K("mailchimp-key", t.mailchimp())}', 'server' => 'us6']);`;
S("ruby")`Stripe.api_key = '${K("stripe-restricted", t.stripeRk())}'
Stripe::Charge.list(limit: 3)`;
S("js")`const octokit = new Octokit({ auth: "${K("github-app-install", t.ghs())}" });
await octokit.rest.issues.create({ owner, repo, title });`;
S("js")`const endpointSecret = "${K("stripe-webhook-secret", t.stripeWh())}";
const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);`;
S("kotlin")`val retrofit = Retrofit.Builder().baseUrl("https://api.openai.com/").client(OkHttpClient.Builder().addInterceptor { it.proceed(it.request().newBuilder().header("Authorization", "Bearer ${K("openai-legacy", t.openaiLegacy())}").build()) }.build()).build()`;
S("swift")`let supabase = SupabaseClient(supabaseURL: URL(string: "https://${rs(L, 20)}.supabase.co")!, supabaseKey: "${K("supabase-service-jwt", t.jwt({ iss: "supabase", ref: rs(L, 20), role: "service_role", iat: 1760000000, exp: 2075000000 }))}")`;
S("bash")`#!/usr/bin/env bash
set -euo pipefail
TOKEN="${K("gitlab-runner-token", t.glrt())}"
gitlab-runner register --non-interactive --url https://gitlab.acme.io --token "$TOKEN" --executor docker`;
S("sql")`CREATE USER reporting WITH PASSWORD '${K("pw-sql", t.pw())}';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;`;
S("sql")`ALTER LOGIN [etl_svc] WITH PASSWORD = N'${K("pw-sql", t.randPw(20))}';`;
// ---- keys
S("pem")`Can you tell me why openssl says "unable to load Private Key"?
${K("rsa-private-key", t.rsaPem())}`;
S("pem")`ssh -i deploy_key fails: "invalid format". The key file:
${K("openssh-private-key", t.openssh())}`;
S("pem")`# tls/key.pem
${K("ec-private-key", t.ecPem())}`;
S("pem")`gpg --import fails on this, any idea?
${K("pgp-private-key", t.pgp())}`;
S("pem")`const key = \`${K("pkcs8-private-key", t.pk8())}\`;
const signer = crypto.createSign("RSA-SHA256");`;
S("pem")`private_key: |
  ${K("encrypted-private-key", t.encPem().replace(/\n/g, "\n  "))}
passphrase: ${K("pw-yaml", t.pw())}`;
// ---- JWTs
S("jwt")`GET /api/v2/me HTTP/1.1
Host: api.acme.io
Authorization: Bearer ${K("jwt", t.jwt())}
Accept: application/json`;
S("jwt")`document.cookie: access_token=${K("jwt", t.jwt({ sub: "u_" + rs(AN, 12), scope: "admin", exp: 1799999999 }, "RS256"))}; Path=/; Secure`;
// ---- CI logs
S("ci")`2026-11-27T10:02:11.4410021Z ##[group]Run docker/login-action@v3
2026-11-27T10:02:11.4410391Z with:
2026-11-27T10:02:11.4410612Z   registry: ghcr.io
2026-11-27T10:02:11.4410811Z   username: acme-bot
2026-11-27T10:02:11.4411004Z   password: ${K("github-pat", t.ghp())}
2026-11-27T10:02:11.4411302Z ##[endgroup]`;
S("ci")`$ echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && cat .npmrc
//registry.npmjs.org/:_authToken=${K("npm-token", t.npm())}
$ npm publish --access public`;
S("ci")`Step 7/12 : RUN pip install --extra-index-url https://__token__:${K("gitlab-pat", t.glpat())}@gitlab.acme.io/api/v4/projects/42/packages/pypi/simple acme-core
 ---> Running in 4c1d2e3f5a6b`;
S("ci")`+ terraform apply -auto-approve -var "do_token=${K("digitalocean-token", t.doPat())}"
digitalocean_droplet.web: Creating...`;
S("ci")`[2026-11-28 01:12:44] INFO  Using HashiCorp Vault at https://vault.acme.io (token=${K("vault-token", t.vault())})`;
S("ci")`Run pulumi up --yes
  env:
    PULUMI_ACCESS_TOKEN: ${K("pulumi-token", t.pulumi())}`;

// ---- more contexts
S("azure-sas")`az storage blob upload fails with 403, I'm using this URL:
https://acmeprodlogs.blob.core.windows.net/exports/2026-11.csv?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=${K("azure-sas-sig", t.azSasSig())}`;
S("azure-sas")`BlobEndpoint=https://acmedata.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bfqt&srt=sco&sp=rl&se=2027-01-01T00:00:00Z&sig=${K("azure-sas-sig", t.azSasSig())}`;
S("google-url")`GET https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=${K("google-api-key", t.googleApi())} 403 REQUEST_DENIED`;
S("csharp")`var accountSid = "${OPT(K("twilio-sid", t.twilioSid()))}";
var authToken = "${K("twilio-auth-token", hex(32))}";
TwilioClient.Init(accountSid, authToken);`;
S("chat")`Quick question: the Slack API keeps saying not_authed. Token: ${K("slack-user-token", t.xoxp())} — scopes are chat:write, users:read`;
S("yaml")`# .github/workflows/release.yml (don't judge)
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: ${K("pypi-token", t.pypi())}`;
S("notebook")`{"cell_type": "code", "source": ["import openai\n", "openai.api_key = \"${K("openai-legacy", t.openaiLegacy())}\"\n"], "outputs": []}`;
S("git-remote")`$ git remote -v
origin	https://oauth2:${K("gitlab-pat", t.glpat())}@gitlab.acme.io/platform/api.git (fetch)
origin	https://oauth2:${K("gitlab-pat", "glpat-" + rs(B64U, 20))}@gitlab.acme.io/platform/api.git (push)`;
S("git-credentials")`$ cat ~/.git-credentials
https://dana:${K("github-pat", t.ghp())}@github.com`;
S("netrc")`machine api.heroku.com
  login dana@example.org
  password ${K("heroku-token", "HRKU-" + rs(B64U, 60))}`;
S("properties")`# application.properties
spring.datasource.password=${K("pw-properties", t.pw())}
jwt.signing.key=${K("generic-secret", b64(64))}`;
S("http")`POST /oauth/token HTTP/1.1
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=${OPT(K("oauth-client-id", rs(AN, 24)))}&client_secret=${K("oauth-client-secret", rs(B64U, 48))}`;
S("ansible")`ansible_user: deploy
ansible_become_pass: ${K("pw-yaml", t.pw())}
ansible_ssh_private_key_file: ~/.ssh/deploy`;
S("cookie")`Cookie: _ga=GA1.2.${digits(9)}.${digits(10)}; sessionid=${K("session-cookie", rs(LD, 32))}; csrftoken=${OPT(K("csrf-token", rs(AN, 64)))}`;
S("helm-values")`# values-prod.yaml
postgresql:
  auth:
    postgresPassword: ${K("pw-yaml", t.randPw(24))}
    replicationPassword: ${K("pw-yaml", t.randPw(24))}`;
S("log")`level=debug msg="outgoing request" url=https://api.openai.com/v1/chat/completions header.authorization="Bearer ${K("openai-service-account", t.openaiSvc())}"`;
S("chat")`This is what \`printenv\` shows in the container, anything suspicious?
HOSTNAME=api-6f7c9d-x1
GRAFANA_TOKEN=${K("grafana-sa-token", t.grafanaSa())}
HOME=/root`;
S("chat")`Wie lösche ich diesen Schlüssel aus der Git-Historie? Ich habe aus Versehen ${K("aws-access-key-id", t.akia())} / ${K("aws-secret-key", t.awsSecret())} committet.`;

// ============================================================ PART B — kinds × templates
type Kind = { k: string; gen: () => string; name: string; bare?: boolean };
const kinds: Kind[] = [
  { k: "github-pat", gen: t.ghp, name: "GITHUB_TOKEN", bare: true },
  { k: "github-oauth", gen: t.gho, name: "GH_OAUTH", bare: true },
  { k: "github-user-server", gen: t.ghu, name: "GH_USER_TOKEN", bare: true },
  { k: "github-refresh", gen: t.ghr, name: "GH_REFRESH", bare: true },
  { k: "github-fine-grained", gen: t.ghFine, name: "GH_PAT", bare: true },
  { k: "npm-token", gen: t.npm, name: "NPM_TOKEN", bare: true },
  { k: "slack-bot-token", gen: t.xoxb, name: "SLACK_BOT_TOKEN", bare: true },
  { k: "slack-user-token", gen: t.xoxp, name: "SLACK_USER_TOKEN", bare: true },
  { k: "slack-app-token", gen: t.xapp, name: "SLACK_APP_TOKEN", bare: true },
  { k: "slack-webhook", gen: t.slackHook, name: "SLACK_WEBHOOK_URL", bare: true },
  { k: "stripe-secret", gen: t.stripeLive, name: "STRIPE_SECRET_KEY", bare: true },
  { k: "stripe-restricted", gen: t.stripeRk, name: "STRIPE_KEY", bare: true },
  { k: "stripe-webhook-secret", gen: t.stripeWh, name: "STRIPE_WEBHOOK_SECRET", bare: true },
  { k: "aws-access-key-id", gen: t.akia, name: "AWS_ACCESS_KEY_ID", bare: true },
  { k: "aws-secret-key", gen: t.awsSecret, name: "AWS_SECRET_ACCESS_KEY" },
  { k: "google-api-key", gen: t.googleApi, name: "GOOGLE_MAPS_API_KEY", bare: true },
  { k: "google-oauth-secret", gen: t.gcpClientSecret, name: "GOOGLE_CLIENT_SECRET", bare: true },
  { k: "azure-storage-key", gen: t.azStorageKey, name: "AZURE_STORAGE_KEY" },
  { k: "azure-client-secret", gen: t.azClientSecret, name: "AZURE_CLIENT_SECRET", bare: true },
  { k: "openai-project", gen: t.openaiProj, name: "OPENAI_API_KEY", bare: true },
  { k: "openai-service-account", gen: t.openaiSvc, name: "OPENAI_KEY", bare: true },
  { k: "anthropic-api-key", gen: t.anthropic, name: "ANTHROPIC_API_KEY", bare: true },
  { k: "anthropic-admin-key", gen: t.anthropicAdmin, name: "ANTHROPIC_ADMIN_KEY", bare: true },
  { k: "huggingface-token", gen: t.hf, name: "HF_TOKEN", bare: true },
  { k: "pypi-token", gen: t.pypi, name: "PYPI_TOKEN", bare: true },
  { k: "gitlab-pat", gen: t.glpat, name: "GITLAB_TOKEN", bare: true },
  { k: "twilio-api-key", gen: t.twilioSk, name: "TWILIO_API_KEY", bare: false },
  { k: "sendgrid-api-key", gen: t.sendgrid, name: "SENDGRID_API_KEY", bare: true },
  { k: "shopify-token", gen: t.shpat, name: "SHOPIFY_ACCESS_TOKEN", bare: true },
  { k: "shopify-shared-secret", gen: t.shpss, name: "SHOPIFY_API_SECRET", bare: true },
  { k: "databricks-token", gen: t.dapi, name: "DATABRICKS_TOKEN", bare: true },
  { k: "discord-bot-token", gen: t.discordBot, name: "DISCORD_TOKEN" },
  { k: "telegram-bot-token", gen: t.telegram, name: "TELEGRAM_BOT_TOKEN", bare: true },
  { k: "mailgun-key", gen: t.mailgun, name: "MAILGUN_API_KEY" },
  { k: "mailchimp-key", gen: t.mailchimp, name: "MAILCHIMP_API_KEY" },
  { k: "newrelic-user-key", gen: t.nrak, name: "NEW_RELIC_API_KEY", bare: true },
  { k: "atlassian-api-token", gen: t.atlassian, name: "JIRA_API_TOKEN", bare: true },
  { k: "linear-api-key", gen: t.linear, name: "LINEAR_API_KEY", bare: true },
  { k: "postman-api-key", gen: t.postman, name: "POSTMAN_API_KEY", bare: true },
  { k: "doppler-token", gen: t.doppler, name: "DOPPLER_TOKEN", bare: true },
  { k: "vault-token", gen: t.vault, name: "VAULT_TOKEN", bare: true },
  { k: "pulumi-token", gen: t.pulumi, name: "PULUMI_ACCESS_TOKEN", bare: true },
  { k: "grafana-sa-token", gen: t.grafanaSa, name: "GRAFANA_TOKEN", bare: true },
  { k: "digitalocean-token", gen: t.doPat, name: "DIGITALOCEAN_TOKEN", bare: true },
  { k: "notion-token", gen: t.notion, name: "NOTION_TOKEN", bare: true },
  { k: "airtable-pat", gen: t.airtable, name: "AIRTABLE_TOKEN", bare: true },
  { k: "supabase-pat", gen: t.supabase, name: "SUPABASE_ACCESS_TOKEN", bare: true },
  { k: "replicate-token", gen: t.replicate, name: "REPLICATE_API_TOKEN", bare: true },
  { k: "groq-api-key", gen: t.groq, name: "GROQ_API_KEY", bare: true },
  { k: "openrouter-key", gen: t.openrouter, name: "OPENROUTER_API_KEY", bare: true },
  { k: "xai-api-key", gen: t.xai, name: "XAI_API_KEY", bare: true },
  { k: "perplexity-key", gen: t.perplexity, name: "PPLX_API_KEY", bare: true },
  { k: "mapbox-secret", gen: t.mapboxSecret, name: "MAPBOX_SECRET_TOKEN", bare: true },
  { k: "terraform-cloud-token", gen: t.tfc, name: "TFE_TOKEN", bare: true },
  { k: "contentful-pat", gen: t.contentful, name: "CONTENTFUL_MANAGEMENT_TOKEN", bare: true },
  { k: "buildkite-token", gen: t.buildkite, name: "BUILDKITE_API_TOKEN", bare: true },
  { k: "figma-pat", gen: t.figma, name: "FIGMA_TOKEN", bare: true },
  { k: "planetscale-password", gen: t.planetscale, name: "PLANETSCALE_PASSWORD", bare: true },
  { k: "flyio-token", gen: t.flyio, name: "FLY_API_TOKEN", bare: true },
  { k: "netlify-pat", gen: t.netlify, name: "NETLIFY_AUTH_TOKEN", bare: true },
  { k: "square-access-token", gen: t.square, name: "SQUARE_ACCESS_TOKEN" },
  { k: "sentry-auth-token", gen: t.sentryAuth, name: "SENTRY_AUTH_TOKEN", bare: true },
  { k: "age-secret-key", gen: t.age, name: "SOPS_AGE_KEY", bare: true },
  { k: "jwt", gen: () => t.jwt(), name: "ACCESS_TOKEN", bare: true },
  { k: "datadog-api-key", gen: t.datadogApi, name: "DD_API_KEY" },
  { k: "generic-password", gen: () => t.randPw(int(14, 30)), name: "DB_PASSWORD" },
];
type Tpl = (k: string, name: string, v: string) => void;
const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const keyed: Tpl[] = [
  (k, n, v) => S("b-env")`${n}=${K(k, v)}`,
  (k, n, v) => S("b-env-quoted")`# local overrides\n${n}="${K(k, v)}"\nDEBUG=false`,
  (k, n, v) => S("b-export")`$ export ${n}='${K(k, v)}'\n$ ./run.sh`,
  (k, n, v) => S("b-yaml")`env:\n  - name: ${n}\n    value: "${K(k, v)}"\n  - name: PORT\n    value: "8080"`,
  (k, n, v) => S("b-compose")`services:\n  worker:\n    image: acme/worker:1.4\n    environment:\n      ${n}: ${K(k, v)}`,
  (k, n, v) => S("b-json")`{"${camel(n)}": "${K(k, v)}", "timeoutMs": 30000}`,
  (k, n, v) => S("b-python")`${lc(n)} = os.environ.get("${n}", "${K(k, v)}")`,
  (k, n, v) => S("b-js")`const ${camel(n)} = process.env.${n} ?? "${K(k, v)}";`,
  (k, n, v) => S("b-go")`var ${camel(n)} = "${K(k, v)}" // TODO move to secrets manager`,
  (k, n, v) => S("b-java")`props.setProperty("${lc(n).replace(/_/g, ".")}", "${K(k, v)}");`,
  (k, n, v) => S("b-ps")`[Environment]::SetEnvironmentVariable("${n}", "${K(k, v)}", "User")`,
  (k, n, v) => S("b-dockerfile")`FROM node:20-alpine\nENV ${n}=${K(k, v)}\nRUN npm ci`,
  (k, n, v) => S("b-gh-secret")`gh secret set ${n} --body "${K(k, v)}" --repo acme/api`,
  (k, n, v) => S("b-chat")`I set ${n} to ${K(k, v)} but the service still says unauthorized, what am I missing?`,
  (k, n, v) => S("b-k8s-stringdata")`apiVersion: v1\nkind: Secret\nmetadata: {name: app-env}\nstringData:\n  ${n}: ${K(k, v)}`,
  (k, n, v) => S("b-helm")`helm upgrade --install api ./chart --set env.${camel(n)}=${K(k, v)} --namespace prod`,
];
const bare: Tpl[] = [
  (k, _n, v) => S("b-bare-chat")`is this still valid? ${K(k, v)}`,
  (k, _n, v) => S("b-bare-list")`rotated today:\n- ${K(k, v)}\n- (old one revoked)`,
  (k, _n, v) => S("b-bare-code")`cfg.value = "${K(k, v)}";`,
  (k, _n, v) => S("b-bare-log")`2026-11-27 22:14:03 WARN  request failed, credential=${K(k, v)} status=401`,
  (k, _n, v) => S("b-bare-arg")`./deploy --target prod ${K(k, v)}`,
  (k, _n, v) => S("b-bare-md")`Use this one for the demo: \`${K(k, v)}\``,
  (k, _n, v) => S("b-bare-sql")`INSERT INTO integrations (provider, value) VALUES ('x', '${K(k, v)}');`,
  (k, _n, v) => S("b-bare-de")`Hier ist der Wert aus dem Tresor: ${K(k, v)} – bitte nicht weitergeben.`,
];
for (const kd of kinds) {
  const n = kd.bare ? 1 : 2;
  const used = new Set<number>();
  for (let i = 0; i < n; i++) { let j: number; do j = int(0, keyed.length - 1); while (used.has(j)); used.add(j); keyed[j]!(kd.k, kd.name, kd.gen()); }
  if (kd.bare) pick(bare)(kd.k, kd.name, kd.gen());
}

// ============================================================ PART C — hard negatives
// ---- placeholders
N("placeholder")`OPENAI_API_KEY=sk-...XXXX`;
N("placeholder")`export OPENAI_API_KEY="sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"`;
N("placeholder")`GITHUB_TOKEN=<your-token>`;
N("placeholder")`Authorization: Bearer \${TOKEN}`;
N("placeholder")`password: \${{ secrets.DB_PASSWORD }}`;
N("placeholder")`api_key = os.environ["ANTHROPIC_API_KEY"]`;
N("placeholder")`STRIPE_SECRET_KEY=sk_live_your_key_here`;
N("placeholder")`DATABASE_URL=postgres://user:password@localhost:5432/mydb`;
N("placeholder")`DATABASE_URL=postgres://\${PGUSER}:\${PGPASSWORD}@\${PGHOST}:5432/\${PGDATABASE}`;
N("placeholder")`AWS_SECRET_ACCESS_KEY=****************************************`;
N("placeholder")`"password": "<REDACTED>"`;
N("placeholder")`token: "{{ .Values.apiToken }}"`;
N("placeholder")`SLACK_BOT_TOKEN=xoxb-your-bot-token`;
N("placeholder")`HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`;
N("placeholder")`-H "Authorization: Bearer $OPENAI_API_KEY"`;
N("placeholder")`NPM_TOKEN=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`;
N("placeholder")`# Set your key: ANTHROPIC_API_KEY=sk-ant-api03-...`;
N("placeholder")`password = "changeme"`;
N("placeholder")`DB_PASSWORD=%DB_PASSWORD%`;
N("placeholder")`client_secret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256`;
N("placeholder")`SECRET_KEY = get_secret("django-secret-key")`;
N("placeholder")`aws_secret_access_key = [REDACTED]`;
N("placeholder")`"apiKey": "YOUR_API_KEY_HERE"`;
N("placeholder")`token = "ghp_************************************"`;
N("placeholder")`CI_JOB_TOKEN=[MASKED]`;
N("placeholder")`password: "{{ lookup('env', 'DB_PASS') }}"`;
// ---- documented examples
N("doc-example")`# from the AWS docs
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`;
N("doc-example")`Example (from jwt.io): ${OPT(K("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"))}`;
N("doc-example")`Stripe test card 4242 4242 4242 4242 with key ${OPT(K("stripe-test", t.stripeTest()))} in test mode`;
N("doc-example")`// publishable key — safe to ship in the browser bundle
const stripe = Stripe("${t.stripePk()}");`;
N("doc-example")`mapboxgl.accessToken = '${t.mapboxPublic()}';`;
N("doc-example")`const firebaseConfig = { apiKey: "${OPT(K("google-api-key", t.googleApi()))}", authDomain: "acme-app.firebaseapp.com", projectId: "acme-app", appId: "1:${digits(12)}:web:${hex(22)}" };`;
N("doc-example")`LaunchDarkly client-side ID: ${hex(24)}`;
N("doc-example")`Algolia search-only key (public): appId=${rs(UD, 10)}`;
// ---- git / hashes / ids
N("git")`commit ${sha1()}
Author: Dana Ruiz <dana@example.org>
Date:   Thu Nov 27 10:11:12 2026 +0100

    fix(auth): refresh token before expiry`;
N("git")`$ git log --oneline -5
${hex(7)} feat: add retries
${hex(7)} chore: bump deps
${hex(7)} fix: token refresh race
${hex(7)} docs: readme
${hex(7)} ci: cache node_modules`;
N("git")`Merge: ${hex(12)} ${hex(12)}
index ${hex(7)}..${hex(7)} 100644`;
N("git")`remote: Resolving deltas: 100% (12/12), done.
To github.com:acme/api.git
   ${hex(7)}..${hex(7)}  main -> main
git rev-parse HEAD → ${sha1()}`;
N("hash")`sha256sum dist/warden-linux-amd64.tar.gz
${sha256()}  dist/warden-linux-amd64.tar.gz`;
N("hash")`image: ghcr.io/acme/api@sha256:${sha256()}`;
N("hash")`Digest: sha256:${sha256()}
Status: Downloaded newer image for node:20-alpine`;
N("hash")`"node_modules/lodash": {
  "version": "4.17.21",
  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
  "integrity": "sha512-${b64(64)}"
}`;
N("hash")`github.com/stretchr/testify v1.9.0 h1:${b64(32)}
github.com/stretchr/testify v1.9.0/go.mod h1:${b64(32)}`;
N("hash")`[[package]]
name = "serde"
version = "1.0.210"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${sha256()}"`;
N("hash")`<script src="https://cdn.example.net/lib.min.js" integrity="sha384-${b64(48)}" crossorigin="anonymous"></script>`;
N("hash")`ETag: "${hex(32)}"
x-amz-request-id: ${rs(UD, 16)}
x-amz-id-2: ${b64(48)}`;
N("hash")`md5: ${hex(32)}  sha1: ${sha1()}`;
N("hash")`pip hash: --hash=sha256:${sha256()}`;
N("hash")`yarn.lock:
"@babel/core@^7.24.0":
  version "7.24.4"
  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.4.tgz#${sha1()}"
  integrity sha512-${b64(64)}`;
N("hash")`password_hash = "$argon2id$v=19$m=65536,t=3,p=4$${b64(16).replace(/=+$/, "")}$${b64(32).replace(/=+$/, "")}"`;
N("hash")`Content-MD5: ${b64(16)}`;
N("ids")`request_id=${uuid()} trace_id=${hex(32)} span_id=${hex(16)}`;
N("ids")`{"id":"chatcmpl-${rs(AN, 29)}","object":"chat.completion","created":1764310000,"model":"gpt-4o-2024-08-06","system_fingerprint":"fp_${hex(10)}"}`;
N("ids")`{"id":"msg_01${rs(AN, 22)}","type":"message","role":"assistant","model":"claude-sonnet-4-5"}`;
N("ids")`kubectl get pod api-7d9f8c6b5-x2x9q -o jsonpath='{.metadata.uid}' → ${uuid()}`;
N("ids")`ObjectId("${hex(24)}")`;
N("ids")`Order ${uuid()} created by user ${rs(AN, 28)} (firebase uid)`;
N("ids")`sentry event_id: ${hex(32)}`;
N("ids")`Stripe objects: ${"cus_" + rs(AN, 14)}, ${"pi_" + rs(AN, 24)}, ${"ch_" + rs(AN, 24)}, ${"evt_" + rs(AN, 24)}`;
N("ids")`The Datadog trace: https://app.datadoghq.com/apm/trace/${digits(19)}`;
N("ids")`AWS resources: ${"i-" + hex(17)}, ${"vpc-" + hex(17)}, ${"sg-" + hex(17)}, arn:aws:iam::${digits(12)}:role/ci-deployer`;
N("ids")`Azure subscription ${uuid()} tenant ${uuid()} resource group rg-prod`;
N("ids")`youtube.com/watch?v=${rs(B64U, 11)} and playlist PL${rs(B64U, 32)}`;
N("ids")`transaction 0x${hex(64)} from 0x${hex(40)}`;
N("ids")`IPFS: bafybei${rs("abcdefghijklmnopqrstuvwxyz234567", 52)}`;
N("ids")`bitcoin address bc1q${rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)}`;
N("ids")`Snowflake query id ${uuid()}; warehouse COMPUTE_WH; query_hash ${hex(32)}`;
N("ids")`build cache key: node-cache-Linux-x64-npm-${sha256()}`;
N("ids")`x-request-id: ${rs(AN, 32)}`;
N("ids")`Cloudflare Ray ID: ${hex(16)}-FRA`;
N("ids")`session replay https://app.posthog.com/replay/${uuid()}`;
N("ids")`Google Analytics G-${rs(UD, 10)} and GTM-${rs(UD, 7)}`;
N("ids")`sourcemap: //# debugId=${uuid()}`;
N("ids")`Upload id ${rs(B64U, 64)} completed`;
N("ids")`gpg: key ${rs(UHEX, 16)}: public key "Dana Ruiz <dana@example.org>" imported
sub   rsa4096/${rs(UHEX, 16)} 2026-01-01 [E]
      ${rs(UHEX, 40)}`;
N("ids")`pub   ed25519 2025-05-05 [SC]
      Key fingerprint = ${Array.from({ length: 10 }, () => rs(UHEX, 4)).join(" ")}
ssb   cv25519/${rs(UHEX, 16)} 2025-05-05 [E]`;
N("ids")`The key fingerprint is SHA256:${b64(32).replace(/=+$/, "")} dev@laptop`;
N("ids")`paypal: curl -v https://api-m.sandbox.paypal.com/v1/oauth2/token -u ${OPT(K("paypal-client-id", "A" + rs(B64U, 79)))}:$PAYPAL_SECRET -d grant_type=client_credentials`;
N("ids")`Serial Number: ${Array.from({ length: 16 }, () => hex(2)).join(":")}`;
N("ids")`X.509 thumbprint ${rs(UHEX, 40)}`;
N("ids")`Twilio message SID SM${hex(32)} delivered`;
N("ids")`OAuth state=${rs(B64U, 32)}&code_challenge=${rs(B64U, 43)}&code_challenge_method=S256`;
N("ids")`nonce="${b64(16)}" in Content-Security-Policy: script-src 'nonce-${b64(16)}'`;
// ---- signed URLs (signature is not a reusable credential)
N("presigned")`https://acme-uploads.s3.eu-west-1.amazonaws.com/exports/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${OPT(K("aws-access-key-id", t.asia()))}%2F20261127%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261127T101112Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${hex(64)}`;
N("presigned")`https://storage.googleapis.com/acme-bucket/a.png?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40acme.iam.gserviceaccount.com%2F20261127%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261127T101112Z&X-Goog-Expires=600&X-Goog-SignedHeaders=host&X-Goog-Signature=${hex(512)}`;
N("presigned")`https://d111111abcdef8.cloudfront.net/video.mp4?Expires=1764400000&Signature=${rs(B64U + "~", 172)}&Key-Pair-Id=K${rs(UD, 13)}`;
// ---- public keys / certificates
N("pubkey")`${t.sshPub()} dana@laptop`;
N("pubkey")`# ~/.ssh/authorized_keys
${t.sshRsaPub()} deploy@ci
${t.sshPub()} ops@bastion`;
N("pubkey")`${t.pubPem()}`;
N("pubkey")`ca.crt: |
${t.certPem()}`;
N("pubkey")`-----BEGIN PGP PUBLIC KEY BLOCK-----

${b64(300).match(/.{1,64}/g)!.join("\n")}
=${rs(B64, 4)}
-----END PGP PUBLIC KEY BLOCK-----`;
N("pubkey")`{"keys":[{"kty":"RSA","use":"sig","kid":"${hex(40)}","alg":"RS256","n":"${b64url(256)}","e":"AQAB"}]}`;
N("pubkey")`age recipient: age1${rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}`;
N("pubkey")`WireGuard peer PublicKey = ${b64(32)}`;
N("pubkey")`github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl`;
// ---- gcp / k8s shaped but harmless
N("gcp")`{
  "type": "service_account",
  "project_id": "acme-analytics-4411",
  "client_email": "etl-runner@acme-analytics-4411.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}`;
N("k8s")`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  API_BASE_URL: https://api.acme.io
  FEATURE_FLAGS: ${enc("new-checkout,dark-mode")}
  checksum/config: ${sha256()}`;
N("k8s")`metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"apps/v1","kind":"Deployment"}'
    deployment.kubernetes.io/revision: "14"
  resourceVersion: "${digits(9)}"
  uid: ${uuid()}`;
N("terraform")`      "type": "random_id",
      "name": "suffix",
      "instances": [{ "attributes": { "b64_url": "${b64url(4)}", "byte_length": 4, "dec": "${digits(10)}", "hex": "${hex(8)}", "id": "${b64url(4)}" } }]`;
N("terraform")`      "type": "aws_s3_bucket",
      "instances": [{ "attributes": { "arn": "arn:aws:s3:::acme-logs-${hex(8)}", "bucket": "acme-logs-${hex(8)}", "hosted_zone_id": "Z${rs(UD, 13)}", "id": "acme-logs-${hex(8)}" } }]`;
N("terraform")`"lineage": "${uuid()}", "serial": 42, "terraform_version": "1.9.5"`;
// ---- base64 data / minified code
N("data")`<img src="data:image/png;base64,${b64(360)}" alt="logo">`;
N("data")`background: url("data:font/woff2;base64,${b64(300)}") format("woff2");`;
N("data")`!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${rs(AN, 64)}";return function(t){for(var n=0,r=0;r<t.length;r++)n=(n<<5)-n+t.charCodeAt(r)|0;return e[Math.abs(n)%e.length]}});`;
N("data")`const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";`;
N("data")`{"type":"Buffer","data":"${b64(120)}"} // protobuf payload, base64`;
N("data")`webpack chunk: __webpack_require__.h = () => ("${hex(20)}")`;
N("data")`"sourcesContent": [...], "mappings": "AAAA,SAASA,EAAEC,GAAG,OAAOA,EAAE,CAAC;AAAA,SAASC,EAAED,GAAG,OAAOA;${rs("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/,;", 120)}"`;
N("data")`vmess config uuid ${uuid()} alterId 0`;
N("data")`random salt (public, stored next to the hash): salt=${hex(32)}`;
N("data")`test vector: key = 000102030405060708090a0b0c0d0e0f, plaintext = 00112233445566778899aabbccddeeff`;
N("data")`matrix: [[0.${digits(8)}, 0.${digits(8)}], [0.${digits(8)}, 0.${digits(8)}]]`;
N("data")`font-feature-settings hash ${hex(12)}, build ${rs(LD, 8)}`;
// ---- prose about secrets, no value
N("prose")`To create a token, go to Settings → Developer settings → Personal access tokens and click Generate new token. Tokens start with ghp_ and are 40 characters long.`;
N("prose")`The password must be at least 12 characters and contain a digit. Never commit your .env file.`;
N("prose")`AWS access keys start with AKIA (long-term) or ASIA (temporary, from STS).`;
N("prose")`Our rotation policy: secrets older than 90 days are revoked by the vault-rotator job (see runbook SEC-12).`;
N("prose")`Error: The provided API key is invalid. Check that OPENAI_API_KEY is set in your environment.`;
N("prose")`password_reset_token expired at 2026-11-27T10:00:00Z for user_id=${digits(7)}`;
N("prose")`token_type=bearer expires_in=3600 scope="read:user repo"`;
N("prose")`The secret key rotation finished; new key id is kid-${digits(4)} (stored in KMS, alias/app-signing).`;
N("code")`def check_password(raw: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(raw.encode(), hashed)`;
N("code")`const token = await getToken({ audience: "api://default" });
headers.set("Authorization", \`Bearer \${token}\`);`;
N("code")`password = getpass.getpass("Password: ")`;
N("code")`if (apiKey.startsWith("sk-")) throw new Error("use a project key");`;
N("code")`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`;
N("code")`secretName: db-credentials\nsecretKeyRef:\n  name: db-credentials\n  key: password`;
N("code")`aws sts assume-role --role-arn arn:aws:iam::${digits(12)}:role/Admin --role-session-name dana-${digits(6)}`;
N("code")`token := os.Getenv("GITHUB_TOKEN")\nif token == "" { log.Fatal("GITHUB_TOKEN not set") }`;
N("code")`password_field = forms.CharField(widget=forms.PasswordInput, max_length=128)`;
N("code")`<input type="password" name="password" autocomplete="current-password" />`;
N("code")`class Credentials(BaseModel):\n    access_key_id: str\n    secret_access_key: SecretStr`;
N("code")`"passwordPolicy": {"minLength": 14, "requireSymbols": true, "maxAgeDays": 90}`;
N("code")`KEY_LENGTH=32\nKEY_ROTATION_DAYS=30\nKEY_ALGORITHM=AES256`;
N("code")`curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://run.googleapis.com/v2/projects/acme/locations/eu/services`;
N("code")`git config --global credential.helper osxkeychain`;
N("code")`auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }`;
N("code")`DATABASE_URL=postgresql://localhost/app_development`;
N("code")`redis://localhost:6379/0`;
N("code")`mongodb://mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0`;
N("code")`amqp://guest:guest@localhost:5672/`;
N("code")`jdbc:postgresql://db:5432/app?user=app&sslmode=require`;
N("code")`docker run -e POSTGRES_PASSWORD_FILE=/run/secrets/pg -v pg:/var/lib/postgresql/data postgres:16`;
N("code")`- name: Login\n  uses: docker/login-action@v3\n  with:\n    username: \${{ github.actor }}\n    password: \${{ secrets.GITHUB_TOKEN }}`;
N("code")`stripe listen --forward-to localhost:4242/webhook --events payment_intent.succeeded`;
N("code")`openssl genpkey -algorithm ed25519 -out key.pem && openssl pkey -in key.pem -pubout`;
N("code")`ssh-keygen -t ed25519 -C "dana@example.org" -f ~/.ssh/id_ed25519`;
