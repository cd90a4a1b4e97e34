/** Positives of the sixth secrets set, part 2: secrets by context — Dockerfiles, k8s manifests, Terraform, Helm values,
 *  notebooks, Postman collections, HAR files, curl, database URLs of many engines, private keys, JWTs, passwords in many
 *  languages and syntaxes, and values pressed against punctuation (full stops, quotes, colons, brackets). */
import { b, O, S } from "./build.js";
import { AN, L, b64, digits, hex, int, pick, pw, rs, tok, tok6, uuid } from "./gen6.js";

const P = (kind: string, text: string) => b.add("secret", kind, text);
const enc = (s: string) => Buffer.from(s).toString("base64");

// --- Dockerfiles, k8s, Terraform, Helm -----------------------------------------------------------------------------------
P("docker.dockerfile", `FROM node:20-alpine\nWORKDIR /app\nENV NODE_ENV=production \\\n    DATABASE_URL=postgres://app:${S("pw-url")(tok6.pgPw())}@db.internal:5432/shop \\\n    OPENAI_API_KEY=${S("openai-api-key")(tok.openaiProj())}\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]`);
P("docker.build-arg", `docker build --build-arg NPM_TOKEN=${S("npm-token")(tok.npm())} --build-arg GITHUB_TOKEN=${S("github-pat")(tok.ghp())} -t acme/web:latest .`);
P("docker.compose", `services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: ${S("pw-compose")(pw())}\n      MYSQL_PASSWORD: "${S("pw-compose")(pw())}"\n  cache:\n    image: redis:7\n    command: redis-server --requirepass ${S("pw-cli")(tok6.pgPw())}`);
{ const u = pick(["admin", "svc_orders", "postgres"]), p = tok6.pgPw();
  P("k8s.secret", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ntype: Opaque\ndata:\n  username: ${enc(u)}\n  password: ${S("k8s-secret-data")(enc(p))}\nstringData:\n  api-key: ${S("stripe-secret-key")(tok.stripeLive())}`); }
P("k8s.deployment", `        env:\n        - name: SENDGRID_API_KEY\n          value: "${S("sendgrid-api-key")(tok.sendgrid())}"\n        - name: LOG_LEVEL\n          value: info`);
P("k8s.kubeconfig", `users:\n- name: ci\n  user:\n    token: ${S("k8s-sa-token")(tok.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" }, "RS256"))}`);
P("terraform.tfvars", `db_password      = "${S("pw-tfvars")(pw())}"\ncloudflare_token = "${S("cloudflare-api-token")(tok6.cfApiToken())}"\nregion           = "eu-central-1"`);
P("terraform.state", `{\n  "type": "random_password",\n  "name": "db",\n  "instances": [{ "attributes": { "length": 24, "result": "${S("pw-tfstate")(tok.randPw(24))}", "special": true } }]\n}`);
P("terraform.provider", `provider "github" {\n  owner = "acme"\n  token = "${S("github-pat")(tok.ghp())}"\n}`);
P("helm.values", `postgresql:\n  auth:\n    postgresPassword: ${S("pw-helm")(pw())}\n    password: ${S("pw-helm")(pw())}\nsentry:\n  dsn: https://${O("sentry-dsn-key")(tok6.sentryDsnKey())}@o${digits(6)}.ingest.sentry.io/${digits(6)}\nredis:\n  auth:\n    password: "${S("pw-helm")(tok6.pgPw())}"`);
P("helm.set", `helm upgrade --install grafana grafana/grafana --set adminPassword='${S("pw-cli")(pw())}' --set smtp.password=${S("pw-cli")(tok6.pgPw())}`);
P("ansible.vars", `mysql_root_password: "${S("pw-ansible")(pw())}"\nansible_become_pass: ${S("pw-ansible")(pw())}`);

// --- notebooks, Postman, HAR, curl -----------------------------------------------------------------------------------------
P("notebook.cell", `{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "import os\\n",\n    "os.environ[\\"ANTHROPIC_API_KEY\\"] = \\"${S("anthropic-api-key")(tok.anthropic())}\\"\\n",\n    "os.environ[\\"PINECONE_API_KEY\\"] = \\"${S("pinecone-api-key")(tok6.pinecone())}\\""\n   ]\n  }\n ]\n}`);
P("notebook.output", `In [7]: !env | grep -i key\nOut[7]:\nHF_TOKEN=${S("huggingface-token")(tok.hf())}\nWANDB_API_KEY=${S("wandb-api-key")(tok6.wandb())}`);
P("postman.collection", `{\n  "info": { "name": "Billing API" },\n  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "${S("stripe-secret-key")(tok.stripeLive())}", "type": "string" }] },\n  "variable": [{ "key": "postmanApiKey", "value": "${S("postman-api-key")(tok.postman())}" }]\n}`);
P("postman.basic", `"auth": {"type": "basic", "basic": [{"key": "password", "value": "${S("pw-postman")(pw())}"}, {"key": "username", "value": "integration"}]}`);
P("har.request", `{"request":{"method":"POST","url":"https://api.acme.io/v2/orders","headers":[{"name":"Authorization","value":"Bearer ${S("jwt-bearer")(tok.jwt())}"},{"name":"x-api-key","value":"${S("generic-api-key")(rs(AN, 40))}"}]}}`);
P("har.cookie", `{"name":"Cookie","value":"_ga=GA1.1.${digits(9)}.${digits(10)}; session=${S("session-cookie")(tok.jwt({ sid: uuid(), uid: int(1000, 99999) }))}"}`);
P("curl.basic", `curl -u deploy:${S("pw-curl")(pw())} https://nexus.corp.example/repository/releases/`);
P("curl.bearer", `curl -sS https://api.linear.app/graphql -H 'Authorization: ${S("linear-api-key")(tok.linear())}' -d '{"query":"{ viewer { id } }"}'`);
P("curl.header", `curl https://api.notion.com/v1/search -H "Authorization: Bearer ${S("notion-token")(tok.notion())}" -H "Notion-Version: 2022-06-28"`);
P("curl.airtable", `curl "https://api.airtable.com/v0/app${rs(AN, 14)}/Leads" -H "Authorization: Bearer ${S("airtable-pat")(tok.airtable())}"`);

// --- database URLs --------------------------------------------------------------------------------------------------------
for (const [k, f] of [
  ["postgres", (p: string) => `postgresql://orders_rw:${S("pw-url")(p)}@pg-prod.cluster-${rs(L, 12)}.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=require`],
  ["mysql", (p: string) => `mysql://root:${S("pw-url")(p)}@10.0.3.17:3306/wordpress`],
  ["mongodb", (p: string) => `mongodb+srv://appUser:${S("pw-url")(p)}@cluster0.${rs(L + "0123456789", 5)}.mongodb.net/?retryWrites=true&w=majority`],
  ["redis", (p: string) => `rediss://default:${S("pw-url")(p)}@redis-${digits(5)}.c1.eu-central-1-1.ec2.redns.redis-cloud.com:${digits(5)}`],
  ["mssql", (p: string) => `Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password=${S("pw-connstring")(p)};Encrypt=True;`],
  ["oracle", (p: string) => `jdbc:oracle:thin:scott/${S("pw-url")(p)}@//ora-prod.corp:1521/ORCLPDB1`],
  ["clickhouse", (p: string) => `clickhouse://analytics:${S("pw-url")(p)}@ch.internal:9000/events`],
  ["amqp", (p: string) => `amqps://worker:${S("pw-url")(p)}@rabbit.internal:5671/prod`],
  ["cockroach", (p: string) => `postgresql://max:${S("pw-url")(p)}@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full`],
  ["snowflake", (p: string) => `snowflake://etl_user:${S("pw-url")(p)}@xy12345.eu-west-1/ANALYTICS/PUBLIC?warehouse=ETL_WH`],
  ["neo4j", (p: string) => `NEO4J_URI=neo4j+s://${hex(8)}.databases.neo4j.io\nNEO4J_PASSWORD=${S("pw-env")(p)}`],
  ["elastic", (p: string) => `https://elastic:${S("pw-url")(p)}@es.internal:9200/_cluster/health`],
  ["supabase", () => `SUPABASE_SERVICE_ROLE_KEY=${S("supabase-service-key")(tok.jwt({ iss: "supabase", ref: rs(L, 20), role: "service_role", iat: 1760000000, exp: 2075000000 }))}\nSUPABASE_ACCESS_TOKEN=${S("supabase-pat")(tok.supabase())}`],
  ["planetscale", () => `DATABASE_URL='mysql://${rs(L + "0123456789", 12)}:${S("planetscale-password")(tok.planetscale())}@aws.connect.psdb.cloud/app?sslaccept=strict'`],
] as [string, (p: string) => string][]) {
  const p = tok6.pgPw(); const body = f(p);
  P("db." + k, pick([`${body}`, `my app can't connect, here's the url: ${body}`, `# .env\nDATABASE_URL=${body}`]).replace(/^# \.env\nDATABASE_URL=(NEO4J|SUPABASE|DATABASE_URL)/, "$1"));
}

// --- private keys and JWTs -----------------------------------------------------------------------------------------------
P("key.rsa", `Our deploy key (please don't share):\n${S("private-key")(tok.rsaPem())}`);
P("key.openssh", `cat ~/.ssh/id_ed25519\n${S("private-key")(tok.openssh())}`);
P("key.ec-yaml", `tls:\n  key: |\n    ${S("private-key")(tok.ecPem().split("\n").join("\n    "))}\n  cert: /etc/tls/tls.crt`);
P("wireguard.conf", `[Interface]\nPrivateKey = ${S("wireguard-private-key")(b64(32))}\nAddress = 10.8.0.2/24\n\n[Peer]\nPublicKey = ${b64(32)}\nEndpoint = vpn.example.net:51820`);
P("key.pkcs8-json", `{"private_key": "${S("private-key")(tok.pk8().replace(/\n/g, "\\n"))}"}`);
P("key.encrypted", `${S("private-key")(tok.encPem())}\npassphrase: ${S("pw-passphrase")(pw())}`);
P("key.pgp", `gpg --import <<'EOF'\n${S("private-key")(tok.pgp())}\nEOF`);
P("jwt.chat", `this JWT keeps getting rejected, can you decode it and tell me why? ${S("jwt")(tok.jwt({ sub: "user_" + int(1000, 9999), role: "admin", exp: 1790000000 }))}`);
P("jwt.header", `GET /v1/me HTTP/1.1\nHost: api.acme.io\nAuthorization: Bearer ${S("jwt")(tok.jwt({ sub: uuid(), scope: "read write" }, "RS256"))}`);
P("jwt.secret", `JWT_SECRET=${S("jwt-signing-secret")(rs(AN, 48))}\nJWT_EXPIRES_IN=7d`);

// --- passwords in many languages and syntaxes -----------------------------------------------------------------------------
for (const [k, f] of [
  ["python", (p: string) => `conn = psycopg2.connect(host="db", user="report", password="${S("pw-code")(p)}")`],
  ["java", (p: string) => `DataSource ds = DataSourceBuilder.create().url(url).username("app").password("${S("pw-code")(p)}").build();`],
  ["csharp", (p: string) => `var cred = new NetworkCredential("svc_backup", "${S("pw-code")(p)}", "CORP");`],
  ["go", (p: string) => `cfg := mysql.Config{User: "api", Passwd: "${S("pw-code")(p)}", Net: "tcp", Addr: "db:3306"}`],
  ["rust", (p: string) => `let opts = PgConnectOptions::new().username("svc").password("${S("pw-code")(p)}");`],
  ["php", (p: string) => `define('DB_PASSWORD', '${S("pw-code")(p)}');`],
  ["ruby", (p: string) => `ActiveRecord::Base.establish_connection(adapter: "postgresql", username: "rails", password: "${S("pw-code")(p)}")`],
  ["kotlin", (p: string) => `val smtpPassword = "${S("pw-code")(p)}"`],
  ["swift", (p: string) => `let keychainFallbackPassword = "${S("pw-code")(p)}"`],
  ["powershell", (p: string) => `$secpass = ConvertTo-SecureString "${S("pw-code")(p)}" -AsPlainText -Force`],
  ["bash", (p: string) => `sshpass -p '${S("pw-cli")(p)}' ssh root@203.0.113.24`],
  ["sql", (p: string) => `CREATE USER 'reporting'@'%' IDENTIFIED BY '${S("pw-sql")(p)}';`],
  ["sql-alter", (p: string) => `ALTER ROLE app_rw WITH LOGIN PASSWORD '${S("pw-sql")(p)}';`],
  ["ini", (p: string) => `[smtp]\nhost = smtp.office365.com\nuser = alerts@corp.example\npass = ${S("pw-ini")(p)}`],
  ["toml", (p: string) => `[database]\nuser = "app"\npassword = "${S("pw-toml")(p)}"`],
  ["xml", (p: string) => `<server>\n  <id>nexus-releases</id>\n  <username>deployer</username>\n  <password>${S("pw-xml")(p)}</password>\n</server>`],
  ["properties", (p: string) => `spring.datasource.username=app\nspring.datasource.password=${S("pw-properties")(p)}`],
  ["json", (p: string) => `{"smtp": {"user": "noreply@shop.example", "password": "${S("pw-json")(p)}"}}`],
  ["wp-config", (p: string) => `define( 'DB_USER', 'wp_7f3a' );\ndefine( 'DB_PASSWORD', '${S("pw-code")(p)}' );`],
  ["env", (p: string) => `ADMIN_PASSWORD=${S("pw-env")(p)}`],
  ["de-prose", (p: string) => `Das WLAN-Passwort für das Büro lautet ${S("pw-prose")(p)} – bitte nicht weitergeben.`],
  ["es-prose", (p: string) => `La contraseña del servidor de pruebas es ${S("pw-prose")(p)}, cámbiala después del despliegue.`],
  ["fr-prose", (p: string) => `Le mot de passe admin est « ${S("pw-prose")(p)} ».`],
  ["pt-prose", (p: string) => `A senha do banco é ${S("pw-prose")(p)}`],
  ["ja-prose", (p: string) => `管理画面のパスワードは ${S("pw-prose")(p)} です。`],
  ["en-prose", (p: string) => `password for the staging box is ${S("pw-prose")(p)} btw, root login is enabled`],
  ["net-use", (p: string) => `net use Z: \\\\fileserver\\share /user:CORP\\jdoe ${S("pw-cli")(p)}`],
  ["mysql-cli", (p: string) => `mysql -h db.internal -u root -p${S("pw-cli")(p)} -e "show databases"`],
] as [string, (p: string) => string][]) P("pw." + k, f(pw()));

// --- punctuation adjacency --------------------------------------------------------------------------------------------------
P("punct.fullstop", `Use this key for now: ${S("github-pat")(tok.ghp())}.`);
P("punct.quote-colon", `"token":"${S("slack-bot-token")(tok.xoxb())}"`);
P("punct.brackets", `keys=[${S("openai-api-key")(tok.openaiProj())}]`);
P("punct.paren", `(the groq key is ${S("groq-api-key")(tok.groq())})`);
P("punct.backtick", `set \`STRIPE_KEY=${S("stripe-secret-key")(tok.stripeLive())}\` in the dashboard`);
P("punct.angle", `<${S("anthropic-api-key")(tok.anthropic())}>`);
P("punct.comma", `tokens: ${S("huggingface-token")(tok.hf())}, ${S("replicate-api-token")(tok.replicate())}, done`);
P("punct.markdown", `| env | value |\n|---|---|\n| NPM_TOKEN | ${S("npm-token")(tok.npm())} |`);
P("punct.semicolon", `export GITLAB_TOKEN=${S("gitlab-pat")(tok.glpat())}; ./release.sh`);
P("punct.braces", `{${S("aws-access-key-id")(tok.akia())}}`);
P("punct.colon-end", `Telegram: ${S("telegram-bot-token")(tok.telegram())}:`);
P("punct.url-query", `https://api.example-weather.io/v1/forecast?q=Oslo&appid=${S("url-query-key")(hex(32))}&units=metric`);

// --- stack traces and logs that print secrets --------------------------------------------------------------------------------
P("trace.python", `Traceback (most recent call last):\n  File "app.py", line 12, in <module>\n    r = requests.get(url, headers={"Authorization": f"Bearer {token}"})\n  ...\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.github.com/user\nlocals: token='${S("github-pat")(tok.ghp())}'`);
P("trace.java", `org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; url=jdbc:postgresql://db:5432/app?user=app&password=${S("pw-url")(tok6.pgPw())}\n\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)`);
P("trace.node", `Error: Request failed with status code 403\n    at createError (node_modules/axios/lib/core/createError.js:16:15)\n  config: { headers: { Authorization: 'Bearer ${S("openai-api-key")(tok.openaiProj())}' } }`);
P("log.ci-masked-fail", `##[group]Run ./scripts/publish.sh\nnpm notice Publishing to https://registry.npmjs.org/ with token ${S("npm-token")(tok.npm())}\nnpm ERR! code E403`);
P("log.debug", `${"2026-11-24T09:12:44Z"} DEBUG http: outgoing request POST https://api.mailgun.net/v3/messages auth=api:${S("mailgun-api-key")(tok.mailgun())}`);
P("log.env-dump", `printenv output from the failing pod:\nHOSTNAME=web-7d9c\nDATADOG_API_KEY=${S("datadog-api-key")(tok6.ddApi())}\nSECRET_KEY_BASE=${S("rails-secret-key-base")(hex(128))}\nPATH=/usr/local/bin:/usr/bin`);
P("django.settings", `SECRET_KEY = "django-insecure-${S("django-secret-key")(rs(AN + "!@#$%^&*(-_=+)", 50))}"`);
P("flask.config", `app.config["SECRET_KEY"] = "${S("flask-secret-key")(hex(48))}"`);
P("encryption.key", `ENCRYPTION_KEY=base64:${S("laravel-app-key")(b64(32))}`);
void [O, int];
