/** Positives of the sixth secrets set, part 1: cloud keys, VCS/CI tokens, payments, messaging, AI providers and
 *  observability, each in a real context (chat asking for help, CI logs, stack traces, configs, CLI history). */
import { b, O, S } from "./build.js";
import { AN, B64U, b64, digits, hex, int, pick, rs, tok, tok6, uuid } from "./gen6.js";

const P = (kind: string, text: string) => b.add("secret", kind, text);
const ts = () => `2026-11-${String(int(10, 27)).padStart(2, "0")}T${String(int(10, 23))}:${String(int(10, 59))}:${String(int(10, 59))}Z`;

// --- cloud ---------------------------------------------------------------------------------------------------------------
{ const id = tok.akia(), sec = tok.awsSecret();
  P("aws.chat", `hey can someone tell me why boto3 says InvalidClientTokenId? this is my ~/.aws/credentials:\n\n[default]\naws_access_key_id = ${S("aws-access-key-id")(id)}\naws_secret_access_key = ${S("aws-secret-access-key")(sec)}\nregion = eu-west-1\n\nthanks!!`); }
{ const id = tok.asia(), sec = tok.awsSecret(), st = tok.awsSession();
  P("aws.ci", `${ts()} [deploy] Assuming role arn:aws:iam::${digits(12)}:role/ci-deployer\n${ts()} [deploy] export AWS_ACCESS_KEY_ID=${S("aws-access-key-id")(id)}\n${ts()} [deploy] export AWS_SECRET_ACCESS_KEY=${S("aws-secret-access-key")(sec)}\n${ts()} [deploy] export AWS_SESSION_TOKEN=${S("aws-session-token")(st)}\n${ts()} [deploy] aws s3 sync ./dist s3://prod-assets --delete`); }
{ const id = tok.akia(), sec = tok.awsSecret();
  P("aws.python", `import boto3\n\n# TODO move to env before merging\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="${S("aws-access-key-id")(id)}",\n    aws_secret_access_key="${S("aws-secret-access-key")(sec)}",\n)\nprint(s3.list_buckets())`); }
{ const id = tok.akia();
  P("aws.prose", `The key that leaked was ${S("aws-access-key-id")(id)}. We rotated it at 14:02 and the new one lives in Secrets Manager.`); }
{ const sa = { type: "service_account", project_id: "billing-prod-" + int(100, 999), private_key_id: hex(40), private_key: tok.pk8().replace(/\n/g, "\\n") + "\\n", client_email: `ci-runner@billing-prod.iam.gserviceaccount.com`, client_id: digits(21), token_uri: "https://oauth2.googleapis.com/token" };
  const j = JSON.stringify(sa, null, 2); const pk = JSON.stringify(sa.private_key).slice(1, -1);
  P("gcp.sa-json", `Why does this fail with "invalid_grant"? key file below\n\n${j.replace(pk, S("gcp-service-account-private-key")(pk)).replace(sa.private_key_id, O("gcp-private-key-id")(sa.private_key_id))}`); }
P("gcp.api-key", `<script src="https://maps.googleapis.com/maps/api/js?key=${S("gcp-api-key")(tok6.gcpApiKey())}&callback=initMap"></script>`);
P("gcp.oauth", `GOOGLE_CLIENT_ID=${digits(12)}-${rs("abcdefghijklmnopqrstuvwxyz0123456789", 32)}.apps.googleusercontent.com\nGOOGLE_CLIENT_SECRET=${S("gcp-oauth-client-secret")(tok.gcpClientSecret())}`);
{ const k = tok.azStorageKey();
  P("azure.conn", `services.AddAzureClients(b => b.AddBlobServiceClient("DefaultEndpointsProtocol=https;AccountName=stprod${int(100, 999)};AccountKey=${S("azure-storage-account-key")(k)};EndpointSuffix=core.windows.net"));`); }
P("azure.sp", `az login --service-principal -u ${uuid()} -p ${S("azure-ad-client-secret")(tok.azClientSecret())} --tenant ${uuid()}`);
P("azure.sas", `curl -X PUT -T backup.tar.gz "https://stbackup.blob.core.windows.net/nightly/backup.tar.gz?sv=2022-11-02&ss=b&srt=o&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${S("azure-sas-signature")(tok.azSasSig())}"`);
P("azure.devops", `git clone https://build:${S("azure-devops-pat")(tok.azDevops())}@dev.azure.com/contoso/Platform/_git/infra`);
P("azure.servicebus", `"ServiceBus": "Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${S("azure-servicebus-key")(tok.azSbKey())}"`);
P("alibaba.env", `# Aliyun OSS\nALIBABA_CLOUD_ACCESS_KEY_ID=${S("alibaba-access-key-id")(tok6.alibabaId())}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${S("alibaba-access-key-secret")(tok6.alibabaSecret())}`);
P("alibaba.chat", `阿里云 SDK 报错 InvalidAccessKeyId.NotFound，我的配置是 accessKeyId: "${S("alibaba-access-key-id")(tok6.alibabaId())}", accessKeySecret: "${S("alibaba-access-key-secret")(tok6.alibabaSecret())}"，请问哪里错了？`);
P("tencent.py", `from tencentcloud.common import credential\ncred = credential.Credential("${S("tencent-secret-id")(tok6.tencentId())}", "${S("tencent-secret-key")(tok6.tencentKey())}")`);
P("ibm.env", `IBMCLOUD_API_KEY=${S("ibm-cloud-api-key")(tok6.ibmApiKey())}\nIBMCLOUD_REGION=eu-de`);
P("oracle.config", `[DEFAULT]\nuser=ocid1.user.oc1..${rs("abcdefghijklmnopqrstuvwxyz0123456789", 60)}\nfingerprint=${O("oracle-key-fingerprint")(tok6.ociFingerprint())}\ntenancy=ocid1.tenancy.oc1..${rs("abcdefghijklmnopqrstuvwxyz0123456789", 60)}\nregion=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem\npass_phrase=${S("oracle-key-passphrase")(tok6.pgPw())}`);
P("oracle.docker", `docker login fra.ocir.io -u 'frxyz1/oracleidentitycloudservice/ops@example.org' -p '${S("oracle-auth-token")(tok6.ociAuthToken())}'`);
P("digitalocean.tf", `provider "digitalocean" {\n  token = "${S("digitalocean-pat")(tok.doPat())}"\n}\n\nprovider "aws" { # DO Spaces\n  access_key = "${S("digitalocean-spaces-key")(tok6.doSpaces())}"\n  secret_key = "${S("digitalocean-spaces-secret")(tok6.doSpacesSecret())}"\n}`);
P("linode.cli", `$ export LINODE_TOKEN=${S("linode-token")(tok6.linode())}\n$ linode-cli linodes list`);
P("hetzner.chat", `hcloud context create prod fails?? I pasted the token: ${S("hetzner-token")(tok6.hetzner())}. it says "invalid token".`);
P("cloudflare.wrangler", `# wrangler.toml is fine, but CI uses\nCLOUDFLARE_API_TOKEN="${S("cloudflare-api-token")(tok6.cfApiToken())}"\nCLOUDFLARE_ACCOUNT_ID="${hex(32)}"`);
P("cloudflare.global", `curl -X GET "https://api.cloudflare.com/client/v4/zones" -H "X-Auth-Email: ops@ourshop.io" -H "X-Auth-Key: ${S("cloudflare-global-key")(tok6.cfGlobalKey())}"`);
P("cloudflare.origin", `origin_ca_key = "${S("cloudflare-origin-ca-key")(tok6.cfOriginCa())}"`);

// --- VCS / CI ----------------------------------------------------------------------------------------------------------
P("github.chat", `I keep getting 401 from the API with my token ${S("github-pat")(tok.ghp())}. Is it expired?`);
P("github.fine", `GH_TOKEN=${S("github-fine-grained-pat")(tok.ghFine())} gh release create v2.3.0 --generate-notes`);
P("github.actions-log", `Run actions/checkout@v4\n  with:\n    repository: acme/api\n    token: ${S("github-app-token")(tok.ghs())}\n    ssh-strict: true`);
P("github.oauth", `{"access_token":"${S("github-oauth")(tok.gho())}","token_type":"bearer","scope":"repo,gist"}`);
P("github.git-credentials", `https://x-access-token:${S("github-app-token")(tok.ghs())}@github.com\nhttps://oauth2:${S("gitlab-pat")(tok.glpat())}@gitlab.com`);
P("gitlab.ci", `$ curl --header "PRIVATE-TOKEN: ${S("gitlab-pat")(tok.glpat())}" "https://gitlab.example.net/api/v4/projects/42/jobs"\n{"message":"401 Unauthorized"}`);
P("gitlab.runner", `gitlab-runner register --non-interactive --url https://gitlab.com --registration-token ${S("gitlab-runner-registration")(tok6.glrunner())} --executor docker`);
P("gitlab.deploy", `GIT_DEPLOY_TOKEN=${S("gitlab-deploy-token")(tok6.gldt())}`);
P("circleci.env", `circleci context store-secret org/acme release CIRCLE_TOKEN <<< "${S("circleci-pat")(tok6.circleci())}"`);
P("bitbucket.chat", `bitbucket pipelines push fails, app password is ${S("bitbucket-app-password")(tok6.bitbucket())} — do I need write scope?`);
P("jenkins.cli", `java -jar jenkins-cli.jar -s https://ci.corp.example/ -auth admin:${S("jenkins-api-token")(tok6.jenkins())} build deploy-prod`);
P("heroku.netrc", `machine api.heroku.com\n  login dev@startup.io\n  password ${S("heroku-api-key")(tok6.heroku())}\nmachine git.heroku.com\n  login dev@startup.io\n  password ${S("heroku-api-key")(tok6.heroku())}`);
P("npm.npmrc", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${S("npm-token")(tok.npm())}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${S("github-pat")(tok.ghp())}`);
P("pypi.pypirc", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${S("pypi-token")(tok.pypi())}`);
P("docker.config", `{\n  "auths": {\n    "https://index.docker.io/v1/": { "auth": "${S("docker-auth")(Buffer.from("acmebot:" + tok6.dockerHub()).toString("base64"))}" }\n  }\n}`);
P("dockerhub.pat", `echo "${S("dockerhub-pat")(tok6.dockerHub())}" | docker login -u acmebot --password-stdin`);
P("artifactory.gradle", `artifactory_user=ci\nartifactory_password=${S("artifactory-api-key")(tok6.artifactory())}`);
P("sonar.ci", `mvn sonar:sonar -Dsonar.host.url=https://sonar.internal -Dsonar.token=${S("sonar-token")(tok6.sonar())}`);
P("terraform.credrc", `credentials "app.terraform.io" {\n  token = "${S("terraform-cloud-token")(tok6.terraformCloud())}"\n}`);
P("vault.env", `VAULT_ADDR=https://vault.internal:8200\nVAULT_TOKEN=${S("vault-token")(tok6.vaultToken())}`);
P("buildkite.agent", `buildkite-agent start --token ${S("buildkite-token")(tok.buildkite())}`);

// --- payments -----------------------------------------------------------------------------------------------------------
P("stripe.chat", `Stripe keeps saying "No such customer" — my server uses Stripe::setApiKey('${S("stripe-secret-key")(tok.stripeLive())}'); what am I missing?`);
P("stripe.webhook", `STRIPE_WEBHOOK_SECRET=${S("stripe-webhook-secret")(tok.stripeWh())}\nSTRIPE_PUBLISHABLE_KEY=pk_live_${rs(AN, 99)}`);
P("stripe.restricted", `const stripe = require("stripe")("${S("stripe-restricted-key")(tok.stripeRk())}");`);
P("paypal.braintree", `BRAINTREE_ACCESS_TOKEN=${S("paypal-braintree-token")(tok6.paypalBraintree())}`);
P("square.yaml", `square:\n  environment: production\n  access_token: ${S("square-access-token")(tok.square())}\n  application_secret: ${S("square-app-secret")(tok6.squareSecret())}`);
P("adyen.env", `ADYEN_API_KEY=${S("adyen-api-key")(tok6.adyen())}\nADYEN_MERCHANT_ACCOUNT=AcmeShopECOM`);
P("razorpay.py", `client = razorpay.Client(auth=("${O("razorpay-key-id")(tok6.razorpayId())}", "${S("razorpay-key-secret")(tok6.razorpaySecret())}"))`);
P("shopify.chat", `Our Shopify custom app token ${S("shopify-access-token")(tok6.shopifyAccess())} suddenly returns 403 on /admin/api/2024-10/orders.json, any idea?`);

// --- messaging ----------------------------------------------------------------------------------------------------------
P("slack.bot", `SLACK_BOT_TOKEN=${S("slack-bot-token")(tok6.slackBot())}\nSLACK_SIGNING_SECRET=${S("slack-signing-secret")(hex(32))}`);
P("slack.user", `curl -H "Authorization: Bearer ${S("slack-user-token")(tok6.slackUser())}" https://slack.com/api/conversations.list`);
P("slack.webhook", `alerting:\n  slack_webhook: ${S("slack-webhook")(tok6.slackHook())}`);
P("slack.app", `SLACK_APP_TOKEN=${S("slack-app-token")(tok.xapp())}  # socket mode`);
P("discord.bot", `client.run("${S("discord-bot-token")(tok.discordBot())}")`);
P("discord.webhook", `requests.post("${S("discord-webhook")(tok6.discordWebhook())}", json={"content": "deploy finished"})`);
P("telegram.bot", `bot = telebot.TeleBot("${S("telegram-bot-token")(tok.telegram())}")`);
P("telegram.chat", `мой бот не отвечает, токен ${S("telegram-bot-token")(tok.telegram())}. что не так?`);
P("twilio.env", `TWILIO_ACCOUNT_SID=AC${hex(32)}\nTWILIO_AUTH_TOKEN=${S("twilio-auth-token")(tok6.twilioAuth())}\nTWILIO_API_KEY=${O("twilio-api-key-sid")(tok.twilioSk())}\nTWILIO_API_SECRET=${S("twilio-api-secret")(rs(AN, 32))}`);
P("sendgrid.node", `sgMail.setApiKey('${S("sendgrid-api-key")(tok.sendgrid())}');`);
P("mailgun.curl", `curl -s --user 'api:${S("mailgun-api-key")(tok6.mailgunNew())}' https://api.eu.mailgun.net/v3/mg.shop.example/messages -F from='Shop <noreply@mg.shop.example>' -F to=test@example.org`);
P("mailchimp.php", `$mailchimp->setConfig(['apiKey' => '${S("mailchimp-api-key")(tok.mailchimp())}', 'server' => 'us14']);`);
P("mailjet.env", `MJ_APIKEY_PUBLIC=${O("mailjet-public-key")(tok6.mailjet())}\nMJ_APIKEY_PRIVATE=${S("mailjet-secret-key")(tok6.mailjet())}`);
P("postmark.header", `X-Postmark-Server-Token: ${S("postmark-server-token")(tok6.postmark())}`);

// --- AI providers ---------------------------------------------------------------------------------------------------------
P("openai.chat", `why does my code return 429 insufficient_quota? client = OpenAI(api_key="${S("openai-api-key")(tok.openaiProj())}")`);
P("openai.svc", `OPENAI_API_KEY=${S("openai-api-key")(tok.openaiSvc())}`);
P("openai.legacy", `openai.api_key = '${S("openai-api-key")(tok.openaiLegacy())}'`);
P("anthropic.curl", `curl https://api.anthropic.com/v1/messages -H "x-api-key: ${S("anthropic-api-key")(tok.anthropic())}" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" -d '{"model":"claude-sonnet-4-5","max_tokens":256,"messages":[{"role":"user","content":"hi"}]}'`);
P("anthropic.admin", `ANTHROPIC_ADMIN_KEY=${S("anthropic-admin-key")(tok.anthropicAdmin())}`);
P("huggingface.cli", `$ huggingface-cli login --token ${S("huggingface-token")(tok.hf())}\nToken is valid (permission: write).`);
P("huggingface.nb", `{"cell_type":"code","execution_count":3,"metadata":{},"outputs":[],"source":["from huggingface_hub import login\\n","login(\\"${S("huggingface-token")(tok.hf())}\\")\\n"]}`);
P("cohere.py", `co = cohere.ClientV2(api_key="${S("cohere-api-key")(tok6.cohere())}")`);
P("groq.env", `GROQ_API_KEY=${S("groq-api-key")(tok.groq())}`);
P("replicate.env", `export REPLICATE_API_TOKEN=${S("replicate-api-token")(tok.replicate())}`);
P("mistral.py", `client = Mistral(api_key="${S("mistral-api-key")(tok6.mistral())}")`);
P("openrouter.chat", `Estoy usando OpenRouter con la clave ${S("openrouter-api-key")(tok.openrouter())} y me da error 402, ¿alguna idea?`);
P("xai.env", `XAI_API_KEY=${S("xai-api-key")(tok.xai())}`);
P("perplexity.js", `const pplx = new OpenAI({ apiKey: "${S("perplexity-api-key")(tok.perplexity())}", baseURL: "https://api.perplexity.ai" });`);
P("together.env", `TOGETHER_API_KEY=${S("together-api-key")(tok6.togetherAi())}`);
P("deepseek.py", `client = OpenAI(api_key="${S("deepseek-api-key")(tok6.deepseek())}", base_url="https://api.deepseek.com")`);
P("fireworks.env", `FIREWORKS_API_KEY=${S("fireworks-api-key")(tok6.fireworks())}`);
P("elevenlabs.py", `client = ElevenLabs(api_key="${S("elevenlabs-api-key")(tok6.elevenlabs())}")`);
P("pinecone.py", `pc = Pinecone(api_key="${S("pinecone-api-key")(tok6.pinecone())}")`);
P("langsmith.env", `LANGCHAIN_TRACING_V2=true\nLANGCHAIN_API_KEY=${S("langsmith-api-key")(tok6.langsmith())}`);
P("wandb.netrc", `machine api.wandb.ai\n  login user\n  password ${S("wandb-api-key")(tok6.wandb())}`);

// --- observability ---------------------------------------------------------------------------------------------------------
P("datadog.helm", `datadog:\n  apiKey: ${S("datadog-api-key")(tok6.ddApi())}\n  appKey: ${S("datadog-app-key")(tok6.ddApp())}\n  site: datadoghq.eu`);
P("datadog.docker", `docker run -d --name dd-agent -e DD_API_KEY=${S("datadog-api-key")(tok6.ddApi())} -e DD_SITE="datadoghq.com" gcr.io/datadoghq/agent:7`);
P("newrelic.yml", `common: &default_settings\n  license_key: ${S("newrelic-license-key")(tok6.nrLicense())}\n  app_name: checkout-api`);
P("newrelic.user", `NEW_RELIC_API_KEY=${S("newrelic-user-key")(tok.nrak())}\nNEW_RELIC_INSERT_KEY=${S("newrelic-insert-key")(tok6.nrInsert())}`);
P("sentry.token", `SENTRY_AUTH_TOKEN=${S("sentry-auth-token")(tok.sentryAuth())} npx @sentry/wizard@latest -i sourcemaps`);
P("sentry.user", `sentry-cli --auth-token ${S("sentry-user-token")(tok6.sentryUser())} releases new 2.4.1`);
b.add("neg", "sentry.dsn", `Sentry.init({ dsn: "https://${O("sentry-dsn-key")(tok6.sentryDsnKey())}@o${digits(6)}.ingest.sentry.io/${digits(7)}", tracesSampleRate: 0.2 });`);
P("grafana.sa", `curl -H "Authorization: Bearer ${S("grafana-service-account-token")(tok.grafanaSa())}" https://grafana.internal/api/dashboards/uid/abc123`);
P("grafana.cloud", `GRAFANA_CLOUD_TOKEN=${S("grafana-cloud-token")(tok6.grafanaCloud())}`);
P("honeycomb.otel", `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${S("honeycomb-api-key")(tok6.honeycomb())}"`);
P("dynatrace.env", `DT_API_TOKEN=${S("dynatrace-token")(tok6.dynatrace())}`);
P("pagerduty.tf", `provider "pagerduty" {\n  token = "${S("pagerduty-api-key")(tok6.pagerduty())}"\n}`);
P("snyk.ci", `- run: snyk test --severity-threshold=high\n  env:\n    SNYK_TOKEN: ${S("snyk-token")(tok6.snyk())}`);
void [B64U, b64, pick];
