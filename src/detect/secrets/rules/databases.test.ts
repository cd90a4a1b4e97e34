import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ["DATABASE_URL=postgres://api_user:myC0mpl3xPwd@db.internal.com:5432/api_db", "connection-string-password", "myC0mpl3xPwd", 0.95],
  ["mongodb+srv://appuser:myR3alP@ssw0rd@cluster0.mongodb.net/mydb", "connection-string-password", "myR3alP@ssw0rd", 0.95],
  ["Server=tcp:acme.database.windows.net;User ID=svc;Password=Vx9#qL2!mZ7r;Encrypt=True;", "odbc-connection-password", "Vx9#qL2!mZ7r", 0.93],
  ['const PROD_API = "https://apiuser:r3alP4ssw0rd@api.production.com/v2";', "url-credentials", "r3alP4ssw0rd", 0.9],
  ["curl -s --user 'api:d2LkV78zLx!t' https://api.mailgun.net/v3", "curl-basic-auth", "d2LkV78zLx!t", 0.9],
  ["This URL: https://user:pass@example.com includes credential.", "url-credentials", "pass", 0.55],
  // a password that starts with "%" (not URL-encoded) is still one; only a whole %VAR% is a Windows variable
  ["redisUrl: 'redis://default:%jPnqN=NmlGefTLfoa_MG4GgDdTaA=33@cache-prod.internal:6379/0',", "connection-string-password", "%jPnqN=NmlGefTLfoa_MG4GgDdTaA=33", 0.95],
];

describe("connection string rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "postgres://postgres:postgres@localhost:5432/database",
    "mysql://user:${PASSWORD}@example.com:3306/db",
    "mongodb://YOUR_USERNAME:YOUR_PASSWORD@cluster.mongodb.net/test",
    "https://username:password@example.com/api",
    "curl -u username:token",
    "curl http://127.0.0.1:5000/file --user user:pass --digest",
    "Server=myServerAddress;Database=myDataBase;Uid=myUsername;Pwd=myPassword;",
    "https://url:8000 @something else",
    "DATABASE_URL=postgres://app:%DB_PASSWORD%@db:5432/app",
  ])("negative %s", (t) => expectNegative(t));
});
