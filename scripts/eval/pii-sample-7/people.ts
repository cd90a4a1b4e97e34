/** Personas for the seventh PII set: names of many cultures (native script and Latin), native-format addresses of ~30
 *  countries, libphonenumber-valid phones, dates of birth written per language. Randomness from the shared fixed-seed
 *  generator of set 3 (../pii-sample-3/gen.ts), advanced 27183 steps first so the values differ from sets 3-6. */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { digits, int, pick, rnd } from "../pii-sample-3/gen.js";
for (let i = 0; i < 27183; i++) rnd();

/** [display name, e-mail local part, culture]. */
export const NAMES: Record<string, [string, string][]> = {
  yo: [["Oluwaseun Adebayo", "seun.adebayo"], ["Folasade Ogunleye", "fola.ogunleye"], ["Babatunde Olanrewaju", "tunde.olanrewaju"], ["Adeola Akinwande", "adeola.akin"], ["Olúwatóyìn Ajíbádé", "toyin.ajibade"], ["Oyindamola Fashola", "oyinda.f"]],
  ig: [["Chinonso Okafor", "chinonso.okafor"], ["Ngozi Eze", "ngozi.eze"], ["Chukwuemeka Nwosu", "emeka.nwosu"], ["Adaeze Okonkwo", "adaeze.ok"], ["Obinna Nnamdi Obi", "obinna.obi"], ["Chiamaka Udeh", "chiamaka.udeh"]],
  vi: [["Nguyễn Thị Minh Anh", "minhanh.nguyen"], ["Trần Văn Hùng", "hung.tranvan"], ["Phạm Quốc Bảo", "bao.pham"], ["Lê Thu Trang", "trang.lethu"], ["Đỗ Hoàng Long", "long.dohoang"], ["Vũ Ngọc Hân", "han.vu"]],
  id: [["Sukarni", "sukarni"], ["Wahyudi", "wahyudi77"], ["Suharti", "suharti.bdg"], ["Budi Santoso", "budi.santoso"], ["Siti Rahmawati", "siti.rahma"], ["Dewi Kartika Sari", "dewi.ks"]],
  ar: [["Khalid bin Saeed Al-Ghamdi", "k.alghamdi"], ["Fatima bint Ahmed al-Mansouri", "fatima.mansouri"], ["Ahmad ibn Rashid al-Harbi", "ahmad.harbi"], ["Omar Al-Farouqi", "omar.farouqi"], ["Layla Haddad", "layla.haddad"], ["Youssef El Amrani", "y.elamrani"]],
  arS: [["خالد بن سعيد الغامدي", "khalid.ghamdi"], ["فاطمة أحمد المنصوري", "fatma.m"], ["يوسف العمراني", "youssef.amrani"], ["نورة بنت عبدالله القحطاني", "noura.q"]],
  es: [["María José García Fernández", "mariajose.garcia"], ["Juan Carlos Pérez de la Torre", "jc.perezdelatorre"], ["Lucía Martínez Ortega", "lucia.martinez"], ["Álvaro Ruiz Sánchez", "alvaro.ruiz"], ["Ximena Rodríguez Loaiza", "ximena.rl"], ["José Luis Gómez-Navarro", "jl.gomez"]],
  nl: [["Pieter van der Berg", "p.vanderberg"], ["Anouk de Vries", "anouk.devries"], ["Jan-Willem van den Heuvel", "jw.heuvel"], ["Sanne ter Horst", "sanne.terhorst"], ["Femke van 't Hof", "femke.vanthof"], ["Bram de Jong", "bram.dejong"]],
  is: [["Guðrún Sigurðardóttir", "gudrun.s"], ["Jón Einarsson", "jon.einarsson"], ["Ólafur Gunnarsson", "olafur.g"], ["Sigríður Helgadóttir", "sigga.helga"]],
  zh: [["王晓明", "wang.xiaoming"], ["李静", "li.jing"], ["陈志强", "chen.zq"], ["Wang Xiaoming", "xiaoming.wang"], ["Zhang Wei", "zhangwei88"], ["Liu Yang", "liu.yang"]],
  ja: [["佐藤 美咲", "misaki.sato"], ["高橋 健太", "kenta.t"], ["Misaki Sato", "sato.misaki"], ["Kenta Takahashi", "k.takahashi"], ["山本 陽子", "yoko.yamamoto"], ["Haruto Nakamura", "haruto.n"]],
  ko: [["김민준", "minjun.kim"], ["박서연", "seoyeon.park"], ["Kim Min-jun", "kim.minjun"], ["Park Seo-yeon", "park.sy"], ["이지은", "jieun.lee"], ["Choi Hyun-woo", "hw.choi"]],
  de: [["Jürgen Hoffmann", "j.hoffmann"], ["Anja Schröder", "anja.schroeder"], ["Lukas Weißenberger", "l.weissenberger"], ["Friederike von Altenstein", "f.altenstein"]],
  fr: [["Élodie Moreau", "elodie.moreau"], ["Jean-Baptiste Lefèvre", "jb.lefevre"], ["Amélie Dubois-Laurent", "amelie.dl"], ["Thibault Garnier", "t.garnier"]],
  pt: [["João Pedro Carvalho", "joaopedro.c"], ["Ana Beatriz Souza", "anabia.souza"], ["Luís Miguel Ferreira dos Santos", "lm.santos"], ["Mariana Oliveira", "mari.oliveira"]],
  pl: [["Katarzyna Wiśniewska", "k.wisniewska"], ["Tomasz Kowalczyk", "tomasz.kow"], ["Zofia Grzybowska", "zofia.g"]],
  tr: [["Mehmet Yılmaz", "mehmet.yilmaz"], ["Ayşe Demir", "ayse.demir"], ["Emre Çelik", "emre.celik"], ["Zeynep Şahin", "zeynep.sahin"]],
  in: [["Priya Raghunathan", "priya.r"], ["Arjun Mehta", "arjun.mehta"], ["Venkata Subramanian Iyer", "vs.iyer"], ["प्रिया शर्मा", "priya.sharma"]],
  ru: [["Анна Смирнова", "anna.smirnova"], ["Дмитрий Волков", "d.volkov"], ["Ekaterina Morozova", "kate.morozova"]],
  ke: [["Wanjiru Kamau", "wanjiru.kamau"], ["Otieno Odhiambo", "otieno.o"], ["Achieng Atieno", "achieng.a"]],
  sv: [["Linnea Bergström", "linnea.bergstrom"], ["Oskar Åkesson", "oskar.akesson"]],
  it: [["Giulia Esposito", "giulia.esposito"], ["Francesco De Luca", "f.deluca"], ["Chiara Lo Russo", "chiara.lorusso"]],
  en: [["Megan O'Sullivan", "megan.osullivan"], ["DeShawn Williams", "deshawn.w"], ["Hannah Lindqvist", "hannah.lindqvist"], ["Connor McAllister", "c.mcallister"], ["Aaliyah Johnson-Reed", "aaliyah.jr"], ["Tobias Whitfield", "toby.whitfield"]],
};
const DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "proton.me", "icloud.com", "hotmail.com", "gmx.de", "web.de", "orange.fr", "naver.com", "qq.com", "yahoo.co.jp", "libero.it", "wp.pl", "mail.ru"];
export const email = (local: string) => `${local}${pick(["", "", String(int(1, 99))])}@${pick(DOMAINS)}`;

/** Valid phone for a region; format: "e164" | "intl" | "nat". */
export function phone(region: string, fmt: "e164" | "intl" | "nat" = pick(["e164", "intl", "nat"])): string {
  const len: Record<string, number[]> = { NG: [10], VN: [9], ID: [10, 11], JP: [10], CN: [11], KR: [9, 10], IN: [10], KE: [9], ZA: [9], AE: [9], SA: [9], EG: [10], BR: [11], MX: [10], AR: [10], RU: [10], TR: [10], PL: [9], IS: [7], GB: [10], IE: [9], DE: [10, 11], AT: [10], CH: [9], FR: [9], BE: [9], NL: [9], ES: [9], PT: [9], IT: [10], SE: [9], NO: [8], DK: [8], FI: [9], CZ: [9], US: [10], CA: [10], AU: [9], NZ: [9], SG: [8], MY: [9], PH: [10], TH: [9], CO: [10], CL: [9], MA: [9], GR: [10], HU: [9], RO: [9] };
  const mobilePrefix: Record<string, string[]> = { NG: ["803", "806", "813", "703", "905"], VN: ["9", "3", "8"], ID: ["812", "813", "857"], JP: ["90", "80"], CN: ["138", "139", "186"], KR: ["10"], IN: ["98", "99", "70"], KE: ["7"], ZA: ["82", "72"], AE: ["50", "55"], SA: ["5"], EG: ["10", "11", "12"], BR: ["11 9", "21 9"], GB: ["7"], DE: ["151", "170", "30"], FR: ["6", "1"], ES: ["6", "9"], IT: ["3"], NL: ["6", "20"], US: ["415", "312", "646", "206"], CA: ["416", "604"], AU: ["4"], TR: ["5"], PL: ["5", "6"], RU: ["9"], MX: ["55", "33"], IS: ["8", "6"], SE: ["7"], NO: ["4", "9"], DK: ["2", "4"], FI: ["4"], PT: ["9"], BE: ["4"], CH: ["7"], AT: ["6"], IE: ["8"], CZ: ["6", "7"], AR: ["11"], SG: ["8", "9"] };
  for (let k = 0; k < 5000; k++) {
    const L = pick(len[region] ?? [10]); const pre = pick(mobilePrefix[region] ?? [""]).replace(/ /g, "");
    const nat = pre + digits(Math.max(0, L - pre.length));
    const p = parsePhoneNumberFromString(nat, region as never);
    if (p?.isValid() && p.country === region) return fmt === "e164" ? p.number : fmt === "intl" ? p.formatInternational() : p.formatNational();
  }
  throw new Error("no phone for " + region);
}

const M: Record<string, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  tr: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
  pl: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  is: ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"],
};
const p2 = (n: number) => String(n).padStart(2, "0");
export type Ymd = { y: number; m: number; d: number };
export const ymd = (): Ymd => ({ y: int(1948, 2004), m: int(1, 12), d: int(1, 28) });
/** A date of birth written as people of that language write it. */
export function dob(lang: string, t: Ymd): string {
  const { y, m, d } = t;
  switch (lang) {
    case "en": return pick([`${M.en![m - 1]} ${d}, ${y}`, `${p2(m)}/${p2(d)}/${y}`, `${d} ${M.en![m - 1]} ${y}`]);
    case "es": return pick([`${d} de ${M.es![m - 1]} de ${y}`, `${p2(d)}/${p2(m)}/${y}`]);
    case "fr": return pick([`${d} ${M.fr![m - 1]} ${y}`, `${p2(d)}/${p2(m)}/${y}`]);
    case "de": return pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${M.de![m - 1]} ${y}`]);
    case "nl": return pick([`${d} ${M.nl![m - 1]} ${y}`, `${p2(d)}-${p2(m)}-${y}`]);
    case "pt": return pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${M.pt![m - 1]} de ${y}`]);
    case "it": return `${d} ${M.it![m - 1]} ${y}`;
    case "id": return `${d} ${M.id![m - 1]} ${y}`;
    case "tr": return pick([`${d} ${M.tr![m - 1]} ${y}`, `${p2(d)}.${p2(m)}.${y}`]);
    case "pl": return pick([`${d} ${M.pl![m - 1]} ${y} r.`, `${p2(d)}.${p2(m)}.${y}`]);
    case "sv": return `${y}-${p2(m)}-${p2(d)}`;
    case "is": return `${d}. ${M.is![m - 1]} ${y}`;
    case "ja": case "zh": return `${y}年${m}月${d}日`;
    case "ko": return `${y}년 ${m}월 ${d}일`;
    case "vi": return pick([`ngày ${d} tháng ${m} năm ${y}`, `${p2(d)}/${p2(m)}/${y}`]);
    case "ar": return `${y}/${p2(m)}/${p2(d)}`;
    default: return `${y}-${p2(m)}-${p2(d)}`;
  }
}
const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
export const spell = (s: string) => s.replace(/\D/g, "").split("").map((c) => ONES[+c]).join(" ");
const ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const two = (n: number) => (n < 10 ? "oh " + ONES[n] : n < 20 ? ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"][n - 10]! : TENS[Math.floor(n / 10)]! + (n % 10 ? " " + ONES[n % 10] : ""));
/** ASR-style spoken date: "march fourth nineteen eighty seven". */
export const spokenDate = (t: Ymd) => `${M.en![t.m - 1]!.toLowerCase()} ${ORD[t.d]} ${t.y < 2000 ? "nineteen " + two(t.y % 100) : "two thousand " + (t.y % 100 ? ONES[t.y % 100] ?? two(t.y % 100) : "")}`.trim();

/** Native-format addresses per country (ISO code) → [address, city]. */
export const ADDR: Record<string, () => [string, string]> = {
  US: () => { const c = pick([["Oakland", "CA 94607"], ["Columbus", "OH 43215"], ["Tucson", "AZ 85719"]] as const); return [`${int(100, 9899)} ${pick(["Maple Ridge Dr", "W Harrison St", "Alvarado Rd Apt 3B", "Birchwood Ln"])}, ${c[0]}, ${c[1]}`, c[0]]; },
  CA: () => [`${int(10, 999)} rue ${pick(["Saint-Denis", "Sherbrooke Ouest", "Beaubien Est"])}, app. ${int(1, 30)}, Montréal (Québec) H2X ${int(1, 9)}Y${int(1, 9)}`, "Montréal"],
  GB: () => [`Flat ${int(1, 20)}, ${int(2, 180)} ${pick(["Cowley Road", "Stockport Road", "Gloucester Place"])}, ${pick(["Oxford OX4 1HU", "Manchester M19 3AB", "London W1U 8EW"])}`, "Oxford"],
  IE: () => [`${int(1, 60)} ${pick(["Ashgrove Lawn", "Castle Avenue", "Orwell Park"])}, ${pick(["Clontarf, Dublin 3, D03 K2X7", "Ballincollig, Co. Cork, P31 YX25"])}`, "Dublin"],
  DE: () => [`${pick(["Kastanienallee", "Lindenstraße", "Am Weinberg"])} ${int(1, 120)}${pick(["", "a"])}, ${pick(["10435 Berlin", "50667 Köln", "04109 Leipzig"])}`, "Berlin"],
  AT: () => [`${pick(["Mariahilfer Straße", "Grazer Gasse"])} ${int(1, 99)}/${int(1, 12)}, ${pick(["1060 Wien", "8010 Graz"])}`, "Wien"],
  CH: () => [`${pick(["Seefeldstrasse", "Rue de Lausanne"])} ${int(1, 200)}, ${pick(["8008 Zürich", "1201 Genève"])}`, "Zürich"],
  FR: () => [`${int(1, 140)} ${pick(["rue de la Roquette", "avenue Jean-Jaurès", "boulevard Voltaire"])}, ${pick(["75011 Paris", "69007 Lyon", "31000 Toulouse"])}`, "Paris"],
  BE: () => [`${pick(["Rue Haute", "Kerkstraat"])} ${int(1, 300)} bus ${int(1, 9)}, ${pick(["1000 Bruxelles", "2000 Antwerpen"])}`, "Bruxelles"],
  NL: () => [`${pick(["Prinsengracht", "Oudegracht", "Vondelstraat"])} ${int(1, 800)}-${pick(["I", "II", "hs"])}, ${int(1011, 3599)} ${rsU2()} ${pick(["Amsterdam", "Utrecht"])}`, "Amsterdam"],
  ES: () => [`C/ ${pick(["de Alcalá", "Mayor", "del Doctor Fourquet"])}, ${int(1, 200)}, ${int(1, 8)}º ${pick(["A", "B", "izq."])}, ${pick(["28014 Madrid", "41003 Sevilla", "08012 Barcelona"])}`, "Madrid"],
  PT: () => [`Rua ${pick(["da Prata", "de Santa Catarina", "Augusta"])}, ${int(1, 300)}, ${int(1, 5)}.º Esq., ${pick(["1100-420 Lisboa", "4000-447 Porto"])}`, "Lisboa"],
  IT: () => [`Via ${pick(["Giuseppe Garibaldi", "dei Mille", "Roma"])} ${int(1, 150)}, ${pick(["20121 Milano (MI)", "80134 Napoli (NA)", "00185 Roma (RM)"])}`, "Milano"],
  PL: () => [`ul. ${pick(["Marszałkowska", "Piotrkowska", "Długa"])} ${int(1, 200)} m. ${int(1, 60)}, ${pick(["00-624 Warszawa", "90-410 Łódź", "80-831 Gdańsk"])}`, "Warszawa"],
  SE: () => [`${pick(["Götgatan", "Storgatan", "Linnégatan"])} ${int(1, 90)}, ${pick(["118 26 Stockholm", "413 08 Göteborg"])}`, "Stockholm"],
  NO: () => [`${pick(["Thorvald Meyers gate", "Bogstadveien"])} ${int(1, 90)}B, ${pick(["0555 Oslo", "0355 Oslo"])}`, "Oslo"],
  DK: () => [`${pick(["Nørrebrogade", "Vesterbrogade"])} ${int(1, 200)}, ${int(1, 5)}. tv., ${pick(["2200 København N", "1620 København V"])}`, "København"],
  FI: () => [`${pick(["Mannerheimintie", "Hämeenkatu"])} ${int(1, 90)} A ${int(1, 40)}, ${pick(["00100 Helsinki", "33100 Tampere"])}`, "Helsinki"],
  IS: () => [`${pick(["Laugavegur", "Hringbraut", "Skólavörðustígur"])} ${int(1, 120)}, ${pick(["101 Reykjavík", "107 Reykjavík", "600 Akureyri"])}`, "Reykjavík"],
  CZ: () => [`${pick(["Vinohradská", "Husova"])} ${int(100, 2999)}/${int(1, 99)}, ${pick(["120 00 Praha 2", "602 00 Brno"])}`, "Praha"],
  TR: () => [`${pick(["Bağdat Caddesi", "Atatürk Bulvarı"])} No: ${int(1, 300)} Daire: ${int(1, 20)}, ${pick(["34728 Kadıköy/İstanbul", "06420 Çankaya/Ankara"])}`, "İstanbul"],
  BR: () => [`Rua ${pick(["Oscar Freire", "das Laranjeiras", "Augusta"])}, ${int(10, 2000)}, apto ${int(11, 140)}, ${pick(["Jardins, São Paulo - SP, 01426-001", "Laranjeiras, Rio de Janeiro - RJ, 22240-003"])}`, "São Paulo"],
  MX: () => [`Calle ${pick(["Durango", "Ámsterdam", "Tonalá"])} ${int(1, 300)}, Int. ${int(1, 12)}, Col. ${pick(["Roma Norte", "Hipódromo Condesa"])}, ${pick(["06700", "06100"])} Ciudad de México, CDMX`, "Ciudad de México"],
  AR: () => [`Av. ${pick(["Corrientes", "Santa Fe", "Cabildo"])} ${int(100, 5000)}, piso ${int(1, 12)} dto. ${pick(["A", "B", "C"])}, C${int(1000, 1499)}AAB CABA`, "Buenos Aires"],
  JP: () => { const [z, a] = pick([["150-0001", "東京都渋谷区神宮前"], ["530-0012", "大阪府大阪市北区芝田"], ["060-0042", "北海道札幌市中央区大通西"]] as const); return [`〒${z} ${a}${int(1, 6)}-${int(1, 20)}-${int(1, 15)}`, a.slice(0, 3)]; },
  CN: () => [`${pick(["北京市朝阳区建国路", "上海市浦东新区世纪大道", "广州市天河区天河路"])}${int(1, 300)}号${int(1, 30)}栋${int(101, 2808)}室`, "北京"],
  KR: () => [`${pick(["서울특별시 강남구 테헤란로", "부산광역시 해운대구 해운대로", "서울특별시 마포구 월드컵북로"])} ${int(1, 500)}, ${int(101, 120)}동 ${int(101, 2304)}호`, "서울"],
  VN: () => [`Số ${int(1, 200)} ngõ ${int(1, 120)} phố ${pick(["Huế", "Kim Mã", "Láng Hạ"])}, ${pick(["quận Hai Bà Trưng, Hà Nội", "quận Ba Đình, Hà Nội", "phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"])}`, "Hà Nội"],
  ID: () => [`Jl. ${pick(["Merdeka", "Dago", "Kemang Raya", "Malioboro"])} No. ${int(1, 200)}, RT ${p2(int(1, 12))}/RW ${p2(int(1, 9))}, ${pick(["Bandung 40132", "Jakarta Selatan 12730", "Yogyakarta 55271"])}`, "Bandung"],
  NG: () => [`${int(1, 80)} ${pick(["Adeola Odeku Street, Victoria Island", "Allen Avenue, Ikeja", "Bode Thomas Street, Surulere"])}, Lagos`, "Lagos"],
  KE: () => [`${pick(["Ngong Road, Kilimani", "Moi Avenue", "Argwings Kodhek Road"])}, ${pick(["House", "Apt"])} ${int(1, 40)}, P.O. Box ${int(1000, 99999)}-00100, Nairobi`, "Nairobi"],
  ZA: () => [`${int(1, 200)} ${pick(["Jan Smuts Avenue, Parktown North", "Long Street", "Florida Road, Morningside"])}, ${pick(["Johannesburg, 2193", "Cape Town, 8001", "Durban, 4001"])}`, "Johannesburg"],
  IN: () => [`Flat ${int(101, 1204)}, ${pick(["Sai Krupa Apartments, 4th Cross, Indiranagar", "Lakeview Residency, Baner Road", "B-14, Vasant Kunj"])}, ${pick(["Bengaluru, Karnataka 560038", "Pune, Maharashtra 411045", "New Delhi 110070"])}`, "Bengaluru"],
  AU: () => [`Unit ${int(1, 30)}/${int(1, 200)} ${pick(["Glebe Point Road", "Brunswick Street", "Beaufort Street"])}, ${pick(["Glebe NSW 2037", "Fitzroy VIC 3065", "Mount Lawley WA 6050"])}`, "Glebe"],
  AE: () => [`Villa ${int(1, 90)}, Street ${int(1, 40)}, ${pick(["Al Wasl, Dubai", "Al Khalidiyah, Abu Dhabi"])}, UAE`, "Dubai"],
  SA: () => [`${int(1000, 9999)} ${pick(["طريق الملك فهد", "شارع التحلية"])}، حي ${pick(["العليا", "الملز"])}، الرياض ${int(11411, 12999)}`, "الرياض"],
  RU: () => [`ул. ${pick(["Тверская", "Ленина", "Садовая"])}, д. ${int(1, 99)}, кв. ${int(1, 300)}, ${pick(["Москва, 125009", "Санкт-Петербург, 191025"])}`, "Москва"],
};
function rsU2() { return "ABCDEFGHJKLMNPRSTVWXZ"[int(0, 20)]! + "ABCDEFGHJKLMNPRSTVWXZ"[int(0, 20)]!; }

export type Persona = { name: string; local: string; culture: string; email: string; phone: (fmt?: "e164" | "intl" | "nat") => string; addr: string; city: string; born: Ymd; cc: string };
const CC: Record<string, string[]> = { yo: ["NG"], ig: ["NG"], vi: ["VN"], id: ["ID"], ar: ["AE", "SA"], arS: ["SA", "AE"], es: ["ES", "MX", "AR"], nl: ["NL", "BE"], is: ["IS"], zh: ["CN"], ja: ["JP"], ko: ["KR"], de: ["DE", "AT", "CH"], fr: ["FR", "BE", "CA"], pt: ["PT", "BR"], pl: ["PL"], tr: ["TR"], in: ["IN"], ru: ["RU"], ke: ["KE"], sv: ["SE"], it: ["IT"], en: ["US", "GB", "IE", "AU", "ZA", "CA"] };
const used = new Set<string>();
export function persona(culture: string, cc?: string): Persona {
  let nm = pick(NAMES[culture]!); for (let k = 0; k < 8 && used.has(nm[0]); k++) nm = pick(NAMES[culture]!); used.add(nm[0]);
  const c = cc ?? pick(CC[culture]!); const [addr, city] = (ADDR[c] ?? ADDR.US!)();
  const ph = c === "SA" || c === "AE" ? c : c;
  return { name: nm[0], local: nm[1], culture, email: email(nm[1]), phone: (f) => phone(ph === "CA" ? "CA" : ph, f), addr, city, born: ymd(), cc: c };
}
