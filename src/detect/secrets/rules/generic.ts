import type { SecretRule } from "../secret-rule.js";

/**
 * Catch-all rules for credentials without a known format: assignments to secret-looking names
 * in code/config, Authorization headers, and random-looking strings next to secret keywords.
 * They are judged by entropy and context and always lose to specific rules on overlap.
 * All are anchored at their keyword; validators look back for the rest of the key name.
 */
const KEY_WORDS =
  "password|passwd|passphrase|pass|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|client[_.-]?secret|credentials?|auth|encryption[_.-]?key|signing[_.-]?key|master[_.-]?key|hmac[_.-]?key|account[_.-]?key|storage[_.-]?key|schl(?:ue|u)ssel|chiave|clave|llave|chave|sleutel|klucz|nyckel";

/** `.com:`, `.de:`...: where an e-mail address ends in a colon (e-mail:password pairs). */
const EMAIL_TLD_COLON = ["com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "ai", "app", "dev", "me", "us", "uk", "de", "fr", "es", "it", "nl", "be", "at", "ch", "se", "no", "dk", "fi", "pl", "cz", "pt", "ie", "gr", "ro", "hu", "ru", "ua", "tr", "ca", "au", "nz", "jp", "cn", "kr", "in", "br", "mx", "ar", "za", "sg", "hk", "local", "test", "example", "internal", "corp"].map((t) => `.${t}:`);

const GENERIC_KEYWORDS = ["pass", "pwd", "secret", "token", "api_key", "apikey", "api-key", "api.key", "access_key", "accesskey", "access-key", "auth", "credential", "private_key", "privatekey", "private-key", "client_secret", "client-secret", "client.secret",
  // keys named for what they do: `ENCRYPTION_KEY=`, `signingKey:`, `AZURE_STORAGE_KEY=`, `AccountKey=`
  ...["encryption", "signing", "master", "hmac", "account", "storage"].flatMap((w) => [`${w}_key`, `${w}-key`, `${w}.key`, `${w}key`]),
  // "key" in German, Italian, Spanish, Portuguese, Dutch, Polish, Swedish names (`const schluessel = "…"`)
  "schluessel", "schlussel", "chiave", "clave", "llave", "chave", "sleutel", "klucz", "nyckel"];

// Optional type annotation of a typed declaration (`password: string = `, `var password string = `, Rust
// `const API_KEY: &str = `, Kotlin / Swift `val apiKey: String = `).
const TYPE_ANNOTATION = `(?:[ \\t]{0,3}:[ \\t]{0,3}(?:&(?:'static[ \\t]{1,3})?)?[A-Za-z_][\\w.<>\\[\\]|]{0,30}(?=[ \\t]{0,3}=)|[ \\t]{1,3}[A-Za-z_][\\w.]{0,20}(?=[ \\t]{0,3}=[^=]))?`;
const ASSIGN = `(?:\\[\\])?(?:\\\\?["'\\]]){0,2}${TYPE_ANNOTATION}(?<op>[ \\t]{0,24}(?:=|:=|::=|:::=|:|=>|==|!=|\\?=|,|\\(|<-|["']?\\r?\\n[ \\t]{0,16}value:)[ \\t]{0,3})`;

/**
 * The value alone on the next line (or the one after a blank line), after a label in another script that ends its line
 * ("пароль для почты:\n  X", "كلمة المرور الخاصة بالبريد:\n X"), as chat and e-mail write it; a quote or list mark may
 * open the line. The whole line must be the (printable ASCII) value, so prose continuing in the label's script stays out.
 */
const INTL_NEXT_LINE = `(?:(?:\\r?\\n[^\\S\\r\\n]{0,8}){1,2}(?:[>*-][^\\S\\r\\n]{1,3})?(?=[\\x21-\\x7e]{5,64}[^\\S\\r\\n]{0,3}(?:\\r?\\n|$)))?`;

export const genericRules: readonly SecretRule[] = [
  {
    id: "generic-password-assignment",
    description: "Quoted secret-looking value assigned to a password / secret / token / API-key name",
    pattern:
      `(?<key>(?:${KEY_WORDS})[\\w.-]{0,24}?)${ASSIGN}(?<call>new String\\(|[A-Za-z_.]{1,40}\\()?` +
      // Optional backslashes: the assignment may sit inside a JSON-escaped string.
      // `(?=(?<secret>...))\k<secret>` is an atomic group: the value is never re-tried shorter.
      `\\\\?(?<q>["'\`])(?=(?<secret>[^\\r\\n"'\`\\\\]{4,200}))\\k<secret>\\\\?\\k<q>`,
    flags: "i",
    secretGroup: "secret",
    keywords: GENERIC_KEYWORDS,
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: 'db_password = "Vx9#qL2!mZ7rT4"', secret: "Vx9#qL2!mZ7rT4" },
        { text: '"client_secret" : "6da89121079f83b2eb6acccf8219ea982c3d79bccc3e9c6a85856480661f8fde",', secret: "6da89121079f83b2eb6acccf8219ea982c3d79bccc3e9c6a85856480661f8fde" },
        { text: 'if (db_pass != "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}")', secret: "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}" },
        { text: 'const apiToken: string = "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6";', secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6" },
        { text: 'const AZURE_STORAGE_KEY: &str = "Osa1zFvhgMKu6dk4/67gyayBidoZ9Q==";', secret: "Osa1zFvhgMKu6dk4/67gyayBidoZ9Q==" },
        { text: "static API_TOKEN: &'static str = \"Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0\";", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0" },
        { text: 'private val apiKey: String = "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0"', secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0" },
        { text: 'let token: String = "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0"', secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0" },
        { text: 'var dbPassword string = "Vx9#qL2!mZ7rT4"', secret: "Vx9#qL2!mZ7rT4" },
        { text: '- name: DB_PASSWORD\n  value: "Vx9qL2mZ7rT4kPw"', secret: "Vx9qL2mZ7rT4kPw" },
        { text: '{"body": "{\\"api_key\\": \\"Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6\\"}"}', secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6" },
      ],
      negative: [
        { text: 'password = "changeme"' },
        { text: 'api_key = ""' },
        { text: 'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"' },
        { text: "password = process.env.DB_PASSWORD" },
        { text: 'api_key = os.getenv("OPENAI_API_KEY")' },
        { text: "access_token_url='https://github.com/login/oauth/access_token'," },
        { text: 'author = "james.fake@ymail.com",' },
        { text: 'publicToken = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"' },
        { text: 'const TOKEN_HEADER: &str = "X-Auth-Token";' },
        { text: 'val passwordHint: String = "ask-the-admin-team"' },
      ],
    },
  },
  {
    id: "generic-secret-config",
    description: "Unquoted secret-looking value assigned to a secret name in env / YAML / properties files",
    pattern: `(?<key>(?:${KEY_WORDS})[\\w.-]{0,24}?)["']?(?<op>[ \\t]{0,3}(?:=|:|\\r?\\n[ \\t]{0,16}value:)[ \\t]{0,3})(?=(?<secret>[^\\s"'\`;,]{6,200}))\\k<secret>(?=[ \\t]{0,8}(?:$|;)|[ \\t]{1,8}(?:#|-))`,
    flags: "im",
    secretGroup: "secret",
    keywords: GENERIC_KEYWORDS,
    anchored: true,
    score: 0.7,
    placeholderCheck: false,
    validator: "generic-config",
    generic: true,
    examples: {
      positive: [
        { text: "DB_PASSWORD=Vx9qL2mZ7rT4kP", secret: "Vx9qL2mZ7rT4kP" },
        { text: "  client_secret: 8f3Kq2Lz9Xv1Rt7Wm4Np\n", secret: "8f3Kq2Lz9Xv1Rt7Wm4Np" },
        { text: "./migrate --user=doadmin --password=strongp@55! --host=db", secret: "strongp@55!" },
        { text: "password: m{{h}o)p${e]nob(ody[finds>-_$#thisone}}", secret: "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}" },
        { text: "[Pipeline] sh\n+ export ADMIN_PASSWORD=Bluebird&569We\n+ ./gradlew publish", secret: "Bluebird&569We" },
        { text: "$ export GITHUB_TOKEN=Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0" },
        { text: "root@web-1:~# export DB_PASSWORD=Vx9qL2mZ7rT4kP", secret: "Vx9qL2mZ7rT4kP" },
        { text: "env:\n  - name: ADMIN_PASSWORD\n    value: Bluebird569We\n", secret: "Bluebird569We" },
      ],
      negative: [
        { text: "password: ${DB_PASSWORD}" },
        { text: "secret_length = X25519.secret_length" },
        { text: "PuttyPassword=0" },
        { text: "  if (token == expected_token) return;" },
        { text: "password = m{{h}o)p${e]nob(ody[finds>-_$#thisone}}" },
        { text: "+ export ADMIN_PASSWORD=${ADMIN_PASSWORD}" },
        { text: "$ echo password=Vx9qL2mZ7rT4kP is wrong" },
        { text: "env:\n  - name: ADMIN_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: admin, key: pw}" },
      ],
    },
  },
  {
    id: "generic-xml-element",
    description: "Secret-looking text of an XML element named like a password / token / key",
    pattern: `(?<key>(?:${KEY_WORDS})[\\w.-]{0,24})(?![\\w.-])(?:\\s[^<>]{0,80})?>(?=(?<secret>[^<>\\s]{6,200}))\\k<secret></`,
    flags: "i",
    secretGroup: "secret",
    keywords: GENERIC_KEYWORDS,
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "xml-element",
    generic: true,
    examples: {
      positive: [
        { text: "<adobeToken>Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6</adobeToken>", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6" },
        { text: '<add key="x"/><password type="plain">Vx9#qL2!mZ7rT4</password>', secret: "Vx9#qL2!mZ7rT4" },
      ],
      negative: [
        { text: "<password>${DB_PASSWORD}</password>" },
        { text: "<tokenType>Bearer</tokenType>" },
        { text: "<secretName>my-app-secret</secretName>" },
      ],
    },
  },
  {
    id: "password-in-prose",
    description: "Password stated in a sentence (\"my password is ...\", in several languages)",
    // Up to four words may stand between the cue and the verb ("the password for the admin console is X"); "with
    // password X" (a value with a digit or symbol: "with password authentication" is a phrase) and the other
    // languages' "<password> (is|:) X" state one too. A `!` or `?` ends the value only before white space or the end
    // ("BlueHorse!92" is one value).
    pattern: `(?<key>password|passwd|passcode|passphrase|pwd|pw(?= )|(?<=(?:wi-?fi|wlan|router|admin|root|vpn|db|server|ssh)[ \\t]{1,3})pass(?=[ \\t]{1,3}(?:is|was|:))|mot de passe|passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|(?<=l[öo])senord(?:et)?|adgangskode(?:n)?|passord(?:et)?|salasana|heslo|parola(?![ \\t]{1,3}(?:chiave|d))|kata[ \\t]sandi(?:nya|ku|mu)?|clave(?![ \\t]{1,3}(?:de[ \\t]{1,3}(?:la[ \\t]{1,3})?)?(?:api|privada|p(?:ú|u)blica|secreta|primaria|for(?:á|a)nea|ssh|gpg|pgp)\\b)(?:[ \\t]{1,3}de[ \\t]{1,3}acceso)?|mdp(?=[ \\t]{0,2}:)|(?<=\\b(?:le|mon|ton|son|votre|notre|du|ce|nouveau)[ \\t]{1,3})mdp)(?<op>(?:[ \\t]{1,3}(?:for|of|to|on|at|f(?:ü|u)rs?|von|vom|zum|zur|im|beim|ins|der|de|du|des|del|da|do|para|pour|per|voor|van|di|della|dello|al|na|no|em|f(?:ö|o)r|til|till|k|pro|pentru|untuk)(?:[ \\t]{1,3}[^\\s:]{1,30}){1,4}?|(?<=mot de passe|passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|salasana|heslo|parola|sandi|sandinya)(?:[ \\t]{1,3}[^\\s:«»"'\`]{1,20}){1,3}?(?=[ \\t]{1,3}\\S{1,12}[ \\t]{1,3}(?::[ \\t]{1,2})?(?:«[ \\t\\u00a0\\u202f]?)?\\S{0,63}[0-9!#$%&=?@^~]))?[ \\t]{1,3}(?:is|was|would be|will be|should be|est|c['’]est|ist|lautet|war|es|era|(?:é|e)|(?:è)|(?:ä|a)r|er|var|on|je|este|adalah)(?:[ \\t]{1,3}(?:still|now|currently|actually|just|noch|immer noch|jetzt|nun|toujours|maintenant|todav(?:í|i)a|ahora|ancora|ainda|agora|nog|steeds|nu))?(?:[ \\t]{0,3}:[ \\t]{1,2}|[ \\t]{1,3}:?[ \\t]{0,2})|(?:[ \\t]{1,3}(?:for|of|to|on|at|f(?:ü|u)rs?|von|vom|zum|zur|im|beim|ins|der|de|du|des|del|da|do|para|pour|per|voor|van|di|della|dello|al|na|no|em|f(?:ö|o)r|til|till|k|pro|pentru|untuk)(?:[ \\t]{1,3}[^\\s:]{1,30}){1,4}?)[ \\t]{0,2}:[ \\t]{1,2}(?!/)(?=\\S{0,63}[0-9!#$%&=?@^~])|(?<=mot de passe|passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|senord|adgangskode|passord|senordet|adgangskoden|passordet|salasana|heslo|parola|sandi|sandinya|clave|acceso|mdp)[ \\t]{0,2}:[ \\t]{1,2}(?=\\S{0,63}[0-9!#$%&=?@^~])|(?<=(?:with|using)[ \\t]{1,3}(?:the[ \\t]{1,3})?(?:password|passwd|pwd))[ \\t]{1,3}(?=\\S{0,63}[0-9!#$%&=?@^~])|(?<=\\b(?:chang|set|reset|updat|rotat|switch)\\w{0,3}[ \\t]{1,3}(?:(?:the|my|your|his|her|our|their|its)[ \\t]{1,3})?(?:[\\w-]{1,20}[ \\t]{1,3})?(?:password|passwd|pwd|passphrase))[ \\t]{1,3}to[ \\t]{1,3}(?=\\S{0,63}[0-9!#$%&=?@^~])|(?<=password|passwd|pwd|passphrase|passcode)[ \\t]{1,3}(?:(?:has|had|was|is|got)[ \\t]{1,3}(?:been[ \\t]{1,3}|just[ \\t]{1,3})?)?(?:changed|reset|updated|rotated|switched)[ \\t]{1,3}to[ \\t]{1,3}(?=\\S{0,63}[0-9!#$%&=?@^~])|(?<=mot de passe|passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|senord|senordet|adgangskode|adgangskoden|passord|passordet|salasana|heslo|parola|sandi|sandinya|sandiku|sandimu)[ \\t]{1,3}(?=(?=\\S{0,62}\\d)(?=\\S{0,62}[a-z])\\S{0,62}[!#$%&*?@^~][^\\s.,;:!?)]|(?=(?:\\S{0,62}\\d){3})(?=(?:\\S{0,62}[a-z]){3})[^\\s.,;:]{10}))(?:["'\`“„]|«[ \\t\\u00a0\\u202f]?)?(?<secret>[^\\s"'\`«»“”]{5,63}[^\\s"'\`«»“”.,;:)])(?:["'\`”“]|[ \\t\\u00a0\\u202f]?»)?(?=[.,;:)!?]{0,3}(?:\\s|$))`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["password", "passwd", "passcode", "passphrase", "pwd", "pw ", "pass ", "mot de passe", "passwort", "kennwort", "contrase", "senha", "wachtwoord", "senord", "adgangskode", "passord", "salasana", "heslo", "parola", "kata sandi", "clave", "mdp"],
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: "The password is Tr0ub4dor&3 for the staging box.", secret: "Tr0ub4dor&3" },
        { text: "my wifi password is 'Gx7#pLm2qZ'", secret: "Gx7#pLm2qZ" },
        { text: "The password for the admin console is Tr0ub4dor&3xyz", secret: "Tr0ub4dor&3xyz" },
        { text: "ssh root@db1 with password Tr0ub4dor&3xyz", secret: "Tr0ub4dor&3xyz" },
        { text: "le mot de passe est Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "mot de passe : Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "The wifi password is BlueHorse!92", secret: "BlueHorse!92" },
        { text: "my password is Falcon$Ridge2024", secret: "Falcon$Ridge2024" },
        { text: "Mon mot de passe est Soleil2024!x merci", secret: "Soleil2024!x" },
        { text: "Das Passwort ist BlueHorse!92", secret: "BlueHorse!92" },
        { text: "Mein Passwort lautet Xk9#mP2qLzW.", secret: "Xk9#mP2qLzW" },
        { text: "Mi contraseña es BlueHorse!92", secret: "BlueHorse!92" },
        { text: "contraseña: Xk9#mP2qLzW", secret: "Xk9#mP2qLzW" },
        { text: "minha senha é BlueHorse!92", secret: "BlueHorse!92" },
        { text: "mijn wachtwoord is BlueHorse!92", secret: "BlueHorse!92" },
        { text: "lösenord: Xk9#mP2qLzW", secret: "Xk9#mP2qLzW" },
        { text: "Contraseña del router: Casa9942#Luna", secret: "Casa9942#Luna" },
        { text: "le mot de passe du wifi invité c'est Bienvenue-5495", secret: "Bienvenue-5495" },
        { text: "The password for the staging box: Tr0ub4dor&3", secret: "Tr0ub4dor&3" },
        { text: "I changed the admin password to Summer2026! for now", secret: "Summer2026!" },
        { text: "reset my password to Kx81mq!pz yesterday", secret: "Kx81mq!pz" },
        { text: "the wifi pass is vaeei2884qcu btw", secret: "vaeei2884qcu" },
        { text: "Het wachtwoord van de beheerder is Falke%1908p, kun je", secret: "Falke%1908p" },
        { text: "la password della VPN è Trieste#2291", secret: "Trieste#2291" },
        { text: "Your temporary VPN password is: Soleil!640wP\nPlease change it at first login.", secret: "Soleil!640wP" },
        { text: "Das Passwort ist: Falke%1908p", secret: "Falke%1908p" },
        // French quotes « … » (with their thin or no-break spaces) and an adjective after the noun
        { text: "Le mot de passe admin est « Kevät2025?64h ».", secret: "Kevät2025?64h" },
        { text: "le mot de passe du NAS est «Orchard*1012ok»", secret: "Orchard*1012ok" },
        { text: "Le mot de passe Wi-Fi est : Soleil2024!x", secret: "Soleil2024!x" },
        { text: "La password per il WiFi è: Trieste#2291", secret: "Trieste#2291" },
        // Spanish "clave" (de acceso) and the French abbreviation "mdp" name passwords too
        { text: "la clave del wifi es Casa9942#Luna", secret: "Casa9942#Luna" },
        { text: "mdp : Soleil2024!x", secret: "Soleil2024!x" },
        { text: "le mdp est Soleil2024!x", secret: "Soleil2024!x" },
        { text: "Das Passwort für den VPN-Zugang lautet velvetvelvet93!.", secret: "velvetvelvet93!" },
        { text: "lösenordet till wifi är Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "Adgangskoden til routeren er Gx7#pLm2qZ.", secret: "Gx7#pLm2qZ" },
        { text: "salasana on Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "Heslo k wifi je Gx7#pLm2qZ.", secret: "Gx7#pLm2qZ" },
        { text: "heslo pro účet admin je Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "Parola pentru wifi este Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "kata sandi: Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "kata sandi wifi adalah Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "kata sandinya Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "WLAN-Passwort Kx8!mQ2wLp, bitte nicht weitergeben", secret: "Kx8!mQ2wLp" },
        { text: "heads up, the wifi password changed to Quartz#lemon482* today", secret: "Quartz#lemon482*" },
        { text: "Passwort fürs Gästenetz: Falke%2291x", secret: "Falke%2291x" },
        { text: "the admin password on the backup box is still Heron@maple771#, fix it", secret: "Heron@maple771#" },
      ],
      negative: [
        { text: "The password is incorrect, please try again." },
        { text: "Your password is stored as a salted hash." },
        { text: "the password is ${PASSWORD}" },
        { text: "The password for the admin console is incorrect." },
        { text: "Log in with password authentication disabled." },
        { text: "Le mot de passe est incorrect." },
        { text: "Das Passwort ist falsch." },
        { text: "salasana on liian lyhyt" },
        { text: "heslo je nesprávné" },
        { text: "parola este greșită" },
        { text: "kata sandi wifi adalah rahasia" },
        { text: "kata sandinya salah" },
        { text: "Passwort vergessen? Hier zurücksetzen." },
        { text: "Passwort 2FA aktivieren" },
        { text: "the password changed to comply with the policy" },
        { text: "the password has been reset to 12 characters" },
        { text: "the password is still required" },
        { text: "heslo Windows10 nefunguje" },
        { text: "la parola chiave è Roma2024" },
        { text: "La contraseña es demasiado corta." },
        { text: "password: required" },
        { text: "Is the password correct?" },
        { text: "the pwd of the build dir: /home/ci/build2" },
        { text: "the password for your account: must be 12+ characters" },
        { text: "I changed the password to something stronger" },
        { text: "set the password to at least 12 characters" },
        { text: "your boarding pass is attached" },
        { text: "the wifi pass is expired" },
        { text: "reset the password to the default in settings" },
        { text: "The password is: incorrect" },
        { text: "Your new password is: ${NEW_PASSWORD}" },
        { text: "Le mot de passe admin est « ******** »." },
        { text: "Das Passwort ist im Tresor gespeichert" },
        { text: "the password is stored in Vault" },
        { text: "Le mot de passe actuel est expiré." },
        { text: "The MDP is (S, A, P, R, gamma)." },
        { text: "la clave del éxito es trabajar" },
      ],
    },
  },
  {
    id: "password-on-next-line",
    description: "Password alone on the line after its label (\"the password is:\\n  X\", \"Passwort lautet:\\n X\", a chat line \"[10:05] Anna: X\" after \"… password:\")",
    // Chat and e-mail put the value on its own line after the label that ends the line before. Only a label ending its
    // line with a colon (or a verb) counts, and the value must be the whole next line (one token with a digit or a
    // symbol), so YAML mappings (`password:\n  secretKeyRef:`), code blocks (`if password:\n    login()`) and lists of
    // rules stay out. Words about the password rather than the password itself (hash, policy, reset, …) end the label.
    pattern: `(?<key>password|passwd|passcode|passphrase|pwd|mot de passe|passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|(?<=l[öo])senord(?:et)?|adgangskode(?:n)?|passord(?:et)?|salasana|heslo|parola(?![ \\t]{1,3}(?:chiave|d))|kata[ \\t]sandi(?:nya|ku|mu)?|palavra-passe|haslo|parool|lozinka|geslo|jelszo|sifre|slaptazodis|clave(?![ \\t]{1,3}(?:de[ \\t]{1,3})?(?:api|privada|p(?:ú|u)blica|ssh|gpg|pgp)\\b))(?<op>(?:[ \\t]{1,3}(?!(?:hash|polic|requir|rule|field|prompt|reset|length|strength|manager|hint|expir|format|pattern|regex|example|sample|change|update)\\w{0,12}\\b)[^\\s:]{1,30}){0,6}?(?:[ \\t]{0,3}[:：]|[ \\t]{1,3}(?:is|was|will be|est|c['’]est|ist|lautet|es|era|é|è|är|er|var|on|je|este|adalah)[ \\t]{0,3}:?)[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,8}){1,2}(?:[>*-][ \\t]{1,3}|\\[[^\\]\\n]{1,40}\\][^\\n:]{0,40}:[ \\t]{1,3})?)(?!/)(?=\\S{0,63}[0-9!#$%&=?@^~]|(?=(?:[^\\sA-Z]{0,62}[A-Z]){3})(?=(?:[^\\sa-z]{0,62}[a-z]){3})[A-Za-z]{10,63}[ \\t]{0,3}(?:\\r?\\n|$))(?<q>["'\`]|\\*\\*)?(?<secret>[^\\s"'\`«»“”]{5,63}[^\\s"'\`«»“”.,;:)])\\k<q>[.!]?[ \\t]{0,3}(?=\\r?\\n|$)`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["password", "passwd", "passcode", "passphrase", "pwd", "mot de passe", "passwort", "kennwort", "contrase", "senha", "wachtwoord", "senord", "adgangskode", "passord", "salasana", "heslo", "parola", "kata sandi", "palavra-passe", "haslo", "parool", "lozinka", "geslo", "jelszo", "sifre", "slaptazodis", "clave"],
    anchored: true,
    score: 0.72,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: "the password is:\nTr0ub4dor&3xq", secret: "Tr0ub4dor&3xq" },
        { text: "vpn password:\n  Gx7#pLm2qZ\nthanks", secret: "Gx7#pLm2qZ" },
        { text: "Das Passwort lautet:\n Falke%1908p", secret: "Falke%1908p" },
        { text: "Hi Tom, the password for the staging db is\n\n`Heron@maple771#`\n\nCheers", secret: "Heron@maple771#" },
        { text: "[10:04] Anna Berg: wifi password is:\n[10:04] Anna Berg: Quartz#lemon482*", secret: "Quartz#lemon482*" },
        { text: "kata sandinya:\n  Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "le mot de passe est :\n> Soleil2024!x", secret: "Soleil2024!x" },
        { text: "Lozinka za ruter:\nKsiezyc#4471m", secret: "Ksiezyc#4471m" },
        { text: "A palavra-passe provisória é:\nMar7&Areia9", secret: "Mar7&Areia9" },
        { text: "your temporary password:\n\n    Kx9!mw2Lq\n\nChange it at first login.", secret: "Kx9!mw2Lq" },
        // random letters in both cases, no digit: a generated password all the same
        { text: "kata sandi sementara untuk akun email Anda:\nhANjkaoVvXEi", secret: "hANjkaoVvXEi" },
      ],
      negative: [
        { text: "password:\n  secretKeyRef:\n    name: db" },
        { text: "if password:\n    login()" },
        { text: "Password:\n********" },
        { text: "password:\n  ${DB_PASSWORD}" },
        { text: "Password requirements:\nAt-least-8-chars!" },
        { text: "password hash:\n$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW" },
        { text: "pwd:\n/home/ci/build2" },
        { text: "Enter your password:\nsudo: 3 incorrect password attempts" },
        { text: "the password is:\nincorrect" },
        { text: "password:\n  type: string\n  minLength: 12" },
        { text: "Password:\nPasswordManagerSettings" },
        { text: "Your password:\nNotRequiredHere" },
      ],
    },
  },
  {
    id: "secret-command-output",
    description: "A secret printed by the command on the line before it (`kubectl get secret … '{.data.password}' | base64 -d`, `vault kv get -field=…`, `aws secretsmanager get-secret-value`, `op read op://…`, `gcloud secrets versions access`)",
    // Shell transcripts: the value is the whole next line (one token), right after a command that fetches or decodes
    // a named secret; a decode needs a secret word on its command line.
    pattern:
      `(?:(?:password|passwd|secret|token|api[_-]?key|credential)[^\\n]{0,160}\\|[ \\t]{0,3}base64[ \\t]{1,3}(?:-d|-D|--decode)\\b|vault[ \\t]{1,3}(?:kv[ \\t]{1,3})?(?:get|read)[ \\t][^\\n]{0,120}?-field[= ]|secretsmanager[ \\t]{1,3}get-secret-value|\\bop[ \\t]{1,3}read[ \\t]{1,3}["']?op://|gcloud[ \\t]{1,3}secrets[ \\t]{1,3}versions[ \\t]{1,3}access)` +
      `[^\\n]{0,240}\\r?\\n[ \\t]{0,4}(?<secret>[^\\s"'\`$]{8,200})[ \\t]{0,4}(?=\\r?\\n|$)`,
    flags: "i",
    secretGroup: "secret",
    // ("64 -d" rather than "base64 -d": "base" starts many words, and the pre-filter reads a keyword's first four characters)
    keywords: ["64 -d", "64 --decode", "-field", "get-secret-value", "op://", "secrets versions access"],
    window: { before: 240, after: 520 },
    score: 0.8,
    entropyMin: 3,
    validator: "mixed-charset",
    generic: true,
    examples: {
      positive: [
        {
          text: "$ kubectl get secret pg-app -o jsonpath='{.data.password}' | base64 -d\nCl=poDBYR0dH3#Izmz5=Pn+h\n$ kubectl exec -it pg-0 -- psql -U app",
          secret: "Cl=poDBYR0dH3#Izmz5=Pn+h",
        },
        { text: "$ vault kv get -field=password secret/prod/db\nTq7#mLz2Vx9pRw4K", secret: "Tq7#mLz2Vx9pRw4K" },
        { text: "$ op read \"op://Prod/Stripe/credential\"\nXq7Lm2Np9Rt4Vw6Yz1Bc\n$", secret: "Xq7Lm2Np9Rt4Vw6Yz1Bc" },
      ],
      negative: [
        { text: "$ kubectl get secret pg-app -o jsonpath='{.data.password}' | base64 -d\nerror: secret not found" },
        { text: "$ kubectl get secret pg-app -o jsonpath='{.data.password}' | base64 -d > pw.txt\n$ ls" },
        { text: "$ echo aGVsbG8gd29ybGQ= | base64 -d\nHelloWorld2024" },
        { text: "$ vault kv get -field=password secret/prod/db\nCompleted" },
      ],
    },
  },
  {
    id: "secret-env-in-command",
    description: "Secret handed to a command as an environment variable (`PGPASSWORD=… psql`, `docker run -e POSTGRES_PASSWORD=… image`)",
    // Upper-case variable names (the shell convention) with the value followed by more of the command line; a value
    // at the end of the line is generic-secret-config's.
    pattern: `(?<![\\w$])(?<key>[A-Z][A-Z0-9_]{0,40}?(?:PASSWORD|PASSWD|_PASS|PWD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY)[A-Z0-9_]{0,20})(?<op>=)(?<q>['"]?)(?<secret>[^\\s'"\`;|&]{6,200})\\k<q>(?=[ \\t]{1,8}[^\\s#])`,
    secretGroup: "secret",
    keywords: ["password", "passwd", "_pass", "pwd", "secret", "token", "api_key", "apikey", "access_key", "private_key"],
    window: { before: 60, after: 260 },
    score: 0.75,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: "PGPASSWORD=Kx9mm2Lq7 psql -h db -U app", secret: "Kx9mm2Lq7" },
        { text: "docker run -d -e POSTGRES_PASSWORD=mPq7!xZ2rT postgres:16", secret: "mPq7!xZ2rT" },
        { text: "GITHUB_TOKEN='Zq8Lm2Xv9Rt4Wb7Nc1Hd' ./release.sh", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd" },
      ],
      negative: [
        { text: "PGPASSWORD=$(cat /run/secrets/pg) psql -h db" },
        { text: "docker run -e POSTGRES_PASSWORD=${PG_PASS} postgres" },
        { text: "TOKEN_TTL=3600 ./run" },
      ],
    },
  },
  {
    id: "secret-env-in-string",
    description: "`NAME=value` environment entry inside a quoted string (docker inspect `\"Env\": [\"X_PASSWORD=…\"]`, compose `- \"X_TOKEN=…\"`, container args)",
    pattern: `(?<=(?<q>["']))(?<key>[A-Z][A-Z0-9_]{0,60}?(?:PASSWORD|PASSWD|_PASS|PWD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY|_KEY|_CRED|_CREDS|_CREDENTIALS|_SIG|_PSK))(?<op>=)(?<secret>[^\\s"'\\\\]{6,200})(?=\\k<q>)`,
    secretGroup: "secret",
    // the name ends the keyword in most entries (`…_PASSWORD=`): "=" keeps the keyword hits rare
    keywords: ["password=", "passwd=", "_pass=", "pwd=", "secret=", "token=", "api_key=", "apikey=", "access_key=", "private_key=", "_key=", "_cred=", "_creds=", "_credentials=", "_sig=", "_psk="],
    window: { before: 72, after: 220 },
    entropyMin: 3,
    score: 0.75,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: '"Env": [\n    "PATH=/usr/local/sbin:/usr/bin",\n    "MINIO_ROOT_PASSWORD=L7L8lq60ss?&TT^Hy1Nq^&jK",\n    "MINIO_ROOT_USER=admin"\n]', secret: "L7L8lq60ss?&TT^Hy1Nq^&jK" },
        { text: "environment:\n  - 'STORAGE_ACCOUNT_KEY=Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6+Ai7Oq=='", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6+Ai7Oq==" },
      ],
      negative: [
        { text: '"Env": ["POSTGRES_PASSWORD_FILE=/run/secrets/pg", "CACHE_KEY=v2", "JWT_SECRET=${JWT_SECRET}"]' },
        { text: '"Env": ["PUBLIC_KEY=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq8Lm2Xv9Rt4Wb7Nc1Hd5"]' },
        { text: '"TOKEN_TTL=3600"' },
      ],
    },
  },
  {
    id: "secret-env-suffix",
    description: "High-entropy value of an environment variable whose name ends like a key or credential (`*_KEY`, `*_CRED`, `*_SIG`, `*_PSK`)",
    // generic-secret-config covers names with password / secret / token / api_key (`*_SECRET`, `*_TOKEN`, `*_PASS`,
    // which this rule leaves to it); these endings are weaker evidence
    // (`CACHE_KEY`, `SORT_KEY`), so the value must be long and random. Key ids, fingerprints and public keys are not
    // secrets (their names say so).
    pattern: `(?<![\\w$.-])(?![A-Z0-9_]{0,60}(?:GPG|PGP|GNUPG|PUBLIC|PUBKEY|SITE_KEY|ANON|PUBLISHABLE|FINGERPRINT|CACHE|SORT|PARTITION|PRIMARY|FOREIGN|IDEMPOTENCY))(?![A-Z0-9_]{0,60}?(?:PASS|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|AUTH|PRIVATE_?KEY|CREDENTIAL|ENCRYPTION_?KEY|SIGNING_?KEY|MASTER_?KEY|HMAC_?KEY|ACCOUNT_?KEY|STORAGE_?KEY))(?<key>[A-Z][A-Z0-9_]{0,60}_(?:KEY|KEYS|CRED|CREDS|SIG|SIGNATURE|PSK))(?<op>=|:[ \\t]{1,3})(?<q>["']?)(?<secret>[^\\s"'\`;,]{16,200})\\k<q>(?=[ \\t]{0,8}(?:$|;|#))`,
    flags: "m",
    secretGroup: "secret",
    keywords: ["key", "keys", "cred", "creds", "sig", "signature", "psk"].flatMap((w) => [`_${w}=`, `_${w}:`]),
    window: { before: 64, after: 240 },
    entropyMin: 3.3,
    score: 0.72,
    placeholderCheck: false,
    validator: "generic-config",
    generic: true,
    examples: {
      positive: [
        { text: "FASTLY_KEY=OyAtnUslshVQVqdinCa8Q-wHM8sPBNSy\nFASTLY_SERVICE_ID=y8BT3Y", secret: "OyAtnUslshVQVqdinCa8Q-wHM8sPBNSy" },
        { text: 'ZETA_CRED="RG+&zSnX94Uu6jrnfu#Vmp"\nZETA_USER=svc-zeta', secret: "RG+&zSnX94Uu6jrnfu#Vmp" },
        { text: "BLOB_SIG=960c198b1983fc29ffe03d55a7e1b2c34d5f6a7b8c9d0e1f2a3b4c5d422701eb\nBLOB_HOST=files.acme.io", secret: "960c198b1983fc29ffe03d55a7e1b2c34d5f6a7b8c9d0e1f2a3b4c5d422701eb" },
      ],
      negative: [
        { text: "ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D" },
        { text: "RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI" },
        { text: "CACHE_KEY=user-profile-v2-2024-eu-west" },
        { text: "S3_KEY=uploads/2024/03/report-final.pdf" },
        { text: "SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" },
        { text: "REDIS_KEY_PREFIX_TOKEN=sessions" },
      ],
    },
  },
  {
    id: "secret-key-value-pair",
    description: "Secret in a key/value pair object whose key names a secret (Postman `{\"key\": \"password\", \"value\": \"…\"}`, ECS `Name` / `Value`, CloudFormation `ParameterKey` / `ParameterValue`)",
    pattern: `(?<![\\w-])["']?(?:key|name|parameterkey|variable)["']?[ \\t]{0,3}[:=][ \\t]{0,3}["'](?<key>[\\w.-]{0,40}?(?:${KEY_WORDS})[\\w.-]{0,24})["'][ \\t]{0,3},(?:\\s{0,40}["']?(?:type|enabled|description|disabled|secure)["']?[ \\t]{0,3}[:=][ \\t]{0,3}(?:"[^"\\n]{0,80}"|'[^'\\n]{0,80}'|\\w{1,10})[ \\t]{0,3},){0,3}\\s{0,40}["']?(?:value|parametervalue|currentvalue|current_value)["']?[ \\t]{0,3}[:=][ \\t]{0,3}(?<q>["'])(?<secret>[^"'\\r\\n\\\\]{4,200})\\k<q>`,
    flags: "i",
    secretGroup: "secret",
    // anchored at the pair's "key" / "name" member (frequent, but a sticky match there is cheap)
    keywords: ['"key"', "'key'", "key:", '"name"', "'name'", "name:", '"parameterkey"', '"variable"'],
    anchored: true,
    score: 0.75,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: '"urlencoded": [\n    {"key": "username", "value": "ops", "type": "string"},\n    {"key": "password", "value": "Granite$1722gJY", "type": "string"}\n]', secret: "Granite$1722gJY" },
        { text: '"environment": [{ "name": "DB_PASSWORD", "value": "Vx9#qL2!mZ7rT4" }]', secret: "Vx9#qL2!mZ7rT4" },
        { text: '{"ParameterKey": "DbMasterPassword", "ParameterValue": "Orchard*1012ok"}', secret: "Orchard*1012ok" },
        { text: '{"key": "api_key", "type": "string", "value": "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6"}', secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6" },
      ],
      negative: [
        { text: '{"key": "password", "value": "{{password}}", "type": "string"}' },
        { text: '{"key": "token", "value": "", "type": "string"}' },
        { text: '{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db"}' },
        { text: '{"key": "password_policy", "value": "min12-upper-digit"}' },
        { text: '{"name": "token_endpoint", "value": "https://login.acme.io/oauth2/token"}' },
      ],
    },
  },
  {
    id: "powershell-securestring-plaintext",
    description: "Password turned into a SecureString from plain text (`ConvertTo-SecureString '…' -AsPlainText -Force`)",
    pattern: `\\bConvertTo-SecureString(?=[^\\n|;]{0,300}-AsPlainText)(?:[ \\t]{1,3}-(?:AsPlainText|Force)\\b){0,2}[ \\t]{1,3}(?:-String[ \\t]{1,3})?(?<q>["'])(?<secret>[^"'\\r\\n]{4,200})\\k<q>`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["convertto-securestring"],
    anchored: true,
    score: 0.85,
    placeholderCheck: false,
    validator: "password-literal",
    examples: {
      positive: [
        { text: "$secpass = ConvertTo-SecureString 'Pelican&1993UzZ' -AsPlainText -Force\n$cred = New-Object PSCredential('svc', $secpass)", secret: "Pelican&1993UzZ" },
        { text: '$pw = ConvertTo-SecureString -AsPlainText -Force -String "Kx9#mm2Lq7v"', secret: "Kx9#mm2Lq7v" },
      ],
      negative: [
        { text: '$secpass = ConvertTo-SecureString "$env:SVC_PASSWORD" -AsPlainText -Force' },
        { text: "$secpass = ConvertTo-SecureString $plain -AsPlainText -Force" },
        { text: "$s = ConvertTo-SecureString '01000000d08c9ddf0115d1118c7a00c04fc297eb0100000096fa' -Key $key" },
      ],
    },
  },
  {
    id: "sql-password",
    description: "Password in a SQL statement (`CREATE/ALTER USER|ROLE|LOGIN … PASSWORD '…'`, `IDENTIFIED BY '…'`, `SET PASSWORD FOR … = '…'`)",
    // Unquoted values (Oracle `IDENTIFIED BY Tiger42`) need a digit or symbol: `PASSWORD EXPIRE`, `IDENTIFIED BY
    // RANDOM PASSWORD` are clauses. `IDENTIFIED BY PASSWORD '*…'` gives a hash, which password-literal drops.
    pattern: `\\b(?:(?:CREATE|ALTER)[ \\t]{1,8}(?:USER|ROLE|LOGIN)\\b[^;\\n]{1,200}?\\b(?:(?:ENCRYPTED[ \\t]{1,8})?PASSWORD(?:[ \\t]{0,8}=)?|IDENTIFIED[ \\t]{1,8}(?:WITH[ \\t]{1,8}[\\w'"]{1,40}[ \\t]{1,8})?BY(?![ \\t]{1,8}PASSWORD\\b))|SET[ \\t]{1,8}PASSWORD(?:[ \\t]{1,8}FOR[ \\t]{1,8}[^=\\n;]{1,120}?)?[ \\t]{0,8}=[ \\t]{0,8}(?:PASSWORD[ \\t]{0,8}\\()?)[ \\t]{0,8}(?:N(?=['"]))?(?<q>['"]?)(?<secret>(?<=['"])[^'"\\n]{4,200}(?=['"])|(?<!['"])(?=[^\\s'";]{0,127}[0-9!#$%&*?@^~])[^\\s'";]{4,128}(?=[\\s;]|$))\\k<q>`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["create user", "alter user", "create role", "alter role", "create login", "alter login", "set password"],
    anchored: true,
    score: 0.85,
    placeholderCheck: false,
    validator: "password-literal",
    examples: {
      positive: [
        { text: "ALTER ROLE reporting WITH LOGIN PASSWORD 'Orchard*1012ok';", secret: "Orchard*1012ok" },
        { text: "CREATE USER 'app'@'%' IDENTIFIED BY 'Vx9#qL2!mZ7r';", secret: "Vx9#qL2!mZ7r" },
        { text: "ALTER USER 'app'@'localhost' IDENTIFIED WITH mysql_native_password BY 'Kx9mm2Lq7!';", secret: "Kx9mm2Lq7!" },
        { text: "SET PASSWORD FOR 'app'@'localhost' = 'Pelican&1993UzZ';", secret: "Pelican&1993UzZ" },
        { text: "CREATE LOGIN svc_etl WITH PASSWORD = 'Granite$1722gJY', CHECK_POLICY = OFF;", secret: "Granite$1722gJY" },
        // T-SQL Unicode literal
        { text: "ALTER LOGIN [etl_svc] WITH PASSWORD = N'I8=ykWem9VpM96UXtEV8';", secret: "I8=ykWem9VpM96UXtEV8" },
      ],
      negative: [
        { text: "ALTER USER 'app'@'%' PASSWORD EXPIRE INTERVAL 90 DAY;" },
        { text: "CREATE USER app IDENTIFIED BY PASSWORD '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';" },
        { text: "ALTER ROLE app WITH ENCRYPTED PASSWORD 'md5a3556571e93b0d20722ba62be61e8c2d';" },
        { text: "CREATE USER app WITH PASSWORD :'pw';" },
        { text: "ALTER USER app WITH PASSWORD NULL;" },
        { text: "CREATE ROLE readonly WITH LOGIN PASSWORD '${RO_PASSWORD}';" },
      ],
    },
  },
  {
    id: "password-cli-flag",
    description: "Password given on the command line of a well-known tool (`mysql -pSECRET`, `sshpass -p 'x'`, `redis-cli -a x`, `mosquitto_pub -P`, `ldapsearch -w`, `openssl -passin pass:x`, `smbclient -U user%x`, `htpasswd -b`)",
    pattern: `(?<=\\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\\b(?:[^\\n.;|&,]|\\.(?! )){0,120}?[ \\t](?:-p|--password=)|\\bsshpass[ \\t]{1,8}-p[ \\t]{0,8}|\\bredis-cli\\b(?:[^\\n.;|&,]|\\.(?! )){0,120}?[ \\t]-a[ \\t]{1,8}|\\b(?:mongosh|mongo|mongodump|mongorestore|mongoexport|mongoimport)\\b(?:[^\\n.;|&,]|\\.(?! )){0,160}?[ \\t]-p[ \\t]{1,8}|\\b(?:sqlcmd|bcp|osql)\\b(?:[^\\n.;|&]|\\.(?! )){0,160}?[ \\t]-P[ \\t]{0,8}|(?:^|[ \\t\\n])(?:--?)?(?:requirepass|masterauth)[ \\t]{1,8}` +
      // mosquitto_pub/sub -P, OpenLDAP clients -w (bind DNs hold commas), openssl pass:… phrases, smbclient user%pass
      `|\\bmosquitto_(?:pub|sub|rr)\\b[^\\n;|&]{0,200}?[ \\t]-P[ \\t]{1,8}|\\bldap(?:search|modify|add|delete|whoami|passwd|compare|modrdn|exop|url)\\b[^\\n;|&]{0,300}?[ \\t]-w[ \\t]{1,8}` +
      // nmcli takes a Wi-Fi key as `password <value>` or as the `wifi-sec.psk` property
      `|\\bnmcli\\b[^\\n;|&]{0,200}?[ \\t](?:password|wifi-sec\\.psk|802-11-wireless-security\\.psk)[ \\t]{1,8}` +
      `|(?<![\\w-])-(?:passin|passout|pass|kpass|password)[ \\t]{1,8}["']?pass:|\\b(?:smbclient|rpcclient|smbcacls|smbget|smbmap|mount\\.cifs)\\b[^\\n;|&]{0,200}?[ \\t](?:-U|--user(?:name)?=?)[ \\t]{0,8}["']?[^\\s%"']{1,100}%` +
      // htpasswd -b[other flags] [file] user password (the password is the command's last word)
      `|\\bhtpasswd[ \\t]{1,8}(?=(?:-[A-Za-z]{1,6}[ \\t]{1,8}(?:\\d{1,3}[ \\t]{1,8})?){0,3}-[A-Za-z]{0,5}b)(?:-[A-Za-z]{1,6}[ \\t]{1,8}(?:\\d{1,3}[ \\t]{1,8})?){1,4}(?:["']?[^\\s"'-][^\\s"']{0,200}["']?[ \\t]{1,8}){1,2}(?=["']?[^\\s"']{4,100}["']?[ \\t]{0,8}(?:$|[;|&>)\\n])))(?!-)(?<q>['"]?)(?<secret>(?<=['"])[^'"\\n]{4,100}(?=['"])|[^\\s'"]{4,100})\\k<q>["']?(?=\\s|$)`,
    secretGroup: "secret",
    keywords: ["mysql", "mariadb", "sshpass", "redis-cli", "requirepass", "masterauth", "mongo", "sqlcmd", "bcp ", "osql", "mosquitto_", "ldap", "pass:", "smbclient", "rpcclient", "smbcacls", "smbget", "smbmap", "mount.cifs", "htpasswd", "nmcli"],
    window: { before: 8, after: 260 },
    score: 0.8,
    validator: "password-literal",
    examples: {
      positive: [
        { text: "mysql -u admin -pQz8vLk2Wm -h db.internal", secret: "Qz8vLk2Wm" },
        { text: 'nmcli dev wifi connect "Office-5G" password "mFSjuZR!T3Uuo%"', secret: "mFSjuZR!T3Uuo%" },
        { text: "nmcli con modify home wifi-sec.psk 'Kx9#mm2Lq7z'", secret: "Kx9#mm2Lq7z" },
        { text: "mysql --user=root --password=S3cretPw9 app", secret: "S3cretPw9" },
        { text: "mysql -u root -p'Xy7&kP0o!qR2' -h 10.0.0.5", secret: "Xy7&kP0o!qR2" },
        { text: "sshpass -p 'Hn4#kd8Wq' ssh deploy@bastion", secret: "Hn4#kd8Wq" },
        { text: "redis-cli -h cache.internal -a 'R3d!sPassX7' ping", secret: "R3d!sPassX7" },
        { text: "redis-server --port 6380 --requirepass Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg" },
        { text: "redis-server --requirepass 'Pass 77x#q' --port 6380", secret: "Pass 77x#q" },
        { text: "mysql -u root -p'My S3cret!' -h db", secret: "My S3cret!" },
        { text: "mongosh \"mongodb://db1:27017/app\" -u admin -p 'Kx9#mm2Lq7' --authenticationDatabase admin", secret: "Kx9#mm2Lq7" },
        { text: "sqlcmd -S tcp:sql01,1433 -U sa -P 'Mariposa#511gU' -Q \"SELECT 1\"", secret: "Mariposa#511gU" },
        { text: "# redis.conf\nbind 127.0.0.1\nrequirepass Zq8Lm2Xv9Rt4Wb7Nc1Hd\n", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd" },
        { text: "mosquitto_pub -h mqtt.acme.io -p 8883 --capath /etc/ssl/certs -u sensor-gw-17 -P '5lMd*fF0DfaXWc!1' -t plant/3/temp -m 21.4", secret: "5lMd*fF0DfaXWc!1" },
        { text: "ldapsearch -H ldaps://dc1.corp.acme.local -D \"CN=Service,DC=corp,DC=acme,DC=local\" -w 'Granite$1037pI' -b \"DC=corp,DC=acme,DC=local\"", secret: "Granite$1037pI" },
        { text: "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:Kx9#mm2Lq7v", secret: "Kx9#mm2Lq7v" },
        { text: "openssl rsa -in enc.key -passin 'pass:Tr0ub4dor&3' -out dec.key", secret: "Tr0ub4dor&3" },
        { text: "smbclient //fs01/share -U 'CORP\\backup%Orchard*1012ok' -c ls", secret: "Orchard*1012ok" },
        { text: "htpasswd -b /etc/nginx/.htpasswd admin Pelican&1993UzZ", secret: "Pelican&1993UzZ" },
        { text: "htpasswd -nbB admin 'Pelican&1993UzZ' > users", secret: "Pelican&1993UzZ" },
        { text: "htpasswd -c -b -B -C 12 .htpasswd admin Kx9mm2Lq7v", secret: "Kx9mm2Lq7v" },
        { text: 'sshpass -p "&Wr&1^r#0fti" scp dump.sql backup@172.16.0.4:/srv', secret: "&Wr&1^r#0fti" },
      ],
      negative: [
        { text: "mysql -u root -p mydb < dump.sql" },
        { text: "mysql -u root -p" },
        { text: "mysql client: use the -p option, e.g. -pYOURPASS" },
        { text: "mysql -u $DB_USER -p$DB_PASS shop" },
        { text: "sshpass -p \"$SSHPASS\" ssh host" },
        { text: "mongosh -u admin -p --authenticationDatabase admin" },
        { text: "sqlcmd -S sql01 -U sa -P $SA_PASSWORD" },
        { text: "mosquitto_sub -h broker -t 'plant/#' -P \"$MQTT_PASSWORD\"" },
        { text: "ldapsearch -x -H ldap://dc1 -D cn=admin,dc=acme -W -b dc=acme" },
        { text: "ldapsearch -x -D cn=admin,dc=acme -y /run/secrets/ldap -w $LDAP_PW" },
        { text: "openssl pkcs12 -export -passout env:P12_PASSWORD -out bundle.p12" },
        { text: "openssl rsa -in enc.key -passin file:/run/secrets/key.pass" },
        { text: "smbclient //fs01/share -U backup -c ls" },
        { text: "htpasswd -B /etc/nginx/.htpasswd admin" },
        { text: "htpasswd -b .htpasswd admin $ADMIN_PW" },
      ],
    },
  },
  {
    id: "secret-cli-option",
    description: "Secret given as the value of a command-line option named like one, after a space (`--password \"…\"`, `-StorageAccountKey \"…\"`, `--client-secret …`)",
    // `--password=…` is generic-secret-config's. The value needs a digit or symbol and no path, variable or option
    // look (`--password-file /run/x`, `--token $T`, `--password --stdin`).
    pattern: `(?<![\\w-])--?(?<key>(?:[A-Za-z][\\w-]{0,40}?)?(?:password|passwd|secret|token|account-?key|storage-?key|api-?key|access-?key|client-?secret)[\\w-]{0,20})(?<![Kk][Ee][Yy][Ss])(?<op>[ \\t]{1,3})(?<q>["']?)(?![-/~$<{%])(?=[^\\s"'\`|;&]{0,199}[0-9!#%&*?@^~])(?<secret>[^\\s"'\`|;&]{6,200})\\k<q>(?=\\s|$)`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["password", "passwd", "secret", "token", "accountkey", "account-key", "storagekey", "storage-key", "apikey", "api-key", "accesskey", "access-key"],
    window: { before: 60, after: 300 },
    score: 0.75,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: 'pg_dump --host db --username app --password "Vx9#qL2!mZ7rT4" shop', secret: "Vx9#qL2!mZ7rT4" },
        { text: 'New-AzStorageContext -StorageAccountName acme -StorageAccountKey "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6+Ai7Oq/k9Jm2Qx7Rt4Lw8Zp1Vb6Nc3Hd5Fg0Sy+Ue/Ai7Oq12345678=="', secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6+Ai7Oq/k9Jm2Qx7Rt4Lw8Zp1Vb6Nc3Hd5Fg0Sy+Ue/Ai7Oq12345678==" },
        { text: "az ad sp create --client-secret Qz8!vLk2Wm9xTq --years 1", secret: "Qz8!vLk2Wm9xTq" },
      ],
      negative: [
        { text: "docker login --password-stdin < token.txt" },
        { text: "vault login --token $VAULT_TOKEN" },
        { text: "app --password-file /run/secrets/db --token-ttl 3600" },
        { text: "New-AzADAppCredential -ObjectId x -PasswordLifetime 2026-12-31" },
        { text: "helm install x --token-ttl 24h30m" },
        { text: 'mytool --password "<your password>"' },
        // GnuPG's commands name keys by id: `--export-secret-keys`, `--export-secret-subkeys`, `--list-secret-keys`
        { text: "gpg --armor --export-secret-subkeys 42B317FD4BA89E7A! > subkey.asc" },
        { text: "gpg --batch --pinentry-mode loopback --export-secret-keys 3AA5C34371567BD2 | base64" },
      ],
    },
  },
  {
    id: "terraform-random-password-result",
    description: "Generated password in Terraform state (the `result` of a `random_password` resource, `terraform state pull` / `show -json`)",
    // The resource's type comes before its attributes; the validator reads the nearest preceding resource type.
    pattern: `"result"[ \\t]{0,4}:[ \\t]{0,4}"(?<secret>[^"\\\\\\r\\n]{6,200})"`,
    secretGroup: "secret",
    keywords: ['"result"'],
    anchored: true,
    score: 0.9,
    validator: "terraform-random-password",
    examples: {
      positive: [
        {
          text: '{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "db",\n  "instances": [{ "attributes": { "id": "none", "length": 24, "result": "qzaPTAFzUVOLrK4!tkNRPC*y", "special": true } }]\n}',
          secret: "qzaPTAFzUVOLrK4!tkNRPC*y",
        },
      ],
      negative: [
        { text: '{ "type": "random_string", "instances": [{ "attributes": { "result": "web-4f7d2c" } }] }' },
        { text: '{"type": "random_password", "name": "db"}, {"type": "aws_lambda_invocation", "instances": [{"attributes": {"result": "{\\"ok\\":true}"}}]}' },
        { text: '{"status": "done", "result": "Kx9mm2Lq7Vb6Nc3Hd5Fg"}' },
      ],
    },
  },
  {
    id: "short-name-hex-assignment",
    description: "Long random hex assigned to a one-letter-one-digit name on a line of its own (`K1=<64 hex>` in an .env or shell script)",
    // A name that says nothing (`K1`, `S2`) holding 128+ bits of random hex: a key kept out of sight of keyword scans.
    pattern: `(?<=^[ \\t]{0,12}(?:export[ \\t]{1,4})?)(?<key>[A-Za-z][0-9])=(?<q>["']?)(?<secret>[0-9a-fA-F]{32,128})\\k<q>(?=[ \\t]{0,8}(?:#|$))`,
    flags: "m",
    secretGroup: "secret",
    keywords: [..."abcdefghijklmnopqrstuvwxyz"].flatMap((c) => [..."0123456789"].map((d) => `${c}${d}=`)),
    anchored: true,
    score: 0.7,
    entropyMin: 3.2,
    validator: "mixed-charset",
    generic: true,
    examples: {
      positive: [
        { text: "K1=e63100de107928ffe237d790a1c2e3f4b5a6978812345678abcdef0123456789\nK2=3e312c4600433397d6cae4d66789d41b\nREGION=eu-central-1", secret: "e63100de107928ffe237d790a1c2e3f4b5a6978812345678abcdef0123456789" },
        { text: "export S1='3e312c4600433397d6cae4d66789d41b'", secret: "3e312c4600433397d6cae4d66789d41b" },
      ],
      negative: [
        { text: "Stripe-Signature: t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd" },
        { text: "K1=00000000000000000000000000000000" },
        { text: "see K1=e63100de107928ffe237d790a1c2e3f4 in the table" },
        { text: "K1=e63100de1079" },
      ],
    },
  },
  {
    id: "terraform-variable-default",
    description: "Default value of a Terraform variable named like a secret (`variable \"db_password\" { default = \"…\" }`)",
    pattern: `\\bvariable[ \\t]{1,8}"(?<key>[\\w-]{0,40}(?:password|passwd|secret|token|api_?key|access_?key|private_?key)[\\w-]{0,20})"[ \\t]{0,8}\\{[^}]{0,400}?\\bdefault[ \\t]{0,8}=[ \\t]{0,8}(?<q>")(?<secret>[^"\\n]{4,200})"`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["variable"],
    anchored: true,
    score: 0.75,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [{ text: 'variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "Bluebird#1327l"\n}', secret: "Bluebird#1327l" }],
      negative: [{ text: 'variable "db_password" {\n  type = string\n  default = ""\n}' }, { text: 'variable "password_length" {\n  default = "16"\n}' }],
    },
  },
  {
    id: "netrc-password",
    description: "Password of a .netrc entry (`machine host login user password …`, on one line or several)",
    // a netrc entry names its login ("machine X login Y password Z"); prose ("every machine needs password rotation")
    // does not
    pattern: `\\bmachine[ \\t]{1,8}[^\\s]{1,200}(?:\\s{1,20}(?:login|account)[ \\t]{1,8}[^\\s]{1,200}){1,2}\\s{1,20}password[ \\t]{1,8}(?<q>"?)(?<secret>[^\\s"]{4,200})\\k<q>(?=\\s|$)`,
    secretGroup: "secret",
    keywords: ["machine"],
    anchored: true,
    score: 0.8,
    examples: {
      positive: [
        { text: "machine api.heroku.com\n  login ops@acme.dev\n  password 3f6b1c2e-8a9d-4f70-b1e2-6c5d4a3b2f10\n", secret: "3f6b1c2e-8a9d-4f70-b1e2-6c5d4a3b2f10" },
        { text: "machine git.acme.dev login ci password Qz8vLk2Wm9xT", secret: "Qz8vLk2Wm9xT" },
      ],
      negative: [{ text: "the machine password policy requires rotation" }, { text: "machine api.heroku.com\n  login ops@acme.dev\n  password ${HEROKU_TOKEN}" }],
    },
  },
  {
    id: "pgpass-line",
    description: "Password field of a PostgreSQL .pgpass line (`host:port:database:user:password`)",
    // Only with a .pgpass file named nearby or the PostgreSQL port in the line: five colon-separated fields are common.
    pattern: `(?<![^\\n])[ \\t]{0,8}[A-Za-z0-9.*_-]{1,200}:(?:\\d{1,5}|\\*):[^:\\s]{1,100}:[^:\\s]{1,100}:(?<secret>[^\\s]{4,200})[ \\t]{0,8}(?=\\n|$)`,
    secretGroup: "secret",
    keywords: ["pgpass", ":5432:"],
    window: { before: 300, after: 600 },
    score: 0.8,
    examples: {
      positive: [
        { text: "cat ~/.pgpass\ndb.internal:5432:billing:billing_ro:Vx9qL2mZ7rT4", secret: "Vx9qL2mZ7rT4" },
        { text: "10.0.4.12:5432:*:replicator:k9Jm2Qx7Rt4L", secret: "k9Jm2Qx7Rt4L" },
      ],
      negative: [{ text: "root:x:0:0:root:/root:/bin/bash" }, { text: "db:5432:app:app:*" }],
    },
  },
  {
    id: "wifi-psk",
    description: "Wi-Fi pre-shared key in a wpa_supplicant or hostapd configuration (`psk=\"…\"`)",
    pattern: `(?<![\\w-])(?<key>psk|wpa_psk|wpa_passphrase|sae_password)[ \\t]{0,3}=[ \\t]{0,3}(?<q>"?)(?<secret>[^"\\s]{8,64})\\k<q>(?=\\s|$)`,
    secretGroup: "secret",
    keywords: ["psk", "sae_password", "wpa_passphrase"],
    anchored: true,
    score: 0.75,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [{ text: 'network={\n  ssid="HomeNet"\n  psk="Wanderlust!2291"\n}', secret: "Wanderlust!2291" }],
      negative: [{ text: "psk=0" }, { text: 'psk="${WIFI_PSK}"' }],
    },
  },
  {
    id: "wifi-psk-phrase",
    description: "Wi-Fi passphrase of several words in a wpa_supplicant or hostapd configuration (`psk=\"… …\"`, `wpa_passphrase=… …`)",
    // WPA passphrases are 8 to 63 printable ASCII characters, spaces included (IEEE 802.11i, annex H.4): `wifi-psk`
    // reads single tokens, this rule the values with a space: quoted, or the rest of a hostapd `wpa_passphrase=` line.
    pattern: `(?<![\\w-])(?<key>psk|sae_password|wpa_passphrase)[ \\t]{0,3}=[ \\t]{0,3}(?<q>"?)(?=[^"\\n]{1,62}[ ][^"\\n]{0,62}\\k<q>)(?<secret>(?<=")[\\x20\\x21\\x23-\\x7e]{8,63}(?=")|(?<=wpa_passphrase=)[\\x20-\\x7e]{7,62}[\\x21-\\x7e](?=[ \\t]{0,8}(?:\\r?\\n|$)))\\k<q>`,
    secretGroup: "secret",
    keywords: ["psk", "sae_password", "wpa_passphrase"],
    anchored: true,
    score: 0.8,
    validator: "password-literal",
    generic: true,
    examples: {
      positive: [
        { text: 'network={\n  ssid="Harbor"\n  psk="tidal basin 9 gulls"\n}', secret: "tidal basin 9 gulls" },
        { text: "interface=wlan0\nssid=Lab\nwpa_passphrase=quiet copper kettle sings\nwpa=2", secret: "quiet copper kettle sings" },
      ],
      negative: [{ text: 'psk="your wifi password"' }, { text: 'psk="${WIFI_PSK} x"' }, { text: "wpa_passphrase=xxxx xxxx xxxx" }],
    },
  },
  {
    id: "smtp-auth-plain",
    description: "SMTP AUTH PLAIN credentials in a protocol log (base64 of user and password)",
    pattern: `\\bAUTH[ \\t]{1,3}PLAIN[ \\t]{1,3}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])`,
    secretGroup: "secret",
    keywords: ["auth plain"],
    anchored: true,
    score: 0.85,
    validator: "smtp-auth-plain",
    examples: {
      positive: [{ text: "C: AUTH PLAIN AG1haWxlckBhY21lLmRldgBQZWxpY2FuKjY4aA==\nS: 235 2.7.0 Authentication successful", secret: "AG1haWxlckBhY21lLmRldgBQZWxpY2FuKjY4aA==" }],
      negative: [{ text: "250-AUTH PLAIN LOGIN" }, { text: "S: 250-AUTH PLAIN CRAM-MD5" }],
    },
  },
  {
    id: "basic-auth-pair",
    description: "User name and password given to an HTTP basic-auth helper (`HTTPBasicAuth(\"user\", \"…\")`, `auth=(\"user\", \"…\")`)",
    pattern: `(?<key>HTTPBasicAuth|HTTPDigestAuth|BasicAuth|basic_auth|basicAuth|DigestAuth|auth[ \\t]{0,2}=[ \\t]{0,2}\\()[ \\t]{0,3}\\(?[ \\t]{0,3}(?:(?:user(?:name)?|login)[ \\t]{0,2}=[ \\t]{0,2})?["'][^"'\\n]{1,64}["'][ \\t]{0,3},[ \\t]{0,3}(?:password[ \\t]{0,2}=[ \\t]{0,2})?(?<q>["'])(?<secret>[^"'\\n]{4,100})\\k<q>`,
    secretGroup: "secret",
    keywords: ["httpbasicauth", "httpdigestauth", "basicauth", "basic_auth", "digestauth", "auth=(", "auth = ("],
    anchored: true,
    score: 0.8,
    placeholderCheck: true,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: 'r = requests.get(url, auth=HTTPBasicAuth("svc_sync", "Orchard@956K"))', secret: "Orchard@956K" },
        { text: 'requests.post(url, auth=("svc_sync", "Orchard@956K"), timeout=5)', secret: "Orchard@956K" },
      ],
      negative: [{ text: 'auth=HTTPBasicAuth(user, password)' }, { text: 'auth=("admin", "password")' }],
    },
  },
  {
    id: "password-connect-argument",
    description: "Password passed as the third argument of a database connection call (`new PDO(dsn, user, password)`, `mysqli_connect`)",
    pattern: `\\b(?<key>new[ \\t]{1,8}PDO|new[ \\t]{1,8}mysqli|mysqli_connect|mysql_connect|pg_connect)[ \\t]{0,8}\\([ \\t]{0,8}(?:["'][^"'\\n]{0,200}["'][ \\t]{0,8},[ \\t]{0,8}){2}(?<q>["'])(?<secret>[^"'\\s]{4,100})\\k<q>`,
    secretGroup: "secret",
    keywords: ["pdo", "mysqli", "mysql_connect", "pg_connect"],
    anchored: false,
    window: { before: 16, after: 300 },
    score: 0.8,
    examples: {
      positive: [{ text: 'new PDO("mysql:host=localhost;dbname=shop", "shop", "Pd0!shopX92")', secret: "Pd0!shopX92" }],
      negative: [{ text: 'new PDO($dsn, $user, $password)' }, { text: 'new PDO("sqlite:/tmp/app.db", "", "")' }],
    },
  },
  {
    id: "password-in-prose-intl",
    description: "Password stated after a label in a non-Latin script or with non-ASCII letters (пароль, 密码, パスワード, 비밀번호, كلمة المرور, hasło, şifre, ...)",
    // The keyword pass reads ASCII only, so these labels are `unicodeKeywords`: the rule runs only on texts that hold
    // one. The value is printable ASCII (passwords mostly are, and it ends where the other script resumes:
    // "密码是Abc12345。"), with a digit or symbol. Words between the label and the value need a separator or verb
    // ("пароль от почты — X", "mật khẩu của wifi là X"); a value right after the label must look like one (mixed
    // case and a digit, or a symbol): "пароль от iPhone15 забыл", "密码 RFC-6238 标准" are no passwords.
    pattern: `(?<key>[Пп]ароль|[Пп]ароля|[Пп]аролем|[Пп]аролі|[Пп]арола|ПАРОЛЬ|[Лл]озинка|密码|密碼|口令|パスワード|暗証番号|비밀번호|암호|كلمة المرور|كلمة السر|كلمة مرور|סיסמה|סיסמא|[Κκ]ωδικός πρόσβασης|[Κκ]ωδικός|[Σσ]υνθηματικό|पासवर्ड|รหัสผ่าน|[Şş]ifre(?:m|si|niz)?|ŞİFRE|[Hh]asło|HASŁO|[Jj]elszó|[Jj]elszav(?:a|am|ad|unk|uk)|[Mm]ật khẩu)(?<op>[^\\S\\r\\n]{0,3}(?:[:：=]|[—–]|это|是|为|為|は|が|는|은|هي|היא|είναι|to|jest|brzmi|é|là|है)[^\\S\\r\\n]{0,3}(?:[:：][^\\S\\r\\n]{0,3})?${INTL_NEXT_LINE}|(?:[^\\S\\r\\n]{1,3}[^\\s:：=]{1,20}){1,5}[^\\S\\r\\n]{0,3}(?:[:：=]|[—–]|это|是|为|為|は|が|는|은|هي|היא|είναι|to|jest|brzmi|é|là|है)[^\\S\\r\\n]{0,3}(?:[:：][^\\S\\r\\n]{0,3})?${INTL_NEXT_LINE}|[^\\S\\r\\n]{1,3}(?=(?=[\\x21-\\x7e]{0,62}[A-Z])(?=[\\x21-\\x7e]{0,62}[a-z])[\\x21-\\x7e]{0,62}\\d|[\\x21-\\x7e]{0,62}[!#$%&*?@^~]))(?:["'\`「『“„‚]|«[^\\S\\r\\n]?)?(?=[\\x21-\\x7e]{0,63}[0-9!#$%&=?@^~*])(?<secret>[\\x21\\x23-\\x26\\x28-\\x5f\\x61-\\x7e]{4,62}[\\x21\\x23-\\x26\\x28-\\x2b\\x2d\\x2f-\\x39\\x3c-\\x5f\\x61-\\x7e])(?=(?:["'\`」』”“’‘]|[^\S\r\n]?»)?[.,;:)!?。，、]{0,3}(?:[^\\x21-\\x7e]|$))`,
    flags: "u", // case-sensitive: the value check below tells upper from lower case (labels list their capitals)
    secretGroup: "secret",
    keywords: ["jelszav"], // Hungarian "jelszava" (its password): ASCII, so a keyword of the keyword pass
    unicodeKeywords: ["пароль", "пароля", "паролем", "паролі", "парола", "лозинка", "密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "암호", "كلمة المرور", "كلمة السر", "كلمة مرور", "סיסמה", "סיסמא", "κωδικός", "συνθηματικό", "पासवर्ड", "รหัสผ่าน", "şifre", "hasło", "jelszó", "mật khẩu"],
    score: 0.8,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: "мой пароль: Tr0ub4dor&3x", secret: "Tr0ub4dor&3x" },
        { text: "Пароль от почты — Qwerty!2024, не теряй", secret: "Qwerty!2024" },
        { text: "我的密码是Abc#12345，请不要告诉别人。", secret: "Abc#12345" },
        { text: "パスワードは Xk9#mP2qLz です", secret: "Xk9#mP2qLz" },
        { text: "비밀번호는 Gx7#pLm2qZ입니다", secret: "Gx7#pLm2qZ" },
        { text: "كلمة المرور: Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "הסיסמה היא Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "ο κωδικός πρόσβασης είναι Gx7#pLm2qZ.", secret: "Gx7#pLm2qZ" },
        { text: "मेरा पासवर्ड Gx7#pLm2qZ है", secret: "Gx7#pLm2qZ" },
        { text: "Moje hasło to Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "şifrem: Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "mật khẩu của wifi là Hn4#kd8Wq", secret: "Hn4#kd8Wq" },
        { text: "пароль Qwerty2024x", secret: "Qwerty2024x" },
        { text: "Пароль для входа в систему: Moskva#1991", secret: "Moskva#1991" },
        { text: "密码是：Huawei@12345", secret: "Huawei@12345" },
        { text: "новый пароль:\n  Moskva#1991x\nспасибо", secret: "Moskva#1991x" },
        { text: "服务器密码：\nHuawei@12345", secret: "Huawei@12345" },
        // words between the label and the colon, the value on the next line (after a blank line, or a chat mark)
        { text: "пароль для почты:\n  Moskva#1991x", secret: "Moskva#1991x" },
        { text: "Пароль от роутера —\n\nsunflower2024", secret: "sunflower2024" },
        { text: "كلمة المرور الخاصة بالبريد:\n> Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "Hasło do bazy danych:\nKsiezyc#4471m", secret: "Ksiezyc#4471m" },
        { text: "A szerver jelszava:\n Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
        { text: "hasło do bazy to „Gx7#pLm2qZ”.", secret: "Gx7#pLm2qZ" },
        { text: "hasło do wifi brzmi Gx7#pLm2qZ", secret: "Gx7#pLm2qZ" },
      ],
      negative: [
        { text: "пароль должен содержать не менее 8 символов" },
        { text: "密码长度至少8位，必须包含数字" },
        { text: "パスワードを忘れた場合はリセットしてください" },
        { text: "비밀번호 재설정 링크를 보냈습니다" },
        { text: "пароль: ${DB_PASSWORD}" },
        { text: "密码：123456" },
        { text: "пароль: password" },
        { text: "пароль от iPhone15 забыл" },
        { text: "Пароль для COVID-19 портала" },
        { text: "密码 RFC-6238 标准" },
        { text: "пароль к Windows10" },
        { text: "Какой пароль от Wi-Fi?" },
        { text: "пароль:\nне менее 8 символов, цифры и буквы" },
        { text: "пароль:\n  ${DB_PASSWORD}" },
        { text: "пароль для почты:\n  не менее 8 символов" },
        { text: "пароль для почты:\n  Gx7#pLm2qZ и ещё текст" },
        { text: "hasło do poczty:\n  wymagane" },
        { text: "A szerver jelszava:\n  kötelező" },
      ],
    },
  },
  {
    id: "credential-pair-in-prose",
    description: "A user name and password given together in a sentence (\"login with <user> / <password>\", \"user <name> pass <password>\")",
    pattern: `(?:(?<key>credentials?|creds|login|log in|sign in|logon)(?:[ \\t]{1,3}(?:is|are|with|as|using))?[ \\t]{0,3}:?[ \\t]{1,3}["'\`]?[\\w.@+-]{2,40}[ \\t]{0,2}[/:][ \\t]{0,2}|(?<key2>user(?:name)?|login)(?:[ \\t]{1,3}|[ \\t]{0,2}=[ \\t]{0,2})[\\w.@+-]{2,40}[ \\t,]{1,3}(?:pass|pw|pwd|password)(?:[ \\t]{0,2}:?[ \\t]{1,3}|[ \\t]{0,2}=[ \\t]{0,2}))(?=\\S{0,63}[0-9!#$%&=?@^~*])["'\`]?(?<secret>[^\\s"'\`/:]{5,63}[^\\s"'\`/:.,;)])["'\`]?(?=[.,;:)!?]{0,3}(?:\\s|$))`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["credential", "creds", "login", "log in", "sign in", "logon", "user"],
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: "login with admin / Summer2024!", secret: "Summer2024!" },
        { text: "use the credentials admin:Summer2024! to log in", secret: "Summer2024!" },
        { text: "Here are my creds: user jsmith pass Xk9#mP2qLzW", secret: "Xk9#mP2qLzW" },
        { text: "username jdoe, password Tr0ub4dor&3", secret: "Tr0ub4dor&3" },
        { text: "Here are the creds for the staging DB: user=readonly pass=ro!Acc3ss22", secret: "ro!Acc3ss22" },
      ],
      negative: [
        { text: "login with your email / password" },
        { text: "credentials: see the vault" },
        { text: "user admin password reset link" },
        { text: "sign in with Google / Microsoft" },
      ],
    },
  },
  {
    id: "password-label-inline",
    description: "Password after a `pass:` / `pw=` label inside a line of prose or a log (\"login: jdoe pass: …\", \"user admin@acme.com / pwd: …\")",
    // generic-secret-config takes labels at the start of a line; here the label may stand anywhere, so the value must
    // carry a digit or symbol and no path separator (`pwd: /home/app` is a directory), and it must end the phrase.
    // After `user <name>` the pair is credential-pair-in-prose's.
    pattern: `(?<![\\w-])(?<!^[ \\t"'-]{0,12})(?<!\\b(?:boarding|day|bus|season|guest|ski|hall|backstage|visitor|free|press|travel|weekly|monthly|annual|train|rail|metro|museum|park|event|vip|access|parking|transit|hiking|gate|bike|gym|fast|express|digital|mobile|family|student|all-access|hall) )(?<!\\b(?:user(?:name)?|login)(?:[ \\t]{1,3}|[ \\t]{0,2}=[ \\t]{0,2})[\\w.@+-]{2,40}[ \\t,]{1,3})(?<key>password|passwd|passcode|passphrase|pass|pwd|pw)(?<op>[ \\t]{0,2}[:=][ \\t]{0,3})(?=[^\\s/]{0,63}[0-9!#$%&=?@^~*])(?<q>["'\`]?)(?<secret>[^\\s"'\`/]{4,63}[^\\s"'\`/.,;:)])\\k<q>(?=[.,;:)!?]{0,3}(?:\\s|$))`,
    flags: "im",
    secretGroup: "secret",
    keywords: ["pass", "pwd", "pw:", "pw="],
    anchored: true,
    score: 0.7,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: "login jdoe@acme.com / pass: Winter#2023", secret: "Winter#2023" },
        { text: "login: jdoe pass: Xk9#mPq2vL thanks", secret: "Xk9#mPq2vL" },
        { text: "[auth] svc_backup pw=Qz8!vLk2Wm status=ok", secret: "Qz8!vLk2Wm" },
        { text: "Account admin (PWD: Tr0ub4dor&3)", secret: "Tr0ub4dor&3" },
      ],
      negative: [
        { text: "cd there, then pwd: /home/app/releases" },
        { text: "the test pass: 98% of cases" },
        { text: "password: ${DB_PASSWORD}" },
        { text: "bypass: 3x faster" },
        { text: "Pass: 2 of 3 checks" },
        { text: "Your boarding pass: QR7H2K9 (seat 14C)" },
        { text: "Ticket #4471 — day pass: DP-2024-0081 valid until 18:00" },
      ],
    },
  },
  {
    id: "email-password-pair",
    description: "A password glued to an e-mail address by a colon, as in leaked combo lists and credential notes (`jane@corp.com:<password>`)",
    // Not a port (digits only) and no path (`git@github.com:org/repo.git`, `user@host:/srv`); the value must end at a
    // space, a line end or a list separator.
    // Also " / " between them ("ops@helio.dev / Pelican*68h"), when the value has letters and a digit and is no address,
    // phone or date ("#eng-oncall" is a channel).
    pattern: `(?<!\\b(?:scp|rsync|sftp|ssh|git|rclone|sshfs|mount|cp|push|pull|clone|remote)\\b[^\\n]{0,200})(?<=[\\w.%+-]@(?:[A-Za-z0-9-]{1,63}\\.){0,6}[A-Za-z0-9-]{1,63})\\.[A-Za-z]{2,24}(?:(?<op>:)(?!\\d{1,6}(?:[\\s,;|]|$))|(?<op2> / )(?=[^\\s@/]{0,39}[A-Za-z])(?=[^\\s@/]{0,39}[0-9])(?![^\\s]{0,40}\\.[a-z]{2,4}(?:[\\s,;|]|$))(?!\\+?[\\d\\s().-]{4,40}(?:[\\s,;|]|$)))(?<secret>[^\\s:/,;|"'\`<>()\\[\\]]{4,63})(?=[\\s,;|]|$)`,
    flags: "i",
    secretGroup: "secret",
    // Anchored at the top-level domain and the colon (keywords are literals: the common TLDs of such lists).
    keywords: [...EMAIL_TLD_COLON, ...EMAIL_TLD_COLON.map((k) => `${k.slice(0, -1)} /`)],
    anchored: true,
    score: 0.75,
    placeholderCheck: false,
    validator: "generic-assignment",
    generic: true,
    examples: {
      positive: [
        { text: "Leaked combo list: john.doe@example.com:Sunshine2024! and more", secret: "Sunshine2024!" },
        { text: "mary@corp.io:Tr0ub4dor&3", secret: "Tr0ub4dor&3" },
        { text: "creds jane.roe@mail.example.org:Qz8vLk2Wm9, then rotate", secret: "Qz8vLk2Wm9" },
        { text: "the staging login is ops@helio.dev / Pelican*68h until Friday", secret: "Pelican*68h" },
      ],
      negative: [
        { text: "git clone git@github.com:acme/app.git" },
        { text: "scp build.tgz deploy@web1.example.com:/srv/app" },
        { text: "smtp relay at mail@example.com:587 works" },
        { text: "Contact: jane@example.com: she answers fast" },
        { text: "user@example.com:password" },
        { text: "scp -P 2222 report.pdf jane@files.example.org:Reports_Q3-2024" },
        { text: "rsync -a site/ deploy@web-1.example.net:htdocs_v2" },
        { text: "write to sales@acme.com / support@acme.com" },
        { text: "contact jane@acme.com / +1 415 555 0132" },
        { text: "owner: jane@acme.com / Mon-Fri" },
        { text: "see jane@acme.com / acme.io" },
        { text: "Ping bob@acme.com / #eng-oncall for access" },
      ],
    },
  },
  {
    id: "url-query-secret",
    description: "Credential passed as a URL query parameter (?api_key=..., &access_token=...)",
    pattern:
      "[?&;](?<key>[\\w.-]{0,30}(?:api[_.-]?key|apikey|app[_.-]?(?:id|key)|appkey|token|secret|password|passwd|pwd|auth|sig|signature|credential)[\\w.-]{0,20})=(?<secret>[^&#;\\s\"'<>)\\]]{6,400})(?=[&#;\\s\"'<>)\\]]|$)",
    flags: "i",
    secretGroup: "secret",
    // `appid=` / `app_key=`: weather, maps and translation APIs name their API key after the app
    keywords: ["key=", "token=", "secret=", "password=", "passwd=", "pwd=", "auth=", "signature=", "credential=", "appid=", "app_id=", "app-id=", "app.id="],
    score: 0.75,
    placeholderCheck: false,
    validator: "url-query",
    generic: true,
    window: { before: 56, after: 420 },
    examples: {
      positive: [
        { text: "GET /v1/reports?api_key=9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b&format=json", secret: "9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b" },
        { text: "https://api.example.com/feed?user=42&access_token=Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6" },
        { text: "jdbc:postgresql://db:5432/app?user=app&password=Vx9!qL2mZ7r", secret: "Vx9!qL2mZ7r" },
        { text: "GET https://api.example.test/v1/weather?q=Oslo&appid=5f0c2b9e7a4d81c3e6f9b2a0d7c4e1f8&units=metric", secret: "5f0c2b9e7a4d81c3e6f9b2a0d7c4e1f8" },
      ],
      negative: [
        { text: "https://example.com/search?q=token&page=2" },
        { text: "https://example.com/?api_key=YOUR_API_KEY" },
        { text: "https://example.com/cb?token_type=bearer&expires_in=3600" },
        // pre-signed URLs: a per-request signature, not a credential
        { text: "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261127T101112Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=5f1c0e3b9a7d2c4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e" },
        { text: "https://d1.cloudfront.net/v.mp4?Expires=1764400000&Signature=Qz8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6~Ai7Oq-k9Jm2Qx7Rt4Lw8Zp1Vb6Nc3Hd5Fg0Sy&Key-Pair-Id=K2JCJMDEHXQW5F" },
      ],
    },
  },
  {
    id: "http-auth-header",
    description: "Credential in an Authorization / API-key HTTP header",
    pattern:
      `(?<key>authorization|api-?key|x-auth-token|x-access-token|private-token|api-token|token)["']?[ \\t]{0,2}:[ \\t]{0,3}` +
      // AWS Signature V4 and Digest carry a per-request signature, not a credential (the key id is its own rule's)
      `(?:(?:Bearer|Basic|Token|Api-Token|Bot|ApiKey|SSWS|JWT|OAuth)[ \\t]{1,3})?(?!(?:AWS4-HMAC-SHA256|Digest)\\b)(?<secret>[A-Za-z0-9._~+/=:@!-]{8,2000})`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["authorization", "api-key", "apikey", "x-auth-token", "x-access-token", "private-token", "api-token", "token:"],
    anchored: true,
    score: 0.8,
    placeholderCheck: false,
    validator: "auth-header",
    generic: true,
    examples: {
      positive: [
        { text: `curl -H "Authorization: Bearer cfcabd11c7ed9a41b1a3e063c32d5114" https://api`, secret: "cfcabd11c7ed9a41b1a3e063c32d5114" },
        { text: `-H "X-Octopus-ApiKey: 3a16750d-d363-41a4-8ebd-035408f7730f"`, secret: "3a16750d-d363-41a4-8ebd-035408f7730f" },
      ],
      negative: [
        { text: `-H "Authorization: Bearer $API_KEY"` },
        { text: `-H "Authorization: Bearer <Openverse API token>"` },
        { text: `-H "Authorization: Token **********"` },
        { text: 'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"' },
        { text: "Authorization: AWS4-HMAC-SHA256 Credential=AKIAQIL3WUQDIAQKJGMQ/20261127/eu-west-1/s3/aws4_request" },
      ],
    },
  },
  {
    id: "high-entropy-near-keyword",
    description: "Random-looking string close to a secret keyword",
    // (a keyword that is a URL path segment, `/oauth2/token`, names an endpoint, not the value after it)
    pattern:
      `(?<!/)(?<key>(?:secret|token|api[ _-]?key|apikey|credential|bearer|access[ _-]?key)[\\w.-]{0,20})(?![\\w.-])[^\\r\\n]{0,40}?(?<![A-Za-z0-9+/_.-]|==)(?<secret>[A-Za-z0-9+/_=.-]{20,200})(?![A-Za-z0-9+/_=.-])`,
    // (the value may follow `=` directly, `token=…`, but not a base64 run's `==` padding)
    flags: "i",
    secretGroup: "secret",
    // Password-like and auth keywords are left to the assignment rules: too frequent in code for this scan.
    keywords: ["secret", "token", "api key", "api_key", "api-key", "apikey", "credential", "bearer", "access key", "access_key", "access-key"],
    anchored: true,
    score: 0.66,
    placeholderCheck: false,
    validator: "high-entropy",
    generic: true,
    examples: {
      positive: [
        { text: "here is my api key for the staging box: q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj", secret: "q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj" },
        { text: "request failed (403), token=q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj retrying", secret: "q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj" },
      ],
      negative: [
        { text: "the token endpoint is documented in the guide" },
        { text: "token id 550e8400-e29b-41d4-a716-446655440000-deadbeef is deprecated" },
        { text: '<input type="hidden" name="authenticity_token" value="7SWa-Fo1_hsC6oovfBsJFLGPUl2EhkSWPbJhWANwgaJWBDl1vxd9VNqXTNAefsJqzIRYaZEfYZLffa31rw8zJA" />' },
        { text: "GET /v1/auth/token/lookup-self failed: 403 (see the audit log, request 7f3c9a1e)" },
        { text: "curl -v https://api-m.sandbox.paypal.com/v1/oauth2/token -u AZDxjDScFpQtjWTOUtWKbyN_bDt4OgqaF4eYXlewfBP4-8aqX3PiV8e1GWU6liB2CUXlkA59kJXE7M6R:$PAYPAL_SECRET" },
      ],
    },
  },
  {
    id: "api-key-in-prose-intl",
    description: "Random-looking string after \"API key\" / \"secret key\" / \"token\" in German, French, Italian, Spanish, Portuguese, Dutch, Polish or Swedish",
    // The words alone mean "key" (Schlüssel, clé, chiave, clave, llave, chave, sleutel, klucz, nyckel), so the value
    // must look random (high-entropy validator); hex values count after a colon or a verb ("la chiave segreta di
    // Cloudflare è d3df…", "la clé d'API Datadog : fe5e…"), not after a fingerprint or commit label.
    pattern: `(?<key>(?:api[ \\t-]?)?schl(?:ü|ue|u)ssel|cl(?:é|e)(?:[ \\t]{1,3}(?:d['’][ \\t]?api|api|secr(?:è|e)te|priv(?:é|e)e|d['’][ \\t]?acc(?:è|e)s))?|jeton(?:[ \\t]{1,3}(?:d['’][ \\t]?(?:acc(?:è|e)s|api)|secret))?|chiave(?:[ \\t]{1,3}(?:segreta|api|privata|d['’][ \\t]?accesso|di[ \\t]{1,3}accesso))?|(?:clave|llave)(?:[ \\t]{1,3}(?:secreta|api|privada|de[ \\t]{1,3}(?:la[ \\t]{1,3})?api|de[ \\t]{1,3}acceso))?|chave(?:[ \\t]{1,3}(?:secreta|api|privada|de[ \\t]{1,3}api|de[ \\t]{1,3}acesso))?|(?:api[ \\t-]?)?sleutel|klucz(?:[ \\t]{1,3}(?:api|tajny|prywatny|dost(?:ę|e)pu))?|(?:api[ \\t-]?)?nyckel(?:n)?)(?![\\wÀ-ɏ.-])[^\\r\\n]{0,40}?(?<![A-Za-z0-9+/_=.-])(?<secret>[A-Za-z0-9+/_=.-]{19,199}[A-Za-z0-9+/_=-])(?![A-Za-z0-9+/_=-]|\\.[A-Za-z0-9+/_=-])`,
    flags: "iu",
    secretGroup: "secret",
    keywords: ["schl", "jeton", "chiave", "clave", "llave", "chave", "sleutel", "klucz", "nyckel", "cle "],
    unicodeKeywords: ["clé"],
    window: { before: 8, after: 160 },
    score: 0.66,
    placeholderCheck: false,
    validator: "high-entropy-intl",
    generic: true,
    examples: {
      positive: [
        { text: "ici la clé d'API Datadog pour l'agent : fe5ea9b9944cd235538fdf736df1fdeb. Merci", secret: "fe5ea9b9944cd235538fdf736df1fdeb" },
        { text: "La chiave segreta di Cloudflare è d3dfbb27f20eb359a4abaae1aaaa9e61eb425, usala solo per il DNS.", secret: "d3dfbb27f20eb359a4abaae1aaaa9e61eb425" },
        { text: "Hier der API-Schlüssel für das Staging: q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj", secret: "q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj" },
        { text: "mi clave de API es Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6" },
        { text: "a chave secreta: Xk9mP2qLzW7vR4tY8uI1oP3aS5dF", secret: "Xk9mP2qLzW7vR4tY8uI1oP3aS5dF" },
        { text: "de API-sleutel is Rt4Wb7Nc1Hd5Fg0Sy3Ue6Zq8Lm2Xv9", secret: "Rt4Wb7Nc1Hd5Fg0Sy3Ue6Zq8Lm2Xv9" },
        { text: "klucz API: Hd5Fg0Sy3Ue6Zq8Lm2Xv9Rt4Wb7Nc1", secret: "Hd5Fg0Sy3Ue6Zq8Lm2Xv9Rt4Wb7Nc1" },
        { text: "API-nyckeln är Sy3Ue6Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0", secret: "Sy3Ue6Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0" },
        { text: "voici le jeton d'accès : Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6Zq8", secret: "Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6Zq8" },
      ],
      negative: [
        { text: "der Schlüssel liegt unter der Matte" },
        { text: "Fingerabdruck des Schlüssels 3f2a9c1b7e4d8f6a0b5c2e9d7a4f1c8e3b6d0a92" },
        { text: "la clé du commit 3f2a9c1b7e4d8f6a0b5c2e9d7a4f1c8e3b6d0a92 est cassée" },
        { text: "la chiave è il file config/production-settings-override.yaml" },
        { text: "clave primaria: 550e8400-e29b-41d4-a716-446655440000" },
        { text: "Schlüssel-ID ABCDEF1234567890ABCDEF1234567890" },
      ],
    },
  },
];
