import type { SecretRule } from "../secret-rule.js";

/**
 * Passwords announced in prose without a colon: a password label, a few words, then a phrase saying what the password
 * now is or was changed to ("est désormais X", "quedó como X", "zmieniłem na X", "已改为 X", "X に変更しました"), in
 * the languages of `password-in-prose`. The value is judged by its shape in the `prose-password` validator (letters
 * with a digit or a symbol, or random mixed case; no word, number, version, path or name), and the words between the
 * label and the value must not be about the password (its policy, hash, length, ...), so "the password is now
 * required" and "the password changed yesterday" stay out. Spans cover the value only.
 */

/** Printable ASCII and Latin letters, no quotes or white space: what a stated password is made of. */
export const VALUE_CHAR = "\\x21\\x23-\\x26\\x28-\\x5f\\x61-\\x7e\\u00c0-\\u024f";
/** A value does not end with sentence punctuation (`.` `,` `:` `;` `)`). */
const VALUE_END = "\\x21\\x23-\\x26\\x28\\x2a\\x2b\\x2d\\x2f-\\x39\\x3c-\\x5f\\x61-\\x7e\\u00c0-\\u024f";
export const OPEN_QUOTE = `(?:["'\`“„‚«「『][^\\S\\n]?)?`;
export const CLOSE_QUOTE = `(?:[^\\S\\n]?["'\`”“’‘»」』])?`;
export const VALUE = `${OPEN_QUOTE}(?<secret>[${VALUE_CHAR}]{4,62}[${VALUE_END}])${CLOSE_QUOTE}`;
/** The value ends at white space, another script or the end, after at most a little punctuation. */
export const VALUE_BOUNDARY = `(?=[.,;:)!?。，、！？]{0,3}(?:[^${VALUE_CHAR}]|$))`;

/** The words between the label and the phrase: one sentence (lazy, so the nearest phrase wins), at most 60 characters. */
const GAP = `[^\\n.!?。！？:：]{0,60}?`;

/**
 * "Now is / changed to" phrases that split words with spaces: they stand between word boundaries. One alternation per
 * language (English, French, Spanish, Italian, Portuguese, Dutch, German, Polish, Czech, Swedish / Danish / Norwegian,
 * Finnish, Indonesian, Turkish, Russian / Ukrainian, Greek, Hungarian, Romanian, Swahili, Vietnamese).
 */
const WORD_PHRASES = [
  "is now|was changed to|is currently|now is|is as of today|as of today is|is from now on|from now on is|(?:has been |was |got |is )?(?:changed|reset|updated|rotated|switched|set) (?:it )?to|(?:i |we )?(?:set|changed|reset|updated) it to|new one is",
  "est désormais|est dorénavant|est maintenant|c['’]est désormais|devient|(?:a été )?(?:changée?|modifiée?|remplacée?|réinitialisée?) (?:en|par|pour|à)|est passée? à",
  "qued[óo] (?:como|en)|queda (?:como|en)|ahora es|es ahora|es desde hoy|desde hoy es|pas[óo] a ser|(?:ha |fue |la )?cambi(?:ó|o|é|ada|ado) (?:a|por)|(?:fue |ha sido )?(?:actualizada|modificada|restablecida) a",
  "(?:è|e) ora|ora (?:è|e)|adesso (?:è|e)|(?:è|e) adesso|(?:è stata |l['’]ho )?(?:cambiata|cambiato|modificata|modificato|reimpostata|aggiornata) (?:in|a|con)|diventa",
  "agora (?:é|e)|(?:é|e) agora|ficou|passou a ser|(?:foi )?(?:alterada|mudada|trocada|redefinida|atualizada) para|(?:mudou|mudei|mudamos|trocou|troquei|trocamos|alterou|alterei) (?:ela |a senha )?(?:para|pra)|virou|desde hoje (?:é|e)|(?:é|e) desde hoje",
  "is (?:gewijzigd|veranderd|aangepast) (?:in|naar)|(?:gewijzigd|veranderd) (?:in|naar)|is nu|is voortaan|is sinds (?:vandaag|gisteren|vanochtend|vanmorgen|kort|deze week)|is vanaf (?:nu|vandaag)",
  "ist jetzt|ist nun|ist ab sofort|ist neu|lautet (?:jetzt|nun|ab sofort|neu)|(?:wurde |ist )?(?:geändert|geaendert) (?:auf|in|zu)",
  "zmieni[łl](?:em|am|a|i|y)? na|zmienione na|zmieniono na|(?:to|jest) teraz|teraz (?:to|jest)|teraz|brzmi teraz|od (?:teraz|dziś|dzis) to",
  "je (?:teď|ted|nyní|nyni)|(?:teď|nyní) je|(?:bylo |je )?změněno na|změnil(?:a)? jsem na|zmenené na",
  "är numera|är nu|numera|(?:har |blev )?(?:ändrat|ändrats|bytt|byttes) till|er nu|er nå|(?:er |blev )?(?:ændret|endret|skiftet|byttet) til",
  "on nyt|on nykyään|uusi on|(?:vaihdettu|muutettu) (?:muotoon|arvoon)",
  "(?:sudah |udah |telah )?(?:aku |saya |gue |gw |kami |kita )?(?:diganti|diubah|ditukar|ganti|gantiin|ubah|tukar)(?:in)? (?:jadi|menjadi|ke)|sekarang(?: (?:adalah|jadi))?",
  "artık|şimdi|yeni şifre",
  "теперь|тепер|сейчас|зараз|(?:изменён|изменен|изменил[аи]?|поменял[аи]?|сменил[аи]?|сменён|сменен|змінено|змінив|змінила|поміняв|поміняла) на|стал|стала|став",
  "είναι πλέον|είναι τώρα|τώρα είναι|πλέον είναι|(?:άλλαξε|άλλαξα|έγινε) σε",
  "most már|mostantól",
  "este acum|acum este|(?:a fost |s-a )?(?:schimbat[ăa]?|resetat[ăa]?|setat[ăa]?|modificat[ăa]?) (?:în|in|la)|am schimbat-o (?:în|in)",
  "sasa ni|ni sasa|(?:ime|nime|tume)(?:badilishwa|ibadilisha|badilisha) (?:kuwa|kwenda)",
  "(?:đã )?đổi thành|(?:đã )?đổi là|(?:bây )?giờ là|hiện là|mới là",
].join("|");

/** Phrases of scripts written without spaces (Chinese, Thai) or with attached particles (Arabic, Hebrew, Hindi). */
const SCRIPT_PHRASES = [
  "已经?(?:改为|改成了?|更改为|修改为|设置为|设为|重置为|变成了?|改為|更改為|修改為|設為|設置為)|(?:改为|改成了?|更改为|修改为|设置为|设为|重置为|改為|設為)|现在是|現在是",
  "ตอนนี้(?:คือ|เป็น)?|เปลี่ยนเป็น|ใหม่คือ|คือ",
  "أصبحت|اصبحت|صارت|الآن|الان|(?:تم )?تغييرها (?:إلى|الى)|غيرتها (?:إلى|الى)",
  "עכשיו|כעת|שונתה ל-?|שיניתי ל-?",
  "अब(?: से)?|बदलकर|बदल कर",
].join("|");

/**
 * A bare copula after the words of the sentence ("palavra-passe temporária da tua conta é X", "Parola nouă pentru
 * contul comun este X", "Nenosiri la wifi ni X"): the label may be followed by adjectives and the account before the
 * verb, which `password-in-prose` (a preposition first) does not read. The value shape and the gap veto decide; the
 * `prose-password` validator caps the score (0.61, under every score of that rule) so that `password-in-prose` keeps the sentences it reads.
 */
const COPULA = `(?<![\\p{L}\\p{N}])(?<cop>is|es|é|est|ist|este|ni|är|adalah|è|jest)(?![\\p{L}\\p{N}])`;

/**
 * "set / changed / cambié / mudei / changé / cambiato … the <label> … to / a / para / en / in X": the verb before the
 * label (within the sentence), the preposition after it (`password-in-prose` reads only "set the <word> password to",
 * and keeps those sentences: the validator caps this form's score at 0.61, under every score of that rule).
 */
const SET_VERB_BEFORE = `(?<=(?<![\\p{L}])(?:set|change[ds]?|reset|update[ds]?|rotated?|switched|cambi[éeó]|cambiamos|puse|pusimos|actualic[ée]|restablec[íi]|mudei|mudamos|troquei|trocamos|alterei|coloquei|defini|redefini|chang[ée]|modifi[ée]|mis|r[ée]initialis[ée]|cambiato|cambiata|messo|impostato|modificato|reimpostato)(?![\\p{L}])[^\\n.!?:]{1,60})`;
const SET_TO = `${SET_VERB_BEFORE}${GAP}(?<![\\p{L}\\p{N}])(?<setTo>to|a|por|para|pra|en|à|par|in|con)[^\\S\\n]{1,3}(?:(?:the|el|la|o|a|le|il)[^\\S\\n]{1,3}(?:value|valor|valeur|valore)[^\\S\\n]{1,3})?`;

/** Forward form: gap, phrase, an optional colon or dash, the value. */
const PHRASE = `(?:(?<![\\p{L}\\p{N}])(?:${WORD_PHRASES})(?![\\p{L}\\p{N}])|(?:${SCRIPT_PHRASES}))`;
const FORWARD = `${GAP}${PHRASE}[^\\S\\n]{0,3}(?:[:：—–-][^\\S\\n]{0,3})?`;

/** Value-first form: Japanese "パスワードを X に変更しました", Korean "비밀번호를 X로 변경했습니다", German "auf X geändert". */
const AFTER_VALUE_VERB = `${CLOSE_QUOTE}[^\\S\\n]{0,3}(?:に(?:変更|設定|変え|し|な)|へ変更|(?:으로|로)[^\\S\\n]?(?:변경|바꿨|바꿔|바뀌|설정|재설정)|(?:geändert|geaendert|gesetzt|umgestellt)(?![\\p{L}])|olarak[^\\S\\n](?:değiştir|ayarla|güncelle|belirle))`;
const BEFORE_VERB = `${GAP}(?:を|は|が|를|을|는|은|(?<![\\p{L}\\p{N}])(?:auf|in)[^\\S\\n])[^\\S\\n]{0,3}(?=${OPEN_QUOTE}[${VALUE_CHAR}]{5,63}${AFTER_VALUE_VERB})`;

/**
 * Persian puts the copula after the value ("رمز عبور سرور X است", "پسورد وای‌فای X هست"): a gap of the sentence, then a
 * value followed by the verb.
 */
const VALUE_BEFORE_COPULA = `${GAP}[^\\S\\n](?=${OPEN_QUOTE}[${VALUE_CHAR}]{5,63}${CLOSE_QUOTE}[^\\S\\n]{1,3}(?:است|هست|شد|شده|می‌باشد)(?![\\p{L}]))`;

/** Latin-script labels the keyword pass finds (ASCII keywords). */
const LATIN_LABELS =
  "(?<=(?:la|tu|mi|su|nuestra)[^\\S\\n]{1,3})contra(?=[^\\S\\n]{1,3}(?:del?|es|:)(?![\\p{L}]))|nenosiri|neno la siri|password|passwd|passcode|passphrase|pwd|pw(?= )|mot de passe|mdp|passwort|kennwort|contrase(?:ñ|n)a|clave(?![^\\S\\n]{1,3}(?:de[^\\S\\n]{1,3})?(?:api|privada|p(?:ú|u)blica|ssh|gpg|pgp)(?![\\p{L}])|[^\\S\\n]{1,3}del[^\\S\\n]{1,3}(?:éxito|exito|asunto|problema|partido|juego|caso|misterio)(?![\\p{L}]))|senha|palavra-passe|wachtwoord|(?<=l[öo])senord(?:et)?|adgangskode(?:n)?|passord(?:et)?|salasana|heslo|haslo|parola(?![^\\S\\n]{1,3}(?:chiave|d))|parool|lozinka|geslo|jelszo|jelszava|sifre(?:si|m|niz)?|kata[ \\t]sandi(?:nya|ku|mu)?|slaptazodis";

/** Labels in other scripts or with non-ASCII letters (run by the rule's `unicodeKeywords`). */
const INTL_LABELS =
  "رمز عبور|رمز ورود|کلمه(?:‌ی| ی)? عبور|گذرواژه|پسورد|[Пп]арол(?:ь|я|ем|і)|ПАРОЛЬ|[Лл]озинка|密码|密碼|口令|パスワード|暗証番号|비밀번호|암호|كلمة المرور|كلمة السر|كلمة مرور|סיסמה|סיסמא|[Κκ]ωδικός(?: πρόσβασης)?|[Σσ]υνθηματικό|पासवर्ड|รหัสผ่าน|[Şş]ifre(?:m|si|niz)?|ŞİFRE|[Hh]asło|HASŁO|[Jj]elszó|[Mm]ật khẩu|[Ss]laptažodis";

const EXAMPLE_NEGATIVES = [
  { text: "the password is now required for every login" },
  { text: "The password is too short." },
  { text: "I changed it yesterday, the password is now different" },
  { text: "the password policy is now 12 characters" },
  { text: "the password hash is now $2b$12$abcdefghijklmnopqrstuu" },
  { text: "the password is now e-mailed to new users" },
  { text: "the password requirement changed to SHA-256" },
  { text: "le mot de passe est désormais obligatoire" },
  { text: "la contraseña quedó como antes" },
  { text: "a senha agora é obrigatória" },
  { text: "Hasło zmieniłem na nowe, podam ci jutro" },
  { text: "密码已改为 8 位以上" },
  { text: "パスワードを 8文字以上 に変更しました" },
  { text: "the wifi password is now ${WIFI_PASSWORD}" },
];

export const passwordChangeRules: readonly SecretRule[] = [
  {
    id: "password-change-in-prose",
    description: "Password announced after a change or state phrase (\"is now X\", \"est désormais X\", \"quedó como X\", \"zmieniłem na X\", \"auf X geändert\")",
    pattern: `(?<key>${LATIN_LABELS})(?<op>${FORWARD}|${BEFORE_VERB}|${SET_TO}|[^\\S\\n]{1,3}[^\\n.!?:：]{1,60}?[^\\S\\n]{0,2}[:：][^\\S\\n]{1,3}(?=${OPEN_QUOTE}[${VALUE_CHAR}]{5,63}${CLOSE_QUOTE}[.!]?[^\\S\\n]{0,3}(?:\\r?\\n|$|(?<=[^\\S\\n])[—–](?=[^\\S\\n])))(?=\\S{0,64}[0-9!#$%&*=?@^~_-])|${GAP}${COPULA}[^\\S\\n]{1,3}(?:[:：][^\\S\\n]{0,3})?(?=\\S{0,63}[0-9!#$%&*=?@^~_-]))${VALUE}${VALUE_BOUNDARY}`,
    flags: "iu",
    secretGroup: "secret",
    keywords: ["contra", "nenosiri", "neno la siri", "password", "passwd", "passcode", "passphrase", "pwd", "pw ", "mot de passe", "mdp", "passwort", "kennwort", "contrase", "clave", "senha", "palavra-passe", "wachtwoord", "senord", "adgangskode", "passord", "salasana", "heslo", "haslo", "parola", "parool", "lozinka", "geslo", "jelszo", "jelszava", "sifre", "kata sandi", "slaptazodis"],
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "prose-password",
    generic: true,
    examples: {
      positive: [
        { text: "heads up: the wifi password is currently set to Kite!Ridge44 since the reset", secret: "Kite!Ridge44" },
        { text: "for the guest wifi password I set it to Kormoran#551 yesterday", secret: "Kormoran#551" },
        { text: "le mot de passe du compte partagé est désormais Lavande*Pivoine31. Merci", secret: "Lavande*Pivoine31" },
        { text: "la contraseña del router quedó como gaviota_Azul_904, apúntala", secret: "gaviota_Azul_904" },
        { text: "ti giro la password dell'account Netflix dell'ufficio: Tramonto.Rosso.12", secret: "Tramonto.Rosso.12" },
        { text: "a senha do wifi da casa de praia agora é cajuzinho2024!", secret: "cajuzinho2024!" },
        { text: "Het wachtwoord van de gedeelde mailbox is gewijzigd in Tulpenveld!908, graag", secret: "Tulpenveld!908" },
        { text: "Password akun admin sudah diganti jadi NasiGoreng!77 ya.", secret: "NasiGoreng!77" },
        { text: "Lösenordet till gästnätet är numera Kanelbulle#2025.", secret: "Kanelbulle#2025" },
        { text: "Heslo k firemnímu účtu je teď Knedlik_Pivo_64, nikomu ho neposílej.", secret: "Knedlik_Pivo_64" },
        { text: "Das WLAN-Passwort habe ich auf Zaunkoenig!48 geändert.", secret: "Zaunkoenig!48" },
        { text: "a senha do painel do servidor ficou qh7ZS+gyYEkY!, anota aí", secret: "qh7ZS+gyYEkY!" },
        // a bare copula after the sentence's words (scored 0.57 by password-in-prose, under its threshold)
        { text: "the root pw on the NAS is kkproq60xqby", secret: "kkproq60xqby" },
        { text: "il mot de passe provisoire du compte comptabilité : x4o6s_ldRGA-\nPense à le changer", secret: "x4o6s_ldRGA-" },
      ],
      negative: EXAMPLE_NEGATIVES,
    },
  },
  {
    id: "password-change-in-prose-intl",
    description: "Password announced after a change or state phrase in another script (\"пароль теперь X\", \"密码已改为 X\", \"パスワードを X に変更\", \"şifresi artık X oldu\")",
    pattern: `(?<key>${INTL_LABELS})(?<op>${FORWARD}|${BEFORE_VERB}|${VALUE_BEFORE_COPULA})${VALUE}${VALUE_BOUNDARY}`,
    flags: "u",
    secretGroup: "secret",
    keywords: [],
    unicodeKeywords: ["رمز عبور", "رمز ورود", "کلمه", "گذرواژه", "پسورد", "пароль", "пароля", "паролем", "паролі", "лозинка", "密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "암호", "كلمة المرور", "كلمة السر", "كلمة مرور", "סיסמה", "סיסמא", "κωδικός", "συνθηματικό", "पासवर्ड", "รหัสผ่าน", "şifre", "hasło", "jelszó", "mật khẩu", "slaptažodis"],
    score: 0.72,
    placeholderCheck: false,
    validator: "prose-password",
    generic: true,
    examples: {
      positive: [
        { text: "Пароль від вайфаю в офісі тепер Kalyna-77-Lviv", secret: "Kalyna-77-Lviv" },
        { text: "Hasło do panelu administracyjnego zmieniłem na Jarzebina_55_Las, zapisz je", secret: "Jarzebina_55_Las" },
        { text: "пароль от админки теперь Ct#5DUj.+pGi, старый больше не работает", secret: "Ct#5DUj.+pGi" },
        { text: "お疲れさまです。共有アカウントのパスワードを Sakura#Mochi59 に変更しました。", secret: "Sakura#Mochi59" },
        { text: "大家好，办公室打印机管理员密码已改为 Longjing2025!，请勿外传。", secret: "Longjing2025!" },
        { text: "服务器root密码改成了 l8h.8&DHud5pwM，明天记得改回来", secret: "l8h.8&DHud5pwM" },
        { text: "भाई, सर्वर का पासवर्ड अब Chai#Samosa_42 है, किसी को मत बताना।", secret: "Chai#Samosa_42" },
        { text: "Selam, ofis wifi şifresi artık Lale-Bahce-2025 oldu.", secret: "Lale-Bahce-2025" },
        { text: "รหัสผ่านไวไฟร้านใหม่คือ Mamuang_Nampla9 นะครับ", secret: "Mamuang_Nampla9" },
        { text: "팀 계정 비밀번호를 Hangang_31!로 변경했습니다", secret: "Hangang_31!" },
      ],
      negative: [
        { text: "пароль теперь обязателен" },
        { text: "пароль теперь должен быть не короче 12 символов" },
        { text: "密码已改为 8 位以上" },
        { text: "密码现在是必填项" },
        { text: "パスワードを 8文字以上 に変更しました" },
        { text: "şifre artık zorunlu" },
        { text: "пароль теперь ${NEW_PASSWORD}" },
        { text: "Длина пароля теперь 16 символов" },
      ],
    },
  },
  {
    id: "wifi-change-in-prose",
    description: "A Wi-Fi network said to have changed to a value, the password implied (\"the guest wifi got changed to X\")",
    // Its own rule (not a label of `password-change-in-prose`) so that "wifi" does not become a keyword of that rule.
    pattern: `(?<key>wi-?fi|wlan)(?<op>[^\\S\\n]{1,3}(?:(?:got|was|has been|is|just)[^\\S\\n]{1,3})?(?:changed|reset|updated|rotated|switched|set)[^\\S\\n]{1,3}to[^\\S\\n]{1,3})${VALUE}${VALUE_BOUNDARY}`,
    flags: "iu",
    secretGroup: "secret",
    keywords: ["wifi", "wi-fi", "wlan"],
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "prose-password",
    generic: true,
    examples: {
      positive: [{ text: "fyi the office wifi was changed to Mango#Tree-48 this morning", secret: "Mango#Tree-48" }],
      negative: [
        { text: "the wifi got changed to WPA3 last week" },
        { text: "the wifi was switched to 5GHz-only mode" },
        { text: "the wifi changed to the new router yesterday" },
        { text: "wifi set to auto-connect" },
      ],
    },
  },
  {
    id: "credential-slash-line",
    description: "An account name and a password on a line of their own, split by a slash (\"admin / X\"), as notes hand over default accounts",
    // Only well-known account names (a free word before a slash is usually a path or "and / or"), the pair alone on
    // its line, and a generated-looking value (three character classes with a digit, no path): the strict validator.
    pattern: `(?<=(?:^|\\n)[^\\S\\n]{0,8}(?:[-*•][^\\S\\n]{1,3})?)(?<key>admin(?:istrator)?|root|user|guest|postgres|ubuntu|operator|support|superuser|webmaster|sysadmin|demo)(?<op>[^\\S\\n]{0,3}/[^\\S\\n]{0,3})(?<secret>[\\x21\\x23-\\x26\\x28-\\x2e\\x30-\\x7e]{8,63})[^\\S\\n]{0,3}(?=\\r?\\n|$)`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["admin", "root", "user", "guest", "postgres", "ubuntu", "operator", "support", "superuser", "webmaster", "sysadmin", "demo"],
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "prose-password-strict",
    generic: true,
    examples: {
      positive: [
        { text: "NAS default login (change it!)\nadmin / Pebble-Harbor-73\n", secret: "Pebble-Harbor-73" },
        { text: "- root / Vq8#Lm2x!Tz", secret: "Vq8#Lm2x!Tz" },
      ],
      negative: [
        { text: "admin / user roles are documented below" },
        { text: "root / home / var are mounted separately" },
        { text: "user / Settings / Security-Keys" },
        { text: "admin / ${ADMIN_PASSWORD}" },
        { text: "admin / admin" },
        { text: "see admin / UserGuide-2024.pdf for details" },
      ],
    },
  },
  {
    id: "password-after-login-line",
    description: "A password alone on the line after a `user:` / `login:` line (\"user: editor\\n\\n<password>\"), as notes and chat hand over accounts",
    // The value must be the whole line and look generated (three character classes, a digit, no word or path): the
    // line after a user name is usually something else (a YAML key, a command, prose).
    pattern: `(?<=(?:^|\\n)[^\\S\\n]{0,8}(?:[-*][^\\S\\n]{1,3})?)(?<key>user(?:name)?|login|benutzer(?:name)?|utilisateur|usuario|usu[áa]rio|gebruiker(?:snaam)?|u[żz]ytkownik|account)[^\\S\\n]{0,3}[:=][^\\S\\n]{0,3}["'\`]?[\\w.@+-]{2,64}["'\`]?[^\\S\\n]{0,3}(?<op>(?:\\r?\\n[^\\S\\n]{0,8}){1,2})(?<secret>[\\x21\\x23-\\x26\\x28-\\x39\\x3b-\\x5f\\x61-\\x7e]{8,63})[^\\S\\n]{0,3}(?=\\r?\\n|$)`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["user", "login", "benutzer", "utilisateur", "usuario", "usuário", "gebruiker", "uzytkownik", "account"].filter((k) => /^[\x20-\x7e]+$/.test(k)),
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "prose-password-strict",
    generic: true,
    examples: {
      positive: [{ text: "Admin login for the staging WordPress\nuser: editor\n\nVh7#pLq2!zRw", secret: "Vh7#pLq2!zRw" }],
      negative: [
        { text: "user: editor\nrole: admin" },
        { text: "user: deploy\ncd /srv/app && ./run.sh" },
        { text: "user: ci-bot\n9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b" },
        { text: "login: jdoe\nREADME.md" },
        { text: "spring.datasource.username=app\nspring.datasource.hikari.maximum-pool-size=10" },
        { text: "username=app\npool.max-size=10" },
        { text: "user: admin\n${ADMIN_PASSWORD}" },
      ],
    },
  },
];
