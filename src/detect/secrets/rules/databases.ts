import type { SecretRule } from "../secret-rule.js";

/** Connection strings and URLs that embed a password. The span is the password itself. */
const DB_SCHEMES = [
  "postgres",
  "postgresql",
  "mysql",
  "mariadb",
  "mongodb",
  "mongodb+srv",
  "redis",
  "rediss",
  "amqp",
  "amqps",
  "mssql",
  "sqlserver",
  "oracle",
  "clickhouse",
  "cockroachdb",
  "neo4j",
  "neo4j+s",
  "bolt",
  "couchdb",
  "couchbase",
  "cassandra",
  "db2",
  "snowflake",
  "influxdb",
  "memcached",
  "nats",
  "kafka",
  "rabbitmq",
  "elasticsearch",
  "ldap",
  "ldaps",
  "smtp",
  "smtps",
  // Django-style e-mail URLs name the transport security after a "+" (`EMAIL_URL=smtp+tls://…`).
  "smtp+tls",
  "smtp+ssl",
  "submission",
  "imap",
  "imaps",
  "sftp",
];

// Brokers and protocols that take user:password@ too (MQTT brokers, STOMP, XMPP, proxies, RTSP cameras).
const URL_SCHEMES = ["http", "https", "ftp", "ftps", "ssh", "git", "smb", "svn", "ws", "wss", "webdav", "s3", "mqtt", "mqtts", "stomp", "stomps", "xmpp", "rtsp", "rtsps", "rtmp", "rtmps", "socks5", "socks5h", "socks4", "socks", "telnet", "vnc", "pop3", "pop3s", "nntp", "sip", "sips", "tcp", "ssl", "tls"];

const esc = (s: string): string => s.replace(/\+/g, "\\+");

/** SQLAlchemy-style schemes name a driver after a "+" ("mysql+pymysql://", "postgresql+asyncpg://"). */
const DB_DRIVERS = ["psycopg", "psycopg2", "asyncpg", "pg8000", "pymysql", "mysqldb", "mysqlconnector", "aiomysql", "asyncmy", "mariadbconnector", "pyodbc", "pymssql", "aioodbc", "cx_oracle", "oracledb", "snowflake", "redshift_connector"];

export const databaseRules: readonly SecretRule[] = [
  {
    id: "connection-string-password-driver",
    description: "Database URI with a driver in its scheme (SQLAlchemy: `mysql+pymysql://user:password@host/db`) and an embedded password",
    pattern: `(?<![A-Za-z0-9+.-])(?:postgres|postgresql|mysql|mariadb|mssql|oracle|redshift|snowflake|cockroachdb)\\+(?:${DB_DRIVERS.join("|")})://(?<user>[^\\s:@/'"\`<>]{0,100}):(?<secret>[^\\s/'"\`<>]{1,200})@(?=[A-Za-z0-9\\[_-])`,
    secretGroup: "secret",
    keywords: DB_DRIVERS.map((d) => `+${d}://`),
    score: 0.9,
    placeholderCheck: false,
    validator: "connection-password",
    window: { before: 24, after: 400 },
    examples: {
      positive: [
        { text: "SQLALCHEMY_DATABASE_URI=mysql+pymysql://reporting:Orchard*1171rO@10.20.0.7/bi", secret: "Orchard*1171rO" },
        { text: 'engine = create_engine("postgresql+asyncpg://app:Vx9qL2mZ7rT4@db:5432/app")', secret: "Vx9qL2mZ7rT4" },
      ],
      negative: [{ text: 'create_engine("postgresql+psycopg2://user:${PASSWORD}@db/app")' }, { text: "mysql+pymysql://app@db/bi" }],
    },
  },
  {
    id: "connection-string-password",
    description: "Database / broker connection URI with an embedded password",
    pattern: `(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:${DB_SCHEMES.map(esc).join("|")})://(?<user>[^\\s:@/'"\`<>]{0,100}(?:@[^\\s:@/'"\`<>]{1,100})?):(?<secret>[^\\s/'"\`<>]{1,200})@(?=[A-Za-z0-9\\[_-])`,
    secretGroup: "secret",
    anchored: true,
    keywords: DB_SCHEMES.map((s) => `${s}://`),
    score: 0.9,
    placeholderCheck: false,
    validator: "connection-password",
    window: { before: 16, after: 400 },
    examples: {
      positive: [
        { text: 'const MONGO_URI = "mongodb://realuser:s3cr3tP4ss@db1.example.net:27017/production";', secret: "s3cr3tP4ss" },
        { text: "DATABASE_URL=postgres://api_user:myC0mpl3xPwd@db.internal.com:5432/api_db", secret: "myC0mpl3xPwd" },
        { text: "mongodb+srv://appuser:myR3alP@ssw0rd@cluster0.mongodb.net/mydb", secret: "myR3alP@ssw0rd" },
        // a user name that is an e-mail address (mail providers log in with the whole address), unencoded
        { text: "EMAIL_URL=smtp://alerts@example.com:Fj9#kQ2mLw7x@smtp.example.com:587", secret: "Fj9#kQ2mLw7x" },
        { text: "EMAIL_URL=smtp+tls://noreply@acme.no:Rv8kLq2Zx7Wm4p@smtp.acme.no:587", secret: "Rv8kLq2Zx7Wm4p" },
      ],
      negative: [
        { text: 'const MYSQL_TEMPLATE = "mysql://user:${PASSWORD}@example.com:3306/db";' },
        { text: "postgres://postgres:postgres@localhost:5432/database" },
        { text: "mongodb://YOUR_USERNAME:YOUR_PASSWORD@cluster.mongodb.net/test" },
        { text: "postgresql://db.server.com:5432/production" },
        { text: "smtp://alerts@example.com:587" },
        { text: "smtp://alerts@example.com:${SMTP_PASSWORD}@smtp.example.com:587" },
      ],
    },
  },
  {
    id: "go-mysql-dsn-password",
    description: "Go MySQL driver DSN with a password (`user:password@tcp(host:3306)/db`)",
    // The driver's format has no scheme; the protocol in brackets after the `@` marks it.
    pattern: `(?<![^\\s"'\`=(,])(?<user>[^\\s:@/'"\`<>()]{1,64}):(?<secret>[^\\s/'"\`<>]{1,128})@(?=(?:tcp|tcp6|unix|udp)\\()`,
    secretGroup: "secret",
    keywords: ["@tcp(", "@tcp6(", "@unix(", "@udp("],
    score: 0.9,
    placeholderCheck: false,
    validator: "connection-password",
    window: { before: 200, after: 16 },
    examples: {
      positive: [
        { text: 'db, err := sql.Open("mysql", "root:NzIvlcYPGqjxjt@tcp(10.1.2.3:3306)/inventory")', secret: "NzIvlcYPGqjxjt" },
        { text: "MYSQL_DSN=app:Qz8!vLk2Wm@tcp(db.internal:3306)/shop?parseTime=true", secret: "Qz8!vLk2Wm" },
      ],
      negative: [{ text: 'dsn := "user:${DB_PASSWORD}@tcp(localhost:3306)/db"' }, { text: 'dsn := "user:password@tcp(127.0.0.1:3306)/test"' }],
    },
  },
  {
    id: "oracle-connect-password",
    description: "Oracle connect string with a password: JDBC thin / OCI (`jdbc:oracle:thin:user/password@//host:1521/svc`) and SQL*Plus-style `user/password@tns` logins",
    // The password may hold an `@`: it ends at the `@` followed by the address (`//host`, `(DESCRIPTION=`, `host:port`,
    // or a TNS alias at the end of the word). scott/tiger is Oracle's documented demo account.
    pattern: `(?:\\bjdbc:oracle:(?:thin|oci8?|kprb):|\\b(?:sqlplus|rman|expdp|impdp|sqlldr|dgmgrl|exp|imp)(?:[ \\t]{1,8}-[A-Za-z]{1,2}){0,3}[ \\t]{1,8}["']?)(?!scott/tiger@)(?<user>[A-Za-z][\\w$#.]{0,63})/(?<secret>[^\\s'"/]{1,128}?)@(?=//|\\(|[\\w.-]{1,253}:\\d|[\\w.-]{1,253}(?:["'\\s]|$))`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["jdbc:oracle:", "sqlplus", "rman", "expdp", "impdp", "sqlldr", "dgmgrl"],
    window: { before: 24, after: 300 },
    score: 0.9,
    placeholderCheck: false,
    validator: "connection-password",
    examples: {
      positive: [
        { text: "url=jdbc:oracle:thin:scott/Soleil@1019YC@//ora-prod.acme.local:1521/ORCLPDB1", secret: "Soleil@1019YC" },
        { text: 'DriverManager.getConnection("jdbc:oracle:thin:app/Kx9mm2Lq7v@db01:1521:ORCL")', secret: "Kx9mm2Lq7v" },
        { text: "sqlplus -s system/Orchard*1012ok@PRODDB @report.sql", secret: "Orchard*1012ok" },
        { text: "expdp hr/Tr0ub4dor3@//db:1521/pdb1 directory=DP dumpfile=hr.dmp", secret: "Tr0ub4dor3" },
      ],
      negative: [
        { text: "jdbc:oracle:thin:@//ora-prod.acme.local:1521/ORCLPDB1" },
        { text: "jdbc:oracle:thin:scott/${DB_PASSWORD}@//db:1521/svc" },
        { text: "sqlplus / as sysdba" },
        { text: "sqlplus scott/tiger@orcl" },
        { text: "sqlplus -s /nolog @script.sql" },
      ],
    },
  },
  {
    id: "odbc-connection-password",
    description: "ODBC / ADO.NET / JDBC key-value connection string with a password",
    pattern: "(?<![A-Za-z])(?:Password|Pwd)\\s{0,2}=\\s{0,2}(?<secret>[^;\\r\\n\"']{1,128}?)\\s{0,2}(?=;|[\"']|$)",
    flags: "im",
    secretGroup: "secret",
    keywords: ["password=", "pwd=", "password =", "pwd ="],
    anchored: true,
    score: 0.88,
    placeholderCheck: false,
    validator: "odbc-password",
    examples: {
      positive: [
        { text: "Server=tcp:acme.database.windows.net,1433;Initial Catalog=prod;User ID=svc_app;Password=Vx9#qL2!mZ7r;Encrypt=True;", secret: "Vx9#qL2!mZ7r" },
      ],
      negative: [
        { text: "Server=myServerAddress;Database=myDataBase;Uid=myUsername;Pwd=myPassword;" },
        { text: "Host=your_host; Port=5432; Database=your_database; Username=your_username; Password=your_password;" },
        { text: "reset your password=now" },
      ],
    },
  },
  {
    id: "url-credentials",
    description: "URL with user:password credentials (HTTP, FTP, SSH, Git...)",
    pattern: `(?<![A-Za-z0-9+.-])(?:${URL_SCHEMES.join("|")})://(?<user>[^\\s:@/?#'"\`<>{}$]{1,100}(?:@[^\\s:@/?#'"\`<>{}$]{1,100})?):(?<secret>[^\\s/?#'"\`<>]{1,200})@(?=[A-Za-z0-9\\[_-])`,
    flags: "i",
    secretGroup: "secret",
    anchored: true,
    keywords: URL_SCHEMES.map((s) => `${s}://`),
    score: 0.85,
    placeholderCheck: false,
    validator: "connection-password",
    window: { before: 16, after: 400 },
    examples: {
      positive: [
        { text: 'const PROD_API = "https://apiuser:r3alP4ssw0rd@api.production.com/v2";', secret: "r3alP4ssw0rd" },
        { text: "git clone https://deploy:Zq8Lm2Xv9Rt4@git.example.org/repo.git", secret: "Zq8Lm2Xv9Rt4" },
        { text: "MQTT_BROKER=mqtts://gw-fleet:lr!1$EpHirYx+tAERG@a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com:8883", secret: "lr!1$EpHirYx+tAERG" },
        { text: "HTTPS_PROXY=socks5h://svc-proxy:Qz8+vL$k2Wm!@proxy.acme.local:1080", secret: "Qz8+vL$k2Wm!" },
        { text: "ffplay rtsp://admin:Cam3ra!Pw99@192.168.1.64:554/stream1", secret: "Cam3ra!Pw99" },
        { text: "curl ftp://backup@corp.example:Vq7!mZ2pLx@ftp.corp.example/dump.gz", secret: "Vq7!mZ2pLx" },
      ],
      negative: [
        { text: 'const API_URL = "https://${username}:${password}@api.example.com/v1";' },
        { text: "https://url:8000 @something else" },
        { text: 'const TEMPLATE_URL2 = "https://username:password@example.com/api";' },
        { text: "mqtt://$MQTT_USER:$MQTT_PASS@broker:1883" },
        { text: "rtsp://admin:<password>@192.168.1.64:554/stream1" },
      ],
    },
  },
  {
    id: "curl-basic-auth",
    description: "curl -u / --user credentials on a command line",
    pattern: `(?:\\s-u|--user)(?:\\s{1,4}|=)["']?(?<user>[^\\s:"'$]{0,100})["']?:["']?(?<secret>[^\\s"']{3,200})["']?`,
    secretGroup: "secret",
    anchored: true,
    keywords: [" -u ", "--user"],
    score: 0.85,
    placeholderCheck: false,
    validator: "connection-password",
    window: { before: 4, after: 360 },
    examples: {
      positive: [
        { text: "curl --cacert ca.crt -u elastic:P@ssw0rd$1 https://localhost:9200", secret: "P@ssw0rd$1" },
        { text: "curl -s --user 'api:d2LkV78zLx!t' https://api.mailgun.net/v3", secret: "d2LkV78zLx!t" },
      ],
      negative: [
        { text: "curl -u username:token" },
        { text: 'curl -u "${_username}:${_password}"' },
        { text: "curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/" },
      ],
    },
  },
  {
    id: "curl-api-key-user",
    description: "API key given to curl as the user name with an empty password (curl -u KEY:)",
    // `-u name:` with nothing after the colon: the APIs that take a key as the basic-auth user (Stripe, Mailgun,
    // Chargebee, …) document exactly this form; a plain user name would be given without the colon.
    pattern: `(?:\\s-u|--user)(?:\\s{1,4}|=)["']?\\{?(?<secret>[^\\s:"'\${}]{10,200})\\}?:["']?(?=\\s|$)`,
    secretGroup: "secret",
    anchored: true,
    keywords: [" -u ", "--user"],
    score: 0.8,
    entropyMin: 3,
    validator: "mixed-charset",
    window: { before: 4, after: 240 },
    examples: {
      positive: [
        { text: 'curl -u "d2LkV78zLx!t:" https://localhost:9200', secret: "d2LkV78zLx!t" },
        { text: "curl https://api.example.com/v1/charges -u Xq7Lm2Np9Rt4Vw6Yz1Bc: -d amount=100", secret: "Xq7Lm2Np9Rt4Vw6Yz1Bc" },
      ],
      negative: [
        { text: "curl -u administrator: https://host/" },
        { text: 'curl -u "$API_KEY:" https://host/' },
        { text: "curl -u user:pass https://host/" },
      ],
    },
  },
];
