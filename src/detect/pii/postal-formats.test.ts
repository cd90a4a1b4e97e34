import { describe, expect, it } from "vitest";
import { addressScanner } from "./address-detector.js";
import { phoneScanner } from "./phone-detector.js";
import { hitsOf } from "./test-support/hits.js";

/**
 * Postal formats of more countries and scripts, each in the carrier it travels in (chat, JSON, CSV, e-mail, form
 * field): every row gives the text and the one ADDRESS span expected at or above the 0.55 threshold. The rows are
 * fresh sentences written for these forms (Japanese jō-chōme grid, Chinese with a verb before the province, Persian
 * street / alley / plate, Russian postcode-first and street-with-number, Ukrainian town-first, Greek without postcode,
 * Turkish district/province, Indian bare house number with PIN, Brazilian CEP and dash parts, Mexican C.P., Polish
 * flat number, Vietnamese "Số" and short ward/district, Indonesian "Kav." and bare "Jalan", Kenyan post-office box).
 */
const addresses = (text: string): string[] => hitsOf(addressScanner, text, "ADDRESS").filter((h) => h.score >= 0.55).map((h) => h.value);

describe("postal formats across countries and scripts", () => {
  it.each([
    // Japanese: Sapporo's jō grid after the 〒 postcode
    ["住所は〒060-0001 北海道札幌市中央区北1条西2丁目です", "〒060-0001 北海道札幌市中央区北1条西2丁目"],
    // Chinese: the request verb before the province is not taken in
    ["请寄到北京市朝阳区建国路88号，谢谢", "北京市朝阳区建国路88号"],
    ["我住在上海市浦东新区世纪大道100号环球金融中心", "上海市浦东新区世纪大道100号"],
    ['{"user":"li","shipping_address":"浙江省杭州市余杭区文一西路969号","phone":"x"}', "浙江省杭州市余杭区文一西路969号"],
    // Persian: town, street, alley, plate (Persian or ASCII digits), postcode
    ["آدرس: تهران، خیابان ولیعصر، کوچه ۱۲، پلاک ۳۴", "تهران، خیابان ولیعصر، کوچه ۱۲، پلاک ۳۴"],
    ["لطفا به خیابان انقلاب، پلاک ۱۵ ارسال کنید", "خیابان انقلاب، پلاک ۱۵"],
    ["نشانی: اصفهان، خیابان چهارباغ عباسی، کوچه 5، پلاک 12، کد پستی 8145678901", "اصفهان، خیابان چهارباغ عباسی، کوچه 5، پلاک 12، کد پستی 8145678901"],
    // Russian and Ukrainian
    ["Отправьте на 190000, Санкт-Петербург, Невский проспект, д. 28", "190000, Санкт-Петербург, Невский проспект, д. 28"],
    ["живу на ул. Ленина 15-42, звоните", "ул. Ленина 15-42"],
    ["м. Львів, вул. Шевченка, буд. 10, кв. 3", "м. Львів, вул. Шевченка, буд. 10, кв. 3"],
    ["id;name;address\n7;Petrov;ул. Садовая, д. 10, кв. 5", "ул. Садовая, д. 10, кв. 5"],
    // Greek without a postcode, the street word leading
    ["μένω στη Λεωφ. Κηφισίας 124, Αθήνα", "Λεωφ. Κηφισίας 124, Αθήνα"],
    // Turkish: flat, postcode, district/province
    ["Adres: Bağdat Cad. No: 45 D: 3 Kadıköy/İstanbul", "Bağdat Cad. No: 45 D: 3 Kadıköy/İstanbul"],
    ["Teslimat: Atatürk Mah. Cumhuriyet Sok. No:12 Daire:5 34000 Fatih/İstanbul", "Atatürk Mah. Cumhuriyet Sok. No:12 Daire:5 34000 Fatih/İstanbul"],
    ["Merhaba,\nkargom şu adrese gelsin: Cumhuriyet Cad. No: 15/3 Şişli/İstanbul\nTeşekkürler", "Cumhuriyet Cad. No: 15/3 Şişli/İstanbul"],
    // Indian: a bare house number, locality and PIN
    ["Ship to 12, MG Road, Bengaluru, Karnataka 560001 asap", "12, MG Road, Bengaluru, Karnataka 560001"],
    ["address: B-45, Lajpat Nagar II, New Delhi - 110024", "B-45, Lajpat Nagar II, New Delhi - 110024"],
    ["My address is 221B, Sarojini Nagar, Lucknow, Uttar Pradesh 226008.", "221B, Sarojini Nagar, Lucknow, Uttar Pradesh 226008"],
    // Brazilian: CEP, parts set apart by dashes
    ["Endereço: Rua das Laranjeiras, 150, Rio de Janeiro - RJ, CEP 22240-003", "Rua das Laranjeiras, 150, Rio de Janeiro - RJ, CEP 22240-003"],
    ["Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"],
    ["entregar na Rua Oscar Freire 900, CEP 01426-001", "Rua Oscar Freire 900, CEP 01426-001"],
    // Mexican and other Latin American forms
    ["Av. Insurgentes Sur 1602, Col. Crédito Constructor, C.P. 03940, CDMX", "Av. Insurgentes Sur 1602, Col. Crédito Constructor, C.P. 03940, CDMX"],
    ["enviar a Calle Reforma 45, Col. Centro, C.P. 06000", "Calle Reforma 45, Col. Centro, C.P. 06000"],
    ["vivo en Calle Florida 165, Buenos Aires", "Calle Florida 165, Buenos Aires"],
    ["Av. Providencia 1234, Depto 56, Providencia, Santiago", "Av. Providencia 1234, Depto 56, Providencia, Santiago"],
    // Polish flat number and town
    ["mieszkam przy ul. Długa 5 m. 3, Gdańsk", "ul. Długa 5 m. 3, Gdańsk"],
    // Vietnamese
    ["giao hàng tới Số 45 Hàng Bài, Quận Hoàn Kiếm, Hà Nội", "Số 45 Hàng Bài, Quận Hoàn Kiếm, Hà Nội"],
    ["12 Nguyễn Trãi, P. 2, Q. 5, TP.HCM", "12 Nguyễn Trãi, P. 2, Q. 5, TP.HCM"],
    // Indonesian
    ["kantor di Jl. Gatot Subroto Kav. 52, Jakarta Selatan", "Jl. Gatot Subroto Kav. 52, Jakarta Selatan"],
    ["kirim ke Jalan Diponegoro 12, Bandung", "Jalan Diponegoro 12, Bandung"],
    // Icelandic three-digit postcodes after an Icelandic street type
    ["Heimilisfang: Laugavegur 26, 101 Reykjavík", "Laugavegur 26, 101 Reykjavík"],
    // Norwegian streets named after a person and lower-case types; Belgian box; Dutch "bis"; a line break before the postcode
    ["Sendes til:\nIda Brekke\nKong Oscars gate 17C, 5017 Bergen\nTlf: 55 31 20 44", "Kong Oscars gate 17C, 5017 Bergen"],
    ["ny adresse: Skovgaards allé 9, 0263 Oslo, takk", "Skovgaards allé 9, 0263 Oslo"],
    // a one-word street name under the addressee's line: the surname above is not part of the street
    ["Sigrun Aasen\nKongens gate 14\n7011 Trondheim\n\nVi viser til brevet.", "Kongens gate 14\n7011 Trondheim"],
    ["Factuuradres: Veldstraat 31 bus 12, 9000 Gent.", "Veldstraat 31 bus 12, 9000 Gent"],
    ["bezorgen op Prinsengracht 263bis, 1016 GV Amsterdam graag", "Prinsengracht 263bis, 1016 GV Amsterdam"],
    ["Aan\nDhr. Pieter Claes\nGroenplaats 14\n2000 Antwerpen\n\nGeachte heer", "Groenplaats 14\n2000 Antwerpen"],
    ["račun pošaljite na adresu Vukovarska 58, 10000 Zagreb.", "Vukovarska 58, 10000 Zagreb"],
    // a flat after the house number, the sentence's full stop after it
    ["Доставка: г. Самара, ул. Куйбышева, д. 91, кв. 6. Спасибо", "г. Самара, ул. Куйбышева, д. 91, кв. 6"],
    // Hebrew with a preposition joined to the street word
    ["תשלחו בבקשה לרחוב ביאליק 12, רמת גן.", "רחוב ביאליק 12, רמת גן"],
    // Vietnamese lanes and lower-case ward words
    ["ship giúp em tới số 25 ngõ 118 Nguyễn Khánh Toàn, Cầu Giấy, Hà Nội nhé. Cảm ơn", "số 25 ngõ 118 Nguyễn Khánh Toàn, Cầu Giấy, Hà Nội"],
    ["Địa chỉ: Số 3 hẻm 41 đường Cao Thắng, phường 3, Quận 3, TP. Hồ Chí Minh", "Số 3 hẻm 41 đường Cao Thắng, phường 3, Quận 3, TP. Hồ Chí Minh"],
    // Chinese with spaced numbers, a phase and a flat after the house number; Korean floor and postcode in brackets
    ["林志明 先生 收\n台中市西屯區台灣大道三段 99 號 12 樓\n\n您好", "台中市西屯區台灣大道三段 99 號 12 樓"],
    ["送貨地址九龍尖沙咀廣東道 33 號 9 樓 C 室。", "九龍尖沙咀廣東道 33 號 9 樓 C 室"],
    ["地址係香港灣仔軒尼詩道128號商業中心2期5樓，唔該", "香港灣仔軒尼詩道128號商業中心2期5樓"],
    ["来週の面談は福岡市博多区博多駅前2-1-1で行います", "福岡市博多区博多駅前2-1-1"],
    ["배송지: 서울특별시 서초구 서초대로 77, 8층 805호 (06611)", "서울특별시 서초구 서초대로 77, 8층 805호 (06611)"],
    // Arabic with the district first
    ["العنوان: حي الروضة، شارع الأمير محمد، جدة 23435", "حي الروضة، شارع الأمير محمد، جدة 23435"],
    // Romanian block and flat with the six-digit postcode; Catalan floor and door
    ["Adresa: Str. Avram Iancu nr. 4, bl. C3, ap. 21, 300081 Timișoara", "Str. Avram Iancu nr. 4, bl. C3, ap. 21, 300081 Timișoara"],
    ["adreça: Carrer de Provença 112, 3r 2a, 08029 Barcelona", "Carrer de Provença 112, 3r 2a, 08029 Barcelona"],
    // Kenyan post-office box with its post office's code
    ["Postal address: P.O. Box 12345-00100, Nairobi, Kenya", "P.O. Box 12345-00100, Nairobi, Kenya"],
  ])("%s", (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it.each([
    "Цена 150000, Иван сказал что дорого",
    "The report found 12, Main findings, Summary 560001 entries",
    "خیابان ولیعصر امروز شلوغ است",
    "Ο δρόμος ήταν κλειστός για 3 ώρες",
    "在第5页，上海市场的数据",
    "Chapter 12, Paris in the twenties",
    "Jalan Sudirman macet sekali hari ini, 12 orang terlambat",
    "Version 2 released on 12, 2024 builds 100000 Downloads",
    // a template's address on an example line
    "Dæmi: Jón Jónsson, Aðalstræti 1, 101 Reykjavík",
    "Beispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt",
  ])("no address in %s", (text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe("postal codes are not phone numbers", () => {
  it.each([
    "entregar na Rua Oscar Freire 900, CEP 01426-001",
    "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
    "住所は〒060-0001 北海道札幌市中央区北1条西2丁目です",
  ])("%s", (text) => {
    expect(hitsOf(phoneScanner, text, "PHONE_NUMBER").filter((h) => h.score >= 0.5)).toEqual([]);
  });

  it("keeps a Brazilian mobile next to the address", () => {
    const text = "Rua Oscar Freire 900, CEP 01426-001, celular (11) 98456-5666";
    expect(hitsOf(phoneScanner, text, "PHONE_NUMBER").map((h) => h.value)).toEqual(["(11) 98456-5666"]);
  });
});
