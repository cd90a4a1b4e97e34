/** Sixth PII red-team set, part 2: English code with PII in fixtures and seed data, messy chat, addresses, phones, dates of birth and identifiers in varied surroundings (hand-written; checksum-valid values from the generators). */
import * as g from "../pii-sample-3/gen.js";
import * as y from "../pii-sample-4/gen4.js";
import * as x from "../pii-sample-5/gen5.js";
import { b, T } from "./cases-en.js";
const { P, E, PH, CC, IB, SSN, NI, IP, DOB, AD, PE, LO, OPT } = b;

// ---- (d) code with PII in fixtures / seed data ----
P("code.python")`Why does this test fail?
\`\`\`python
def test_customer_serializer():
    c = Customer(name="${PE("Eleanor Whitmore")}", email="${E("eleanor.whitmore@gmail.com")}",
                 dob=date(${DOB("1982, 5, 17")}), ssn="${SSN(g.ssn())}")
    assert serialize(c)["ssn"] == "***-**-****"
\`\`\``;
P("code.ts")`\`\`\`ts
export const seedUsers = [
  { id: 1, name: "${PE("Harriet Osei")}", phone: "${PH("+44 7723 118 940")}", postcode: "${T("UK_POSTCODE", "SE15 4QL")}" },
  { id: 2, name: "${PE("Kwabena Asare")}", phone: "${PH("+233 24 418 8172")}", postcode: null },
];
\`\`\`
can you convert this to a prisma seed script`;
P("code.sql")`INSERT INTO patients (first_name, last_name, date_of_birth, nhs_number, phone) VALUES
('${PE("Glenys")}', '${PE("Pritchard")}', '${DOB("1948-12-02")}', '${T("UK_NHS", g.nhs())}', '${PH("01970 624 118")}'),
('${PE("Rhodri")}', '${PE("ap Gwilym")}', '${DOB("1963-07-29")}', '${T("UK_NHS", g.nhs())}', '${PH("07812 330 554")}');
-- why is the second row rejected?`;
P("code.csv")`fix the quoting in this CSV please:
id,name,address,iban
1,"${PE("van der Linden, Joost")}","${AD("Prinsengracht 263-1, 1016 GV Amsterdam")}",${IB(g.ibans.NL!())}
2,"${PE("de la Cruz, María José")}","${AD("C/ de Mallorca 401, 4º 2ª, 08013 Barcelona")}",${IB(g.ibans.ES!())}`;
P("code.json")`my jest fixture keeps failing snapshot:
{"user":{"first":"${PE("Summer")}","last":"${PE("Holloway")}","card":"${CC(g.card.disc())}","exp":"09/29","billing":"${AD("3100 Welton St, Denver, CO 80205")}"}}`;
P("code.go")`\`\`\`go
var testAccounts = []Account{
    {Owner: "${PE("Nomvula Dlamini")}", IDNumber: "${T("ZA_ID_NUMBER", x.zaId(1994, 8, 12, true))}", Mobile: "${PH("082 441 3907")}"},
}
\`\`\`
refactor to table-driven tests`;
P("code.yaml")`\`\`\`yaml
fixtures:
  employee:
    name: ${PE("Sven-Erik Lindqvist")}
    personnummer: "${T("SE_PERSONNUMMER", g.sePnr(1977, 3, 21))}"
    email: ${E("sven-erik.lindqvist@telia.se")}
\`\`\`
is the personnummer format right for our validator?`;
P("code.ruby")`# spec/factories/users.rb
factory :user do
  name { "${PE("Aurelio Santángelo")}" }
  phone { "${PH("+54 9 11 4418-2273")}" }
  ip { "${IP(g.ipv4())}" }
end
Why does FactoryBot complain about uniqueness?`;
P("code.java")`\`\`\`java
@Test void masksIban() {
  var acct = new Account("${PE("Friederike Brandstätter")}", "${IB(g.ibans.AT!())}");
  assertEquals("AT** **** **** **** 1234", masker.mask(acct));
}
\`\`\``;
P("code.sqlseed")`-- seed.sql
INSERT INTO employees VALUES (101, '${PE("Hope")}', '${PE("Mwangi")}', '${E("hope.mwangi@safaricom.co.ke")}', '${PH("+254 722 418 390")}');
INSERT INTO employees VALUES (102, '${PE("Rose")}', '${PE("Achieng")}', '${E("rose.achieng@gmail.com")}', '${PH("+254 733 902 114")}');`;
P("code.pydict")`convert to pydantic:
customers = {
  "c_1": {"name": "${PE("Dimitra Katsarou")}", "afm": "${OPT(T("GR_TAX_ID", "104882391"))}", "iban": "${IB(g.ibans.GR!())}"},
  "c_2": {"name": "${PE("Yannis Karagiannis")}", "afm": "${OPT(T("GR_TAX_ID", "047119283"))}", "iban": "${IB(g.ibans.GR!())}"},
}`;
P("code.log")`traceback excerpt:
  File "billing.py", line 88, in charge
    raise CardError(f"declined for {user}")
CardError: declined for User(name='${PE("Cormac Ó Súilleabháin")}', card='${CC(g.card.visa())}', email='${E("cormac.os@eircom.net")}')`;
P("code.graphql")`mutation { createContact(input: {name: "${PE("Thandiwe Mokoena")}", phone: "${PH("+27 83 552 0914")}", idNumber: "${T("ZA_ID_NUMBER", x.zaId(1989, 11, 3, true))}"}) { id } }
why am I getting a validation error on idNumber`;
P("code.env")`.env.test
TEST_USER_NAME=${PE("Björk Guðmundsdóttir-Hale")}
TEST_USER_EMAIL=${E("bjork.gh@fastmail.com")}
TEST_USER_PHONE=${PH("+354 661 2384")}`;

// ---- (e) messy chat, names in many shapes ----
P("chat.lower")`hey can u remind me what ${PE("frank")} said about the rent, ${PE("will")} thinks we owe ${PE("grace")} 200 quid but ${PE("bill")} says no`;
P("chat.typo")`my sisters name is ${PE("Aishwariya Ramakrisnan")} (sorry if i spelt it wrong lol) and her numbr is ${PH("98450 31127")}, can u write her a bday msg`;
P("chat.initials")`cc ${PE("J. R. Okafor")} and ${PE("M. A. de la Fuente")} on the summary, and ask ${PE("T.J.")} to send ${PE("Dr. K. Y. Ansah")} the slides`;
P("chat.particles")`Guest list: ${PE("Ludwig van der Heijden")}, ${PE("Amir bin Rashid")}, ${PE("Layla al-Mansouri")}, ${PE("Sofía de la Torre y Ortega")}, ${PE("Jean-Baptiste Le Goff")}, ${PE("Ciarán Mac Giolla Phádraig")}`;
P("chat.wordnames")`Can you seat ${PE("Hope")} away from ${PE("Faith")}? And ${PE("Major Thompson")} is vegan, ${PE("Summer Lyons")} needs step-free access, ${PE("Rose Bud")}... no wait that's ${PE("Rosie Budd")}.`;
P("chat.major")`${PE("Major")} texted — he's running late. ${PE("Will")} can you pick up ${PE("Grace")} from school?`;
P("chat.cyrillic")`translate this into English please: "Меня зовут ${PE("Анастасия Кузнецова")}, мой телефон ${PH("+7 916 238-44-17")}, я живу по адресу ${AD("ул. Профсоюзная, д. 56, кв. 112, Москва, 117393")}"`;
P("chat.greek")`What does this say? "Ο ${PE("Γιώργος Παπαδόπουλος")} γεννήθηκε στις ${DOB("12 Μαΐου 1979")}"`;
P("chat.arabic")`reply politely to this customer: "اسمي ${PE("محمد عبد الرحمن")} ورقم هاتفي ${PH("+971 50 312 8841")}"`;
P("chat.hebrew")`Translate: "שלום, שמי ${PE("נועה לוי")}, הטלפון שלי ${PH("052-718-4493")}"`;
P("chat.devanagari")`can u make this hindi note formal: "मेरा नाम ${PE("सुनीता शर्मा")} है, मेरा फ़ोन ${PH("98110 44732")} है"`;
P("chat.cjk")`Put these names in a table with romanisation: ${PE("王小明")}, ${PE("佐藤花子")}, ${PE("김민준")}, ${PE("陳美玲")}`;
P("chat.thai")`what does it say: "ชื่อ ${PE("สมชาย ใจดี")} โทร ${PH("081 234 5678")}"`;
P("chat.mixed")`ok so ${PE("lwazi")} and ${PE("thabo")} r coming, ${PE("nomsa")} cant. thabo's email is ${E("thabo.m88@webmail.co.za")} if u need it`;
P("chat.hyphen")`Please address the envelope to ${PE("Mrs Anne-Marie Forsyth-Grant")} and ${PE("Mr Hugh Fotheringham-Smythe")}.`;
P("chat.nickname")`my manager ${PE("Bartholomew \"Bart\" Nkemelu")} keeps calling me at 11pm on ${PH("07419 552 860")}. how do I raise this?`;

// ---- (f) addresses in many shapes, English prompts ----
P("addr.us.po")`Where should I send the W-9? Vendor says: ${PE("Ramona Quintero")}, ${AD("PO Box 7702, Santa Fe, NM 87504-7702")}.`;
P("addr.rural")`delivery instructions: ${AD("RR 2, Site 5, Box 14, Didsbury, AB T0M 0W0")} — past the grain elevator, blue gate. Ask for ${PE("Arnie Wiebe")}.`;
P("addr.india")`Courier to ${PE("Meenakshi Iyer")}, ${AD("Flat 3B, Sai Krupa Apartments, 14th Cross, Malleshwaram, Bengaluru 560003")}, near Mantri Mall. Mob ${PH("+91 98451 20733")}.`;
P("addr.landmark")`Send the parcel to ${PE("Esther Wanjiku")}, ${AD("House 14, off Ngong Road, behind Adams Arcade, Nairobi")}. Call ${PH("0722 558 031")} on arrival.`;
P("addr.jp")`Please format this Japanese address for an English label: ${AD("〒150-0002 東京都渋谷区渋谷2丁目21-1 ヒカリエ12階")} ${PE("山田太郎")}様`;
P("addr.au")`Ship to ${PE("Callum O'Rourke")}, ${AD("Lot 12, Kennedy Hwy, Mareeba QLD 4880")}.`;
P("addr.nz")`Return address: ${AD("PO Box 5521, Lambton Quay, Wellington 6145")}, attn ${PE("Mere Paewai")}`;
P("addr.uk")`new addy: ${AD("Flat 6, Rosemary Court, 41 Church Lane, Harrogate, HG1 2BS")} (${PE("Rosemary")} lives in ${OPT(AD("flat 5"))} lol)`;
P("addr.mx")`Dirección de envío: ${PE("Guadalupe Ramírez Solís")}, ${AD("Calle Independencia 45, Col. Centro, 68000 Oaxaca de Juárez, Oax.")} — please translate the delivery note.`;
P("addr.ph")`Deliver to ${PE("Ma. Cristina Dela Cruz")}, ${AD("Blk 7 Lot 22, Phase 2, Camella Homes, Brgy. Molino III, Bacoor, Cavite 4102")}, ${PH("0917 842 3305")}`;

// ---- (g) phones ----
P("phone.ext")`Call ${PE("Dana Whitaker")} at ${PH("(617) 342-8890")} ext. 214, or her cell ${PH("617.902.4471")}.`;
P("phone.intl")`Numbers for the conference team: ${PE("Jonas")} ${PH("+49 (0)171 338 2290")}, ${PE("Aiko")} ${PH("+81 3-6821-4410")}, ${PE("Rafael")} ${PH("+55 21 99812-4407")}, ${PE("Noa")} ${PH("+972 54-331-2286")}.`;
P("phone.nospace")`whatsapp me on ${PH("+447700183392")} or my wife ${PE("Yetunde")} ${PH("+2348033419920")}`;
P("phone.vanity")`office ${PH("+61 2 9374 4000")} (switchboard), ask for ${PE("Kylie Brennan")}, direct ${PH("+61 2 9374 4128")}`;

// ---- (h) DOBs ----
P("dob.words")`I was born on the ${DOB("twenty-third of November, 1969")} — what day of the week was that? — ${PE("Margaret")}`;
P("dob.short")`Pt ${PE("R. Okonjo")}, DOB ${DOB("03/04/87")}, BP 142/91, on amlodipine`;
P("dob.age")`Applicant: ${PE("Cheng Wei")}, D.O.B. ${DOB("Jan 9th 2003")}, student visa`;
P("dob.iso")`{"member":"${PE("Ilse Vermeulen")}","date_of_birth":"${DOB("1995-10-02")}","club":"Ajax Vrouwen Supporters"}`;

// ---- (i) identifiers in varied surroundings ----
P("ids.us")`HR onboarding packet for ${PE("Tanisha Brooks")}: SSN ${SSN(g.ssn())}, driver's license ${T("US_DRIVER_LICENSE", "D-482-771-933-104")} (MD), passport ${T("US_PASSPORT", x.usPassport())}.`;
P("ids.uk")`Can you check this payslip looks right? Employee: ${PE("Ciara Doherty")}, NI No: ${NI(g.nino().replace(/^(..)(..)(..)(..)(.)$/, "$1 $2 $3 $4 $5"))}, tax code 1257L.`;
P("ids.nhs")`gp letter says my nhs no is ${T("UK_NHS", g.nhs().replace(/^(...)(...)(....)$/, "$1 $2 $3"))} — is that the same as my NI number?`;
P("ids.ssn.text")`my ssn is ${SSN(g.ssn().replace(/-/g, " "))} and my wife ${PE("Lorraine")}'s is ${SSN(g.ssn())}, which goes on line 6?`;
P("ids.cards")`Expense report: flights on ${CC(g.fmtCard(g.card.amex()))} (corporate), hotel on my personal ${CC(g.card.jcb())}. Can you tell which is which?`;
P("ids.iban")`Pay the deposit to ${PE("Aoife Brennan")}, ${IB(g.spaced(g.ibans.IE!()))}, ref "Lakeview cottage".`;
P("ids.ip")`Our fraud tool flagged login from ${IP(g.ipv4())} and ${IP(g.ipv6())} for user ${E("kwame.mensah@gmail.com")}. Explain the risk.`;
P("ids.india")`KYC docs for ${PE("Vikram Malhotra")}: Aadhaar ${T("IN_AADHAAR", x.aadhaar())}, PAN ${T("IN_PAN", x.pan("Malhotra"))}. Write the verification note.`;
P("ids.medicare")`Medicare beneficiary ${PE("Dolores Whitfield")}, MBI ${T("US_MBI", x.mbi())}, provider NPI ${T("US_NPI", x.npi())}.`;
P("ids.kr")`Translate the form: 성명 ${PE("이서연")}, 주민등록번호 ${T("KR_RRN", x.krRrn(1992, 6, 14, true))}`;
