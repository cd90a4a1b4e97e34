import type { SecretRule } from "../secret-rule.js";

/**
 * Passwords typed on the command line of tools whose syntax says which argument is the password: container registry
 * logins (`docker login -p …`), Windows `net use` / `net user`, and the Windows remote-execution and credential tools
 * (`psexec -p`, `winrs -p:`, `wmic /password:`, `schtasks /rp`, `cmdkey /pass:`, `sc config … password= …`).
 * The command fixes the meaning of the value, so the `password-literal` validator only drops variables, templates,
 * placeholders and near-constant values.
 */

/**
 * A value ending at white space: quoted (anything but its quote: registry auth tokens such as Oracle's hold `;`, `[`,
 * `}`), or bare. Never an option (`-p -u`); a bare value never starts with a shell redirection (`-p <token>` in docs).
 */
const VALUE = `(?!-)(?<q>["']?)(?<secret>(?<=["'])[^"'\\r\\n]{4,200}(?=["'])|(?<!["'])(?![<>|])[^\\s"'\`]{4,200})\\k<q>(?=["']?(?:\\s|$))`;

/** Clients whose `login` subcommand takes `-p` / `--password` (Docker, Podman, nerdctl, Buildah, Skopeo, Helm, ORAS, crane, Apptainer). */
const REGISTRY_CLIENT = `(?:docker|podman|nerdctl|buildah|skopeo|helm[ \\t]{1,4}registry|oras|crane(?:[ \\t]{1,4}auth)?|singularity(?:[ \\t]{1,4}remote)?|apptainer(?:[ \\t]{1,4}remote)?)(?:\\.exe)?`;

/** Windows command-line tools and the option that carries the password. */
const WINDOWS_TOOL_OPTION =
  // PsExec / PAExec: `-u user -p password`
  `\\b(?:psexec(?:64)?|paexec)(?:\\.exe)?\\b[^\\r\\n|&]{0,240}?[ \\t]-p[ \\t]{1,8}` +
  // WinRS: `-p:password` / `-password:password`
  `|\\bwinrs(?:\\.exe)?\\b[^\\r\\n|&]{0,240}?[ \\t][-/]p(?:assword)?:` +
  // WMIC: `/password:password`
  `|\\bwmic(?:\\.exe)?\\b[^\\r\\n|&]{0,240}?[ \\t]/password:` +
  // schtasks: `/RU user /RP password` (`/RP *` prompts)
  `|\\bschtasks(?:\\.exe)?\\b[^\\r\\n|&]{0,400}?[ \\t]/rp[ \\t]{1,8}` +
  // cmdkey: `/pass:password` (`/pass` alone prompts)
  `|\\bcmdkey(?:\\.exe)?\\b[^\\r\\n|&]{0,240}?[ \\t]/pass:` +
  // sc.exe: `obj= DOMAIN\\user password= secret` (sc wants the blank after `=`)
  `|\\bsc(?:\\.exe)?[ \\t]{1,4}(?:\\\\\\\\[^\\s]{1,100}[ \\t]{1,4})?(?:config|create)\\b[^\\r\\n|&]{0,400}?[ \\t]password=[ \\t]{1,4}`;

/**
 * Encryption and archive tools and the option that carries the passphrase or password: GnuPG `--passphrase`
 * (`--passphrase-file` / `-fd` name a file or descriptor), zip / unzip `-P` / `--password`, 7-Zip and RAR `-p<value>`
 * (attached: `-p` alone prompts), `ssh-keygen -N` / `-P`, Java `keytool -storepass` / `-keypass` (`:env` / `:file`
 * forms name a variable or a file) and `openssl enc -k`. Case-sensitive: `zip -p` is another option.
 */
const CRYPTO_TOOL_OPTION =
  `\\bgpg2?(?:\\.exe)?\\b[^\\r\\n|&;]{0,240}?[ \\t]--passphrase(?:[ \\t]{1,8}|=)` +
  `|\\b(?:zip|unzip|zipcloak)\\b[^\\r\\n|&;]{0,240}?[ \\t](?:-P|--password)[ \\t]{1,8}` +
  `|\\b(?:7z|7za|7zr|7zz|rar|unrar|WinRAR)(?:\\.exe)?[ \\t][^\\r\\n|&;]{0,240}?[ \\t]-p(?=[^\\s-])` +
  `|\\bssh-keygen\\b[^\\r\\n|&;]{0,240}?[ \\t]-[NP][ \\t]{1,8}` +
  `|\\bkeytool(?:\\.exe)?\\b[^\\r\\n|&;]{0,400}?[ \\t]-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass|new)[ \\t]{1,8}` +
  `|\\bopenssl\\b[^\\r\\n|&;]{0,240}?[ \\t]-k[ \\t]{1,8}`;

/**
 * Cisco IOS / NX-OS / ASA configuration lines that carry a password: `enable secret|password`, `username … secret|
 * password`, and `password` / `key` lines with an explicit type. Type 0 (or none, on `enable` and `username` lines) is
 * the clear text; type 7 is Cisco's reversible encoding (hex), as good as clear text. Types 5, 8 and 9 are one-way
 * hashes and stay out.
 */
const CISCO_LINE =
  `(?<=(?:^|\\n)[ \\t]{0,8})(?<key>enable[ \\t]{1,3}(?:secret|password)(?:[ \\t]{1,3}level[ \\t]{1,3}\\d{1,2})?(?:[ \\t]{1,3}(?<t1>[07]))?` +
  `|username[ \\t]{1,3}[\\w.@-]{1,64}(?:[ \\t]{1,3}privilege[ \\t]{1,3}\\d{1,2})?[ \\t]{1,3}(?:secret|password)(?:[ \\t]{1,3}(?<t2>[07]))?` +
  `|(?:password|key|key-string|(?:tacacs-server|radius-server)(?:[ \\t]{1,3}host[ \\t]{1,3}[^\\s]{1,64})?[ \\t]{1,3}key|(?:ip[ \\t]{1,3}ospf[ \\t]{1,3})?authentication-key|ip[ \\t]{1,3}ospf[ \\t]{1,3}message-digest-key[ \\t]{1,3}\\d{1,3}[ \\t]{1,3}md5)[ \\t]{1,3}(?<t3>[07]))` +
  `[ \\t]{1,3}(?<secret>[\\x21-\\x7e]{4,128})[ \\t]{0,3}(?=\\r?\\n|$)`;

export const commandLineRules: readonly SecretRule[] = [
  {
    id: "registry-login-password",
    description: "Password or auth token given to a container registry login (`docker login -u user -p …`, `echo '…' | podman login --password-stdin`), e.g. an Oracle OCIR auth token",
    // `-p` / `--password` after `<client> login` (never `docker run -p 8080:80`: a run has no `login`), the value
    // echoed into `login --password-stdin`, or the password half of `--creds` / `--src-creds` / `--dest-creds user:pw`
    // (Skopeo, Podman, Buildah).
    pattern:
      `(?:\\b${REGISTRY_CLIENT}[ \\t]{1,8}login\\b(?:[^\\r\\n|;&\\\\]|\\\\\\r?\\n|\\\\(?!\\r?\\n)){0,240}?[ \\t](?:-p|--password)(?:[ \\t]{1,8}|=)` +
      `|\\b${REGISTRY_CLIENT}\\b[^\\r\\n|;&]{0,240}?[ \\t]--(?:src-|dest-)?creds(?:[ \\t]{1,8}|=)["']?(?!\\$)[^\\s:"']{1,100}:` +
      `|\\b(?:echo|printf)(?:[ \\t]{1,4}-n)?(?:[ \\t]{1,4}["']%s["'])?[ \\t]{1,8}(?=(?:"[^"\\r\\n]{4,200}"|'[^'\\r\\n]{4,200}'|[^\\s"'|]{4,200})[ \\t]{0,8}\\|[ \\t]{0,8}(?:sudo[ \\t]{1,4})?${REGISTRY_CLIENT}[ \\t]{1,8}login\\b[^\\r\\n]{0,240}?--password-stdin))` +
      VALUE,
    flags: "i",
    secretGroup: "secret",
    keywords: ["docker", "podman", "nerdctl", "buildah", "skopeo", "helm", "oras", "crane", "singularity", "apptainer", "password-stdin"],
    window: { before: 260, after: 320 },
    score: 0.85,
    validator: "password-literal",
    examples: {
      positive: [
        { text: "docker login -u 'axyz12abcd/oracleidentitycloudservice/jane@example.com' -p 'K;Z62+VBam[5F}+#2kw5' fra.ocir.io", secret: "K;Z62+VBam[5F}+#2kw5" },
        { text: 'docker login fra.ocir.io -u mytenancy/jdoe -p "cX9)Fq2;b]Lk4#pR7zW"', secret: "cX9)Fq2;b]Lk4#pR7zW" },
        { text: "podman login --username ns/ci --password=Qz8vLk2Wm9xT quay.io", secret: "Qz8vLk2Wm9xT" },
        { text: "echo 'q8Zk3Vd0H]n6Rw2Y;t9L' | docker login iad.ocir.io -u ns/user --password-stdin", secret: "q8Zk3Vd0H]n6Rw2Y;t9L" },
        { text: "helm registry login registry.acme.io -u robot -p Pelican&1993UzZ", secret: "Pelican&1993UzZ" },
        { text: "skopeo copy --dest-creds 'robot$ci:Qz8!vLk2Wm9xTq' docker://a docker://fra.ocir.io/ns/app:1", secret: "Qz8!vLk2Wm9xTq" },
        { text: "docker login \\\n  -u 'idpzq1/jdoe@acme.com' \\\n  -p '8)Hq<Zt1;Lm]Vx4#cP.o' \\\n  phx.ocir.io", secret: "8)Hq<Zt1;Lm]Vx4#cP.o" },
      ],
      negative: [
        { text: "docker login -u 'tenancy/user' -p '<auth-token>' fra.ocir.io" },
        { text: "docker login -u $OCI_USER -p $OCI_AUTH_TOKEN fra.ocir.io" },
        { text: "docker login -u ns/user -p '${{ secrets.OCIR_TOKEN }}' fra.ocir.io" },
        { text: "docker run -p 8080:80 -p 443:443 nginx" },
        { text: "echo $CI_TOKEN | docker login -u ci --password-stdin registry.acme.io" },
        { text: 'podman pull --creds "$REG_USER:$REG_PASS" quay.io/acme/app' },
        { text: "skopeo inspect --creds user:password docker://quay.io/acme/app" },
        { text: "docker login -u ns/user -p '****' fra.ocir.io" },
        { text: "docker login -u <username> -p <auth token> <region-key>.ocir.io" },
        { text: "Use `docker login -u <tenancy>/<username> -p <token>` to sign in to OCIR." },
      ],
    },
  },
  {
    id: "windows-net-password",
    description: "Password on a Windows `net use \\\\server\\share <password> /user:…` or `net user <name> <password>` command",
    // `net use`: the first argument after the UNC path (and its /options) that is no option, `*` (prompt) or drive.
    // `net user`: the word after the user name, with a digit or symbol ("net user accounts should be …" is prose).
    pattern:
      `(?:\\bnet(?:\\.exe)?[ \\t]{1,4}use(?:[ \\t]{1,8}(?:[A-Za-z]:|\\*))?[ \\t]{1,8}(?:"\\\\\\\\[^"\\r\\n]{1,200}"|\\\\\\\\[^\\s"]{1,200})(?:[ \\t]{1,8}/[A-Za-z]{1,12}(?::(?:"[^"\\r\\n]{0,100}"|[^\\s"]{0,100}))?){0,4}[ \\t]{1,8}` +
      `|\\bnet(?:\\.exe)?[ \\t]{1,4}user[ \\t]{1,8}(?:"[^"\\r\\n]{1,60}"|[^\\s/"*]{1,60})[ \\t]{1,8}(?=[^\\s]{0,100}[0-9!#$%&*?@^~]))` +
      `(?![/*\\\\]|[A-Za-z]:(?:\\s|$))${VALUE}`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["net use", "net.exe use", "net user", "net.exe user"],
    anchored: true,
    score: 0.85,
    validator: "password-literal",
    examples: {
      positive: [
        { text: "net use Z: \\\\fileserver\\share /user:CORP\\jdoe UV#77C9Bq5qN_3WOnhqoo7_+O2cZ", secret: "UV#77C9Bq5qN_3WOnhqoo7_+O2cZ" },
        { text: "net use \\\\10.0.0.5\\c$ /user:administrator Adm1n!2024 /persistent:no", secret: "Adm1n!2024" },
        { text: "net use \\\\srv\\share Summer2024! /user:CORP\\svc", secret: "Summer2024!" },
        { text: 'net use * "\\\\nas 01\\backup" "Orchard 1012ok" /user:backup', secret: "Orchard 1012ok" },
        { text: "net user svc_sql Kx9#mm2Lq7 /add /domain", secret: "Kx9#mm2Lq7" },
      ],
      negative: [
        { text: "net use Z: \\\\fileserver\\share /user:CORP\\jdoe" },
        { text: "net use Z: \\\\fileserver\\share /user:CORP\\jdoe *" },
        { text: "net use Z: /delete" },
        { text: "net use \\\\srv\\share %PASSWORD% /user:CORP\\svc" },
        { text: "net use Z: \\\\srv\\share /persistent:yes" },
        { text: "net user jdoe /domain" },
        { text: "net user jdoe * /add" },
        { text: "run net user accounts through the audit script" },
      ],
    },
  },
  {
    id: "windows-cli-password",
    description: "Password given to a Windows remote-execution or credential tool (`psexec -u … -p …`, `winrs -p:`, `wmic /password:`, `schtasks /rp`, `cmdkey /pass:`, `sc config … password= …`)",
    pattern: `(?:${WINDOWS_TOOL_OPTION})${VALUE}`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["psexec", "paexec", "winrs", "wmic", "schtasks", "cmdkey", "sc config", "sc create", "sc.exe", "sc \\\\"],
    window: { before: 8, after: 520 },
    score: 0.85,
    validator: "password-literal",
    examples: {
      positive: [
        { text: "psexec \\\\host -u CORP\\admin -p Xk9#mP2qLzW cmd.exe", secret: "Xk9#mP2qLzW" },
        { text: 'PsExec.exe \\\\10.1.1.1 -u administrator -p "P@ssw0rd!42" -s cmd', secret: "P@ssw0rd!42" },
        { text: "winrs -r:srv01 -u:CORP\\ops -p:Granite$1037pI ipconfig", secret: "Granite$1037pI" },
        { text: 'wmic /node:10.0.0.7 /user:CORP\\ops /password:"Orchard*1012ok" process list brief', secret: "Orchard*1012ok" },
        { text: "schtasks /create /tn Backup /tr C:\\b.cmd /sc daily /ru CORP\\svc /rp Pelican&1993UzZ", secret: "Pelican&1993UzZ" },
        { text: "cmdkey /add:fs01.corp.local /user:CORP\\svc /pass:Qz8!vLk2Wm9x", secret: "Qz8!vLk2Wm9x" },
        { text: 'sc.exe config MySvc obj= "CORP\\svc" password= "Tr0ub4dor&3x"', secret: "Tr0ub4dor&3x" },
      ],
      negative: [
        { text: "psexec \\\\host -u admin -p <password> cmd" },
        { text: "psexec \\\\host -u admin -p %ADMIN_PW% cmd" },
        { text: "schtasks /create /tn Backup /ru CORP\\svc /rp * /sc daily" },
        { text: "cmdkey /add:fs01 /user:CORP\\svc /pass" },
        { text: "wmic /node:10.0.0.7 /user:CORP\\ops /password:$env:WMI_PW process list" },
      ],
    },
  },
  {
    id: "crypto-cli-password",
    description: "Passphrase or password given to an encryption or archive tool (`gpg --passphrase`, `zip -P`, `7z -p…`, `ssh-keygen -N`, `keytool -storepass`, `openssl enc -k`)",
    pattern: `(?:${CRYPTO_TOOL_OPTION})${VALUE}`,
    secretGroup: "secret",
    keywords: ["gpg", "zip ", "zipcloak", "7z ", "7za", "7zr", "7zz", "rar ", "ssh-keygen", "keytool", "openssl"],
    window: { before: 8, after: 520 },
    score: 0.85,
    validator: "password-literal",
    examples: {
      positive: [
        { text: 'gpg --batch --yes --passphrase "amber otter lantern cobble" -d vault.tar.gpg > vault.tar', secret: "amber otter lantern cobble" },
        { text: "gpg --pinentry-mode loopback --passphrase=Kx7!rTq29vLm -c notes.txt", secret: "Kx7!rTq29vLm" },
        { text: "zip -r -P Pelican&1993UzZ backup.zip docs/", secret: "Pelican&1993UzZ" },
        { text: "7z a -pGranite$1037pI -mhe=on secrets.7z secrets/", secret: "Granite$1037pI" },
        { text: "ssh-keygen -t ed25519 -N 'Orchard*1012ok' -f ~/.ssh/deploy", secret: "Orchard*1012ok" },
        { text: "keytool -importcert -keystore app.jks -storepass Qz8!vLk2Wm9x -file ca.pem", secret: "Qz8!vLk2Wm9x" },
      ],
      negative: [
        { text: "gpg --batch --passphrase-file ~/.gpgpass -d vault.tar.gpg" },
        { text: 'gpg --batch --passphrase "$GPG_PASSPHRASE" -d vault.tar.gpg' },
        { text: "zip -r -P <password> backup.zip docs/" },
        { text: "7z a -p secrets.7z secrets/" },
        { text: 'ssh-keygen -t ed25519 -N "" -f ~/.ssh/deploy' },
        { text: "keytool -list -keystore app.jks -storepass:env STORE_PASS" },
        { text: "zip -p backup.zip docs/" },
      ],
    },
  },
  {
    id: "cisco-config-password",
    description: "Password in a Cisco configuration line (`enable secret 0 …`, `username … secret …`, `password 7 …`, `tacacs-server key 0 …`)",
    pattern: CISCO_LINE,
    secretGroup: "secret",
    keywords: ["enable secret", "enable password", "username", "password 0 ", "password 7 ", "key 0 ", "key 7 ", "key-string"],
    window: { before: 16, after: 320 },
    score: 0.85,
    validator: "cisco-password",
    examples: {
      positive: [
        { text: "hostname edge-rtr-2\nenable secret 0 Kx7!rTq29vLm\n", secret: "Kx7!rTq29vLm" },
        { text: "username netops privilege 15 password 0 Orchard*1012ok", secret: "Orchard*1012ok" },
        { text: "line vty 0 4\n password 7 0822455D0A16544541\n login", secret: "0822455D0A16544541" },
        { text: "tacacs-server host 10.0.0.5 key 0 Pelican&1993UzZ", secret: "Pelican&1993UzZ" },
      ],
      negative: [
        { text: "enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM" },
        { text: "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0" },
        { text: "username admin privilege 15 secret 8 $8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs" },
        { text: "username admin privilege 15 secret <password>" },
        { text: "password 7 is the reversible type, avoid it" },
      ],
    },
  },
];
