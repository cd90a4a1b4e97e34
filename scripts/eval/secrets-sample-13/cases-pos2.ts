/**
 * Set 13 positives: private keys, JWTs, connection strings, passwords in config, CLI and CI, Kubernetes secrets,
 * framework secrets, PINs, passphrases and a seed phrase.
 */
import { pos, S, type CaseSource } from "./case-source.js";
import * as G from "./gen13.js";

const { hex: h, b62: a, url: u, r, AL } = G;

export const cases: CaseSource[] = [
  // Private keys
  pos("pem-rsa", `deploy key for the build box:\n${S("private-key-rsa", G.pem("RSA PRIVATE KEY", 1190))}`),
  pos("pem-pkcs8", `const key = \`${S("private-key-pkcs8", G.pem("PRIVATE KEY", 1216))}\`;`),
  pos("pem-ec", `# /etc/nginx/ssl/api.key\n${S("private-key-ec", G.pem("EC PRIVATE KEY", 121))}`),
  pos("pem-encrypted", `${S("private-key-encrypted", G.pem("ENCRYPTED PRIVATE KEY", 1300))}\npassphrase in 1Password`),
  pos("openssh", `cat ~/.ssh/id_ed25519\n${S("private-key-openssh", G.openssh(390))}`),
  pos("pgp", `${S("private-key-pgp", `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${G.b64Block(900)}\n=${r(AL.b64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`)}`),
  pos("gcp-sa-json", `{\n  "type": "service_account",\n  "project_id": "kestrel-analytics",\n  "private_key": "${S("private-key-gcp", G.pem("PRIVATE KEY", 1216).replace(/\n/g, "\\n"))}",\n  "client_email": "etl@kestrel-analytics.iam.gserviceaccount.com"\n}`),
  pos("k8s-tls", `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n  tls.key: ${S("private-key-k8s-b64", G.b64(G.pem("EC PRIVATE KEY", 121)))}`),
  // JWTs
  pos("jwt-header", `Authorization: Bearer ${S("jwt", G.jwt({ alg: "HS256", typ: "JWT" }, { sub: "u_88213", role: "admin", iat: 1764300000, exp: 1764386400 }))}`),
  pos("jwt-cookie", `Cookie: session=${S("jwt", G.jwt({ alg: "RS256", kid: "k1" }, { sub: "4711", email_verified: true, iss: "https://auth.kestrel.dev", exp: 1764400000 }, 256))}; path=/`),
  pos("supabase-service", `SUPABASE_SERVICE_ROLE_KEY=${S("supabase-service", G.jwt({ alg: "HS256", typ: "JWT" }, { iss: "supabase", ref: r(AL.lower, 20), role: "service_role", iat: 1735000000, exp: 2050576000 }))}`),
  pos("jwt-chat-ja", `このトークンで管理APIを叩いてください: ${S("jwt", G.jwt({ alg: "ES256", typ: "JWT" }, { sub: "ops", scope: "admin:*", exp: 1764500000 }, 64))}`),
  // Connection strings
  pos("postgres-url", `DATABASE_URL=postgres://app_rw:${S("pw-postgres", "Vx9!marigold-Tundra")}@db.kestrel.internal:5432/orders`),
  pos("mysql-url", `spring.datasource.url=jdbc:mysql://mysql-prod:3306/shop?user=shop&password=${S("pw-mysql", "S4ltMarsh#Otter")}`),
  pos("mongodb-srv", `MONGO_URI="mongodb+srv://analytics:${S("pw-mongodb", "b7Qe2LrWz9Tp")}@cluster0.x8k2m.mongodb.net/events?retryWrites=true"`),
  pos("redis-url", `REDIS_URL=rediss://default:${S("pw-redis", "AZq5" + a(28))}@eu1-brave-owl-38122.upstash.io:6379`),
  pos("amqp-url", `CELERY_BROKER_URL=amqp://worker:${S("pw-amqp", "ferret-Cobalt-93")}@rabbit.kestrel.internal:5672/prod`),
  pos("mssql", `"ConnectionStrings": { "Main": "Server=tcp:sql-kestrel.database.windows.net,1433;Database=crm;User ID=crm_admin;Password=${S("pw-mssql", "Pa$$Gl4cier_Vault")};Encrypt=True;" }`),
  pos("servicebus", `Endpoint=sb://kestrel-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${S("azure-servicebus", r(AL.b64, 43) + "=")}`),
  pos("smtp-url", `MAIL_URL=smtp://alerts%40kestrel.dev:${S("pw-smtp", "Heron_Quill_5521")}@smtp.mailbox.org:587`),
  pos("ldap", `ldapsearch -x -H ldaps://ldap.kestrel.internal -D "cn=admin,dc=kestrel,dc=dev" -w ${S("pw-ldap", "Gr4nite.Owl.77")} "(uid=*)"`),
  pos("clickhouse", `clickhouse-client --host ch1.internal --user etl --password ${S("pw-clickhouse", "Kite-Ember-3310")}`),
  pos("oracle", `sqlplus system/${S("pw-oracle", "Orc4_Sunset_Bay")}@//ora-prod:1521/ORCLPDB1`),
  pos("elastic", `ELASTICSEARCH_URL=https://elastic:${S("pw-elastic", "fjord7Pebble2Lynx")}@es.kestrel.internal:9200`),
  // Passwords in config, CLI, CI, HTTP
  pos("docker-compose", `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${S("pw-postgres", "Walrus-Crimson-2047")}`),
  pos("ansible", `ansible_user: deploy\nansible_become_password: ${S("pw-ansible", "Tamarind!Sloop8")}`),
  pos("wp-config", `define( 'DB_PASSWORD', '${S("pw-mysql", "wp_Lagoon#4471")}' );`),
  pos("settings-xml", `<server>\n  <id>nexus-releases</id>\n  <username>deployer</username>\n  <password>${S("pw-maven", "Nexus_Basalt_19")}</password>\n</server>`),
  pos("basic-auth", `Authorization: Basic ${S("basic-auth", G.b64("ci-robot:Peregrine!Sleet42"))}`),
  pos("docker-config", `{"auths":{"ghcr.io":{"auth":"${S("registry-auth", G.b64("mlopez:Corsair_Mint_608"))}"}}}`),
  pos("k8s-secret", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\ntype: Opaque\ndata:\n  username: YmlsbGluZw==\n  password: ${S("pw-k8s-b64", G.b64("Harbor-Quokka-5512"))}`),
  pos("k8s-stringdata", `kind: Secret\nstringData:\n  SMTP_PASSWORD: "${S("pw-smtp", "Vireo_Slate_81")}"`),
  pos("ci-log-echo", `$ echo "Logging in with $REGISTRY_USER"\n$ docker login -u svc-builder -p ${S("pw-cli", "Osprey#Tide2026")} harbor.kestrel.dev\nWARNING! Using --password via the CLI is insecure.`),
  pos("mysql-cli", `mysql -h 10.2.0.14 -u root -p${S("pw-mysql", "Juniper_Rook_903")} inventory < dump.sql`),
  pos("curl-user", `curl -u admin:${S("pw-cli", "Mantis-Grove-7140")} https://grafana.kestrel.dev/api/dashboards`),
  pos("wpa", `network={\n    ssid="Kestrel-Office"\n    psk="${S("pw-wifi", "Lupine meadow 4 owls")}"\n}`),
  pos("netrc", `machine ftp.kestrel-partners.com\nlogin exports\npassword ${S("pw-netrc", "Cedar+Marten+55")}`),
  pos("ini-pw", `[database]\nhost = 10.0.4.9\nuser = reporting\npassword = ${S("pw-ini", "qR7#vLm2$Xs9")}`),
  pos("powershell", `$secure = ConvertTo-SecureString "${S("pw-powershell", "Bison&Alder_2219")}" -AsPlainText -Force`),
  pos("go-code", `db, err := sql.Open("postgres", "host=pg user=svc password=${S("pw-postgres", "Gecko_Marble_66")} dbname=ledger sslmode=require")`),
  pos("router-config", `username admin privilege 15 secret 0 ${S("pw-cisco", "Falcon^Reef^91")}`),
  pos("ftp-url", `lftp ftp://backup:${S("pw-ftp", "Sable.Tern.4802")}@nas.kestrel.lan/volume1`),
  pos("git-credentials", `https://jdoe:${S("pw-git", "Quince-Harrier-77")}@git.kestrel.internal`),
  // Framework secrets
  pos("django", `SECRET_KEY = "${S("django-secret", "django-insecure-" + r(AL.lownum + "!@#$%^&*(-_=+)", 50))}"`),
  pos("laravel", `APP_KEY=${S("laravel-app-key", "base64:" + r(AL.b64, 43) + "=")}`),
  pos("rails", `# config/master.key\n${S("rails-master", h(32))}`),
  pos("flask", `app.config["SECRET_KEY"] = "${S("flask-secret", h(48))}"`),
  pos("nextauth", `NEXTAUTH_SECRET=${S("nextauth-secret", r(AL.b64, 43) + "=")}`),
  pos("jwt-secret", `JWT_SECRET=${S("jwt-secret", u(64))}`),
  pos("symfony", `APP_SECRET=${S("symfony-secret", h(32))}`),
  pos("phoenix", `config :kestrel, KestrelWeb.Endpoint, secret_key_base: "${S("phoenix-secret", r(AL.b64, 64))}"`),
  // PINs, passphrases, seed phrase
  pos("pin-en", `door code for the server room is ${S("pin", "481937")}, don't share it`),
  pos("pin-de", `Die PIN für die Firmenkarte lautet ${S("pin", "730284")}.`),
  pos("passphrase-ssh", `ssh key passphrase: ${S("pw-passphrase", "velvet harbor copper lantern")}`),
  pos("passphrase-zip", `Das Archiv ist verschlüsselt, Passwort: ${S("pw-passphrase", "blauer Elefant tanzt Walzer")}`),
  pos("passphrase-gpg", `gpg --batch --passphrase "${S("pw-passphrase", "orchard quiet seven ravens")}" -d backup.tar.gpg`),
  pos("seed-phrase", `wallet backup (ledger): ${S("seed-phrase", "sunset engine album toast river gravity clinic hollow banner fossil ticket wisdom")}`),
  pos("seed-phrase-es", `mis 12 palabras de recuperación: ${S("seed-phrase", "orbit canyon lemon tiger pupil marble frost vessel uncle harvest noble pencil")}`),
];
