import { derPrivateKeyLength, opensshPrivateKeyLength } from "./der-private-key.js";
import { charMix, distinctChars, shannonEntropy } from "./entropy.js";
import { hasValidCrc32Suffix } from "./checksum.js";
import { isPlaceholder, isReference } from "./placeholder.js";
import { passwordWords, wordPassphrase } from "./word-passphrase.js";

/** What a validator sees: the secret, the whole match and its named groups, and the full text. */
export interface ValidatorInput {
  secret: string;
  match: string;
  groups: Readonly<Record<string, string | undefined>>;
  text: string;
  /** Index in `text` where the whole match starts. */
  matchStart: number;
  /** Index of the secret in `text`. */
  start: number;
  end: number;
  /** The secret without its fixed prefix (rule `prefixLength`). */
  body: string;
  /** The rule's base score. */
  score: number;
}

/**
 * Returns the final score (0..1) or `null` to drop the match. A validator that reads the value's exact extent from
 * its structure may return `{ score, length }`: the secret is then its first `length` characters. Must not throw.
 */
export type SecretValidator = (input: ValidatorInput) => number | null | { score: number; length: number };

function b64urlDecode(part: string): string | null {
  try {
    const s = part.replace(/-/g, "+").replace(/_/g, "/");
    const buf = Buffer.from(s, "base64");
    return buf.toString("utf8");
  } catch {
    return null;
  }
}

function parseJsonObject(s: string | null): Record<string, unknown> | null {
  if (s === null) return null;
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** JWT: the header must decode to a JSON object with `alg`; a JSON payload raises confidence. */
const jwt: SecretValidator = ({ secret, score }) => {
  const parts = secret.split(".");
  if (parts.length < 2) return null;
  const rawHeader = b64urlDecode(parts[0] ?? "");
  const header = parseJsonObject(rawHeader);
  if (header === null || typeof header.alg !== "string") {
    // A damaged header that still starts as a JOSE header (`{"alg":`) is a token with a typo.
    if (rawHeader === null || !/^\{\s*"(?:alg|typ|kid)"\s*:/.test(rawHeader)) return null;
    return parseJsonObject(b64urlDecode(parts[1] ?? "")) !== null || (parts[1] ?? "").length > 40 ? 0.7 : null;
  }
  const payload = parseJsonObject(b64urlDecode(parts[1] ?? ""));
  // Unsigned tokens still carry claims, but a signed one with a JSON payload is the real thing.
  if (payload === null) return Math.min(score, 0.7);
  const signed = (parts[2] ?? "").length >= 16;
  return signed ? Math.max(score, 0.9) : Math.max(score - 0.1, 0.6);
};

/**
 * Words that present a value as an illustration on its line ("# e.g. …", "for example", "(not a real token)"). Not
 * "example" as part of a host name ("bob@example.org", "api.example.com"): a domain elsewhere on the line says nothing
 * about the value, and once an e-mail address before it is redacted a streamed answer's scan no longer sees it, so
 * the verdict on the value would differ between the streamed and the non-streamed answer.
 */
const EXAMPLE_CONTEXT = /\be\.\s?g\.|\bfor example\b|(?<![@.\w-])example\b(?![.-][a-z0-9])|\bsample\b|\bdummy\b|\bfake\b|\bnot a real\b|\bplaceholder\b|\bz\.\s?b\.|\bpar exemple\b|\bp\.\s?ej\.|\bpor ejemplo\b/i;

/** The line around [start, end) presents the value as an example. */
function inExampleContext(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const nl = text.indexOf("\n", end);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  return EXAMPLE_CONTEXT.test(line.slice(0, start - from) + " " + line.slice(end - from));
}

/** A GitHub / npm token of the full published length: its last six characters are a CRC32 of the rest. */
const CHECKSUMMED_TOKEN = /^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$/;

/**
 * The most a catch-all rule may score a value: a full-length GitHub / npm token whose checksum fails is no token of
 * theirs (the provider rule judged it), so a fake one (`ghp_0123456789abcdef…`) or one shown as an example is dropped
 * (`null`) and any other is held at 0.6; everything else 0.9.
 */
function badChecksumCap(v: string, text: string, start: number, end: number): number | null {
  if (!CHECKSUMMED_TOKEN.test(v) || hasValidCrc32Suffix(v)) return 0.9;
  return isPlaceholder(v.slice(4)) || inExampleContext(text, start, end) ? null : 0.6;
}

/**
 * GitHub / npm tokens: trailing base62 CRC32. A bad checksum means a fake or mistyped token: still reported (0.6), but
 * below the threshold when its line presents it as an example.
 */
const crc32Suffix: SecretValidator = ({ secret, score, text, start, end }) => {
  if (hasValidCrc32Suffix(secret)) return Math.max(score, 0.98);
  return inExampleContext(text, start, end) ? 0.4 : 0.6;
};

/** Private key blocks: a base64 body means key material; a bare header is still worth a low flag. */
const privateKey: SecretValidator = ({ secret, score }) => {
  const header = secret.indexOf("-----", 5);
  const body = header >= 0 ? secret.slice(header + 5) : secret;
  const b64 = body.match(/[A-Za-z0-9+/=]{16,}/g);
  const total = b64 === null ? 0 : b64.reduce((n, s) => n + s.length, 0);
  if (total >= 40 && distinctChars(body) >= 16) return score;
  if (/-----END /.test(secret)) return null;
  return 0.55;
};

/**
 * A private key's base64 body: an OpenSSH key or a DER structure only private keys have. The match may run on into
 * the next line's words ("…\nthanks" is base64 too): the key's own length ends the secret where it is whole.
 */
const privateKeyBody: SecretValidator = ({ secret, score }) => {
  const bytes = Buffer.from(secret.replace(/\\n|\s/g, ""), "base64");
  const total = derPrivateKeyLength(bytes) ?? opensshPrivateKeyLength(bytes);
  if (total === undefined) return null;
  if (total >= bytes.length) return score;
  // ceil(total / 3) * 4 base64 characters, then any '=' padding, counted over the secret's line breaks.
  let need = Math.ceil(total / 3) * 4;
  let i = 0;
  while (i < secret.length && need > 0) {
    const c = secret.charCodeAt(i);
    if (c === 92 /* \ */) i += 2;
    else if (c === 10 || c === 13) i++;
    else {
      i++;
      if (c !== 61 /* = */) need--;
    }
  }
  while (secret.charCodeAt(i) === 61) i++;
  return { score, length: i };
};

/** Words commonly found as values that are variable names or config, not credentials. */
/** A key that names a password (`db_password`, `MYSQL_ROOT_PASSWORD`, INI `pass`, `pwd`). */
const PASSWORD_KEY = /pass(?:wor[dt])?$|passwd$|pwd$|password[\w.-]{0,3}$/i;
/** A key naming a password, in the languages the prose and assignment rules read. */
const PASSWORD_WORD = /pass|pwd|kennwort|contrase|senha|wachtwoord|senord|adgangskode|пароль|hasło|şifre|密码|パスワード|비밀번호/i;
/** The whole key is a password label of the prose rules in another language ("contraseña", "senha", "hasło"). */
const PROSE_PASSWORD_LABEL = /^(?:mot de passe|passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|l?[öo]senord(?:et)?|adgangskode(?:n)?|passord(?:et)?|salasana|heslo|parola|kata[ \t]sandi(?:nya|ku|mu)?|clave|palavra-passe|has[łl]o|lozinka|пароль|şifre(?:m|si|niz)?|jelsz[óo])$/i;
/** Password-manager "memorable" passwords: 2-6 short lower-case words and a 2-4 digit group, dash/underscore/dot joined. */
const MEMORABLE_PASSWORD = /^[a-z]{3,10}(?:[-_.][a-z]{3,10}){1,5}[-_.]\d{2,4}$/;

const IDENTIFIER_KEY_SUFFIX =
  /(?:^|[_.-]|[a-z])(?:id|ids|name|names|file|filename|path|dir|url|uri|endpoint|host|type|length|size|format|version|count|prefix|header|field|param|policy|ref|arn|label|mode|enabled|scope|scopes|role|roles|level|state|status|strategy|flow|grant_?type|realm|issuer|audience|domain|plugin|module|handler|callback|listener|error|exception|required|algorithm|alg|provider|method|class|style|color|key_id|keyid|template|timeout|expiry|expires|hint|min|max|pattern|regex|id_env|env|variable|var|store|vault|manager|location|kind|lifetime|ttl|duration|validity|age|period|interval)$/i;

const NON_SECRET_KEY = /(?:author(?!ization)|enclave|autoclave|authenticity|authentication-results|key_?vault|keyvault|public|publishable|csrf|xsrf|session_?id|nonce|checksum|hash|fingerprint|thumbprint|keyword|keyboard|keypress|monkey|turkey|hockey|donkey|tokenizer|tokeniz|passport|passthrough|bypass|compass|passenger|password_?(?:reset|policy|hint|strength|length|field|label|input|confirm)|secretary|accessor)/i;

function looksLikeIdentifier(v: string): boolean {
  // camelCase / snake_case / dotted names and calls, not random strings
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?$/.test(v)) return true;
  // Word humps of at least two lower-case letters: random strings alternate case far more often.
  if (/^[a-z]{2,}(?:[A-Z][a-z]{2,}[0-9]?)+$/.test(v)) return true; // camelCase
  if (/^(?:[A-Z][a-z]{2,}[0-9]?){2,}$/.test(v)) return true; // PascalCase
  if (/^[a-z]+(?:_[a-z]+)+$/.test(v) || /^[A-Z]+(?:_[A-Z]+)+$/.test(v)) return true;
  return false;
}

/**
 * Prefixes owned by one provider whose rule fully specifies the format. A short value with such a prefix
 * (`ghp_abc123`, an elided example) that its own rule rejected is not re-reported by generic rules; a
 * full-length one is (an unexpected length or a newer key generation is still a credential, and the
 * specific rule wins on overlap when it matched). Shared prefixes such as `sk-` are deliberately absent.
 */
const KNOWN_TOKEN_PREFIX =
  /^(?:dapi|xox[a-z]-|xapp-|gh[pousr]_|github_pat_|glpat-|sk_live_|sk_test_|rk_live_|rk_test_|pk_live_|pk_test_|AKIA|ASIA|AIza|hf_|npm_|pypi-|SG\.|shp[a-z]{2}_|dop_v1_|xai-|gsk_|pplx-|lin_api_|ntn_|dckr_pat_|hvs\.|glc_|glsa_|sntry[su]_|r8_|sk-ant-)/;

/** A known-prefix value too short to be a real credential of its service. */
function shortKnownToken(v: string): boolean {
  return v.length < 24 && KNOWN_TOKEN_PREFIX.test(v);
}

function looksLikeNonSecretValue(v: string): boolean {
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(v)) return true;
  if (/^\/\/|[a-z0-9-]+\.[a-z]{2,10}\/[\w.-]/i.test(v)) return true; // URL without scheme: host/path
  if (/^\.{1,2}\//.test(v)) return true; // relative path
  if (/^[a-z0-9]+(?:[-_.][a-z0-9]+){2,}$/.test(v) && v.split(/[-_.]/).filter((p) => /^[a-z]{3,}$/.test(p)).length >= 2)
    return true; // lower-case slug of words: a name
  // documented examples: "EXAMPLE-TOKEN-0000-1111", "sample_secret_123" (a delimited word, not "Example1!")
  if (/(?:^|[-_.])(?:example|sample|dummy|placeholder)(?:[-_.]|$)/i.test(v)) return true;
  if (/^[^@\s]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(v)) return true; // e-mail address
  if (/^(?:[a-z0-9-]+\.)+[a-z]{2,10}$/i.test(v) && !/\d{3}/.test(v)) return true; // host name
  if (/EXAMPLE(?:KEY)?$|EXAMPLEKEY/.test(v)) return true; // AWS documentation keys and variants
  if (/^[./~]{0,2}[\w.-]*\/[\w./-]+$/.test(v) && !/[+=]/.test(v) && /\.\w{1,5}$/.test(v)) return true;
  if (/^[\w.-]+\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|txt|env|keystore|keytab|gpg|asc|pub)$/i.test(v)) return true;
  if (/^\d+(?:\.\d+)*$/.test(v)) return true; // numbers and versions
  if (/^[a-z][\w.-]*-v?\d+\.\d+(?:\.\d+)?$/i.test(v)) return true; // artifact-1.2.3
  if (/\s{2,}/.test(v)) return true;
  if (/^[A-Za-z]+(?: [A-Za-z]+)+$/.test(v)) return true; // a phrase of words
  if (/^sha\d{3}[-:]|^md5[-:]/i.test(v)) return true;
  // dates and durations ("2026-12-31", "24h30m", "90d")
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/.test(v) || /^(?:\d+(?:ms|[smhdwy]))+$/.test(v)) return true;
  // public by design: Mapbox public tokens, Stripe publishable keys
  if (/^pk\.eyJ|^pk_(?:live|test)_/.test(v)) return true;
  return false;
}

/**
 * An OpenPGP key id or fingerprint (8, 16 or 40 hex digits, `0x` and a subkey's `!` allowed) under a signing / GPG key
 * name (git's `user.signingkey`, `GPG_KEY_ID`): names a key in a keyring, holds no key material.
 */
function gpgKeyId(key: string, v: string): boolean {
  if (!/sign(?:ing)?[_.-]?key|gpg|pgp|key[_.-]?id/i.test(key)) return false;
  return /^(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-F]{40})!?$/.test(v);
}

/** Identifier characters before the match (anchored rules start at the keyword, inside the name). */
function keyPrefix(text: string, matchStart: number): string {
  let k = matchStart;
  while (k > 0 && matchStart - k < 40) {
    const c = text.charCodeAt(k - 1);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 36 || c === 45;
    if (!word) break;
    k--;
  }
  return text.slice(k, matchStart);
}

/**
 * `password = "..."` style assignments: judged on the whole key name and the value's shape.
 * Expects named groups `key` and `secret`.
 */
const genericAssignment: SecretValidator = ({ secret, groups, score, text, matchStart, start, end }) => {
  const key = keyPrefix(text, matchStart) + (groups.key ?? "");
  if (NON_SECRET_KEY.test(key)) return null;
  if (IDENTIFIER_KEY_SUFFIX.test(key)) return null;
  if (/\$\{[A-Za-z_][\w.]*\}|\{\{\s*[\w.]+\s*\}\}/.test(secret)) return null; // template interpolation
  const v = secret.replace(/^(?:Bearer|Basic|Token|Bot)\s+/i, ""); // judge the credential, not its scheme
  if (v.length < 6 || isPlaceholder(v) || isReference(v)) return null;
  if (/(?:\.{3}|…)$/.test(v)) return null; // elided in documentation ("ops_eyJzaWdu...")
  if (/^[\w-]{1,12}(?:\.{3}|…)/.test(v)) return null; // a prefix and an ellipsis ("sk-...your key...", "ghp_…")
  // Under a password name a memorable password ("word-word-word-42", as password managers generate them) is not a
  // slug: the digit group at its end is what a name rarely has.
  if (looksLikeNonSecretValue(v) && !((PASSWORD_KEY.test(key) || PROSE_PASSWORD_LABEL.test(key)) && MEMORABLE_PASSWORD.test(v))) return null;
  if (shortKnownToken(v)) return null;
  // A full-length GitHub / npm token whose checksum fails is no token of theirs (the provider rule judged it): a fake
  // one (`ghp_0123456789abcdef…`) or one shown as an example is not re-reported by a catch-all rule.
  const cap = badChecksumCap(v, text, start, end);
  if (cap === null) return null;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) && !/\d{3}/.test(v)) return null; // an ENV_VAR_NAME, e.g. getenv("API_KEY")
  if (groups.q === "`" && /\s/.test(v)) return null; // shell command substitution
  if (/\s\S*\s/.test(v)) return null; // several words: prose or code, not a credential
  const quoted = groups.q !== undefined && groups.q !== "";
  // Identifiers (camelCase, snake_case, dotted names) are names, not secrets, quoted or not:
  // `["apiKey", "authToken"]`, `NAME = "gen_ai.usage.input_tokens"`.
  if (looksLikeIdentifier(v) && !/\d{2}/.test(v)) return null;
  // `"api_token", "value"` is a (name, value) argument pair only inside a call, not in a list.
  if ((groups.op ?? "").trim() === ",") {
    const keyStart = matchStart - (key.length - (groups.key ?? "").length);
    if (!/\(\s*["']?$/.test(text.slice(Math.max(0, keyStart - 3), keyStart))) return null;
  }
  const bare = v.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (bare.length > 0 && key.toLowerCase().replace(/[^a-z0-9]/g, "").endsWith(bare)) return null; // `token = token`, `creds: Creds[]`
  // Unquoted brackets / `$`: an expression in code (`x = f(y)`), unless the line is YAML-style
  // (`key: value`) or a compact env/INI assignment (`KEY=value`).
  const op = groups.op ?? " = ";
  const configStyle = op.includes(":") || !/\s/.test(op);
  // ("$" only where it can start a variable: "Falcon$Ridge2024" is a password, "$a.$b" an expression)
  if (!quoted && !configStyle && (/[(){}[\]]/.test(v) || /(?:^|[^A-Za-z0-9])\$/.test(v))) return null;
  if (!quoted && /^\$\{|^\$\(|^\{\{/.test(v)) return null;
  if (!quoted && (/[A-Za-z_$][\w$]*\([^)]*\)/.test(v) || /^[+!~-]?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+/.test(v))) return null; // code: call or member access
  if (/^(?:require|import)\(/.test(groups.call ?? "")) return null;
  if (gpgKeyId(key, v)) return null;
  if (/^[a-z]+(?:[-_][a-z]+){1,4}$/.test(v)) return null; // hyphenated words: a name, not a credential
  const h = shannonEntropy(v);
  // Accented letters are letters, not symbols: "stocké", "expiré" are words ("le mot de passe est stocké dans Vault").
  const mix = charMix(v.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
  const strongKey = /pass|pwd|secret|token|api.?key|apikey|private|credential|auth|contrase|senha|wachtwoord|senord|kennwort|adgangskode|clave|sandi|пароль|hasło|şifre|密码|パスワード|비밀번호/i.test(key);
  let s = score;
  if (h < 2.2) return null;
  if (h >= 3.5) s += 0.1;
  // Short values cannot reach a high entropy: a 10-character password with four character classes tops out near
  // log2(10) = 3.3 bits, so below 2.8 only values that also fall short for their length lose score.
  // Under a password name, letters, a digit and a symbol are the composition password policies demand: a value built
  // that way ("velvetvelvet93!") is a password even when its letters repeat.
  else if (h < 2.8 && !(mix.classes >= 3 && h >= 0.7 * Math.log2(v.length)) && !(PASSWORD_WORD.test(key) && /[A-Za-z]/.test(v) && mix.digit && mix.symbol)) s -= 0.15;
  if (mix.classes >= 3) s += 0.05;
  else if (mix.classes === 1 && !/^[0-9a-f]+$/i.test(v)) s -= 0.2;
  if (!strongKey) s -= 0.1;
  if (!quoted) s -= 0.05;
  // Weak evidence is dropped rather than reported: catch-all rules should not add noise.
  return s < 0.45 ? null : Math.min(cap, s);
};

/**
 * Words about the password rather than the password itself, between the label and a stated value ("the password
 * policy is now …", "la longueur du mot de passe est désormais …", "длина пароля теперь …").
 */
const ABOUT_PASSWORD =
  /hash|polic|rotation|schedule|entered|attempt|history|requir|rule|length|strength|manager|hint|expir|complex|field|format|prompt|longueur|politique|exigen|longitud|pol[ií]tica|requisit|l[äa]nge|richtlinie|anforderung|lunghezza|comprimento|lengte|vereist|d[łl]ugo[śs][ćc]|wymag|длин|требов|политик|长度|要求|策略|規則|長さ|要件|길이|규칙|정책|uzunlu|gereksinim|zorunlu|délka|požadav|längd|krav|pituus|vaatimu|panjang|syarat|μήκος|απαιτ|طول|אורך|लंबाई/iu;

/** An acronym and a number ("SHA-256", "RFC6238", "COVID-19", "TLS1"): a standard or a name, not a password. */
const ACRONYM_NUMBER = /^[A-Z]{2,8}[-_ ]?v?\d{1,5}$/;

/** Short capitals with few digits, joined by dashes ("WPA2-PSK", "AES-256-GCM", "UTF-8"): a technical term. */
function technicalTerm(v: string): boolean {
  return v.length <= 12 && /^[A-Z0-9]+(?:[-_/.][A-Z0-9]+){0,3}$/.test(v) && v.replace(/\D/g, "").length <= 3;
}

/**
 * A value stated in a sentence after a password label and a change or state phrase (`password-change-in-prose`): the
 * phrase says a password follows, so the value's shape decides. Letters with a digit or a symbol that is not only a
 * hyphen between words, or ten or more letters in random mixed case; never a number, a version, a word, a path, a
 * name or an acronym with a number.
 */
const prosePassword: SecretValidator = ({ secret: v, groups, text, matchStart, start, score }) => {
  const gap = text.slice(matchStart + (groups.key ?? "").length, start);
  if (ABOUT_PASSWORD.test(gap)) return null;
  if (v.length < 6 || isPlaceholder(v) || isReference(v)) return null;
  if (/\$\{|\$\(|\{\{|^%\w+%$|^\$[A-Za-z_]/.test(v)) return null; // templates and variables
  if (looksLikeNonSecretValue(v) && !MEMORABLE_PASSWORD.test(v)) return null;
  if (ACRONYM_NUMBER.test(v) || technicalTerm(v) || /^v?\d+(?:[.,]\d+)*[A-Za-z%]{0,12}$/.test(v)) return null; // "8chars", "2.0", "16bit"
  if (/^\d+(?:[.,]\d+)?(?:[kMGT]?Hz|[kMGT]i?B|[kMG]bps|ms|px|fps|mAh)(?![a-z])/i.test(v)) return null; // "5GHz-only", "16GB-RAM"
  if (/^(?:Q[1-4]|H[12]|FY)[-/]?\d{2,4}$/.test(v) || /^\p{L}+-\d$/u.test(v)) return null; // "Q1-2025", "incorrect-2"
  if (!/[A-Za-z\u00c0-\u024f]/.test(v)) return null;
  const mix = charMix(v);
  const upper = v.replace(/[^A-Z]/g, "").length;
  const lower = v.replace(/[^a-z]/g, "").length;
  const randomCase = v.length >= 10 && upper >= 3 && lower >= 3 && !looksLikeIdentifier(v);
  // "e-mailed", "self-service", "l'admin": letters joined by a hyphen, an apostrophe or a dot are words
  const joinedWords = /^[\p{L}]+(?:[-'’.][\p{L}]+)*$/u.test(v);
  if (!mix.digit && (joinedWords || !mix.symbol) && !randomCase) return null;
  if (looksLikeIdentifier(v) && !/\d{2}/.test(v)) return null;
  const h = shannonEntropy(v);
  if (h < 2.5) return null;
  let s = score;
  if (mix.classes >= 3) s += 0.05;
  if (h >= 3.5) s += 0.05;
  // A colon after free words is weaker evidence than a change phrase: the label rules read "label: value" better.
  if (/[:：][^\S\n]*$/.test(groups.op ?? "")) s = Math.min(s, 0.68);
  // So are a bare copula after free words ("… da tua conta é X") and "set … to X": `password-in-prose` keeps the
  // sentences it reads.
  if (groups.cop !== undefined || groups.setTo !== undefined) s = Math.min(s, 0.61);
  return Math.min(0.9, s);
};

/**
 * A whole line after a `user:` line (`password-after-login-line`): nothing but the position says it is a password, so
 * it must look generated: three character classes with a digit, high entropy, no word, path, hash or name.
 */
const prosePasswordStrict: SecretValidator = (input) => {
  const v = input.secret;
  const mix = charMix(v);
  if (mix.classes < 3 || !mix.digit || shannonEntropy(v) < 3) return null;
  if (/^[0-9a-f-]+$/i.test(v) || /[/\\]/.test(v)) return null;
  if (/^[A-Za-z_][\w.-]*[=:]/.test(v)) return null; // the next `key=value` line of a properties file
  return prosePassword({ ...input, groups: { ...input.groups, key: "" }, matchStart: input.start });
};

/**
 * A value after a password label in one of the forms of `password-in-prose-more-languages`: after a copula, a colon or
 * before a trailing copula the label says a password follows and `prose-password` judges the shape; a value right
 * after the label and a few words with no verb (group `bare`: "новий пароль від пошти X") must look generated and
 * carry a symbol other than a hyphen or a dot ("Windows10", "COVID-19" are names). Scores stay under the older label
 * rules' (0.61, as `password-change-in-prose` caps its bare copula) so that they keep the sentences they read.
 */
const prosePasswordStated: SecretValidator = (input) => {
  if (input.groups.bare !== undefined && !/[^A-Za-z0-9.-]/.test(input.secret)) return null;
  const s = input.groups.bare === undefined ? prosePassword(input) : prosePasswordStrict(input);
  return typeof s === "number" ? Math.min(s, 0.61) : s;
};

/** The white-space and quote delimited value around [start, end). */
function wholeValue(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && start - a < 200 && !/[\s"'`=]/.test(text[a - 1] as string)) a--;
  while (b < text.length && b - end < 200 && !/[\s"'`,;]/.test(text[b] as string)) b++;
  return text.slice(a, b);
}

/** Random-looking token next to a secret keyword (no assignment syntax). */
const highEntropy: SecretValidator = (input) => judgeHighEntropy(input, DIRECT_GAP);

/** Hex right after the keyword, or after "is / of / for / to" (English). */
const DIRECT_GAP = /^[\s:=>"'`(,]*(?:(?:is|was|of|for|to)[\s:=>"'`(,]+)?$/i;

/**
 * Other languages put the service between the label and the value ("la clé d'API Datadog pour l'agent : …",
 * "la chiave segreta di Cloudflare è …"): hex counts when a colon or a verb ends the gap, and no label says the value
 * is an id, fingerprint or hash.
 */
const INTL_GAP =
  /^(?![^\n]*(?:\bid\b|-id\b|finger|empreinte|impronta|huella|impress|vingerafdruk|odcisk|avtryck|commit|hash|sha|uuid|prim))[^\n]{0,40}?(?:[:=]|(?<![\wÀ-ɏ])(?:is|ist|lautet|est|è|es|é|är|jest|to)(?![\wÀ-ɏ]))[\s"'`]*$/iu;

const highEntropyIntl: SecretValidator = (input) => {
  const gap = input.text.slice(input.matchStart + (input.groups.key ?? "").length, input.start);
  if (/\b(?:id|uuid|hash|sha|commit)\b|finger|empreinte|impronta|huella|vingerafdruk|odcisk|avtryck/i.test(gap)) return null;
  return judgeHighEntropy(input, INTL_GAP);
};

function judgeHighEntropy({ secret, groups, score, text, matchStart, start }: ValidatorInput, hexGap: RegExp): number | null {
  const v = secret;
  const key = keyPrefix(text, matchStart) + (groups.key ?? "");
  if (NON_SECRET_KEY.test(key) || IDENTIFIER_KEY_SUFFIX.test(key)) return null;
  if (/^[0-9a-f-]+$/i.test(v) && v.includes("-")) return null; // UUID-like ids; keyed rules handle UUID tokens
  if (shortKnownToken(v) || isPlaceholder(v)) return null;
  const cap = badChecksumCap(v, text, start, start + v.length);
  if (cap === null) return null;
  if (/\.{3}$/.test(v)) return null; // elided in documentation
  // The run may be part of a longer value ("123456:ABC-DEF…", "vault:secret/…#key"): judge that one too.
  const whole = wholeValue(text, start, start + v.length);
  if (whole !== v && (isPlaceholder(whole) || isReference(whole))) return null;
  if (looksLikeIdentifier(v) || looksLikeNonSecretValue(v)) return null;
  const mix = charMix(v);
  if (mix.classes < 2) return null;
  if (!mix.digit) return null;
  const h = shannonEntropy(v);
  const hex = /^[0-9a-f]+$/i.test(v);
  // Hex strings are everywhere (commit ids, hashes): only directly after the keyword do they count.
  const gap = text.slice(matchStart + (groups.key ?? "").length, start);
  if (hex && !hexGap.test(gap)) return null;
  const need = hex ? 3.3 : 3.8;
  if (h < need) return null;
  return Math.min(0.85, cap, score + (h - need) * 0.1);
};

/**
 * A literal handed to an API that only takes secrets (`ConvertTo-SecureString '…' -AsPlainText`, SQL
 * `… PASSWORD '…'`, a tool's password flag): the context says it is a password, so only templates, variables,
 * placeholders, stored hashes and near-constant values are dropped.
 */
const passwordLiteral: SecretValidator = ({ secret, score, groups }) => {
  const v = secret;
  if (v.length < 4 || isPlaceholder(v) || isReference(v)) return null;
  if (/\$\{|\$\(|\{\{|%\(|^[:@][A-Za-z_]\w*$|^\$\w+$/.test(v)) return null; // bind parameters, variables, templates
  // a docs phrase ("my auth token", "your password here"); a pass phrase with spaces (app passwords) still counts
  if (/^(?:my|your|the|an?)\s[A-Za-z ]{1,60}$/i.test(v)) return null;
  if (isPlaceholder(v.replace(/ /g, ""))) return null; // "abcd efgh ijkl mnop", "xxxx xxxx xxxx xxxx"
  if (groups.q === '"' && /\$[A-Za-z_]/.test(v)) return null; // interpolated in a double-quoted shell / PowerShell string
  // stored hashes, not passwords: MySQL `*<40 hex>`, PostgreSQL `md5<32 hex>` / `SCRAM-SHA-256$…`
  if (/^\*[0-9A-F]{40}$|^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$/i.test(v)) return null;
  if (distinctChars(v) <= 2 || shannonEntropy(v) < 1.5) return null;
  return score;
};

/**
 * A Cisco configuration password (`cisco-config-password`): a type-7 value must be the encoding's hex (two digits of
 * salt offset, then byte pairs); a clear-text one is judged as a literal password.
 */
const ciscoPassword: SecretValidator = (input) => {
  const type7 = (input.groups.t1 ?? input.groups.t2 ?? input.groups.t3) === "7";
  if (type7) return /^[0-9]{2}(?:[0-9A-Fa-f]{2}){2,60}$/.test(input.secret) ? input.score : null;
  return passwordLiteral(input);
};

/** Credentials in URLs / connection strings: drop templates, placeholders and user == password. */
const connectionPassword: SecretValidator = ({ secret, groups, score, match }) => {
  const pw = secret;
  const user = groups.user ?? "";
  if (pw.length < 4) return null;
  // (`%VAR%` is a Windows variable; a password may still start with `%`, unencoded)
  if (isReference(pw) || /[{}<>]|\$\{|\$\(|^\[|\]$|^%[A-Za-z_]\w{0,60}%|^\*+$/.test(pw)) return null;
  const lower = pw.toLowerCase();
  if (user !== "" && user.toLowerCase() === lower) return null;
  // A weak but concrete password in a URL (`user:pass@`, `admin:secret123@`) is still a credential
  // in use; only templates, masks and the literal words password/secret/changeme are documentation.
  const weak = match.includes("://") && /^(?:pass|pass123|secret123|password123|admin123|test123|abc123)$/.test(lower);
  if (!weak && isPlaceholder(pw)) return null;
  if (/^(?:x+|y+|z+)$/i.test(pw)) return null;
  if (distinctChars(pw) <= 2) return null;
  const h = shannonEntropy(pw);
  if (weak) return 0.55;
  let s = score;
  if (h < 2) s -= 0.25;
  else if (h >= 3) s += 0.05;
  return Math.max(0, Math.min(0.95, s));
};

/** Known placeholder-ish values are the only rejection; used by context rules on fixed-format values. */
const notPlaceholder: SecretValidator = ({ secret, score }) => (isPlaceholder(secret) ? null : score);

/** Random tokens mix character classes; a single-class body (`thisisalllowercase`) is a word. */
const mixedCharset: SecretValidator = ({ body, score }) => (charMix(body).classes >= 2 && !isPlaceholder(body.replace(/A{6,}/, "")) ? score : null);

/** Dash-separated tokens (Slack): the final random segment must not be a placeholder. */
const lastSegmentRandom: SecretValidator = ({ secret, score }) => {
  const last = secret.slice(secret.lastIndexOf("-") + 1);
  return last.length >= 8 && !isPlaceholder(last) && distinctChars(last) >= 6 ? score : null;
};

/**
 * Unquoted config values: only where the key starts a line (env, YAML, properties, INI) or is a
 * command-line flag, never in the middle of code (`if (token == other)`).
 */
const genericConfig: SecretValidator = (input) => {
  const { text, matchStart } = input;
  const lineStart = text.lastIndexOf("\n", matchStart - 1) + 1;
  const before = text.slice(lineStart, matchStart);
  // A shell prompt or an `xtrace` prefix may stand before the assignment: `$ export X=…`, `+ export X=…` (CI logs),
  // `root@host:~# export X=…`, `PS C:\> $env:X=…` is not shell but the same idea.
  const atLineStart =
    /^[ \t]{0,12}(?:\+{1,3}[ \t]{1,3}|(?:[\w.@:~/\\-]{0,80}|\[[^\]\n]{1,80}\])[$#%>❯][ \t]{1,3})?(?:export[ \t]+|set[ \t]+|-[ \t]+)?(?:name:[ \t]{1,3})?["']?[\w.$-]*$/.test(before);
  const asFlag = /[ \t]--?[\w-]*$/.test(before);
  return atLineStart || asFlag ? genericAssignment(input) : null;
};

/** ODBC / ADO key-value strings: another `Key=value;` pair must precede the password on the line. */
const odbcPassword: SecretValidator = (input) => {
  const { text, matchStart } = input;
  const lineStart = text.lastIndexOf("\n", matchStart - 1) + 1;
  const before = text.slice(Math.max(lineStart, matchStart - 400), matchStart);
  if (!/(?:server|data source|host|uid|user ?id|user ?name|user|database|initial catalog|address|addr)\s{0,2}=[^;\r\n]{1,200};/i.test(before)) return null;
  return connectionPassword(input);
};

/** HTTP headers: the header name stands alone or ends a hyphenated name (`X-Auth-Token`), never inside a word. */
const authHeader: SecretValidator = (input) => {
  const prefix = keyPrefix(input.text, input.matchStart);
  if (prefix !== "" && !/-$/.test(prefix)) return null;
  return genericAssignment(input);
};

/** Query parameters: values must look random (ids, page numbers and words are common there). */
/**
 * The signature of a pre-signed URL (S3 / SigV4 `X-Amz-Signature`, GCS `X-Goog-Signature`, CloudFront or SigV2
 * `Signature=` next to `Expires=`): an HMAC or RSA signature over that one request, valid until it expires, and
 * useless for signing anything else: not a credential (the key id beside it is its own rule's). Azure SAS `sig=` is
 * left alone: an account SAS is a standing grant.
 */
function signedUrlSignature(key: string, text: string, start: number): boolean {
  if (/^x-(?:amz|goog)-signature$/i.test(key)) return true;
  if (!/^signature$/i.test(key)) return false;
  let a = start;
  while (a > 0 && start - a < 2000 && !/[\s"'<>]/.test(text[a - 1] as string)) a--;
  let b = start;
  while (b < text.length && b - start < 2000 && !/[\s"'<>]/.test(text[b] as string)) b++;
  return /[?&;](?:Expires|Key-Pair-Id|Policy)=/i.test(text.slice(a, b));
}

const urlQuery: SecretValidator = (input) => {
  let v = input.secret;
  try {
    v = decodeURIComponent(v);
  } catch {
    // keep the raw value
  }
  if (/^(?:bearer|basic|true|false|null|none|code|json|xml)$/i.test(v)) return null;
  if (signedUrlSignature(input.groups.key ?? "", input.text, input.start)) return null;
  const mix = charMix(v);
  // Passwords are short and human-made: judged like assignments; other parameters must look random.
  const passwordKey = /pass|pwd/i.test(input.groups.key ?? "");
  if (!passwordKey && (mix.classes < 2 || v.length < 12 || shannonEntropy(v) < 3.3)) return null;
  // `appid=` in a query string is the API key of weather / maps / translation services (numeric app ids fail the
  // randomness test above), so its "id" suffix does not make it an identifier here.
  const key = /^app[_.-]?id$/i.test(input.groups.key ?? "") ? "app_key" : input.groups.key;
  return genericAssignment({ ...input, secret: v, groups: { ...input.groups, key } });
};

/** XML elements: the name must open a tag (`<fooToken>`); the text is a literal, judged like a quoted value. */
const xmlElement: SecretValidator = (input) => {
  const prefix = keyPrefix(input.text, input.matchStart);
  if (input.text[input.matchStart - prefix.length - 1] !== "<") return null;
  return genericAssignment({ ...input, groups: { ...input.groups, q: "<" } });
};

/**
 * Terraform state: a `result` counts when the nearest resource type before it (within 3000 characters) is
 * `random_password` (whose result Terraform itself marks sensitive); `random_string`, `random_id` and the results of
 * other resources (lambda invocations, data sources) are not secrets.
 */
const terraformRandomPassword: SecretValidator = ({ text, matchStart, secret, score }) => {
  const before = text.slice(Math.max(0, matchStart - 3000), matchStart);
  const re = /"type"\s{0,4}:\s{0,4}"([\w-]{1,80})"/g;
  let last: string | undefined;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) if (m[1] !== "get_attr") last = m[1];
  if (last !== "random_password") return null;
  return isPlaceholder(secret) ? null : score;
};

/**
 * A service-account key file: the `type` marker counts only with key material next to it that no other rule reports.
 * A `private_key` holding a PEM block is reported by the private-key rules, on the key itself; the `"service_account"`
 * word is then not a second secret. A key id alone (`private_key_id`) is an identifier, not key material.
 */
const gcpServiceAccount: SecretValidator = ({ text, matchStart, score }) => {
  const around = text.slice(Math.max(0, matchStart - 3000), matchStart + 3000);
  const key = /"private_key"\s*:\s*"([^"]{8})/.exec(around);
  if (key === null) return null;
  return /^(?:-----|\\n-----)/.test(key[1] ?? "") ? null : score;
};

/** Anthropic keys: exactly 93 characters between the `sk-ant-<kind>-` prefix and the closing `AA`. */
const anthropicLength: SecretValidator = ({ secret, score }) => {
  const body = secret.slice(secret.indexOf("-", 7) + 1);
  return body.length === 95 ? score : Math.min(score, 0.85);
};

/** Registry of validators a rule may name. */
/** SMTP AUTH PLAIN: base64 of "[authzid]\\0user\\0password" (RFC 4616), with a non-empty user and password. */
const smtpAuthPlain: SecretValidator = ({ secret, score }) => {
  const raw = Buffer.from(secret, "base64").toString("latin1");
  const parts = raw.split("\0");
  if (parts.length !== 3 || !parts[1] || !parts[2] || parts[2].length < 3) return null;
  return isPlaceholder(parts[2]) ? null : score;
};

/**
 * Session cookie values: session ids and signed or encrypted session blobs are long and random. Percent-encoding is
 * undone first (`s%3A…` is Express's signed `s:…`); numbers, words, dates and placeholders are not sessions.
 */
const sessionCookie: SecretValidator = ({ secret, score }) => {
  let v = secret;
  try {
    v = decodeURIComponent(secret);
  } catch {
    // keep the raw value
  }
  if (v.length < 16 || isPlaceholder(v) || isReference(v)) return null;
  if (/^(?:deleted|null|undefined|true|false|expired|invalid)$/i.test(v) || /^[\d.:-]+$/.test(v)) return null;
  if (looksLikeNonSecretValue(v) || looksLikeIdentifier(v)) return null;
  if (/^GA\d\.|^GS\d\./.test(v)) return null; // Google Analytics client ids
  const mix = charMix(v);
  if (mix.classes < 2 || distinctChars(v) < 10 || shannonEntropy(v) < 3.2) return null;
  return score;
};

/**
 * JSON Web Key private members (RFC 7518 §6): the enclosing object must be a JWK of a type that has the member
 * (`d` for RSA / EC / OKP, the CRT factors for RSA, `k` for symmetric `oct` keys).
 */
const jwkPrivate: SecretValidator = ({ text, matchStart, end, groups, score }) => {
  const open = text.lastIndexOf("{", matchStart);
  const close = text.indexOf("}", end);
  if (open < 0 || close < 0 || matchStart - open > 8000 || close - end > 8000) return null;
  const kty = /"kty"\s*:\s*"(RSA|EC|OKP|oct)"/.exec(text.slice(open, close))?.[1];
  if (kty === undefined) return null;
  const member = groups.key ?? "";
  if (member === "k") return kty === "oct" ? score : null;
  if (member === "d") return kty === "oct" ? null : score;
  return kty === "RSA" ? score : null;
};

/** Datadog keys under a plain name: a Datadog block, provider or site must be in view. */
const datadogContext: SecretValidator = ({ text, matchStart, end, score }) => {
  const around = text.slice(Math.max(0, matchStart - 1500), end + 400);
  return /datadog|\bdd_(?:site|api_key|app_key|env|service)\b/i.test(around) ? score : null;
};

/**
 * Algolia keys: admin and search-only keys share one shape, and search-only keys ship in front-end code by design.
 * A key used with the lite client, InstantSearch or named search-only is public.
 */
const algoliaAdminContext: SecretValidator = ({ secret, text, matchStart, end, score }) => {
  if (isPlaceholder(secret)) return null;
  const around = text.slice(Math.max(0, matchStart - 400), end + 300);
  return /search[-_ ]?only|algoliasearch\/lite|instantsearch|searchkey|search_key|search-key|public/i.test(around) ? null : score;
};

/**
 * A 32-byte hex value named as an EVM (Ethereum, …) private key: the rule's keywords give the context; this drops the
 * values that a transaction, block or other hash explains (a hash word or an explorer path just before it on its line,
 * or "hash"/"tx" naming it right after), and values with too few distinct digits to be a key.
 */
const evmPrivateKey: SecretValidator = ({ secret, text, start, end, score }) => {
  const hex = secret.startsWith("0x") || secret.startsWith("0X") ? secret.slice(2) : secret;
  if (distinctChars(hex.toLowerCase()) < 10) return null;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 100), start);
  // (substrings too, for camelCase names: transactionHash, blockHash, txHash, parentHash)
  if (/\b(?:tx|txn|txid|txs|event|topics?|nonce|salt|root|commit)\b|transaction|block(?!chain)|hash|digest|sha-?256|sha3|keccak|checksum|receipt|storage slot|merkle|(?:tx|txid|address)[=:/_-]?["'`]?[ \t]?(?:0x)?$|scan\.(?:io|com)\//i.test(before)) return null;
  const after = text.slice(end, Math.min(text.length, end + 24));
  if (/^["'`]?[ \t]{0,3}(?:\(|\[)?[ \t]{0,2}(?:tx|txn|transaction|block|hash)\b/i.test(after)) return null;
  return score;
};

/**
 * A labelled PIN (`labelled-pin`): not one repeated digit, not a run up or down ("1234", "987654"), not a year for
 * four digits ("2024"), and the gap between label and value not about the PIN's rules (length, policy, attempts).
 */
const pinCode: SecretValidator = ({ secret: v, groups, text, matchStart, start, score }) => {
  const gap = text.slice(matchStart + (groups.key ?? "").length, start);
  if (ABOUT_PASSWORD.test(gap) || /digit|stellig|wrong|falsch|incorrect/i.test(gap)) return null;
  if (/^(\d)\1+$/.test(v)) return null;
  const up = "01234567890123456789";
  const down = "98765432109876543210";
  if (up.includes(v) || down.includes(v)) return null;
  if (v.length === 4 && /^(?:19|20)\d\d$/.test(v)) return null;
  return score;
};

export const SECRET_VALIDATORS: Readonly<Record<string, SecretValidator>> = {
  "pin-code": pinCode,
  "smtp-auth-plain": smtpAuthPlain,
  "session-cookie": sessionCookie,
  "algolia-admin-context": algoliaAdminContext,
  "jwk-private": jwkPrivate,
  "datadog-context": datadogContext,
  "password-literal": passwordLiteral,
  jwt,
  "crc32-suffix": crc32Suffix,
  "private-key": privateKey,
  "private-key-body": privateKeyBody,
  "generic-assignment": genericAssignment,
  "prose-password": prosePassword,
  "prose-password-strict": prosePasswordStrict,
  "cisco-password": ciscoPassword,
  "prose-password-stated": prosePasswordStated,
  "word-passphrase": wordPassphrase,
  "password-words": passwordWords,
  "generic-config": genericConfig,
  "auth-header": authHeader,
  "url-query": urlQuery,
  "xml-element": xmlElement,
  "gcp-service-account": gcpServiceAccount,
  "terraform-random-password": terraformRandomPassword,
  "anthropic-length": anthropicLength,
  "odbc-password": odbcPassword,
  "high-entropy": highEntropy,
  "high-entropy-intl": highEntropyIntl,
  "connection-password": connectionPassword,
  "not-placeholder": notPlaceholder,
  "mixed-charset": mixedCharset,
  "evm-private-key": evmPrivateKey,
  "last-segment-random": lastSegmentRandom,
};
