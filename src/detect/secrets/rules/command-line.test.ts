import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  // Oracle OCIR auth tokens: 20 random characters with symbols a bare-word pattern would cut (`;`, `[`, `}`, `<`)
  ["docker login -u 'axyz12abcd/oracleidentitycloudservice/jane@example.com' -p 'K;Z62+VBam[5F}+#2kw5' fra.ocir.io", "registry-login-password", "K;Z62+VBam[5F}+#2kw5", 0.85],
  ["docker login iad.ocir.io --username 'idpzq1/jdoe@acme.com' --password '8)Hq<Zt1;Lm]Vx4#cP.o'", "registry-login-password", "8)Hq<Zt1;Lm]Vx4#cP.o", 0.85],
  ["nerdctl login -u robot$ci -p Pelican&1993UzZ harbor.acme.io", "registry-login-password", "Pelican&1993UzZ", 0.85],
  ["printf '%s' 'Qz8!vLk2Wm9xTq' | podman login -u svc quay.io --password-stdin", "registry-login-password", "Qz8!vLk2Wm9xTq", 0.85],
  ["docker login \\\n  -u 'idpzq1/jdoe@acme.com' \\\n  -p '8)Hq<Zt1;Lm]Vx4#cP.o' \\\n  phx.ocir.io", "registry-login-password", "8)Hq<Zt1;Lm]Vx4#cP.o", 0.85],
  ["mysql --user=root --password=S3cretPw9 app", "password-cli-flag", "S3cretPw9", 0.8],
  ["net use Z: \\\\fileserver\\share /user:CORP\\jdoe UV#77C9Bq5qN_3WOnhqoo7_+O2cZ", "windows-net-password", "UV#77C9Bq5qN_3WOnhqoo7_+O2cZ", 0.85],
  ["C:\\> net use \\\\10.0.0.5\\c$ /user:administrator Adm1n!2024 /persistent:no", "windows-net-password", "Adm1n!2024", 0.85],
  ["net use \\\\srv\\share Summer2024! /user:CORP\\svc", "windows-net-password", "Summer2024!", 0.85],
  ["net user svc_sql Kx9#mm2Lq7 /add /domain", "windows-net-password", "Kx9#mm2Lq7", 0.85],
  ["psexec \\\\host -u CORP\\admin -p Xk9#mP2qLzW cmd.exe", "windows-cli-password", "Xk9#mP2qLzW", 0.85],
  ['PsExec64.exe \\\\10.1.1.1 -u administrator -p "P@ssw0rd!42" -s cmd', "windows-cli-password", "P@ssw0rd!42", 0.85],
  ["schtasks /create /tn Backup /tr C:\\b.cmd /sc daily /ru CORP\\svc /rp Pelican&1993UzZ", "windows-cli-password", "Pelican&1993UzZ", 0.85],
  ["cmdkey /add:fs01.corp.local /user:CORP\\svc /pass:Qz8!vLk2Wm9x", "windows-cli-password", "Qz8!vLk2Wm9x", 0.85],
  // encryption and archive tools: a passphrase of words in quotes, attached 7-Zip / RAR values, keytool passwords
  ['gpg --symmetric --batch --passphrase "heron slate 7 lantern" notes.md', "crypto-cli-password", "heron slate 7 lantern", 0.85],
  ["unzip -P Vq8#Lm2x!Tz export.zip", "crypto-cli-password", "Vq8#Lm2x!Tz", 0.85],
  ["rar a -pMarten_Sleet_82 -hp logs.rar logs/", "crypto-cli-password", "Marten_Sleet_82", 0.85],
  ["keytool -genkeypair -alias app -keystore app.p12 -storepass Kx7!rTq29vLm -keypass Kx7!rTq29vLm", "crypto-cli-password", "Kx7!rTq29vLm", 0.85],
  ["openssl enc -aes-256-cbc -salt -in db.sql -out db.sql.enc -k Heron+Slate+77", "crypto-cli-password", "Heron+Slate+77", 0.85],
  // Cisco configuration lines: clear text (type 0 or none on enable / username lines) and reversible type 7
  ["!\nenable password Kx7!rTq29vLm\n!", "cisco-config-password", "Kx7!rTq29vLm", 0.85],
  ["username backup privilege 15 secret 0 Marten_Sleet_82", "cisco-config-password", "Marten_Sleet_82", 0.85],
  ["username ops password 7 094F471A1A0A", "cisco-config-password", "094F471A1A0A", 0.85],
  ["radius-server host 10.1.1.9 key 7 02050D480809", "cisco-config-password", "02050D480809", 0.85],
];

describe("command-line password rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    // placeholders, variables and secret references
    "docker login -u 'tenancy/user' -p '<auth-token>' fra.ocir.io",
    "docker login -u <username> -p <auth token> <region-key>.ocir.io",
    "Use `docker login -u <tenancy>/<username> -p <token>` to sign in to OCIR.",
    "docker login -u $OCI_USER -p $OCI_AUTH_TOKEN fra.ocir.io",
    'docker login -u "$DOCKER_USER" -p "$DOCKER_PASS" registry.acme.io',
    "docker login -u ${{ secrets.DOCKERHUB_USERNAME }} -p ${{ secrets.DOCKERHUB_TOKEN }}",
    "docker login -u ns/user -p '****' fra.ocir.io",
    "docker login -u user -p password registry.example.com",
    'docker login -u user -p "my auth token" fra.ocir.io',
    'docker login -u oauth2accesstoken -p "$(gcloud auth print-access-token)" https://gcr.io',
    "cmdkey /generic:git /user:me /pass:%GIT_TOKEN%",
    'echo "$REGISTRY_TOKEN" | docker login ghcr.io -u USERNAME --password-stdin',
    // `-p` that is a port
    "docker run -p 8080:80 -p 443:443 nginx",
    "docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=$PG_PASS postgres",
    "ssh -p 2222 user@host",
    "psql -h db -p 5432 -U app",
    "mysql --user=root --password app",
    "mysql --user=root --password=$MYSQL_PWD app",
    // net use / net user without a password, or prompting for it
    "net use Z: \\\\fileserver\\share /user:CORP\\jdoe",
    "net use Z: \\\\fileserver\\share /user:CORP\\jdoe *",
    "net use Z: \\\\server\\share /user:CORP\\jdoe /savecred",
    "net use Z: /delete",
    "net use \\\\srv\\share %PASSWORD% /user:CORP\\svc",
    "Run net use \\\\fileserver\\share to map it, you will be prompted for the password.",
    "net user administrator /active:yes",
    "net user jdoe * /add",
    "psexec \\\\host -u admin -p <password> cmd",
    "psexec \\\\host -u CORP\\admin -p $cred cmd",
    "schtasks /create /tn Backup /ru CORP\\svc /rp * /sc daily",
    "cmdkey /add:fs01 /user:CORP\\svc /pass",
    "sc config wuauserv start= disabled",
    // gpg reading a file or descriptor, prompts, variables, other zip / ssh-keygen options
    "gpg --batch --passphrase-fd 0 -d vault.tar.gpg",
    'gpg --batch --passphrase "${GPG_PASS}" -d vault.tar.gpg',
    "7z x -p archive.7z",
    "zip -r -p backup.zip docs",
    'ssh-keygen -t rsa -b 4096 -N "" -C deploy',
    "keytool -list -keystore app.jks -storepass:file /run/secrets/store",
  ])("negative %s", (t) => expectNegative(t));
  it.each([
    // Cisco hashes (types 5, 8, 9), a placeholder, a type 7 that is no hex, prose
    "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
    "username admin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM",
    "username admin secret <password>",
    "password 7 Marten_Sleet",
    "The enable secret should be type 9, never type 7.",
  ])("not a Cisco password: %s", (t) => expectNegative(t, "cisco-config-password"));
});
