import { describe, expect, it } from "vitest";
import { addressScanner } from "./address-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  // flat, unit and floor parts inside the address, before the number or between the number and the town
  { text: "tenant: Flat 2B, Marlowe House, 17 Cedar Road, Leicester LE2 1XB.", value: "Flat 2B, Marlowe House, 17 Cedar Road, Leicester LE2 1XB", min: 0.8 },
  { text: "post it to Unit 3/88 Crown Street, Wollongong NSW 2500", value: "Unit 3/88 Crown Street, Wollongong NSW 2500", min: 0.8 },
  { text: "Apt 7, 45 Elm Avenue, Toronto, ON M4W 1N2", value: "Apt 7, 45 Elm Avenue, Toronto, ON M4W 1N2", min: 0.8 },
  { text: "Room 905, 12 Nanjing Road, Huangpu, Shanghai 200001", value: "Room 905, 12 Nanjing Road, Huangpu, Shanghai 200001", min: 0.8 },
  { text: "bor på Nørregade 7, 3. th., 1165 København K.", value: "Nørregade 7, 3. th., 1165 København K", min: 0.8 },
  { text: "domicilio Calle Serrano 41, 4º izda., 28001 Madrid.", value: "Calle Serrano 41, 4º izda., 28001 Madrid", min: 0.8 },
  { text: "abito in Via Nazionale 80, int. 12, 00184 Roma", value: "Via Nazionale 80, int. 12, 00184 Roma", min: 0.8 },
  { text: "wohnt Kastanienallee 9, Hinterhaus 2. OG, 10435 Berlin", value: "Kastanienallee 9, Hinterhaus 2. OG, 10435 Berlin", min: 0.8 },
  { text: "adres ul. Długa 5 m. 9, 80-827 Gdańsk", value: "ul. Długa 5 m. 9, 80-827 Gdańsk", min: 0.8 },
  { text: "osoite Aleksanterinkatu 15 C 21, 00100 Helsinki", value: "Aleksanterinkatu 15 C 21, 00100 Helsinki", min: 0.8 },
  { text: "domiciliu Str. Lipscani 18, ap. 3, București 030031", value: "Str. Lipscani 18, ap. 3, București 030031", min: 0.8 },
  // Malaysian house number first; an Indonesian street with its kilometre mark
  { text: "alamat No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur, terima kasih", value: "No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur", min: 0.8 },
  { text: "alamat Jl. Magelang Km 7 No. 3, Sleman, Yogyakarta 55285", value: "Jl. Magelang Km 7 No. 3, Sleman, Yogyakarta 55285", min: 0.8 },
  { text: "No. 5, Jalan ke sekolah itu jauh", value: null, min: 0.5 },
  // Colombian grid addresses: street and number, "#" or "No." and the cross street-house number
  { text: "vive en Cra. 15 #93-47, Apto 301, Bogotá.", value: "Cra. 15 #93-47, Apto 301, Bogotá", min: 0.8 },
  { text: "oficina en Calle 10 No. 43-12, Medellín, tel", value: "Calle 10 No. 43-12, Medellín", min: 0.8 },
  { text: "see issue #26-85 and Score 45 #26-85", value: null, min: 0.5 },
  // Hungarian town, street type, number, floor and door; a Czech street after "bytem"
  { text: "Lakcím: 1137 Budapest, Pozsonyi út 12. III. em. 7., tel", value: "1137 Budapest, Pozsonyi út 12. III. em. 7.", min: 0.8 },
  { text: "a címem Debrecen, Piac utca 20. 1/3, 4024", value: "Debrecen, Piac utca 20. 1/3, 4024", min: 0.8 },
  { text: "Budapest, a Váci utca nagyon szép volt.", value: null, min: 0.5 },
  { text: "nájemce, bytem Husova 12, 110 00 Praha 1.", value: "Husova 12, 110 00 Praha 1", min: 0.8 },
  // a unit word without an address after it, a fraction before a street word, a unit that no town follows
  { text: "Flat 3, second floor, needs a new boiler", value: null, min: 0.5 },
  { text: "Kastanienallee 9, Hinterhaus 2. OG ist renoviert", value: "Kastanienallee 9", min: 0.5 },
  { text: "Paris\n01 42 68 53 00", value: null, min: 0.5 },
  // Indonesian, Turkish, Indian, Japanese, Romanian, Belgian, Czech, Dutch and Portuguese forms
  { text: "Alamat: Jl. Kebon Jeruk Raya No. 27, Jakarta Barat 11530.", value: "Jl. Kebon Jeruk Raya No. 27, Jakarta Barat 11530", min: 0.8 },
  { text: "rumah di Jl. Sunset Road No. 88, Kuta, Badung, Bali.", value: "Jl. Sunset Road No. 88, Kuta, Badung, Bali", min: 0.8 },
  { text: "adres Bağdat Caddesi No: 245 Daire 8, Kadıköy, İstanbul.", value: "Bağdat Caddesi No: 245 Daire 8, Kadıköy, İstanbul", min: 0.8 },
  { text: "alıcı Selin, Atatürk Bulvarı No: 112/5, Çankaya, Ankara, tel", value: "Atatürk Bulvarı No: 112/5, Çankaya, Ankara", min: 0.8 },
  { text: "R. Venkataraman, No. 14, 3rd Cross, Indiranagar, Bengaluru 560038, +91", value: "No. 14, 3rd Cross, Indiranagar, Bengaluru 560038", min: 0.8 },
  { text: "Home address: 2-14-8 Minami-Aoyama, Minato-ku, Tokyo 107-0062", value: "2-14-8 Minami-Aoyama, Minato-ku, Tokyo 107-0062", min: 0.8 },
  { text: "Bydliště: Vinohradská 1511/230, 100 00 Praha 10", value: "Vinohradská 1511/230, 100 00 Praha 10", min: 0.8 },
  { text: "byt na adrese Masarykova 14, 602 00 Brno.", value: "Masarykova 14, 602 00 Brno", min: 0.8 },
  { text: "adres Meir 78, 2000 Antwerpen.", value: "Meir 78, 2000 Antwerpen", min: 0.8 },
  { text: "adresse Rue de la Loi 155, 1040 Etterbeek.", value: "Rue de la Loi 155, 1040 Etterbeek", min: 0.8 },
  { text: "imobil situat în Bulevardul Unirii 12, Iași", value: "Bulevardul Unirii 12", min: 0.7 },
  { text: "H.No. 12, Sector 15, Gurugram 122001", value: "H.No. 12, Sector 15, Gurugram 122001", min: 0.8 },
  { text: "Mustafa Yıldız, Schiedamseweg 110, 3025 AH Rotterdam, 010 414 2290", value: "Schiedamseweg 110, 3025 AH Rotterdam", min: 0.8 },
  { text: "imóvel na Avenida da Boavista 1830, 4100-119 Porto. Renda", value: "Avenida da Boavista 1830, 4100-119 Porto", min: 0.8 },
  // no address: chapters, versions, figures before a year and a town; "No." before a count; timestamps and ranges
  { text: "Chapter 5, 2000 Paris pages", value: null, min: 0.5 },
  { text: "Version 12, 2024 Berlin release", value: null, min: 0.5 },
  { text: "See Table 4, 10115 rows", value: null, min: 0.5 },
  { text: "Ticket No. 27, Jakarta office", value: null, min: 0.5 },
  { text: "Item No. 14, 3rd shelf, Warehouse 560038", value: null, min: 0.5 },
  { text: "ranges 2-14-8 and 3-5-1 in the table", value: null, min: 0.5 },
  { text: "Ship to 123 Main St. Apt. 4B, Springfield, IL 62704 please", value: "123 Main St. Apt. 4B, Springfield, IL 62704", min: 0.9 },
  { text: "She lives at 1600 Pennsylvania Avenue NW, Washington, DC 20500 now.", value: "1600 Pennsylvania Avenue NW, Washington, DC 20500", min: 0.9 },
  { text: "Address: 29319 School Close", value: "29319 School Close", min: 0.8 },
  { text: "PO Box 1234", value: "PO Box 1234", min: 0.6 },
  // the town and postcode that follow belong to the address (UK form; a PO box's town, state and ZIP)
  { text: "Send it to 14 Elm Grove, Cardiff CF24 3AA please", value: "14 Elm Grove, Cardiff CF24 3AA", min: 0.8 },
  { text: "221B Baker Street, London NW1 6XE", value: "221B Baker Street, London NW1 6XE", min: 0.6 },
  { text: "PO Box 1432, Boise, ID 83701", value: "PO Box 1432, Boise, ID 83701", min: 0.6 },
  { text: "We sold 3 Apple Stores last year", value: null, min: 0.5 },
  { text: "use 2 Way binding in 4 Park", value: null, min: 0.5 },
  // continental European forms: number after the street name, or a lower-case street type after the number
  { text: "Lieferadresse: Musterstraße 12, 10115 Berlin", value: "Musterstraße 12, 10115 Berlin", min: 0.95 },
  { text: "Ich wohne in der Berliner Straße 5a.", value: "Berliner Straße 5a", min: 0.8 },
  { text: "Adresse : 12 rue de la Paix, 75002 Paris", value: "12 rue de la Paix, 75002 Paris", min: 0.95 },
  { text: "Dirección: Calle de Alcalá 45, 28014 Madrid", value: "Calle de Alcalá 45, 28014 Madrid", min: 0.95 },
  { text: "Via Roma 10, 00184 Roma", value: "Via Roma 10, 00184 Roma", min: 0.8 },
  { text: "Keizersgracht 123, 1015 CJ Amsterdam", value: "Keizersgracht 123, 1015 CJ Amsterdam", min: 0.7 },
  { text: "Drottninggatan 5, 111 51 Stockholm", value: "Drottninggatan 5, 111 51 Stockholm", min: 0.8 },
  { text: "Spring 2024 release notes", value: null, min: 0 },
  { text: "Watergate 5 times over", value: null, min: 0 },
  { text: "He finished Platz 3 in the race; Route 66 is long.", value: null, min: 0 },
  // typed without capitals, after an address cue; a town of the gazetteers joins, another word does not
  { text: "my name is john smith and i live at 42 baker street, london", value: "42 baker street, london", min: 0.85 },
  { text: "ship to 221b baker street, london nw1 thanks", value: "221b baker street, london", min: 0.85 },
  { text: "deliver to 12 oak ave apt 3, springfield", value: "12 oak ave apt 3, springfield", min: 0.85 },
  { text: "i live at 5 main st, and you?", value: "5 main st", min: 0.85 },
  { text: "i walked 5 blocks down the street", value: null, min: 0 },
  { text: "my address has 3 way street signs", value: null, min: 0 },
  { text: "we need 4 lane road markings", value: null, min: 0 },
  // found by review: an address cue elsewhere in the sentence is not enough
  { text: "We should address the 2 bugs the same way.", value: null, min: 0 },
  { text: "The email address has 3 parts in a row.", value: null, min: 0 },
  { text: "the address is 10 downing street", value: "10 downing street", min: 0.85 },
  // Chinese, Japanese, Korean, Cyrillic, Greek, Arabic and Vietnamese addresses
  { text: "送货地址：江苏省南京市玄武区中山路321号 金鹰大厦 12楼", value: "江苏省南京市玄武区中山路321号 金鹰大厦 12楼", min: 0.55 },
  { text: "〒530-0001 大阪府大阪市北区梅田3-1-1 グランフロント803号室", value: "〒530-0001 大阪府大阪市北区梅田3-1-1 グランフロント803号室", min: 0.55 },
  { text: "配送先: 福岡県福岡市中央区天神2-5-28", value: "福岡県福岡市中央区天神2-5-28", min: 0.55 },
  { text: "주소: 경기도 성남시 분당구 판교역로 235, 3동 701호", value: "경기도 성남시 분당구 판교역로 235, 3동 701호", min: 0.55 },
  { text: "Доставка: ул. Садовая, д. 7, кв. 19, Самара, 443010", value: "ул. Садовая, д. 7, кв. 19, Самара, 443010", min: 0.55 },
  { text: "Адреса: просп. Перемоги, 41, кв. 3, Харків", value: "просп. Перемоги, 41, кв. 3, Харків", min: 0.55 },
  { text: "Διεύθυνση: Ερμού 12, 105 63 Αθήνα", value: "Ερμού 12, 105 63 Αθήνα", min: 0.55 },
  { text: "العنوان: شارع التحلية، حي السليمانية، جدة 23435", value: "شارع التحلية، حي السليمانية، جدة 23435", min: 0.55 },
  { text: "Giao đến 45 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", value: "45 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", min: 0.55 },
  // chapters, years, counts and meeting places in those scripts are no addresses
  { text: "第2章 2023年的报告", value: null, min: 0.3 },
  { text: "在上海市的会议上讨论了3个问题", value: null, min: 0.3 },
  { text: "東京都の人口は約1400万人です", value: null, min: 0.3 },
  { text: "서울특별시 인구는 2023년 기준", value: null, min: 0.3 },
  { text: "Встреча в г. Москве в 10 часов", value: null, min: 0.3 },
  { text: "شارع الملك فهد من أطول الشوارع", value: null, min: 0.3 },
];

describe("addressScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(addressScanner, "ADDRESS", { text, value, min, max });
  });
});

describe("addresses in other scripts over long inputs", () => {
  it("stays linear on repeated near-matches", () => {
    for (const unit of ["上海市浦东新区世纪大道100", "ул. Ленина, д. ", "서울특별시 마포구 월드컵북로 ", "شارع الملك، حي ", "Λεωφόρος Σοφίας 45, ", "12 Lê Lợi, Phường "]) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const t0 = performance.now();
      hitsOf(addressScanner, text);
      expect(performance.now() - t0, unit).toBeLessThan(3_000);
    }
  });
});
