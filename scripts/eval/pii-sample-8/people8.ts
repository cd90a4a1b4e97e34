/** Fictitious personas of the eighth PII set: names that are ordinary words (Rose, Hunter, Grant, Summer, Bill, Faith,
 *  Young...), particle and hyphenated surnames, names of many cultures (some in native script), each with a one-line
 *  and a multi-line street address in its country's format, a phone valid per libphonenumber and a date of birth. */
import { ph } from "./gen8.js";

export type Persona = {
  name: string; first: string; email: string; phone: string; city: string; region: string; country: string;
  addr: string; addrLines: string; dob: string; y: number; m: number; d: number; f: boolean;
};
const P = (name: string, first: string, email: string, phone: string, city: string, region: string, country: string, addr: string, addrLines: string, dob: string, f: boolean): Persona => {
  const [y, m, d] = dob.split("-").map(Number) as [number, number, number];
  return { name, first, email, phone, city, region, country, addr, addrLines, dob, y, m, d, f };
};
export const PEOPLE: Persona[] = [
  P("Rose Hunter", "Rose", "rose.hunter@fastmail.com", ph.US(), "Columbus", "Ohio", "USA", "4418 Bramble Ridge Dr, Columbus, OH 43214", "4418 Bramble Ridge Dr\nColumbus, OH 43214", "1986-03-14", true),
  P("Grant Young", "Grant", "gyoung77@gmail.com", ph.US("dashes"), "Austin", "Texas", "USA", "912 W Mary St Apt 3B, Austin, TX 78704", "912 W Mary St Apt 3B\nAustin, TX 78704", "1977-11-02", false),
  P("Summer Faith Baker", "Summer", "summer.baker@outlook.com", ph.US("dots"), "Tacoma", "Washington", "USA", "27 Larkspur Lane, Tacoma, WA 98406", "27 Larkspur Lane\nTacoma, WA 98406", "1994-07-21", true),
  P("Bill Marsh", "Bill", "bill.marsh@btinternet.com", ph.GB(), "Leeds", "West Yorkshire", "United Kingdom", "14 Headingley Mount, Leeds LS6 3EH", "14 Headingley Mount\nLeeds\nLS6 3EH", "1961-09-30", false),
  P("Faith O'Neill", "Faith", "faith.oneill@eircom.net", ph.IE(), "Cork", "County Cork", "Ireland", "7 Wellington Terrace, Ballintemple, Cork T12 X2F7", "7 Wellington Terrace\nBallintemple\nCork T12 X2F7", "1990-01-08", true),
  P("Daan van der Berg", "Daan", "d.vanderberg@ziggo.nl", ph.NL(), "Utrecht", "Utrecht", "Netherlands", "Oudegracht 212, 3511 NR Utrecht", "Oudegracht 212\n3511 NR Utrecht", "1983-05-17", false),
  P("María José de la Cruz", "María José", "mj.delacruz@telefonica.net", ph.ES(), "Sevilla", "Andalucía", "Spain", "Calle Feria 45, 3º B, 41003 Sevilla", "Calle Feria 45, 3º B\n41003 Sevilla", "1979-12-03", true),
  P("Jean-Luc Moreau-Dubois", "Jean-Luc", "jl.moreau@orange.fr", ph.FR(), "Lyon", "Auvergne-Rhône-Alpes", "France", "18 rue Mercière, 69002 Lyon", "18 rue Mercière\n69002 Lyon", "1972-06-25", false),
  P("Hannah Weiß", "Hannah", "hannah.weiss@web.de", ph.DE(), "Leipzig", "Sachsen", "Germany", "Karl-Liebknecht-Straße 88, 04275 Leipzig", "Karl-Liebknecht-Straße 88\n04275 Leipzig", "1988-02-11", true),
  P("Giulia Ferraro", "Giulia", "giulia.ferraro@libero.it", ph.IT(), "Bologna", "Emilia-Romagna", "Italy", "Via dell'Indipendenza 31, 40121 Bologna BO", "Via dell'Indipendenza 31\n40121 Bologna BO", "1992-10-19", true),
  P("Oluwaseun Adeyemi", "Oluwaseun", "seun.adeyemi@yahoo.com", ph.NG(), "Lagos", "Lagos State", "Nigeria", "23 Adeola Odeku Street, Victoria Island, Lagos", "23 Adeola Odeku Street\nVictoria Island\nLagos", "1987-04-09", false),
  P("Priya Raghunathan", "Priya", "priya.r@rediffmail.com", ph.IN(), "Bengaluru", "Karnataka", "India", "No. 14, 2nd Cross, Indiranagar, Bengaluru 560038", "No. 14, 2nd Cross\nIndiranagar\nBengaluru 560038", "1991-08-28", true),
  P("Nguyễn Thị Lan", "Lan", "lan.nguyen@gmail.com", ph.US("intl"), "San Jose", "California", "USA", "2150 Story Rd #12, San Jose, CA 95122", "2150 Story Rd #12\nSan Jose, CA 95122", "1985-12-30", true),
  P("Kenji Watanabe", "Kenji", "k.watanabe@docomo.ne.jp", ph.JP(), "Osaka", "Osaka Prefecture", "Japan", "2-14-7 Nishitenma, Kita-ku, Osaka 530-0047", "2-14-7 Nishitenma\nKita-ku, Osaka 530-0047", "1980-03-03", false),
  P("Amara Okafor-Bello", "Amara", "amara.okafor@protonmail.com", ph.GB("intl"), "Manchester", "Greater Manchester", "United Kingdom", "Flat 5, 61 Wilmslow Road, Manchester M14 5TB", "Flat 5\n61 Wilmslow Road\nManchester M14 5TB", "1996-11-15", true),
  P("Hunter Grant", "Hunter", "hunter.grant@icloud.com", ph.CA(), "Calgary", "Alberta", "Canada", "1208 17 Ave SW, Calgary, AB T2T 0B7", "1208 17 Ave SW\nCalgary, AB T2T 0B7", "1989-09-04", false),
  P("Sofia Lindqvist", "Sofia", "sofia.lindqvist@telia.se", ph.SE(), "Göteborg", "Västra Götaland", "Sweden", "Linnégatan 9, 413 04 Göteborg", "Linnégatan 9\n413 04 Göteborg", "1984-06-12", true),
  P("Tomasz Wiśniewski", "Tomasz", "t.wisniewski@wp.pl", ph.PL(), "Kraków", "Małopolska", "Poland", "ul. Długa 17 m. 4, 31-147 Kraków", "ul. Długa 17 m. 4\n31-147 Kraków", "1975-01-23", false),
  P("Rafael dos Santos Lima", "Rafael", "rafael.lima@uol.com.br", ph.BR(), "São Paulo", "SP", "Brazil", "Rua Augusta, 1508, apto 72, São Paulo - SP, 01304-001", "Rua Augusta, 1508, apto 72\nSão Paulo - SP\n01304-001", "1982-07-07", false),
  P("Chloe Mitchell", "Chloe", "chloe.mitchell@bigpond.com", ph.AU(), "Brisbane", "Queensland", "Australia", "33 Latrobe Terrace, Paddington QLD 4064", "33 Latrobe Terrace\nPaddington QLD 4064", "1993-04-30", true),
  P("Thabo Mokoena", "Thabo", "thabo.mokoena@mweb.co.za", ph.ZA(), "Johannesburg", "Gauteng", "South Africa", "45 Jan Smuts Avenue, Parktown, Johannesburg 2193", "45 Jan Smuts Avenue\nParktown\nJohannesburg 2193", "1978-10-10", false),
  P("Ximena Gutiérrez Ríos", "Ximena", "ximena.gr@hotmail.com", ph.MX(), "Guadalajara", "Jalisco", "Mexico", "Av. Chapultepec Sur 120, Col. Americana, 44160 Guadalajara, Jal.", "Av. Chapultepec Sur 120\nCol. Americana\n44160 Guadalajara, Jal.", "1990-05-05", true),
  P("Mark Bishop", "Mark", "mark.bishop@sky.com", ph.GB(), "Bristol", "Bristol", "United Kingdom", "22 Cotham Brow, Bristol BS6 6AR", "22 Cotham Brow\nBristol\nBS6 6AR", "1968-12-12", false),
  P("May Chen", "May", "may.chen88@gmail.com", ph.US(), "Brooklyn", "New York", "USA", "355 Fifth Ave Apt 4R, Brooklyn, NY 11215", "355 Fifth Ave Apt 4R\nBrooklyn, NY 11215", "1988-08-08", true),
  P("Will Foster", "Will", "will.foster@aol.com", ph.US(), "Nashville", "Tennessee", "USA", "1602 Linden Ave, Nashville, TN 37212", "1602 Linden Ave\nNashville, TN 37212", "1959-02-27", false),
  P("Joy Stone", "Joy", "joystone@yahoo.co.uk", ph.GB(), "Norwich", "Norfolk", "United Kingdom", "3 Unthank Road, Norwich NR2 2PA", "3 Unthank Road\nNorwich\nNR2 2PA", "1971-03-19", true),
  P("Kim Min-jun", "Min-jun", "minjun.kim@naver.com", ph.KR(), "Seoul", "Mapo-gu", "South Korea", "12 Yanghwa-ro 16-gil, Mapo-gu, Seoul 04039", "12 Yanghwa-ro 16-gil\nMapo-gu, Seoul 04039", "1995-09-21", false),
  P("Fatima Al-Zahra Haddad", "Fatima", "fatima.haddad@gmail.com", ph.DE("intl"), "Hamburg", "Hamburg", "Germany", "Osterstraße 112, 20259 Hamburg", "Osterstraße 112\n20259 Hamburg", "1987-01-31", true),
  P("Lars Eriksen-Holm", "Lars", "lars.holm@proton.me", ph.SE(), "Malmö", "Skåne", "Sweden", "Södra Förstadsgatan 40, 211 43 Malmö", "Södra Förstadsgatan 40\n211 43 Malmö", "1970-04-14", false),
  P("Aisling MacDonald", "Aisling", "aisling.macdonald@gmail.com", ph.GB(), "Glasgow", "Scotland", "United Kingdom", "0/2, 48 Hyndland Road, Glasgow G12 9UP", "0/2, 48 Hyndland Road\nGlasgow\nG12 9UP", "1998-02-02", true),
  P("Siddharth Menon", "Siddharth", "sid.menon@outlook.in", ph.IN(), "Kochi", "Kerala", "India", "Flat 9C, Marine Drive Towers, Kochi 682031", "Flat 9C, Marine Drive Towers\nKochi 682031", "1983-11-11", false),
  P("Dolores Price", "Dolores", "dprice@comcast.net", ph.US(), "Phoenix", "Arizona", "USA", "7730 N 19th Ave, Phoenix, AZ 85021", "7730 N 19th Ave\nPhoenix, AZ 85021", "1949-06-06", true),
  P("Pieter de Vries", "Pieter", "pieter.devries@kpnmail.nl", ph.NL("intl"), "Groningen", "Groningen", "Netherlands", "Herestraat 57a, 9711 LG Groningen", "Herestraat 57a\n9711 LG Groningen", "1966-08-19", false),
  P("Ana Lúcia Ferreira", "Ana Lúcia", "analucia.ferreira@sapo.pt", "+351 912 345 678", "Porto", "Porto", "Portugal", "Rua de Santa Catarina 300, 4000-443 Porto", "Rua de Santa Catarina 300\n4000-443 Porto", "1981-03-27", true),
  P("Patience Mensah", "Patience", "patience.mensah@gmail.com", ph.GB(), "Birmingham", "West Midlands", "United Kingdom", "102 Soho Road, Handsworth, Birmingham B21 9DP", "102 Soho Road\nHandsworth\nBirmingham B21 9DP", "1975-05-23", true),
  P("Mateo Fernández", "Mateo", "mateo.fernandez@gmail.com", ph.ES("intl"), "Madrid", "Madrid", "Spain", "Calle de Embajadores 52, 2º izq., 28012 Madrid", "Calle de Embajadores 52, 2º izq.\n28012 Madrid", "1999-10-01", false),
];
/** Native-script names with their Latin transliteration. */
export const NATIVE = [
  { native: "田中 由紀", latin: "Yuki Tanaka" }, { native: "김서연", latin: "Kim Seo-yeon" }, { native: "Александр Петров", latin: "Aleksandr Petrov" },
  { native: "张伟", latin: "Zhang Wei" }, { native: "محمد العتيبي", latin: "Mohammed Al-Otaibi" }, { native: "Γιώργος Παπαδόπουλος", latin: "Giorgos Papadopoulos" },
  { native: "प्रिया शर्मा", latin: "Priya Sharma" }, { native: "Ольга Смирнова", latin: "Olga Smirnova" },
];
