/** Red-team set 3 (secrets only, 2026-11-27): credentials of ~100 services/kinds in realistic contexts (.env, CI logs,
 *  stack traces, chat pastes, code in several languages, curl, kubectl, JSON responses, support tickets), passwords
 *  in many config syntaxes and in prose (EN/DE/FR/ES/IT/NL/PT), and hard negatives. Labels: SEC(kind, value); OPT()
 *  marks debatable spans (reported apart). Case kind = context; label kind = service/credential kind. */
import { caseBuilder } from "../pii-secrets-sample/labels.js";
import { tok as t, rs, hex, uuid, sha, digits, int, pick, b64, b64url, AN, LD, B64, B64U, UD, L, U, D, sha256 } from "./gen.js";
export const b = caseBuilder();
const { S, N, SEC: K, OPT } = b;

// ======================================================================= CLOUD
{ const id = t.akia(), sk = t.awsSecret();
  S("env")`# .env.staging (copied from the wiki, why does the SDK say SignatureDoesNotMatch?)
APP_ENV=staging
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=${K("aws-access-key-id", id)}
AWS_SECRET_ACCESS_KEY=${K("aws-secret-key", sk)}
S3_BUCKET=acme-staging-uploads`; }
S("json-api")`$ aws sts assume-role --role-arn arn:aws:iam::${digits(12)}:role/deployer --role-session-name ci
{
    "Credentials": {
        "AccessKeyId": "${K("aws-access-key-id", t.asia())}",
        "SecretAccessKey": "${K("aws-secret-key", t.awsSecret())}",
        "SessionToken": "${K("aws-session-token", t.awsSession())}",
        "Expiration": "2026-11-27T20:14:09+00:00"
    }
}`;
S("ini")`~/.aws/credentials
[prod-admin]
aws_access_key_id=${K("aws-access-key-id", t.asia())}
aws_secret_access_key=${K("aws-secret-key", t.awsSecret())}
aws_session_token=${K("aws-session-token", t.awsSessionOld())}`;
S("code-java")`AwsBasicCredentials creds = AwsBasicCredentials.create("${K("aws-access-key-id", t.akia())}", "${K("aws-secret-key", t.awsSecret())}");
S3Client s3 = S3Client.builder().credentialsProvider(StaticCredentialsProvider.create(creds)).build();`;
S("ci-log")`[2026-11-26 09:12:44] Step 4/9 : ENV AWS_SECRET_ACCESS_KEY=${K("aws-secret-key", t.awsSecret())}
[2026-11-26 09:12:44]  ---> Running in 4f1c0a9be2d1
[2026-11-26 09:12:45] ERROR: An error occurred (InvalidAccessKeyId) when calling the PutObject operation`;
S("gcp-json")`Can you tell me why gcloud auth activate-service-account fails? Here's the key file:
{
  "type": "${OPT(K("gcp-sa-type-marker", "service_account"))}",
  "project_id": "lumen-data-prod",
  "private_key_id": "${OPT(K("gcp-private-key-id", sha(40)))}",
  "private_key": "${K("gcp-sa-private-key", t.pemPk8("\\n"))}\\n",
  "client_email": "bq-loader@lumen-data-prod.iam.gserviceaccount.com",
  "client_id": "${digits(21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`;
S("code-py")`credentials = service_account.Credentials.from_service_account_info({"type": "${OPT(K("gcp-sa-type-marker", "service_account"))}", "project_id": "ml-feat", "private_key": "${K("gcp-sa-private-key", t.pemPk8("\\n"))}", "client_email": "feat@ml-feat.iam.gserviceaccount.com"})`;
S("code-kotlin")`val places = Places.initialize(applicationContext, "${K("gcp-api-key", t.gcpKey())}")  // server restricted? not sure`;
S("yaml")`google:
  maps_server_key: ${K("gcp-api-key", t.gcpKey())}
  oauth:
    client_id: ${digits(12)}-${rs(LD, 32)}.apps.googleusercontent.com
    client_secret: ${K("gcp-oauth-client-secret", t.gcpOauthSecret())}`;
S("json")`{"web":{"client_id":"${digits(12)}-${rs(LD, 32)}.apps.googleusercontent.com","project_id":"crm-sync","client_secret":"${K("gcp-oauth-client-secret", t.gcpOauthSecret())}","redirect_uris":["http://localhost:8080/cb"]}}`;
S("appsettings")`"ConnectionStrings": {
  "Blob": "DefaultEndpointsProtocol=https;AccountName=contosomedia;AccountKey=${K("azure-storage-conn-key", t.azureAccountKey())};EndpointSuffix=core.windows.net"
}`;
S("ps1")`$ctx = New-AzStorageContext -StorageAccountName "fabrikamlogs" -StorageAccountKey "${K("azure-storage-key", t.azureAccountKey())}"`;
S("url")`Upload fails with 403 AuthorizationFailure on https://contosobackup.blob.core.windows.net/db/dump.bak?${K("azure-sas", `sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2026-12-31T18:00:00Z&st=2026-11-01T10:00:00Z&spr=https&sig=${t.azureSasSig()}`)}`;
S("env")`AZURE_SERVICEBUS=Endpoint=sb://fab-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${K("azure-servicebus-key", b64(32))}`;
S("env")`AZURE_TENANT_ID=${uuid()}
AZURE_CLIENT_ID=${uuid()}
AZURE_CLIENT_SECRET=${K("azure-ad-client-secret", t.azureClientSecret())}`;
S("chat")`[Teams] Priya: the app registration secret expired, new one is ${K("azure-ad-client-secret", t.azureClientSecret())} — valid for 6 months`;
S("shell")`az devops login --organization https://dev.azure.com/fabrikam <<< ${K("azure-devops-pat", t.azureDevopsPat())}`;
S("env")`ALIBABA_CLOUD_ACCESS_KEY_ID=${K("alibaba-ak", t.alibaba())}
ALIBABA_CLOUD_ACCESS_KEY_SECRET=${K("alibaba-secret", t.alibabaSecret())}`;
S("shell")`doctl auth init --access-token ${K("digitalocean-pat", t.doPat())}`;
S("tf")`provider "digitalocean" {
  token = "${K("digitalocean-oauth", t.doOauth())}"
}`;
S("env")`HEROKU_API_KEY=${K("heroku-api-key", t.herokuNew())}`;
S("netrc")`machine api.heroku.com
  login ops@helio.dev
  password ${K("heroku-api-key", uuid())}`;
S("env")`CLOUDFLARE_API_TOKEN=${K("cloudflare-api-token", t.cfToken())}
CLOUDFLARE_ZONE_ID=${hex(32)}`;
S("curl")`curl -X GET "https://api.cloudflare.com/client/v4/zones" -H "X-Auth-Email: ops@helio.dev" -H "X-Auth-Key: ${K("cloudflare-global-key", t.cfGlobal())}"`;
S("curl")`curl https://api.cloudflare.com/client/v4/certificates -H "X-Auth-User-Service-Key: ${K("cloudflare-origin-ca", t.cfOriginCa())}"`;
S("env")`IBMCLOUD_API_KEY=${K("ibm-cloud-api-key", t.ibm())}`;

// ======================================================================= VCS
for (const [ctx, k] of [["GITHUB_TOKEN=", "ghp"], ["Authorization: token ", "ghp"], ["remote: https://x-access-token:", "ghs"], ["gh_oauth: ", "gho"], ["GH_USER_TOKEN=", "ghu"], ["refresh_token=", "ghr"]] as const) {
  const v = (t as unknown as Record<string, () => string>)[k]!();
  S("github")`${ctx}${K("github-" + k, v)}${ctx.includes("https") ? "@github.com/acme/infra.git" : ""}`;
}
S("code-ts")`const octokit = new Octokit({ auth: process.env.GH_TOKEN ?? "${K("github-ghp", t.ghp())}" });`;
S("chat")`can u check why actions fails? I set the secret to ${K("github-fine-grained", t.ghFine())} with repo scope`;
S("yaml")`# .github/workflows/release.yml
    - uses: actions/checkout@v4
      with:
        token: ${K("github-fine-grained", t.ghFine())}`;
S("json-api")`{"token":"${K("github-app-installation", t.ghs())}","expires_at":"2026-11-27T20:12:01Z","permissions":{"contents":"read","metadata":"read"},"repository_selection":"selected"}`;
S("env")`GITLAB_TOKEN=${K("gitlab-pat", t.glpat())}`;
S("shell")`git clone https://gitlab-ci-token:${K("gitlab-pat", t.glpat())}@gitlab.example.org/platform/terraform-modules.git`;
S("toml")`# /etc/gitlab-runner/config.toml
[[runners]]
  name = "docker-runner-2"
  url = "https://gitlab.acme.internal/"
  token = "${K("gitlab-runner-token", t.glrt())}"
  executor = "docker"`;
S("shell")`gitlab-runner register --url https://gitlab.com/ --registration-token ${K("gitlab-runner-registration", t.glRunnerReg())} --executor shell`;
S("k8s")`kubectl create secret docker-registry gl-pull --docker-server=registry.gitlab.com --docker-username=gitlab+deploy-token-114 --docker-password=${K("gitlab-deploy-token", t.gldt())}`;
S("curl")`curl -X POST --fail -F token=${K("gitlab-trigger-token", t.glptt())} -F ref=main https://gitlab.com/api/v4/projects/4411/trigger/pipeline`;
S("env")`BITBUCKET_USERNAME=mcarvalho
BITBUCKET_APP_PASSWORD=${K("bitbucket-app-password", t.bbAppPw())}`;
S("shell")`git remote add bb https://x-token-auth:${K("bitbucket-access-token", t.bbAccessToken())}@bitbucket.org/acme/legacy-api.git`;

// ======================================================================= CI/CD
S("env")`CIRCLE_TOKEN=${K("circleci-pat", t.circlePat())}`;
S("curl")`curl -X POST https://circleci.com/api/v2/project/gh/acme/web/pipeline -H "Circle-Token: ${K("circleci-token", t.circleLegacy())}" -H "Content-Type: application/json"`;
S("shell")`travis env set DEPLOY_KEY foo --com && curl -H "Travis-API-Version: 3" -H "Authorization: token ${K("travis-token", t.travis())}" https://api.travis-ci.com/repos`;
S("env")`BUILDKITE_API_TOKEN=${K("buildkite-token", t.bkua())}`;
S("curl")`curl -X POST -u deploy-bot:${K("jenkins-api-token", t.jenkins())} "https://jenkins.acme.internal/job/api-release/buildWithParameters?TAG=v4.2.0"`;
S("groovy")`withCredentials([]) {
  sh 'curl -s --user admin:${K("jenkins-api-token", t.jenkins())} https://ci.acme.local/crumbIssuer/api/json'
}`;

// ======================================================================= PAYMENTS
S("env")`STRIPE_SECRET_KEY=${K("stripe-secret", t.skLive())}
STRIPE_PUBLISHABLE_KEY=${t.pkLive()}`;
S("code-rb")`Stripe.api_key = '${K("stripe-secret", t.skLiveShort())}'`;
S("code-php")`$stripe = new \\Stripe\\StripeClient('${K("stripe-restricted", t.rkLive())}');`;
S("code-js")`const event = stripe.webhooks.constructEvent(req.body, sig, "${K("stripe-webhook-secret", t.whsec())}");`;
S("env")`SQUARE_ACCESS_TOKEN=${K("square-access-token", t.squareAt())}
SQUARE_ENVIRONMENT=production`;
S("json")`{"application_id":"sq0idp-${rs(B64U, 22)}","application_secret":"${K("square-oauth-secret", t.squareSecret())}"}`;
S("env")`PAYPAL_CLIENT_ID=${t.paypalId()}
PAYPAL_CLIENT_SECRET=${K("paypal-client-secret", t.paypalSecret())}
PAYPAL_MODE=live`;
S("code-py")`gateway = braintree.BraintreeGateway(access_token="${K("braintree-access-token", t.braintree())}")`;
S("code-java")`Client client = new Client("${K("adyen-api-key", t.adyen())}", Environment.LIVE, "1797a841fbb37ca7-AdyenDemo");`;
S("env")`RAZORPAY_KEY_ID=${OPT(K("razorpay-key-id", t.razorpayId()))}
RAZORPAY_KEY_SECRET=${K("razorpay-secret", t.razorpaySecret())}`;
S("code-php")`$mollie->setApiKey("${K("mollie-api-key", t.mollie())}");`;
S("json-api")`{"access_token": "${K("plaid-access-token", t.plaid())}", "item_id": "${rs(AN, 37)}", "request_id": "${rs(AN, 15)}"}`;
S("env")`SHIPPO_API_TOKEN=${K("shippo-token", t.shippo())}`;
S("env")`FLW_SECRET_KEY=${K("flutterwave-secret", t.flutterwave())}`;

// ======================================================================= MESSAGING
S("code-py")`app = App(token="${K("slack-bot-token", t.xoxb())}", signing_secret=os.environ["SLACK_SIGNING_SECRET"])`;
S("log")`2026-11-27 07:41:09,223 ERROR slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage, token: ${K("slack-user-token", t.xoxp())})`;
S("env")`SLACK_APP_TOKEN=${K("slack-app-token", t.xapp())}
SLACK_BOT_TOKEN=${K("slack-bot-token", t.xoxb())}`;
S("yaml")`alertmanager:
  receivers:
    - name: oncall
      slack_configs:
        - api_url: ${K("slack-webhook", t.slackHook())}
          channel: '#alerts-prod'`;
S("curl")`curl -X POST ${K("slack-workflow-webhook", t.slackWorkflowHook())} -d '{"summary":"nightly ok"}'`;
S("code-py")`bot.run("${K("discord-bot-token", t.discordBot())}")  # keeps throwing LoginFailure`;
S("env")`DISCORD_TOKEN=${K("discord-bot-token", t.discordBot())}`;
S("code-js")`await fetch("${K("discord-webhook", t.discordHook())}", { method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({ content: "build failed" }) });`;
S("code-py")`updater = Updater("${K("telegram-bot-token", t.telegram())}", use_context=True)`;
S("curl")`curl "https://api.telegram.org/bot${K("telegram-bot-token", t.telegram())}/sendMessage?chat_id=-100${digits(10)}&text=deploy%20ok"`;
S("env")`TWILIO_ACCOUNT_SID=${OPT(K("twilio-account-sid", t.twilioSid()))}
TWILIO_AUTH_TOKEN=${K("twilio-auth-token", t.twilioAuth())}`;
S("curl")`curl -X POST https://api.twilio.com/2010-04-01/Accounts/${OPT(K("twilio-account-sid", t.twilioSid()))}/Messages.json -u ${K("twilio-api-key", t.twilioSk())}:${K("twilio-api-secret", rs(AN, 32))} --data-urlencode "Body=hi"`;
S("code-cs")`var client = new SendGridClient("${K("sendgrid", t.sendgrid())}");`;
S("env")`MAILGUN_API_KEY=${K("mailgun-api-key", t.mailgunNew())}
MAILGUN_DOMAIN=mg.helio.dev`;
S("code-py")`requests.post("https://api.mailgun.net/v3/mg.acme.io/messages", auth=("api", "${K("mailgun-api-key", t.mailgunLegacy())}"), data={"to": "ops"})`;
S("code-js")`mailchimp.setConfig({ apiKey: "${K("mailchimp-api-key", t.mailchimp())}", server: "us6" });`;
S("env")`MANDRILL_API_KEY=${K("mandrill-key", t.mandrill())}`;
S("curl")`curl "https://api.postmarkapp.com/email" -H "Accept: application/json" -H "X-Postmark-Server-Token: ${K("postmark-server-token", uuid())}" -d @mail.json`;
S("ps1")`Invoke-RestMethod -Method Post -Uri "${K("teams-webhook", t.teamsHook())}" -Body $payload`;
S("env")`BREVO_API_KEY=${K("brevo-api-key", t.brevo())}`;

// ======================================================================= DATABASES
S("env")`DATABASE_URL=postgresql://orders_rw:${K("db-url-password", t.urlPw(18))}@orders-db.cluster-c8x2.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=require`;
S("code-py")`engine = create_engine("mysql+pymysql://reporting:${K("db-url-password", t.humanPw())}@10.20.0.7:3306/bi")`;
S("log")`pymongo.errors.OperationFailure: bad auth : Authentication failed., full error: {'ok': 0} uri=mongodb+srv://etl:${K("db-url-password", rs(AN, 20))}@cluster1.ab3cd.mongodb.net/?retryWrites=true&w=majority`;
S("yaml")`celery:
  broker_url: amqps://svc_worker:${K("db-url-password", rs(AN, 24))}@b-1a2b3c.mq.eu-central-1.amazonaws.com:5671
  result_backend: rediss://default:${K("db-url-password", rs(AN, 32))}@cache-prod.upstash.io:6379`;
S("properties")`spring.datasource.url=jdbc:sqlserver://sql01.corp.local:1433;databaseName=HR;user=hr_app;password=${K("jdbc-password", t.humanPw())};encrypt=true`;
S("properties")`db.url=jdbc:mysql://db.internal:3306/shop?user=shop&password=${K("jdbc-password", t.randPw(14))}&useSSL=true`;
S("code-cs")`var cs = "Data Source=sql-prod-02;Initial Catalog=Billing;User Id=billing_svc;Password=${K("adonet-password", t.humanPw())};TrustServerCertificate=True";`;
S("odbc")`DRIVER={ODBC Driver 18 for SQL Server};SERVER=tcp:fin.database.windows.net;DATABASE=ledger;UID=ledger_ro;PWD=${K("odbc-password", t.randPw(15))};Encrypt=yes`;
S("code-go")`dsn := "appuser:${K("go-dsn-password", t.randPw(16))}@tcp(mysql-primary:3306)/app?charset=utf8mb4&parseTime=True"`;
S("env")`REDIS_URL=redis://:${K("db-url-password", hex(40))}@redis.helio.internal:6379/2`;
S("shell")`$ PGPASSWORD=${K("pgpassword", t.humanPw())} psql -h pg-replica-1 -U analytics -d warehouse -c '\\dt'`;
S("shell")`mongosh "mongodb://admin@10.1.4.4:27017/admin" -u admin -p '${K("cli-password", t.randPw(14))}' --authenticationDatabase admin`;
S("pgpass")`# ~/.pgpass
db-prod.internal:5432:payments:payments_app:${K("pgpass", t.randPw(20))}`;
S("code-py")`conn = psycopg2.connect(host="10.9.0.3", dbname="crm", user="crm", password="${K("connect-arg-password", t.humanPw())}")`;
S("code-js")`const pool = mysql.createPool({ host: "db", user: "root", password: "${K("connect-arg-password", t.randPw(12))}", database: "forum" });`;
S("snowflake")`snowflake.connector.connect(user='LOADER', password='${K("connect-arg-password", t.humanPw())}', account='xy12345.eu-central-1')`;

// ======================================================================= AI
S("env")`OPENAI_API_KEY=${K("openai-project", t.openaiProj())}`;
S("code-py")`client = OpenAI(api_key="${K("openai-svcacct", t.openaiSvc())}", organization="org-${rs(AN, 24)}")`;
S("curl")`curl https://api.openai.com/v1/organization/users -H "Authorization: Bearer ${K("openai-admin", t.openaiAdmin())}"`;
S("chat")`hey, my old key ${K("openai-legacy", t.openaiLegacy())} stopped working after the migration, do I need a project key now?`;
S("env")`ANTHROPIC_API_KEY=${K("anthropic-api", t.anthropic())}`;
S("ticket")`Ticket #48213 — "invalid x-api-key" on every call.
Customer pasted: client = anthropic.Anthropic(api_key="${K("anthropic-api", t.anthropic())}")
Please advise.`;
S("curl")`curl https://api.anthropic.com/v1/organizations/workspaces -H "x-api-key: ${K("anthropic-admin", t.anthropicAdmin())}" -H "anthropic-version: 2023-06-01"`;
S("shell")`huggingface-cli login --token ${K("huggingface-token", t.hf())}`;
S("code-py")`snapshot_download("acme/llama-ft", token="${K("huggingface-org-token", t.hfOrg())}")`;
S("env")`CO_API_KEY=${K("cohere-api-key", t.cohere())}`;
S("code-py")`co = cohere.ClientV2(api_key="${K("cohere-api-key", t.cohere())}")`;
S("env")`MISTRAL_API_KEY=${K("mistral-api-key", t.mistral())}`;
S("code-py")`client = Groq(api_key="${K("groq-api-key", t.groq())}")`;
S("env")`REPLICATE_API_TOKEN=${K("replicate-token", t.replicate())}`;
S("curl")`curl https://api.perplexity.ai/chat/completions -H "Authorization: Bearer ${K("perplexity-key", t.pplx())}" -d '{"model":"sonar"}'`;
S("code-js")`const genAI = new GoogleGenerativeAI("${K("google-ai-key", t.gcpKey())}");`;
S("env")`XAI_API_KEY=${K("xai-api-key", t.xai())}`;
S("code-py")`client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="${K("openrouter-key", t.openrouter())}")`;
S("code-py")`client = OpenAI(api_key="${K("deepseek-key", t.deepseek())}", base_url="https://api.deepseek.com")`;
S("env")`LANGCHAIN_TRACING_V2=true
LANGSMITH_API_KEY=${K("langsmith-key", t.langsmith())}`;
S("code-py")`pc = Pinecone(api_key="${K("pinecone-key", t.pinecone())}")`;
S("env")`TOGETHER_API_KEY=${K("together-key", t.together())}`;
S("env")`ELEVENLABS_API_KEY=${K("elevenlabs-key", t.elevenlabs())}`;
S("code-py")`tavily = TavilyClient(api_key="${K("tavily-key", t.tavily())}")`;
S("env")`AZURE_OPENAI_ENDPOINT=https://helio-oai.openai.azure.com/
AZURE_OPENAI_API_KEY=${K("azure-openai-key", hex(32))}`;

// ======================================================================= OBSERVABILITY
S("env")`DD_API_KEY=${K("datadog-api-key", t.ddApi())}
DD_APP_KEY=${K("datadog-app-key", t.ddApp())}
DD_SITE=datadoghq.eu`;
S("curl")`curl -X GET "https://api.datadoghq.com/api/v1/validate" -H "DD-API-KEY: ${K("datadog-api-key", t.ddApi())}"`;
S("env")`NEW_RELIC_API_KEY=${K("newrelic-user-key", t.nrak())}`;
S("yaml")`# newrelic.yml
common: &default_settings
  license_key: ${K("newrelic-license-key", t.nrLicense())}
  app_name: checkout-api`;
S("code-js")`Sentry.init({ dsn: "${OPT(K("sentry-dsn", t.sentryDsn()))}", tracesSampleRate: 0.2 });`;
S("env")`SENTRY_AUTH_TOKEN=${K("sentry-org-token", t.sntrys())}`;
S("curl")`curl https://sentry.io/api/0/projects/ -H 'Authorization: Bearer ${K("sentry-user-token", t.sntryu())}'`;
S("curl")`curl -H "Authorization: Bearer ${K("grafana-sa-token", t.glsa())}" https://grafana.acme.internal/api/dashboards/uid/k8s-nodes`;
S("env")`GRAFANA_CLOUD_TOKEN=${K("grafana-cloud-token", t.glc())}`;
S("curl")`curl -H "Authorization: Token token=${K("pagerduty-api-key", t.pagerduty())}" -H "Accept: application/vnd.pagerduty+json;version=2" https://api.pagerduty.com/incidents`;
S("yaml")`pagerduty_configs:
  - routing_key: ${OPT(K("pagerduty-routing-key", t.pdRouting()))}`;
S("env")`DT_API_TOKEN=${K("dynatrace-token", t.dynatrace())}`;
S("env")`HONEYCOMB_API_KEY=${K("honeycomb-key", t.honeycomb())}`;
S("curl")`curl https://splunk.acme.internal:8088/services/collector/event -H "Authorization: Splunk ${K("splunk-hec-token", t.splunkHec())}" -d '{"event":"hello"}'`;

// ======================================================================= INFRA / REGISTRIES
S("shell")`export VAULT_ADDR=https://vault.acme.internal:8200
export VAULT_TOKEN=${K("vault-token", t.hvs())}
vault kv get secret/payments`;
S("log")`Error making API request. URL: GET https://vault:8200/v1/auth/token/lookup-self Code: 403. token=${K("vault-batch-token", t.hvb())}`;
S("hcl")`# ~/.terraform.d/credentials.tfrc.json
{"credentials": {"app.terraform.io": {"token": "${K("terraform-cloud-token", t.tfc())}"}}}`;
S("env")`DOPPLER_TOKEN=${K("doppler-token", t.doppler())}`;
S("shell")`docker run -e DOPPLER_TOKEN="${K("doppler-token", t.dopplerSt())}" acme/api`;
S("env")`PULUMI_ACCESS_TOKEN=${K("pulumi-token", t.pulumi())}`;
S("npmrc")`# .npmrc in the repo root (is that bad?)
//registry.npmjs.org/:_authToken=${K("npm-token", t.npm())}`;
S("pypirc")`[distutils]
index-servers = pypi
[pypi]
username = __token__
password = ${K("pypi-token", t.pypi())}`;
S("shell")`dotnet nuget push Acme.Core.4.2.0.nupkg --api-key ${K("nuget-api-key", t.nuget())} --source https://api.nuget.org/v3/index.json`;
S("shell")`echo "${K("docker-hub-pat", t.dockerPat())}" | docker login -u acmeci --password-stdin`;
S("yaml")`# ~/.gem/credentials
---
:rubygems_api_key: ${K("rubygems-key", t.rubygems())}`;
S("env")`ARTIFACTORY_API_KEY=${K("artifactory-key", t.artifactory())}`;
S("env")`CARGO_REGISTRY_TOKEN=${K("crates-io-token", t.cratesIo())}`;
S("shell")`tailscale up --authkey=${K("tailscale-key", t.tailscale())} --hostname=edge-7`;
S("txt")`# created: 2026-11-20T10:01:02Z
# public key: age1${rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}
${K("age-secret-key", t.age())}`;
S("env")`OP_SERVICE_ACCOUNT_TOKEN=${K("1password-sa-token", t.op())}`;
S("env")`DATABRICKS_HOST=https://adb-${digits(16)}.7.azuredatabricks.net
DATABRICKS_TOKEN=${K("databricks-token", t.databricks())}`;
S("shell")`mvn sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=${K("sonarqube-token", t.sonar())}`;
S("env")`POSTMAN_API_KEY=${K("postman-key", t.postman())}`;

// ======================================================================= SAAS
S("code-rb")`ShopifyAPI::Context.setup(api_key: "${OPT(K("shopify-app-api-key-client-id", hex(32)))}", api_secret_key: "${K("shopify-shared-secret", t.shpss())}", host: "https://app.acme.io")
session = ShopifyAPI::Auth::Session.new(shop: "acme.myshopify.com", access_token: "${K("shopify-access-token", t.shpat())}")`;
S("env")`SHOPIFY_CUSTOM_APP_TOKEN=${K("shopify-access-token", t.shpca())}`;
S("curl")`curl -u mkoenig@helio.dev:${K("atlassian-api-token", t.atlassian())} -H "Accept: application/json" https://helio.atlassian.net/rest/api/3/myself`;
S("env")`LINEAR_API_KEY=${K("linear-api-key", t.linear())}`;
S("code-js")`const notion = new Client({ auth: "${K("notion-token", t.notionOld())}" });`;
S("env")`NOTION_TOKEN=${K("notion-token", t.notionNew())}`;
S("curl")`curl "https://api.airtable.com/v0/app${rs(AN, 14)}/Leads" -H "Authorization: Bearer ${K("airtable-pat", t.airtable())}"`;
S("env")`FIGMA_TOKEN=${K("figma-pat", t.figma())}`;
S("curl")`curl -H "Authorization: SSWS ${K("okta-api-token", t.okta())}" https://helio.okta.com/api/v1/users?limit=25`;
S("env")`AUTH0_DOMAIN=helio.eu.auth0.com
AUTH0_CLIENT_ID=${rs(AN, 32)}
AUTH0_CLIENT_SECRET=${K("auth0-client-secret", t.auth0Secret())}`;
{ const ref = rs(L, 20);
  S("env")`NEXT_PUBLIC_SUPABASE_URL=https://${ref}.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${OPT(K("supabase-anon-key-public", t.supabaseAnon(ref)))}
SUPABASE_SERVICE_ROLE_KEY=${K("supabase-service-role", t.supabaseService(ref))}`; }
S("env")`SUPABASE_SECRET_KEY=${K("supabase-secret-key", t.supabaseSecret())}`;
S("shell")`supabase login --token ${K("supabase-access-token", t.sbp())}`;
S("code-java")`conn.setRequestProperty("Authorization", "key=${K("firebase-fcm-server-key", t.fcm())}");`;
S("env")`NETLIFY_AUTH_TOKEN=${K("netlify-token", t.netlify())}`;
S("env")`VERCEL_TOKEN=${K("vercel-token", t.vercel())}
VERCEL_ORG_ID=team_${rs(AN, 24)}`;
S("env")`FASTLY_API_TOKEN=${K("fastly-token", t.fastly())}`;
S("code-js")`const client = algoliasearch("${t.algoliaApp()}", "${K("algolia-admin-key", t.algoliaAdmin())}"); // admin key, used by the indexer`;
S("env")`MAPBOX_SECRET_TOKEN=${K("mapbox-secret-token", t.mapbox())}`;
S("code-py")`hubspot = HubSpot(access_token="${K("hubspot-pat", t.hubspot())}")`;
S("env")`DROPBOX_ACCESS_TOKEN=${K("dropbox-token", t.dropbox())}`;
S("env")`TYPEFORM_TOKEN=${K("typeform-token", t.typeform())}`;
S("env")`CONTENTFUL_MANAGEMENT_TOKEN=${K("contentful-pat", t.contentful())}`;
S("curl")`curl https://app.asana.com/api/1.0/users/me -H "Authorization: Bearer ${K("asana-pat", t.asana())}"`;
S("code-ts")`const resend = new Resend("${K("resend-key", t.resend())}");`;
S("env")`NEON_API_KEY=${K("neon-key", t.neon())}`;
S("env")`PLANETSCALE_SERVICE_TOKEN=${K("planetscale-token", t.planetscale())}`;
S("env")`PREFECT_API_KEY=${K("prefect-key", t.prefect())}`;
S("env")`RENDER_API_KEY=${K("render-key", t.render())}`;
S("env")`LINODE_TOKEN=${K("linode-token", t.linode())}`;
S("env")`HCLOUD_TOKEN=${K("hetzner-token", t.hetzner())}`;
S("env")`TWITTER_BEARER_TOKEN=${K("twitter-bearer", t.twitterBearer())}`;
S("code-py")`graph = facebook.GraphAPI(access_token="${K("facebook-token", t.facebook())}", version="19.0")`;

// ======================================================================= PRIVATE KEYS
S("paste")`Why does "ssh -i deploy_key" say "Load key: invalid format"?
${K("pem-rsa", t.pemRsa())}`;
S("paste")`${K("pem-rsa-encrypted", t.pemRsaEnc())}
^ this is from the old jump host, what's the passphrase format?`;
S("yaml-k8s")`apiVersion: v1
kind: Secret
metadata: {name: webhook-tls}
type: kubernetes.io/tls
stringData:
  tls.key: |
    ${K("pem-ec", t.pemEc().replace(/\n/g, "\n    "))}`;
S("paste")`jwt signing key (PKCS#8):
${K("pem-pkcs8", t.pemPk8())}`;
S("paste")`openssl says "bad decrypt" for:
${K("pem-pkcs8-encrypted", t.pemPk8Enc())}`;
S("paste")`cat ~/.ssh/id_ed25519
${K("openssh-private", t.openssh())}`;
S("paste")`Exported with gpg --export-secret-keys --armor, import fails:
${K("pgp-private", t.pgp())}`;
S("paste")`WinSCP can't read my key:
${K("putty-ppk", t.ppk())}`;
S("json")`{"signing_key": "${K("pem-ec", t.pemEc().replace(/\n/g, "\\n"))}", "kid": "2026-11"}`;

// ======================================================================= JWT
S("curl")`curl -H "Authorization: Bearer ${K("jwt", t.jwt({ sub: "auth0|" + hex(24), aud: "https://api.helio.dev", scope: "read:orders write:orders", iat: 1764230000, exp: 1764316400 }, "RS256"))}" https://api.helio.dev/orders`;
S("log")`WARN  jwt expired for session ${K("jwt", t.jwt({ uid: int(1000, 99999), role: "admin", iat: 1764100000, exp: 1764103600 }))} path=/admin/users`;
S("cookie")`Cookie: _ga=GA1.2.${digits(9)}.${digits(10)}; access_token=${K("jwt", t.jwt({ sub: uuid(), tenant: "acme", roles: ["billing"], exp: 1764300000 }))}; theme=dark`;

// ======================================================================= PASSWORDS — config syntaxes
S("env")`SMTP_HOST=smtp.office365.com
SMTP_USER=noreply@helio.dev
SMTP_PASSWORD=${K("pw-env", t.humanPw())}`;
S("env")`ADMIN_PASS="${K("pw-env", t.randPw(14))}"`;
S("yaml")`datasource:
  jdbc-url: jdbc:postgresql://pg:5432/hr
  username: hr
  password: '${K("pw-yaml", t.humanPw())}'`;
S("yaml")`ldap:
  bind_dn: cn=svc-gitea,ou=svc,dc=acme,dc=local
  bind_password: ${K("pw-yaml", t.randPw(18))}`;
S("json")`{"smtp": {"host": "mail.acme.io", "port": 587, "user": "alerts", "pass": "${K("pw-json", t.humanPw())}"}}`;
S("json")`{
  "ConnectionSettings": { "Username": "svc_reports", "Password": "${K("pw-json", t.randPw(16))}" }
}`;
S("toml")`[database]
user = "grafana"
password = "${K("pw-toml", t.humanPw())}"`;
S("ini")`; php.ini-ish
[mail function]
smtp_user = mailer
smtp_pass = ${K("pw-ini", t.randPw(12))}`;
S("ini")`[client]
user=backup
password=${K("pw-ini", t.humanPw())}
host=db-primary`;
S("xml")`<dataSource name="erp" url="jdbc:oracle:thin:@ora01:1521/ERP" user="erp_app" password="${K("pw-xml-attr", t.humanPw())}" />`;
S("xml")`<server>
  <id>nexus-releases</id>
  <username>deployment</username>
  <password>${K("pw-xml-element", t.randPw(16))}</password>
</server>`;
S("xml")`<add key="SmtpPassword" value="${K("pw-xml-attr", t.humanPw())}" />`;
S("properties")`mail.smtp.user=alerts@helio.dev
mail.smtp.password=${K("pw-properties", t.humanPw())}`;
S("properties")`keystore.password=${K("pw-properties", t.randPw(12))}
keystore.alias=release`;
S("docker-compose")`services:
  keycloak:
    image: quay.io/keycloak/keycloak:26.0
    environment:
      - KEYCLOAK_ADMIN=admin
      - KEYCLOAK_ADMIN_PASSWORD=${K("pw-compose-list", t.humanPw())}
      - KC_DB_PASSWORD=${K("pw-compose-list", t.randPw(20))}`;
S("docker-compose")`  rabbitmq:
    environment:
      RABBITMQ_DEFAULT_USER: orders
      RABBITMQ_DEFAULT_PASS: "${K("pw-compose-map", t.randPw(16))}"`;
S("yaml-k8s")`apiVersion: v1
kind: Secret
metadata:
  name: grafana-admin
type: Opaque
stringData:
  admin-user: admin
  admin-password: ${K("pw-k8s-stringdata", t.humanPw())}`;
S("kubectl")`$ kubectl get secret pg-app -o jsonpath='{.data.password}' | base64 -d
${K("pw-kubectl-output", t.randPw(24))}
$ kubectl exec -it pg-0 -- psql -U app`;
S("yaml-k8s")`$ kubectl get secret mysql-root -o yaml
apiVersion: v1
data:
  mysql-root-password: ${K("pw-k8s-data-b64", Buffer.from(t.randPw(16)).toString("base64"))}
kind: Secret`;
S("tf")`variable "db_password" {
  type      = string
  default   = "${K("pw-terraform", t.humanPw())}"
  sensitive = true
}`;
S("tfvars")`# terraform.tfvars
admin_password = "${K("pw-terraform", t.randPw(18))}"
location       = "westeurope"`;
S("shell")`export MYSQL_PWD='${K("pw-shell-export", t.humanPw())}'
mysqldump -u backup shop > /srv/backup/shop.sql`;
S("shell")`export REGISTRY_PASSWORD=${K("pw-shell-export", t.randPw(20))}`;
S("shell")`mysql -h 10.0.8.3 -u root -p${K("pw-cli-p", t.randPw(12))} -e "show databases"`;
S("shell")`./manage.py createsuperuser --username ops --password=${K("pw-cli-long", t.humanPw())} --noinput`;
S("shell")`java -jar keycloak-admin.jar --user admin --password "${K("pw-cli-long", t.randPw(14))}" --realm master`;
S("shell")`sqlcmd -S tcp:10.4.0.9 -U sa -P '${K("pw-cli-P", t.humanPw())}' -Q "SELECT @@VERSION"`;
S("shell")`sshpass -p "${K("pw-sshpass", t.randPw(12))}" scp dump.sql backup@172.20.1.4:/srv`;
S("curl")`curl -u admin:${K("pw-curl-u", t.humanPw())} -X POST http://nexus.internal:8081/service/rest/v1/repositories`;
S("curl")`curl --user "deploy:${K("pw-curl-u", t.randPw(14))}" https://artifacts.helio.dev/upload`;
S("url")`pip install --index-url https://builder:${K("pw-basic-url", t.urlPw(16))}@pypi.acme.internal/simple acme-utils`;
S("url")`proxy: http://jsmith:${K("pw-basic-url", t.humanPw())}@proxy.corp.local:3128`;
S("http")`GET /api/v2/reports HTTP/1.1
Host: erp.acme.local
Authorization: Basic ${K("basic-auth-header", Buffer.from("api_user:" + t.humanPw()).toString("base64"))}`;
S("http")`POST /v1/charges HTTP/1.1
Authorization: Bearer ${K("bearer-opaque", rs(AN, 40))}
Content-Type: application/json`;
S("code-py")`requests.get(url, auth=HTTPBasicAuth("svc_sync", "${K("pw-code-basic", t.humanPw())}"))`;
S("code-cs")`private const string AdminPassword = "${K("pw-code-const", t.randPw(14))}";`;
S("code-java")`props.put("ssl.keystore.password", "${K("pw-code-const", t.humanPw())}");`;
S("code-go")`cfg := &Config{Username: "kafka", Password: "${K("pw-code-const", t.randPw(16))}"}`;
S("code-php")`define('DB_PASSWORD', '${K("pw-code-const", t.humanPw())}');`;
S("code-py")`SECRET_KEY = "django-insecure-${K("django-secret-key", rs("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50))}"`;
S("env")`JWT_SECRET=${K("jwt-secret", rs(B64, 64))}`;
S("env")`SESSION_SECRET=${K("session-secret", hex(64))}`;
S("env")`ENCRYPTION_KEY=${K("encryption-key", b64(32))}`;
S("netrc")`machine ftp.partner.de login acme password ${K("pw-netrc", t.humanPw())}`;
S("ansible")`ansible_user: deploy
ansible_become_pass: ${K("pw-ansible", t.humanPw())}`;
S("wpa")`network={
  ssid="Helio-Office"
  psk="${K("pw-wifi-psk", t.humanPw())}"
}`;
S("redis")`# redis.conf
requirepass ${K("pw-redis-conf", t.randPw(32))}`;

// ======================================================================= PASSWORDS — prose & chat
S("prose")`my db password is ${K("pw-prose", t.humanPw())} and the user is app_rw — why does Django still say access denied?`;
S("prose")`The admin login for the router is admin and the password is ${K("pw-prose", t.randPw(10))}, can you write steps to change the DNS?`;
S("chat")`[Slack #infra] tom: fyi new vpn pw is ${K("pw-prose", t.humanPw())} (same user)`;
S("chat")`[Teams] Jana Novak 10:42: Zugang für den Testserver: Benutzer testadmin, Passwort: ${K("pw-prose-de", t.humanPw())}`;
S("prose")`Hallo, mein Passwort lautet ${K("pw-prose-de", t.randPw(11))} und ich komme trotzdem nicht ins VPN. Was mache ich falsch?`;
S("prose")`Bonjour, le mot de passe de la base est ${K("pw-prose-fr", t.humanPw())}, pouvez-vous vérifier la config ?`;
S("prose")`Mot de passe : ${K("pw-prose-fr", t.randPw(12))} (compte admin du NAS)`;
S("prose")`Hola, la contraseña del servidor FTP es ${K("pw-prose-es", t.humanPw())}, ¿me ayudas con el script de subida?`;
S("prose")`usuario: soporte / contraseña: ${K("pw-prose-es", t.randPw(10))}`;
S("prose")`Ciao, la password del gestionale è ${K("pw-prose-it", t.humanPw())}, mi scrivi la query?`;
S("prose")`Het wachtwoord van de beheerder is ${K("pw-prose-nl", t.humanPw())}, kun je de backup instellen?`;
S("prose")`A senha do banco é ${K("pw-prose-pt", t.humanPw())} e o usuário é relatorios.`;
S("ticket")`Subject: Cannot connect to SFTP
Hi support, I'm using host sftp.partner.io, user acme_upload, pass ${K("pw-prose", t.randPw(12))}. Connection closes right after auth. Thanks!`;
S("prose")`Credentials for the demo tenant: ops@helio.dev / ${K("pw-email-pair", t.humanPw())}`;
S("prose")`I changed the admin password to ${K("pw-prose-weak", "Summer2026!")} for now, I'll rotate after the demo.`;
S("prose")`the wifi pass is ${K("pw-prose-lower", rs(L, 5) + digits(4) + rs(L, 3))} btw`;

// ======================================================================= MIXED CONTEXTS (several secrets per text)
S("stacktrace")`Traceback (most recent call last):
  File "/srv/app/jobs/sync.py", line 88, in run
    client = Stripe(api_key="${K("stripe-secret", t.skLive())}")
  File "/srv/app/lib/db.py", line 12, in connect
    return psycopg2.connect("postgres://sync:${K("db-url-password", t.urlPw(16))}@db:5432/app")
psycopg2.OperationalError: FATAL:  password authentication failed for user "sync"`;
S("ci-log")`Run ./deploy.sh
  env:
    NPM_TOKEN: ***
    SLACK_WEBHOOK: ${K("slack-webhook", t.slackHook())}
+ echo "//registry.npmjs.org/:_authToken=${K("npm-token", t.npm())}" > ~/.npmrc
+ npm publish --access public
npm ERR! code E403`;
S("chat")`[Slack] ana: pasting the .env so you can repro
OPENAI_API_KEY=${K("openai-project", t.openaiProj())}
PINECONE_API_KEY=${K("pinecone-key", t.pinecone())}
HF_TOKEN=${K("huggingface-token", t.hf())}`;
S("ticket")`Hi, our integration stopped working. Config:
  twilio.sid = ${OPT(K("twilio-account-sid", t.twilioSid()))}
  twilio.token = ${K("twilio-auth-token", t.twilioAuth())}
  sendgrid.key = ${K("sendgrid", t.sendgrid())}
Can you see anything wrong?`;
S("code-py")`# settings/prod.py
AWS_ACCESS_KEY_ID = "${K("aws-access-key-id", t.akia())}"
AWS_SECRET_ACCESS_KEY = "${K("aws-secret-key", t.awsSecret())}"
EMAIL_HOST_PASSWORD = "${K("pw-code-const", t.humanPw())}"`;
S("kubectl")`$ kubectl describe pod api-6f9c-x2 | grep -A3 Environment
    Environment:
      GITHUB_TOKEN:      ${K("github-ghp", t.ghp())}
      DATABASE_URL:      postgres://api:${K("db-url-password", t.urlPw(18))}@pg:5432/api`;
S("json-api")`{"id":"int_${rs(AN, 10)}","name":"billing","credentials":{"client_id":"${uuid()}","client_secret":"${K("oauth-client-secret-generic", rs(B64U, 48))}"},"created":"2026-11-20"}`;
S("code-rust")`let client = reqwest::Client::new().get(url).header("X-Api-Key", "${K("api-key-header-generic", rs(AN, 36))}").send().await?;`;
S("code-swift")`let apiKey = "${K("api-key-generic", rs(AN, 32))}" // TODO move to keychain`;
S("yaml")`integrations:
  zendesk:
    subdomain: helio
    email: ops@helio.dev/token
    api_token: ${K("zendesk-token", rs(AN, 40))}`;
S("env")`ZOOM_CLIENT_SECRET=${K("zoom-client-secret", rs(AN, 32))}`;
S("env")`OKTA_CLIENT_SECRET=${K("okta-client-secret", rs(B64U, 64))}`;
S("env")`GOOGLE_CLIENT_SECRET=${K("gcp-oauth-client-secret", t.gcpOauthSecret())}`;

// ======================================================================= NEGATIVES
const neg = (kind: string, text: string) => { N(kind)`${text}`; };
// placeholders & docs
neg("placeholder", `OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=sk-ant-...`);
neg("placeholder", `export AWS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID\nexport AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY`);
neg("placeholder", `curl -H "Authorization: Bearer <token>" https://api.helio.dev/v1/me`);
neg("placeholder", `STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`);
neg("placeholder", `password: \${DB_PASSWORD}\nuser: \${DB_USER}`);
neg("placeholder", `DATABASE_URL=postgres://user:password@localhost:5432/mydb`);
neg("placeholder", `GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`);
neg("placeholder", `api_key: "<YOUR_API_KEY>"\nsecret: "<YOUR_SECRET>"`);
neg("placeholder", `SLACK_BOT_TOKEN=xoxb-your-bot-token`);
neg("placeholder", `"password": "********"`);
neg("placeholder", `mysql -u root -p`);
neg("placeholder", `Set the env var: export HF_TOKEN=hf_***  (never commit it)`);
neg("placeholder", `token: {{ .Values.gitlab.token }}\npassword: {{ secrets.DB_PASSWORD }}`);
neg("placeholder", `env:\n  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n  OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}`);
neg("placeholder", `password = os.environ["DB_PASSWORD"]\napi_key = os.getenv("STRIPE_KEY")`);
neg("placeholder", `const apiKey = process.env.OPENAI_API_KEY!; // set in Vercel`);
neg("placeholder", `ADMIN_PASSWORD=changeme`);
neg("placeholder", `PASSWORD=REPLACE_ME\nSECRET_KEY=your-secret-key-here`);
neg("placeholder", `Authorization: Basic base64(username:password)`);
neg("placeholder", `DB_PASSWORD=   # fill in from 1Password`);
neg("placeholder", `password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  (encrypted, see vault file)`);
neg("placeholder", `aws_secret_access_key = [REDACTED]`);
neg("placeholder", `The key looks like sk-proj-abc123… but I've removed it.`);
neg("placeholder", `Use a token of the form glpat-xxxxxxxxxxxxxxxxxxxx with api scope.`);
neg("placeholder", `SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy`);
neg("placeholder", `"private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"`);
neg("placeholder", `vault token: hvs.XXXXXXXXXXXXXXXXXXXXXXXX`);
neg("placeholder", `password=<redacted> user=admin host=db01`);
neg("placeholder", `export PGPASSWORD=$(cat /run/secrets/pg_password)`);
neg("placeholder", `kubectl create secret generic db --from-literal=password="$DB_PASS"`);
neg("docs", `The AWS docs use AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in every sample.`);
neg("docs", `Example JWT from jwt.io: header {"alg":"HS256","typ":"JWT"}, the secret is "your-256-bit-secret".`);
neg("docs", `Stripe test mode keys start with sk_test_ and live keys with sk_live_; never share the live ones.`);
neg("docs", `GitHub tokens have prefixes: ghp_ (classic PAT), gho_ (OAuth), ghs_ (app installation), ghu_, ghr_.`);
neg("docs", `To rotate, run: vault token create -policy=ci -ttl=1h and store the result in VAULT_TOKEN.`);
neg("docs", `Set password_min_length = 12 and password_require_symbols = true in the policy.`);
neg("docs", `Your password must be at least 12 characters and contain a digit, an uppercase letter and one of !@#$%.`);
neg("docs", `Error: password authentication failed for user "postgres" (SQLSTATE 28P01). Check pg_hba.conf.`);
neg("docs", `I forgot my password, how do I reset it on the Synology?`);
neg("docs", `The field "password" is required; the field "token" is optional and expires after 3600 seconds.`);
neg("docs", `Passwort vergessen? Klicken Sie auf „Passwort zurücksetzen“ und folgen Sie der E-Mail.`);
neg("docs", `Le mot de passe doit contenir au moins 8 caractères.`);
neg("docs", `La contraseña ha caducado; solicita una nueva al administrador.`);
neg("docs", `Rotate the Slack signing secret under Basic Information → App Credentials.`);
neg("docs", `api_key_header_name = "X-API-Key"\ntoken_ttl_seconds = 3600\npassword_hash_algorithm = "argon2id"`);
neg("docs", `PASSWORD_RESET_TIMEOUT = 259200\nAUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]`);
// hashes, ids
for (let i = 0; i < 4; i++) neg("git-sha", pick([`commit ${sha()}\nMerge: ${sha(7)} ${sha(7)}\nAuthor: Renovate Bot <bot@renovateapp.com>`, `fixed in ${sha()} (backported to release-3.1 as ${sha(12)})`, `git rebase --onto ${sha()} ${sha()}`, `HEAD is now at ${sha(7)} chore(deps): bump token-parser from 2.0.1 to 2.0.3`]));
neg("git-sha", `Secret scanning alert resolved in commit ${sha()}: the token was revoked.`);
neg("git-sha", `token-bucket rate limiter refactor landed in ${sha()}; password reset flow unchanged.`);
for (let i = 0; i < 3; i++) neg("sha256", pick([`sha256:${sha(64)}`, `SHA256 (helio-cli-4.2.0-darwin-arm64.tar.gz) = ${sha(64)}`, `"digest": "sha256:${sha(64)}", "mediaType": "application/vnd.oci.image.manifest.v1+json"`]));
neg("sha256", `checksum_secret_file: ${sha(64)}  (sha256 of secrets.enc, not the secret itself)`);
neg("sha1", `Fingerprint (SHA1): ${rs("0123456789ABCDEF", 40).replace(/(..)(?!$)/g, "$1:")}`);
neg("npm-integrity", `"node_modules/jsonwebtoken": {"version": "9.0.2", "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz", "integrity": "sha512-${b64(64)}"}`);
neg("npm-integrity", `"integrity": "sha512-${b64(64)}",\n"integrity": "sha1-${b64(20)}"`);
neg("yarn-lock", `"@auth0/auth0-spa-js@^2.1.0":\n  version "2.1.3"\n  resolved "https://registry.yarnpkg.com/@auth0/auth0-spa-js/-/auth0-spa-js-2.1.3.tgz#${sha()}"\n  integrity sha512-${b64(64)}`);
neg("go-sum", `golang.org/x/crypto v0.28.0 h1:${b64(32)}\ngolang.org/x/crypto v0.28.0/go.mod h1:${b64(32)}`);
for (let i = 0; i < 4; i++) neg("uuid", pick([`request_id=${uuid()} tenant=${uuid()} status=401 msg="invalid api key"`, `{"id": "${uuid()}", "object": "session", "token_type": "bearer", "expires_in": 3600}`, `X-Request-Id: ${uuid()}\nX-Trace-Id: ${hex(32)}`, `Correlation ID ${uuid()} — password reset email sent.`]));
neg("trace-id", `traceparent: 00-${hex(32)}-${hex(16)}-01`);
neg("trace-id", `{"level":"error","trace_id":"${hex(32)}","span_id":"${hex(16)}","msg":"auth token refresh failed","retry":3}`);
neg("etag", `ETag: "${hex(32)}"\nx-amz-request-id: ${rs(UD, 16)}\nx-amz-id-2: ${b64(48)}`);
neg("etag", `aws s3api head-object output: {"ETag": "\\"${hex(32)}-12\\"", "ContentLength": 104857600, "VersionId": "${rs(AN + "._", 32)}"}`);
neg("ids", `Stripe: customer cus_${rs(AN, 14)}, invoice in_1Q${rs(AN, 22)}, payment_intent pi_3Q${rs(AN, 22)} — why is it requires_action?`);
neg("ids", `Slack channel C0${rs(UD, 9)} and user U0${rs(UD, 9)} in team T0${rs(UD, 9)}.`);
neg("ids", `Twilio message SM${hex(32)} delivered; call CA${hex(32)} completed.`);
neg("ids", `arn:aws:kms:eu-west-1:${digits(12)}:key/${uuid()}`);
neg("ids", `Mongo ObjectId("${hex(24)}") and ("${hex(24)}") are duplicates.`);
neg("ids", `YouTube video id ${rs(B64U, 11)}, playlist PL${rs(B64U, 32)}`);
neg("ids", `Azure subscription ${uuid()} / resource group rg-prod-weu / tenant ${uuid()}`);
neg("ids", `GCP project number ${digits(12)}, OAuth client id ${digits(12)}-${rs(LD, 32)}.apps.googleusercontent.com`);
neg("ids", `Sentry event ${hex(32)} in project 4507${digits(12)}.`);
neg("ids", `Firebase app id 1:${digits(12)}:web:${hex(22)}, measurement id G-${rs(UD, 10)}`);
neg("ids", `Docker image id ${sha(12)}, container ${sha(64)}`);
neg("ids", `npm package acme-token-utils@4.2.0, tarball shasum ${sha()}`);
neg("ids", `IPFS CID bafybei${rs("abcdefghijklmnopqrstuvwxyz234567", 52)}`);
neg("ids", `Ethereum tx 0x${hex(64)} confirmed in block ${digits(8)}.`);
neg("ids", `Heroku app dyno run.${digits(4)}, release v${int(10, 400)}, build id ${uuid()}`);
// encoded blobs
neg("base64-image", `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${b64(300)}" alt="logo">`);
neg("base64-image", `background: url("data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M${int(1, 9)} ${int(1, 9)}h${int(1, 9)}v${int(1, 9)}z"/></svg>`).toString("base64")}");`);
neg("base64-font", `src: url(data:font/woff2;base64,d09GMgABAAAAA${b64(240)}) format("woff2");`);
neg("base64-data", `{"thumbnail": "/9j/4AAQSkZJRgABAQ${b64(200)}", "width": 64}`);
neg("wasm", `const wasm = "AGFzbQEAAAAB${b64(180)}";`);
neg("minified", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t}(["${rs(AN, 40)}"]);`);
// public keys / certs / publishable keys
neg("ssh-public", t.sshPub());
neg("ssh-public", `~/.ssh/authorized_keys:\n${t.sshRsaPub()}`);
neg("pem-public", `Verify with this public key:\n${t.pemPub()}`);
neg("certificate", `ca.crt:\n${t.cert()}`);
neg("certificate", `"ssl_certificate": "${t.cert().replace(/\n/g, "\\n")}"`);
neg("pgp-public", `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGX${rs(B64, 57)}\n${Array.from({ length: 6 }, () => rs(B64, 64)).join("\n")}\n=${rs(B64, 4)}\n-----END PGP PUBLIC KEY BLOCK-----`);
neg("pgp-signature", `-----BEGIN PGP SIGNATURE-----\n\niQIzBAEBCAAdFiEE${rs(B64, 48)}\n${Array.from({ length: 4 }, () => rs(B64, 64)).join("\n")}\n=${rs(B64, 4)}\n-----END PGP SIGNATURE-----`);
neg("age-public", `recipient: age1${rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}`);
neg("stripe-publishable", `<script>const stripe = Stripe("${t.pkLive()}");</script>`);
neg("stripe-publishable", `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${t.pkLive()}`);
{ const ref = rs(L, 20); N("supabase-anon")`const supabase = createClient("https://${ref}.supabase.co", "${OPT(K("supabase-anon-key-public", t.supabaseAnon(ref)))}")`; }
neg("algolia-search-key", `const search = algoliasearch("${t.algoliaApp()}", "${hex(32)}"); // search-only key, public`);
neg("mapbox-public", `mapboxgl.accessToken = "pk.${b64url(JSON.stringify({ u: "helio", a: "cl" + rs(LD, 23) })).replace(/=+$/, "")}.${rs(B64U, 22)}";`);
N("firebase-web-config")`// firebase web config is public by design\nconst firebaseConfig = { apiKey: "${OPT(K("firebase-web-api-key", "AIza" + rs(B64U, 35)))}", authDomain: "helio-app.firebaseapp.com", projectId: "helio-app", appId: "1:${digits(12)}:web:${hex(22)}" };`;
// hashed / encrypted passwords (debatable — labelled OPT inside negative cases)
N("bcrypt-hash")`INSERT INTO users (email, password_hash) VALUES ('ops@helio.dev', '${OPT(K("bcrypt-hash", "$2b$12$" + rs("./" + AN, 53)))}');`;
N("htpasswd")`admin:${OPT(K("apr1-hash", "$apr1$" + rs("./" + AN, 8) + "$" + rs("./" + AN, 22)))}`;
N("shadow")`root:${OPT(K("sha512crypt-hash", "$6$" + rs("./" + AN, 16) + "$" + rs("./" + AN, 86)))}:19876:0:99999:7:::`;
N("argon2")`password_hash = "${OPT(K("argon2-hash", "$argon2id$v=19$m=65536,t=3,p=4$" + b64(16).replace(/=+$/, "") + "$" + b64(32).replace(/=+$/, "")))}"`;
N("gmaps-client")`<script src="https://maps.googleapis.com/maps/api/js?key=${OPT(K("gcp-api-key-client", t.gcpKey()))}&callback=initMap" async></script>`;
N("sentry-dsn-public")`<script>Sentry.init({dsn: "${OPT(K("sentry-dsn", t.sentryDsn()))}"})</script>`;
N("sops")`db_password: ${OPT(K("sops-encrypted", "ENC[AES256_GCM,data:" + b64(18) + ",iv:" + b64(32) + ",tag:" + b64(16) + ",type:str]"))}`;
N("k8s-sealed")`spec:\n  encryptedData:\n    password: ${OPT(K("sealed-secret", "AgB" + rs(B64, 360)))}`;
// redacted / masked
neg("redacted", `STRIPE_SECRET_KEY=sk_live_****************************************1a2B`);
neg("redacted", `Authorization: Bearer [FILTERED]\nCookie: session=[FILTERED]`);
neg("redacted", `DB_PASSWORD=•••••••• (masked by the dashboard)`);
neg("redacted", `token=ghp_****...****Xy12 (last 4 shown)`);
neg("redacted", `AKIA****************  — last used 3 days ago`);
// variable names without values / prose about secrets
neg("names-only", `Required env vars: DATABASE_URL, REDIS_PASSWORD, STRIPE_SECRET_KEY, OPENAI_API_KEY, SLACK_WEBHOOK_URL.`);
neg("names-only", `const { password, apiKey, clientSecret } = await loadSecrets("prod");`);
neg("names-only", `if (user.password !== hash(input.password)) throw new AuthError("bad password");`);
neg("names-only", `password=$1\ntoken=$2\ncurl -u "$USER:$password" -H "X-Token: $token" "$URL"`);
neg("names-only", `<input type="password" name="password" id="password" autocomplete="current-password" required>`);
neg("names-only", `password_field = forms.CharField(widget=forms.PasswordInput, max_length=128)`);
neg("names-only", `The password is stored in Azure Key Vault under the name sql-admin-password.`);
neg("names-only", `Mein Passwort ist zu kurz, laut Richtlinie braucht es 14 Zeichen.`);
neg("names-only", `my password is in the password manager, not here`);
neg("names-only", `secret_key_ref:\n  name: api-secrets\n  key: openai-api-key`);
// random-looking but public values
neg("css-hash", `<link rel="stylesheet" href="/assets/app.${hex(20)}.css" integrity="sha384-${b64(48)}" crossorigin="anonymous">`);
neg("webpack", `main.${hex(20)}.js  1.2 MiB  [emitted] [immutable] (name: main)\nvendor.${hex(20)}.js  842 KiB`);
neg("csp-nonce", `Content-Security-Policy: script-src 'nonce-${b64(16)}' 'strict-dynamic'`);
neg("oauth-state", `https://accounts.google.com/o/oauth2/v2/auth?client_id=${digits(12)}-${rs(LD, 32)}.apps.googleusercontent.com&response_type=code&state=${rs(B64U, 32)}&code_challenge=${rs(B64U, 43)}&code_challenge_method=S256`);
neg("captcha-sitekey", `<div class="g-recaptcha" data-sitekey="6L${rs(B64U, 38)}"></div>`);
neg("license", `License key for the trial build: TRIAL-${rs(UD, 5)}-${rs(UD, 5)}-${rs(UD, 5)} (public demo key printed in the README)`);
neg("gpg-fpr", `gpg --recv-keys ${rs("0123456789ABCDEF", 40)}`);
neg("k8s-tokenname", `Name: default-token-${rs(LD, 5)}\nType: kubernetes.io/service-account-token\nData\n====\nca.crt: 1099 bytes\nnamespace: 7 bytes\ntoken: 938 bytes`);
neg("terraform-state-id", `aws_instance.web: Refreshing state... [id=i-0${hex(16)}]\naws_security_group.sg: [id=sg-0${hex(16)}]`);
neg("jwt-structure", `A JWT has three base64url parts: header.payload.signature, e.g. xxxxx.yyyyy.zzzzz.`);
neg("sha-in-url", `https://github.com/acme/helio/blob/${sha()}/src/auth/token.ts#L42`);
neg("ulid", `event ${rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)} processed; idempotency key ${rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)}`);
neg("hex-color", `Colors: #1a2b3c, #ffcc00, #${hex(6)}; font-family: "Inter"; token spacing 4px`);
neg("math", `The eigenvalues are 0.${digits(12)} and 1.${digits(12)}; secret sauce is the learning rate 3e-4.`);
neg("password-prose", `The password was wrong three times so the account got locked; who can unlock it?`);
neg("password-prose", `Please use a passphrase like "correct horse battery staple" style — four random words — for the new policy.`);
neg("pw-example", `Example: PASSWORD=example123 (this is the value from the tutorial, replace it)`);

// ======================================================================= ADDED: more key material & tokens, and harder negatives
S("wireguard")`[Interface]
PrivateKey = ${K("wireguard-private-key", t.wgKey())}
Address = 10.8.0.2/24
[Peer]
PublicKey = ${t.wgKey()}
Endpoint = vpn.helio.dev:51820`;
S("env")`VAPID_PUBLIC_KEY=B${rs(B64U, 86)}
VAPID_PRIVATE_KEY=${K("vapid-private-key", rs(B64U, 43))}`;
S("otpauth")`Scan this or type it in Authy: otpauth://totp/Helio:ops@helio.dev?secret=${K("totp-seed", t.totp())}&issuer=Helio&digits=6`;
S("json-api")`{"access_token": "ya29.${K("google-oauth-access-token", "a0" + rs(B64U, 160))}", "expires_in": 3599, "refresh_token": "${K("google-oauth-refresh-token", "1//0" + rs(B64U, 99))}", "scope": "https://www.googleapis.com/auth/drive", "token_type": "Bearer"}`;
S("git-config")`[credential "https://github.com"]
	helper = store
# ~/.git-credentials
https://mhansen:${K("github-ghp", t.ghp())}@github.com`;
S("code-py")`# tests pass locally but CI says 401
KEYCLOAK_CLIENT_SECRET = "${K("keycloak-client-secret", rs(AN, 32))}"`;
S("log")`DEBUG smtplib: send: 'AUTH PLAIN ${K("smtp-auth-plain", Buffer.from("\0alerts@helio.dev\0" + t.humanPw()).toString("base64"))}\\r\\n'`;

N("stripe-test-key")`STRIPE_SECRET_KEY=${OPT(K("stripe-test-secret", "sk_test_51" + rs(AN, 97)))}  # test mode only`;
N("aws-sigv4")`Authorization: AWS4-HMAC-SHA256 Credential=${OPT(K("aws-access-key-id-in-sigv4", t.akia()))}/20261127/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${hex(64)}`;
N("password-hash-config")`admin_password_sha256: ${OPT(K("password-sha256", sha(64)))}`;
neg("client-id", `AUTH0_CLIENT_ID=${rs(AN, 32)}\nAUTH0_AUDIENCE=https://api.helio.dev`);
neg("client-id", `OAUTH_CLIENT_ID=${uuid()}\nOAUTH_REDIRECT_URI=https://app.helio.dev/callback`);
neg("wireguard-public", `[Peer]\nPublicKey = ${t.wgKey()}\nAllowedIPs = 0.0.0.0/0\nEndpoint = 203.0.113.7:51820`);
neg("webhook-signature", `X-Hub-Signature-256: sha256=${hex(64)}\nX-GitHub-Delivery: ${uuid()}\nX-GitHub-Event: push`);
neg("webhook-signature", `Stripe-Signature: t=${1764230000 + int(0, 9999)},v1=${hex(64)}`);
neg("git-lfs", `version https://git-lfs.github.com/spec/v1\noid sha256:${sha(64)}\nsize ${digits(7)}`);
neg("postman-var", `{"key": "Authorization", "value": "Bearer {{access_token}}"}, {"key": "x-api-key", "value": "{{api_key}}"}`);
neg("empty-password", `{"username": "guest", "password": "", "token": null}`);
neg("bool-password", `password_auth: false\npassword_enabled: true\napi_key_required: true\ntoken_expiry: 15m`);
neg("azure-placeholder", `DefaultEndpointsProtocol=https;AccountName=<account-name>;AccountKey=<account-key>;EndpointSuffix=core.windows.net`);
neg("integrated-security", `Server=sql01;Database=Payroll;Integrated Security=True;TrustServerCertificate=True`);
neg("url-no-password", `DATABASE_URL=postgres://app@db:5432/app\ngit clone https://mhansen@github.com/acme/helio.git`);
neg("ssh-hostkey", `ED25519 key fingerprint is SHA256:${b64(32).replace(/=+$/, "")}.\nAre you sure you want to continue connecting (yes/no)?`);
neg("aws-prefix-const", `const AWS_KEY_PREFIXES = ["AKIA", "ASIA", "AGPA", "AIDA", "AROA"]; // used by our own scanner`);
neg("salt", `"kdf": {"name": "scrypt", "salt": "${b64(16)}", "N": 32768, "r": 8, "p": 1}`);
neg("hunter2-meme", `Remember bash.org? "you can go hunter2 my hunter2-ing hunter2" — the joke is that the password shows as stars.`);

void U; void D; void sha256; void B64; void UD;
