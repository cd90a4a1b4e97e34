/**
 * Addresses of any country and script read from their label: an address label ("Adrese:", "Naslov:", "Helbidea:",
 * "ঠিকানা:", "முகவரி", "მისამართია", "indirizz", "Tirahan:", "ninaishi") and then the value, which must have the
 * structure of a postal address whatever its words: two or more parts set apart by commas (Latin, Arabic or
 * ideographic), a number among them (house, block, plot or postcode, in any script's digits) and letters in at least
 * two parts. The value ends at a line break, a sentence end, a phone or e-mail word, a conjunction or copula that goes
 * on the sentence ("… اسلام آباد ہے اور فون …", "…, Rīga, LV-1012"), a long digit run (a phone number) or an `@`.
 *
 * The street grammars of the other files know each country's street words; this one knows none and leans on the label
 * and the shape, so it only adds addresses where none of them found one.
 */
import type { AddressMatch } from "./pii-scan.js";

/** Address labels and "I live at" phrases, by language (matched case-insensitively, at a word start). */
const LABELS = [
  // Latin-script languages
  "address", "home address", "my address is", "adres", "adresa", "adrese", "adresas", "aadress", "naslov", "helbidea", "enderezo",
  "adreça", "cyfeiriad", "seoladh", "indirizz", "indirizzo", "heimilisfang", "osoite", "lakcím", "cím", "adresă", "tirahan",
  "anwani", "adireshi", "ünvan", "manzil", "alamat", "alamat rumah", "địa chỉ", "ik woon op", "woonadres", "ninaishi", "naishi",
  "nakatira sa", "vivo en", "moro na", "moro em", "j'habite au", "ich wohne in der",
  // Cyrillic, Greek, Georgian, Armenian
  "адрес", "адреса", "адресу", "мекенжай", "мекенжайы", "дарек", "хаяг", "διεύθυνση", "მისამართი", "მისამართია", "հասցե",
  // South Asian scripts, Sinhala, Thai, Ethiopic
  "ঠিকানা", "முகவரி", "చిరునామా", "ವಿಳಾಸ", "വിലാസം", "पता", "ठेगाना", "पत्ता", "ਪਤਾ", "સરનામું", "ලිපිනය", "ที่อยู่", "አድራሻ",
  // Arabic script, Hebrew
  "پتہ", "میرا پتہ", "آدرس", "نشانی", "عنوان", "العنوان", "عنواني", "כתובת", "הכתובת שלי",
];
const ESC = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LABEL = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...LABELS].sort((a, b) => b.length - a.length).map(ESC).join("|")})(?![\\p{L}\\p{M}])[ \\t]*(?:(?:is|est|ist|es|é|è|ni|là|:|：|-|–)[ \\t]*)?`,
  "giu",
);
/** Words that end the address inside its last part: conjunctions, copulas, phone and e-mail words, "thanks". */
const STOP_WORDS = new Set([
  "and", "or", "et", "und", "e", "i", "ir", "un", "ja", "og", "och", "en", "na", "ve", "и", "і", "და", "և", "and my", "thanks",
  "ہے", "اور", "است", "و", "ו", "และ", "এবং", "மற்றும்", "है", "और", "छ", "र",
  "phone", "tel", "tel.", "mob", "mob.", "mobile", "cell", "gsm", "email", "e-mail", "fone", "telefon", "telefone", "teléfono",
  "telefono", "tālr.", "tālrunis", "sími", "mowbajl", "simu", "waya", "ტელეფონი", "ტელ.", "телефон", "тел.", "тел", "ফোন", "মোবাইল",
  "கைபேசி", "தொலைபேசி", "फोन", "मोबाइल", "فون", "هاتف", "جوال", "وجوالي", "وهاتفي", "טלפון", "והטלפון", "bel", "bellen",
  "call", "ring", "thx", "please", "pls", "its", "it's", "for",
  // the recipient named after the address ("…, 125009, получатель …", "…، المستلم: …")
  "recipient", "attn", "attn:", "получатель", "получатель:", "отримувач", "المستلم", "المستلم:", "empfänger", "destinataire",
  "destinatario", "odbiorca", "ontvanger", "mottagare", "vastaanottaja", "收件人", "受取人", "수령인",
]);
/** Dotted abbreviations that do not end a sentence inside an address ("Brgy. San Isidro", "Alm. Santos", "St. Mary"). */
const ABBREVIATIONS = /(?:^|[\s,])(?:brgy|bgy|blk|bldg|st|ste|ave|av|avda|rd|küç|kuç|kuc|küc|pr-t|prosp|rr|mah|cad|sok|mənz|dr|no|nr|nº|n|apt|apto|dpto|depto|jl|jln|kel|kec|kab|prov|tp|p|q|ul|al|pl|bl|sc|ap|et|mt|ft|sta|sto|gen|col|fracc|d|kv|qk|корп|ул|пр|д|кв|г|кв|обл|р-н|қ|ш|м|с|вул|бул|пер|str|str|sz|u|ln|hwy|km|dist|distt|po|vill|vpo|tehsil|mandal|opp|nr|cnr|lt|blvd|ص\.ب|ص\.\s?ب)\.$/iu;
const DIGIT = /\p{Nd}/u;
const NOT_POSTAL_BEFORE =
  /(?<![\p{L}])(?:wallet|crypto|bitcoin|btc|eth|ethereum|usdt|deposit|contract|ip|ipv4|ipv6|mac|e-?mail|web|site|memory|server|host|hardware|bluetooth|wifi|broadcast|billing e-?mail|ip-|mac-|e-?mail-|web-|wallet-|krypto|cartera|portefeuille|carteira|кошел[её]ка?|электронн\S*|почтов\S* ящик|钱包|錢包|ウォレット|지갑)[ \t]*$/iu;
/** A token of 12 or more letters and digits mixed: a key, hash, wallet or product code, not a word of an address. */
const CODE_TOKEN = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{N})(?=[\p{L}\p{N}]*\p{L})[\p{L}\p{N}]{12,}/u;
const QUALIFIED = /^[\p{L}\p{M}() \t-]{1,24}[:：][ \t]*/u;
const YEAR = /(?<!\p{Nd})(?:19|20)\d\d(?!\p{Nd})/gu;
const LONG_DIGITS = /\p{Nd}[\p{Nd} -]{7,}\p{Nd}/u;
/** Two letters in a row, vowel signs between them allowed (Bengali "বাড়ি", Tamil "தெரு"). */
const LETTERS = /\p{L}\p{M}*\p{L}/u;
const PHONE_AHEAD = /^\+?\p{Nd}[\p{Nd} -]{7,}\p{Nd}/u;
/** A part: at most this many characters and words (a sentence is longer). */
const MAX_PART = 48;
const MAX_WORDS = 8;

/**
 * A one-letter conjunction inside the first part before its number is a particle of the street's name (Albanian
 * "Rruga e Durrësit 112", Serbian "Bulevar i …"): it ends the value only once the part has a digit or from the second part on.
 */
function streetParticle(w: string, parts: number, before: string): boolean {
  return w.length === 1 && parts === 0 && before.trim().length > 0 && !DIGIT.test(before);
}

/** The end of the value from `pos`: the parts that hold, or `pos` when there is none. */
function valueEnd(text: string, pos: number): { end: number; parts: number; digits: boolean; lettered: number } {
  let end = pos;
  let parts = 0;
  let digits = false;
  let lettered = 0;
  let i = pos;
  const limit = Math.min(text.length, pos + 220);
  while (i < limit && parts < 8) {
    // one part, to the next comma, line break or sentence end
    let j = i;
    let stop = false;
    let stopWord = false;
    let wordStart = i;
    let words = 0;
    let partEnd = i;
    for (; j < limit; j++) {
      const c = text[j]!;
      if (c === "," || c === "،" || c === "，" || c === "、" || c === ";" || c === "\n" || c === "\r" || c === "@" || c === "۔" || c === "।" || c === "(" || c === ")") break;
      if (c === "." || c === "!" || c === "?") {
        const n = text[j + 1];
        // a dot between digits ("10.2") or after an abbreviation goes on; at the end of the text, a line or before a
        // space it ends the sentence
        if (c === "." && n !== undefined && DIGIT.test(n)) continue;
        if (c === "." && (n === " " || n === ",") && ABBREVIATIONS.test(text.slice(Math.max(i, j - 8), j + 1))) continue;
        if (c === "." && n !== undefined && n !== " " && n !== "\n" && n !== "\r" && n !== "\t") continue;
        stop = true;
        break;
      }
      // a phone number in the sentence ends the address before it ("…, Dar es Salaam Simu 0717 413 996")
      if (j === wordStart && PHONE_AHEAD.test(text.slice(j, j + 20))) {
        stop = stopWord = true;
        break;
      }
      if (c === " " || c === "\t") {
        if (j > wordStart) {
          const w = text.slice(wordStart, j).toLowerCase();
          if (STOP_WORDS.has(w) && !streetParticle(w, parts, text.slice(i, wordStart))) {
            stop = stopWord = true;
            break;
          }
          words++;
          partEnd = j;
        }
        wordStart = j + 1;
      }
    }
    if (!stopWord && j > wordStart) {
      const w = text.slice(wordStart, j).toLowerCase();
      if (STOP_WORDS.has(w)) stop = true;
      else {
        words++;
        partEnd = j;
      }
    }
    const part = text.slice(i, partEnd).trim();
    if (part.length === 0 || part.length > MAX_PART || words > MAX_WORDS || LONG_DIGITS.test(part)) break;
    parts++;
    // a year is no house number or postcode ("Poročilo 2024, 2025")
    if (DIGIT.test(part.replace(YEAR, ""))) digits = true;
    if (LETTERS.test(part)) lettered++;
    end = i + text.slice(i, partEnd).trimEnd().length;
    if (stop || j >= limit) break;
    const c = text[j]!;
    if (c !== "," && c !== "،" && c !== "，" && c !== "、") break;
    i = j + 1;
    while (i < limit && (text[i] === " " || text[i] === "\t")) i++;
  }
  return { end, parts, digits, lettered };
}

/** Addresses after an address label, held to the shape of an address (see the file comment). */
export function labelledAddresses(text: string): AddressMatch[] {
  const out: AddressMatch[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    let start = m.index + m[0].length;
    // a label with a qualifier before its colon ("Адрес доставки: …", "Address (home): …"): the value is after the colon
    const q = QUALIFIED.exec(text.slice(start, start + 32));
    if (q) start += q[0].length;
    // a wallet, IP, MAC, e-mail or web address is no postal one ("My wallet address is 0xef5a…, send the refund there")
    if (NOT_POSTAL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // English "address" is also a verb ("address the 3 bugs, then …"): it labels only with a colon or "is"
    if (/^address[ \t]*$/i.test(m[0])) continue;
    const first = text[start];
    // the value starts at once on the label's line with a letter or digit (a label at the end of its line heads a
    // block the other grammars read)
    if (first === undefined || !/[\p{L}\p{Nd}]/u.test(first)) continue;
    const v = valueEnd(text, start);
    if (v.parts < 2 || !v.digits || v.lettered < 2) continue;
    const value = text.slice(start, v.end);
    // an IP address, a URL, a version list or a key, hash or wallet (a long token of letters and digits) is no postal address
    if (/\d+\.\d+\.\d+|:\/\/|www\./u.test(value) || CODE_TOKEN.test(value)) continue;
    out.push({ start, end: v.end, value });
    LABEL.lastIndex = Math.max(LABEL.lastIndex, v.end);
  }
  return out;
}
