/** Set 12 positives: private keys, JWTs, connection strings, passwords in config and CLI, framework secrets, PINs. */
import { pos, S, O, type CaseSource } from "./case-source.js";
import * as G from "./gen12.js";

const { hex: h, b62: a, url: u, r, AL } = G;
const esc = (pem: string) => pem.replace(/\n/g, "\\n");

export const cases: CaseSource[] = [
  // Private keys
  pos("private-rsa-ticket", `Hi, our deploy is broken, here's the key we use, maybe it's the wrong one?\n\n${S("private-rsa", G.pem("RSA PRIVATE KEY", 1190))}\n\nthanks!`),
  pos("private-pkcs8-env", `JWT_PRIVATE_KEY="${S("private-pkcs8", esc(G.pem("PRIVATE KEY", 1217)))}"`),
  pos("private-ec-yaml", `tls:\n  key: |\n    ${S("private-ec", G.pem("EC PRIVATE KEY", 121).replace(/\n/g, "\n    "))}`),
  pos("private-openssh-chat", `can u add this to the bastion? i keep getting denied\n${S("private-openssh", G.openssh(400))}`),
  pos("private-gcp-sa", `{\n  "type": "service_account",\n  "project_id": "lantern-analytics",\n  "private_key_id": "${O("gcp-private-key-id", h(40))}",\n  "private_key": "${S("private-pkcs8", esc(G.pem("PRIVATE KEY", 1216)))}\\n",\n  "client_email": "etl@lantern-analytics.iam.gserviceaccount.com"\n}`),
  pos("private-pgp", `${S("private-pgp", `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${G.b64Block(700)}\n=${r(AL.b64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`)}`),
  pos("private-encrypted-with-pass", `key.pem (passphrase ${S("pw-passphrase", "Kiln-orbit-77-maple")}):\n${S("private-encrypted", G.pem("ENCRYPTED PRIVATE KEY", 1298))}`),
  pos("private-apple-p8", `// App Store Connect API key AuthKey_${r(AL.upnum, 10)}.p8\nconst key = \`${S("private-pkcs8", G.pem("PRIVATE KEY", 138))}\`;`),
  pos("private-putty", `${S("private-putty", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\n${G.b64Block(51, 64)}\nPrivate-Lines: 1\n${G.b64Block(36, 64)}\nPrivate-MAC: ${h(64)}`)}`),
  // JWTs
  pos("jwt-header", `GET /api/v2/me HTTP/1.1\nHost: api.lanternhq.net\nAuthorization: Bearer ${S("jwt", G.jwt({ alg: "RS256", typ: "JWT", kid: h(16) }, { sub: "user_2Zk" + a(12), email: "ines@lanternhq.net", iat: 1730000000, exp: 1730003600 }, 256))}`),
  pos("jwt-cookie", `Cookie: theme=dark; session=${S("jwt", G.jwt({ alg: "HS256", typ: "JWT" }, { uid: 88412, role: "admin", exp: 1893456000 }))}; lang=de`),
  pos("jwt-chat", `ok try this token, it's valid till friday: ${S("jwt", G.jwt({ alg: "ES256" }, { sub: "svc-reports", scope: "read:all", exp: 1767225600 }, 64))}`),
  pos("jwt-python", `headers = {"Authorization": "Bearer ${S("jwt", G.jwt({ alg: "HS512", typ: "JWT" }, { sub: "42", name: "batch", iat: 1731000000 }, 64))}"}`),
  // Connection strings
  pos("postgres-url", `DATABASE_URL=postgresql://app_rw:${S("postgres-url", "Vq3!n8Zt" + a(8))}@db-prod.internal.lanternhq.net:5432/ledger?sslmode=require`),
  pos("mysql-dsn-go", `dsn := "reporter:${S("mysql-password", "u7Kp" + a(12))}@tcp(10.20.1.5:3306)/analytics?parseTime=true"`),
  pos("mongodb-srv", `MONGO_URI=mongodb+srv://atlasAdmin:${S("mongodb-url", a(16))}@cluster0.x1y2z.mongodb.net/shop?retryWrites=true&w=majority`),
  pos("redis-url", `REDIS_URL=rediss://default:${S("redis-url", a(32))}@redis-18321.c12.eu-west-1-2.ec2.cloud.redislabs.com:18321`),
  pos("amqp-url", `CELERY_BROKER_URL=amqps://worker:${S("amqp-url", "Br0ker-" + a(10))}@b-4e1.mq.eu-central-1.amazonaws.com:5671/`),
  pos("mssql-conn", `"Default": "Server=tcp:sql-lantern.database.windows.net,1433;Database=crm;User ID=crm_app;Password=${S("mssql-password", "Ts9#" + a(14))};Encrypt=True;"`),
  pos("jdbc-oracle", `spring.datasource.url=jdbc:oracle:thin:@//ora-prod:1521/ORCL\nspring.datasource.username=billing\nspring.datasource.password=${S("oracle-password", "Orc!" + a(11))}`),
  pos("clickhouse-url", `CLICKHOUSE_URL=https://default:${S("clickhouse-url", a(20))}@ch.lanternhq.net:8443/events`),
  pos("ftp-url", `lftp ftp://uploader:${S("ftp-url", "Fz" + a(10))}@ftp.printhaus-gmbh.de/incoming`),
  pos("neo4j", `NEO4J_URI=neo4j+s://7f3c21aa.databases.neo4j.io\nNEO4J_USERNAME=neo4j\nNEO4J_PASSWORD=${S("neo4j-password", u(43))}`),
  pos("snowflake", `snowsql -a xy12345.eu-central-1 -u LOADER --password '${S("snowflake-password", "Sn0w!" + a(12))}'`),
  pos("ldap-bind", `ldapsearch -H ldaps://dc1.corp.lanternhq.net -D "cn=svc-ldap,ou=svc,dc=corp" -w '${S("ldap-password", "Ld@p" + a(12))}' "(uid=ines)"`),
  pos("smtp-config", `MAIL_HOST=smtp.office365.com\nMAIL_USERNAME=noreply@lanternhq.net\nMAIL_PASSWORD=${S("smtp-password", "Mx" + a(14))}`),
  pos("azure-sb-conn", `Endpoint=sb://sb-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${S("azure-servicebus", r(AL.b64, 43) + "=")}`),
  // Passwords in config / CLI
  pos("pw-compose", `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${S("pw-compose", "pg-" + a(18))}`),
  pos("pw-k8s-b64", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-db\ntype: Opaque\ndata:\n  password: ${S("pw-k8s-b64", G.b64("Hq7%" + a(12) + "!!"))}`),
  pos("pw-ini", `[database]\nhost = 10.0.4.7\nuser = wp_admin\npassword = ${S("pw-ini", "Tg4$" + a(10))}`),
  pos("pw-properties", `db.user=etl\ndb.password=${S("pw-properties", "wQ2" + a(13))}`),
  pos("pw-xml", `<connectionStrings><add name="Main" connectionString="Data Source=SQL01;Initial Catalog=HR;User Id=hr_app;Password=${S("pw-xml", "Hr#" + a(13))};" /></connectionStrings>`),
  pos("pw-cli-mysql", `mysql -h 127.0.0.1 -u root -p${S("pw-cli", "R00t" + a(10))} -e "SHOW DATABASES;"`),
  pos("pw-cli-sshpass", `sshpass -p '${S("pw-cli", "Sp@" + a(12))}' ssh deploy@203.0.113.10 'systemctl restart api'`),
  pos("pw-cli-psql", `PGPASSWORD=${S("pw-cli", "pG" + a(14))} psql -h db.internal -U analyst -d warehouse`),
  pos("pw-powershell", `$cred = New-Object PSCredential("CORP\\svc-backup", (ConvertTo-SecureString "${S("pw-powershell", "Bkp!" + a(12))}" -AsPlainText -Force))`),
  pos("pw-wifi", `network={\n    ssid="Lantern-Office"\n    psk="${S("pw-wifi", "lantern-" + a(10))}"\n}`),
  pos("basic-auth-header", `Authorization: Basic ${S("basic-auth", G.b64("integrations:" + a(16)))}`),
  pos("registry-auth", `{"auths":{"ghcr.io":{"auth":"${S("registry-auth", G.b64("ci-bot:" + a(20)))}"}}}`),
  pos("pw-url-in-curl", `curl -u admin:${S("pw-cli", "Adm1n-" + a(10))} https://jenkins.lanternhq.net/job/deploy/build`),
  pos("pw-json-config", `{"smtp":{"host":"mail.gandi.net","user":"alerts@lanternhq.net","pass":"${S("pw-json", "gA9" + a(13))}"}}`),
  pos("pw-tfvars", `db_username = "admin"\ndb_password = "${S("pw-tfvars", "Tf!" + a(15))}"`),
  pos("pw-ansible", `ansible_user: deploy\nansible_become_pass: ${S("pw-ansible", "Bec0me-" + a(9))}`),
  pos("pw-htpasswd-plain", `# temp creds until LDAP is back\nadmin / ${S("pw-plain", "Stable-Gorilla-51")}`),
  // Framework secrets
  pos("django-secret", `SECRET_KEY = "${S("django-secret", "django-insecure-" + r(AL.lownum + "!@#$%^&*(-_=+)", 50))}"`),
  pos("laravel-app-key", `APP_KEY=${S("laravel-app-key", "base64:" + r(AL.b64, 43) + "=")}`),
  pos("rails-master", `$ cat config/master.key\n${S("rails-master", h(32))}`),
  pos("nextauth-secret", `NEXTAUTH_SECRET=${S("nextauth-secret", r(AL.b64, 43) + "=")}`),
  pos("flask-secret", `app.config["SECRET_KEY"] = "${S("flask-secret", h(48))}"`),
  pos("jwt-secret", `JWT_SECRET=${S("jwt-secret", u(64))}`),
  pos("session-secret-express", `app.use(session({ secret: "${S("session-secret", "kq" + a(30))}", resave: false }))`),
  pos("encryption-key", `FIELD_ENCRYPTION_KEY=${S("encryption-key", r(AL.url, 43) + "=")}`),
  // PINs and passphrases (convention: labelled when the text gives them as access secrets)
  pos("pin-chat", `the 6-digit alarm code for the warehouse is ${S("pin", "482713")}, disarm it before 7`),
  pos("pin-de", `PIN für die neue Firmenkarte: ${S("pin", "931564")} – bitte sofort ändern.`),
  pos("seed-phrase", `my metamask recovery phrase in case I lose my phone: ${S("seed-phrase", "orbit velvet canyon lemon tiny shallow draft emerge piano rural oyster glide")}`),
  pos("passphrase-gpg", `gpg passphrase for the backup archive: ${S("pw-passphrase", "seven quiet ravens over Lisbon")}`),
];
