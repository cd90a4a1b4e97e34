import type { SecretRule } from "../secret-rule.js";

/**
 * Passphrases people write as words ("gpg passphrase for the backup archive: seven quiet ravens over Lisbon",
 * "the passphrase is correct horse battery staple") and passwords given in brackets after the thing they open
 * ("key.pem (passphrase Kiln-orbit-77-maple)"). A run of plain words has no digit or symbol for the label rules to
 * see, so the label must say passphrase (not password: "the password is too short for us" is a sentence) and the
 * `word-passphrase` validator judges the words: three to eight of them, none a word about the passphrase (its
 * length, policy, storage), no pronoun, auxiliary or instruction ("use a long one", "is stored in Vault", "must be
 * six words"). Spans cover the value only.
 */

/** Passphrase labels in English, German, French, Spanish, Portuguese, Italian and Dutch. */
const LABELS =
  "pass[- ]?phrase|passphrase|passwortsatz|phrase secr[eè]te|phrase de passe|frase (?:de contrase(?:ñ|n)a|secreta|de paso|de acesso|segreta)|wachtwoordzin";

/** Password labels in the same seven languages (`password-words`). */
const PASSWORD_LABELS = "password|passwort|kennwort|mot de passe|contrase(?:ñ|n)a|senha|wachtwoord";

/** What the passphrase opens, a few free words ("for the backup archive", "of the signing key"). */
const FOR = "(?:[^\\S\\n]{1,3}(?:for|of|to|on|f(?:ü|u)r|von|vom|pour|de|du|des|del|do|da|della|para|per|voor|van)(?:[^\\S\\n]{1,3}[^\\s:=\"'`]{1,30}){1,5}?)?";
/** A colon, an equals sign or a copula, then the value. */
const VERB = "(?:[^\\S\\n]{0,2}[:=：]|[^\\S\\n]{1,3}(?:is|was|ist|lautet|est|es|é|è)(?:[^\\S\\n]{0,2}:)?)[^\\S\\n]{1,3}";
/** Three to eight words of letters (a number of up to four digits, one digit too, may stand among them), spaces or hyphens between. */
const WORD = "(?:[\\p{L}\\p{N}]{2,15}|\\p{N})";
const WORDS = `${WORD}(?:[ -]${WORD}){2,7}`;
const OPEN = "(?<q>[\"'`“„«]?)";
const CLOSE = "[\"'`”“»]?";

export const passphraseRules: readonly SecretRule[] = [
  {
    id: "passphrase-words",
    description: "A passphrase of plain words given after its label (\"the vault passphrase: amber otter lantern cobble\")",
    pattern: `(?<![\\p{L}])(?<key>${LABELS})(?<op>${FOR}${VERB})${OPEN}(?<secret>${WORDS})${CLOSE}(?=[.!]?[^\\S\\n]{0,8}(?:\\r?\\n|$)|(?<=[\"'\`”“»])[^\\S\\n]{0,8}[,;)(—–-])`,
    flags: "iu",
    secretGroup: "secret",
    keywords: ["passphrase", "pass phrase", "pass-phrase", "passwortsatz", "phrase secr", "phrase de passe", "frase de", "frase secreta", "frase segreta", "wachtwoordzin"],
    unicodeKeywords: ["phrase secrète"],
    score: 0.7,
    placeholderCheck: true,
    validator: "word-passphrase",
    generic: true,
    examples: {
      positive: [
        { text: "gpg passphrase for the backup archive: seven quiet ravens over Lisbon", secret: "seven quiet ravens over Lisbon" },
        { text: "The passphrase is correct horse battery staple", secret: "correct horse battery staple" },
        { text: "Passphrase für den Tresor: \"Fuchs Kiesel Laterne Morgenrot\"", secret: "Fuchs Kiesel Laterne Morgenrot" },
        { text: "la phrase secrète du coffre : girafe-volcan-tisane-marelle.", secret: "girafe-volcan-tisane-marelle" },
      ],
      negative: [
        { text: "The passphrase is stored in the team vault" },
        { text: "passphrase: use a long one with at least six words" },
        { text: "Your passphrase must be at least five words long" },
        { text: "The passphrase is the same as last year" },
        { text: "passphrase: see the onboarding doc" },
        { text: "The passphrase is required for every signing operation" },
        { text: "la phrase secrète est dans le coffre de l'équipe" },
        { text: "passphrase: not set" },
        { text: "ssh-keygen asks for a passphrase: just press enter twice" },
      ],
    },
  },
  {
    id: "password-words",
    description: "A password of plain words after a password label and a colon, ending its line or quoted (\"Passwort: <words>\", 'the password is \"<words>\"')",
    // A password label before a run of words is as often a sentence ("Password: reset it via the portal"), so the
    // `password-words` validator wants the run quoted or after a colon at the end of its line, with no function word
    // (article, preposition, conjunction) and not a Title-Case heading, on top of the passphrase checks.
    pattern: `(?<![\\p{L}-])(?<key>${PASSWORD_LABELS})(?<op>${FOR}${VERB})${OPEN}(?<secret>${WORDS})${CLOSE}(?=[.!]?[^\\S\\n]{0,8}(?:\\r?\\n|$)|(?<=[\"'\`”“»])[^\\S\\n]{0,8}[,;)(—–-])`,
    flags: "iu",
    secretGroup: "secret",
    keywords: ["password", "passwort", "kennwort", "mot de passe", "contrase", "senha", "wachtwoord"],
    score: 0.7,
    placeholderCheck: true,
    validator: "password-words",
    generic: true,
    examples: {
      positive: [
        { text: "Die Datei ist verschlüsselt, Passwort: grüner Kessel summt leise", secret: "grüner Kessel summt leise" },
        { text: 'the wifi password is "copper kettle quiet dawn", enjoy', secret: "copper kettle quiet dawn" },
        { text: "mot de passe : ardoise tilleul carafe lune", secret: "ardoise tilleul carafe lune" },
      ],
      negative: [
        { text: "Password: reset it via the self-service portal" },
        { text: "Password: Best Practices for Teams" },
        { text: "The password is stored in the team vault" },
        { text: "Passwort: bitte beim Admin erfragen" },
        { text: "password: see the onboarding doc" },
        { text: "the password is correct horse battery staple" },
        { text: "Password: Forgot Your Password" },
        { text: "Password: minimum twelve characters" },
      ],
    },
  },
  {
    id: "password-in-brackets",
    description: "A password or passphrase in brackets after what it opens (\"id_rsa (passphrase: <value>)\")",
    pattern: `(?<=\\()(?<key>passphrase|password|passwort|mot de passe|contrase(?:ñ|n)a|senha|pwd|pw)(?<op>[^\\S\\n]{0,2}[:=]?[^\\S\\n]{1,2})(?<q>["'\`]?)(?<secret>[^\\s"'\`()]{6,63})\\k<q>(?=\\))`,
    flags: "iu",
    secretGroup: "secret",
    keywords: ["(passphrase", "(password", "(passwort", "(mot de passe", "(contrase", "(senha", "(pwd", "(pw "],
    anchored: false,
    score: 0.72,
    placeholderCheck: true,
    validator: "prose-password",
    generic: true,
    examples: {
      positive: [
        { text: "key.pem (passphrase Kiln-orbit-77-maple):", secret: "Kiln-orbit-77-maple" },
        { text: "the VPN profile (password Rh8#mono-Tarn) is attached", secret: "Rh8#mono-Tarn" },
      ],
      negative: [
        { text: "unlock it (password required) before the demo" },
        { text: "the archive (password protected) is attached" },
        { text: "(password: ${ZIP_PASSWORD})" },
        { text: "(password hash bcrypt-12)" },
      ],
    },
  },
];
