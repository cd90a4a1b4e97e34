import { describe, expect, it } from "vitest";
import { phoneScanner } from "./phone-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  // access codes keyed with "#", part numbers with a letter suffix, rows of two-digit numbers are no phones
  { text: "Dial in: 448 921 0731# then press 1", value: null, min: 0.5 },
  { text: "Part number 0800-555-0199-A is out of stock", value: null, min: 0.5 },
  { text: "This week's numbers: 04 11 19 23 38 42", value: null, min: 0.5 },
  { text: "ring me on 07912 345678", value: "07912 345678", min: 0.6 },
  { text: "My US number is (415) 555-0132, thanks", value: "(415) 555-0132", min: 0.8 },
  { text: "call me at (415) 555-0132", value: "(415) 555-0132", min: 0.95 },
  { text: "function h(s: string): number {\n  let h = 2166136261;", value: null, min: 0.5 },
  { text: "international one is +44 (20) 7123 4567", value: "+44 (20) 7123 4567", min: 0.7 },
  { text: "US: 415-555-0132", value: "415-555-0132", min: 0.65 },
  { text: "Brazil: +55 11 98456 5666", value: "+55 11 98456 5666", min: 0.7 },
  { text: "My Israeli number is 09-7625400", value: "09-7625400", min: 0.6 },
  { text: "released on 2024-03-15 build 20240315", value: null, min: 0 },
  { text: "version 1.2.3.4 and 10.0.0.1", value: null, min: 0 },
  { text: "SSN 078-05-1123", value: null, min: 0 },
  { text: "latency_ms: 1234567", value: null, min: 0 },
  { text: "order 4155550132 shipped", value: null, min: 0.5 },
  // phone words in other languages; tel: links
  { text: "appelez le 06 12 34 56 78", value: "06 12 34 56 78", min: 0.7 },
  { text: "电话：13812345678", value: "13812345678", min: 0.5 },
  { text: "tel:+14155550132", value: "+14155550132", min: 0.7 },
  { text: "time:+14155550132", value: null, min: 0 },
  // another number's label is nearer than "number"
  { text: "NHS number: 821 296 6712", value: null, min: 0.5 },
  { text: "Mitt personnummer är 480617-1312.", value: null, min: 0.5 },
  { text: "Our Australian Business Number is 29 065 672 282.", value: null, min: 0.5 },
  // national formats with the trunk 0 or a bracketed area code, other cue words, phone fields
  { text: "Ring the front desk on 020 7946 0958.", value: "020 7946 0958", min: 0.8 },
  { text: "Sie erreichen mich unter 0171 2345678.", value: "0171 2345678", min: 0.8 },
  { text: "Helpline 0800 123 4567", value: "0800 123 4567", min: 0.8 },
  { text: "See you at 06 12 34 56 78", value: "06 12 34 56 78", min: 0.5 },
  { text: "Office: (02) 9374 4000", value: "(02) 9374 4000", min: 0.5 },
  { text: "Falar com a Ana no (11) 98456-5666 amanhã.", value: "(11) 98456-5666", min: 0.5 },
  { text: "phone=646.555.0173&zip=10001", value: "646.555.0173", min: 0.9 },
  { text: "phone_number=+4915123456789", value: "+4915123456789", min: 0.9 },
  { text: "retries=4155550132", value: null, min: 0.5 },
  { text: "The answer (2) 1234 5678 was wrong", value: null, min: 0.5 },
  // business words that do not label the number do not lower it
  { text: "Customer called from (415) 867-5309 about the parcel.", value: "(415) 867-5309", min: 0.65 },
  // phone words of more languages make an unspaced national mobile a phone number
  { text: "yeni numaram 05441237788 kaydet", value: "05441237788", min: 0.55 },
  { text: "제 연락처는 01023456789 입니다", value: "01023456789", min: 0.55 },
  { text: "携帯番号 08011223344 までどうぞ", value: "08011223344", min: 0.55 },
  { text: "nomor hp saya 081234567890", value: "081234567890", min: 0.55 },
  { text: "kun je me appen op 0687654321", value: "0687654321", min: 0.55 },
  { text: "رقم الجوال 01123456789", value: "01123456789", min: 0.55 },
  { text: "Телефон: 8 916 123-45-67", value: "8 916 123-45-67", min: 0.6 },
  { text: "mobil 22 33 44 55 efter kl. 17", value: "22 33 44 55", min: 0.6 },
  { text: "κινητό 697 123 4567", value: "697 123 4567", min: 0.6 },
  // a formatted national number in a text that points to its country (letters, e-mail domain)
  { text: "Kowalski Jan;jan.k@onet.pl;502 345 678", value: "502 345 678", min: 0.5 },
  { text: "Bianchi, Marco;m.bianchi@libero.it;347 123 4567", value: "347 123 4567", min: 0.5 },
  // the same digits without a hint stay below the threshold
  { text: "Kowalski Jan;jan.k@example.com;502 345 678", value: null, min: 0.5 },
  // references, ranges and registrations that parse as numbers of some country
  { text: "Rechnung Nr. 2025-00731 vom 02.01.2025", value: null, min: 0.5 },
  { text: "Faktura nr. 2024-1187, forfaldsdato 01.02.2024", value: null, min: 0.5 },
  { text: "Part no. 0151-2384-77 fits the 2015-2018 models", value: null, min: 0.5 },
  { text: "Journal of Examples, ISSN 1234-5679.", value: null, min: 0.5 },
  { text: "Containers TGHU 512374-6 and CSQU 305438-3 arrived.", value: null, min: 0.5 },
  { text: "Registered in England No. 01234567 · VAT GB 123 4567 89", value: null, min: 0.5 },
  // order, invoice and account numbers labelled in the languages of the new phone words
  { text: "注文番号 5521-7730-9184 は発送済みです", value: null, min: 0.5 },
  { text: "주문번호 2025112233445 배송 완료", value: null, min: 0.5 },
  { text: "رقم الفاتورة 2025-0311 بتاريخ اليوم", value: null, min: 0.5 },
  { text: "номер заказа 8 916 123-45-67 оплачен", value: null, min: 0.5 },
  { text: "nomor rekening 0812345678901 atas nama", value: null, min: 0.5 },
  { text: "T.C. kimlik numaram 10000000146.", value: null, min: 0.5 },
  { text: "номер паспорта 4510 123456", value: null, min: 0.5 },
];

describe("phoneScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(phoneScanner, "PHONE_NUMBER", { text, value, min, max });
  });
  it("stays linear on long runs of near-matches in hinted texts", () => {
    const t0 = performance.now();
    hitsOf(phoneScanner, "Łódź MSCU 441228-3 2026-00412 номер ".repeat(3000));
    hitsOf(phoneScanner, "ł@x.pl 512 774 ".repeat(6000));
    expect(performance.now() - t0).toBeLessThan(4000);
  });
});
