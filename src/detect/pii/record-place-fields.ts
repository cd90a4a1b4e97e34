/**
 * Birthplace, home-town and city fields of records: a label of one of many languages, then a separator, then the
 * place ("Luogo di nascita: Caserta", "Место рождения: Новосибирск", "籍贯：湖南长沙", "State of origin: Anambra"),
 * the same labels as JSON keys or XML elements (`"plaats": "Utrecht"`, `<ort>Jena</ort>`) and as CSV column headers
 * (`氏名,メール,電話,出身地`). The place is the field's value: letters of any script, spaces, hyphens, apostrophes and
 * dots, up to the end of the line or field, at most four words and no digit (a street line is an address, not this).
 * The label makes it someone's place, so it is reported as LOCATION whatever the word (a place named like a person,
 * "Nam Định", "Salvador", loses its PERSON reading).
 */
import type { PiiHit } from "./pii-detector.js";

/** Labels of a birthplace, home town or origin (matched case-insensitively as the whole label). */
const BIRTHPLACE = [
  "place of birth", "birthplace", "birth place", "city of birth", "town of birth", "country of birth", "state of origin",
  "hometown", "home town", "place of origin", "luogo di nascita", "comune di nascita", "naturalidade", "local de nascimento",
  "locul nașterii", "locul nasterii", "születési hely", "место рождения", "място на раждане", "місце народження",
  "мјесто рођења", "mjesto rođenja", "mjesto rodenja", "mesto rojstva", "mesto rođenja", "lugar de nacimiento",
  "lieu de naissance", "geburtsort", "geboorteplaats", "miejsce urodzenia", "místo narození", "miesto narodenia",
  "födelseort", "fødested", "fødestad", "syntymäpaikka", "sünnikoht", "gimimo vieta", "dzimšanas vieta", "τόπος γέννησης",
  "doğum yeri", "quê quán", "nơi sinh", "tempat lahir", "lugar ng kapanganakan", "مكان الميلاد", "محل الميلاد",
  "مكان الولادة", "محل تولد", "محل ولادت", "جائے پیدائش", "מקום לידה", "जन्मस्थान", "जन्म स्थान", "জন্মস্থান",
  "பிறந்த இடம்", "የትውልድ ቦታ", "籍贯", "籍貫", "出生地", "出生地点", "出身地", "本籍", "本籍地", "출생지", "고향",
  // Korean registered domicile and origin, Telugu/Kannada/Tamil/Hindi/Nepali home town, Thai domicile and birthplace,
  // Moroccan "place of increase" (birth), Swahili, Hausa, Basque, Catalan, Galician, Irish, Welsh, Maltese
  "본적", "본적지", "출신지", "출신", "ఊరు", "స్వస్థలం", "జన్మస్థలం", "ಊರು", "ಹುಟ್ಟೂರು", "சொந்த ஊர்", "ஊர்", "गृहनगर",
  "जन्मथलो", "जन्म स्थान", "ภูมิลำเนา", "บ้านเกิด", "สถานที่เกิด", "مكان الازدياد", "محل الازدياد", "مسقط الرأس",
  "mahali pa kuzaliwa", "wurin haihuwa", "jaioterria", "jaiolekua", "lloc de naixement", "lugar de nacemento",
  "áit bhreithe", "man geni", "post tat-twelid", "post tal-għixien",
  // Serbian/Macedonian/Belarusian Cyrillic, Slovene, Albanian, Icelandic, Kazakh/Kyrgyz/Uzbek/Mongolian, Georgian,
  // Armenian, Khmer, Lao, Burmese, Sinhala, Tamil/Malayalam/Kannada/Telugu/Gujarati/Punjabi/Bengali/Marathi
  "место рођења", "место на раѓање", "месца нараджэння", "rojstni kraj", "vendlindja", "vendi i lindjes",
  "fæðingarstaður", "туған жері", "туылған жері", "туулган жери", "tug'ilgan joyi", "tugʻilgan joyi", "туулсан газар",
  "төрсөн газар", "დაბადების ადგილი", "ծննդավայր", "ծննդյան վայր", "ទីកន្លែងកំណើត", "ສະຖານທີ່ເກີດ", "မွေးရပ်",
  "မွေးဖွားရာဒေသ", "උපන් ස්ථානය", "பிறந்த ஊர்", "பிறப்பிடம்", "ജനന സ്ഥലം", "ಜನ್ಮ ಸ್ಥಳ", "జన్మ స్థలం", "જન્મ સ્થળ",
  "જન્મસ્થળ", "ਜਨਮ ਸਥਾਨ", "জন্ম স্থান", "जन्म ठिकाण", "जन्मठिकाण",
];
/** Labels of a town or city field of a record (also the city of an address written as its own field). */
const CITY = [
  "city", "town", "ciudad", "ville", "commune", "stadt", "ort", "wohnort", "città", "cidade", "município", "plaats",
  "woonplaats", "miasto", "miejscowość", "město", "obec", "város", "település", "oraș", "localitate", "şehir", "şehri",
  "город", "населённый пункт", "місто", "град", "πόλη", "kaupunki", "paikkakunta", "stad", "by", "poststed", "postort",
  "thành phố", "kota", "lungsod", "bayan", "المدينة", "شهر", "עיר", "शहर", "শহর", "城市", "市区町村", "도시",
];
const ESC = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LABELS = [...BIRTHPLACE, ...CITY].sort((a, b) => b.length - a.length).map(ESC).join("|");
const PLACE_WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’.\\-]*";
const PLACE = `${PLACE_WORD}(?:[ \\t\\u3000]${PLACE_WORD}){0,3}`;
/** "Label: value" at a line start (or after a bullet / table bar), the value running to the line end or a field end. */
const LINE_FIELD = new RegExp(
  `(?:(?:^|\\n)[ \\t]*(?:[-*•|][ \\t]*)?|[ \\t][|¦][ \\t]*)(?:${LABELS})[ \\t]*[:：][ \\t\\u3000]*(${PLACE})[ \\t]*(?=$|[\\r\\n|]|,[ \\t]*(?:[\\p{L}][\\p{L} ]{0,30}[:：]))`,
  "giu",
);
/** `"label": "value"` and `<label>value</label>`. */
const JSON_FIELD = new RegExp(`["'](?:${LABELS})["'][ \\t]*:[ \\t]*["'](${PLACE})["']`, "giu");
const XML_FIELD = new RegExp(`<(${LABELS})>(${PLACE})</\\1>`, "giu");
/** Column headers: a birthplace column, or a city column of a table that also has a name column (a bare city column is a warehouse's or an office's as often as someone's). */
const BIRTHPLACE_HEADER = new RegExp(`^(?:${BIRTHPLACE.map(ESC).join("|")})$`, "iu");
const CITY_HEADER = new RegExp(`^(?:${CITY.map(ESC).join("|")})$`, "iu");
/**
 * The address label of scripts whose forms often give only the town there ("ठेगाना: पोखरा", "አድራሻ: አዲስ አበባ"): a value
 * of one or two words of that script alone on its line is the person's place (a street address has a number or a comma).
 */
const SCRIPT_ADDRESS_LABEL =
  /(?:^|\n)[ \t]*(?:(?:स्थायी|अस्थायी|हालको)[ \t]+)?(?:ठेगाना|पता|ঠিকানা|முகவரி|చిరునామా|ವಿಳಾಸ|വിലാസം|પતું|ਪਤਾ|አድራሻ|ที่อยู่|ທີ່ຢູ່|အိမ်လိပ်စာ|ලිපිනය|მისამართი|հասցե)[ \t]*[:：][ \t]*([^\s\d\p{P}A-Za-z][^\s\d\p{P}]*(?:[ \t][^\s\d\p{P}A-Za-z][^\s\d\p{P}]*)?)[ \t]*(?=\r?\n|$)/gu;
/** Column headers that qualify a city as someone's: "home_city", "birth city", "city_of_birth", "residence town". */
const QUALIFIED_CITY_HEADER = /^(?:home|birth|native|residence|resident|current|hometown)[ _-]?(?:city|town)$|^(?:city|town)[ _-]of[ _-](?:birth|residence)$/iu;
/** Japanese and Chinese birthplace or domicile labels inside a sentence, the place ending in its administrative unit ("出身地 秋田県。"). */
const CJK_INLINE_PLACE = /(?:出身地|本籍地|本籍|籍贯|籍貫|出生地)[ \t\u3000]*[:：は]?[ \t\u3000]*([\u3400-\u9fff]{1,6}?(?:都|道|府|県|省|市|区|區|町|村|縣))(?=[。、，,．.\s]|$)/gu;
const NAME_HEADER = /name|^nom$|naam|namn|navn|nimi|nombre|фио|имя|фамил|姓名|氏名|이름|성명|الاسم|họ tên/iu;
const NON_LATIN = /[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff\u0530-\u058f\u1200-\u137f\u3400-\u9fff]/u;
const GATE = new RegExp(`(?:${LABELS})`, "iu");

/** Values a place field takes that name no place. */
const NO_PLACE = new Set(["online", "remote", "n/a", "na", "none", "unknown", "tbd", "tba", "various", "other", "same", "keine", "aucune", "ninguna", "nessuna", "egyéb"]);

function report(out: PiiHit[], from: number, start: number, end: number, how: string, text: string): void {
  if (NO_PLACE.has(text.slice(start, end).toLowerCase())) return;
  let same = -1;
  for (let k = from; k < out.length; k++) {
    const h = out[k]!;
    if (h.end <= start || h.start >= end) continue;
    if (h.type === "LOCATION" && h.start === start && h.end === end) same = k;
    // the field says it is a place: a PERSON reading of the same words goes under the threshold
    if (h.type === "PERSON" && h.start >= start && h.end <= end) out[k] = { ...h, score: Math.min(h.score, 0.3), explanation: `${h.explanation}; a place field's value` };
  }
  if (same >= 0) {
    const h = out[same]!;
    if (h.score < 0.85) out[same] = { ...h, score: 0.85, explanation: `${h.explanation}; place in a ${how}` };
    return;
  }
  out.push({ type: "LOCATION", start, end, score: 0.85, explanation: `place in a ${how}` });
}

/** CSV/TSV/semicolon tables whose header has a place column: each data row's cell in that column. */
function placeColumns(text: string, out: PiiHit[], from: number): void {
  const lines = text.split("\n");
  let offset = 0;
  let col = -1;
  let delim = "";
  for (const line of lines) {
    const clean = line.replace(/\r$/, "");
    if (col < 0) {
      for (const d of [",", "\t", ";", "|"]) {
        if (!clean.includes(d)) continue;
        const cells = clean.split(d).map((c) => c.trim().replace(/^["']|["']$/g, ""));
        const named = cells.some((c) => NAME_HEADER.test(c));
        const i = cells.findIndex((c) => BIRTHPLACE_HEADER.test(c) || QUALIFIED_CITY_HEADER.test(c) || (named && CITY_HEADER.test(c)));
        if (i >= 0 && cells.length >= 2) {
          col = i;
          delim = d;
          break;
        }
      }
    } else {
      const cells = clean.split(delim);
      if (cells.length < 2) {
        col = -1;
      } else if (col < cells.length) {
        let at = offset;
        for (let k = 0; k < col; k++) at += cells[k]!.length + 1;
        const raw = cells[col]!;
        const m = new RegExp(`^[ \\t"']*(${PLACE})[ \\t"']*$`, "u").exec(raw);
        if (m) {
          const s = at + raw.indexOf(m[1]!);
          report(out, from, s, s + m[1]!.length, "place column of a table", text);
        }
      }
    }
    offset += line.length + 1;
  }
}

/**
 * Reports the place values of birthplace / home-town / city fields as LOCATION (see the file comment). `from` is the
 * first hit of the calling scanner: PERSON hits from there inside such a value are lowered.
 */
export function recordPlaceFields(text: string, out: PiiHit[], from: number): void {
  if (NON_LATIN.test(text)) {
    for (const re of [SCRIPT_ADDRESS_LABEL, CJK_INLINE_PLACE]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const v = m[1]!;
        const s = m.index + m[0].lastIndexOf(v);
        report(out, from, s, s + v.length, "birthplace or home field", text);
      }
    }
  }
  if (!GATE.test(text)) return;
  LINE_FIELD.lastIndex = 0;
  for (let m = LINE_FIELD.exec(text); m; m = LINE_FIELD.exec(text)) {
    const v = m[1]!;
    const s = m.index + m[0].lastIndexOf(v);
    report(out, from, s, s + v.length, "birthplace or city field", text);
  }
  JSON_FIELD.lastIndex = 0;
  for (let m = JSON_FIELD.exec(text); m; m = JSON_FIELD.exec(text)) {
    const v = m[1]!;
    const s = m.index + m[0].lastIndexOf(v);
    report(out, from, s, s + v.length, "birthplace or city key", text);
  }
  XML_FIELD.lastIndex = 0;
  for (let m = XML_FIELD.exec(text); m; m = XML_FIELD.exec(text)) {
    const v = m[2]!;
    const s = m.index + m[1]!.length + 2;
    report(out, from, s, s + v.length, "birthplace or city element", text);
  }
  if (text.includes("\n")) placeColumns(text, out, from);
}
