/**
 * Month names and their common abbreviations in the languages Warden's PII cues cover (English, German, French,
 * Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Norwegian, Finnish, Czech, Turkish, Indonesian,
 * Romanian, Swahili, Hungarian, Greek, Russian, Ukrainian, Arabic; Catalan, Basque, Galician, Icelandic, Afrikaans,
 * Estonian, Croatian, Slovene, Serbian, Bulgarian, Latvian, Lithuanian, Welsh, Irish, Malay), with the
 * month number, for dates written with words: "4 March 1985", "12. März 1985", "1er janvier 1990",
 * "12 de marzo de 1985", "1 aprile 1990", "3 maja 1988", "5. toukokuuta 1975". Polish, Czech and Finnish dates use
 * the genitive or partitive forms, listed beside the nominative. Accented names also appear without their accents
 * ("Marz", "fevrier", "wrzesnia"), as people type them.
 */
const NAMES: readonly (readonly string[])[] = [
  // 1
  ["january", "jan", "januar", "jänner", "jaenner", "janner", "janvier", "janv", "enero", "ene", "gennaio", "genn", "gen", "janeiro", "januari", "stycznia", "styczeń", "styczen", "sty", "tammikuuta", "tammikuu", "ledna", "leden", "ocak", "ianuarie", "január", "ιανουαρίου", "ιανουαριου", "ιανουάριος", "ιανουαριος", "января", "январь", "січня", "січень", "يناير", "كانون الثاني", "gener", "urtarrila", "xaneiro", "janúar", "januarie", "jaanuar", "siječnja", "sijecnja", "siječanj", "ionawr", "eanáir", "eanair", "януари", "јануар", "januāris", "janvāris", "janvara", "sausio"],
  // 2
  ["february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "febb", "fevereiro", "fev", "februari", "lutego", "luty", "lut", "helmikuuta", "helmikuu", "února", "unora", "únor", "unor", "şubat", "subat", "februarie", "február", "febr", "φεβρουαρίου", "φεβρουαριου", "φεβρουάριος", "φεβρουαριος", "февраля", "февраль", "лютого", "лютий", "فبراير", "شباط", "febrer", "otsaila", "febreiro", "febrúar", "veebruar", "veljače", "veljace", "veljača", "chwefror", "feabhra", "февруари", "фебруар", "februāris", "februara", "vasario"],
  // 3
  ["march", "mar", "märz", "maerz", "marz", "mär", "mars", "marzo", "março", "marco", "maart", "marca", "marzec", "marts", "maaliskuuta", "maaliskuu", "března", "brezna", "březen", "brezen", "mart", "maret", "martie", "machi", "március", "marcius", "márc", "μαρτίου", "μαρτιου", "μάρτιος", "μαρτιος", "марта", "март", "березня", "березень", "مارس", "آذار", "març", "martxoa", "märts", "ožujka", "ozujka", "ožujak", "marec", "mawrth", "márta", "mac"],
  // 4
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "kwiecien", "kwi", "huhtikuuta", "huhtikuu", "dubna", "duben", "nisan", "aprilie", "aprili", "április", "aprilis", "ápr", "απριλίου", "απριλιου", "απρίλιος", "απριλιος", "апреля", "апрель", "квітня", "квітень", "أبريل", "ابريل", "إبريل", "نيسان", "apirila", "apríl", "aprill", "travnja", "travanj", "ebrill", "aibreán", "aibrean", "април", "aprīlis", "aprila", "balandžio", "balandzio"],
  // 5
  ["may", "mai", "mayo", "maggio", "magg", "mag", "maio", "mei", "maja", "maj", "toukokuuta", "toukokuu", "května", "kvetna", "květen", "kveten", "mayıs", "mayis", "május", "majus", "máj", "μαΐου", "μαιου", "μάιος", "μαιος", "мая", "май", "травня", "травень", "مايو", "أيار", "ايار", "maig", "maiatza", "maí", "svibnja", "svibanj", "bealtaine", "мај", "maijs", "maija", "gegužės", "geguzes"],
  // 6
  ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "cze", "kesäkuuta", "kesakuuta", "kesäkuu", "června", "cervna", "červen", "cerven", "haziran", "iunie", "június", "junius", "jún", "ιουνίου", "ιουνιου", "ιούνιος", "ιουνιος", "июня", "июнь", "червня", "червень", "يونيو", "يونيه", "حزيران", "juny", "ekaina", "xuño", "xuno", "júní", "junie", "juuni", "lipnja", "lipanj", "junij", "mehefin", "meitheamh", "юни", "јун", "jūnijs", "jūnija", "junija", "birželio", "birzelio"],
  // 7
  ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "lip", "heinäkuuta", "heinakuuta", "heinäkuu", "července", "cervence", "červenec", "cervenec", "temmuz", "iulie", "julai", "július", "julius", "júl", "ιουλίου", "ιουλιου", "ιούλιος", "ιουλιος", "июля", "июль", "липня", "липень", "يوليو", "يوليه", "تموز", "juliol", "uztaila", "xullo", "júlí", "juuli", "srpnja", "srpanj", "julij", "gorffennaf", "iúil", "iuil", "юли", "јул", "jūlijs", "jūlija", "julija", "liepos"],
  // 8
  ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "sierpień", "sierpien", "sie", "elokuuta", "elokuu", "srpna", "srpen", "ağustos", "agustos", "agustus", "agosti", "augusztus", "αυγούστου", "αυγουστου", "αύγουστος", "αυγουστος", "августа", "август", "серпня", "серпень", "أغسطس", "اغسطس", "آب", "agost", "abuztua", "ágúst", "kolovoza", "kolovoz", "avgust", "awst", "lúnasa", "lunasa", "augusts", "rugpjūčio", "rugpjucio", "ogos"],
  // 9
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "sett", "set", "setembro", "września", "wrzesnia", "wrzesień", "wrzesien", "wrz", "syyskuuta", "syyskuu", "září", "zari", "eylül", "eylul", "septembrie", "septemba", "szeptember", "szept", "σεπτεμβρίου", "σεπτεμβριου", "σεπτέμβριος", "σεπτεμβριος", "сентября", "сентябрь", "вересня", "вересень", "سبتمبر", "أيلول", "ايلول", "setembre", "iraila", "septembar", "rujna", "rujan", "medi", "септември", "септембар", "septembris", "septembra", "rugsėjo", "rugsejo"],
  // 10
  ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "października", "pazdziernika", "październik", "pazdziernik", "paź", "paz", "lokakuuta", "lokakuu", "října", "rijna", "říjen", "rijen", "ekim", "oktoba", "octombrie", "október", "οκτωβρίου", "οκτωβριου", "οκτώβριος", "οκτωβριος", "октября", "октябрь", "жовтня", "жовтень", "أكتوبر", "اكتوبر", "تشرين الأول", "urria", "oktoober", "oktobar", "hydref", "октомври", "октобар", "oktobris", "oktobra", "spalio"],
  // 11
  ["november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "lis", "marraskuuta", "marraskuu", "listopadu", "kasım", "kasim", "noiembrie", "novemba", "νοεμβρίου", "νοεμβριου", "νοέμβριος", "νοεμβριος", "ноября", "ноябрь", "листопада", "листопад", "نوفمبر", "تشرين الثاني", "azaroa", "nóvember", "novembar", "studenoga", "studeni", "tachwedd", "samhain", "ноември", "новембар", "novembris", "novembra", "lapkričio", "lapkricio"],
  // 12
  ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudnia", "grudzień", "grudzien", "gru", "desember", "joulukuuta", "joulukuu", "prosince", "prosinec", "aralık", "aralik", "desemba", "decembrie", "δεκεμβρίου", "δεκεμβριου", "δεκέμβριος", "δεκεμβριος", "декабря", "декабрь", "грудня", "грудень", "ديسمبر", "كانون الأول", "desembre", "abendua", "decembro", "detsember", "decembar", "prosinca", "prosinac", "rhagfyr", "nollaig", "декември", "децембар", "decembris", "decembra", "gruodžio", "gruodzio", "disember"],
];

const MONTH_OF = new Map<string, number>();
NAMES.forEach((names, i) => {
  for (const n of names) MONTH_OF.set(n, i + 1);
});

/** The month number (1-12) of a month word in any case, or 0 (two-word Levantine months: "كانون الثاني"). */
export function monthNumber(word: string): number {
  return MONTH_OF.get(word.toLowerCase()) ?? 0;
}

/** The month number of the first month word in `s`, or 0 (words are tried alone, then with the next word). */
export function firstMonthIn(s: string): number {
  const words = s.match(/\p{L}+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const m = monthNumber(words[i]!) || (i + 1 < words.length ? monthNumber(`${words[i]} ${words[i + 1]}`) : 0);
    if (m > 0) return m;
  }
  return 0;
}

/** Regex source matching any month word (longest first, so that "marzo" is not cut to "mar"). */
export const MONTH_WORDS_SOURCE = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join("|");

/** Lower-case first letters of the month words (char codes), to skip numbers that no month word follows. */
export const MONTH_WORD_INITIALS: ReadonlySet<number> = new Set([...MONTH_OF.keys()].map((w) => w.charCodeAt(0)));
