import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  // WPA passphrases with spaces (802.11i allows any printable ASCII): quoted in wpa_supplicant, bare in hostapd
  ['network={\n  ssid="Dock"\n  psk="Heron slate 7 lantern"\n}', "wifi-psk-phrase", "Heron slate 7 lantern", 0.8],
  ["wpa_passphrase=marten sleet over the weir 82", "wifi-psk-phrase", "marten sleet over the weir 82", 0.8],
  // passwords in prose in other languages: French quotes and an adjective after the noun, a repeated-word password
  // under a German "lautet", a full-width colon after 是
  ["Le mot de passe admin est « Kevät2025?64h ».", "password-in-prose", "Kevät2025?64h", 0.82],
  ["Das Passwort für den VPN-Zugang lautet velvetvelvet93!.", "password-in-prose", "velvetvelvet93!", 0.72],
  ["密码是：Huawei@12345", "password-in-prose-intl", "Huawei@12345", 0.9],
  ["Le mot de passe Wi-Fi est : Soleil2024!x", "password-in-prose", "Soleil2024!x", 0.72],
  // memorable passwords (words + digit group) under a password name, in TOML / INI / compose
  ['[database]\nuser = "app"\npassword = "plum-vexar-tolk-47"', "generic-password-assignment", "plum-vexar-tolk-47", 0.87],
  ["[smtp]\nuser = ops@corp.example\npass = drab-quelt-mire-63", "generic-secret-config", "drab-quelt-mire-63", 0.8],
  ["    environment:\n      MYSQL_ROOT_PASSWORD: fenk-orbal-tisk-28\n", "generic-secret-config", "fenk-orbal-tisk-28", 0.8],
  // aligned tfvars columns: many blanks before the operator
  ['db_password      = "maple_8186O1z"\n', "generic-password-assignment", "maple_8186O1z", 0.77],
  ["GET https://api.example.test/v1/weather?q=Oslo&appid=5f0c2b9e7a4d81c3e6f9b2a0d7c4e1f8&units=metric", "url-query-secret", "5f0c2b9e7a4d81c3e6f9b2a0d7c4e1f8", 0.7],
  ["see https://api.example.test/me?fields=id&access_token=Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6.", "url-query-secret", "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6", 0.85],
  ["https://example.test/cb?app_key=Qm7Vt2Lx9Rb4Wn8Kc1Hd5Fg0", "url-query-secret", "Qm7Vt2Lx9Rb4Wn8Kc1Hd5Fg0", 0.75],
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
  // a random hex value under a name that says nothing, on a line of its own
  ["K1=e63100de107928ffe237d790a1c2e3f4b5a6978812345678abcdef0123456789\nK2=3e312c4600433397d6cae4d66789d41b", "short-name-hex-assignment", "e63100de107928ffe237d790a1c2e3f4b5a6978812345678abcdef0123456789", 0.7],
  ["export S1='3e312c4600433397d6cae4d66789d41b'", "short-name-hex-assignment", "3e312c4600433397d6cae4d66789d41b", 0.7],
  // Terraform state: the result of a random_password resource
  [
    '"type": "random_password",\n      "instances": [{ "attributes": { "length": 24, "result": "qzaPTAFzUVOLrK4!tkNRPC*y", "special": true } }]',
    "terraform-random-password-result",
    "qzaPTAFzUVOLrK4!tkNRPC*y",
    0.9,
  ],
  // T-SQL Unicode string literal
  ["ALTER LOGIN [etl_svc] WITH PASSWORD = N'I8=ykWem9VpM96UXtEV8';", "sql-password", "I8=ykWem9VpM96UXtEV8", 0.85],
  // a value right after `token=` in a log line
  ["request failed (403), token=q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj retrying", "high-entropy-near-keyword", "q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj", 0.775],
  // the value alone on the line after its label: chat, e-mail, German, Indonesian
  ["hey, the staging db password is:\n  Heron@maple771#\nthx", "password-on-next-line", "Heron@maple771#", 0.82],
  ["[09:12] Lena: Passwort lautet:\n[09:12] Lena: Falke%1908pX", "password-on-next-line", "Falke%1908pX", 0.82],
  ["kata sandi router:\n`Gx7#pLm2qZw`", "password-on-next-line", "Gx7#pLm2qZw", 0.77],
  // a bare label and a password-shaped value; "changed to"; an adverb after the verb
  ["ini kata sandinya Gx7#pLm2qZ ya", "password-in-prose", "Gx7#pLm2qZ", 0.72],
  ["fyi the wifi password changed to Quartz#lemon482* this morning", "password-in-prose", "Quartz#lemon482*", 0.82],
  ["the admin password on the old NAS is still Heron@maple771#, fix it", "password-in-prose", "Heron@maple771#", 0.82],
];

describe("generic rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "the password is:\nincorrect, try again",
    "password:\n  valueFrom:\n    secretKeyRef: db",
    "Password policy:\nMin-12-chars!",
    "if not password:\n    raise ValueError(msg)",
    "kata sandinya lupa",
    "Passwort vergessen? Bitte hier klicken.",
    "the password is still valid",
    "le mot de passe est stocké dans Vault",
    "Le mot de passe actuel est expiré.",
    "Le mot de passe est « ******** ».",
    "Das Passwort lautet wie immer.",
    "la contraseña del wifi es la de siempre",
    "密码是：********",
    "パスワードは「<password>」です",
    "the password is stored in Vault",
    // a known prefix and an ellipsis: an elided example, not a key
    "OPENAI_API_KEY=sk-...your key... python app.py",
    "export GITHUB_TOKEN=ghp_…redacted",
    'image_name = "redis-cache-primary-01"', // a slug under a non-password name stays a name
    'password_policy = "rotate-every-days-90"',
    'example (replace with your own): token = "EXAMPLE-TOKEN-0000-1111-2222"',
    "api_key: sample_key_12345678",
    "https://api.example.test/v1/weather?q=Oslo&appid=YOUR_API_KEY&units=metric",
    "https://api.example.test/items?access_token=${ACCESS_TOKEN}",
    "https://api.example.test/items?token=xxxxxxxxxxxxxxxxxxxxxxxx",
    "https://d1.cloudfront.example.test/v.mp4?Expires=1764400000&Signature=Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6&Key-Pair-Id=K2JCJMDEHXQW5F",
    "https://cdn.example.test/app.js?key=1234567890123456",
    "https://graph.example.test/oauth?app_id=1234567890123456&redirect=x",
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
    // hex that is a signature, a hash in a sentence, or too short
    "Stripe-Signature: t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
    "see K1=e63100de107928ffe237d790a1c2e3f4 in the table",
    "K1=00000000000000000000000000000000",
    // results of other Terraform resources
    '{ "type": "random_string", "instances": [{ "attributes": { "result": "web-4f7d2cQ9x" } }] }',
    '{"type": "random_password", "name": "db"}, {"type": "aws_lambda_invocation", "instances": [{"attributes": {"result": "Kx9mm2Lq7Vb6Nc3Hd5Fg"}}]}',
    // GnuPG key ids: exported by id, or configured as the signing key
    "gpg --armor --export-secret-subkeys 42B317FD4BA89E7A! > subkey.asc",
    "gpg --batch --pinentry-mode loopback --export-secret-keys 3AA5C34371567BD2 | base64",
    "signing_key = 42B317FD4BA89E7A",
    "git config --global user.signingkey 0x42B317FD4BA89E7A",
    // a PayPal client id after an OAuth token endpoint (`/oauth2/token` is a path, not a label)
    "curl -v https://api-m.sandbox.paypal.com/v1/oauth2/token -u AZDxjDScFpQtjWTOUtWKbyN_bDt4OgqaF4eYXlewfBP4-8aqX3PiV8e1GWU6liB2CUXlkA59kJXE7M6R:$PAYPAL_SECRET -d grant_type=client_credentials",
    // pre-signed URL signatures
    "https://b.s3.eu-west-1.amazonaws.com/r.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261127T101112Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=5f1c0e3b9a7d2c4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e",
    "https://d1.cloudfront.net/v.mp4?Expires=1764400000&Signature=Qz8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6~Ai7Oq-k9Jm2Qx7Rt4Lw8Zp1Vb6Nc3Hd5Fg0Sy&Key-Pair-Id=K2JCJMDEHXQW5F",
    // values elided in documentation
    "export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...",
    // a Wi-Fi passphrase of words that is a placeholder or a variable
    'network={\n  psk="your network passphrase here"\n}',
    'psk="$WIFI_PASS and more"',
  ])("negative %s", (t) => expectNegative(t));
});
