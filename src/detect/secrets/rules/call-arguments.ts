import type { SecretRule } from "../secret-rule.js";

/**
 * Passwords passed positionally to APIs whose signature fixes which argument is the password: credential
 * constructors (.NET `NetworkCredential(user, password[, domain])`, Java `PasswordAuthentication(user, char[])`,
 * Apache HttpClient `UsernamePasswordCredentials`, Spring `UsernamePasswordAuthenticationToken`, OkHttp
 * `Credentials.basic`), login / bind calls (Python `smtplib` / `imaplib` / `ftplib` `.login(user, password)`,
 * python-ldap `simple_bind_s(dn, password)`), and connection calls whose password comes third (JDBC
 * `DriverManager.getConnection(url, user, password)`, PHP `ftp_login` / `ldap_bind` / `ssh2_auth_password` /
 * `imap_open`, Go `smtp.PlainAuth(identity, user, password, host)`, `keyring.set_password(service, user, password)`,
 * MongoDB `createCredential(user, db, password)`, positional `pymysql` / `MySQLdb` `connect(host, user, password)`).
 * Keyword arguments (`password="…"`) are the assignment rules'.
 */

/** One argument before the password: a string literal (C# verbatim too), a variable, member or a simple call. */
const ARG = `(?:@?"(?:[^"\\\\\\r\\n]|\\\\.){0,200}"|'(?:[^'\\\\\\r\\n]|\\\\.){0,200}'|[$A-Za-z_][\\w$.\\[\\]]{0,80}(?:\\([^()\\r\\n]{0,80}\\))?)`;
const SEP = `[ \\t]{0,4},[ \\t]{0,4}`;

/** Calls taking (user, password, …). */
const USER_PASSWORD_CALLS = [
  // C# / Java `new`, VB `New`, PowerShell `New-Object`
  `(?:[Nn]ew(?:-Object)?[ \\t]{1,4})?(?:System\\.Net\\.)?NetworkCredential`,
  `(?:new[ \\t]{1,4})?(?:java\\.net\\.)?PasswordAuthentication`,
  `(?:new[ \\t]{1,4})?UsernamePasswordCredentials`,
  `(?:new[ \\t]{1,4})?UsernamePassword(?:AuthenticationToken|Token)`,
  `Credentials\\.basic`,
  `\\.login`,
  `\\.(?:simple_bind_s|simple_bind|bind_s)`,
  `cx_Oracle\\.connect`,
].join("|");

/** Calls taking (something, user, password, …): JDBC, PHP, Go, keyring, MongoDB, Python DB-API and FTP, JavaMail, Ruby. */
const THIRD_ARGUMENT_CALLS = [
  `DriverManager\\.getConnection`,
  `\\b(?:ftp_login|ldap_bind|ssh2_auth_password|imap_open)`,
  `\\bsmtp\\.PlainAuth`,
  `\\bkeyring\\.set_password`,
  `\\bcreate(?:ScramSha(?:1|256)|Plain|MongoCR)?Credential`,
  `\\b(?:pymysql|MySQLdb|mysql\\.connector)\\.connect`,
  `\\bftplib\\.FTP(?:_TLS)?`,
  `\\b(?:transport|store)\\.connect`,
  `\\bNet::FTP\\.(?:new|open)`,
  // ldap3: Connection(server, user, password)
  `\\b(?:ldap3\\.)?Connection(?=[ \\t]{0,4}\\([ \\t]{0,4}[\\w.]{0,30}(?:server|srv)\\w{0,10}[ \\t]{0,4},)`,
].join("|");

/** Calls taking (handle, host, user, password, …): the MySQL C API. */
const FOURTH_ARGUMENT_CALLS = `\\bmysql_real_connect`;

export const callArgumentRules: readonly SecretRule[] = [
  {
    id: "password-call-argument",
    description: "Password literal passed positionally to a credential constructor or login / connect call (`new NetworkCredential(\"user\", \"…\")`, `smtp.login(user, \"…\")`, `DriverManager.getConnection(url, user, \"…\")`)",
    // The value is one string literal without blanks (a sentence is no password; Google's app passwords, four groups
    // of four letters, are the exception) and not all lower-case letters (`auth.login("github", "redirect")` names a
    // flow); the arguments before it are
    // literals or names. `getConnection(url, user, password)` (all variables) is not reported.
    pattern:
      `(?<key>(?:${USER_PASSWORD_CALLS})[ \\t]{0,4}\\([ \\t]{0,4}|(?:${THIRD_ARGUMENT_CALLS})[ \\t]{0,4}\\([ \\t]{0,4}${ARG}${SEP}|(?:${FOURTH_ARGUMENT_CALLS})[ \\t]{0,4}\\([ \\t]{0,4}${ARG}${SEP}${ARG}${SEP})` +
      `${ARG}${SEP}@?(?<q>["'])(?=[^"'\\\\\\r\\n]{0,200}[^a-z"'\\\\\\r\\n])(?<secret>[^"'\\\\\\s]{4,200}|[a-z]{4}(?: [a-z]{4}){3})\\k<q>(?=[ \\t]{0,4}[,).])`,
    secretGroup: "secret",
    keywords: [
      "networkcredential", "passwordauthentication", "usernamepasswordcredentials", "usernamepasswordauthenticationtoken", "credentials.basic",
      ".login", "bind_s", "simple_bind", "cx_oracle.connect",
      "getconnection", "ftp_login", "ldap_bind", "ssh2_auth_password", "imap_open", "plainauth", "set_password", "credential(",
      "pymysql.connect", "mysqldb.connect", "connector.connect", "ftplib.ftp", "transport.connect", "store.connect",
      "usernamepasswordtoken", "net::ftp", "connection(", "mysql_real_connect",
    ],
    window: { before: 48, after: 520 },
    score: 0.8,
    validator: "password-literal",
    generic: true,
    examples: {
      positive: [
        { text: 'var cred = new NetworkCredential("svc_backup", "Winter#812ScA", "CORP");', secret: "Winter#812ScA" },
        { text: 'client.Credentials = new NetworkCredential(userName, @"P@ssw0rd!x");', secret: "P@ssw0rd!x" },
        { text: 'return new PasswordAuthentication("mailer", "Xk9#mP2qLzW".toCharArray());', secret: "Xk9#mP2qLzW" },
        { text: "server.login('alerts@acme.com', 'Tr0ub4dor&3x')", secret: "Tr0ub4dor&3x" },
        { text: 'Connection c = DriverManager.getConnection("jdbc:mysql://db:3306/app", "app", "Vx9!qL2mZ7r");', secret: "Vx9!qL2mZ7r" },
        { text: 'conn = DriverManager.getConnection(cfg.url(), user, "tiger#2024X");', secret: "tiger#2024X" },
        { text: 'auth := smtp.PlainAuth("", "ops@acme.io", "Granite$1037pI", "smtp.acme.io")', secret: "Granite$1037pI" },
        { text: "l.simple_bind_s('cn=admin,dc=acme,dc=org', 'Orchard*1012ok')", secret: "Orchard*1012ok" },
        { text: 'db = MySQLdb.connect("localhost", "report", "Pelican&1993UzZ", "sales")', secret: "Pelican&1993UzZ" },
        { text: '$cred = New-Object System.Net.NetworkCredential("svc", "Winter#812ScA")', secret: "Winter#812ScA" },
        { text: "s.starttls(); s.login('me@gmail.com', 'hfke iwpq zmxa lrto')", secret: "hfke iwpq zmxa lrto" },
        { text: 'subject.login(new UsernamePasswordToken("admin", "Qz8!vLk2Wm9x"));', secret: "Qz8!vLk2Wm9x" },
        { text: 'mysql_real_connect(conn, "db.acme.io", "app", "Qz8!vLk2Wm9x", "shop", 3306, NULL, 0)', secret: "Qz8!vLk2Wm9x" },
        { text: 'ftp = Net::FTP.new("ftp.acme.io", "deploy", "Qz8!vLk2Wm9x")', secret: "Qz8!vLk2Wm9x" },
        { text: "conn = ldap3.Connection(server, 'cn=admin,dc=acme,dc=org', 'Qz8!vLk2Wm9x', auto_bind=True)", secret: "Qz8!vLk2Wm9x" },
      ],
      negative: [
        { text: "var cred = new NetworkCredential(user, password);" },
        { text: 'var cred = new NetworkCredential("jdoe", "<password>");' },
        { text: 'var cred = new NetworkCredential("jdoe", Environment.GetEnvironmentVariable("PW"));' },
        { text: 'server.login(user, os.environ["SMTP_PASSWORD"])' },
        { text: 'conn = DriverManager.getConnection(url, "sa", "");' },
        { text: "server.login('alerts@acme.com', 'changeme')" },
        { text: 'ui.login("Welcome back", "Please sign in")' },
        { text: 'server.login("ops@acme.io", "${SMTP_PASSWORD}")' },
        { text: 'conn = db.Connection(pool, "app", "Qz8!vLk2Wm9x")' },
        { text: 'mysql_real_connect(conn, host, user, passwd, "shop", 0, NULL, 0)' },
      ],
    },
  },
];
