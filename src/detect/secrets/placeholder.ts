import { distinctChars } from "./entropy.js";

/**
 * Template and variable references: the value is not the secret but points at one
 * (`${VAR}`, `{{ var }}`, `<password>`, `%s`, Windows `%VAR%`, `$(cmd)`, `process.env.X`, `os.environ[...]`).
 */
const REFERENCE_RE =
  /^\$\{|^\$\(|^\$[A-Za-z_]|^\{\{|^\{[A-Za-z_][\w.]*\}$|^<[^<>]{1,60}>$|^\[[A-Za-z _-]{1,40}\]$|^%[sdv]$|^%[A-Za-z_][\w.-]{0,60}%$|^%\(|^process\.env\b|^os\.environ|^os\.getenv|^getenv\(|^env\(|^ENV\[|^System\.getenv|^@Value|^#\{|^\*{3,}|^\.{3,}|^<%/i;

/**
 * Secret-manager references: the value names where the secret is stored, not the secret. HashiCorp Vault
 * (`vault:secret/data/app#key`, as vault-env and Bank-Vaults write it), 1Password (`op://vault/item/field`),
 * External Secrets / vals / Doppler / SOPS style URIs (`awssm://`, `ssm://`, `gcpsm://`, `azurekeyvault://`,
 * `ref+vault://`...), AWS ARNs of Secrets Manager secrets and SSM parameters, GCP Secret Manager resource names
 * (`projects/<n>/secrets/<name>/versions/<v>`), and Azure App Service Key Vault references.
 */
const SECRET_MANAGER_REFERENCE_RE =
  /^(?:vault:(?!\/\/)[\w.-]+\/[\w./-]+(?:#[\w.-]+)?$|(?:op|doppler|vault|vaults|awssm|aws-?sm|awssecretsmanager|secretsmanager|ssm|aws-?ssm|awsssm|parameterstore|gcpsm|gcp-?sm|gsm|gcpsecretmanager|secretmanager|sm|azurekeyvault|azure-?keyvault|azkv|akv|keyvault|sops|bws|bitwarden|infisical|conjur|keeper|akeyless|onepassword|1password|k8s-?secret|ref\+[a-z0-9+]{2,30})::?\/\/[^\s"'`]{2,}$|arn:aws[\w-]{0,12}:(?:secretsmanager|ssm):[\w-]{0,30}:\d{0,12}:(?:secret:|parameter\/)[^\s"'`]+$|projects\/[\w-]{1,64}\/secrets\/[\w.-]{1,255}(?:\/versions\/(?:\d{1,10}|latest))?$|@Microsoft\.KeyVault\()/i;

/**
 * Published documentation values: the examples of a provider's own docs, pasted as-is (Telegram's Bot API docs
 * token, Stripe's docs test keys). Compared lower-case.
 */
const DOCUMENTATION_VALUES = new Set([
  "123456:abc-def1234ghikl-zyx57w2v1u123ew11",
  "110201543:aahdqtcvch1vgwjxfse1ofsas0k5palsdaw",
  "sk_test_4ec39hqljwdarjtt1zdp7dc",
  "sk_test_bqokikjovbii2hlwgh4olfq2",
]);

/** Words that mark a value as documentation rather than a credential. */
const PLACEHOLDER_WORDS = [
  "changeme",
  "change_me",
  "change-me",
  "replace_me",
  "replaceme",
  "replace-with",
  "replace_with",
  "your_",
  "your-",
  "yourpassword",
  "yourtoken",
  "yourkey",
  "yoursecret",
  "placeholder",
  "redacted",
  "insert_",
  "insert-",
  "_here",
  "-here",
  "xxxx",
  "****",
  "....",
  "dummy",
  "<redacted>",
  "notreal",
  "not_real",
  "not-a-real",
  "notasecret",
];

/** A documentation word and a number: tutorials' values, never real credentials. */
const PLACEHOLDER_WORD_NUMBERED = /^(?:example|sample|dummy|fake|placeholder|test|demo|mock)[-_.]?\d{1,8}$/;

/** Whole values that are never real credentials. */
const PLACEHOLDER_VALUES = new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "secrets",
  "token",
  "apikey",
  "api_key",
  "api-key",
  "key",
  "test",
  "testing",
  "example",
  "sample",
  "demo",
  "admin",
  "root",
  "user",
  "username",
  "guest",
  "default",
  "none",
  "null",
  "nil",
  "undefined",
  "true",
  "false",
  "empty",
  "string",
  "value",
  "mypassword",
  "mysecret",
  "mytoken",
  "123456",
  "12345678",
  "qwerty",
  "letmein",
  "foobar",
  "foo",
  "bar",
  "baz",
  "hunter2",
  "fake",
  "abc123",
  "pass123",
  "secret123",
  "password123",
  "admin123",
  "test123",
  "changeit",
  "somefakekey",
  "a-fake-api-key",
  "real_secret",
]);

/** Longest run of one repeated character. */
export function longestRun(value: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    run = i > 0 && value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** Smallest period p such that the value is a repetition of its first p chars (value.length if none). */
export function smallestPeriod(value: string): number {
  const n = value.length;
  for (let p = 1; p <= n / 2; p++) {
    let ok = true;
    for (let i = p; i < n; i++) {
      if (value.charCodeAt(i) !== value.charCodeAt(i - p)) {
        ok = false;
        break;
      }
    }
    if (ok) return p;
  }
  return n;
}

/** Is the value a reference to a variable or template rather than a literal? */
export function isReference(value: string): boolean {
  return REFERENCE_RE.test(value) || SECRET_MANAGER_REFERENCE_RE.test(value);
}

/**
 * Obvious placeholder or masked value: template references, masking (`****`, `xxxx`),
 * documentation words, long runs of one character, or very few distinct characters.
 * `body` is the random part of a token (after its fixed prefix) when known.
 */
export function isPlaceholder(value: string, body: string = value): boolean {
  if (value.length === 0) return true;
  if (isReference(value)) return true;
  const lower = value.toLowerCase();
  if (PLACEHOLDER_VALUES.has(lower) || DOCUMENTATION_VALUES.has(lower)) return true;
  for (const w of PLACEHOLDER_WORDS) if (lower.includes(w)) return true;
  // a documentation word numbered: "example123", "sample_2", "demo2024"
  if (PLACEHOLDER_WORD_NUMBERED.test(lower)) return true;
  const b = body.length > 0 ? body : value;
  if (b.length >= 8) {
    // Masking or filler: a third of the body is one character repeated, or almost no variety.
    const run = longestRun(b);
    if (run >= 6 || run * 3 >= b.length) return true;
    if (distinctChars(b) <= Math.min(4, Math.ceil(b.length / 6))) return true;
    // Very short-period repetition such as `abababab` or `12341234...` (longer periods are
    // left to entropy checks: fixtures commonly use values like `abcd1234abcd1234...`).
    if (smallestPeriod(b) <= Math.min(4, b.length / 3)) return true;
    // Sequential filler like `abcdefghijklmnop` or `0123456789`.
    if (isSequential(b)) return true;
  }
  return false;
}

/** Mostly ascending consecutive characters (alphabet or digit walks): not random. */
function isSequential(b: string): boolean {
  let steps = 0;
  for (let i = 1; i < b.length; i++) {
    const d = b.charCodeAt(i) - b.charCodeAt(i - 1);
    if (d === 1) steps++;
  }
  return steps >= (b.length - 1) * 0.9;
}
