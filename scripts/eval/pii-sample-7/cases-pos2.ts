/** Positives of the seventh PII set, part 2: log lines and stack traces with user data, CSV/TSV/JSON/YAML/SQL exports,
 *  form submissions, agent tool calls (JSON arguments), and names of many cultures in running text. */
import { b } from "./build.js";
import { T } from "./cases-pos.js";
import { dob, persona, phone } from "./people.js";
import { A, CC, CR, D, Do, E, IB, IP, L, Lo, MAC, P, Ph, Po, SSN, id } from "./marks.js";
import { aba, beNrn, bsn, caSin, card, dkCpr, fmtCard, ibans, int, ipv4, ipv6, itin, mac, nino, pick, ssn } from "../pii-sample-3/gen.js";
import { aadhaar, auTfn, btc, eth, krRrn, pan, sgNric, usPassport, zaId } from "../pii-sample-5/gen5.js";
import { trTckn } from "../pii-sample-4/gen4.js";

const ts = () => `2026-11-${String(int(10, 27)).padStart(2, "0")}T${String(int(0, 23)).padStart(2, "0")}:${String(int(10, 59))}:${String(int(10, 59))}.${int(100, 999)}Z`;
const first = (s: string) => s.split(" ")[0]!;
const jsq = (s: string) => JSON.stringify(s).slice(1, -1);

// --- logs and stack traces ---------------------------------------------------------------------------------------------
T("log.line", ["en", "yo", "vi", "es", "de", "ko", "in", "ar"], 8, (p, i) => ([
  `${ts()} INFO  auth.login user=${E(p.email)} ip=${IP(ipv4())} ua="Mozilla/5.0" result=success`,
  `${ts()} WARN  [checkout] payment declined for customer_name="${P(p.name)}" card=${CC(fmtCard(card.mc(), ""))} reason=insufficient_funds`,
  `${ts()} ERROR SmsSender failed to deliver OTP to ${Ph(p.phone("e164"))}: provider timeout (attempt 3/3)`,
  `{"level":"error","ts":"${ts()}","msg":"address validation failed","input":{"name":"${P(jsq(p.name))}","street":"${A(jsq(p.addr))}"},"err":"ZIP_MISMATCH"}`,
  `${ts()} DEBUG dhcp lease granted mac=${MAC(mac())} ip=10.0.${int(0, 9)}.${int(2, 250)} host=${Po(p.local.split(".")[0]!)}-laptop`,
  `127.0.0.1 - - [24/Nov/2026:13:55:36 +0000] "GET /api/users?email=${E(p.email)}&phone=${jsq(p.phone("e164")).replace("+", "%2B")} HTTP/1.1" 200 512`,
  `Nov 24 13:55:36 mail postfix/smtp[2210]: 4F1A2C: to=<${E(p.email)}>, relay=mx.${pick(["gmail.com", "outlook.com"])}[${IP(ipv4())}]:25, status=sent (250 2.0.0 OK)`,
  `${ts()} INFO  kyc.verify subject="${P(p.name)}" dob=${D(`${p.born.y}-${String(p.born.m).padStart(2, "0")}-${String(p.born.d).padStart(2, "0")}`)} doc=passport status=manual_review`,
][i % 8]!));
T("log.stacktrace", ["en", "ig", "zh", "nl"], 4, (p, i) => ([
  `Traceback (most recent call last):\n  File "/srv/app/billing/invoice.py", line 88, in render\n    line2 = customer["address"]["line2"]\nKeyError: 'line2'\n\nLocals: customer = {'name': '${P(p.name)}', 'email': '${E(p.email)}', 'address': {'line1': '${A(p.addr)}'}}`,
  `java.lang.IllegalStateException: duplicate account for ${E(p.email)}\n\tat com.acme.users.UserService.register(UserService.java:142)\n\tat com.acme.users.UserController.signup(UserController.java:57)\nCaused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "users_email_key"\n  Detail: Key (email)=(${E(p.email)}) already exists.`,
  `TypeError: Cannot read properties of undefined (reading 'postcode')\n    at formatLabel (/app/src/shipping/label.ts:31:22)\n    at processOrder (/app/src/orders/worker.ts:118:9)\n  order: { recipient: '${P(p.name)}', phone: '${Ph(p.phone("intl"))}' }`,
  `panic: runtime error: index out of range [3] with length 3\n\ngoroutine 17 [running]:\nmain.parseIBAN({0xc000, 0x22}) iban=${IB(ibans.BE!())} owner="${P(p.name)}"\n\t/go/src/app/payouts.go:64 +0x1d4`,
][i % 4]!));

// --- exports: CSV / TSV / JSON / YAML / SQL ------------------------------------------------------------------------------
T("export.csv", ["yo", "vi", "es", "nl", "ko", "is"], 6, (p, i) => {
  const q = persona(pick(["ig", "id", "ar", "ja", "pt"]));
  return ([
    `customer_id,full_name,email,phone,city\n${int(1000, 9999)},${P(p.name)},${E(p.email)},${Ph(p.phone("e164"))},${L(p.city)}\n${int(1000, 9999)},${P(q.name)},${E(q.email)},${Ph(q.phone("e164"))},${L(q.city)}`,
    `name\tdob\tiban\n${P(p.name)}\t${D(`${p.born.y}-${String(p.born.m).padStart(2, "0")}-${String(p.born.d).padStart(2, "0")}`)}\t${IB(ibans.FR!())}\n${P(q.name)}\t${D(`${q.born.y}-${String(q.born.m).padStart(2, "0")}-${String(q.born.d).padStart(2, "0")}`)}\t${IB(ibans.IT!())}`,
  ][i % 2]!);
});
T("export.json", ["ig", "ja", "ar", "tr", "en"], 5, (p) => `[\n  {\n    "id": "cus_${int(100000, 999999)}",\n    "name": "${P(jsq(p.name))}",\n    "email": "${E(p.email)}",\n    "phone": "${Ph(p.phone("e164"))}",\n    "birthDate": "${D(`${p.born.y}-${String(p.born.m).padStart(2, "0")}-${String(p.born.d).padStart(2, "0")}`)}",\n    "shipping": { "line1": "${A(jsq(p.addr))}" },\n    "plan": "pro"\n  }\n]`);
T("export.yaml", ["nl", "is", "vi", "en"], 4, (p) => `# seed data exported from prod by mistake\nusers:\n  - username: ${p.local.replace(".", "_")}\n    display_name: "${P(p.name)}"\n    contact:\n      email: ${E(p.email)}\n      mobile: "${Ph(p.phone("intl"))}"\n    address: "${A(p.addr)}"\n    role: editor`);
T("export.sql", ["es", "id", "ko", "yo", "en"], 5, (p) => `INSERT INTO patients (mrn, full_name, date_of_birth, phone, ssn) VALUES\n  (${int(100000, 999999)}, '${P(p.name.replace(/'/g, "''"))}', '${D(`${p.born.y}-${String(p.born.m).padStart(2, "0")}-${String(p.born.d).padStart(2, "0")}`)}', '${Ph(phone("US", "nat"))}', '${SSN(ssn())}');`);
T("export.sqlresult", ["zh", "in", "ke"], 3, (p) => ` id  | name                | email                      | last_ip\n-----+---------------------+----------------------------+----------------\n ${int(10, 999)} | ${P(p.name)} | ${E(p.email)} | ${IP(ipv4())}\n(1 row)`);

// --- form submissions ----------------------------------------------------------------------------------------------------
T("form.submit", ["en", "yo", "ar", "en"], 4, (p, i) => ([
  `New submission — "Contact us"\nFirst name: ${P(p.name.split(" ")[0]!)}\nLast name: ${P(p.name.split(" ").slice(1).join(" ") || p.name)}\nEmail: ${E(p.email)}\nPhone: ${Ph(p.phone("intl"))}\nMessage: please call me back about the quote`,
  `Rental application\nApplicant: ${P(p.name)}\nDate of birth: ${D(dob("en", p.born))}\nSSN: ${SSN(ssn())}\nCurrent address: ${A(p.addr)}\nDriver's license: ${id("US_DRIVER_LICENSE")("D" + int(1000000, 9999999))} (CA)\nEmployer phone: ${Ph(phone("US", "nat"))}`,
  `W-7 prep checklist for ${P(p.name)}: ITIN ${id("US_ITIN")(itin())} assigned; passport no. ${id("US_PASSPORT")(usPassport())} copied; mailing address ${A(p.addr)}.`,
][i % 3]!));
T("nl-form.submit", ["nl"], 2, (p) => `Inzending formulier "Afspraak maken"\nNaam: ${P(p.name)}\nGeboortedatum: ${D(dob("nl", p.born))}\nE-mail: ${E(p.email)}\nTelefoon: ${Ph(phone("NL", "nat"))}\nAdres: ${A(p.addr)}`, "NL");
T("ko-form.submit", ["ko"], 2, (p) => `[회원가입 신청]\n이름: ${P(p.name)}\n주민등록번호: ${id("KR_RRN")(krRrn(p.born.y, p.born.m, p.born.d, pick([true, false])))}\n휴대폰: ${Ph(phone("KR", "nat"))}\n주소: ${A(p.addr)}`, "KR");
T("es-form.submit", ["es"], 2, (p) => `Formulario de inscripción\nNombre y apellidos: ${P(p.name)}\nFecha de nacimiento: ${D(dob("es", p.born))}\nCorreo: ${E(p.email)}\nDirección: ${A(p.addr)}`, "MX");
T("hi-form.submit", ["in"], 2, (p) => `आवेदन पत्र\nनाम: ${P(p.name)}\nआधार संख्या: ${id("IN_AADHAAR")(aadhaar())}\nपैन: ${id("IN_PAN")(pan(p.name.split(" ").slice(-1)[0]!.replace(/[^A-Za-z]/g, "") || "S"))}\nमोबाइल: ${Ph(phone("IN", "nat"))}\nपता: ${A(p.addr)}`, "IN");
T("tr-form.submit", ["tr"], 1, (p) => `Başvuru formu\nAd Soyad: ${P(p.name)}\nDoğum tarihi: ${D(dob("tr", p.born))}\nTCKN: ${id("TR_NATIONAL_ID")(trTckn())}\nAdres: ${A(p.addr)}`, "TR");

// --- agent tool calls (JSON arguments) -----------------------------------------------------------------------------------
T("tool.call", ["en", "vi", "ig", "es", "ja", "nl", "ar", "id"], 8, (p, i) => ([
  `{"type":"function","function":{"name":"send_email","arguments":"{\\"to\\":\\"${E(p.email)}\\",\\"subject\\":\\"Your appointment\\",\\"body\\":\\"Hi ${P(jsq(first(p.name)))}, see you Tuesday.\\"}"}}`,
  `tool_use: create_contact\ninput: {"first_name": "${P(jsq(p.name.split(" ")[0]!))}", "last_name": "${P(jsq(p.name.split(" ").slice(1).join(" ") || p.name))}", "phone": "${Ph(p.phone("e164"))}", "email": "${E(p.email)}"}`,
  `→ calling lookup_customer({"phone": "${Ph(p.phone("intl"))}"})\n← {"match": true, "customer": {"name": "${P(jsq(p.name))}", "address": "${A(jsq(p.addr))}", "tier": "gold"}}`,
  `{"tool":"stripe.refund","args":{"customer":"cus_Q${int(10000, 99999)}","cardholder":"${P(jsq(p.name))}","card_last4":"${int(1000, 9999)}","note":"refund to ${E(p.email)}"}}`,
  `Action: book_delivery\nAction Input: {"recipient": "${P(jsq(p.name))}", "address": "${A(jsq(p.addr))}", "phone": "${Ph(p.phone("nat"))}", "slot": "2026-12-02 14:00"}`,
  `{"name":"update_payroll","arguments":{"employee":"${P(jsq(p.name))}","iban":"${IB(ibans.NL!())}","effective":"2027-01-01"}}`,
  `<tool_call>{"name": "verify_identity", "arguments": {"full_name": "${P(jsq(p.name))}", "date_of_birth": "${D(`${p.born.y}-${String(p.born.m).padStart(2, "0")}-${String(p.born.d).padStart(2, "0")}`)}", "ssn_last4": "${int(1000, 9999)}"}}</tool_call>`,
  `functions.search_crm({"query": "${E(p.email)} OR ${Ph(p.phone("e164"))}"})`,
][i % 8]!));

// --- identifiers in context ----------------------------------------------------------------------------------------------
T("ids.misc", ["en", "ke", "in", "en", "yo", "en", "vi", "ar"], 24, (p, i) => ([
  `Payroll onboarding (UK): ${P(p.name)}, National Insurance number ${id("UK_NINO")(nino().replace(/^(..)(..)(..)(..)(.)$/, "$1 $2 $3 $4 $5"))}, start 5 Jan.`,
  `Can you check if this SIN looks right before I submit the form for ${P(p.name)}? ${id("CA_SIN")(caSin())}`,
  `Singapore employment pass renewal — employee ${P(p.name)}, NRIC ${id("SG_NRIC_FIN")(sgNric())}, mobile ${Ph(phone("SG" as string, "intl"))}.`,
  `Belgian payroll: ${P(p.name)} — rijksregisternummer ${id("BE_NATIONAL_NUMBER")(beNrn(p.born.y, p.born.m, p.born.d))}`,
  `South African client ${P(p.name)}, ID number ${id("ZA_ID_NUMBER")(zaId(p.born.y, p.born.m, p.born.d, pick([true, false])))}, lives at ${A(persona("en", "ZA").addr)}.`,
  `Australian tax file number for ${P(p.name)}: ${id("AU_TFN")(auTfn())} — please lodge before 31 Oct.`,
  `send the refund in BTC to ${CR(btc())}, wallet belongs to ${P(p.name)}`,
  `My ETH address for the bounty payout: ${CR(eth())} (${P(p.name)}, ${E(p.email)})`,
  `Danish CPR for ${P(pick(["Mette Kristensen", "Rasmus Holm"]))}: ${id("DK_CPR", true)(dkCpr(p.born.y, p.born.m, p.born.d))}, født ${D(dob("sv", p.born))}`,
  `wire details: routing ${id("ABA_ROUTING_NUMBER")(aba())}, beneficiary ${P(p.name)}, ${A(persona("en", "US").addr)}`,
  `The router's WAN MAC is ${MAC(mac("-").toUpperCase())}, public IP ${IP(ipv6())} — account holder ${P(p.name)}.`,
  `Please cancel card ${CC(fmtCard(card.amex()))} for ${P(p.name)}, reported stolen.`,
][i % 12]!));

// --- names of many cultures in running text ------------------------------------------------------------------------------
T("names.prose", ["yo", "ig", "vi", "id", "ar", "nl", "is", "es", "zh", "ja", "ko"], 11, (p, i) => ([
  `Can you write a short thank-you note to ${P(p.name)} for covering my shifts last week? Keep it warm but brief.`,
  `Summarise this: "Meeting attendees: ${P(p.name)}, ${P(persona(pick(["en", "de"])).name)}. Action item: ${P(first(p.name))} to send the revised budget."`,
  `my landlord ${P(p.name)} won't return the deposit, what can I do? he lives in ${Lo(p.city)} and I moved out in October`,
  `Translate to English: "Kính gửi ${P(p.name)}, chúng tôi xin xác nhận lịch hẹn của quý khách."`,
  `Draft a reference for ${P(p.name)}: she worked with us for three years as a data analyst and was excellent.`,
  `${P(p.name)} — born ${D(dob("en", p.born))} in ${Lo(p.city)} — is applying for the scholarship; please fill in the cover sheet.`,
  `Write a birthday message for my colleague ${P(p.name)}, she turns 40 on Friday.`,
  `Is "${P(p.name)}" spelled right on the wedding invitation? Her family is from ${Lo(p.city)}.`,
  `Rewrite politely: tell ${P(p.name)} her visa interview at the consulate is moved to 9 December.`,
  `List of speakers for the panel: ${P(p.name)} (moderator), ${P(persona(pick(["yo", "vi", "es"])).name)}.`,
  `Please pronounce this name for me phonetically: ${P(p.name)}`,
][i % 11]!));
T("is-names.prose", ["is"], 2, (p) => `Skrifaðu stutta kveðju til ${P(p.name)} í tilefni af afmælinu hennar.`);
T("ar-names.prose", ["arS"], 2, (p) => `اكتب رسالة شكر إلى ${P(p.name)} على مساعدته في المشروع.`);
T("vi-names.prose", ["vi"], 2, (p, i) => `Viết giúp tôi một email xin nghỉ phép gửi ${P(p.name)}, ${["trưởng phòng nhân sự", "kế toán trưởng"][i]}.`);
T("id-names.prose", ["id"], 2, (p) => `Tolong buatkan surat undangan untuk Pak ${P(p.name)} di ${A(p.addr)}.`);
T("yo-names.prose", ["yo"], 2, (p) => `Ẹ jọ̀wọ́, kọ lẹ́tà ọpẹ́ sí ${P(p.name)} fún ìrànlọ́wọ́ rẹ̀.`);
T("zh-names.prose", ["zh"], 2, (p) => `请帮我给${P(p.name)}写一封感谢信，他的电话是${Ph(phone("CN", "nat"))}。`);
T("ja-names.prose", ["ja"], 2, (p) => `${P(p.name)}さんへのお礼のメールを書いてください。連絡先は${E(p.email)}です。`);
T("ko-names.prose", ["ko"], 2, (p) => `${P(p.name)} 님께 보낼 감사 편지를 써 주세요. 주소는 ${A(p.addr)}입니다.`);
T("ru-names.prose", ["ru"], 2, (p) => `Напиши поздравление коллеге (${P(p.name)}). Телефон: ${Ph(phone("RU", "intl"))}, адрес: ${A(p.addr)}.`);
T("es-names.prose", ["es"], 2, (p) => `Redacta una carta de recomendación para ${P(p.name)}, que trabajó con nosotros en ${Lo(p.city)}.`);
T("nl-names.prose", ["nl"], 2, (p) => `Schrijf een korte felicitatie voor ${P(p.name)}, geboren op ${D(dob("nl", p.born))}.`);
T("sw-names.prose", ["ke"], 2, (p) => `Tafadhali andika barua ya shukrani kwa ${P(p.name)}, simu yake ni ${Ph(phone("KE", "nat"))}.`);
T("pl-names.prose", ["pl"], 1, (p) => `Napisz podziękowanie dla pani ${P(p.name)}, mieszkającej pod adresem ${A(p.addr)}.`);
T("tr-names.prose", ["tr"], 1, (p) => `${P(p.name)} için kısa bir doğum günü mesajı yaz, ${D(dob("tr", p.born))} doğumlu.`);
T("it-names.prose", ["it"], 2, (p) => `Scrivi un biglietto di auguri per ${P(p.name)}, nata il ${D(dob("it", p.born))}.`);
T("de-names.prose", ["de"], 1, (p) => `Formuliere eine Absage an ${P(p.name)}, wohnhaft ${A(p.addr)}.`);
void [Do, bsn, trTckn, jsq];

// --- shipping labels / delivery notes: native address formats of countries the personas above reach less --------------
const SHIP: [string, string, string, (n: string, a: string) => string][] = [
  ["cs", "CZ", "pl", (n, a) => `Doručovací adresa:\n${P(n)}\n${A(a)}\nTelefon: ${Ph(phone("CZ", "nat"))}`],
  ["da", "DK", "sv", (n, a) => `Leveringsadresse: ${P(n)}, ${A(a)}. Ring venligst på ${Ph(phone("DK", "intl"))} ved ankomst.`],
  ["fi", "FI", "sv", (n, a) => `Toimitusosoite: ${P(n)}, ${A(a)}, puh. ${Ph(phone("FI", "nat"))}`],
  ["no", "NO", "sv", (n, a) => `Leveringsadresse:\n${P(n)}\n${A(a)}\nMobil: ${Ph(phone("NO", "nat"))}`],
  ["en", "IE", "en", (n, a) => `Ship to: ${P(n)}, ${A(a)}. Eircode is on the label. Mob ${Ph(phone("IE", "nat"))}`],
  ["de", "AT", "de", (n, a) => `Lieferadresse: ${P(n)}, ${A(a)}, Tel. ${Ph(phone("AT", "intl"))}`],
  ["fr", "CH", "fr", (n, a) => `Adresse de livraison : ${P(n)}, ${A(a)} — tél. ${Ph(phone("CH", "intl"))}`],
  ["es", "AR", "es", (n, a) => `Dirección de envío: ${P(n)}, ${A(a)}. Cel: ${Ph(phone("AR", "intl"))}`],
  ["en", "AU", "en", (n, a) => `Deliver to ${P(n)}, ${A(a)}. Leave at the door, call ${Ph(phone("AU", "nat"))} if no answer.`],
  ["sw", "KE", "ke", (n, a) => `Anwani ya kupeleka: ${P(n)}, ${A(a)}. Simu: ${Ph(phone("KE", "intl"))}`],
  ["en", "ZA", "en", (n, a) => `Courier waybill — recipient ${P(n)}, ${A(a)}, cell ${Ph(phone("ZA", "nat"))}`],
  ["fr", "CA", "fr", (n, a) => `Livrer à : ${P(n)}, ${A(a)}. Tél. : ${Ph(phone("CA", "nat"))}`],
  ["en", "GB", "en", (n, a) => `Royal Mail Tracked 24 — ${P(n)}, ${A(a)}. SMS updates to ${Ph(phone("GB", "intl"))}`],
  ["ru", "RU", "ru", (n, a) => `Адрес доставки: ${A(a)}. Получатель: ${P(n)}, тел. ${Ph(phone("RU", "nat"))}`],
  ["en", "AE", "ar", (n, a) => `Delivery: ${P(n)}, ${A(a)}, mobile ${Ph(phone("AE", "intl"))}`],
  ["pt", "PT", "pt", (n, a) => `Morada de entrega: ${P(n)}, ${A(a)}. Telm.: ${Ph(phone("PT", "nat"))}`],
  ["nl", "BE", "nl", (n, a) => `Leveradres: ${P(n)}, ${A(a)}, gsm ${Ph(phone("BE", "nat"))}`],
  ["pt", "BR", "pt", (n, a) => `Endereço de entrega: ${P(n)} — ${A(a)}. WhatsApp ${Ph(phone("BR", "intl"))}`],
  ["es", "MX", "es", (n, a) => `Enviar a: ${P(n)}, ${A(a)}. Tel. ${Ph(phone("MX", "nat"))}`],
  ["en", "US", "en", (n, a) => `USPS Priority — ${P(n)}, ${A(a)}. Phone ${Ph(phone("US", "nat"))}`],
];
for (const [lang, cc, cult, f] of SHIP) { const p = persona(cult, cc); b.add("pii", (lang === "en" ? "" : lang + "-") + "shipping.label", f(p.name, p.addr)); }
