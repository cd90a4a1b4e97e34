import { describe, expect, it } from "vitest";
import { intlIdsScanner } from "./intl-ids-detector.js";
import { expectCase } from "./test-support/hits.js";

interface TypedCase {
  type: string;
  text: string;
  value: string | null;
  min?: number;
  max?: number;
}

const cases: TypedCase[] = [
  { type: "UK_NINO", text: "nino: PR 123612C", value: "PR 123612C", min: 0.9 },
  { type: "UK_NINO", text: "AA 12 34 56 B", value: "AA 12 34 56 B", min: 0.6 },
  { type: "UK_NINO", text: "BG123612A and AA 12 34 56 H", value: null, min: 0 },
  { type: "UK_NHS", text: "NHS number 401 023 2137", value: "401 023 2137", min: 0.9 },
  { type: "UK_NHS", text: "NHS number 401 023 2138", value: null, min: 0 },
  { type: "UK_NHS", text: "reach me at 972-586-7327", value: null, min: 0.5 },
  { type: "AU_ABN", text: "51 824 753 556", value: "51 824 753 556", min: 0.7 },
  { type: "AU_ABN", text: "52 824 753 556", value: null, min: 0 },
  { type: "AU_TFN", text: "TFN 876 543 210", value: "876 543 210", min: 0.9 },
  { type: "AU_ACN", text: "ACN 005 499 981", value: "005 499 981", min: 0.9 },
  { type: "AU_MEDICARE", text: "medicare 2123 45670 1", value: "2123 45670 1", min: 0.9 },
  { type: "IN_PAN", text: "PAN ABCPD1234E", value: "ABCPD1234E", min: 0.9 },
  { type: "IN_AADHAAR", text: "aadhaar 2341 2341 2346", value: "2341 2341 2346", min: 0.95 },
  { type: "IN_AADHAAR", text: "2341 2341 2345", value: null, min: 0 },
  { type: "SG_NRIC_FIN", text: "NRIC S2740116C was processed", value: "S2740116C", min: 0.95 },
  { type: "SG_NRIC_FIN", text: "S2740116D", value: "S2740116D", min: 0.1, max: 0.3 },
  { type: "CA_SIN", text: "my SIN is 130-692-544", value: "130-692-544", min: 0.9 },
  { type: "CA_SIN", text: "046 454 286 and 130 692 545", value: null, min: 0 },
  { type: "TR_NATIONAL_ID", text: "TC Kimlik No: 10000000146", value: "10000000146", min: 0.95 },
  { type: "TR_NATIONAL_ID", text: "10000000145", value: null, min: 0 },
  { type: "TH_TNIN", text: "Thai ID 1234567890121", value: "1234567890121", min: 0.95 },
  { type: "TH_TNIN", text: "1284567890124", value: null, min: 0 },
  // 7% of random 13-digit numbers pass the Thai check: bare ones (epoch milliseconds, EANs) need a label or grouping
  { type: "TH_TNIN", text: "1234567890121", value: "1234567890121", min: 0.4, max: 0.49 },
  { type: "TH_TNIN", text: "1-2345-67890-12-1", value: "1-2345-67890-12-1", min: 0.6 },
  { type: "ZA_ID_NUMBER", text: "RSA ID: 0002294321191", value: "0002294321191", min: 0.95 },
  { type: "ZA_ID_NUMBER", text: "9902294321191", value: null, min: 0 },
  { type: "KR_RRN", text: "His Korean RRN is 960121-1234567", value: "960121-1234567", min: 0.9 },
  { type: "KR_FRN", text: "His Korean FRN is 911124-5678901", value: "911124-5678901", min: 0.9 },
  { type: "KR_BRN", text: "My BRN is 1048656659", value: "1048656659", min: 0.9 },
  // a two-letter word before the value is not a NINO prefix ("is G3912511R")
  { type: "SG_NRIC_FIN", text: "My NRIC number is G3912511R.", value: "G3912511R", min: 0.95 },
  { type: "IN_PAN", text: "My PAN card number is WPIPR3510C.", value: "WPIPR3510C", min: 0.9 },
  { type: "UK_NINO", text: "my NI number is GW272901D", value: "GW272901D", min: 0.9 },
  // the nearest label decides the type; a 13-digit log timestamp is no national ID
  { type: "CA_SIN", text: "My social insurance number is 431038298.", value: "431038298", min: 0.9 },
  { type: "CA_SIN", text: "Please quote TFN 562 355 149 on the form", value: null, min: 0.5 },
  { type: "CA_SIN", text: "mi teléfono es 612 345 678", value: null, min: 0.5 },
  { type: "TH_TNIN", text: '{"ts":1538138158950,"level":"info"}', value: null, min: 0.5 },
  { type: "KR_RRN", text: "제 주민등록번호는 960121-1234567 입니다", value: "960121-1234567", min: 0.9 },
  // an order or inquiry number in Japanese/Chinese/Korean shaped like an RRN is a business reference
  { type: "KR_RRN", text: "注文番号：250611-0042871　発送日：2025年6月11日", value: null, min: 0.5 },
  { type: "KR_RRN", text: "订单号 250611-0042871 已发货", value: null, min: 0.5 },
  { type: "KR_RRN", text: "주문번호: 250611-0042871", value: null, min: 0.5 },
  { type: "UK_PASSPORT", text: "UK passport number 707461998", value: "707461998", min: 0.8 },
  { type: "UK_PASSPORT", text: "passport number 707461998", value: null, min: 0.1 },
];

describe("intlIdsScanner", () => {
  it.each(cases)("%j", ({ type, text, value, min = 0.5, max = 1 }) => {
    expectCase(intlIdsScanner, type, { text, value, min, max });
  });
});

// 11010519491231002X is the worked example of GB 11643-1999; 123456789018 passes the My Number check digit
const eastAsiaCases: TypedCase[] = [
  { type: "CN_RESIDENT_ID", text: "身份证号：11010519491231002X", value: "11010519491231002X", min: 0.95 },
  { type: "CN_RESIDENT_ID", text: "holder 11010519491231002x", value: "11010519491231002x", min: 0.7, max: 0.8 },
  { type: "CN_RESIDENT_ID", text: "身份证号：110105194912310021", value: null, min: 0 },
  // 13-digit month, and a region code no province has
  { type: "CN_RESIDENT_ID", text: "110105194913310021", value: null, min: 0 },
  { type: "CN_RESIDENT_ID", text: "order id 990105194912310027", value: null, min: 0 },
  { type: "CN_RESIDENT_ID", text: "order 11010519491231002X", value: "11010519491231002X", max: 0.4, min: 0.3 },
  { type: "JP_MY_NUMBER", text: "マイナンバー: 1234 5678 9018", value: "1234 5678 9018", min: 0.85 },
  { type: "JP_MY_NUMBER", text: "My Number card: 123456789018", value: "123456789018", min: 0.85 },
  { type: "JP_MY_NUMBER", text: "個人番号 123456789018", value: "123456789018", min: 0.85 },
  // "my number" alone gives a phone number
  { type: "JP_MY_NUMBER", text: "my number is 123456789018", value: null, min: 0.01 },
  // one 12-digit number in ten passes: no label, no finding
  { type: "JP_MY_NUMBER", text: "123456789018", value: null, min: 0.01 },
  { type: "JP_MY_NUMBER", text: "マイナンバー: 123456789019", value: null, min: 0 },
];

describe("intlIdsScanner: China and Japan", () => {
  it.each(eastAsiaCases)("%j", ({ type, text, value, min = 0.5, max = 1 }) => {
    expectCase(intlIdsScanner, type, { text, value, min, max });
  });
});
