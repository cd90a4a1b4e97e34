/**
 * Birth-date labels and words of languages the main list in `date-of-birth-detector.ts` lacks: Bulgarian, Serbian,
 * Croatian, Slovene, Lithuanian, Latvian, Estonian, Slovak, Albanian, Icelandic, Georgian, Armenian, Tamil, Telugu,
 * Kannada, Malayalam, Marathi, Gujarati, Punjabi, Bengali, Urdu, Persian, Arabic (Levantine "الولادة"), Amharic and
 * Tagalog; Catalan, Galician, Basque, Irish, Welsh, Maltese, Luxembourgish, Kazakh, Kyrgyz, Uzbek, Azerbaijani,
 * Belarusian, Mongolian, Hausa, Yoruba, Somali and Zulu. Folded like the text they are matched against (accents removed; ø, å and non-Latin letters kept).
 */
export const MORE_BIRTH_WORDS: readonly string[] = [
  // Bulgarian, Serbian (Cyrillic and Latin), Croatian, Slovene, Macedonian
  "дата на раждане", "роден", "родена", "рождена", "датум рођења", "рођен", "рођена", "datum rodenja", "datum rođenja",
  "rođen", "rođena", "roden", "rodena", "datum rojstva", "rojen", "rojena", "датум на раѓање",
  // Lithuanian, Latvian, Estonian, Slovak, Albanian, Icelandic
  "gimimo data", "gimes", "gimusi", "dzimsanas datums", "dzimis", "dzimusi", "sunniaeg", "sunnikuupaev", "sundinud",
  "datum narodenia", "narodeny", "narodena", "datelindja", "data e lindjes", "i lindur", "e lindur", "faedingardagur",
  "faeddur", "faedd", "fæðingardagur", "fæddur", "fædd",
  // Georgian, Armenian
  "დაბადების თარიღი", "დაბადების", "ծննդյան ամսաթիվ", "ծննդյան",
  // Indian languages and Bengali
  "பிறந்த தேதி", "பிறந்த நாள்", "பிறந்த", "పుట్టిన తేదీ", "పుట్టిన", "ಹುಟ್ಟಿದ ದಿನಾಂಕ", "ಜನ್ಮ ದಿನಾಂಕ", "ജനന തീയതി",
  "ജനനത്തീയതി", "जन्मतारीख", "जन्म तारीख", "જન્મ તારીખ", "જન્મ", "ਜਨਮ ਮਿਤੀ", "ਜਨਮ", "জন্ম তারিখ", "জন্মতারিখ", "জন্ম",
  // Urdu, Persian, Arabic ("تاريخ الولادة" in the Levant), Amharic
  "تاریخ پیدائش", "پیدائش", "تاریخ تولد", "تولد", "متولد", "تاريخ الولادة", "الولادة", "የትውልድ ቀን", "የትውልድ", "የተወለደ",
  "የተወለደችበት", "የተወለደበት",
  // Tagalog / Filipino
  "kaarawan", "petsa ng kapanganakan", "kapanganakan", "ipinanganak", "isinilang",
  // Catalan, Galician, Basque, Italian alone (a CSV header "nascita"), Irish, Welsh, Maltese, Luxembourgish
  "data de naixement", "naixement", "nascut", "nascuda", "neixer", "data de nacemento", "nacemento", "jaiotze data", "jaiotza data",
  "jaiotze", "jaioa", "nascita", "data breithe", "rugadh", "dyddiad geni", "ganwyd", "data tat-twelid", "twelid",
  "gebuertsdatum", "gebuer",
  // Kazakh, Kyrgyz, Uzbek, Azerbaijani, Belarusian, Mongolian
  "туған күні", "туған", "туылған", "туулган куну", "туулган", "tug'ilgan sana", "tugilgan sana", "tug'ilgan", "doğum tarixi",
  "dogum tarixi", "дата нараджэння", "нарадзіўся", "төрсөн огноо", "төрсөн",
  // Hausa, Yoruba, Somali, Zulu
  "ranar haihuwa", "haihuwa", "an haife", "ojo ibi", "taariikhda dhalashada", "dhalashada", "usuku lokuzalwa",
  // birthday words (a date beside them is a date of birth): Basque, Hungarian (also colloquial), Czech/Slovak, Finnish,
  // Estonian, Croatian/Serbian, Russian/Ukrainian, Turkish, Indonesian/Malay
  "jaioteguna", "jaiotegun", "urtebetetzea", "szulinap", "szulinapja", "szulinapom", "szuletesnap", "szuletesnapja",
  "szülinap", "szülinapja", "szülinapom", "születésnap", "születésnapja", "narozeniny", "narodeniny", "syntymapaiva",
  "syntymäpäivä", "sunnipaev", "sünnipäev", "rodendan", "rođendan", "рођендан", "день рождения", "день народження",
  "dogum gunu", "doğum günü", "ulang tahun", "hari jadi",
];
