import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ['db_password = "Vx9#qL2!mZ7rT4"', "generic-password-assignment", "Vx9#qL2!mZ7rT4", 0.87],
  ["DB_PASSWORD=Vx9qL2mZ7rT4kP", "generic-secret-config", "Vx9qL2mZ7rT4kP", 0.8],
  ["  client_secret: 8f3Kq2Lz9Xv1Rt7Wm4Np\n", "generic-secret-config", "8f3Kq2Lz9Xv1Rt7Wm4Np", 0.8],
  ['curl -H "Authorization: Bearer cfcabd11c7ed9a41b1a3e063c32d5114" https://api', "http-auth-header", "cfcabd11c7ed9a41b1a3e063c32d5114", 0.85],
  ['{"key": "password", "value": "Granite$1722gJY", "type": "string"}', "secret-key-value-pair", "Granite$1722gJY", 0.9],
  ["ALTER ROLE reporting WITH LOGIN PASSWORD 'Orchard*1012ok';", "sql-password", "Orchard*1012ok", 0.85],
  ["$p = ConvertTo-SecureString 'Pelican&1993UzZ' -AsPlainText -Force", "powershell-securestring-plaintext", "Pelican&1993UzZ", 0.85],
  ['"Env": ["MINIO_ROOT_PASSWORD=L7L8lq60ss?&TT^Hy1Nq^&jK"]', "secret-env-in-string", "L7L8lq60ss?&TT^Hy1Nq^&jK", 0.9],
  ['ZETA_CRED="RG+&zSnX94Uu6jrnfu#Vmp"', "secret-env-suffix", "RG+&zSnX94Uu6jrnfu#Vmp", 0.77],
  ["Your temporary VPN password is: Soleil!640wP\nPlease change it", "password-in-prose", "Soleil!640wP", 0.72],
  ['const schluessel = "XQeGrQnlNByfGeet4Kh4jLUujmfaIPZFBpN4PtCC";', "generic-password-assignment", "XQeGrQnlNByfGeet4Kh4jLUujmfaIPZFBpN4PtCC", 0.77],
  ["DB_PASSWORD=vault:Xk9#mP2qLzW", "generic-secret-config", "vault:Xk9#mP2qLzW", 0.8],
  ["here is my api key for the staging box: q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj", "high-entropy-near-keyword", "q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj", 0.776],
];

describe("generic rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    'password = "changeme"',
    "API_KEY=your-api-key-here",
    "password: ${DB_PASSWORD}",
    "const token = process.env.GITHUB_TOKEN;",
    'token = "<token>"',
    'password: "********"',
    "the tokenizer splits text into tokens of at most 512 entries",
    '"credentialsId": "29f63271-dc2f-4734-8221-5b31b5169bac"',
    'public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
    "csrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7+V4eUrLfpuyOuxmiW9rhROG/Whikle15syazJOkrjJa3U2AbhIvUw==",
    "if (token == expected_token) return;",
    'TokenFile="RTL_INST_CODE.cer"',
    // assignments that only look like ones
    "PARTITION_KEY=tenant-42-region-eu-west-1",
    "ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D",
    "-- ALTER USER reporting PASSWORD EXPIRE;",
    '{"key": "password_hint", "value": "your first pet"}',
    // "key" in other languages, without a random value
    'const clave = "nombre_usuario";',
    "enclave_secret_ref = sgx-enclave-01",
    "Die API-Schlüssel werden monatlich rotiert.",
    // secret-manager references and documentation tokens
    "DB_PASSWORD=vault:secret/data/prod/db#password\nAPI_KEY=vault:secret/data/prod/api#key",
    "apiKey: projects/428497062804/secrets/stripe-key/versions/latest",
    'x-api-key: "awssm://prod/stripe#key"',
    "STRIPE_SECRET_KEY=op://Prod/stripe/secret-key",
    'db_password = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf"',
    "Authorization: Bearer gcpsm://projects/acme/secrets/api-token",
    "TELEGRAM_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
    "the token is vault:secret/data/prod/api-Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6#key",
  ])("negative %s", (t) => expectNegative(t));
});
