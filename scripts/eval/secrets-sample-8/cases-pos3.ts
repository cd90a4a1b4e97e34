/** Secrets set 8 positives, third batch: secrets inside longer, noisier texts (logs, diffs, tickets, notebooks). */
import { awsId, awsSecret, B62, B64, digits, ghToken, HEX, jwt, npmToken, pem, pw, r } from "./gen8.js";

const K = (kind: string, v: string): string => `⟦SECRET:${kind}|${v}⟧`;
const O = (kind: string, v: string): string => `⟦?SECRET:${kind}|${v}⟧`;
const now = Math.floor(Date.now() / 1000);

export const POS3: [string, string][] = [
  ["aws-secret-key", `diff --git a/.env b/.env\n@@ -3,2 +3,4 @@\n LOG_LEVEL=info\n+AWS_ACCESS_KEY_ID=${O("aws-access-key-id", awsId())}\n+AWS_SECRET_ACCESS_KEY=${K("aws-secret-key", awsSecret())}`],
  ["aws-secret-key", `Hola equipo, para el bucket de facturas usad la clave ${O("aws-access-key-id", awsId())} con el secreto ${K("aws-secret-key", awsSecret())} hasta que tengamos roles.`],
  ["github-pat-classic", `In [3]: import os\n   ...: os.environ["GH_TOKEN"] = "${K("github-pat-classic", ghToken("ghp"))}"\n   ...: !gh repo list quarry-labs`],
  ["github-user-server", `Authorization: token ${K("github-user-server", ghToken("ghu"))}`],
  ["gitlab-deploy", `git clone https://gitlab+deploy-token-${digits(6)}:${K("gitlab-deploy", "gldt-" + r(20, B62 + "-_"))}@gitlab.com/acme/infra.git`],
  ["bitbucket-app-password", `BITBUCKET_USER=ci-bot\nBITBUCKET_APP_PASSWORD=${K("bitbucket-app-password", "ATBB" + r(32) + r(8, HEX.toUpperCase()))}`],
  ["slack-app", `SLACK_APP_TOKEN=${K("slack-app", `xapp-1-A${r(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}-${digits(13)}-${r(64, HEX)}`)}`],
  ["stripe-secret", `JIRA PAY-1182: prod checkout broken. Logs show: "No such key: ${K("stripe-secret", "sk_live_" + r(99))}". Did someone rotate?`],
  ["openai-project", `2026-11-28 09:12:44,201 ERROR openai.AuthenticationError: Incorrect API key provided: ${K("openai-project", `sk-proj-${r(74, B62 + "-_")}T3BlbkFJ${r(74, B62 + "-_")}`)}`],
  ["anthropic-api", `Mon collègue m'a donné cette clé pour tester : ${K("anthropic-api", `sk-ant-api03-${r(93, B62 + "-_")}AA`)}, elle marche encore ?`],
  ["google-oauth-secret", `{"web":{"client_id":"${digits(12)}-${r(32, "abcdefghijklmnopqrstuvwxyz0123456789")}.apps.googleusercontent.com","client_secret":"${K("google-oauth-secret", "GOCSPX-" + r(28, B62 + "-_"))}"}}`],
  ["npm", `npm config set //registry.npmjs.org/:_authToken ${K("npm", npmToken())}`],
  ["twilio-auth-token", `client = Client("AC${r(32, HEX)}", "${K("twilio-auth-token", r(32, HEX))}")`],
  ["sendgrid", `sg = SendGridAPIClient("${K("sendgrid", `SG.${r(22, B62 + "-_")}.${r(43, B62 + "-_")}`)}")`],
  ["resend", `RESEND_API_KEY=${K("resend", "re_" + r(8) + "_" + r(24))}`],
  ["postmark", `X-Postmark-Server-Token: ${K("postmark", crypto.randomUUID())}`],
  ["algolia-admin", `algolia:\n  app_id: ${r(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}\n  admin_api_key: ${K("algolia-admin", r(32, HEX))}`],
  ["contentful", `CONTENTFUL_MANAGEMENT_TOKEN=${K("contentful", "CFPAT-" + r(43, B62 + "-_"))}`],
  ["shopify-admin", `Dann im Admin-Client den Token ${K("shopify-admin", "shpat_" + r(32, HEX))} eintragen und speichern.`],
  ["hashicorp-tfe", `export TFE_TOKEN=${K("terraform-cloud", `${r(14)}.atlasv1.${r(67)}`)}`],
  ["vault", `vault login ${K("vault", "hvs." + r(24))}`],
  ["gcp-api-key", `YOUTUBE_API_KEY = '${K("gcp-api-key", "AIza" + r(35, B62 + "-_"))}'`],
  ["jwt", `HAR entry: {"name":"Authorization","value":"Bearer ${K("jwt", jwt({ sub: "svc-reporting", aud: "api.internal", iat: now, exp: now + 900 }))}"}`],
  ["private-rsa", `ssh_key = """${K("private-rsa", pem("RSA PRIVATE KEY", 8))}"""`],
  ["private-pkcs8", `const key = "${K("private-pkcs8", pem("PRIVATE KEY", 6, "\\n"))}";`],
  ["postgres-url", `Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for URL postgres://report:${K("postgres-url", pw())}@pg-ro.internal/reporting`],
  ["mysql-url", `SQLALCHEMY_DATABASE_URI = "mysql+pymysql://shop:${K("mysql-url", pw())}@mysql.internal:3306/shop"`],
  ["pw-cli", `$ PGPASSWORD='${K("pw-cli", pw())}' pg_dump -h db.internal -U backup shop > shop.sql`],
  ["pw-cli", `curl -u admin:${K("pw-cli", pw())} https://jenkins.internal/job/deploy/build`],
  ["pw-cli", `docker login registry.internal -u deploy -p ${K("pw-cli", pw())}`],
  ["pw-prose", `Passwort fürs WLAN im Lager: ${K("pw-prose", pw())}`],
  ["pw-prose", `Mật khẩu tài khoản quản trị là ${K("pw-prose", pw())}.`],
  ["pw-prose", `كلمة المرور الجديدة للخادم هي ${K("pw-prose", pw())}`],
  ["pw-prose", `FYI: root password on the old NAS is still ${K("pw-prose", pw())}, we should fix that.`],
  ["pw-yaml", `spring:\n  datasource:\n    password: ${K("pw-yaml", pw())}`],
  ["pw-php", `define('DB_PASSWORD', '${K("pw-php", pw())}');`],
  ["flask-secret", `app.config["SECRET_KEY"] = "${K("flask-secret", r(48, HEX))}"`],
  ["webhook-secret", `GITHUB_WEBHOOK_SECRET=${K("webhook-secret", r(40, HEX))}`],
  ["encryption-key", `ENCRYPTION_KEY=${K("encryption-key", Buffer.from(r(32, B64)).toString("base64"))}`],
  ["sentry", `sentry-cli --auth-token ${K("sentry", "sntryu_" + r(64, HEX))} releases new 4.2.0`],
];
