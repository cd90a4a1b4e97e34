/** Third PII red-team set, part 1: English application traffic with PII (hand-written; generated checksum-valid values). */
import * as g from "./gen.js";
import { caseBuilder } from "../pii-secrets-sample/labels.js";
export const b = caseBuilder();
const { P, E, PH, CC, IB, SSN, NI, IP, DOB, AD, PE, LO, OPT } = b;
export const T = (t: string, v: string): [string, string] => [t, v];

// ---- chat messages to an assistant ----
P("chat")`draft a reply to ${PE("Siobhan")} saying we can't move the deadline but I'll call her on ${PH("087 412 6693")} tomorrow`;
P("chat")`Hi! can you help me write a birthday message for my mum ${PE("Bernadette Nolan")}, she turns 70 on Saturday, born ${DOB("14 March 1956")} in ${LO("Galway")}`;
P("chat")`rewrite this more politely: "${PE("Chukwuemeka")}, you still owe me for the flat. Pay it to ${IB(g.spaced(g.ibans.GB!()))} by Friday."`;
P("chat")`my landlord ${PE("Tadhg Ó Briain")} keeps texting me from ${PH("+353 86 214 7730")} at midnight, what are my rights in ${OPT(LO("Ireland"))}?`;
P("chat")`can u summarise this for me pls: ${PE("nguyen thi hoa")} called about the refund, her number is ${PH("0412 938 551")}, she wants it back on the card ending 4471`;
P("chat")`Translate to Spanish: "Dear ${PE("Ms. Adebayo-Cole")}, your appointment is confirmed for Tuesday at 10:30."`;
P("chat")`Help me fill in the visa form. Name: ${PE("Farhan Siddiqui")}. Date of birth: ${DOB("03/11/1991")}. Passport no. ${T("US_PASSPORT", "5" + g.digits(8))}. Address: ${AD("2207 Maple Crest Drive, Plano, TX 75025")}.`;
P("chat")`i need to email ${PE("rajesh")} (${E("rajesh.venkataraman@outlook.com")}) about the invoice, make it sound less angry`;
P("chat")`Can you check if this card number is formatted right before I paste it into the form? ${CC(g.fmtCard(g.card.visa()))} exp 11/28`;
P("chat")`Write a short bio for our website: ${PE("Dr. Xu Mingyue")} joined the lab in 2019 after her postdoc in ${LO("Shenzhen")}. Contact her at ${E("m.xu@biochem-lab.org")}.`;
P("chat")`Please proofread my cover letter. "My name is ${PE("Oluwaseun Bankole")} and I live at ${AD("51 Harrowgate Close, Leeds LS8 2QT")}. You can reach me on ${PH("07723 418 906")}."`;
P("chat")`what's a nice way to tell ${PE("Grainne")} that her desk move is postponed? she sits next to ${PE("Ciarán Mac Giolla")} now`;
P("chat")`Hi ${OPT(PE("Claude"))}, my SSN is ${SSN(g.ssn())} and the IRS letter says it doesn't match my name ${PE("Luis Alberto Cárdenas Rivera")}. What should I do?`;
P("chat")`remind me what to send ${PE("Abdulrahman al-Harbi")}: he needs the signed NDA and my ITIN ${T("US_ITIN", g.itin())} for the 1099`;
P("chat")`Make a table from this: ${PE("Phan Van Duc")} - ${PH("+84 912 345 678")} - ${LO("Da Nang")}; ${PE("Le Thi Mai")} - ${PH("+84 983 221 407")} - ${LO("Hue")}`;
P("chat")`I'm writing a eulogy for my grandfather ${PE("Kazimierz Wróblewski")}, born ${DOB("2 February 1931")} in ${LO("Lwów")}, died last month in ${LO("Chicago")}. Can you help me structure it?`;
P("chat")`pls respond to this text from ${PE("Deepika")} : "hey, is the 4pm still on? my new number is ${PH("+91 73048 66120")}"`;
P("chat")`rewrite as bullet points: met ${PE("Ngozi Eze")} at the conference, she works on fraud models at a bank in ${LO("Lagos")}, email ${E("ngozi.eze@zenithmail.ng")}`;
P("chat")`My Bitcoin address for the refund is ${T("CRYPTO", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT")}, can you explain how long the transfer takes?`;
P("chat")`summarize: ${PE("Hamza Qureshi")} wants his salary paid into routing ${T("ABA_ROUTING_NUMBER", g.aba())} account ${T("US_BANK_NUMBER", g.digits(10))} from next month`;
P("chat")`Hey can you write a thank you card to ${PE("Mrs. Okonjo")} and her husband ${PE("Emeka")} for hosting us`;
P("chat")`hi siobhan's away so pls forward to ${PE("fionnuala")} — she's on ${E("fionnuala.brennan@kerrytech.ie")}`;
P("chat")`${PE("Anh")} here again. My date of birth is ${DOB("27/09/1998")} and the portal says I'm too young to enrol, can you draft a complaint?`;
P("chat")`Write a LinkedIn recommendation for ${PE("Sergei Volkov-Ivanenko")}, he was my manager at the ${OPT(LO("Kraków"))} office`;
P("chat")`tell ${PE("mohammed")} i'll be late, and ask ${PE("aisling")} to cover the 2pm`;

// ---- support tickets ----
P("ticket")`Ticket #20871 | Opened by: ${PE("Precious Adeyinka")} | Email: ${E("precious.a@yahoo.co.uk")} | Phone: ${PH("+44 7911 204 337")}
Subject: Locked out after password reset
Body: I have tried three times. Please call me back.`;
P("ticket")`HelpScout conversation 99120
From: ${PE("Thandiwe Mokoena")} <${E("thandi.mokoena@webmail.co.za")}>
"Hi, my parcel was sent to ${AD("14 Jacaranda Avenue, Pretoria 0181")} but I moved. Can you redirect it?"`;
P("ticket")`[Intercom] ${PE("Kieran Doherty")}: charged twice on ${CC(g.fmtCard(g.card.mc(), "-"))}. Wants refund to original card. Agent note: verified via last 4 + postcode.`;
P("ticket")`Customer says: "Hello, I'm ${PE("Wei-Lun Tsai")}. My account email is ${E("wltsai88@gmail.com")} and I cannot change my phone from ${PH("(415) 555-0134")} to ${PH("(628) 204-7719")}."`;
P("ticket")`Escalated by L1: caller ${PE("Maryam Farahani")} DOB ${DOB("1984-06-19")} disputes transaction on Amex ${CC(g.fmtCard(g.card.amex()))}. Fraud team please review.`;
P("ticket")`Zendesk ticket 30119 — requester ${PE("Bogdan Ionescu")}, IBAN ${IB(g.ibans.RO!())}, asks why the SEPA transfer bounced.`;
P("ticket")`Support request: Please update billing address for ${PE("Eilidh MacLeod")} to ${AD("7 Braeside Terrace, Inverness IV2 4HJ")}. Old one can be deleted.`;
P("ticket")`Ticket from web form
name=${PE("Ahmad Karimi")}
email=${E("ahmad.karimi@protonmail.com")}
phone=${PH("+1 604 555 0187")}
message=the app crashes when I upload my ID`;
P("ticket")`Refund request from ${PE("Joaquín Herrera Villalobos")} (${E("jherrera.v@gmail.com")}), card ${CC(g.card.disc())}, order 5512-A. He's very upset, please draft a calm reply.`;
P("ticket")`Account recovery: user claims to be ${PE("Svetlana Kuznetsova")}, gave DOB ${DOB("11.08.1979")} and last login IP ${IP(g.ipv4())}. Do these match the records?`;

// ---- CRM notes ----
P("crm")`CRM note 2026-03-04: Spoke with ${PE("Olamide Fashola")} (procurement). Decision by Q2. Mobile ${PH("+234 803 555 1298")}. Prefers WhatsApp.`;
P("crm")`Lead: ${PE("Rahel Tesfaye")}, ${E("rahel@addisroast.com")}, coffee importer, met at the trade show in ${LO("Rotterdam")}. Follow up re: pricing.`;
P("crm")`Account owner: ${PE("Connor Fitzgerald")}
Contact: ${PE("Aoife Kavanagh")}, ${E("akavanagh@brightwater.ie")}, ${PH("+353 1 679 4420")}
Next step: send renewal quote`;
P("crm")`Salesforce export — Contact: ${PE("Jun Hao Lim")} | Title: CFO | Phone: ${PH("+65 9123 4567")} | Mailing: ${AD("22 Tanjong Pagar Road, Singapore 088444")}`;
P("crm")`Note from call with ${PE("Vikram Balasubramanian")}: he's relocating to ${LO("Pune")} next month, new number ${PH("+91 98201 44716")}. Keep the deal warm.`;
P("crm")`Hubspot activity: email opened by ${E("lucia.menendez@grupoaster.mx")} (${PE("Lucía Menéndez")}), 3 times. Call her at ${PH("+52 55 4162 8830")}.`;

// ---- meeting notes ----
P("meeting")`Meeting notes — hiring panel
Attendees: ${PE("Tomás Ruiz")}, ${PE("Yasmin Haddad")}, ${PE("Greg Pawlowski")}
Candidate: ${PE("Ifeoma Nwachukwu")} — strong on system design, weaker on SQL. Decision: offer.`;
P("meeting")`Standup 12/03: ${PE("Duc")} blocked on the payments API, ${PE("Priyamvada")} is out sick, ${PE("Liam")} to pair with ${PE("Kofi")} on the migration.`;
P("meeting")`1:1 notes with ${PE("Marisol Quintero")}: wants to move to the ${LO("Austin")} office in summer; her partner got a job there. Follow up with HR.`;
P("meeting")`Board minutes: Motion proposed by ${PE("Harriet Ashdown")}, seconded by ${PE("Obinna Chukwu")}. Carried 5-1 (${PE("Desmond Frye")} against).`;

// ---- medical / insurance / legal letters ----
P("medical")`Dear Dr ${PE("Ramanathan")},
Re: ${PE("Mr Padraig Lynch")}, DOB ${DOB("09/05/1949")}, NHS ${T("UK_NHS", g.group(g.nhs(), [3, 3, 4], " "))}
Thank you for seeing this gentleman with worsening dyspnoea.
Yours sincerely,
Dr ${PE("Helen Achebe")}`;
P("medical")`Discharge summary: ${PE("Amina Yusuf")}, 34F, admitted with pre-eclampsia. Next of kin: ${PE("Ibrahim Yusuf")} (husband) ${PH("07852 316 461")}. Please simplify for the patient.`;
P("insurance")`Claim CLM-4471182. Policyholder ${PE("Brendan O'Shaughnessy")}, born ${DOB("22 Nov 1972")}, of ${AD("16 Castle Street, Kilkenny R95 X2C3")}. Vehicle collision on the N10. Summarise liability.`;
P("insurance")`Subrogation letter draft: our insured, ${PE("Teresa Villanueva-Ocampo")}, SSN ${SSN(g.ssn())}, was struck by your client's vehicle at ${AD("1900 W Belmont Ave, Chicago, IL 60657")}.`;
P("legal")`WITHOUT PREJUDICE. Our client, ${PE("Mr Kwabena Asante")}, of ${AD("3 Hollybush Mews, Bristol BS8 4LR")}, instructs us that your client ${PE("Mr Roland Pettigrew")} has failed to return the deposit.`;
P("legal")`Affidavit: I, ${PE("Guadalupe Sandoval")}, born ${DOB("July 4, 1966")}, residing at ${AD("845 Orchard Lane, Fresno, CA 93704")}, do hereby declare...`;
P("medical")`Lab result for ${PE("Chidi Okeke")} (MRN 7781023, DOB ${DOB("1990-01-30")}): HbA1c 8.2%. Write a patient-friendly explanation.`;
P("insurance")`Policy schedule — Insured: ${PE("Lakshmi Narayanan")} | Date of Birth: ${DOB("5-Apr-1980")} | Address: ${AD("12 Kestrel Way, Reading RG2 7XN")} | NI: ${NI(g.nino())}`;

// ---- HR records ----
P("hr")`Employee: ${PE("Nnamdi Okoro")}
Employee ID: E-20419
Date of birth: ${DOB("18/12/1987")}
National Insurance: ${NI(g.group(g.nino(), [2, 2, 2, 2, 1], " "))}
Bank: ${IB(g.ibans.GB!())}`;
P("hr")`Please write a disciplinary outcome letter to ${PE("Shauna Delaney")} regarding lateness. Copy her manager ${PE("Rupert Blackwood")}.`;
P("hr")`New starter form: ${PE("Zhang Wenjie")}, start 02/06, DOB ${DOB("1995/08/21")}, emergency contact ${PE("Zhang Li")} ${PH("+86 138 0013 8000")}`;
P("hr")`W-4 on file for ${PE("Darnell Washington")}, SSN ${SSN(g.ssn().replace(/-/g, " "))}, filing status single. Summarise what changed from last year.`;
P("hr")`Exit interview — ${PE("Magdalena Kowalczyk-Nowicka")} said her team lead ${PE("Trevor")} was dismissive. Draft a neutral summary for the HRBP.`;
P("hr")`${OPT(LO("Canada"))} payroll: employee ${PE("Étienne Tremblay")}, SIN ${T("CA_SIN", g.caSin())}, province QC. Confirm deductions.`;

// ---- application logs ----
P("log")`{"ts":"2026-03-11T08:14:22Z","level":"info","event":"login","user":"${E("h.abiodun@fintrust.io")}","ip":"${IP(g.ipv4())}","ua":"Mozilla/5.0"}`;
P("log")`2026-03-11 08:15:03 WARN auth failed user=${E("mkowalski@tarnowbank.pl")} src=${IP(g.ipv4())} attempts=5`;
P("log")`${IP(g.ipv4())} - - [11/Mar/2026:08:16:44 +0000] "GET /api/v2/profile HTTP/1.1" 200 1432 "-" "okhttp/4.12.0"`;
P("log")`${IP(g.ipv6())} - - [11/Mar/2026:09:01:12 +0100] "POST /checkout HTTP/2.0" 302 0 "https://shop.example/cart" "Mozilla/5.0 (iPhone)"`;
P("log")`level=error msg="payment declined" customer_name="${PE("Ayodele Ogunleye")}" card=${CC(g.card.visa())} amount=129.99 currency=GBP`;
P("log")`[2026-03-11 10:22:19] DEBUG SmsSender: sending OTP to ${PH("+447834519207")} for user_id=88213`;
P("log")`{"level":"debug","msg":"profile updated","changes":{"phone":"${PH("+1-312-555-0176")}","address":"${AD("2410 N Clark St, Chicago, IL 60614")}"},"by":"${E("support.agent7@corp-helpdesk.com")}"}`;
P("log")`Mar 11 10:31:02 gw01 sshd[2211]: Accepted publickey for deploy from ${IP(g.ipv4())} port 52114 ssh2`;
P("log")`kafka consumer payload: {"customer":{"firstName":"${PE("Ngoc Anh")}","lastName":"${PE("Truong")}","dob":"${DOB("1993-04-12")}","email":"${E("ngocanh.truong@gmail.com")}"}}`;
P("log")`DHCP lease: client ${T("MAC_ADDRESS", g.mac())} hostname=${OPT(PE("rahuls"))}-macbook assigned ${IP("192.168.1.47")}`;
P("log")`ERROR KycService - validation failed for applicant ${PE("Ousmane Diallo")} (nino=${NI(g.nino())}): document expired`;
P("log")`audit: user ${E("priya.nair@healthfirst.org")} exported patient list (rows=42) from ${IP(g.ipv4())} at 2026-03-11T11:02:55Z`;

// ---- SQL ----
P("sql")`INSERT INTO customers (first_name, last_name, email, phone, dob) VALUES ('${PE("Oisín")}', '${PE("Gallagher")}', '${E("oisin.gallagher@eircom.net")}', '${PH("+353 87 331 9024")}', '${DOB("1988-02-29")}');`;
P("sql")`Why does this query return duplicates?
 id | name               | email                      | city
----+--------------------+----------------------------+---------
 17 | ${PE("Feng Jiayi")}         | ${E("feng.jiayi@qq.com")}          | ${LO("Vancouver")}
 18 | ${PE("Babajide Ojo")}       | ${E("bjojo@hotmail.com")}          | ${LO("Toronto")}`;
P("sql")`UPDATE employees SET ssn = '${SSN(g.ssn())}', salary = 88000 WHERE full_name = '${PE("Carlos Eduardo Pinto")}';`;
P("sql")`INSERT INTO payments VALUES (9921, '${PE("Hyun-woo Park")}', '${CC(g.card.jcb())}', '2027-04', 'APPROVED');`;
P("sql")`SELECT * FROM patients WHERE nhs_number = '${T("UK_NHS", g.nhs())}' AND surname = '${PE("Oyelaran")}';`;

// ---- YAML / JSON fixtures ----
P("fixture")`# test fixture: real customer copied from prod by mistake
customer:
  name: ${PE("Isioma Obi")}
  email: ${E("isioma.obi@gmail.com")}
  phone: "${PH("+234 809 221 7743")}"
  address: "${AD("Plot 14, Admiralty Way, Lekki Phase 1, Lagos")}"`;
P("fixture")`{"users":[{"id":1,"name":"${PE("Rhiannon Pritchard")}","dob":"${DOB("1979-10-03")}","iban":"${IB(g.ibans.GB!())}"},{"id":2,"name":"${PE("Dev Malhotra")}","dob":"${DOB("1982-05-17")}","iban":"${IB(g.ibans.IE!())}"}]}`;
P("fixture")`seed_users:
  - username: mfarouk
    full_name: ${PE("Mostafa Farouk")}
    ssn: "${SSN(g.ssn())}"
    card: "${CC(g.fmtCard(g.card.visa()))}"`;

// ---- email threads ----
P("email")`Can you summarise this thread?

From: ${PE("Saoirse Kennelly")} <${E("saoirse.kennelly@dunmore-legal.ie")}>
Sent: Tuesday, 10 March 2026 16:02
To: ${PE("Bashir Rahimi")} <${E("b.rahimi@rahimi-imports.co.uk")}>
Subject: RE: lease renewal

${PE("Bashir")}, the landlord agreed to the break clause. Call me on ${PH("+353 1 554 2290")}.

Kind regards,
${PE("Saoirse")}`;
P("email")`> On Mon, 9 Mar 2026 at 11:14, ${PE("Nkosana Dube")} <${E("nkosana.dube@gmail.com")}> wrote:
> I can do Thursday. My cell is ${PH("+27 82 555 3194")}.

Thanks ${PE("Nkosana")}, Thursday works. — ${PE("Meredith")}`;
P("email")`Draft a reply to this:
"Hi team, please note my new home address for payroll: ${AD("Flat 3, 28 Abbotsford Road, Glasgow G5 9SU")}. Thanks, ${PE("Euan McCrae")}"`;
P("email")`Best,
${PE("Adaeze Nwosu")}
Senior Counsel | Ardent Partners LLP
T: ${PH("+44 20 7946 0321")} | M: ${PH("+44 7834 226 118")}
${E("adaeze.nwosu@ardentpartners.com")}`;
P("email")`Thanks so much!
Cheers,
${PE("Thu Trang")}
--
${PE("Vo Thu Trang")} | Product Designer
${PH("+84 28 3822 9911")}`;

// ---- vCards / shipping labels / invoices ----
P("vcard")`BEGIN:VCARD
VERSION:3.0
FN:${PE("Declan Ó Súilleabháin")}
TEL;TYPE=cell:${PH("+353 85 722 1044")}
EMAIL:${E("declan.osullivan@corkport.ie")}
ADR;TYPE=home:;;${AD("4 Lower Glanmire Road;Cork;;T23 F6K2;Ireland")}
END:VCARD`;
P("shipping")`SHIP TO:
${PE("MRS. ADUNNI BALOGUN")}
${AD("APT 12B, 300 E 57TH ST, NEW YORK NY 10022")}
TEL ${PH("212-555-0148")}
REF: PO-88213 WT 2.4KG`;
P("shipping")`Deliver to: ${PE("Nikhil Deshpande")}, ${AD("221 Koramangala 5th Block, Bengaluru 560095")}, mob ${PH("98450 31672")}`;
P("invoice")`INVOICE 2026-0412
Bill to: ${PE("Hollis Tran")}, ${AD("988 Peachtree St NE, Atlanta, GA 30309")}
Invoice date: 02/03/2026  Due: 01/04/2026
Pay by bank transfer to IBAN ${IB(g.spaced(g.ibans.DE!()))}`;

// ---- chat transcripts ----
P("transcript")`Agent (${PE("Rosalind")}): Thanks for waiting. Can I confirm your full name?
Customer: ${PE("Babatunde Adewale Coker")}
Agent: And your date of birth?
Customer: ${DOB("third of June 1975")}
Agent: Thank you, and the postcode?
Customer: ${T("UK_POSTCODE", "SE15 4QL")}`;
P("transcript")`[14:02] user: hi its ${PE("marek")}, i ordered the blue one
[14:02] bot: Could you share your email?
[14:03] user: ${E("marek.dabrowski1990@wp.pl")}
[14:03] user: or phone ${PH("+48 609 118 274")}`;
P("transcript")`Caller: yeah my name is ${PE("Siddharth")}, ${PE("Siddharth Raghavan")}, S-I-D-D...
Agent: got it. Social?
Caller: ${SSN(g.ssn())}`;

// ---- more traffic (second batch) ----
P("chat")`write a sympathy note to ${PE("Ebony")} — her dad ${PE("Marcus Okwuosa")} passed away on Sunday`;
P("chat")`hey, pls draft a text to ${PE("tomasz")} saying the keys are with ${PE("mrs patel")} at number 14`;
P("chat")`Can you format this as a contact card? ${PE("Aisling Ní Bhriain")}, ${PH("+353 91 562 117")}, ${E("aisling.nibhriain@nuigalway.ie")}, ${AD("12 Sea Road, Galway H91 XK2P")}`;
P("chat")`i'm applying for a mortgage, here are my details, check they're consistent: ${PE("Jerome Abernathy")}, DOB ${DOB("Sept 9th 1983")}, SSN ${SSN(g.ssn())}, ${AD("5501 Willow Bend Ct, Columbus, OH 43235")}`;
P("chat")`Write a toast for my sister ${PE("Nneka")}'s wedding to ${PE("Tobias Lindqvist")}`;
P("chat")`Please help me reply to this recruiter: "Hi ${PE("Arjun")}, I'm ${PE("Felicity Crane")} from TalentBridge..."`;
P("chat")`here's the parent contact list for the school trip, turn it into a table: ${PE("Huang Yiming")} ${PH("+1 917 555 0182")}, ${PE("Oksana Melnyk")} ${PH("+1 646 555 0127")}`;
P("ticket")`Ticket #55871 — ${PE("Kwame Boateng")} reports that the app shows someone else's account (${E("efua.mensah@gmail.com")}). Urgent privacy issue.`;
P("ticket")`Chargeback notice: cardholder ${PE("Delphine Okonkwo-Barry")}, card ${CC(g.fmtCard(g.card.visa()))}, amount $412.00, reason code 13.1.`;
P("crm")`Contact merged: ${PE("Bayo Adekunle")} <${E("bayo@adekunle-law.com")}> and ${PE("Adebayo Adekunle")} <${E("b.adekunle@gmail.com")}>`;
P("meeting")`Retro notes: ${PE("Hye-jin")} suggested weekly demos; ${PE("Mateusz")} and ${PE("Oluwadamilare")} will own the release checklist.`;
P("medical")`Referral: ${PE("Mrs Gwendolyn Ashby")}, born ${DOB("12th August 1939")}, lives alone at ${AD("9 Church Lane, Ludlow SY8 1AP")}. Daughter ${PE("Philippa")} on ${PH("01584 872 331")}.`;
P("hr")`Background check consent — ${PE("Tariq Mahmood")}, previous addresses: ${AD("44 Stanley Road, Bolton BL1 6AS")} (2019-2023); DOB ${DOB("1990-03-07")}.`;
P("log")`2026-03-11T18:40:12.551Z ERROR [checkout] address validation failed {"name":"${PE("Giorgos Antoniou")}","line1":"${AD("17 Harbour View Rd, Sydney NSW 2000")}"}`;
P("log")`${IP(g.ipv4())} - ${E("o.adeyemi-jones@mailbox.org")} [11/Mar/2026:18:44:01 +0000] "GET /account HTTP/1.1" 200 5120`;
P("log")`{"event":"kyc.submitted","applicant":{"name":"${PE("Nguyen Quoc Bao")}","dob":"${DOB("07/21/1996")}","ssn_last4":"4471","phone":"${PH("+1 408 555 0163")}"}}`;
P("sql")`+----+-----------------+------------+
| id | name            | dob        |
+----+-----------------+------------+
|  1 | ${PE("Alhassan Sule")}   | ${DOB("1985-11-02")} |
|  2 | ${PE("Brígida Pardo")}   | ${DOB("1991-04-25")} |
+----+-----------------+------------+`;
P("email")`-----Original Message-----
From: ${PE("Hollie Featherstone")} [mailto:${E("hfeatherstone@northgatehomes.co.uk")}]
Sent: 09 March 2026 09:12
Subject: viewing

Hi, can we move the viewing to Thursday? — ${PE("Hollie")}`;
P("email")`Warm regards,
${PE("Rev. Emmanuel Ofori-Atta")}
Parish Office, ${AD("St Anne's Vicarage, 2 Mill Street, Oxford OX2 0AL")}`;
P("shipping")`RETURN TO SENDER — Addressee: ${PE("Jovanka Stojanović")}, ${AD("Apt 4, 1180 Grand Concourse, Bronx, NY 10456")}`;
P("invoice")`Receipt — Paid by ${PE("Lachlan Buchanan")} with card ${CC(g.fmtCard(g.card.amex()))} on 11/03/2026. Billing: ${AD("3/17 Ocean St, Bondi NSW 2026")}.`;
P("transcript")`Agent: Can I have the account holder's name?
Caller: It's under my wife, ${PE("Roisin Mulcahy")}.
Agent: And her date of birth?
Caller: ${DOB("the 2nd of January, 1981")}.`;
P("fixture")`- name: ${PE("Ekaterina Sokolova")}\n  email: ${E("e.sokolova@yandex.ru")}\n  mac: ${T("MAC_ADDRESS", g.mac("-"))}\n  last_ip: ${IP(g.ipv4())}`;
P("chat")`my wallet is ${T("CRYPTO", "0x52908400098527886E0F7030069857D2E4169EE7")} — why hasn't the USDC from ${PE("Aleksandr")} arrived?`;

// ---- third batch: greetings, sign-offs, particles, DOB formats ----
P("email")`Hi ${PE("Niamh")},

Attached is the revised quote. Let me know if Thursday suits.

Thanks,
${PE("Cormac")}`;
P("email")`Dear ${PE("Mr. al-Rashidi")},
Please find enclosed your tenancy agreement. Your move-in date is 1 April.
Sincerely, ${PE("Penelope Hargreaves")}, Lettings Manager`;
P("chat")`draft a polite chase to ${PE("Hendrik van Rensburg")} about the unpaid invoice, cc ${PE("Lerato Mahlangu")}`;
P("chat")`can you write a message to ${PE("Kunal")} that ${PE("Maximilian von Trotha")} will join the call late`;
P("hr")`Candidate profile: ${PE("María José Restrepo Londoño")}, DOB ${DOB("1992.11.05")}, phone ${PH("+57 310 555 2841")}, currently in ${LO("Medellín")}.`;
P("medical")`Pt: ${PE("Li Xiaoling")} | D.O.B: ${DOB("05-Jan-1968")} | Ward 7B | Consultant: ${PE("Dr Oyinlola Adebowale")}`;
P("insurance")`Beneficiary: ${PE("Fatou Sow")}, relationship: daughter, date of birth ${DOB("2004-08-30")}, phone ${PH("+221 77 555 43 21")}`;
P("log")`WARN user-service: duplicate account for "${PE("Ahmed bin Khalid Al-Mansouri")}" <${E("ahmed.almansouri@emirates-mail.ae")}> phone=${PH("+971 50 555 1234")}`;
P("transcript")`Customer: hi this is ${PE("jess okafor")}, born ${DOB("12/2/99")}, i can't log in
Agent: thanks ${PE("Jess")}, can you confirm the email on file?
Customer: ${E("jessokafor99@icloud.com")}`;
P("chat")`Write a reference for my neighbour ${PE("Dermot Fahy")}, who lives at ${AD("19 Ashgrove Park, Naas, Co. Kildare W91 K7P3")}.`;
