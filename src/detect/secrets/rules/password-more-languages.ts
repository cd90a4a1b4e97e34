import type { SecretRule } from "../secret-rule.js";
import { CLOSE_QUOTE, OPEN_QUOTE, VALUE, VALUE_BOUNDARY, VALUE_CHAR } from "./password-changes.js";

/**
 * Passwords stated in prose in languages the older label rules (`password-in-prose`, `password-in-prose-intl`,
 * `password-change-in-prose`) do not read: Baltic, South Slavic, Romanian, Albanian, Icelandic, Catalan, Galician,
 * Basque, Welsh, Afrikaans, Malay, Swahili, Tagalog, Turkic, Caucasian and South and South-East Asian labels, and the
 * copulas those languages put between the label and the value ("parool on nüüd X", "lozinka je X", "kata laluan
 * baharu ialah X", "nywila ya kompyuta ni X", "პაროლი არის X", "password ng wifi ay X"), or after it ("wifi ka
 * password X hai", "سرور کا پاس ورڈ X ہے"). Four forms, each ending at the value:
 * - label, at most four words, a copula: the `prose-password` validator judges the value's shape;
 * - label, words, a colon or a dash: the same, its score capped (a colon after free words is weaker evidence);
 * - label, words, the value, a copula after it (Hindustani, Armenian, Amharic);
 * - label, at most three words, then the value ending its line or sentence with no verb at all ("новий пароль від
 *   пошти X", "ওয়াইফাই পাসওয়ার্ড X"): group `bare`, judged by the strict shape (three character classes and a digit).
 * The words between label and value must not be about the password (its length, policy, hash, ...). Spans cover the
 * value only.
 */

/** Copulas and "is now" words that stand between words (so need word boundaries around them). */
const COPULAS = [
  "on(?:[^\\S\\n]nüüd|[^\\S\\n]nyt)?|nüüd|yra|dabar(?:[^\\S\\n]yra)?|ir|tagad(?:[^\\S\\n]ir)?", // Estonian, Finnish, Lithuanian, Latvian
  "e|este|(?:acum[^\\S\\n])?(?:e|este)", // Romanian
  "je|sada(?:[^\\S\\n]je)?|je[^\\S\\n]sada|zdaj(?:[^\\S\\n]je)?", // Serbian, Croatian, Bosnian, Slovenian
  "è|ialah|adalah|ay|ni|sasa[^\\S\\n]ni|és|é|er|eru|është|tani(?:[^\\S\\n]është)?|yw|dir|edi", // Italian, Malay, Tagalog, Swahili, Catalan, Galician, Icelandic, Albanian, Welsh, Azerbaijani
  "е|є|це|это|сега(?:[^\\S\\n]е)?|вече(?:[^\\S\\n]е)?|тепер|теперь|сейчас", // Bulgarian, Macedonian, Ukrainian, Russian
  "არის|ახლა(?:[^\\S\\n]არის)?|হলো|হল|হচ্ছে|এখন", // Georgian, Bengali
].join("|");

/** Copulas after the value: Hindustani (romanised, Devanagari, Urdu), Armenian, Amharic. */
const POST_COPULAS = "hai|hain|he|है|हैं|ہے|ہیں|է|ነው";

/** At most six words between the label and what follows it ("parola de la contul de test e X"): one sentence, no colon. */
const GAP = "(?:[^\\S\\n]{1,3}[^\\s:：=.!?,;\"'«»“”„]{1,24}){0,6}?";
const BARE_GAP = "(?:[^\\S\\n]{1,3}[^\\s:：=.!?,;\"'«»“”„]{1,24}){0,3}?";

/** The value, then the end of its line or sentence: what a bare statement ("<label> <value>") needs. */
const LINE_END_AHEAD = `(?=${OPEN_QUOTE}[${VALUE_CHAR}]{5,63}${CLOSE_QUOTE}(?:[.!]?[^\\S\\n]{0,8}(?:\\r?\\n|$)|[.!][^\\S\\n]))`;
const POST_COPULA_AHEAD = `(?=${OPEN_QUOTE}[${VALUE_CHAR}]{5,63}${CLOSE_QUOTE}[^\\S\\n]{1,3}(?:${POST_COPULAS})(?![\\p{L}\\p{M}]))`;
const WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{N}\\p{M}])";
const WORD_EDGE_AFTER = "(?![\\p{L}\\p{N}\\p{M}])";

/** The four forms, as the `op` group (the named groups tell the validator which one matched). */
function forms(withBare: boolean): string {
  const copula = `${GAP}[^\\S\\n]{1,3}${WORD_EDGE_BEFORE}(?<verb>${COPULAS})${WORD_EDGE_AFTER}[^\\S\\n]{0,3}(?:[:：—–-][^\\S\\n]{0,3})?[^\\S\\n]?`;
  const colon = `${GAP}[^\\S\\n]{0,2}(?:[:：]|[^\\S\\n][—–-])[^\\S\\n]{1,3}`;
  const post = `${GAP}[^\\S\\n]{1,3}${POST_COPULA_AHEAD}`;
  const bare = `(?<bare>${BARE_GAP}[^\\S\\n]{1,3})${LINE_END_AHEAD}`;
  return `(?<op>${copula}|${colon}|${post}${withBare ? `|${bare}` : ""})`;
}

/** Latin-script labels the keyword pass can find (ASCII). */
const LATIN_LABELS =
  "parool(?:i|iga)?|slaptazod(?:is|zio)|parole|parola[^\\S\\n]{1,3}d['’]ordine|parola(?:sı|si)?(?![^\\S\\n]{1,3}(?:chiave|di|del|della)(?![\\p{L}]))|sifr(?:a|u|e)|lozink(?:a|u|e)|geslo|kata[^\\S\\n]laluan|nywila|contrasenya|contrasinal|wagwoord|pasahitza|cyfrinair|parol(?:i|u|ingiz)?|lykilord(?:id)?";

/** Labels with non-ASCII letters or in other scripts (the rule's `unicodeKeywords`). */
const INTL_LABELS =
  "[Šš]ifr(?:a|u|e)|[Ss]laptažod(?:is|žio)|[Şş]ifr[əe](?:si|niz|m)?|[Ll]ykilorð(?:ið)?|[Ff]jalëkalim(?:i|in)?|[Pp]arolă|[Пп]арола(?:та)?|[Лл]озинк(?:а|у|ата)|[Шш]ифр(?:а|у|ата)|[Пп]арол(?:ь|я|і|ю)|[Ққ]ұпия[^\\S\\n]?сөз|[Сс]ырсөз|[Нн]ууц[^\\S\\n]үг|პაროლი|პაროლის|գաղտնաբառ(?:ը)?|পাসওয়ার্ড(?:টি)?|پاس[^\\S\\n]?ورڈ|کلمہ[^\\S\\n]عبور|கடவுச்சொல்|పాస్‌?వర్డ్|ಪಾಸ್‌?ವರ್ಡ್|പാസ്‌?വേഡ്|ពាក្យសម្ងាត់|စကားဝှက်|ລະຫັດຜ່ານ|මුරපදය|የይለፍ[^\\S\\n]ቃል";

const EXAMPLE_NEGATIVES = [
  { text: "parool on liiga lühike" },
  { text: "lozinka je obavezna" },
  { text: "lozinka je promijenjena jučer" },
  { text: "parola e prea scurtă, minim 12 caractere" },
  { text: "kata laluan ialah wajib" },
  { text: "nywila ya kompyuta ni siri" },
  { text: "geslo je shranjeno v trezorju" },
  { text: "parola este ${DB_PASSWORD}" },
  { text: "lozinka za wifi router" },
  { text: "the parole board met on 2024-05-01" },
  { text: "la parola chiave è SEO_Roma2024" },
];

export const passwordMoreLanguageRules: readonly SecretRule[] = [
  {
    id: "password-in-prose-more-languages",
    description: "Password stated after a label in Baltic, South Slavic, Romanian, Malay, Swahili, Catalan and other Latin-script languages (\"parool on nüüd X\", \"lozinka je X\", \"kata laluan ialah X\")",
    pattern: `(?<![\\p{L}\\p{N}])(?<key>${LATIN_LABELS})${forms(false)}${VALUE}${VALUE_BOUNDARY}`,
    flags: "iu",
    secretGroup: "secret",
    keywords: ["parool", "slaptazod", "parole", "parola", "sifr", "lozink", "geslo", "kata laluan", "nywila", "contrasenya", "contrasinal", "wagwoord", "pasahitza", "cyfrinair", "parol", "lykilord"],
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "prose-password-stated",
    generic: true,
    examples: {
      positive: [
        { text: "serveri parool on nüüd Kask!Tamm44", secret: "Kask!Tamm44" },
        { text: "lozinka za ruter je Jadran#Split55", secret: "Jadran#Split55" },
        { text: "Parola noului cont de test e Brasov_Olt_61", secret: "Brasov_Olt_61" },
        { text: "kata laluan wifi pejabat ialah Durian!Pulau8", secret: "Durian!Pulau8" },
        { text: "nywila ya seva ni Simba#Pwani62", secret: "Simba#Pwani62" },
        { text: "La contrasenya del router és Mistral_Cap92", secret: "Mistral_Cap92" },
        { text: "wagwoord van die bediener: Fynbos#Kaap31", secret: "Fynbos#Kaap31" },
        { text: "la parola d'ordine del portale è Vesuvio_Nola88", secret: "Vesuvio_Nola88" },
      ],
      negative: EXAMPLE_NEGATIVES,
    },
  },
  {
    id: "password-in-prose-more-scripts",
    description: "Password stated after a label in Cyrillic, Georgian, Armenian, Bengali, Urdu, Dravidian or South-East Asian scripts, or with non-ASCII Latin letters (\"паролата е X\", \"პაროლი არის X\", \"šifra je X\")",
    pattern: `(?<key>${INTL_LABELS})${forms(true)}${VALUE}${VALUE_BOUNDARY}`,
    flags: "u",
    secretGroup: "secret",
    keywords: [],
    unicodeKeywords: ["šifr", "slaptažod", "şifrə", "şifre", "lykilorð", "fjalëkalim", "parolă", "парола", "лозинк", "шифр", "пароль", "пароля", "паролі", "паролю", "құпия", "сырсөз", "нууц үг", "პაროლ", "գաղտնաբառ", "পাসওয়ার্ড", "پاس", "کلمہ عبور", "கடவுச்சொல்", "పాస్", "ಪಾಸ್", "പാസ്", "ពាក្យសម្ងាត់", "စကားဝှက်", "ລະຫັດຜ່ານ", "මුරපදය", "የይለፍ"],
    score: 0.72,
    placeholderCheck: false,
    validator: "prose-password-stated",
    generic: true,
    examples: {
      positive: [
        { text: "паролата за сървъра е Rila#Vitosha71", secret: "Rila#Vitosha71" },
        { text: "šifra za mrežu je Drina_Zvornik44", secret: "Drina_Zvornik44" },
        { text: "სერვერის პაროლი არის Mtkvari!Rustavi5", secret: "Mtkvari!Rustavi5" },
        { text: "нова құпиясөз: Altai#Oskemen12", secret: "Altai#Oskemen12" },
        { text: "সার্ভারের পাসওয়ার্ড Padma_Khulna_72", secret: "Padma_Khulna_72" },
        { text: "دفتر کا پاس ورڈ Karachi#Clifton8 ہے", secret: "Karachi#Clifton8" },
        { text: "новий пароль від сервера Dnipro#Kyiv88", secret: "Dnipro#Kyiv88" },
      ],
      negative: [
        { text: "паролата е задължителна" },
        { text: "šifra je obavezna za sve korisnike" },
        { text: "პაროლი არის საჭირო" },
        { text: "পাসওয়ার্ড রিসেট করুন" },
        { text: "новий пароль від сервера sunflower" },
        { text: "новий пароль від Windows10" },
        { text: "пароль до COVID-19" },
        { text: "паролата е ${DB_PASSWORD}" },
        { text: "Длина пароля: 16 символов" },
      ],
    },
  },
  {
    id: "password-with-particle",
    description: "An English password label with a Tagalog, Swahili or Malay copula (\"password ng wifi ay X\") or a Hindustani one after the value (\"wifi ka password X hai\")",
    // Its own rule, with only these copulas: the English ones are `password-in-prose`'s, and "password on X" is no
    // statement. After the value only a copula: "password X" alone is a phrase as often as a statement.
    pattern: `(?<![\\p{L}\\p{N}])(?<key>password|passwd|pasword)(?<op>${GAP}[^\\S\\n]{1,3}(?<verb>ay|ni|ialah|ya[^\\S\\n]ni)(?![\\p{L}\\p{N}])[^\\S\\n]{1,3}(?:[:][^\\S\\n]{0,3})?|[^\\S\\n]{1,3}${POST_COPULA_AHEAD})${VALUE}${VALUE_BOUNDARY}`,
    flags: "iu",
    secretGroup: "secret",
    keywords: ["password", "passwd", "pasword"],
    anchored: true,
    score: 0.72,
    placeholderCheck: false,
    validator: "prose-password-stated",
    generic: true,
    examples: {
      positive: [
        { text: "yung password ng router ay Sinigang#Cebu41", secret: "Sinigang#Cebu41" },
        { text: "office wifi ka password Masala@Chai2027 hai", secret: "Masala@Chai2027" },
      ],
      negative: [
        { text: "password ay kailangan" },
        { text: "the password hai kya?" },
        { text: "password ni lazima" },
        { text: "password ng wifi ay nasa likod ng router" },
      ],
    },
  },
];
