/** Red-team set, part 1: PII in enterprise prompts (hand-written scenarios with generated, checksum-valid values). */
import * as g from "./gen.js";
import { caseBuilder } from "../pii-secrets-sample/labels.js";
export const b = caseBuilder();
const { P, E, PH, CC, IB, SSN, NI, IP, DOB, AD, PE, LO, OPT } = b;
export const T = (t: string, v: string): [string, string] => [t, v];
const { pick, int, pad } = g;

// ---------------- customer support tickets ----------------
{
  const c = g.card.visa(), i = g.ibans.DE();
  P("ticket")`[Zendesk #884120] Requester: ${PE("Katharina Vogel")} <${E("k.vogel@posteo.de")}>
Priority: high
Kundin meldet doppelte Abbuchung. Karte endet auf 4417, Rückerstattung bitte auf IBAN ${IB(g.spaced(i))}. Rückruf unter ${PH("0151 23847291")}.`;
  P("ticket")`Ticket INC-20931 — customer ${PE("Marcus Whitfield")} says his card ${CC(g.fmtCard(c))} exp 09/27 was charged twice for order #A-778213. He's at ${AD("4415 Larkspur Lane, Boise, ID 83709")}. Please draft an apology email.`;
  P("ticket")`Summarise this ticket for the L2 queue:
> Hola, soy ${PE("Lucía Fernández Ortega")}, mi DNI es ${T("ES_NIF", g.nif())} y no puedo acceder a mi cuenta. Mi móvil es ${PH("+34 612 48 91 07")}. Gracias.`;
  P("ticket")`Freshdesk ticket 55102 / requester ${E("theo.garnier@laposte.net")}: "Bonjour, ma commande n'est jamais arrivée au ${AD("18 rue des Tanneurs, 67000 Strasbourg")}. Tél ${PH("06 73 18 42 95")}."`;
  P("ticket")`Customer ${PE("Pieter Bakker")} (klantnummer 10048823) vraagt om terugstorting op ${IB(g.ibans.NL())}. BSN opgegeven bij registratie: ${T("NL_BSN", g.bsn())}.`;
  P("ticket")`Jira SUP-4471: user ${PE("Agnieszka Wójcik")} cannot verify identity. PESEL she entered: ${T("PL_PESEL", g.pesel(1988, 11, 23, true))}, phone ${PH("+48 601 382 914")}. KYC vendor says mismatch — can you help me write the reply?`;
  P("ticket")`Support chat export
[10:02] Visitor (${PE("Aarav Sharma")}): my aadhaar ${T("IN_AADHAAR", g.group(g.aadhaar(), [4, 4, 4], " "))} is linked but e-KYC keeps failing
[10:03] Agent: could you confirm your mobile?
[10:03] Visitor: ${PH("+91 98450 27163")}`;
  P("ticket")`Please classify this complaint: "I am ${PE("Mariana Souza Lima")}, CPF ${OPT(T("BR_CPF", g.cpf()))}, my WhatsApp is ${PH("+55 11 98734-2210")}, the parcel to ${OPT(LO("São Paulo"))} never arrived."`;
  P("ticket")`Ticket from ${PE("Yui Takahashi")}: 注文番号 88123 の件です。電話 ${PH("090-4127-8836")} までご連絡ください。`;
  P("ticket")`Escalation: ${PE("Chen Jiahao")} (${E("jiahao.chen@163.com")}, mobile ${PH("+86 139 1782 4406")}) reports the invoice shows the wrong company name.`;
}

// ---------------- HR letters ----------------
{
  P("hr")`Draft an offer letter for ${PE("Sigrid Halvorsen")}, start date 1 March, salary NOK 780,000. Her address: ${AD("Thereses gate 14B, 0452 Oslo")}. Personal e-mail ${E("sigrid.halvorsen@online.no")}.`;
  P("hr")`Bitte formuliere ein Arbeitszeugnis für Herrn ${PE("Jürgen Hoffmann")}, geb. ${DOB("17.04.1979")}, wohnhaft ${AD("Lindenstraße 14, 10969 Berlin")}, Steuer-ID ${T("DE_TAX_ID", g.deSteuerId())}, beschäftigt vom 01.02.2016 bis 31.12.2024 als Lagerleiter.`;
  P("hr")`Payroll change request
Employee: ${PE("Camille Lefèvre")}
N° de sécurité sociale : ${T("FR_NIR", g.fmtNir(g.frNir(2, 91, 6, "69")))}
Nouveau RIB : ${IB(g.spaced(g.ibans.FR()))}
Please confirm the change is effective from the next payroll run.`;
  P("hr")`Lettera di assunzione per ${PE("Giulia Bianchi")}, codice fiscale ${T("IT_FISCAL_CODE", g.codiceFiscale("Bianchi", "Giulia", 1992, 3, 8, true, "F205"))}, residente in ${AD("Via Giuseppe Garibaldi 27, 20121 Milano")}. Make it more formal please.`;
  P("hr")`Onboarding checklist for ${PE("Mikko Virtanen")} — henkilötunnus ${T("FI_PERSONAL_IDENTITY_CODE", g.hetu(1990, 5, 4))}, tili ${IB(g.spaced(g.ibans.FI()))}, puhelin ${PH("040 718 2294")}.`;
  P("hr")`Write a warm farewell note for ${PE("Oskar Nyström")} who is leaving after 9 years. (HR file: personnummer ${T("SE_PERSONNUMMER", g.sePnr(1983, 9, 14))}, don't include it obviously)`;
  P("hr")`HR case 2024-117: complaint filed by ${PE("Freja Mortensen")} (CPR ${T("DK_CPR", g.dkCpr(1994, 2, 11))}) against her line manager ${PE("Anders Kjærgaard")}. Summarise the key allegations below in neutral language.`;
  P("hr")`Reference letter: To whom it may concern, ${PE("Priyanka Iyer")} (PAN ${T("IN_PAN", "AQRPI" + g.digits(4) + "K")}) worked with us in ${OPT(LO("Chennai"))} as a senior analyst from 2019 to 2023.`;
  P("hr")`Employee record for the UK payroll bureau: ${PE("Gareth Llewellyn")}, NI number ${NI(g.group(g.nino(), [2, 2, 2, 2, 1], " "))}, ${AD("27 Wellington Road, Cardiff CF11 9LJ")}, DOB ${DOB("02/08/1985")}.`;
  P("hr")`I-9 verification notes: ${PE("Rosa Delgado")}, SSN ${SSN(g.ssn())}, ${T("US_DRIVER_LICENSE", "D" + g.digits(7))} (California driver license), US passport ${T("US_PASSPORT", g.digits(9))}. Which of these do we actually need to retain?`;
}

// ---------------- medical intake ----------------
{
  P("medical")`Patient intake — ${PE("Eleanor Whitcombe")}, DOB ${DOB("1958-11-03")}, NHS No. ${T("UK_NHS", g.fmtNhs(g.nhs()))}. Presenting with chest tightness on exertion for 3 weeks, BP 152/94. GP: Dr ${PE("Anil Mehta")}. Please draft a referral letter to cardiology.`;
  P("medical")`Anamnese: Pat. ${PE("Sabine Lehmann")}, *${DOB("23.06.1971")}, KVNR ${OPT(T("DE_HEALTH_INSURANCE", "A123456780"))}, seit 2 Wochen Schwindel. Bitte Arztbrief formulieren.`;
  P("medical")`Summarise for handover: 67yo male, ${PE("Harold Jennings")}, MRN 00482213, Medicare ${OPT(T("US_MBI", "1EG4TE5MK73"))}, admitted 14/05 with community-acquired pneumonia, allergies: penicillin. Contact: daughter ${PE("Lisa Jennings")} ${PH("(503) 847-2291")}.`;
  P("medical")`Compte rendu : Mme ${PE("Élodie Marchand")}, née le ${DOB("12/09/1986")}, NIR ${T("FR_NIR", g.frNir(2, 86, 9, "33"))}, consulte pour lombalgie chronique. Traduire en anglais s'il te plaît.`;
  P("medical")`Dental clinic CSV — fix the formatting:
patient,dob,phone,insurer
${PE("Tomasz Nowak")},${DOB("1979-02-14")},${PH("+48 512 903 477")},NFZ
${PE("Ingrid Solberg")},${DOB("1990-07-30")},${PH("+47 924 71 853")},Storebrand`;
  P("medical")`Therapy session note (client ${PE("Daniel Okafor")}, ${E("d.okafor1992@gmail.com")}): client reports panic attacks since the divorce; lives alone at ${AD("88 Kingsland Road, London E2 8DP")}. Rewrite in SOAP format.`;
}

// ---------------- insurance claims ----------------
{
  P("claim")`Claim FNOL-77120: policyholder ${PE("Lorenzo Esposito")}, C.F. ${T("IT_FISCAL_CODE", g.codiceFiscale("Esposito", "Lorenzo", 1977, 10, 2, false, "F839"))}, incidente in ${AD("Corso Vittorio Emanuele II 84, 10121 Torino")}, IBAN per rimborso ${IB(g.ibans.IT())}. Classify the damage type.`;
  P("claim")`Schadenmeldung: Versicherungsnehmer ${PE("Matthias Krüger")}, Tel. ${PH("+49 (0)89 2318 4470")}, Unfall am 03.02. auf der A9 bei ${LO("Ingolstadt")}. Bitte in Stichpunkten zusammenfassen.`;
  P("claim")`Auto claim: insured ${PE("Jasmine Carter")}, license ${T("US_DRIVER_LICENSE", "C" + g.digits(7))} (CA), VIN 1HGCM82633A004352, other party ${PE("Kevin Brandt")} phone ${PH("916-473-2281")}. Write the liability summary.`;
  P("claim")`Reclamación: asegurada ${PE("Carmen Delgado")}, NIE ${T("ES_NIE", g.nie())}, domicilio ${AD("Calle de Alcalá 123, 3º B, 28009 Madrid")}, cuenta ${IB(g.spaced(g.ibans.ES()))}.`;
  P("claim")`Travel insurance claim — ${PE("Haruto Sato")} lost baggage in ${LO("Lisbon")}; passport ${OPT(T("JP_PASSPORT", "TK" + g.digits(7)))}; reach him on ${PH("+81 90-2284-1937")} or ${E("haruto.sato@docomo.ne.jp")}.`;
}

// ---------------- bank chat transcripts ----------------
{
  P("bank")`Chat transcript (bank):
Customer: hi I need to send money to my landlord, his IBAN is ${IB(g.spaced(g.ibans.GB()))}, name ${PE("Callum Fraser")}
Agent: Thanks. And the reference?
Customer: Flat 2 rent March`;
  P("bank")`Agent notes: caller verified with DOB ${DOB("04/12/1969")} and last 4 of SSN. Full SSN on file ${SSN(g.ssn())}. Routing ${T("ABA_ROUTING_NUMBER", g.aba())} account ${T("US_BANK_NUMBER", g.digits(10))}. Customer ${PE("Brenda Hollis")} disputes wire of $4,200.`;
  P("bank")`Klant: Mijn rekening is ${IB(g.ibans.NL())}, ik ben ${PE("Sanne de Vries")} en woon op ${AD("Keizersgracht 221, 1016 DV Amsterdam")}. Waarom is mijn pas geblokkeerd?`;
  P("bank")`Klient: przelew na ${IB(g.spaced(g.ibans.PL()))} nie doszedł. ${PE("Piotr Zieliński")}, tel. ${PH("+48 22 519 40 17")}.`;
  P("bank")`Please translate: "Ciao, sono ${PE("Francesca Romano")}, il mio IBAN è ${IB(g.spaced(g.ibans.IT()))} e la carta ${CC(g.group(g.card.mc(), [4, 4, 4, 4], "-"))} è stata clonata."`;
  P("bank")`Customer gave card ${CC(g.card.amex())} CVV 4410 over chat — I know, I know. How do I purge it from the transcript?`;
  P("bank")`Wire instructions from client: beneficiary ${PE("Aino Korhonen")}, ${IB(g.ibans.FI())}, BIC NDEAFIHH; secondary account ${IB(g.spaced(g.ibans.BE()))} (KBC).`;
  P("bank")`Bitcoin withdrawal to ${T("CRYPTO", g.btcP2pkh())} failed, customer ${E("lukas.schaefer@web.de")} asks why.`;
  P("bank")`Send the refund in ETH to ${T("CRYPTO", g.ethAddr())} — customer ${PE("Thiago Albuquerque")} confirmed by phone ${PH("+55 21 99812-4730")}.`;
}

// ---------------- CRM exports (markdown tables, CSV) ----------------
{
  const rows = [
    ["Katarzyna Wiśniewska", "k.wisniewska@onet.pl", "+48 693 214 880", "Kraków"],
    ["Joost van der Berg", "joost.vdberg@ziggo.nl", "+31 6 41827733", "Utrecht"],
    ["Margaux Dufresne", "margaux.dufresne@free.fr", "+33 7 81 22 39 04", "Nantes"],
    ["Alejandro Navarro", "a.navarro@telefonica.net", "+34 655 201 388", "Sevilla"],
  ] as const;
  P("crm-md")`Can you dedupe this CRM export?
| Name | E-Mail | Phone | City |
|------|--------|-------|------|
| ${PE(rows[0][0])} | ${E(rows[0][1])} | ${PH(rows[0][2])} | ${LO(rows[0][3])} |
| ${PE(rows[1][0])} | ${E(rows[1][1])} | ${PH(rows[1][2])} | ${LO(rows[1][3])} |
| ${PE(rows[2][0])} | ${E(rows[2][1])} | ${PH(rows[2][2])} | ${LO(rows[2][3])} |
| ${PE(rows[3][0])} | ${E(rows[3][1])} | ${PH(rows[3][2])} | ${LO(rows[3][3])} |`;
  P("crm-csv")`first_name;last_name;email;iban
${PE("Lena")};${PE("Baumgartner")};${E("lena.baumgartner@gmx.at")};${IB(g.ibans.AT())}
${PE("Reto")};${PE("Käslin")};${E("reto.kaeslin@bluewin.ch")};${IB(g.ibans.CH())}`;
  P("crm-csv")`"id","full_name","ssn","dob","state"
"1001","${PE("Tyler Brooks")}","${SSN(g.ssn())}","${DOB("1987-05-19")}","OH"
"1002","${PE("Monique Baptiste")}","${SSN(g.ssn())}","${DOB("1992-12-01")}","LA"`;
  P("crm-csv")`Salesforce export (Contacts.csv):
Id,FirstName,LastName,Email,MobilePhone,MailingCity
0035g00000XyZ1,${PE("Venkatesh")},${PE("Subramanian")},${E("venkatesh.s@infosys.com")},${PH("+91 99400 18273")},${LO("Chennai")}
0035g00000XyZ2,${PE("Ananya")},${PE("Chatterjee")},${E("ananya.c@tcs.com")},${PH("+91 98310 55129")},${LO("Kolkata")}`;
  P("crm-md")`| customer | card_number | exp |
|---|---|---|
| ${PE("Hannah Schulz")} | ${CC(g.card.visa())} | 04/28 |
| ${PE("Ole Rasmussen")} | ${CC(g.card.mc())} | 11/26 |`;
  P("crm-tsv")`name\tnino\tpostcode
${PE("Siobhan Kelly")}\t${NI(g.nino())}\t${OPT(T("UK_POSTCODE", "BT9 6AD"))}
${PE("Rhys Morgan")}\t${NI(g.nino())}\t${OPT(T("UK_POSTCODE", "SA1 3SN"))}`;
}

// ---------------- server logs ----------------
{
  P("log-nginx")`${IP("81.174.22.19")} - - [12/Mar/2025:10:14:07 +0100] "GET /account/settings?email=${E("julia.neumann@t-online.de")} HTTP/1.1" 200 5120 "-" "Mozilla/5.0"`;
  P("log-nginx")`${IP("2a02:8108:1fc0:7e3::1b")} - - [12/Mar/2025:10:14:09 +0100] "POST /api/v2/login HTTP/2.0" 401 73 "https://app.example.com/" "okhttp/4.9.3"`;
  P("log-json")`{"ts":"2025-03-12T09:14:22.118Z","level":"error","msg":"payment declined","customer":{"name":"${PE("Ricardo Mendes")}","email":"${E("ricardo.mendes@sapo.pt")}","iban":"${IB(g.ibans.PT())}"},"ip":"${IP("193.136.44.201")}"}`;
  P("log-json")`{"event":"user.update","actor":"${OPT(E("admin@corp.example"))}","changes":{"phone":{"old":"${PH("+44 7723 918244")}","new":"${PH("+44 7912 402318")}"}},"request_id":"${g.uuid()}"}`;
  P("log-stack")`Traceback (most recent call last):
  File "/srv/app/billing.py", line 88, in charge
    gateway.charge(card="${CC(g.card.visa())}", amount=Decimal("129.00"))
  File "/srv/app/gateway.py", line 41, in charge
    raise CardDeclined(f"declined for {customer.email}")
gateway.CardDeclined: declined for ${E("n.fischer@mailbox.org")}`;
  P("log-stack")`java.lang.IllegalStateException: duplicate key UserDto(id=4471, name=${PE("Gustavo Pereira")}, email=${E("gustavo.pereira@uol.com.br")}, phone=${PH("(11) 97214-8832")})
\tat java.base/java.util.stream.Collectors.duplicateKeyException(Collectors.java:135)
\tat com.acme.crm.ImportJob.run(ImportJob.java:212)`;
  P("log-syslog")`Mar 12 10:22:41 vpn01 openvpn[2231]: ${IP("92.40.183.77")}:51234 [${E("svetlana.ivanova@yandex.ru")}] Peer Connection Initiated with [AF_INET]${IP("92.40.183.77")}:51234`;
  P("log-dhcp")`dhcpd: DHCPACK on ${OPT(IP("10.20.4.117"))} to ${T("MAC_ADDRESS", g.mac())} (LAPTOP-${OPT(PE("JKOWALSKI"))}) via eth0`;
  P("log-audit")`2025-03-11 17:03:55 AUDIT user=${E("h.yamamoto@rakuten.co.jp")} action=EXPORT rows=1200 src_ip=${IP(g.ipv4())} device=${T("MAC_ADDRESS", g.mac("-"))}`;
}

// ---------------- code / config with PII ----------------
{
  P("code-py")`def test_invoice():
    customer = Customer(name="${PE("Ingrid Bergström")}", email="${E("ingrid.bergstrom@telia.se")}", iban="${IB(g.ibans.DE())}")
    assert render(customer).startswith("Invoice")`;
  P("code-js")`const seedUsers = [
  { name: "${PE("Wang Xiuying")}", phone: "${PH("+86 138 0214 7759")}", city: "${LO("Hangzhou")}" },
  { name: "${PE("Li Wei")}", phone: "${PH("+86 186 2751 0043")}", city: "${LO("Chengdu")}" },
];`;
  P("sql")`INSERT INTO customers (id, full_name, email, phone, ssn) VALUES
(101, '${PE("Gregory Lawson")}', '${E("greg.lawson@comcast.net")}', '${PH("(617) 392-0418")}', '${SSN(g.ssn())}'),
(102, '${PE("Tanisha Reed")}', '${E("tanisha.reed@att.net")}', '${PH("(404) 771-2936")}', '${SSN(g.ssn())}');`;
  P("sql")`-- why does this query return duplicates?
SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = '${E("anja.wehrmann@freenet.de")}' AND c.tax_id = '${T("DE_TAX_ID", g.deSteuerId())}';`;
  P("yaml")`# fixtures/users.yaml
- id: 7
  name: ${PE("Emma Lindgren")}
  personnummer: "${T("SE_PERSONNUMMER", g.sePnr(1995, 12, 3, true))}"
  phone: "${PH("+46 70 418 22 96")}"`;
  P("code-go")`var testAccount = Account{Holder: "${PE("Jakub Dvořák")}", IBAN: "${IB(g.iban("CZ", "0800" + g.digits(16)))}", Phone: "${PH("+420 603 218 774")}"}`;
}

// ---------------- e-mail threads with signatures ----------------
{
  P("email-thread")`Can you shorten this reply?

-----Original Message-----
From: ${PE("Baptiste Rousseau")} <${E("baptiste.rousseau@axa-partners.fr")}>
Sent: Tuesday, 11 March 2025 16:42
Subject: RE: renouvellement contrat

Bonjour, merci pour votre retour.

Cordialement,
${PE("Baptiste Rousseau")}
Responsable Grands Comptes
${PH("+33 1 44 56 78 21")} | ${PH("+33 6 12 87 45 09")}
${AD("25 avenue Matignon, 75008 Paris")}`;
  P("email-thread")`Rewrite this to sound less passive-aggressive:

"As I mentioned on Friday, the files are on the share."

Best regards,
${PE("Matteo Colombo")}
Head of Procurement | Colombo Forniture S.r.l.
Mob: ${PH("+39 347 218 5590")}
P.IVA ${T("IT_VAT_CODE", (() => { for (;;) { const b = g.digits(7) + pad(int(1, 100), 3); for (let c = 0; c < 10; c++) { const n = b + c; let s = 0; n.split("").forEach((d, i) => { let x = +d; if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; } s += x; }); if (s % 10 === 0) return n; } } })())}`;
  P("email-thread")`On Mon, 10 Mar 2025 at 09:12, ${PE("Femke Jansen")} <${E("femke.jansen@kpn-mail.nl")}> wrote:
> Hoi, kun je me even bellen op ${PH("06-28174930")}? Groet, ${OPT(PE("Femke"))}`;
  P("email-thread")`Thanks all — minutes attached.
--
${PE("Dr. Ayşe Yılmaz")}
Senior Researcher, Bogazici University
Tel: ${PH("+90 212 359 47 12")}
${E("ayse.yilmaz@boun.edu.tr")}`;
  P("email-thread")`Hi ${OPT(PE("Nkechi"))},
Following up on the visa letter — I need your passport number (${T("US_PASSPORT", "A" + g.digits(8))} is what I have, is that right?) and your home address.
Cheers, ${PE("Tom Ashworth")}`;
}

// ---------------- prose: locations / persons ----------------
{
  P("prose")`I'm ${PE("Natalia Kowalczyk")}, 34, I live in ${LO("Gdańsk")} with my two kids. Write me a cover letter for a nursing job in ${LO("Bergen")}.`;
  P("prose")`My neighbour ${PE("Rainer Ostermann")} keeps parking in front of my garage at ${AD("Am Mühlbach 3a, 80331 München")}. Help me write a polite note.`;
  P("prose")`Help me plan a surprise for my wife ${PE("Ines Carvalho")}'s 40th birthday (she was born on ${DOB("9 May 1985")}). We live in ${LO("Porto")}.`;
  P("prose")`Write a LinkedIn recommendation for ${PE("Sven-Erik Lundgren")}, who managed our ${LO("Malmö")} warehouse for six years.`;
  P("prose")`Schreib eine Geburtstagskarte für meine Oma ${PE("Hildegard Brückner")}, die in ${LO("Bad Kissingen")} lebt.`;
  P("prose")`My landlord ${PE("Mr. Papadopoulos")} wants to raise the rent on ${AD("Odos Ermou 42, 105 63 Athina")}. Is that legal in Greece?`;
}

// ---------------- generated: national ids in many contexts ----------------
const fnames = ["Anna", "Jonas", "Lea", "Felix", "Chloé", "Hugo", "Martina", "Pablo", "Chiara", "Luca", "Daan", "Julia", "Kacper", "Zofia", "Elin", "Lars", "Aarav", "Meera", "Bruno", "Larissa", "Kenji", "Mei"];
const lnames = ["Becker", "Wagner", "Moreau", "Girard", "Gómez", "Ruiz", "Ferrari", "Greco", "Visser", "Smit", "Nowicki", "Mazur", "Lund", "Holm", "Patel", "Nair", "Costa", "Rocha", "Tanaka", "Lin"];
const person = () => `${pick(fnames)} ${pick(lnames)}`;
type Gen = { t: string; make: () => string; cues: string[] };
const ids: Gen[] = [
  { t: "ES_NIF", make: g.nif, cues: ["DNI", "NIF", "mi DNI es", "documento"] },
  { t: "ES_NIE", make: g.nie, cues: ["NIE", "número NIE", "foreigner id (NIE)"] },
  { t: "IT_FISCAL_CODE", make: () => g.codiceFiscale(pick(lnames), pick(fnames), int(1950, 2001), int(1, 12), int(1, 28), rnd2(), pick(["H501", "F205", "L219", "A944", "G273"])), cues: ["codice fiscale", "CF", "tax code"] },
  { t: "FR_NIR", make: () => { const n = g.frNir(pick([1, 2]), int(50, 99), int(1, 12), pick(["75", "13", "69", "59", "33"])); return rnd2() ? g.fmtNir(n) : n; }, cues: ["numéro de sécurité sociale", "NIR", "n° sécu"] },
  { t: "DE_TAX_ID", make: () => { const s = g.deSteuerId(); return rnd2() ? g.group(s, [2, 3, 3, 3], " ") : s; }, cues: ["Steuer-ID", "Steueridentifikationsnummer", "tax ID (Germany)"] },
  { t: "NL_BSN", make: () => { const s = g.bsn(); return rnd2() ? g.group(s, [4, 2, 3], ".") : s; }, cues: ["BSN", "burgerservicenummer"] },
  { t: "PL_PESEL", make: () => g.pesel(int(1950, 2005), int(1, 12), int(1, 28), rnd2()), cues: ["PESEL", "numer PESEL"] },
  { t: "SE_PERSONNUMMER", make: () => g.sePnr(int(1950, 2004), int(1, 12), int(1, 28), rnd2()), cues: ["personnummer", "pnr"] },
  { t: "FI_PERSONAL_IDENTITY_CODE", make: () => g.hetu(int(1950, 2010), int(1, 12), int(1, 28)), cues: ["henkilötunnus", "hetu"] },
  { t: "DK_CPR", make: () => g.dkCpr(int(1950, 2004), int(1, 12), int(1, 28)), cues: ["CPR-nr.", "CPR"] },
  { t: "UK_NINO", make: () => { const n = g.nino(); return rnd2() ? g.group(n, [2, 2, 2, 2, 1], " ") : n; }, cues: ["NI number", "National Insurance number", "NINO"] },
  { t: "UK_NHS", make: () => { const n = g.nhs(); return rnd2() ? g.fmtNhs(n) : n; }, cues: ["NHS number", "NHS no."] },
  { t: "US_SSN", make: g.ssn, cues: ["SSN", "social security number", "SS#"] },
  { t: "US_ITIN", make: g.itin, cues: ["ITIN", "individual taxpayer id"] },
  { t: "IN_AADHAAR", make: () => g.group(g.aadhaar(), [4, 4, 4], " "), cues: ["Aadhaar", "aadhaar no"] },
  { t: "IN_PAN", make: () => g.rs(g.U, 3) + "P" + g.rs(g.U, 1) + g.digits(4) + g.rs(g.U, 1), cues: ["PAN", "PAN card"] },
  { t: "ABA_ROUTING_NUMBER", make: g.aba, cues: ["routing number", "ABA"] },
];
function rnd2() { return g.rnd() < 0.5; }
const idTemplates: ((n: string, cue: string, v: [string, string]) => void)[] = [
  (n, cue, v) => P("gen-id-prose")`Please check whether the form for ${PE(n)} is complete — ${cue}: ${v}, signed yesterday.`,
  (n, cue, v) => P("gen-id-json")`{"applicant":{"name":"${PE(n)}","${cue.toLowerCase().replace(/[^a-z]+/g, "_")}":"${v}","status":"pending"}}`,
  (n, cue, v) => P("gen-id-csv")`name,${cue},created_at\n${PE(n)},${v},2025-01-14`,
  (n, cue, v) => P("gen-id-kv")`applicant_name=${PE(n)} | ${cue}=${v} | branch=042`,
  (n, cue, v) => P("gen-id-chat")`user: can you tell me if ${v} is a valid ${cue}? it's for ${PE(n)}`,
  (_n, cue, v) => P("gen-id-bare")`${cue} ${v}`,
];
for (const id of ids) {
  for (let k = 0; k < 5; k++) {
    const tpl = idTemplates[(k + ids.indexOf(id)) % idTemplates.length]!;
    tpl(person(), pick(id.cues), T(id.t, id.make()));
  }
}
// no-context national IDs (only checksum) — realistic: pasted values in a list
for (const id of ids.filter((x) => !["US_SSN", "ABA_ROUTING_NUMBER", "IN_PAN", "US_ITIN", "DK_CPR"].includes(x.t))) {
  const v = T(id.t, id.make());
  P("gen-id-nocontext")`Compare these two records, are they the same person? A: ${PE(person())}, ${["NL_BSN", "UK_NHS"].includes(id.t) ? OPT(v) : v}; B: same name, different spelling.`;
}

// ---------------- generated: phones / emails / iban / cards by country ----------------
const phones: [string, () => string][] = [
  ["DE", () => pick([`+49 30 ${g.digits(8)}`, `0171 ${g.digits(7)}`, `030/${g.digits(7)}`, `+49 (0)40 ${g.digits(3)} ${g.digits(4)}`])],
  ["FR", () => pick([`06 ${g.group(g.digits(8), [2, 2, 2, 2], " ")}`, `+33 7 ${g.group(g.digits(8), [2, 2, 2, 2], " ")}`, `01.${g.group(g.digits(8), [2, 2, 2, 2], ".")}`])],
  ["ES", () => pick([`+34 6${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`, `91 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`])],
  ["IT", () => pick([`+39 3${g.digits(2)} ${g.digits(3)} ${g.digits(4)}`, `02 ${g.digits(4)} ${g.digits(4)}`, `06 ${g.digits(8)}`])],
  ["NL", () => pick([`06-${g.digits(8)}`, `+31 6 ${g.digits(8)}`, `020 ${g.digits(3)} ${g.digits(4)}`])],
  ["PL", () => pick([`+48 ${pick(["501", "602", "693", "781"])} ${g.digits(3)} ${g.digits(3)}`, `22 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`])],
  ["SE", () => pick([`070-${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`, `+46 73 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`])],
  ["NO", () => `+47 ${pick(["4", "9"])}${g.digits(2)} ${g.digits(2)} ${g.digits(3)}`],
  ["DK", () => `+45 ${g.group(pick(["2", "3", "4", "5", "6", "9"]) + g.digits(7), [2, 2, 2, 2], " ")}`],
  ["FI", () => pick([`040 ${g.digits(3)} ${g.digits(4)}`, `+358 50 ${g.digits(7)}`])],
  ["IN", () => pick([`+91 9${g.digits(4)} ${g.digits(5)}`, `09${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`])],
  ["BR", () => pick([`+55 11 9${g.digits(4)}-${g.digits(4)}`, `(21) 9${g.digits(4)}-${g.digits(4)}`])],
  ["JP", () => pick([`090-${g.digits(4)}-${g.digits(4)}`, `+81 3-${g.digits(4)}-${g.digits(4)}`, `03-${g.digits(4)}-${g.digits(4)}`])],
  ["CN", () => pick([`+86 13${g.digits(1)} ${g.digits(4)} ${g.digits(4)}`, `1${pick(["38", "59", "86"])}-${g.digits(4)}-${g.digits(4)}`])],
  ["UK", () => pick([`07${g.digits(3)} ${g.digits(6)}`, `+44 20 7${g.digits(3)} ${g.digits(4)}`, `0113 ${g.digits(3)} ${g.digits(4)}`])],
  ["US", () => pick([`(${pick(["312", "415", "646", "713", "206"])}) ${int(200, 989)}-${g.digits(4)}`, `+1 ${pick(["503", "617", "303"])}.${int(200, 989)}.${g.digits(4)}`])],
];
const phoneTpl: ((n: string, p: [string, string]) => void)[] = [
  (n, p) => P("gen-phone")`Call back ${PE(n)} on ${p} regarding the delivery slot.`,
  (n, p) => P("gen-phone")`Kontakt: ${PE(n)}, ${p}`,
  (_n, p) => P("gen-phone")`"mobile": "${p}",`,
  (n, p) => P("gen-phone")`Translate into English: "${PE(n)} a appelé, rappelle-la au ${p} avant 18h."`,
];
phones.forEach(([cc, mk], i) => { for (let k = 0; k < 3; k++) phoneTpl[(i + k) % phoneTpl.length]!(person(), PH(g.validPhone(mk, cc === "UK" ? "GB" : cc))); });

const ibanKeys = Object.keys(g.ibans) as (keyof typeof g.ibans)[];
ibanKeys.forEach((cc, i) => {
  const v = g.ibans[cc]();
  const f = i % 3 === 0 ? g.spaced(v) : i % 3 === 1 ? v : v.toLowerCase().replace(/(.{4})/g, "$1 ").trim();
  if (i % 3 === 2) P("gen-iban")`pls send the deposit to ${IB(f)} (${PE(person())})`;
  else P("gen-iban")`Bankverbindung / bank details: ${IB(f)}, Kontoinhaber ${PE(person())}`;
});
const cardMakers = Object.values(g.card);
for (let k = 0; k < 12; k++) {
  const c = cardMakers[k % cardMakers.length]!();
  const f = k % 4 === 0 ? c : k % 4 === 1 ? g.fmtCard(c) : k % 4 === 2 ? g.group(c, [4, 4, 4, 4], "-") : c.replace(/(\d{4})/g, "$1 ").trim();
  if (k % 3 === 0) P("gen-card")`Checkout failed with card ${CC(f)} exp ${pad(int(1, 12), 2)}/${String(int(26, 30))} — what does decline code 05 mean?`;
  else if (k % 3 === 1) P("gen-card")`{"pan":"${CC(f)}","holder":"${PE(person())}","amount":${String(int(10, 900))}.00}`;
  else P("gen-card")`my credit card number is ${CC(f)}, is it safe to give it to this site?`;
}
// dates of birth in varied formats/languages
const dobs = ["born 14 March 1962", "DOB: 03/17/1988", "Geburtsdatum: 05.11.1974", "date de naissance : 22/02/1999", "fecha de nacimiento 30-06-1981", "data di nascita 1 aprile 1990", "d.o.b. 1979-08-04", "geboren op 12-10-1968", "ur. 07.07.1993"];
for (const d of dobs) {
  const m = d.match(/(\d.*)$/)!; const pre = d.slice(0, m.index);
  P("gen-dob")`Patient ${PE(person())}, ${pre}${DOB(m[1]!)}, referred for physiotherapy.`;
}
// addresses
const addrs = ["Drottninggatan 53, 111 21 Stockholm", "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa", "Carrer de Mallorca 401, 08013 Barcelona", "12 rue des Lilas, 69003 Lyon", "Prinsengracht 263, 1016 GV Amsterdam", "1847 Maple Ridge Dr, Apt 5B, Austin, TX 78745", "Flat 402, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038", "Rua Augusta, 1508 - Consolação, São Paulo - SP, 01304-001", "Flat 3, 27 Wellington Road, Leeds LS6 2AB", "Mannerheimintie 12 B 7, 00100 Helsinki", "Schönbrunner Straße 88/14, 1050 Wien", "Vesterbrogade 41, 1620 København V"];
addrs.forEach((a, i) => {
  if (i % 2) P("gen-addr")`Shipping address for order 55-${String(int(1000, 9999))}: ${PE(person())}, ${AD(a)}`;
  else P("gen-addr")`Please update my address to ${AD(a)}, thanks!`;
});
// IPs / MACs
for (let k = 0; k < 4; k++) P("gen-ip")`Suspicious login for ${E(`${pick(fnames).toLowerCase()}.${pick(lnames).toLowerCase()}@outlook.com`)} from ${IP(k % 2 ? g.ipv6() : g.ipv4())} at 03:12 UTC`;
for (let k = 0; k < 3; k++) P("gen-mac")`The laptop of ${PE(person())} has wifi MAC ${T("MAC_ADDRESS", g.mac(k === 1 ? "-" : ":").toLowerCase())}; block it on the guest VLAN.`;
