/** Positive texts of the eighth PII set, part 2: national identifiers with context (UK NINO, NHS, US passport / driver
 *  licence / ITIN / routing, EU national ids with checksums), native-script names, international phone formats. */
import { b } from "./build.js";
import { P, E, Ph, A, L, Lo, D, CC, IB, SSN, IP, id } from "./marks.js";
import { PEOPLE, NATIVE } from "./people8.js";
import { dob } from "./cases-pos.js";
import { nino, nhs, itin, aba, bsn, dni, nie, pesel, hetu, personnummer, beNn, nir, ptNif, ssn, card, ibanOf, ipv4, ipv6, ph, digits, int, pick } from "./gen8.js";

const per = (n: string) => PEOPLE.find((p) => p.name === n)!;
const NINO = id("UK_NINO"), NHS = id("UK_NHS"), PASS = id("US_PASSPORT"), DL = id("US_DRIVER_LICENSE"), ITIN = id("US_ITIN"), ABA = id("ABA_ROUTING_NUMBER");

// UK NINO and NHS
for (const n of ["Bill Marsh", "Joy Stone", "Aisling MacDonald", "Patience Mensah"]) {
  const p = per(n);
  b.add("pii", "hr.nino", `Starter checklist for ${P(p.name)}: P45 received, NI number ${NINO(nino(p.d % 2 === 0))}, bank details to follow. Start date 1 December.`);
  b.add("pii", "medical.nhs", `Referral letter\nPatient: ${P(p.name)}\nNHS No: ${NHS(nhs(p.d % 2 ? " " : ""))}\nDOB: ${D(dob.uk(p))}\nAddress: ${A(p.addr)}\nReason: persistent knee pain following fall; please assess for meniscal tear.`);
}
b.add("pii", "chat.nhs", `my mum's nhs number is ${NHS(nhs("-"))} and the GP surgery keeps saying they can't find her, her name is ${P("Margaret Ellison")}, how do I escalate this?`);
// US identifiers with context
for (const n of ["Rose Hunter", "Grant Young", "Will Foster", "Dolores Price", "May Chen"]) {
  const p = per(n);
  b.add("pii", "travel.passport", `Traveller: ${P(p.name)}\nPassport number: ${PASS(pick(["5", "4", "A"]) + digits(8))}\nDate of birth: ${D(dob.usLong(p))}\nNationality: USA`);
  b.add("pii", "hr.i9", `I-9 verification — ${P(p.name)}. List B document: driver's license ${DL(pick(["D", "F", "S", "W"]) + digits(7))} issued in ${Lo(p.region)}. SSN ${SSN(ssn())}.`);
}
b.add("pii", "tax.itin", `Client ${P("Alejandro Ibarra")} does not have an SSN; his ITIN is ${ITIN(itin())}. Please use it on the 1040 and mail to ${A("5821 Rosewood Ct, Sacramento, CA 95822")}.`);
b.add("pii", "tax.itin2", `w-9 received from contractor ${P("Lucía Montes")}: taxpayer id (ITIN) ${ITIN(itin())}, e-mail ${E("lucia.montes.design@gmail.com")}`);
b.add("pii", "payroll.direct-deposit", `Direct deposit form\nEmployee: ${P("Terrence Vaughn")}\nRouting number: ${ABA(aba())}\nAccount number: ${id("US_BANK_NUMBER", true)(digits(10))}\nAccount type: checking`);
b.add("pii", "payroll.ach", `ACH details for the refund to ${P("Beverly Nakamura")} — ABA ${ABA(aba())}, acct ${id("US_BANK_NUMBER", true)(digits(9))}. She asked us not to email these.`);
b.add("pii", "ssn.chat", `my ssn is ${SSN(ssn(" "))} and my name is ${P("Darnell Brooks")}, can you check what's wrong with my W-2 form?`);
b.add("pii", "ssn.csv", `employee_id,name,ssn,hire_date\nE-${digits(5)},${P("Keisha Holloway")},${SSN(ssn())},2021-04-12\nE-${digits(5)},${P("Brandon Olsen")},${SSN(ssn())},2022-09-01`);
// EU national ids with checksums
const eu: [string, string, string, string][] = [
  ["NL_BSN", "Daan van der Berg", "nl.bsn", "BSN"], ["NL_BSN", "Pieter de Vries", "nl.bsn2", "burgerservicenummer"],
  ["ES_NIF", "María José de la Cruz", "es.dni", "DNI"], ["ES_NIE", "Fatima Al-Zahra Haddad", "es.nie", "NIE"],
  ["PL_PESEL", "Tomasz Wiśniewski", "pl.pesel", "PESEL"], ["FI_PERSONAL_IDENTITY_CODE", "Lars Eriksen-Holm", "fi.hetu", "henkilötunnus"],
  ["SE_PERSONNUMMER", "Sofia Lindqvist", "se.pnr", "personnummer"], ["BE_NATIONAL_NUMBER", "Jean-Luc Moreau-Dubois", "be.nn", "rijksregisternummer"],
  ["FR_NIR", "Jean-Luc Moreau-Dubois", "fr.nir", "numéro de sécurité sociale"], ["PT_NIF", "Ana Lúcia Ferreira", "pt.nif", "NIF"],
  ["ES_NIF", "Mateo Fernández", "es.dni2", "NIF"], ["PL_PESEL", "Tomasz Wiśniewski", "pl.pesel2", "nr PESEL"],
];
for (const [t, n, kind, word] of eu) {
  const p = per(n);
  const v = t === "NL_BSN" ? bsn() : t === "ES_NIF" ? dni() : t === "ES_NIE" ? nie() : t === "PL_PESEL" ? pesel(p.y, p.m, p.d, p.f)
    : t === "FI_PERSONAL_IDENTITY_CODE" ? hetu(p.y, p.m, p.d) : t === "SE_PERSONNUMMER" ? personnummer(p.y, p.m, p.d) : t === "BE_NATIONAL_NUMBER" ? beNn(p.y, p.m, p.d)
      : t === "FR_NIR" ? nir(p.f ? 2 : 1, p.y, p.m) : ptNif();
  const s = pick([
    `Can you translate this form into English? Name: ${P(p.name)} — ${word}: ${id(t)(v)} — Geburtsdatum/fecha/date: ${D(dob.dots(p))} — ${A(p.addr)}`,
    `KYC file ${digits(6)}: customer ${P(p.name)}, ${word} ${id(t)(v)}, e-mail ${E(p.email)}, resident in ${L(p.city)}.`,
  ]);
  b.add("pii", kind, s);
}
// native scripts
b.add("pii", "ja.native", `お世話になっております。${P("田中 由紀")}です。請求書の送付先を ${A("〒530-0001 大阪府大阪市北区梅田1-3-1")} に変更してください。電話: ${Ph(ph.JP())}`);
b.add("pii", "ko.native", `고객명: ${P("김서연")} / 연락처: ${Ph(ph.KR("national"))} / 이메일: ${E("seoyeon.kim@kakao.com")} — 배송지 변경 요청`);
b.add("pii", "ru.native", `Здравствуйте! Меня зовут ${P("Ольга Смирнова")}, мой e-mail ${E("olga.smirnova@yandex.ru")}. Прошу перенести встречу.`);
b.add("pii", "zh.native", `客户 ${P("张伟")} 来电投诉，手机 ${Ph("+86 139 1234 5678")}，要求退款。`);
b.add("pii", "ar.native", `المريض: ${P("محمد العتيبي")}، تاريخ الميلاد ${D("12/04/1979")}، يشكو من ألم في الصدر.`);
b.add("pii", "el.native", `Translate: "Ο ${P("Γιώργος Παπαδόπουλος")} θα σας καλέσει στο ${Ph("+30 694 123 4567")} αύριο."`);
b.add("pii", "hi.native", `ग्राहक का नाम: ${P("प्रिया शर्मा")}, ईमेल: ${E("priya.sharma@gmail.com")} — ऑर्डर अभी तक नहीं मिला।`);
b.add("pii", "mixed.native", `Guest list: ${P(NATIVE[2]!.latin)} (${P(NATIVE[2]!.native)}), ${P(NATIVE[0]!.latin)} (${P(NATIVE[0]!.native)}), ${P("Kim Min-jun")}.`);
// international phones and mixed formats
const intl: [string, string][] = [
  ["Kenji Watanabe", ph.JP("intl")], ["Rafael dos Santos Lima", ph.BR("national")], ["Ximena Gutiérrez Ríos", ph.MX("national")], ["Chloe Mitchell", ph.AU("intl")],
  ["Thabo Mokoena", ph.ZA("national")], ["Hannah Weiß", ph.DE("e164")], ["Giulia Ferraro", ph.IT("intl")], ["Priya Raghunathan", ph.IN("national")],
  ["Hunter Grant", ph.CA("dots")], ["Faith O'Neill", ph.IE("intl")], ["Tomasz Wiśniewski", ph.PL("national")], ["Mateo Fernández", ph.ES("national")],
];
for (const [n, num] of intl) {
  const p = per(n);
  b.add("pii", "phone.intl", pick([
    `WhatsApp from ${P(p.first)} (${Ph(num)}): running 20 min late, start without me`,
    `Emergency contact for ${P(p.name)}: ${P(pick(["Ruth", "Frank", "Ada", "Victor"]) + " " + p.name.split(" ").slice(-1)[0])}, ${Ph(num)}`,
    `Vendor contact sheet — ${P(p.name)}, ${L(p.city)}, tel. ${Ph(num)}`,
  ]));
}
// ALL CAPS and multi-line addresses of several countries
b.add("pii", "label.caps", `RETURN TO SENDER — ADDRESSEE UNKNOWN\n${P("MRS DOLORES PRICE".replace("MRS ", ""))}\n${A("7730 N 19TH AVE\nPHOENIX AZ 85021-4410")}`);
b.add("pii", "label.caps-uk", `DELIVER TO: ${P("AMARA OKAFOR-BELLO")}, ${A("FLAT 5, 61 WILMSLOW ROAD, MANCHESTER M14 5TB")}`);
b.add("pii", "label.de", `Absender:\n${P("Hannah Weiß")}\n${A("Karl-Liebknecht-Straße 88\n04275 Leipzig")}\n${L("Deutschland")}`);
b.add("pii", "label.ca", `Ship to ${P("Hunter Grant")} · ${A("1208 17 AVE SW, CALGARY AB  T2T 0B7")} · ${Ph(ph.CA())}`);
b.add("pii", "invoice.au", `TAX INVOICE\nBill to: ${P("Chloe Mitchell")}\n${A("33 Latrobe Terrace\nPaddington QLD 4064")}\n${L("Australia")}\nABN ${id("AU_ABN", true)("51 824 753 556")} (supplier)`);
// cards and IBANs in realistic pastes
b.add("pii", "card.stripe-log", `charge failed for ${E("rose.hunter@fastmail.com")}: card ${CC(card("visa", ""))} declined (insufficient_funds)`);
b.add("pii", "card.chat", `ok here's my card: ${CC(card("mc", "-"))} , name on card ${P("HUNTER GRANT")}, cvv in next msg`);
b.add("pii", "card.amex", `Amex ${CC(card("amex"))} — ${P("Dolores Price")} — please put the hotel deposit on this one, not the Visa.`);
b.add("pii", "iban.invoice", `Bankverbindung: ${P("Hannah Weiß")}, ${IB(ibanOf.DE())}, Verwendungszweck Rechnung 2026-118`);
b.add("pii", "iban.two", `Could you check these two IBANs are the right format? ${IB(ibanOf.FR())} (${P("Jean-Luc Moreau-Dubois")}) and ${IB(ibanOf.NL().replace(/ /g, ""))} (${P("Daan van der Berg")}).`);
b.add("pii", "iban.gb", `Payee ${P("Bill Marsh")}, ${IB(ibanOf.GB())}, amount £1,250.00`);
// IP addresses, v4 and v6
b.add("pii", "ip.abuse", `Abuse report: repeated credential stuffing from ${IP(ipv4())} and ${IP(ipv6())} against account ${E("will.foster@aol.com")}.`);
b.add("pii", "ip.nginx", `${IP(ipv4())} - - [27/Nov/2026:13:55:36 +0000] "POST /api/login HTTP/1.1" 401 63 "-" "Mozilla/5.0" user="${E("may.chen88@gmail.com")}"`);
b.add("pii", "ip.gdpr", `GDPR request from ${P("Giulia Ferraro")}: she wants every record tied to her e-mail ${E("giulia.ferraro@libero.it")} and IP ${IP(ipv4())} deleted.`);
// names that are words, in running text
b.add("pii", "words.names", `${P("Summer")} and ${P("Hunter")} will cover the front desk while ${P("Grant")} is on leave; ${P("Rose")} handles the deliveries.`);
b.add("pii", "words.bill", `Spoke to ${P("Bill Young")} in accounts — he said the invoice will be paid Friday.`);
b.add("pii", "words.faith", `Reminder: ${P("Faith Baker")}'s leaving drinks are at 6, card is on ${P("Mark")}'s desk.`);
b.add("pii", "words.may", `Interview panel: ${P("May Chen")}, ${P("Will Foster")}, ${P("Joy Stone")}. Candidate: ${P("Hope Sterling")}.`);
b.add("pii", "dob.plain", `patient ${P("Siddharth Menon")} born ${D("11 Nov 1983")}, presents with fever`);
b.add("pii", "dob.age", `${P("Ximena Gutiérrez Ríos")} (DOB: ${D("1990-05-05")}) — lives in ${L("Guadalajara")}, ${L("Jalisco")}.`);
b.add("pii", "mixed.everything", `${P("Thabo Mokoena")}\n${A("45 Jan Smuts Avenue, Parktown, Johannesburg 2193")}\n${Ph(ph.ZA())} · ${E("thabo.mokoena@mweb.co.za")}\nCard on file ${CC(card("visa"))} · last login ${IP(ipv4())}`);
void int;
