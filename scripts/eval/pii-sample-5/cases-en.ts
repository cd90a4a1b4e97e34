/** Fifth PII red-team set, part 1: English application traffic — support chats, CRM exports, SQL, logs, configs, e-mail (hand-written; checksum-valid values from ../pii-sample-3/gen.ts and ./gen5.ts). */
import * as g from "../pii-sample-3/gen.js";
import { caseBuilder } from "../pii-secrets-sample/labels.js";
import * as x from "./gen5.js";
export const b = caseBuilder();
const { P, E, PH, CC, IB, SSN, NI, IP, DOB, AD, PE, LO, OPT } = b;
export const T = (t: string, v: string): [string, string] => [t, v];
// move the shared fixed-seed generator away from the sequences sets 3 and 4 consumed
for (let i = 0; i < 7919; i++) g.rnd();

// ---- customer-support chat logs with several people ----
P("support.chat")`[09:14] Agent ${PE("Priya")}: Thanks for contacting Northwind Support, who am I speaking with?
[09:14] Customer: hi its ${PE("Tomasz Wiśniewski")}, my order never arrived
[09:15] Agent ${PE("Priya")}: Sorry to hear that ${PE("Tomasz")}. Can you confirm the delivery address?
[09:16] Customer: ${AD("Flat 4, 19 Albert Road, Leeds LS6 4DP")}
[09:16] Agent ${PE("Priya")}: Thanks, I'm looping in my supervisor ${PE("Gareth Pryce")}.`;
P("support.chat")`Chat transcript #88213
Bot: Hello! What's your email so I can find your account?
User: ${E("sade.adeyemi84@yahoo.com")}
Bot: Thanks ${PE("Sade")}! I see two accounts. Is your phone number ending 4471?
User: no its ${PH("+234 803 517 2291")} now, I changed it last month
Agent (${PE("Kelechi")}): Taking over from the bot — I've updated the number, Ms ${PE("Adeyemi")}.`;
P("support.chat")`Summarise this chat for the ticket:
Customer (${PE("Yusuf Al-Hashimi")}): my card got charged twice for the same booking
Agent (${PE("Rebecca Thorne")}): I can see two charges on the card ending 0312. Can you confirm the full card number so I can raise a dispute?
Customer: ${CC(g.fmtCard(g.card.visa()))}
Agent: Thank you. The duplicate will be refunded in 3-5 working days.`;
P("support.chat")`Agent notes (internal, do not send): Caller was ${PE("Ji-hoon Lee")}'s wife ${PE("Soo-ah Kim")} — not the account holder, so I did NOT give out the balance. She says he's in hospital. Asked her to send power of attorney to ${OPT(E("accounts@brightpath-energy.co.uk"))}. Call back on ${PH("07723 418 065")}.`;
P("support.chat")`Here's a support thread, please draft a reply:
> From customer ${PE("Álvaro Gutiérrez Montoya")}: The technician (${PE("Dave")}) never showed up on Tuesday. I took a day off for this. My number is ${PH("+34 644 218 903")}.
> Dispatcher ${PE("Sandra Kowalczyk")}: ${PE("Dave")} was reassigned, apologies. Rebooking for Friday 8-12.`;
P("support.chat")`live chat export
17:02 visitor_4412 > hello, i need to change the name on my booking from ${PE("Mohammed Rahman")} to ${PE("Mohammad Rahman")}, the passport spelling is different
17:03 agent_${OPT(PE("lucy"))} > no problem! can i have the booking ref and your date of birth please
17:03 visitor_4412 > ABX7QP, ${DOB("3 march 1990")}
17:04 agent_${OPT(PE("lucy"))} > done, new confirmation goes to ${E("m.rahman1990@outlook.com")}`;
P("support.chat")`WhatsApp Business log:
+44 7481 220 953: Hi this is ${PE("Niamh McAuliffe")}, the sofa legs arrived broken 😩
Shop (${PE("Callum")}): Oh no! Sorry ${PE("Niamh")}, send a photo and your postcode please
+44 7481 220 953: ${T("UK_POSTCODE", "BT9 6GH")} — photo attached
Shop (${PE("Callum")}): Thanks, replacement legs will go out tomorrow.`;
P("support.chat")`Escalation summary: Customer ${PE("Oluwaseun Bankole-Adeyemi")} has been transferred 4 times (agents ${PE("Marta")}, ${PE("Jonas")}, ${PE("Ifeoma")}, ${PE("Ravi")}). She wants a callback on ${PH("0161 496 7732")} before 5pm. Account holder since 2014, postcode ${T("UK_POSTCODE", "M20 2RN")}.`;
P("support.chat")`ticket #55310 — conversation
customer: Please delete my data under GDPR. Name ${PE("Katarzyna Zielińska-Nowak")}, email ${E("kasia.zielinska@wp.pl")}, registered address ${AD("ul. Mokotowska 48/12, 00-543 Warszawa")}.
agent (${PE("Henrik")}): Request logged. We'll confirm within 30 days.`;
P("support.chat")`Can you rate the agent's empathy in this transcript?
AGENT ${PE("DESHAWN")}: thank you for holding mr ${PE("okafor")}
CUSTOMER: whatever. just fix the internet
AGENT ${PE("DESHAWN")}: i see an outage at ${AD("1420 W Jackson Blvd, Chicago, IL 60607")}. is that your service address?
CUSTOMER: yes. call me at ${PH("(312) 846-2291")} when its back`;
P("support.chat")`Zendesk macro output for ${PE("Hamid Karimi")}:
Hi ${PE("Hamid")}, we've received your refund request. Our records show the payment came from IBAN ${IB(g.ibans.NL!())}. The refund will be returned there. — ${PE("Femke")}, Billing`;
P("support.chat")`From the call-centre QA sheet: Agent ${PE("Tendai Moyo")} verified the caller with DOB (${DOB("14/08/1973")}) and first line of address (${AD("27 Kestrel Way")}) before discussing the claim. Caller: Mr ${PE("Pieter van der Merwe")}.`;
P("support.chat")`[support] (${PE("Ana")}) @${PE("Bruno")} the customer ${PE("Luiza Carvalho")} is on the line again about the chargeback, can you take it? her number ${PH("+55 11 98342-1176")}
[support] (${PE("Bruno")}) on it`;
P("support.chat")`Intercom conversation 4471902
${PE("Grace Otieno")} (user): I can't log in, the 2FA texts go to my old number
${PE("Sam")} (team): I can update it. What's the new number?
${PE("Grace Otieno")} (user): ${PH("+254 712 840 335")}
${PE("Sam")} (team): Done. Try again now.`;
P("support.chat")`Draft a polite answer to this complaint: "I am Dr. ${PE("Venkataraman Subramanian")} and I have been a customer for 11 years. Your courier left my parcel outside ${AD("12 Orchard Close, Reading RG4 7PL")} in the rain. Phone ${PH("0118 946 2130")}."`;
P("support.chat")`Handover note for night shift: ${PE("Ayşe")} and ${PE("Mateo")} both spoke to Mrs. ${PE("Chen Xiaoling")} about the missing pension transfer. She's anxious, speaks Mandarin mostly; her son ${PE("Chen Wei")} (${PH("07842 331 905")}) translates.`;
P("support.chat")`bot: Please verify your identity. Enter the last 4 of your SSN.
user: whole thing is ${SSN(g.ssn())} idk which 4 you want
bot: Thanks. For security, please never share your full SSN in chat.
agent ${PE("Marisol")}: Hi ${PE("Devon")}, I've masked that message.`;
P("support.chat")`Slack #cx-escalations
${PE("Harriet Osei")}: VIP complaint from Lord ${PE("Ashcombe")}'s PA, ${PE("Philippa Grant")} — ${E("pgrant@ashcombe-estates.co.uk")}. Wants someone senior.
${PE("Tom Reyes")}: I'll ring her. Number?
${PE("Harriet Osei")}: ${PH("01747 820 413")}`;

// ---- CRM exports: CSV / TSV / JSON lines ----
P("crm.csv")`Clean this CSV, fix the capitalisation:
first_name,last_name,email,phone,city
${PE("joão")},${PE("silva")},${E("joao.silva@gmail.com")},${PH("+351 912 384 551")},${LO("lisboa")}
${PE("SIOBHAN")},${PE("O'SULLIVAN")},${E("siobhan.osullivan@eircom.net")},${PH("087 214 9930")},${LO("CORK")}
${PE("wei")},${PE("zhang")},${E("zhangwei88@163.com")},${PH("138 1742 6605")},${LO("shanghai")}`;
P("crm.csv")`Dedupe these contacts (same person?):
"${PE("Van der Berg, Willem")}","${E("w.vanderberg@kpn-mail.nl")}","${PH("06-41837290")}"
"${PE("Willem van den Berg")}","${E("willem.vdberg@gmail.com")}","${PH("+31 6 41837290")}"
"${PE("W. v.d. Berg")}","","${PH("0641837290")}"`;
P("crm.tsv")`id\tname\tdob\tpostcode\tnino
1001\t${PE("Aisling Ní Bhriain")}\t${DOB("1988-02-29")}\t${T("UK_POSTCODE", "NW1 6XE")}\t${NI(g.nino())}
1002\t${PE("Kwame Mensah")}\t${DOB("1975-11-03")}\t${T("UK_POSTCODE", "E8 3RL")}\t${NI(g.nino())}
1003\t${PE("Dmitri Volkov")}\t${DOB("2001-07-19")}\t${T("UK_POSTCODE", "B15 2TT")}\t${NI(g.nino())}`;
P("crm.jsonl")`Import these leads into HubSpot:
{"name":"${PE("Fatima Zahra Benali")}","email":"${E("fz.benali@menara.ma")}","phone":"${PH("+212 661 234 578")}","source":"webinar"}
{"name":"${PE("Lars Eriksson")}","email":"${E("lars.eriksson@telia.se")}","phone":"${PH("+46 70 482 19 63")}","source":"trade show"}
{"name":"${PE("Priya Venkatesh")}","email":"${E("priya.v@zohomail.in")}","phone":"${PH("+91 98450 17723")}","source":"referral"}`;
P("crm.csv")`Which of these customers are overdue?
customer,account,iban,balance
"${PE("Müller-Lüdenscheidt, Heinz")}",C-2291,${IB(g.ibans.DE!())},-412.50
"${PE("Brennan, Orla")}",C-2292,${IB(g.ibans.IE!())},0.00
"${PE("Janssens, Lotte")}",C-2293,${IB(g.ibans.BE!())},-88.10`;
P("crm.csv")`Salesforce export (Contacts):
Id,FirstName,LastName,MailingStreet,MailingCity,MailingPostalCode,Birthdate
0035e00000AbC1,${PE("Rosa")},${PE("Delgado Fuentes")},${AD("742 Evergreen Terrace")},${LO("Springfield")},${OPT(AD("97403"))},${DOB("1969-05-12")}
0035e00000AbC2,${PE("Takeshi")},${PE("Nakamura")},${AD("1-8-3 Marunouchi")},${LO("Chiyoda-ku")},${OPT(AD("100-0005"))},${DOB("1982-10-30")}`;
P("crm.jsonl")`{"event":"signup","user":{"first":"${PE("Chukwuemeka")}","last":"${PE("Eze")}","email":"${E("emeka.eze@gmail.com")}","ip":"${IP(g.ipv4())}"},"ts":"2026-03-02T10:11:54Z"}
{"event":"signup","user":{"first":"${PE("Ingrid")}","last":"${PE("Solberg")}","email":"${E("ingrid.solberg@online.no")}","ip":"${IP(g.ipv4())}"},"ts":"2026-03-02T10:12:07Z"}`;
P("crm.csv")`Mail merge source — check for blanks:
Title;Forename;Surname;Address1;Town;Postcode
Mr;${PE("Aled")};${PE("Rhys-Jones")};${AD("3 Heol y Felin")};${LO("Cardiff")};${T("UK_POSTCODE", "CF14 2LT")}
Ms;${PE("Bethan")};${PE("Llewellyn")};;${LO("Swansea")};${T("UK_POSTCODE", "SA1 8PP")}
Dr;${PE("Imran")};${PE("Chaudhry")};${AD("56 Beech Avenue")};${LO("Bradford")};`;
P("crm.csv")`Loyalty members export 2026-03:
member_no|full_name|mobile|birthday
LY-00091|${PE("Carmen Ruiz de Alarcón")}|${PH("612 804 337")}|${OPT(DOB("12/04"))}
LY-00092|${PE("Björn Þórsson")}|${PH("+354 862 4410")}|${OPT(DOB("30/09"))}
LY-00093|${PE("Zeynep Kaya")}|${PH("0532 418 77 20")}|${OPT(DOB("05/01"))}`;
P("crm.csv")`Payroll bank details upload (do not email!):
employee,sort_code,account,ssn
${PE("Jamal Washington")},,${T("US_BANK_NUMBER", g.digits(10))},${SSN(g.ssn())}
${PE("Linh Tran")},,${T("US_BANK_NUMBER", g.digits(9))},${SSN(g.ssn())}
routing for both: ${T("ABA_ROUTING_NUMBER", g.aba())}`;
P("crm.jsonl")`jq output:
{"id":"cus_Pq81","name":"${PE("Esther Abramovich")}","phone":"${PH("+972 52 418 3306")}","address":{"line1":"${AD("Rehov Dizengoff 112")}","city":"${LO("Tel Aviv")}"}}
{"id":"cus_Pq82","name":"${PE("Nikolai Petrov")}","phone":"${PH("+7 916 284-31-70")}","address":{"line1":"${AD("ul. Tverskaya 7, kv. 41")}","city":"${LO("Moscow")}"}}`;
P("crm.csv")`Attendees.csv
"Name","Company","Email","Dietary"
"${PE("Ngozi Chukwu")}","Stanbic","${E("ngozi.chukwu@stanbic.com.ng")}","vegetarian"
"${PE("Hans-Peter Gruber")}","Raiffeisen","${E("hp.gruber@rbinternational.at")}",""
"${PE("Mei Ling Ong")}","DBS","${E("meiling.ong@dbs.com.sg")}","halal"`;
P("crm.tsv")`patient_id\tsurname\tgiven\tnhs_no\tgp_practice
P-7781\t${PE("OKONJO")}\t${PE("ADAEZE")}\t${T("UK_NHS", g.group(g.nhs(), [3, 3, 4], " "))}\tY02711
P-7782\t${PE("MACLEOD")}\t${PE("EILIDH")}\t${T("UK_NHS", g.nhs())}\tS17203`;
P("crm.jsonl")`Explain why this record failed validation: {"customer_id": 88210, "full_name": "${PE("Ramón Ortega y Gasset")}", "dob": "${DOB("02/13/1951")}", "email": "${E("rortega@telefonica.net")}"}`;
P("crm.csv")`Volunteers for Saturday:
${PE("Ibrahim Diallo")} - ${PH("07507 219 384")}
${PE("Agnieszka Wróbel")} - ${PH("07393 810 267")}
${PE("Hamish McTavish")} - ${PH("07817 562 044")}
${PE("Chloé Dubois-Martin")} - ${PH("07954 108 331")}`;
P("crm.jsonl")`Turn into a table: [{"n":"${PE("Kim Min-jun")}","t":"${PH("010-4821-7736")}"},{"n":"${PE("Park Seo-yeon")}","t":"${PH("010-9302-1185")}"},{"n":"${PE("Choi Yu-na")}","t":"${PH("+82 10-7714-2093")}"}]`;
P("crm.csv")`Delivery manifest van 12:
stop,recipient,address,phone
1,${PE("E. Papadopoulos")},${AD("14 Elm Grove, Southsea PO5 1JF")},${PH("023 9287 3310")}
2,${PE("R. Singh")},${AD("Unit 3, 80 Fratton Road, Portsmouth PO1 5BZ")},${PH("07426 119 802")}`;

// ---- SQL inserts ----
P("sql")`Why does this fail with a unique violation?
INSERT INTO customers (id, first_name, last_name, email, phone) VALUES
  (101, '${PE("Siddharth")}', '${PE("Iyer")}', '${E("sid.iyer@gmail.com")}', '${PH("+91 98201 44367")}'),
  (102, '${PE("Mariana")}', '${PE("López Herrera")}', '${E("mariana.lopezh@hotmail.com")}', '${PH("+52 55 4128 3390")}'),
  (103, '${PE("Siddharth")}', '${PE("Iyer")}', '${E("sid.iyer@gmail.com")}', NULL);`;
P("sql")`INSERT INTO employees (name, ssn, dob, hire_date) VALUES ('${PE("Tyrone Jackson")}', '${SSN(g.ssn())}', '${DOB("1984-06-21")}', '2019-02-01'); -- is DATE the right type for dob?`;
P("sql")`Optimise this query, it's slow:
SELECT * FROM orders o JOIN users u ON u.id = o.user_id WHERE u.email = '${E("d.oconnell@eircom.net")}' OR u.phone = '${PH("+353 86 402 7719")}';`;
P("sql")`UPDATE patients SET address = '${AD("22 Rue des Lilas, 69003 Lyon")}', phone = '${PH("+33 4 78 62 19 05")}' WHERE nir = '${T("FR_NIR", g.frNir(2, 77, 4, "69"))}';`;
P("sql")`Generate a migration from this seed row: INSERT INTO members VALUES (DEFAULT, '${PE("Ólafur Ragnarsson")}', '${E("olafur@simnet.is")}', '${AD("Laugavegur 28, 101 Reykjavík")}', '${DOB("1979-08-14")}');`;
P("sql")`psql output:
 id  |       name        |         email          |   ip_last_login
-----+-------------------+------------------------+-----------------
 412 | ${PE("Anjali Deshpande")}  | ${E("anjali.d@rediffmail.com")} | ${IP(g.ipv4())}
 413 | ${PE("Rory Fitzgerald")}   | ${E("roryfitz@gmail.com")}      | ${IP(g.ipv4())}`;
P("sql")`mysql> INSERT INTO cards (holder, pan, exp) VALUES ('${PE("GRETA LINDQVIST")}', '${CC(g.card.mc())}', '09/28');
ERROR 1406 (22001): Data too long for column 'exp' at row 1 — what's wrong?`;
P("sql")`INSERT INTO contacts(name, phone, city) VALUES ('${PE("Nomvula Dlamini")}', '${PH("082 417 3390")}', '${LO("Durban")}'), ('${PE("Thabo Mokoena")}', '${PH("+27 71 903 2286")}', '${LO("Soweto")}');`;
P("sql")`The audit table shows: DELETE FROM users WHERE id=8812 executed by ${E("it.admin@stadtwerke-ulm.de")} from ${IP(g.ipv4())}; the deleted user was ${PE("Rüdiger Hoffmann")} (${E("r.hoffmann@t-online.de")}). Was that legitimate?`;
P("sql")`-- seed data for local dev (copied from prod, I know)
INSERT INTO applicants VALUES ('${PE("Aigerim Nurlanovna")}', '${DOB("02.11.1996")}', '${PH("+7 701 558 2014")}', '${E("aigerim.n@mail.kz")}');`;
P("sql")`MERGE INTO kyc k USING (SELECT '${PE("Harpreet Kaur Sandhu")}' AS name, '${T("IN_PAN", x.pan("Sandhu"))}' AS pan) s ON k.pan = s.pan WHEN NOT MATCHED THEN INSERT ...  -- is PAN the right key for an NRI customer?`;

// ---- log lines ----
P("log")`2026-03-11 08:41:02,118 INFO  [auth] login ok user=${E("hannah.becker@bosch-partner.de")} ip=${IP(g.ipv4())} ua="Mozilla/5.0"
2026-03-11 08:41:09,551 WARN  [auth] 3 failed attempts user=${E("m.bianchi@libero.it")} ip=${IP(g.ipv4())}`;
P("log")`Why is this exception thrown? ValidationError: phone "${PH("+44 20 8127 5560")}" for customer "${PE("Benedict Amoah")}" does not match pattern ^\\+\\d{11,13}$`;
P("log")`nginx access.log
${IP(g.ipv4())} - - [11/Mar/2026:10:02:14 +0000] "GET /account?email=${E("liu.yang@qq.com")} HTTP/1.1" 200 5120
${IP(g.ipv6())} - - [11/Mar/2026:10:02:15 +0000] "POST /login HTTP/2" 302 0`;
P("log")`[payment-svc] ERROR card declined holder="${PE("Abdullah Al-Qahtani")}" pan=${CC(g.card.visa())} reason=do_not_honor amount=249.00 SAR`;
P("log")`Parse these syslog lines into JSON:
Mar 11 03:12:44 vpn01 charon: 12[IKE] <${OPT(PE("rkowalski"))}|12> IKE_SA established, peer ${IP(g.ipv4())}
Mar 11 03:12:45 vpn01 charon: 12[IKE] assigning virtual IP 10.8.0.14 to peer '${E("r.kowalski@firma.pl")}'`;
P("log")`DEBUG sending SMS to=${PH("+61 412 893 507")} template=otp name="${PE("Lachlan O'Brien")}" code=****`;
P("log")`k8s logs of the signup pod show: {"level":"info","msg":"user created","email":"${E("anh.pham@fpt.com.vn")}","name":"${PE("Phạm Tuấn Anh")}","phone":"${PH("+84 912 345 871")}"} — how do I redact these?`;
P("log")`Audit: 2026-02-27T16:04:11Z role=caseworker user=${OPT(PE("j.mbeki"))} viewed record subject="${PE("Lerato Mahlangu")}" sa_id=${T("ZA_ID_NUMBER", x.zaId(1992, 4, 17, true))}`;
P("log")`Sentry breadcrumb: form submit {first_name: "${PE("Zoltán")}", last_name: "${PE("Szabó")}", iban: "${IB(g.spaced(g.ibans.DE!()))}"} → TypeError: Cannot read properties of undefined (reading 'bic')`;
P("log")`mail.log: postfix/smtp[2241]: 4F1A2: to=<${E("bongani.zulu@webmail.co.za")}>, relay=mx.webmail.co.za[${IP(g.ipv4())}]:25, status=sent`;
P("log")`[2026-03-09 22:15:03] app.ERROR: Duplicate entry '${E("aylin.demir@hotmail.com")}' for key 'users_email_unique' {"name":"${PE("Aylin Demir")}","phone":"${PH("+90 532 781 44 09")}"}`;
P("log")`CloudTrail event: userIdentity.principalId=AIDA..., sourceIPAddress=${IP(g.ipv4())}, requestParameters.userName="${OPT(PE("sofia.marchetti"))}"; who is this and why did she delete the bucket policy?`;
P("log")`EHR interface log (HL7):
MSH|^~\\&|LAB|HOSP|EHR|HOSP|202603110945||ORU^R01|88213|P|2.5
PID|1||MRN448812||${PE("HOLLOWAY^BRIDGET^ANNE")}||${DOB("19570412")}|F|||${AD("19 QUARRY LANE^^SHEFFIELD^^S11 8RT")}||${PH("0114 268 3391")}`;
P("log")`error: git push rejected — commit 3f9a1c2 Author: ${PE("Sebastián Morales")} <${E("sebastian.morales@uc.cl")}> is not a verified email`;
P("log")`Radius accounting: User-Name="${E("fiona.mcgregor@ed.ac.uk")}" Framed-IP-Address=${IP(g.ipv4())} Calling-Station-Id="${T("MAC_ADDRESS", g.mac("-").toUpperCase())}"`;
P("log")`Twilio webhook dump: From=%2B${PH("4915112847730")}&Body=Hi+this+is+${PE("Jana")}+${PE("Nováková")}+running+late&To=%2B${OPT(PH("4930123400"))}`;

// ---- YAML / JSON configs with people data ----
P("config.yaml")`Why does this YAML not parse?
oncall:
  primary:
    name: ${PE("Oksana Hrytsenko")}
    phone: "${PH("+380 67 412 9083")}"
  secondary:
    name: ${PE("Bartholomew Okoro")}
    phone: ${PH("+44 7936 502 114")}
   escalation: ${OPT(E("sre-leads@fennec.io"))}`;
P("config.yaml")`CODEOWNERS-like file, convert to YAML:
/payments/   ${PE("Sunita Rao")} <${E("sunita.rao@fennec.io")}>
/search/     ${PE("Björn Andersson")} <${E("bjorn.andersson@fennec.io")}>
/infra/      ${PE("Ngo Thanh Hai")} <${E("hai.ngo@fennec.io")}>`;
P("config.json")`{"alerting":{"contacts":[{"name":"${PE("Mateusz Zając")}","sms":"${PH("+48 601 882 417")}"},{"name":"${PE("Eleni Georgiou")}","sms":"${PH("+30 694 512 3387")}"}],"quiet_hours":"22-07"}}`;
P("config.yaml")`helm values for the test env (someone put real data in):
seedUsers:
  - email: ${E("kofi.boateng@gmail.com")}
    displayName: "${PE("Kofi Boateng")}"
    dob: ${DOB("1991-09-08")}
  - email: ${E("marta.sousa@sapo.pt")}
    displayName: "${PE("Marta Sousa")}"
    dob: ${DOB("1987-03-25")}`;
P("config.json")`package.json "author": "${PE("Yuki Tanabe")} <${E("yuki.tanabe@tanabe.dev")}>", "contributors": ["${PE("Aditi Kulkarni")} <${E("aditi.k@proton.me")}>"] — is this the right format for npm?`;
P("config.yaml")`ansible inventory:
[db]
${IP(g.ipv4())} ansible_user=${PE("tomasz")}
[web]
${IP(g.ipv4())} ansible_user=deploy
# owner: ${PE("Tomasz Grabowski")}, ${PH("+48 512 330 971")}`;
P("config.json")`Validate against the schema: {"passenger":{"given":"${PE("Aroha")}","family":"${PE("Ngata")}","dob":"${DOB("1998-12-24")}","passport":"${T("NZ_PASSPORT", "LF" + g.digits(6))}"},"seat":"14C"}`;
P("config.yaml")`.gitconfig leaked in a docker image:
[user]
    name = ${PE("Ekaterina Smirnova")}
    email = ${E("e.smirnova@yandex.ru")}`;
P("config.json")`Firebase export snippet: "users": {"uid_7Qz": {"displayName": "${PE("Mustafa Yıldız")}", "phoneNumber": "${PH("+905327104418")}", "lastSignInIp": "${IP(g.ipv4())}"}}`;
P("config.yaml")`emergency_contacts.yml for the field trip:
- child: ${PE("Maya Goldberg")}
  parent: ${PE("Rachel Goldberg")}
  phone: ${PH("(646) 318-2207")}
- child: ${PE("Omar Haddad")}
  parent: ${PE("Layla Haddad")}
  phone: ${PH("(718) 472-9031")}`;
P("config.yaml")`Jira automation rule: when issue created in HR → assign to ${PE("Liesbeth de Vries")} (${E("l.devries@ahold-hr.nl")}), watchers: ${PE("Jeroen Bakker")}, ${PE("Sanne Visser")}`;

// ---- e-mail headers and signatures ----
P("email.header")`Parse this header:
From: "${PE("Ramírez Ochoa, Diego")}" <${E("dramirez@grupobimbo.com.mx")}>
To: ${PE("Claire Beaumont")} <${E("claire.beaumont@orange.fr")}>
Cc: ${OPT(E("ventas-mx@grupobimbo.com.mx"))}
Subject: RE: Pedido 88213 / order 88213
Received: from mail.grupobimbo.com.mx (${IP(g.ipv4())})`;
P("email.sig")`Shorten my signature:
--
Dr. ${PE("Oluwadamilare Fashola")} MBBS FRCS
Consultant Orthopaedic Surgeon
${OPT(AD("Lagos University Teaching Hospital, Idi-Araba, Lagos"))}
M: ${PH("+234 802 319 4471")} | E: ${E("d.fashola@luth.gov.ng")}`;
P("email.sig")`Best regards,

${PE("Henrike Jansen-Kloosterman")}
Senior Accountant | Van Dijk & Partners
${OPT(AD("Keizersgracht 321, 1016 EE Amsterdam"))}
T ${OPT(PH("+31 20 624 1180"))} | M ${PH("+31 6 2839 4471")}`;
P("email.header")`Is this a phishing email? Headers:
Return-Path: <${OPT(E("noreply@secure-paypal-verify.cn"))}>
From: PayPal <${OPT(E("service@paypa1.com"))}>
To: ${E("margaret.hughes54@btinternet.com")}
X-Originating-IP: [${IP(g.ipv4())}]`;
P("email.sig")`Cheers,
${PE("Rhiannon")}
--
${PE("Rhiannon Pritchard-Evans")} (she/her)
Head of People, Gwynt Energy
${PH("07866 201 418")} | ${E("rhiannon@gwynt.energy")}`;
P("email.thread")`On Tue, 10 Mar 2026 at 14:02, ${PE("Kenji Watanabe")} <${E("k.watanabe@hitachi-eu.com")}> wrote:
> Thanks ${PE("Ingrid")}, could you send the signed NDA to my assistant ${PE("Haruka Mori")} (${E("h.mori@hitachi-eu.com")})?
Please reply saying we'll send it by Friday.`;
P("email.sig")`Kind regards / Met vriendelijke groet
${PE("Pieter-Jan Verstraeten")}
Gemeente Gent – Dienst Burgerzaken
${OPT(AD("Botermarkt 1, 9000 Gent"))}
${OPT(PH("+32 9 266 52 11"))}`;
P("email.thread")`Forwarded message ---------
From: ${PE("Catalina Restrepo")} <${E("catalina.restrepo@bancolombia.com.co")}>
Date: Mon, 9 Mar 2026
Subject: Documentos
Adjunto mi cédula y el certificado. Mi celular es ${PH("+57 310 482 7719")}.
---
Can you summarise what she sent?`;
P("email.sig")`Regards,
${PE("Anand Krishnamurthy")}
${AD("Flat 7B, Prestige Shantiniketan, Whitefield, Bengaluru 560048")}
(${PH("+91 80 4112 7780")}) (${PH("+91 99001 28374")})`;
P("email.header")`Delivered-To: ${E("fatou.ndiaye@orange.sn")}
Received: from [${IP(g.ipv4())}] by smtp.orange.sn
From: ${PE("Moustapha Sall")} <${E("m.sall@ucad.edu.sn")}>
Subject: Soutenance — rapport
Why did this land in spam?`;
P("email.thread")`reply-all fail: "${PE("Dave")}, please don't forward ${PE("Jenny Alcott")}'s sick note to the whole team. Her home address (${AD("9 Rowan Crescent, Bath BA2 5QJ")}) is on it." Rewrite this more diplomatically.`;
P("email.sig")`${PE("Eoin Mac Giolla Phádraig")}
Solicitor
${OPT(AD("Mac Giolla Phádraig & Co., 14 Eyre Square, Galway H91 F2W7"))}
DX 4412 | ${PH("091 563 208")}`;
P("email.header")`mbox excerpt:
From ${E("zsofia.horvath@freemail.hu")} Mon Mar  9 08:01:44 2026
From: ${PE("Horváth Zsófia")} <${E("zsofia.horvath@freemail.hu")}>
To: ${PE("Kiss Péter")} <${E("peter.kiss@telekom.hu")}>
Subject: szerződés`;
P("email.sig")`Thanks,
${PE("Chayton Redcloud")}
Tribal Enrollment Office
${PH("(605) 867-2214")}`;
P("email.thread")`Auto-reply: I am out of office until 23 March. For urgent matters contact ${PE("Lucía Benítez Aranda")} on ${PH("+34 689 204 173")} or ${E("lbenitez@iberdrola.es")}. — ${PE("Marcos Vidal")}`;
P("email.sig")`Signature block from a scanned letter, extract the contact:
Yours sincerely,
[signature]
Ms. ${PE("Temitope Ajayi-Bello")}
Registrar, ${OPT(AD("15 Marina Road, Lagos Island, Lagos"))}`;
