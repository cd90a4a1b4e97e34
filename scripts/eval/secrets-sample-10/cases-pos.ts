/** Secrets set 10, positives part 1: provider tokens in code, configs, shell history, CI logs, chat and traces. */
import { O, pos, S, type CaseSource } from "./case-source.js";
import * as g from "./gen10.js";

const { alnum, hex, rs, B64U, B64 } = g;
const discordBot = () => `${Buffer.from(String(g.digits(19))).toString("base64").replace(/=+$/, "")}.${rs(B64U, 6)}.${rs(B64U, 38)}`;

export const cases: CaseSource[] = [
  // AWS
  pos("aws-credentials-file", `[default]\naws_access_key_id = ${O("aws-access-key-id", g.awsId())}\naws_secret_access_key = ${S("aws-secret-key", g.awsSecret())}\nregion = eu-central-1`),
  pos("aws-env-export", `$ export AWS_ACCESS_KEY_ID=${O("aws-access-key-id", g.awsId())}\n$ export AWS_SECRET_ACCESS_KEY=${S("aws-secret-key", g.awsSecret())}\n$ aws s3 ls s3://billing-exports-prod`),
  pos("aws-session-json", `{\n  "Credentials": {\n    "AccessKeyId": "${O("aws-access-key-id", g.awsId("ASIA"))}",\n    "SecretAccessKey": "${S("aws-secret-key", g.awsSecret())}",\n    "SessionToken": "${S("aws-session", "IQoJb3JpZ2luX2VjE" + rs(B64, 380))}",\n    "Expiration": "2025-04-02T18:11:09Z"\n  }\n}`),
  pos("aws-lone-id-chat", `hey can you check why ${S("aws-access-key-id", g.awsId())} keeps getting AccessDenied on the reports bucket? it's the ci user`),
  // GitHub
  pos("github-remote-url", `$ git remote -v\norigin  https://x-access-token:${S("github-pat-classic", g.crcToken("ghp"))}@github.com/northwind/infra.git (fetch)`),
  pos("github-actions-log", `Run actions/checkout@v4\n  with:\n    token: ${S("github-pat-classic", g.crcToken("ghp"))}\n    fetch-depth: 0`),
  pos("github-fine-env", `GH_TOKEN=${S("github-pat-fine", "github_pat_11" + rs(g.UPPER + g.DIGITS, 20) + "_" + alnum(59))}`),
  pos("github-oauth-traceback", `Traceback (most recent call last):\n  File "sync.py", line 88, in <module>\n    gh = Github(auth=Auth.Token("${S("github-oauth", g.crcToken("gho"))}"))\ngithub.GithubException.BadCredentialsException: 401`),
  pos("github-app-installation", `DEBUG installation token refreshed: ${S("github-app-installation", g.crcToken("ghs"))} expires_at=2025-01-09T12:00:00Z`),
  pos("github-refresh", `{"access_token":"${S("github-user-server", g.crcToken("ghu"))}","expires_in":28800,"refresh_token":"${S("github-refresh", g.crcToken("ghr"))}","token_type":"bearer"}`),
  pos("github-chat-de", `kannst du mal mit meinem token testen? ${S("github-pat-classic", g.crcToken("ghp"))} – ich lösche ihn danach`),
  // npm / package registries
  pos("npm-npmrc", `//registry.npmjs.org/:_authToken=${S("npm", g.crcToken("npm"))}\nalways-auth=true`),
  pos("pypi-pypirc", `[pypi]\n  username = __token__\n  password = ${S("pypi", "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 160))}`),
  // GitLab
  pos("gitlab-ci-var", `variables:\n  GITLAB_TOKEN: "${S("gitlab-pat", "glpat-" + rs(B64U, 20))}"`),
  // Slack
  pos("slack-bot-python", `client = WebClient(token="${S("slack-bot", `xoxb-${g.digits(12)}-${g.digits(13)}-${alnum(24)}`)}")`),
  pos("slack-user-env", `SLACK_USER_TOKEN=${S("slack-user", `xoxp-${g.digits(12)}-${g.digits(12)}-${g.digits(13)}-${hex(32)}`)}`),
  pos("slack-webhook-curl", `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' ${S("slack-webhook", `https://hooks.slack.com/services/T${rs(g.UPPER + g.DIGITS, 8)}/B${rs(g.UPPER + g.DIGITS, 10)}/${alnum(24)}`)}`),
  // Stripe and payments
  pos("stripe-secret-node", `const stripe = require('stripe')('${S("stripe-secret", "sk_live_51" + alnum(97))}');`),
  pos("stripe-restricted-env", `STRIPE_RESTRICTED_KEY=${S("stripe-restricted", "rk_live_51" + alnum(97))}`),
  pos("stripe-webhook-yaml", `stripe:\n  webhook_secret: ${S("stripe-webhook", "whsec_" + alnum(32))}`),
  pos("paypal-client-secret", `paypal:\n  client_id: ${O("paypal-client-id", "A" + rs(B64U, 79))}\n  client_secret: ${S("paypal-secret", "E" + rs(B64U, 79))}`),
  pos("square-access", `SQUARE_ACCESS_TOKEN=${S("square", "EAAA" + rs(B64U, 60))}`),
  pos("razorpay-env", `RAZORPAY_KEY_ID=${O("razorpay-key-id", "rzp_live_" + alnum(14))}\nRAZORPAY_KEY_SECRET=${S("razorpay-secret", alnum(24))}`),
  pos("mollie-php", `$mollie->setApiKey("${S("mollie", "live_" + alnum(30))}");`),
  pos("duffel-ts", `const duffel = new Duffel({ token: '${S("duffel", "duffel_live_" + rs(B64U, 43))}' })`),
  // OpenAI, Anthropic and other model providers
  pos("openai-project-python", `from openai import OpenAI\nclient = OpenAI(api_key="${S("openai-project", "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74))}")`),
  pos("openai-admin-curl", `curl https://api.openai.com/v1/organization/users -H "Authorization: Bearer ${S("openai-admin", "sk-admin-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74))}"`),
  pos("openai-legacy-notebook", `{"cell_type":"code","source":["openai.api_key = \\"${S("openai-legacy", "sk-" + alnum(20) + "T3BlbkFJ" + alnum(20))}\\""]}`),
  pos("anthropic-api-ts", `const anthropic = new Anthropic({ apiKey: "${S("anthropic-api", "sk-ant-api03-" + rs(B64U, 93) + "AA")}" });`),
  pos("huggingface-cli", `$ huggingface-cli login --token ${S("huggingface", "hf_" + rs(g.UPPER + g.LOWER, 34))}`),
  pos("groq-env", `GROQ_API_KEY=${S("groq", "gsk_" + alnum(52))}`),
  pos("replicate-shell", `export REPLICATE_API_TOKEN=${S("replicate", "r8_" + alnum(37))}`),
  pos("xai-python", `client = Client(api_key="${S("xai", "xai-" + alnum(80))}")`),
  pos("perplexity-env", `PPLX_API_KEY="${S("perplexity", "pplx-" + alnum(48))}"`),
  pos("openrouter-curl", `curl https://openrouter.ai/api/v1/chat/completions -H "Authorization: Bearer ${S("openrouter", "sk-or-v1-" + hex(64))}"`),
  pos("mistral-env", `MISTRAL_API_KEY=${S("mistral", alnum(32))}`),
  pos("cohere-python", `co = cohere.ClientV2(api_key="${S("cohere", alnum(40))}")`),
  pos("pinecone-python", `pc = Pinecone(api_key="${S("pinecone", "pcsk_" + alnum(6) + "_" + alnum(63))}")`),
  // Google Cloud
  pos("gcp-api-key-js", `const map = new google.maps.Map(el, {}); // loaded with key=${S("gcp-api-key", "AIza" + rs(B64U, 35))} (server key, unrestricted!)`),
  pos("gcp-oauth-client", `{"web":{"client_id":"${g.digits(12)}-${rs(g.LOWER + g.DIGITS, 32)}.apps.googleusercontent.com","client_secret":"${S("gcp-oauth-secret", "GOCSPX-" + rs(B64U, 28))}","redirect_uris":["https://app.northwind.io/oauth/callback"]}}`),
  pos("gcp-refresh-token", `gcloud auth print-access-token failed; cached refresh_token=${S("gcp-refresh-token", "1//0" + rs(B64U, 99))}`),
  pos("gcp-service-account", `{\n  "type": "service_account",\n  "project_id": "northwind-prod",\n  "private_key_id": "${O("gcp-private-key-id", hex(40))}",\n  "private_key": "${S("private-pkcs8", "-----BEGIN PRIVATE KEY-----\\n" + g.pemBody("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC", 1620).replace(/\n/g, "\\n") + "\\n-----END PRIVATE KEY-----\\n")}",\n  "client_email": "exporter@northwind-prod.iam.gserviceaccount.com"\n}`),
  // Azure / Microsoft
  pos("azure-storage-conn", `"ConnectionStrings": { "Blob": "DefaultEndpointsProtocol=https;AccountName=nwexports;AccountKey=${S("azure-storage", rs(B64, 86) + "==")};EndpointSuffix=core.windows.net" }`),
  pos("azure-client-secret", `AZURE_TENANT_ID=${g.uuid()}\nAZURE_CLIENT_ID=${g.uuid()}\nAZURE_CLIENT_SECRET=${S("azure-client-secret", alnum(3) + "8Q~" + rs(g.ALNUM + "_~.-", 34))}`),
  pos("azure-devops-pat", `git clone https://build:${S("azure-devops-pat", rs("abcdefghijklmnopqrstuvwxyz234567", 52))}@dev.azure.com/northwind/Platform/_git/gateway`),
  pos("azure-sas-url", `https://nwexports.blob.core.windows.net/reports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=${S("azure-sas", rs(g.ALNUM, 43) + "%3D")}`),
  // Chat and collaboration
  pos("discord-bot-py", `bot.run("${S("discord-bot", discordBot())}")`),
  pos("discord-webhook", `WEBHOOK = "${S("discord-webhook", `https://discord.com/api/webhooks/${g.digits(19)}/${rs(B64U, 68)}`)}"`),
  pos("telegram-bot", `TELEGRAM_BOT_TOKEN=${S("telegram-bot", `${g.digits(10)}:AA${rs(B64U, 33)}`)}`),
  pos("linear-env", `LINEAR_API_KEY=${S("linear", "lin_api_" + alnum(40))}`),
  pos("notion-js", `const notion = new Client({ auth: "${S("notion", "secret_" + alnum(43))}" })`),
  pos("atlassian-curl", `curl -u ops@northwind.io:${S("atlassian", "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs("0123456789ABCDEF", 8))} https://northwind.atlassian.net/rest/api/3/myself`),
  pos("hubspot-env", `HUBSPOT_ACCESS_TOKEN=${S("hubspot", "pat-na1-" + g.uuid())}`),
  pos("trello-config", `trello:\n  key: ${O("trello-key", hex(32))}\n  token: ${S("trello-token", "ATTA" + hex(64) + rs("0123456789ABCDEF", 8))}`),
  pos("figma-env", `FIGMA_TOKEN=${S("figma", "figd_" + rs(B64U, 40))}`),
  pos("airtable-js", `const base = new Airtable({ apiKey: '${S("airtable", "pat" + alnum(14) + "." + hex(64))}' }).base('app${alnum(14)}');`),
  pos("mailchimp-php", `$mc->setConfig(['apiKey' => '${S("mailchimp", hex(32) + "-us" + g.int(1, 21))}', 'server' => 'us14']);`),
  pos("twitter-bearer", `curl "https://api.twitter.com/2/tweets/search/recent?query=warden" -H "Authorization: Bearer ${S("twitter-bearer", "AAAAAAAAAAAAAAAAAAAAA" + alnum(19) + "%3D" + alnum(50))}"`),
  // Messaging / e-mail
  pos("sendgrid-python", `sg = SendGridAPIClient('${S("sendgrid", "SG." + rs(B64U, 22) + "." + rs(B64U, 43))}')`),
  pos("mailgun-env", `MAILGUN_API_KEY=${S("mailgun", "key-" + hex(32))}`),
  pos("brevo-env", `BREVO_API_KEY=${S("brevo", "xkeysib-" + hex(64) + "-" + alnum(16))}`),
  pos("twilio-env", `TWILIO_ACCOUNT_SID=AC${hex(32)}\nTWILIO_AUTH_TOKEN=${S("twilio-auth-token", hex(32))}`),
];
