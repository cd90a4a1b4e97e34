import { gazetteers } from "./gazetteers.js";
import type { StreetMatch } from "./eu-street-address.js";

/**
 * Street addresses of forms outside the UK, the US and the continental European ones of `eu-street-address.ts`,
 * each anchored at a digit token of the text and held to a shape that ordinary prose does not take:
 *
 * - a house number after "No." / "No:" / "Kav." with an Indonesian street prefix ("Jl. Malioboro No. 56, Yogyakarta
 *   55213", "Jl. Gatot Subroto Kav. 52, Jakarta Selatan"), or right after the street with a town after a comma
 *   ("Jalan Diponegoro 12, Bandung")
 *   or a Turkish street type ("Bağdat Caddesi No: 245 Daire 8", "Atatürk Bulvarı No: 112/5");
 * - an Indian house number label with a six-digit PIN code at the end and a locality word between ("No. 14, 3rd
 *   Cross, Indiranagar, Bengaluru 560038", "H.No. 12, Sector 15, Gurugram 122001"), or a bare house number before
 *   the comma with the same PIN and locality ("12, MG Road, Bengaluru, Karnataka 560001", "B-45, Lajpat Nagar II, New
 *   Delhi - 110024");
 * - a Japanese block address ("2-14-8 Minami-Aoyama, Minato-ku, Tokyo 107-0062");
 * - a street word, a house number, a postcode and a town the gazetteer knows, as Czech, Belgian, Dutch and Nordic
 *   addresses are written ("Vinohradská 1511/230, 100 00 Praha 10", "Meir 78, 2000 Antwerpen").
 */

const W = "\\p{Lu}[\\p{L}'’.-]*";
/** A word of a Turkish street name: no dot, so the end of the sentence before the street is not taken in; not the label "Adresim" ("my address"). */
const WT = "(?!(?:Adres|Adresim|Adresi|Adresimiz|Adresiniz)\\s)\\p{Lu}[\\p{L}'’-]*";
/** "No. ", "No: ", "No ", "Nomor " right before a house number. */
const NO_LABEL = /(?:^|[^\p{L}])(?:No|NO|Nomor|Nr|Kav|Blok)\s?[.:]?\s?$/u;
/** The Indonesian or Turkish street before the number label (matched on the 80 characters before it). */
const STREET_BEFORE_NO = new RegExp(
  `(?:(?:Jl|Jln)\\.\\s?|Jalan\\s+)(?:${W}\\s+){0,5}?(?:${W})(?:\\s+(?:Km|KM)\\.?\\s?\\d{1,3}(?:[.,]\\d{1,3})?)?,?\\s+(?:No|NO|Nomor|Kav|Blok)\\s?[.:]?\\s?$` +
    `|(?:${WT}\\s+){1,3}(?:Mahallesi|Mah\\.),?\\s+(?:${WT}\\s+){1,3}(?:Caddesi|Cad\\.|Sokak|Sokağı|Sok\\.|Sk\\.|Bulvarı|Blv\\.|Yolu)\\s+No\\s?[.:]?\\s?$` +
    `|(?:${WT}\\s+){1,3}(?:Caddesi|Cad\\.|Sokak|Sokağı|Sok\\.|Sk\\.|Bulvarı|Blv\\.|Yolu|Mahallesi|Mah\\.)\\s+No\\s?[.:]?\\s?$`,
  "u",
);
const LABEL_END = /(?:No|NO|Nr|mor|#|lot|lat|tor|Kav|lok)\s?[.:]?\s?$/;
/** The number and what may follow it: a flat ("Daire 8"), district and town, a five-digit postcode. */
const NO_TAIL = new RegExp(
  `\\d{1,4}[A-Za-z]?(?:/\\d{1,4})?(?:\\s+(?:Daire|D\\.?|Kat|K\\.)\\s?:?\\s?\\d{1,3}){0,2}` +
    // Turkish: postcode, then district and province joined by a slash ("34000 Fatih/İstanbul", "Kadıköy/İstanbul"),
    // or the postcode after them ("Kadıköy/İstanbul 34728")
    `(?:,?\\s+(?:\\d{5}\\s+)?${W}(?:\\s${W})?\\s?/\\s?${W}(?![\\p{L}])(?:\\s+\\d{5}(?![\\p{N}]))?` +
    `|(?:,\\s+${W}(?:\\s+${W})?){0,3}(?:\\s+\\d{5}(?!\\d))?)`,
  "uy",
);
/** An Indian address from its house label to the six-digit PIN code. */
const INDIAN = new RegExp(
  `(?:(?:H\\.?\\s?No|House\\s+No|Flat\\s+No|Plot\\s+No|No)\\.?\\s?|#\\s?|Plot\\s+|Flat\\s+|Sector\\s+)\\d{1,4}[A-Z]?(?:[/-]\\d{1,4}){0,2},\\s+(?:[\\p{L}\\d][\\p{L}\\d .'’-]{1,30},\\s+){0,4}\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?\\s*[-–]?\\s*\\d{6}(?!\\d)`,
  "uy",
);
/**
 * The same without a house label: a bare house number ("12, MG Road", "221B, Sarojini Nagar", "B-45, Lajpat Nagar
 * II"), so held to the six-digit PIN at the end and a locality word between.
 */
const INDIAN_BARE = new RegExp(
  `(?:[A-Z]-?)?\\d{1,4}[A-Z]?(?:[/-]\\d{1,4})?,\\s+(?:[\\p{L}\\d][\\p{L}\\d .'’-]{1,30},\\s+){0,4}\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?\\s*[-–]?\\s*\\d{6}(?!\\d)`,
  "uy",
);
const LOWER_WORD = /(?:^|[\s,])\p{Ll}/u;
const STRONG_INDIAN_LABEL = /^(?:H\.?\s?No|House\s+No|Flat|Plot)/u;
const INDIAN_LABEL_BEFORE = /(?:^|[^\p{L}])((?:H\.?\s?No|House\s+No|Flat\s+No|Plot\s+No|No)\.?\s?|#\s?|Plot\s+|Flat\s+|Sector\s+)$/u;
/** What an Indian address names between the house and the PIN: a cross road, main road, sector, layout, nagar, ... */
const INDIAN_LOCALITY = /(?:^|[^\p{L}])(?:Cross|Main|Road|Rd|Street|Lane|Marg|Sector|Block|Stage|Phase|Layout|Colony|Enclave|Vihar|Society|Nagar|Chowk|Bazaar|Galli|Gali|Drive|Towers?|Apartments?|Apts|Residency|Heights|Complex|Estate|Extension|Bagh|Park|Gardens)(?![\p{L}])|\p{Ll}(?:nagar|puram|halli|palli|pet|pur|abad|ganj|wadi)(?![\p{L}])/u;
/** A Japanese block address: chome-block-house, district, ward or city with its suffix, prefecture and postcode. */
const JAPANESE = new RegExp(
  `\\d{1,2}-\\d{1,3}(?:-\\d{1,4})?\\s+\\p{Lu}[\\p{L}]+(?:-\\p{L}+)?(?:,?[ \\t]*\\n[ \\t]*|,[ \\t]*)\\p{Lu}[\\p{L}]+-(?:ku|shi|cho|machi|gun|mura)(?![\\p{L}])(?:,\\s+\\p{Lu}[\\p{L}]+(?:\\s+\\d{3}-\\d{4})?)?`,
  "uy",
);
/**
 * A Korean road-name address in romanised order: building number, road ("Teheran-ro", "Sejong-daero", "Yanghwa-ro
 * 16-gil", "Bongeunsa-ro 86beon-gil"), then the district ("Gangnam-gu", "Bundang-gu, Seongnam-si") and optionally the
 * city and the five-digit postcode. The hyphenated road and district suffixes are what prose never writes.
 */
const KOREAN = new RegExp(
  `\\d{1,4}(?:-\\d{1,3})?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?-(?:ro|gil|daero|no)(?:\\s+\\d{1,3}(?:beon)?-gil)?(?:,\\s*\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?-(?:gu|si|gun|dong|eup|myeon)(?![\\p{L}]))+(?:,\\s*\\p{Lu}\\p{Ll}+(?:-(?:si|do))?(?![\\p{L}-]))?(?:,?\\s+\\d{5}(?!\\d))?`,
  "uy",
);

/** An Indonesian street without a number label ("Jalan Diponegoro 12", "Jl. Braga 8"), matched on the text before the number. */
const JALAN_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:Jl|Jln)\\.\\s?(?:${W}\\s+){0,4}?${W}\\s|Jalan\\s+(?:${W}\\s+){0,4}?${W}\\s)$`, "u");
/** ... then the number and a town (and postcode) after a comma, which a street named in prose lacks. */
const JALAN_TAIL = new RegExp(`\\d{1,4}[A-Z]?(?:,\\s+${W}(?:\\s+${W})?){1,3}(?:\\s+\\d{5}(?!\\d))?`, "uy");

/** Street word, house number, postcode and town: "Masarykova 14, 602 00 Brno", "Meir 78, 2000 Antwerpen". */
const POSTCODE_TOWN = /\d{1,4}(?:\/\d{1,4})?(?:[a-z]|bis)?(?:\s+bus\s+\d{1,4})?(?:,\s+|[ \t]*\n[ \t]*)(?:(\d{3}\s\d{2}|\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3})|\d{4,5})\s+(\p{Lu}[\p{L}'’-]+)(?:[ \t]\p{Lu}[\p{L}'’-]+(?=[,.;)]|\s*$|\s*\n))?(?:\s+\d{1,2}(?!\d))?/uy;
/** The street word before the number: one capitalised word after a line start, a label's colon or a comma. */
const STREET_WORD_BEFORE = /(?:^|[\n:,;(]\s*|(?:^|\s)(?:na|v|ve|adrese|adres|adresse|address|adresu|adresą|adressen|aan|te|in|à|op|bytem|bydliště|bydlištěm|adresa|osoite|wohnhaft|domicilio|domiciliu|bor på)\s+)((?:\p{Lu}[\p{L}'’-]{2,}[ \t])?\p{Lu}[\p{L}'’-]{2,})\s$/u;

export function intlStreetAddresses(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number): StreetMatch[] {
  const out: StreetMatch[] = [];
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    if (s < lastEnd || e - s > 4) continue;
    const prev = text.charCodeAt(s - 1);
    const next = text.charCodeAt(e);
    let m: StreetMatch | undefined;
    // "No. 56", "No: 245", "No 27": an Indonesian or Turkish street before the label, or an Indian address after it
    // gate: a house label ends within the 8 characters before the number ("No. ", "No:", "Nomor ", "#", "Plot ", "Sector ")
    if ((prev === 32 || prev === 46 || prev === 58 || prev === 35) && LABEL_END.test(text.slice(Math.max(0, s - 8), s))) {
      const window = text.slice(Math.max(0, s - 90), s);
      if (NO_LABEL.test(window)) {
        const st = STREET_BEFORE_NO.exec(window);
        if (st) {
          NO_TAIL.lastIndex = s;
          const t = NO_TAIL.exec(text);
          if (t) m = trimmed(s - window.length + st.index, text.slice(s - window.length + st.index, s + t[0].length));
        }
      }
      if (!m && next === 44) {
        const lab = INDIAN_LABEL_BEFORE.exec(window.slice(-14));
        if (lab?.[1]) {
          const from = s - lab[1].length;
          INDIAN.lastIndex = from;
          const t = INDIAN.exec(text);
          // a flat, house or plot label says "address" by itself ("Flat 7B, Prestige Shantiniketan, Whitefield, …")
          if (t && (STRONG_INDIAN_LABEL.test(lab[1]) || INDIAN_LOCALITY.test(t[0]))) m = trimmed(from, t[0]);
        }
      }
    }
    // "12, MG Road, Bengaluru, Karnataka 560001", "B-45, Lajpat Nagar II, New Delhi - 110024"
    if (!m && (next === 44 || (isUpperAscii(next) && text.charCodeAt(e + 1) === 44))) {
      const from = prev === 45 && isUpperAscii(text.charCodeAt(s - 2)) ? s - 2 : isUpperAscii(prev) ? s - 1 : s;
      const before = text.charCodeAt(from - 1);
      if (from === 0 || !/[\p{L}\p{N}.\/-]/u.test(String.fromCharCode(before))) {
        INDIAN_BARE.lastIndex = from;
        const t = INDIAN_BARE.exec(text);
        // every word capitalised or a number ("3rd Cross", "MG Road"): "12, Main findings, …" is a sentence
        if (t && INDIAN_LOCALITY.test(t[0]) && !LOWER_WORD.test(t[0])) m = trimmed(from, t[0]);
      }
    }
    // "Jalan Diponegoro 12, Bandung"
    if (!m && prev === 32 && next === 44) {
      const jl = JALAN_BEFORE.exec(text.slice(Math.max(0, s - 64), s));
      if (jl?.[1]) {
        JALAN_TAIL.lastIndex = s;
        const t = JALAN_TAIL.exec(text);
        if (t) m = trimmed(s - jl[1].length, text.slice(s - jl[1].length, s + t[0].length));
      }
    }
    // "2-14-8 Minami-Aoyama, Minato-ku"
    if (!m && next === 45 && !(prev >= 48 && prev <= 57) && prev !== 45) {
      JAPANESE.lastIndex = s;
      const t = JAPANESE.exec(text);
      // a two-part number ("2-14 Release, Kita-ku") reads as a version or a range unless a postcode ends the address
      if (t && (/^\d{1,2}-\d{1,3}-\d/.test(t[0]) || /\d{3}-\d{4}$/.test(t[0]))) m = trimmed(s, t[0]);
    }
    // "152 Teheran-ro, Gangnam-gu, Seoul 06236"
    // gate: a space after the number, then a capital letter
    if (!m && next === 32 && isUpperAscii(text.charCodeAt(e + 1))) {
      KOREAN.lastIndex = s;
      const t = KOREAN.exec(text);
      if (t) m = trimmed(s, t[0]);
    }
    // "Masarykova 14, 602 00 Brno": a postcode of a distinctive shape ("602 00", "3025 AH", "00-514", "1100-053") or
    // four or five digits before a known town ("2000 Antwerpen", not "2024 Berlin" after "Version 12"); the street
    // word is no ordinary word
    if (!m && prev === 32 && (next === 44 || next === 47 || next === 10 || next === 32 || next === 98)) {
      POSTCODE_TOWN.lastIndex = s;
      const t = POSTCODE_TOWN.exec(text);
      const g = t?.[2] ? gazetteers() : undefined;
      const sw = t && g && (t[1] || g.cities.has(t[2]!)) ? STREET_WORD_BEFORE.exec(text.slice(Math.max(0, s - 40), s)) : null;
      if (t && g && sw?.[1] && !g.commonWords.has(sw[1].slice(sw[1].lastIndexOf(" ") + 1).toLowerCase())) m = trimmed(s - sw[1].length - 1, text.slice(s - sw[1].length - 1, s + t[0].length));
    }
    if (m) {
      out.push(m);
      lastEnd = m.end;
    }
  }
  return out;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function trimmed(start: number, v: string): StreetMatch {
  let value = v;
  while (/[\s,.]$/u.test(value)) value = value.slice(0, -1);
  return { start, end: start + value.length, value };
}
