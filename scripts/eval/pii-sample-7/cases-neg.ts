/** Hard negatives of the seventh PII set (~100): brands and products named after people or streets, placeholders and
 *  blank templates in many languages and scripts, identifiers failing their checksums, version strings and OIDs,
 *  order/tracking/invoice ids, dates that are not birth dates, names used as common words, places in general
 *  questions, organisations' published contact details (optional labels), fictional characters (optional PERSON), and
 *  a few public figures (required PERSON, kind "*.public", as in set 6). */
import { b } from "./build.js";
import { Ao, Eo, P, Pho, Po } from "./marks.js";
import { card, digits, fmtCard, ibans, int, pick } from "../pii-sample-3/gen.js";
import { failingElevenTest, failingLuhn16 } from "../pii-sample-5/gen5.js";

/** The language of a negative text (by script, then by a few function words), as the kind's prefix ("" = English). */
function lang(t: string): string {
  const tests: [string, RegExp][] = [["ja", /[\u3040-\u30ff]|記入例|返品/], ["ko", /[\uac00-\ud7af]/], ["zh", /[\u4e00-\u9fff]/], ["ar", /[\u0600-\u06ff]/],
    ["vi", /[ăđơưạảấầẩậắằặẹẻẽếềểễệịọỏốồổộớờởợụủứừửữựỹ]/], ["is", /Dæmi|Aðal/], ["pl", /Przykład/], ["it", /Esempio/], ["pt", /Qual é/],
    ["es", /¿|\b(Ejemplo|pedido|Ella dijo|plazo|ticket \d)/], ["nl", /\b(Voorbeeld|Factuurnummer|Ordernummer|Ik heb|Wat kost)\b/],
    ["de", /\b(Die|Der|Ich|Kontonummer|Rechnung|Sendungsnummer|Beispiel|Welche|Clinic address: Haupt)\b/], ["fr", /\b(Le|La|Réf|Service client|Analyse)\b/]];
  for (const [k, re] of tests) if (re.test(t)) return k === "fr" && /Analyse how/.test(t) ? "" : k + "-";
  return "";
}
const N = (kind: string, text: string) => b.add("neg", /^[a-z]{2}-/.test(kind) ? kind : lang(text) + kind, text);
/** An IBAN with its check digits altered, so mod 97 fails. */
const badIban = (cc: string) => { const v = ibans[cc]!(); const k = (+v.slice(2, 4) + int(1, 40)) % 97; return v.slice(0, 2) + String(k < 2 ? k + 2 : k).padStart(2, "0") + v.slice(4); };
/** A Luhn-valid number with one digit changed (fails Luhn). */
const badCard = () => { const v = card.visa(); const i = int(4, 14); return v.slice(0, i) + String((+v[i]! + int(1, 8)) % 10) + v.slice(i + 1); };

// brands, products and places named after people or streets
for (const t of [
  "Add two pints of Ben & Jerry's Chunky Monkey and a Dr Pepper to the grocery list.",
  "Is the Harley-Davidson Street Glide or the Ford Mustang Mach-E better for long trips?",
  "We're out of Jack Daniel's and Tim Hortons coffee pods, reorder from the usual vendor.",
  "Compare Wells Fargo and Charles Schwab checking accounts for a small business.",
  "Our tasting menu pairs the Beef Wellington with a glass of Dom Pérignon.",
  "Book a table at Wendy's? No — at Nando's on Oxford Street, they have the halloumi.",
  "The Abbey Road remaster sounds thin on my Bang & Olufsen speakers.",
  "Which is cheaper to run: a Tesla Model 3 or a Mercedes-Benz EQA?",
  "Le parfum Chanel N°5 et le sac Louis Vuitton sont en rupture de stock.",
  "¿El McDonald's de la Gran Vía abre los domingos?",
  "Ich suche eine Filiale von Rossmann in der Nähe der Königsallee.",
  "三得利（Suntory）和麒麟（Kirin）哪个啤酒更好喝？",
  "ジョージア（缶コーヒー）の新しい味はいつ発売ですか？",
  "Wat kost een abonnement bij Albert Heijn Premium?",
  "Order the Jordan 1 Retro High in size 44 and a Levi's 501.",
]) N("brand.product", t);

// placeholders and blank templates
for (const t of [
  "Dear {{customer.first_name}} {{customer.last_name}},\n\nYour order {{order.id}} has shipped to {{shipping.address}}. Questions? Call {{support.phone}}.",
  "Hi [NAME], thanks for signing up! Confirm your email: [EMAIL]",
  "Name: ____________  Date of birth: __/__/____  Phone: (___) ___-____  SSN: ___-__-____",
  "Example: John Doe, 123 Main St, Anytown, USA, john.doe@example.com",
  "Beispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt",
  "Ejemplo de formulario: Fulano de Tal, Calle Falsa 123, correo usuario@ejemplo.com",
  "예시: 홍길동, 서울시 OO구 OO로 00, 010-0000-0000",
  "Ví dụ: Nguyễn Văn A, số nhà XX, đường YY, quận ZZ",
  "記入例：山田 太郎、〒000-0000 東京都○○区○○1-2-3",
  "Voorbeeld: Jan Modaal, Dorpsstraat 1, 1234 AB Ergens",
  "Esempio: Mario Rossi, Via Roma 1, 00100 Roma",
  "Przykład: Jan Kowalski, ul. Przykładowa 1, 00-000 Miasto",
  "示例：张三，手机号 138xxxxxxxx，地址：某省某市某区",
  "<first_name> <last_name> <<email_address>> — replace before sending",
  "const user = { name: faker.person.fullName(), email: faker.internet.email(), phone: faker.phone.number() };",
  "Template variables available: ${recipient.name}, ${recipient.iban}, ${recipient.dob}",
  "Dæmi: Jón Jónsson, Aðalstræti 1, 101 Reykjavík",
  "مثال: فلان الفلاني، شارع ١، المدينة",
]) N("placeholder", t);

// identifiers failing their checksums; look-alike numbers
for (let i = 0; i < 14; i++) N("checksum.invalid", [
  `Test card for the sandbox (fails Luhn on purpose): ${fmtCard(failingLuhn16())}`,
  `Die IBAN ${badIban("DE")} wird vom Bankportal als ungültig abgelehnt — Tippfehler in der Prüfziffer?`,
  `Factuurnummer ${failingElevenTest()} staat nog open, graag betalen voor vrijdag.`,
  `Le numéro ${badIban("FR")} est refusé : clé de contrôle incorrecte.`,
  `card ${fmtCard(badCard())} got "invalid number" at checkout — I think I mistyped a digit`,
  `Kontonummer-Prüfung: ${badIban("AT")} → Prüfsumme falsch`,
  `Ordernummer ${failingElevenTest()} is verzonden via PostNL.`,
  `Réf. dossier ${digits(13)} — merci de la rappeler dans votre courrier.`,
][i % 8]!);
for (const t of [
  "SSN 000-12-3456 is never issued; use it only in unit tests.",
  "The docs use 078-05-1120, the famous Woolworth wallet SSN, as an example of a voided number.",
  "Our fake data generator emits 666-xx-xxxx patterns, which the SSA never assigns.",
  "NHS number 123 456 7890 appears in the training slides as a dummy value.",
]) N("checksum.example", t);

// version strings, OIDs, build numbers, coordinates that look like IPs or phones
for (const t of [
  `Upgrade from 10.4.${int(1, 9)}.${int(100, 250)} to 10.5.0.12 fixed the memory leak.`,
  "The RSA OID is 1.2.840.113549.1.1.1; the SHA-256 one is 2.16.840.1.101.3.4.2.1.",
  `Build 2026.11.${int(10, 27)}.${int(1000, 9999)} failed on the arm64 runner.`,
  `Chrome/131.0.${int(6000, 6999)}.${int(10, 200)} Safari/537.36 — is this user agent current?`,
  "Set the timeout to 00:00:30:00 and the frame rate to 29.97 in ffmpeg.",
  "ISBN 978-3-16-148410-0 and ISSN 0317-8471 are on the colophon page.",
  "Our DUNS is 15-048-3782 and the GS1 prefix 0614141.",
  "The mean of 415 555 0132 and 212 555 0199 is irrelevant here — these are 555 fiction numbers from the style guide.",
  "GPS fix: 52.3676, 4.9041 (Amsterdam Centraal), accuracy 12 m.",
  "net.ipv4.tcp_rmem = 4096 87380 6291456",
  "Use semver: 2.14.3-rc.1+build.5114 is lower than 2.14.3.",
  "Kernel 6.8.0-49-generic, glibc 2.39, python 3.12.7",
]) N("version.lookalike", t);

// order / tracking / invoice ids
for (let i = 0; i < 8; i++) N("order.id", [
  `Where is my order #${int(100, 999)}-${digits(7)}-${digits(7)}? Tracking 1Z${digits(3)}AA${digits(10)}.`,
  `Mi pedido ${int(10000000, 99999999)} sigue "en tránsito", número de seguimiento ${digits(22)}.`,
  `Rechnung RE-2026-${digits(5)} vom 03.11.2026, Kundennummer K${digits(7)}.`,
  `注文番号 ${digits(3)}-${digits(7)}-${digits(7)} の配送状況を教えてください。`,
  `Invoice INV-${digits(6)} and PO ${digits(10)} are both unpaid.`,
  `El ticket ${digits(6)} se cerró sin respuesta, referencia interna CX-${digits(5)}.`,
  `Sendungsnummer ${digits(20)} hängt seit Tagen im Paketzentrum.`,
  `返品受付番号 RMA-${digits(8)} で処理されています。`,
][i]!);

// dates that are not dates of birth
for (const t of [
  "The contract was signed on 4 March 1987 and expires on 31 December 2027.",
  "La Révolution a commencé le 14 juillet 1789.",
  "Die Mauer fiel am 9. November 1989.",
  "Release 3.0 ships on 12/03/2026; code freeze is 11/28/2026.",
  "Reminder: quarterly VAT return due 2027-01-31.",
  "El plazo de inscripción termina el 15 de enero de 2027.",
  "会議は2026年12月3日14時からです。",
]) N("date.notdob", t);

// names used as common words
for (const t of [
  "I hope grace and patience will carry us through this quarter; the bill is due in May.",
  "Will you mark the rose bed before the frost? Summer was too short this year.",
  "April showers bring May flowers, says the old rhyme.",
  "Frank feedback: the dashboard is slow and the colours are too dark.",
  "The major issue is that the jack on the amp is loose.",
  "Ik heb de bus gemist, dus ik kom iets later. Groet!",
  "Ella dijo que la rosa del jardín necesita más sol.",
  "Der Wolf im Märchen ist nur ein Symbol für Gefahr.",
]) N("words.names", t);

// places in general questions (unlabelled)
for (const t of [
  "What's the best time of year to visit Lagos and Abuja?",
  "How far is Hà Nội from Hạ Long Bay by bus?",
  "Is Reykjavík or Akureyri better for seeing the northern lights?",
  "Qual é o melhor bairro para ficar em Lisboa?",
  "東京から大阪まで新幹線で何時間かかりますか？",
  "서울에서 부산까지 KTX 요금이 얼마예요?",
  "¿Cuál es la capital de Colombia y cuántos habitantes tiene?",
  "Welche Sehenswürdigkeiten gibt es in Leipzig?",
]) N("place.general", t);

// organisations' published contact details (optional)
for (const t of [
  `Customer service: ${Pho("+44 20 7946 0000")}, ${Eo("help@northwind-energy.co.uk")}, open 8am-8pm.`,
  `Clinic address: ${Ao("Hauptstraße 5, 69117 Heidelberg")} — Sprechzeiten Mo-Fr 8-12 Uhr.`,
  `Service client : ${Eo("contact@boulangerie-martin.fr")}. Nous répondons sous 48 h.`,
]) N("org.contact", t);

// fictional characters in literary analysis (optional PERSON)
for (const t of [
  `Analyse how ${Po("Okonkwo")} in Things Fall Apart embodies fear of weakness, compared with ${Po("Nwoye")}.`,
  `In "Cien años de soledad", ¿qué representa ${Po("Aureliano Buendía")} frente a ${Po("Úrsula Iguarán")}?`,
  `Discuss the symbolism of ${Po("Gatsby")}'s green light and ${Po("Daisy")}'s voice.`,
  `「吾輩は猫である」の語り手と${Po("苦沙弥先生")}の関係を説明してください。`,
  `Explain the arc of ${Po("Kiều")} in Truyện Kiều.`,
]) N("fiction", t);

// public figures: PERSON (required), as in set 6
for (const t of [
  `What did ${P("Chimamanda Ngozi Adichie")} say in her TED talk about the single story?`,
  `Summarise ${P("Angela Merkel")}'s refugee policy of 2015 in three bullet points.`,
  `${P("Björk")} and ${P("Sigur Rós")} — which album should I start with?`,
  `Explique la política económica de ${P("Andrés Manuel López Obrador")}.`,
]) N("public", t);

// misc look-alikes: hashes, MAC-like, IPs of documentation, UUIDs
for (const t of [
  `commit ${[...Array(40)].map(() => pick("0123456789abcdef".split(""))).join("")} fixed the flaky test`,
  `request_id=${[...Array(8)].map(() => pick("0123456789abcdef".split(""))).join("")}-4b1c-9a2e-1f0c${digits(8)}`,
  "Timestamps 12:30:45:10:22:33 are hh:mm:ss pairs, not a hardware address.",
  "Color palette: #1a2b3c, #ffcc00, #00aaff.",
  "The docs use 192.0.2.10 and 2001:db8::1 as example addresses (RFC 5737 / RFC 3849).",
  "Room booking: conference room B-204, capacity 12, projector on.",
  "Population of Lagos State 2006 census: 9,113,605 (disputed).",
  `ETA ${int(10, 59)} min, package weighs ${int(1, 9)}.${int(1, 9)} kg, fee €${int(5, 20)}.${int(10, 99)}.`,
]) N("lookalike", t);
void [Po, card];
