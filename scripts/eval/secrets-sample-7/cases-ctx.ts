/** Positive texts of the seventh secrets set, part 2: values whose shape needs their own context — AWS key pairs, GCP
 *  service-account JSON, Azure connection strings, private keys (PEM, PKCS#8, EC, OpenSSH, PGP), database URLs with
 *  passwords, password assignments in many syntaxes and in prose, a Twilio token beside its (unlabelled) account SID. */
import { b, S, O } from "./build.js";
import { r, int, pick, hex, pw, rsaKey, pkcs8, ecKey, opensshKey, pgpKey, jwt } from "./gen7.js";

const akia = (p = "AKIA") => p + r("b32", 16);
const awsSec = () => r("b64", 40);
const A = (kind: string, s: string) => b.add("secret", kind, s);
const id = O("aws-access-key-id"), sec = S("aws-secret-key");
// AWS
A("env.aws", `AWS_ACCESS_KEY_ID=${id(akia())}\nAWS_SECRET_ACCESS_KEY=${sec(awsSec())}\nAWS_DEFAULT_REGION=eu-central-1`);
A("ini.aws-credentials", `~/.aws/credentials\n\n[default]\naws_access_key_id = ${id(akia())}\naws_secret_access_key = ${sec(awsSec())}\n\n[staging]\naws_access_key_id = ${id(akia())}\naws_secret_access_key = ${sec(awsSec())}`);
A("terraform.aws", `provider "aws" {\n  region     = "us-west-2"\n  access_key = "${id(akia())}"\n  secret_key = "${sec(awsSec())}"\n}`);
A("python.aws", `s3 = boto3.client(\n    "s3",\n    aws_access_key_id="${id(akia())}",\n    aws_secret_access_key="${sec(awsSec())}",\n)`);
A("ci-log.aws-session", `+ aws sts assume-role --role-arn arn:aws:iam::${int(100000000000, 999999999999)}:role/deploy --role-session-name ci\n{\n  "Credentials": {\n    "AccessKeyId": "${id(akia("ASIA"))}",\n    "SecretAccessKey": "${sec(awsSec())}",\n    "SessionToken": "${S("aws-session-token")("IQoJb3JpZ2luX2VjE" + r("b64", 380))}",\n    "Expiration": "2026-11-27T11:12:09Z"\n  }\n}`);
A("slack.aws-key-alone", `found this in an old gist from our team, is it still live? ${S("aws-access-key-id")(akia())}`);
A("compose.aws", `    environment:\n      AWS_ACCESS_KEY_ID: ${id(akia())}\n      AWS_SECRET_ACCESS_KEY: ${sec(awsSec())}`);
// GCP service account
const saJson = (nl: string) => `{\n  "type": "service_account",\n  "project_id": "acme-analytics-${int(100000, 999999)}",\n  "private_key_id": "${O("gcp-private-key-id")(hex(40))}",\n  "private_key": "${S("gcp-sa-private-key")(pkcs8(nl) + nl)}",\n  "client_email": "etl-runner@acme-analytics.iam.gserviceaccount.com",\n  "client_id": "${int(100000000, 999999999)}${int(100000000, 999999999)}${int(100, 999)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`;
A("json.gcp-sa", `why does google.auth say "invalid_grant" with this key file?\n${saJson("\\n")}`);
A("k8s-secret.gcp-sa", `apiVersion: v1\nkind: Secret\nmetadata: { name: gcp-sa }\nstringData:\n  key.json: |\n${saJson("\\n").split("\n").map((l) => "    " + l).join("\n")}`);
A("env.gcp-sa-inline", `GOOGLE_APPLICATION_CREDENTIALS_JSON='${saJson("\\n").replace(/\n\s*/g, "")}'`);
// Azure
A("env.azure-storage", `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey=${S("azure-storage-key")(r("b64", 86) + "==")};EndpointSuffix=core.windows.net"`);
A("json.azure-servicebus", `"ServiceBus": "Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${S("azure-servicebus-key")(r("b64", 43) + "=")}"`);
A("python.azure-sas", `url = "https://acmeexports.blob.core.windows.net/reports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${S("azure-sas-signature")(r("b62", 40) + "%3D")}"`);
// private keys
A("slack.rsa-key", `can someone tell me why ssh says "invalid format"? here's the key I'm using:\n${S("private-key-rsa")(rsaKey())}`);
A("env.pkcs8-escaped", `JWT_PRIVATE_KEY="${S("private-key-pkcs8")(pkcs8("\\n"))}"`);
A("yaml.ec-key", `tls:\n  cert_file: /etc/ssl/api.crt\n  key: |\n    ${S("private-key-ec")(ecKey("\n    "))}`);
A("shell.openssh", `$ cat ~/.ssh/id_ed25519\n${S("private-key-openssh")(opensshKey())}\n$ ssh -i ~/.ssh/id_ed25519 deploy@10.0.4.12\nLoad key "/home/ci/.ssh/id_ed25519": invalid format`);
A("ci-log.openssh", `Run webfactory/ssh-agent@v0.9.0\nwith:\n  ssh-private-key: ${S("private-key-openssh")(opensshKey())}`);
A("slack.pgp", `exported my signing key for the release box, pasting so you can import it:\n${S("private-key-pgp")(pgpKey())}`);
A("ansible.rsa", `deploy_user: ci\ndeploy_ssh_key: |\n  ${S("private-key-rsa")(rsaKey("\n  "))}`);
A("terraform.tls", `resource "aws_key_pair" "ops" {\n  key_name   = "ops"\n  public_key = file("ops.pub")\n}\nlocals {\n  private_key = <<EOT\n${S("private-key-rsa")(rsaKey())}\nEOT\n}`);
// database URLs: the password is the secret
const db: [string, (p: string) => string][] = [
  ["postgres-password", (p) => `DATABASE_URL=postgres://app_user:${p}@db-prod.internal.acme.io:5432/orders`],
  ["postgres-password", (p) => `psql "postgresql://analytics:${p}@10.20.3.7:5432/warehouse?sslmode=require" -c "select 1"`],
  ["postgres-password", (p) => `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed\n[SQL: engine = create_engine('postgresql+psycopg2://etl:${p}@pg-replica:5432/dw')]`],
  ["mysql-password", (p) => `spring.datasource.url=jdbc:mysql://mysql.prod:3306/shop\nspring.datasource.username=shop_rw\nspring.datasource.password=${p}`],
  ["mysql-password", (p) => `mysql://wp_admin:${p}@127.0.0.1:3306/wordpress`],
  ["redis-password", (p) => `REDIS_URL=redis://default:${p}@redis-14532.c12.us-east-1-2.ec2.cloud.redislabs.com:14532`],
  ["redis-password", (p) => `const redis = new Redis("rediss://:${p}@cache.acme.io:6380/0");`],
  ["mongodb-password", (p) => `MONGODB_URI=mongodb+srv://api-svc:${p}@cluster0.x7k2p.mongodb.net/prod?retryWrites=true&w=majority`],
  ["mongodb-password", (p) => `mongosh "mongodb://admin:${p}@mongo-0.mongo:27017,mongo-1.mongo:27017/admin?replicaSet=rs0"`],
  ["amqp-password", (p) => `CELERY_BROKER_URL=amqp://celery:${p}@rabbitmq:5672//`],
  ["mssql-password", (p) => `"ConnectionStrings": { "Default": "Server=tcp:acme-sql.database.windows.net,1433;Database=crm;User ID=crm_app;Password=${p};Encrypt=True;" }`],
];
for (const [k, f] of db) A(`dburl.${k}`, f(S(k)(pw().replace(/[@:/#%&]/g, "x"))));
// passwords in assignments and prose
const pws: [string, (p: string) => string][] = [
  ["pw-env", (p) => `DB_PASSWORD=${p}`],
  ["pw-yaml", (p) => `database:\n  host: db.internal\n  user: billing\n  password: "${p}"`],
  ["pw-json", (p) => `{"smtp": {"host": "smtp.office365.com", "port": 587, "username": "noreply@acme.io", "password": "${p}"}}`],
  ["pw-ini", (p) => `[mysql]\nuser = backup\npassword = ${p}`],
  ["pw-toml", (p) => `[database]\nurl = "db.internal:5432"\npassword = "${p}"`],
  ["pw-xml", (p) => `<connection>\n  <user>svc_report</user>\n  <password>${p}</password>\n</connection>`],
  ["pw-cli", (p) => `mysqldump -u root -p'${p}' --all-databases > dump.sql`],
  ["pw-cli", (p) => `sshpass -p "${p}" ssh admin@192.168.1.20`],
  ["pw-properties", (p) => `mail.smtp.user=alerts\nmail.smtp.password=${p}`],
  ["pw-compose", (p) => `  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${p}`],
  ["pw-helm", (p) => `helm upgrade --install grafana grafana/grafana --set adminPassword='${p}' -n monitoring`],
  ["pw-code", (p) => `conn = psycopg2.connect(host="db", user="etl", password="${p}")`],
  ["pw-code", (p) => `$pdo = new PDO('mysql:host=localhost;dbname=app', 'app', '${p}');`],
  ["pw-code", (p) => `props.put("javax.net.ssl.keyStorePassword", "${p}");`],
  ["pw-prose", (p) => `the wifi password for the office guest network is ${p} btw`],
  ["pw-prose", (p) => `Admin login for the staging CMS: user editor, password ${p} — please don't share outside the team.`],
  ["pw-prose", (p) => `Hola, la contraseña del servidor de pruebas es ${p}, cámbiala después.`],
  ["pw-prose", (p) => `Das Passwort für den VPN-Zugang lautet ${p}.`],
  ["pw-netrc", (p) => `machine api.heroku.com\n  login ops@acme.io\n  password ${p}`],
  ["pw-powershell", (p) => `$secure = ConvertTo-SecureString "${p}" -AsPlainText -Force`],
];
for (const [k, f] of pws) A(`pw.${k}`, f(S(k)(pw())));
// Twilio token beside its account SID (the SID is an identifier, unlabelled)
A("env.twilio-pair", `TWILIO_ACCOUNT_SID=AC${hex(32)}\nTWILIO_AUTH_TOKEN=${S("twilio-auth-token")(hex(32))}\nTWILIO_FROM=+15005550006`);
// JWTs in cookies and chat
A("har.jwt-cookie", `"headers": [{"name": "Cookie", "value": "session=${S("jwt-session")(jwt({ sub: "u_" + hex(8), role: "admin", iat: 1764000000, exp: 1764003600 }))}; theme=dark"}]`);
A("slack.jwt", `this bearer token works in postman but not in the app?? ${S("jwt-session")(jwt({ iss: "https://auth.acme.io/", aud: "api", sub: "auth0|" + hex(24), iat: 1764000000, exp: 1764086400 }, "RS256"))}`);
// high-entropy values next to keywords
A("env.session-secret", `SESSION_SECRET=${S("generic-session-secret")(r("b64", 44))}`);
A("python.django-secret", `SECRET_KEY = '${S("django-secret-key")("django-insecure-" + r("b62", 34) + pick(["#", "!", "@"]) + r("b62", 8))}'`);
A("rails.master-key", `config/master.key: ${S("rails-master-key")(hex(32))}`);
A("yaml.webhook-secret", `webhooks:\n  github:\n    secret: ${S("generic-webhook-secret")(hex(40))}`);
