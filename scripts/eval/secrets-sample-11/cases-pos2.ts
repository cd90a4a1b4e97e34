/** Set 11 positives: private keys, JWTs, connection strings, passwords in config and CLI, framework secrets. */
import { pos, S, O, type CaseSource } from "./case-source.js";
import * as G from "./gen11.js";

const { hex: h, b62: a, url: u, r, AL } = G;
const pw = (n: number) => r(AL.b62 + "!#%&*+-.?@^_~", n);
/** A password that needs no escaping inside a URL. */
const upw = (n: number) => r(AL.b62 + "-_.~!*", n);

export const cases: CaseSource[] = [
  // Private keys
  pos("private-rsa-chat", `here's the deploy key, don't lose it again:\n${S("private-rsa", G.pem("RSA PRIVATE KEY", 1190))}`),
  pos("private-pkcs8-json", `{"type":"service_account","project_id":"orchard-metrics","private_key_id":"${O("gcp-private-key-id", h(40))}","private_key":"${S("private-pkcs8", G.pem("PRIVATE KEY", 1216).replace(/\n/g, "\\n"))}\\n","client_email":"exporter@orchard-metrics.iam.gserviceaccount.com"}`),
  pos("private-ec-yaml", `tls:\n  key: |\n    ${S("private-ec", G.pem("EC PRIVATE KEY", 121).replace(/\n/g, "\n    "))}`),
  pos("private-openssh", `$ cat ~/.ssh/id_ed25519\n${S("private-openssh", G.openssh(380))}`),
  pos("private-encrypted-passphrase", `key.pem (passphrase: ${S("pw-passphrase", "Lantern-Mosaic-" + G.digits(3))})\n${S("private-encrypted", G.pem("ENCRYPTED PRIVATE KEY", 1298))}`),
  pos("private-pgp", `${S("private-pgp", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + G.b64Block(900) + "\n=" + r(AL.b64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----")}`),
  pos("private-dsa-ticket", `Ticket 4471: the old bastion still uses this key, please rotate:\n${S("private-dsa", G.pem("DSA PRIVATE KEY", 440))}`),
  // JWTs that decode
  pos("jwt-auth-header", `GET /api/v2/invoices HTTP/1.1\nHost: billing.marlowe.app\nAuthorization: Bearer ${S("jwt", G.jwt({ alg: "RS256", typ: "JWT", kid: "k-2025-03" }, { sub: "usr_" + a(12), scope: "invoices:read invoices:write", iat: 1741600000, exp: 1741603600, iss: "https://auth.marlowe.app/" }, 256))}`),
  pos("jwt-cookie", `Set-Cookie: session=${S("jwt", G.jwt({ alg: "HS256", typ: "JWT" }, { uid: 40912, role: "admin", iat: 1739000000 }))}; Path=/; HttpOnly; Secure`),
  pos("jwt-localstorage", `localStorage.setItem("id_token", "${S("jwt", G.jwt({ alg: "ES256", kid: h(8) }, { email_verified: true, aud: "spa-client", sub: "auth0|" + h(24), exp: 1767225600 }, 64))}");`),
  // Connection strings and URLs with passwords
  pos("postgres-url", `DATABASE_URL=postgresql://app_rw:${S("postgres-url", upw(24))}@pg-main.internal.sagebrush.io:5432/orders?sslmode=require`),
  pos("mysql-jdbc", `spring.datasource.url=jdbc:mysql://db7.kelp.local:3306/crm\nspring.datasource.username=crm_svc\nspring.datasource.password=${S("mysql-password", pw(18))}`),
  pos("mongodb-srv", `MONGO_URI="mongodb+srv://reporting:${S("mongodb-url", a(20))}@cluster0.x7kqa.mongodb.net/analytics?retryWrites=true&w=majority"`),
  pos("redis-url", `REDIS_URL=rediss://default:${S("redis-url", a(32))}@eu1-flying-gecko-31822.upstash.io:6379`),
  pos("amqp-url", `celery_broker_url = "amqp://worker:${S("amqp-url", upw(16))}@rabbit.prod.vesper.net:5672/jobs"`),
  pos("mssql-conn", `"ConnectionStrings": { "Main": "Server=tcp:sql-ledger.database.windows.net,1433;Database=ledger;User ID=ledger_app;Password=${S("mssql-password", pw(20))};Encrypt=True;" }`),
  pos("smtp-url", `EMAIL_URL=smtp+tls://notifications@fjordmail.no:${S("smtp-url", upw(14))}@smtp.fjordmail.no:587`),
  pos("ftp-url", `lftp ftp://upload:${S("ftp-url", "Brick" + G.digits(4) + "Lane!")}@files.ostrander-print.com/incoming`),
  pos("clickhouse-dsn", `CLICKHOUSE_DSN=clickhouse://analyst:${S("clickhouse-url", a(22))}@ch-eu.quietbay.io:9440/events?secure=true`),
  pos("snowflake-python", `conn = snowflake.connector.connect(user="ETL_USER", password="${S("snowflake-password", pw(20))}", account="xy12345.eu-central-1")`),
  // Passwords in config and CLI
  pos("pw-compose", `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ledger\n      POSTGRES_PASSWORD: ${S("pw-compose", pw(22))}`),
  pos("pw-k8s-b64", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-creds\ndata:\n  username: ${G.b64("mailer")}\n  password: ${S("pw-k8s-b64", G.b64("Harbor" + G.digits(2) + "-Quince-" + a(6)))}`),
  pos("pw-properties", `ldap.url=ldaps://ldap.hollis.corp:636\nldap.bind.dn=cn=svc-wiki,ou=apps,dc=hollis,dc=corp\nldap.bind.password=${S("ldap-password", pw(16))}`),
  pos("pw-tfvars", `db_admin_password = "${S("pw-tfvars", pw(24))}"\ninstance_class    = "db.t4g.medium"`),
  pos("pw-ini", `[mysql]\nhost = 10.20.0.14\nuser = backup\npassword = ${S("pw-ini", "Tangerine" + G.digits(4) + "#")}`),
  pos("pw-mysql-cli", `$ mysql -h db-replica-2 -u root -p'${S("pw-cli", pw(15))}' -e "SHOW SLAVE STATUS\\G"`),
  pos("pw-sshpass", `sshpass -p '${S("pw-cli", "Otter" + G.digits(3) + "!river")}' ssh admin@192.0.2.44 'systemctl restart nginx'`),
  pos("pw-powershell", `$pass = ConvertTo-SecureString "${S("pw-powershell", pw(16))}" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential("CORP\\svc_backup", $pass)`),
  pos("basic-auth-header", `curl -H "Authorization: Basic ${S("basic-auth", G.b64("metrics:" + a(18)))}" https://prometheus.ops.thornfield.io/api/v1/query?query=up`),
  pos("registry-auth", `{"auths":{"ghcr.io":{"auth":"${S("registry-auth", G.b64("release-bot:" + pw(20)))}"}}}`),
  pos("pw-wifi-wpa", `network={\n    ssid="Guesthouse-5G"\n    psk="${S("pw-wifi", "sunflower" + G.digits(4) + "meadow")}"\n}`),
  pos("pw-airflow-conn", `airflow connections add warehouse --conn-uri 'postgres://airflow:${S("pw-cli", upw(18))}@dwh.internal:5432/dwh'`),
  // Framework secrets
  pos("django-secret", `SECRET_KEY = "${S("django-secret", "django-insecure-" + r(AL.lownum + "!@#$%^&*(-_=+)", 50))}"`),
  pos("rails-master", `$ cat config/master.key\n${S("rails-master", h(32))}`),
  pos("laravel-app-key", `APP_KEY=${S("laravel-app-key", "base64:" + Buffer.from(Array.from({ length: 32 }, () => Math.floor(G.rnd() * 256))).toString("base64"))}`),
  pos("nextauth-secret", `NEXTAUTH_SECRET=${S("nextauth-secret", G.b64Block(32))}`),
  pos("jwt-signing-secret", `jwt:\n  signing_secret: "${S("jwt-secret", h(64))}"\n  ttl: 3600`),
  pos("encryption-key", `FIELD_ENCRYPTION_KEY=${S("encryption-key", G.b64Block(32))}`),
];
