/** Positives of the seventh PII set, part 1: support chats, voice-call transcripts (ASR), medical/legal/HR notes and
 *  e-mail threads, in English and other languages. */
import { b } from "./build.js";
import { dob, persona, phone, spell, spokenDate, type Persona } from "./people.js";
import { A, Ao, CC, D, E, Eo, IB, L, Lo, P, Ph, Pho, Po, SSN, id } from "./marks.js";
import { card, fmtCard, ibans, int, nino, nhs, pick, ssn, itin, aba, dni, nie, bsn, deSteuerId, frNir, fmtNir, pesel, sePnr, hetu, codiceFiscale } from "../pii-sample-3/gen.js";
import { trTckn, ptNif } from "../pii-sample-4/gen4.js";
import { aadhaar, krRrn, usPassport } from "../pii-sample-5/gen5.js";

export function T(kind: string, cultures: string[], n: number, f: (p: Persona, i: number) => string, cc?: string): void {
  for (let i = 0; i < n; i++) b.add("pii", kind, f(persona(cultures[i % cultures.length]!, cc), i));
}
const first = (p: Persona) => p.name.split(/[ ]/)[0]!;
const lower = (s: string) => s.toLowerCase();

// --- support-desk chat transcripts -----------------------------------------------------------------------------------
T("chat.support", ["yo", "ig", "en", "in", "ke", "ar"], 6, (p, i) => ([
  `[10:02] Agent (Maya): Thanks for contacting Brightline support! Can I get the name on the account?\n[10:02] Customer: ${P(p.name)}\n[10:03] Agent (Maya): And the email we have on file?\n[10:03] Customer: ${E(p.email)} — I changed my number to ${Ph(p.phone("intl"))} last month btw\n[10:04] Agent (Maya): Got it, updating now.`,
  `Visitor ${i + 311} joined the chat\nVisitor: hi my parcel never arrived, order BL-${int(100000, 999999)}\nBot: Please confirm the delivery address.\nVisitor: ${A(p.addr)}\nVisitor: name is ${P(p.name)}, you can text me on ${Ph(p.phone("nat"))}\nBot: Thanks, a human agent will follow up.`,
  `Chat transcript #${int(50000, 99999)}\n> customer: I need to update my card, the old one expired\n> agent: sure, please use the secure form, never paste the number here\n> customer: too late lol ${CC(fmtCard(card.visa()))} exp 09/29\n> agent: I've removed that message. For the record, this is ${P(p.name)}'s account?\n> customer: yes`,
][i % 3]!));
T("es-chat.support", ["es"], 5, (p, i) => ([
  `Agente: Buenas tardes, ¿me indica su nombre completo?\nCliente: ${P(p.name)}\nAgente: ¿Y su DNI para verificar la identidad?\nCliente: ${id("ES_NIF")(dni())}\nAgente: Perfecto. ¿Sigue viviendo en ${A(p.addr)}?\nCliente: sí, y el móvil es ${Ph(phone("ES", "nat"))}`,
  `[chat] Cliente: hola, quiero cambiar la domiciliación, el nuevo IBAN es ${IB(ibans.ES!().replace(/(.{4})/g, "$1 ").trim())}\n[chat] Agente: ¿A nombre de quién está la cuenta?\n[chat] Cliente: de mi madre, ${P(p.name)}, nacida el ${D(dob("es", p.born))}`,
][i % 2]!), "ES");
T("fr-chat.support", ["fr"], 4, (p, i) => ([
  `Conseiller : Bonjour, pouvez-vous me confirmer votre adresse e-mail ?\nClient : c'est ${E(p.email)}\nConseiller : Merci ${P(p.name)}. Votre numéro de portable ?\nClient : ${Ph(phone("FR", "nat"))}\nConseiller : Et l'adresse de livraison ?\nClient : ${A(p.addr)}`,
  `[support] Client : je dois mettre à jour mon RIB pour le prélèvement, ${IB(ibans.FR!())}\n[support] Conseiller : Le titulaire est bien ${P(p.name)} ?\n[support] Client : oui, né le ${D(dob("fr", p.born))}`,
][i % 2]!), "FR");
T("pt-chat.support", ["pt"], 4, (p, i) => ([
  `Atendente: Olá! Qual o nome do titular?\nCliente: ${P(p.name)}\nAtendente: Pode confirmar o e-mail e o celular?\nCliente: ${E(p.email)} / ${Ph(phone("BR", "nat"))}\nAtendente: Obrigado, o endereço de entrega é ${A(p.addr)}?\nCliente: isso`,
  `Cliente: bom dia, o NIF para a fatura é ${id("PT_NIF")(ptNif())}, em nome de ${P(p.name)}\nAssistente: Obrigado. Morada?\nCliente: ${A(p.addr)}`,
][i % 2]!), undefined);
T("id-chat.support", ["id"], 4, (p) => `CS: Selamat siang, dengan Bapak/Ibu siapa?\nPelanggan: ${P(p.name)}\nCS: Boleh minta nomor HP yang terdaftar?\nPelanggan: ${Ph(p.phone(pick(["nat", "intl"])))}\nCS: Alamat pengiriman masih di ${A(p.addr)}?\nPelanggan: iya betul, email saya ${E(p.email)}`);
T("vi-chat.support", ["vi"], 4, (p) => `Nhân viên: Chào anh/chị, cho em xin họ tên đầy đủ ạ.\nKhách hàng: ${P(p.name)}\nNhân viên: Số điện thoại đăng ký là gì ạ?\nKhách hàng: ${Ph(p.phone("nat"))}\nNhân viên: Địa chỉ giao hàng?\nKhách hàng: ${A(p.addr)}`);
T("tr-chat.support", ["tr"], 3, (p) => `Temsilci: Merhaba, T.C. kimlik numaranızı alabilir miyim?\nMüşteri: ${id("TR_NATIONAL_ID")(trTckn())}\nTemsilci: Teşekkürler ${P(p.name)} Hanım/Bey. Cep telefonunuz?\nMüşteri: ${Ph(phone("TR", "nat"))}\nTemsilci: Adres: ${A(p.addr)} doğru mu?\nMüşteri: evet`);
T("de-chat.support", ["de"], 4, (p, i) => ([
  `Kunde: Hallo, ich möchte meine Bankverbindung ändern. Neue IBAN: ${IB(ibans.DE!().replace(/(.{4})/g, "$1 ").trim())}\nSupport: Kontoinhaber?\nKunde: ${P(p.name)}, geb. ${D(dob("de", p.born))}\nSupport: Danke, und die Anschrift ist weiterhin ${A(p.addr)}?\nKunde: Ja.`,
  `Support: Ihre Steuer-ID für die Rechnung bitte.\nKunde: ${id("DE_TAX_ID")(deSteuerId())}\nSupport: Danke, Herr/Frau ${P(p.name)}. Rückruf unter ${Ph(phone("DE", "intl"))}?\nKunde: passt`,
][i % 2]!), "DE");
T("ja-chat.support", ["ja"], 3, (p) => `オペレーター：お名前をフルネームでお願いします。\nお客様：${P(p.name)}です。\nオペレーター：ご登録の電話番号は？\nお客様：${Ph(phone("JP", "nat"))}\nオペレーター：お届け先は ${A(p.addr)} でよろしいですか？\nお客様：はい。メールは ${E(p.email)} です。`);
T("ko-chat.support", ["ko"], 3, (p) => `상담원: 성함 말씀해 주시겠어요?\n고객: ${P(p.name)}입니다\n상담원: 연락처는요?\n고객: ${Ph(phone("KR", "nat"))}\n상담원: 배송지 ${A(p.addr)} 맞으실까요?\n고객: 네 맞아요`);
T("zh-chat.support", ["zh"], 3, (p) => `客服：您好，请提供收件人姓名和手机号。\n用户：${P(p.name)}，${Ph(phone("CN", pick(["nat", "intl"])))}\n客服：收货地址？\n用户：${A(p.addr)}\n客服：好的，出生日期用于实名认证：\n用户：${D(dob("zh", p.born))}`);
T("ar-chat.support", ["arS"], 3, (p) => `الموظف: مرحباً، ما اسمك الكامل؟\nالعميل: ${P(p.name)}\nالموظف: رقم الجوال المسجل؟\nالعميل: ${Ph(p.phone("intl"))}\nالموظف: وعنوان التوصيل؟\nالعميل: ${A(p.addr)}`, "SA");
T("nl-chat.support", ["nl"], 3, (p) => `Medewerker: Goedemiddag, mag ik uw BSN ter verificatie?\nKlant: ${id("NL_BSN")(bsn())}\nMedewerker: Dank u, ${P(p.name)}. Klopt het adres ${A(p.addr)}?\nKlant: ja, en mijn nieuwe nummer is ${Ph(phone("NL", "nat"))}`, "NL");
T("is-chat.support", ["is"], 2, (p) => `Þjónustufulltrúi: Góðan dag, hvað heitir þú?\nViðskiptavinur: ${P(p.name)}\nÞjónustufulltrúi: Símanúmer?\nViðskiptavinur: ${Ph(phone("IS", "nat"))}\nÞjónustufulltrúi: Og heimilisfang?\nViðskiptavinur: ${A(p.addr)}`, "IS");

// --- voice-call transcripts (ASR: no capitals, digits often as words) ---------------------------------------------------
T("voice.asr", ["en", "yo", "in", "ig", "en", "ke"], 6, (p, i) => {
  const nm = lower(p.name); const ph = p.phone("nat");
  return ([
    `agent: thank you for calling northwind energy this is sam how can i help\ncaller: hi yeah my name is ${P(nm)} i'm calling about my bill\nagent: can you verify your date of birth\ncaller: ${D(spokenDate(p.born))}\nagent: and the best number to reach you\ncaller: ${Pho(spell(ph))}`,
    `[00:00:03] spk_0: you're through to the claims line may i take your full name\n[00:00:06] spk_1: ${P(nm)}\n[00:00:09] spk_0: and your social security number please\n[00:00:12] spk_1: ${SSN(ssn())}\n[00:00:19] spk_0: thanks and your email\n[00:00:22] spk_1: ${Eo(lower(p.local) + " at gmail dot com")}`,
    `caller: yeah so the address is ${A(p.addr.toLowerCase())} and my name's ${P(nm)}\nagent: perfect and a callback number\ncaller: ${Ph(ph)}`,
  ][i % 3]!);
}, undefined);
T("es-voice.asr", ["es"], 3, (p) => `agente: gracias por llamar a telefónica le atiende laura\ncliente: hola sí soy ${P(lower(p.name))} llamo por una factura\nagente: me confirma su fecha de nacimiento\ncliente: el ${D(dob("es", p.born).toLowerCase())}\nagente: y un teléfono de contacto\ncliente: ${Ph(phone("ES", "nat"))}`, "ES");
T("de-voice.asr", ["de"], 2, (p) => `agent: sie sprechen mit der kundenbetreuung wie ist ihr name\nanrufer: ${P(lower(p.name))}\nagent: und ihre postleitzahl und straße\nanrufer: ${A(p.addr.toLowerCase())}\nagent: rückrufnummer\nanrufer: ${Ph(phone("DE", "nat"))}`, "DE");
T("pt-voice.asr", ["pt"], 2, (p) => `atendente: central de atendimento bom dia qual o seu nome\ncliente: ${P(lower(p.name))}\natendente: o cpf ou data de nascimento\ncliente: nasci em ${D(dob("pt", p.born))}\natendente: telefone pra contato\ncliente: ${Ph(phone("BR", "nat"))}`, "BR");

// --- medical / legal / HR notes ----------------------------------------------------------------------------------------
T("medical.note", ["en", "ig", "vi", "in", "ar", "en"], 6, (p, i) => ([
  `SOAP NOTE — Pt: ${P(p.name)} | DOB ${D(dob("en", p.born))} | NHS No. ${id("UK_NHS")(nhs().replace(/^(\d{3})(\d{3})(\d{4})$/, "$1 $2 $3"))}\nS: 3/7 productive cough, pleuritic pain. Lives alone at ${A(p.addr)}.\nO: T 38.4, SpO2 94% RA.\nA/P: CAP, amoxicillin 500 mg TDS. NOK: daughter, ${Ph(phone("GB", "nat"))}.`,
  `Discharge summary\nPatient: ${P(p.name)}   MRN ${id("MRN", true)(String(int(1000000, 9999999)))}\nDate of birth: ${D(dob("en", p.born))}\nDiagnosis: T2DM with hyperglycaemia, now stable on metformin.\nFollow-up with Dr. ${P(pick(["Okoro", "Halvorsen", "Raman", "Whitaker"]))} in 2 weeks. Contact ${E(p.email)}.`,
  `Triage nurse: ${P(lower(p.name))} walked in c/o chest tightness, says her GP is ${P("Dr " + pick(["Amaka Obi", "Thanh Le", "Rakesh Nair"]))}. phone on file ${Ph(p.phone("intl"))}. insurance member id ${id("MEMBER_ID", true)("W" + int(100000000, 999999999))}.`,
][i % 3]!));
T("de-medical.note", ["de"], 3, (p) => `Arztbrief\nPatientin/Patient: ${P(p.name)}, geb. ${D(dob("de", p.born))}\nAnschrift: ${A(p.addr)}\nDiagnose: Z. n. Radiusfraktur rechts, konsolidiert.\nProcedere: Physiotherapie 6x. Rückfragen unter ${Ph(phone("DE", "nat"))}.`, "DE");
T("fr-medical.note", ["fr"], 2, (p) => `Compte rendu de consultation\nNom : ${P(p.name)} — né(e) le ${D(dob("fr", p.born))}\nN° de sécurité sociale : ${id("FR_NIR")(fmtNir(frNir(pick([1, 2]), p.born.y % 100, p.born.m, pick(["75", "69", "13", "33"]))))}\nMotif : lombalgie chronique. Adressé par le Dr ${P(pick(["Mathieu Roux", "Claire Fontaine"]))}.`, "FR");
T("nl-medical.note", ["nl"], 2, (p) => `Verwijsbrief huisarts\nBetreft: ${P(p.name)}, geboren ${D(dob("nl", p.born))}\nBSN: ${id("NL_BSN")(bsn())}\nAdres: ${A(p.addr)}\nReden: aanhoudende hoofdpijn, graag neurologische beoordeling.`, "NL");
T("legal.note", ["en", "es", "yo", "ar"], 4, (p, i) => ([
  `Matter 2026-CV-${int(1000, 9999)} — intake memo\nClient: ${P(p.name)} (DOB ${D(dob("en", p.born))}), residing at ${A(p.addr)}.\nOpposing party: ${P(pick(["Gregory Halbrook", "Svetlana Petrovna Ilyina", "Kwame Mensah"]))}.\nClient reachable at ${Ph(p.phone("intl"))} / ${E(p.email)}. SSN for the conflicts check: ${SSN(ssn())}.`,
  `PRIVILEGED & CONFIDENTIAL\nRe: tenancy dispute — our client ${P(p.name)} v. landlord. Client states she paid rent into ${IB(ibans.GB!())} each month. Witness: neighbour ${P(pick(["Doreen Blackwell", "Ibrahim Sesay", "Agnieszka Nowak"]))}.`,
][i % 2]!));
T("es-legal.note", ["es"], 2, (p) => `NOTA DE EXPEDIENTE\nCliente: D./Dña. ${P(p.name)}, con NIE ${id("ES_NIE")(nie())}, domicilio en ${A(p.addr)}.\nAsunto: reclamación de cantidad frente a ${P(pick(["Rafael Ortiz Cano", "Inmaculada Vela Ruiz"]))}.\nTeléfono: ${Ph(phone("ES", "intl"))}.`, "ES");
T("it-legal.note", ["it"], 3, (p) => `Studio Legale — scheda cliente\nNome: ${P(p.name)}\nCodice fiscale: ${id("IT_FISCAL_CODE")(codiceFiscale(p.name.split(" ").slice(-1)[0]!, p.name.split(" ")[0]!, p.born.y, p.born.m, p.born.d, pick([true, false]), pick(["F205", "H501", "F839"])))}\nNato/a il ${D(dob("it", p.born))}\nResidenza: ${A(p.addr)}`, "IT");
T("hr.note", ["en", "ko", "id", "nl", "en"], 5, (p, i) => ([
  `HR case note (confidential)\nEmployee: ${P(p.name)}, emp #E${int(10000, 99999)}\nManager: ${P(pick(["Rachel Stein", "Bongani Dlamini", "Mateus Rocha"]))}\nSummary: third late arrival this month; employee disclosed a caring responsibility for her mother. Agreed flexible start.\nHome phone ${Ph(p.phone("intl"))}, personal email ${E(p.email)}.`,
  `New hire checklist — ${P(p.name)}\n- start date: 2026-12-01 (not a DOB)\n- DOB: ${D(dob("en", p.born))}\n- SSN: ${SSN(ssn())}\n- direct deposit routing ${id("ABA_ROUTING_NUMBER")(aba())} acct ${id("BANK_ACCOUNT", true)(String(int(10000000, 999999999)))}\n- emergency contact ${P(pick(["Tunde Bakare", "Lorraine Mbeki", "Hoang Minh"]))} ${Ph(phone("US", "nat"))}`,
][i % 2]!), undefined);
T("pl-hr.note", ["pl"], 2, (p) => `Notatka kadrowa\nPracownik: ${P(p.name)}, PESEL ${id("PL_PESEL")(pesel(p.born.y, p.born.m, p.born.d, pick([true, false])))}\nAdres zamieszkania: ${A(p.addr)}\nTel.: ${Ph(phone("PL", "nat"))}\nUwagi: wniosek o urlop rodzicielski od 1 lutego.`, "PL");
T("sv-hr.note", ["sv"], 2, (p) => `Personalärende\nNamn: ${P(p.name)}\nPersonnummer: ${id("SE_PERSONNUMMER")(sePnr(p.born.y, p.born.m, p.born.d, pick([true, false])))}\nAdress: ${A(p.addr)}\nMobil: ${Ph(phone("SE", "nat"))}`, "SE");
T("fi-hr.note", ["en"], 1, (p) => `Henkilöstötiedot\nNimi: ${P(pick(["Aino Virtanen", "Mikko Heikkinen"]))}\nHenkilötunnus: ${id("FI_PERSONAL_IDENTITY_CODE")(hetu(p.born.y, p.born.m, p.born.d))}\nOsoite: ${A(pick(["Mannerheimintie 12 B 7, 00100 Helsinki", "Hämeenkatu 4 A 3, 33100 Tampere"]))}`);

// --- e-mail threads with signatures and quoted replies ----------------------------------------------------------------
T("email.thread", ["en", "yo", "zh", "is", "ig", "vi"], 6, (p, i) => {
  const q = persona(pick(["en", "nl", "es"]));
  return ([
    `Hi ${P(first(q))},\n\nSounds good — Thursday works. I've attached the signed form.\n\nBest,\n${P(p.name)}\nSenior Analyst | Halden & Roe\nM: ${Ph(p.phone("intl"))}\n${E(p.email)}\n\nOn Tue, 24 Nov 2026 at 09:12, ${P(q.name)} <${E(q.email)}> wrote:\n> Could you send the form back by Thursday? My direct line is ${Ph(q.phone("intl"))}.\n> Thanks!`,
    `From: ${P(p.name)} <${E(p.email)}>\nSent: Monday, 23 November 2026 17:40\nTo: accounts@harrowgate.example\nSubject: RE: refund\n\nPlease send the refund to my account instead of the card: ${IB(ibans.NL!())}.\n\n-----Original Message-----\n> Dear customer, we need your bank details to process the refund.\n\n--\n${P(p.name)}\n${A(p.addr)}`,
  ][i % 2]!);
});
T("de-email.thread", ["de"], 2, (p) => `Hallo ${P(first(p))},\n\nanbei die Unterlagen. Bitte ruf mich kurz an.\n\nViele Grüße\n${P(pick(["Markus Brandt", "Sabine Köhler"]))}\nTel. ${Ph(phone("DE", "intl"))}\n\nAm 20.11.2026 um 14:03 schrieb ${P(p.name)} <${E(p.email)}>:\n> Kannst du mir die Unterlagen an ${A(p.addr)} schicken?`, "DE");
T("ja-email.thread", ["ja"], 2, (p) => `${P(p.name)} 様\n\nいつもお世話になっております。ご依頼の書類を送付いたします。\n\n--\n株式会社ミドリ商事 営業部\n${P(pick(["鈴木 一郎", "田中 花子"]))}\nTEL: ${Ph(phone("JP", "nat"))}\nMail: ${E(pick(["suzuki.i", "tanaka.h"]) + "@midori-shoji.co.jp")}\n\n> ${P(p.name)} <${E(p.email)}> wrote:\n> 住所変更: ${A(p.addr)}`, "JP");
T("fr-email.thread", ["fr"], 2, (p) => `Bonjour Madame, Monsieur,\n\nSuite à notre échange, voici mes coordonnées mises à jour :\n${P(p.name)}\n${A(p.addr)}\nTél. : ${Ph(phone("FR", "intl"))}\n\nCordialement,\n${P(first(p))}\n\nLe 18 nov. 2026 à 10:55, service-client a écrit :\n> Merci de nous communiquer votre nouvelle adresse.`, "FR");
