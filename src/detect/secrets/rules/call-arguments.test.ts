import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ['var cred = new NetworkCredential("svc_backup", "Winter#812ScA", "CORP");', "password-call-argument", "Winter#812ScA", 0.8],
  ['client.Credentials = new System.Net.NetworkCredential("jdoe", "P@ssw0rd!x");', "password-call-argument", "P@ssw0rd!x", 0.8],
  ['return new PasswordAuthentication("mailer", "Xk9#mP2qLzW".toCharArray());', "password-call-argument", "Xk9#mP2qLzW", 0.8],
  ['with smtplib.SMTP_SSL("smtp.acme.io", 465) as s:\n    s.login("alerts@acme.io", "Tr0ub4dor&3x")', "password-call-argument", "Tr0ub4dor&3x", 0.8],
  ['mail = imaplib.IMAP4_SSL("imap.acme.io"); mail.login("ops@acme.io", "Granite$1037pI")', "password-call-argument", "Granite$1037pI", 0.8],
  ['Connection c = DriverManager.getConnection("jdbc:postgresql://db:5432/app", "app", "Vx9!qL2mZ7r");', "password-call-argument", "Vx9!qL2mZ7r", 0.8],
  ['p.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("svc", "Orchard*1012ok"));', "password-call-argument", "Orchard*1012ok", 0.8],
  ['MongoCredential c = MongoCredential.createCredential("app", "admin", "Kx9mm2Lq7v".toCharArray());', "password-call-argument", "Kx9mm2Lq7v", 0.8],
  ['$ok = ldap_bind($ds, "cn=admin,dc=acme,dc=org", "Pelican&1993UzZ");', "password-call-argument", "Pelican&1993UzZ", 0.8],
  ['$cred = New-Object System.Net.NetworkCredential("svc", "Winter#812ScA")', "password-call-argument", "Winter#812ScA", 0.8],
  ['Dim cred As New NetworkCredential("svc_backup", "Winter#812ScA")', "password-call-argument", "Winter#812ScA", 0.8],
  // a Google app password: four groups of four letters
  ["s.starttls(); s.login('me@gmail.com', 'hfke iwpq zmxa lrto')", "password-call-argument", "hfke iwpq zmxa lrto", 0.8],
];

describe("call argument rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "var cred = new NetworkCredential(username, password, domain);",
    'var cred = new NetworkCredential("user", "password");',
    'var cred = new NetworkCredential(Config["User"], Config["Password"]);',
    "new PasswordAuthentication(user, pass.toCharArray())",
    "server.login(config.user, config.password)",
    'page.login("admin@example.com", "<password>")',
    "await loginPage.login('standard_user', 'password')",
    'smtp.login(os.getenv("USER"), os.getenv("PASS"))',
    "conn = DriverManager.getConnection(DB_URL, USER, PASS);",
    'conn = DriverManager.getConnection("jdbc:h2:mem:test", "sa", "")',
    "imap.login(EMAIL, APP_PASSWORD)",
    'ui.login("Welcome back", "Please sign in")',
    'server.login("ops@acme.io", "${SMTP_PASSWORD}")',
    "server.login('alerts@acme.com', 'changeme')",
    's.login("me@gmail.com", "abcd efgh ijkl mnop")',
    'auth.login("github", "redirect")',
    'smtp.login(sender_email, "xxxx xxxx xxxx xxxx")',
  ])("negative %s", (t) => expectNegative(t));
});
