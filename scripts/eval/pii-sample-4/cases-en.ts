/** Fourth PII red-team set, part 1: English application traffic with PII in domains set 3 covers little (hand-written; checksum-valid values from ../pii-sample-3/gen.ts). */
import * as g from "../pii-sample-3/gen.js";
import { caseBuilder } from "../pii-secrets-sample/labels.js";
export const b = caseBuilder();
const { P, E, PH, CC, IB, SSN, NI, IP, DOB, AD, PE, LO, OPT } = b;
export const T = (t: string, v: string): [string, string] => [t, v];
// move the shared fixed-seed generator away from the sequence set 3 consumed
for (let i = 0; i < 4099; i++) g.rnd();
const nhs = () => g.group(g.nhs(), [3, 3, 4], " ");

// ---- clinical notes (PHI) ----
P("clinical")`Summarise this note for the GP letter: Pt ${PE("Margaret Ellison")}, DOB ${DOB("04/07/1946")}, NHS no. ${T("UK_NHS", nhs())}. Presented with 3/7 hx of productive cough, T 38.4, sats 93% RA. CXR: R lower lobe consolidation. Plan: amoxicillin 1g TDS, review 48h.`;
P("clinical")`SOAP note — S: Mr. ${PE("Babajide Ogunleye")}, 58M, reports chest tightness on exertion x 2 wks. O: BP 152/94, HR 88. A: ?stable angina. P: ECG, troponin, refer RACPC. Contact wife ${PE("Funmilayo")} on ${PH("07834 552 190")}.`;
P("clinical")`Rewrite in plain language for the patient: "Ms ${PE("Priyanka Raghunathan")} (DOB ${DOB("22-Jan-1988")}) has a HbA1c of 71 mmol/mol indicating suboptimal glycaemic control; metformin to be titrated to 1g BD."`;
P("clinical")`Triage note 02:14 — ${PE("Jae-won Park")}, born ${DOB("1993-10-05")}, brought in by partner after fall from bike, GCS 15, laceration L forearm 4cm. Lives ${AD("88 Linden Street, Apt 3B, Somerville, MA 02143")}. Ins: BCBS.`;
P("clinical")`Can you code this to ICD-10? Patient: ${PE("DOMINGUEZ, ROSA ISELA")} MRN 00481273 DOB ${DOB("03/14/1961")}. Dx: type 2 diabetes with diabetic CKD stage 3a, HTN.`;
P("clinical")`Nursing handover bay 4 bed 2: ${PE("Arthur Penhaligon")}, 84, post hip ORIF day 2, mobilising with frame, daughter ${PE("Lowenna")} is NOK (${PH("01872 264 830")}). NHS ${T("UK_NHS", g.nhs())}.`;
P("clinical")`Referral letter draft: Dear Dr ${PE("Okonkwo")}, thank you for seeing ${PE("Chiamaka Nwosu")}, a 34-year-old woman (DOB ${DOB("9 June 1991")}) with a 6-month history of joint pain and morning stiffness.`;
P("clinical")`Medication reconciliation for ${PE("Hiroshi Tanaka")} (DOB ${DOB("12/02/1950")}): apixaban 5mg BD, bisoprolol 2.5mg OD, atorvastatin 40mg ON. Pharmacy: Boots, ${OPT(LO("Harrow"))}. Pt phone ${PH("020 8863 4417")}.`;
P("clinical")`Psych intake — client ${PE("Declan O'Rourke")}, 27, self-referred for low mood and insomnia. PHQ-9 = 17. Lives alone in ${LO("Limerick")}. Emergency contact: brother ${PE("Fergal")} ${PH("+353 87 331 0462")}.`;
P("clinical")`Please check the dosing: paediatric patient ${PE("Aarav Mehta")}, DOB ${DOB("17.08.2019")}, weight 19kg, prescribed paracetamol 250mg QDS. Mother ${PE("Sneha Mehta")} asks whether that's too much.`;
P("clinical")`Lab result notification: ${PE("Kowalczyk, Agnieszka")} — ferritin 8 ug/L (L), Hb 98 g/L (L). Call pt on ${PH("07519 334 208")} to arrange iron infusion. DOB ${DOB("30/11/1979")}.`;
P("clinical")`Dictation transcript: "This is Doctor ${PE("Amara Diallo")} dictating on patient ${PE("Thomas Ashworth-Blake")}, date of birth ${DOB("the fifth of March nineteen fifty-two")}, seen today in the memory clinic with his wife."`;
P("clinical")`Physio note: ${PE("Ngozi Okafor-Williams")} attended for L knee ACL rehab session 6/12. ROM 0-125. Next appt Tues. Text reminders to ${PH("+44 7700 183 442")}.`;
P("clinical")`Write a sick note: ${PE("Rahul Bhattacharya")} of ${AD("14 Coniston Road, Manchester M14 6BZ")} is unfit for work from 3 to 17 March due to lumbar disc prolapse.`;
P("clinical")`Telehealth visit summary — ${PE("Lucía Fernández")} (DOB ${DOB("08/23/1985")}) consulted from ${LO("San Antonio")}, TX. Patient IP ${IP(g.ipv4())}. Rx: nitrofurantoin 100mg BD x5d sent to CVS.`;
P("clinical")`${PE("Sipho Dlamini")} was seen in A&E for an asthma exacerbation. PEFR 55% predicted. Discharged on prednisolone 40mg x 5 days. GP: Dr. ${PE("Hannah Whitcombe")}, Riverside Surgery.`;
P("clinical")`Dental chart note: ${PE("Oyelaran, Tobiloba")} — UR6 MOD composite, LL8 for extraction under LA next visit. Patient SSN ${SSN(g.ssn())} on file for insurance claim.`;
P("clinical")`Vaccination record — name: ${PE("Isabella Rossi-Marchetti")}; date of birth: ${DOB("2017-04-11")}; MMR dose 2 given L deltoid, batch AB1234. Parent: ${PE("Giulia Marchetti")} (${E("giulia.marchetti@libero.it")}).`;

// ---- discharge summaries ----
P("discharge")`DISCHARGE SUMMARY
Patient: ${PE("Evelyn Mae Thornton")}   DOB: ${DOB("02/19/1939")}   MRN: 7730512
Admitted: 03/02/2026  Discharged: 03/09/2026
Diagnosis: NSTEMI. PCI to LAD with DES x1.
Follow-up: Cardiology clinic 6 weeks. Home: ${AD("412 Birchwood Lane, Ann Arbor, MI 48104")}. Phone ${PH("(734) 662-9018")}.`;
P("discharge")`Summarise for the GP: ${PE("Mohammed Al-Rashid")}, 71, DOB ${DOB("14/02/1955")}, NHS ${T("UK_NHS", nhs())}, admitted with urosepsis, treated with IV gentamicin then oral co-amoxiclav. Discharged to ${AD("Flat 9, Canal View, 22 Wharf Road, Birmingham B1 2JT")}.`;
P("discharge")`Discharge letter: ${PE("Siobhán Ní Mhurchú")} was admitted under the stroke team after L MCA infarct. Thrombolysed. mRS 2 at discharge. Lives with husband ${PE("Pádraig")} in ${LO("Tralee")}.`;
P("discharge")`Turn this into a patient-friendly summary: "${PE("Nguyen Van Long")} (DOB ${DOB("1962-12-01")}) underwent laparoscopic cholecystectomy without complication; discharge day 1; wound check with practice nurse at day 7."`;
P("discharge")`Discharge checklist for ${PE("Fatoumata Keita")} — meds to take home: enoxaparin 40mg, paracetamol PRN. Transport booked to ${AD("27 Rue-Hill Court, Croydon CR0 2XP")}. Contact son ${PE("Moussa Keita")} ${PH("07956 114 273")}.`;
P("discharge")`Neonatal discharge: Baby ${PE("Olivia Grace Hendricks")}, born ${DOB("28/02/2026")} at 39+2, BW 3.41kg. Mother ${PE("Chloe Hendricks")}, ${E("chloe.hendricks91@gmail.com")}. Hearing screen passed.`;
P("discharge")`Summary for insurer: ${PE("Ravi Shankar Iyer")}, member ID BX449102, admitted 11–15 Feb for appendicitis. Policyholder address ${AD("1902 Oakmont Drive, Edison, NJ 08820")}.`;
P("discharge")`Please shorten: Mr ${PE("Kwabena Asante")} (DOB ${DOB("7/7/1970")}) was discharged on 12/03 after treatment for community-acquired pneumonia; he should see his GP in ${LO("Leicester")} within one week.`;

// ---- HR / recruiting ----
P("hr.cv")`Improve my CV summary:
${PE("Zainab Abdullahi")}
${AD("45 Kestrel Way, Milton Keynes MK4 1EQ")} · ${PH("07482 906 331")} · ${E("zainab.abdullahi@outlook.com")}
Data analyst with 5 years in retail forecasting (Python, SQL, Tableau).`;
P("hr.cv")`Rewrite this CV header for a US audience: "${PE("Tomasz Wiśniewski")} | born ${DOB("12.05.1990")} | ${LO("Gdańsk")}, ${LO("Poland")} | ${PH("+48 512 384 771")} | ${E("t.wisniewski@wp.pl")}"`;
P("hr.cv")`resume parse result: {"name":"${PE("Adaeze Chukwu")}","email":"${E("adaeze.chukwu@gmail.com")}","phone":"${PH("+1 713 482 0197")}","city":"${LO("Houston")}","skills":["React","GraphQL"]}`;
P("hr.cv")`Score this candidate against the JD: ${PE("Liam O'Sullivan")}, 8 yrs backend (Go, Kafka), currently at Stripe, based in ${LO("Dublin")}, notice period 1 month. LinkedIn says open to relocation.`;
P("hr.cv")`Cover letter draft — "Dear Hiring Manager, I am ${PE("Hye-jin Cho")}, a recent graduate of KAIST now living in ${LO("Vancouver")}. You can reach me at ${PH("+1 604 688 2431")}."`;
P("hr.offer")`Draft an offer letter: Candidate ${PE("Rohan Deshpande")}, role Senior SRE, base $182,000, start date April 6, 2026. Send to ${E("rohan.deshpande@protonmail.com")}. Home address ${AD("75 Mission Bay Blvd N, Unit 1104, San Francisco, CA 94158")}.`;
P("hr.offer")`Please fill the template: Dear {{name}}, we are delighted to offer you ... -> name = ${PE("Ifeoma Obi-Nwachukwu")}, salary = £64,000, manager = ${PE("Graham Pickering")}.`;
P("hr.offer")`Payroll setup for new hire ${PE("Carlos Mendoza Ruiz")}: SSN ${SSN(g.ssn())}, DOB ${DOB("05/30/1994")}, direct deposit routing ${T("ABA_ROUTING_NUMBER", g.aba())} acct ${T("US_BANK_NUMBER", g.digits(11))}.`;
P("hr.offer")`W-4 helper: employee ${PE("Anjali Krishnamurthy")} has ITIN ${T("US_ITIN", g.itin())} instead of an SSN — how do we run payroll?`;
P("hr.offer")`New starter form — Name: ${PE("Callum McAllister")} | NI number: ${NI(g.nino())} | DOB: ${DOB("21/03/1998")} | Sort code 40-05-15 | Emergency contact: ${PE("Morag McAllister")} ${PH("0141 339 8852")}`;
P("hr.review")`Help me write a fair performance review for ${PE("Kenji Watanabe")}: strong on delivery, missed two deadlines in Q3, great mentor to ${PE("Aisha Bello")} and ${PE("Sam Whitaker")}.`;
P("hr.review")`Review calibration notes: ${PE("Patel, Nikhil")} — exceeds; ${PE("Brennan, Aoife")} — meets; ${PE("Olawale, Tunde")} — below, PIP recommended. Keep confidential.`;
P("hr.review")`Write a PIP letter to ${PE("Darnell Jackson")} outlining 3 goals for the next 60 days. His manager is ${PE("Rebecca Lindqvist")}.`;
P("hr.review")`Summarise this 360 feedback about ${PE("Elif Şahin")}: "${PE("Elif")} is the person everyone goes to when prod is on fire" / "sometimes too blunt in code review".`;
P("hr.recruit")`Schedule interviews: ${PE("Mateus Oliveira")} (${E("mateus.oliveira@gmail.com")}) Tue 10:00 CET, ${PE("Yuki Nakamura")} (${E("yuki.n@icloud.com")}) Wed 09:00 JST. Panel: ${PE("Harriet Cole")}, ${PE("Dev Malhotra")}.`;
P("hr.recruit")`reference check notes — spoke to ${PE("jenny wu")} (former manager) on ${PH("+61 412 938 551")}; she said ${PE("marcus")} was reliable but left on short notice.`;
P("hr.recruit")`Background check request: ${PE("Obinna Eze")}, DOB ${DOB("1989-02-17")}, SSN ${SSN(g.ssn())}, current address ${AD("3301 Peachtree Rd NE, Apt 1207, Atlanta, GA 30326")}.`;
P("hr.recruit")`Rejection email for ${PE("Sofia Lindgren")} please — be kind, she got to the final round. Her email is ${E("sofia.lindgren@hotmail.se")}.`;
P("hr.exit")`Exit interview summary: ${PE("Bartholomew Quaye")} leaving for a competitor. Forwarding address ${AD("19 Sandringham Gardens, Bristol BS6 7PL")}. Final payslip to ${E("bquaye@gmail.com")}.`;
P("hr.exit")`Grievance logged by ${PE("Amina Yusuf")} against her line manager ${PE("Trevor Hollis")}; meeting set with HR BP ${PE("Claire Dunmore")}. Do not share outside HR.`;

// ---- legal ----
P("legal")`Review this clause: "This Agreement is made between ${PE("Jonathan Whitfield")} of ${AD("27 Hartington Road, Oxford OX2 6UR")} (the 'Landlord') and ${PE("Meera Subramanian")} (the 'Tenant')."`;
P("legal")`Summarise the NDA parties: Disclosing Party: Lumenfield Labs Ltd. Receiving Party: ${PE("Gustavo Almeida")}, an individual residing at ${AD("1500 Brickell Ave, Apt 2904, Miami, FL 33129")}.`;
P("legal")`Draft a cease and desist to ${PE("Brandon Keane")} who keeps posting my client's home address online. Client: ${PE("Natalie Okoro")}.`;
P("legal")`IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
${PE("ANGELA M. RUIZ")}, Plaintiff,
v.
${PE("DEREK HOLLOWAY")}, Defendant.
Case No. 2025-L-011482
COMPLAINT AT LAW — please check the caption formatting.`;
P("legal")`Court filing excerpt: "Petitioner ${PE("Farida Haidari")}, born ${DOB("1 January 1987")} in ${LO("Herat")}, ${LO("Afghanistan")}, seeks asylum on the basis of ..." — fix the grammar.`;
P("legal")`Witness statement of ${PE("Gareth Llewellyn")}, ${AD("6 Heol y Parc, Cardiff CF14 3NX")}: "On the evening of 14 February I saw a silver hatchback reverse into the bollard outside the shop."`;
P("legal")`WITNESS STATEMENT
Name: ${PE("Precious Mahlangu")}
Date of birth: ${DOB("19/09/1996")}
Occupation: nurse
I make this statement in connection with the incident involving ${PE("Kyle Brennan")} on Ward 7.`;
P("legal")`Power of attorney: I, ${PE("Harold Fenwick")}, appoint my daughter ${PE("Rachel Fenwick-Moore")} of ${AD("88 Elm Grove, Brighton BN2 3ES")} as my attorney for property and financial affairs.`;
P("legal")`Deposition prep: ask Mr. ${PE("Tran")} about the emails he sent from ${E("quoc.tran.personal@yahoo.com")} on the weekend of the merger.`;
P("legal")`Will clause: "I leave my residence at ${AD("5 Willow Bank, Keswick CA12 5DS")} to my grandson ${PE("Oscar Pemberton")} and the residue of my estate to ${PE("Imogen Pemberton")}."`;
P("legal")`Immigration case note: client ${PE("Yaw Boateng")}, passport no. ${T("US_PASSPORT", g.digits(9))}, I-485 pending, RFE due 30 days. Client mobile ${PH("(929) 418-2267")}.`;
P("legal")`Divorce petition: Applicant ${PE("Sarah Louise Hutchins")}, Respondent ${PE("Mark Anthony Hutchins")}, children ${PE("Ella")} (born ${DOB("2014-06-02")}) and ${PE("Noah")}. Last shared address ${AD("31 Ferndale Road, Swindon SN2 1HL")}.`;
P("legal")`Small claims: I'm suing ${PE("Dwayne Pritchard")} for £1,800 — he took the deposit for my kitchen and never showed. His van says ${PH("07745 219 603")}.`;
P("legal")`Contract signature block:
Signed: __________  ${PE("Abimbola Adeyemi")}, Director
Signed: __________  ${PE("Friedrich Haas")}, CFO
Witness: ${PE("Lorraine Beattie")}, ${AD("12 Queen Street, Edinburgh EH2 1JE")}`;

// ---- insurance claims ----
P("insurance")`Claim FNOL: Policyholder ${PE("Kevin Mwangi")}, policy HX-22019-774, DOB ${DOB("1981-11-23")}. Rear-ended at lights on A40. Third party: ${PE("Louise Carter")}, reg WP19 XKD, tel ${PH("07301 228 915")}.`;
P("insurance")`Summarise adjuster notes: water damage at ${AD("2245 Sycamore Ct, Boise, ID 83706")}; insured ${PE("Brittany Sorensen")} reports burst pipe under sink; mitigation vendor onsite.`;
P("insurance")`Pet insurance claim for ${PE("Harriet Osei")}'s dog Biscuit — vet bill £940. Pay to ${IB(g.spaced(g.ibans.GB!()))}.`;
P("insurance")`Travel claim: ${PE("Aditya Rao")} lost luggage on LH 902 Frankfurt–London. Passport ${T("US_PASSPORT", "A" + g.digits(8))}. Reimburse to card ${CC(g.fmtCard(g.card.visa()))}.`;
P("insurance")`Life policy beneficiary change: insured ${PE("Gloria Estefanía Paredes")}, SSN ${SSN(g.ssn())}, new beneficiary ${PE("Marco Paredes")} (son), DOB ${DOB("08/08/2001")}.`;
P("insurance")`Motor claim — driver's licence: ${T("US_DRIVER_LICENSE", "D" + g.digits(7))} (CA), name ${PE("Tyler Nguyen")}, address ${AD("980 Coral Ridge Dr, Chula Vista, CA 91913")}.`;
P("insurance")`Can you draft a denial letter? Claimant ${PE("Hassan Mahmoud")} submitted a dental claim for cosmetic whitening which is excluded under section 4.2.`;
P("insurance")`Home contents claim: stolen laptop and bike from ${AD("Flat 3, 48 Cowley Road, Oxford OX4 1HZ")}. Claimant ${PE("Eleanor Vance")}, crime ref 43/19920/26.`;

// ---- real estate / tenancy ----
P("tenancy")`Tenancy agreement summary: Tenants ${PE("Jamal Haddad")} and ${PE("Niamh Doyle")}, property ${AD("Apartment 14, 3 Grand Canal Quay, Dublin 2, D02 X576")}, rent €2,350 pcm, deposit €2,350.`;
P("tenancy")`Write a polite reminder to tenant Ms. ${PE("Chen Yiling")}: rent for ${AD("221 Ellesmere Road, Sheffield S4 7JB")} is 9 days late.`;
P("tenancy")`Rental application: ${PE("Marcus Oyelowo")} | DOB ${DOB("02/11/1992")} | current address ${AD("617 W 46th St, Apt 5C, New York, NY 10036")} | employer: Deloitte | SSN ${SSN(g.ssn())}`;
P("tenancy")`Property listing draft: 3-bed semi on Marlborough Avenue, close to schools. Viewings with agent ${PE("Stacey Bramwell")} on ${PH("0113 496 0825")}.`;
P("tenancy")`Deposit return: please transfer £1,200 to ${PE("Oisín Kelleher")}, ${IB(g.ibans.IE!())}, minus £80 for cleaning.`;
P("tenancy")`Eviction notice check (Section 21): landlord ${PE("Paul Dempsey")}, tenant ${PE("Shanice Morgan")}, premises ${AD("44 Alexandra Terrace, Newcastle upon Tyne NE4 5BQ")}.`;
P("tenancy")`Mortgage application notes: applicants ${PE("Daniel")} & ${PE("Priya Okafor")} — joint income £118k, purchase ${AD("9 Fairfield Close, Reading RG31 6TE")}, solicitor ${PE("Helen Marsh")}.`;
P("tenancy")`Maintenance request from unit 7B: ${PE("lin feng")} says the boiler's out again, call him on ${PH("07946 331 502")} before 6pm`;
P("tenancy")`Landlord reference: "${PE("Abena Mensah")} rented ${AD("12 Primrose Hill Road, London NW3 3AD")} from 2021 to 2025 and always paid on time."`;

// ---- school / university ----
P("school")`Student record: ${PE("Ethan Kowalski")} | DOB ${DOB("2011-09-14")} | Year 9 | parent ${PE("Joanna Kowalski")} ${PH("07700 182 554")} | SEN: dyslexia`;
P("school")`Write a report card comment for ${PE("Amara Nwachukwu")}: excellent in maths, needs to hand in homework on time.`;
P("school")`Transcript request: ${PE("Ahmed Farouk El-Sayed")}, student ID 20194471, DOB ${DOB("March 3, 1999")}, send to ${E("ahmed.elsayed@alumni.ucl.ac.uk")}.`;
P("school")`Recommendation letter for ${PE("Pham Thi Lan")} applying to MIT's PhD program; she was in my graduate seminar and TA'd for Prof. ${PE("Alan Reinhardt")}.`;
P("school")`Safeguarding log: ${PE("Jayden Clarke")} (Y7, DOB ${DOB("03/06/2014")}) disclosed that his stepfather ${PE("Lee Rowntree")} ... DSL informed. Home: ${AD("58 Ashby Road, Loughborough LE11 3AG")}.`;
P("school")`Financial aid appeal: my name is ${PE("Valentina Ospina")}, FAFSA shows EFC 0, my mother's SSN is ${SSN(g.ssn())} and we moved from ${LO("Medellín")} last year.`;
P("school")`Absence email — "Hi Mrs ${PE("Hargreaves")}, ${PE("Tilly")} won't be in today, she's got a temperature. Thanks, ${PE("Rachel Dunn")} (mum) ${PH("07812 664 093")}"`;
P("school")`Grade dispute: ${PE("Kwame Osei-Bonsu")} (${E("k.osei-bonsu@student.ed.ac.uk")}) says his dissertation mark was mis-entered as 58 instead of 68.`;
P("school")`University enrolment — Surname: ${PE("Yamamoto")}; Given names: ${PE("Sakura")}; Date of birth: ${DOB("2005/04/18")}; Nationality: Japanese; Home address: ${AD("2-14-8 Minami-Aoyama, Minato-ku, Tokyo 107-0062")}`;

// ---- travel ----
P("travel")`Booking confirmation PNR QX7R2K — Passenger: ${PE("MUELLER/ANNA")} MS Flight LH 400 FRA-JFK 14MAR 1055 1345. Contact ${E("anna.mueller@web.de")} ${PH("+49 151 2384 4710")}.`;
P("travel")`Make an itinerary for ${PE("Rajesh")} and ${PE("Lakshmi Venkatesan")}: Chennai → Singapore 12 Apr (SQ 529), 3 nights Marina Bay, then Bali.`;
P("travel")`Hotel check-in record: guest ${PE("Oleksandr Shevchenko")}, passport ${T("US_PASSPORT", g.digits(9))}, DOB ${DOB("1978-03-29")}, card on file ${CC(g.fmtCard(g.card.mc()))}.`;
P("travel")`Visa letter: "We confirm that Ms. ${PE("Nomvula Khumalo")}, born ${DOB("11 November 1990")}, residing at ${AD("23 Vilakazi Street, Orlando West, Soweto 1804")}, will attend our conference in Berlin."`;
P("travel")`Amadeus-style PNR: 1.ABUBAKAR/ISA MR 2.ABUBAKAR/HAUWA MRS — map to ${PE("Isa Abubakar")} and ${PE("Hauwa Abubakar")}, APM ${PH("+234 803 412 7765")}.`;
P("travel")`Car rental: driver ${PE("Brianna Walsh")}, DL ${T("US_DRIVER_LICENSE", "W" + g.digits(12))} (WI), pickup SFO 03/22, return LAX 03/29.`;
P("travel")`rebook my mum ${PE("hamida begum")} on the later flight pls, her booking ref is KD93LM and her mobile is ${PH("+44 7468 210 733")}`;
P("travel")`Travel insurance declaration: traveller ${PE("Marek Dvořák")}, born ${DOB("15/01/1967")}, pre-existing condition: hypertension. Destination: Thailand.`;
P("travel")`Airbnb message: "Hey ${PE("Gianluca")}, we land at 9pm — is self check-in ok? My husband ${PE("Tobias")} will text you from ${PH("+41 79 438 21 66")}."`;

// ---- banking chats ----
P("bank")`Customer: hi i sent 500 to the wrong account, it was meant for ${IB(g.ibans.NL!())} but i typed one digit wrong. name on it is ${PE("Sanne de Vries")}`;
P("bank")`Agent summary: Mr. ${PE("Chidi Anagonye")} reported card ${CC(g.fmtCard(g.card.visa(), "-"))} stolen at ${LO("Manchester Piccadilly")}. Card blocked, replacement to ${AD("5 Tib Lane, Manchester M2 4JB")}.`;
P("bank")`Write a chatbot reply: the user ${PE("Yasmin Chaudhry")} asks why her transfer to ${IB(g.spaced(g.ibans.DE!()))} is on hold.`;
P("bank")`wire instructions pls double check — beneficiary: ${PE("Dimitrios Papadopoulos")}, routing ${T("ABA_ROUTING_NUMBER", g.aba())}, account ${T("US_BANK_NUMBER", g.digits(9))}, memo: invoice 2219`;
P("bank")`Chat transcript
User: Hello, this is ${PE("Grace Adjei")}, I can't log in
Bot: I can help. Please confirm your date of birth.
User: ${DOB("04/04/1985")}
Bot: Thanks. And the last four of your card?
User: 8812`;
P("bank")`Dispute: I did not make the $312.40 charge at BestBuy on my card ${CC(g.card.amex())}. — ${PE("Jorge Castillo")}, ${PH("(956) 287-4410")}`;
P("bank")`KYC review: applicant ${PE("Wang Jianguo")}, DOB ${DOB("1970-08-08")}, address ${AD("Room 1802, 88 Century Avenue, Pudong, Shanghai 200120")}, source of funds: property sale.`;
P("bank")`Standing order set-up: pay £650 monthly to ${PE("Eamon Gallagher")} ${IB(g.ibans.GB!())} ref RENT-FLAT2.`;
P("bank")`Explain this crypto withdrawal failing: to ${T("CRYPTO", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")}, network BTC, user ${PE("Lars Henriksen")}.`;
P("bank")`fraud alert call notes: spoke to Mrs. ${PE("Doreen Ashby")}, 79, she gave the caller her card ${CC(g.fmtCard(g.card.mc()))} and sort code. Advised police, ref via ${PH("0300 123 2040")}.`;

// ---- delivery / logistics ----
P("delivery")`Courier note: leave with neighbour at no. 14 if Mr ${PE("Adeleke")} not home. Deliver to ${AD("12 Pembroke Crescent, Hove BN3 5DB")}. Tel ${PH("07712 348 906")}.`;
P("delivery")`Shipping label:
SHIP TO: ${PE("KATARZYNA NOWAK")}
${AD("1450 N State Pkwy Apt 12A, Chicago IL 60610")}
${PH("312-847-2290")}
Tracking 1Z999AA10123456784`;
P("delivery")`Driver app log: stop 14/31 — ${PE("Haruto Sato")}, ${AD("3-5-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023")}, signature captured, photo uploaded.`;
P("delivery")`customer chat: where is my parcel?? ordered 10 days ago, name ${PE("Chinonso Okeke")}, postcode SE15 4QL, email ${E("chinonso.okeke@yahoo.com")}`;
P("delivery")`Returns manifest row: RMA-22871 | ${PE("Bianca Ferraro")} | ${AD("Via Roma 22, 20121 Milano")} | reason: wrong size`;
P("delivery")`Dispatcher: reroute van 7 — Mrs. ${PE("Ogunbanjo")} at ${AD("45 Brixton Hill, London SW2 1JX")} wants delivery after 5, call ${PH("020 7274 6612")}.`;
P("delivery")`Freight booking: consignee Al Noor Marine Trading LLC attn ${PE("Faisal Al-Marri")}, ${PH("+971 50 418 2276")}, Jebel Ali Free Zone.`;
P("delivery")`Write an apology to ${PE("Tanisha Brooks")} — her order was delivered to ${AD("4410 Bellaire Blvd, Houston, TX 77025")} instead of her new place.`;

// ---- government forms ----
P("gov")`Help me fill the passport renewal (DS-82): Name ${PE("Christopher James Abernathy")}, DOB ${DOB("06/21/1975")}, current passport ${T("US_PASSPORT", g.digits(9))}, SSN ${SSN(g.ssn())}.`;
P("gov")`Benefits application: claimant ${PE("Leanne Pritchard")}, NI ${NI(g.nino().replace(/(..)(..)(..)(..)(.)/, "$1 $2 $3 $4 $5"))}, address ${AD("7 Coronation Street, Salford M5 3EZ")}, DOB ${DOB("13/07/1983")}.`;
P("gov")`DMV form: applicant ${PE("Luis Enrique Barrios")}, driver license no. ${T("US_DRIVER_LICENSE", "B" + g.digits(7))}, moving from ${AD("88 Ocean Ave, Santa Monica, CA 90402")}.`;
P("gov")`Tax return question: my ITIN is ${T("US_ITIN", g.itin())} and my spouse ${PE("Fatima Zahra Benali")} has SSN ${SSN(g.ssn())}, can we file jointly?`;
P("gov")`Council tax change of address: ${PE("Oluwadamilare Ajayi")}, from ${AD("16 Gipsy Lane, Leicester LE4 6RD")} to ${AD("3 Abbey Park Road, Leicester LE4 5AQ")}, effective 1 March.`;
P("gov")`Jury summons reply draft — juror ${PE("Moana Te Rangi")}, juror no. 44102, requests deferral; contact ${E("moana.terangi@xtra.co.nz")}.`;
P("gov")`HMRC letter explain: "Dear Mr ${PE("S Chakraborty")}, National Insurance number ${NI(g.nino())}, you have underpaid tax of £412.60 for 2024-25."`;
P("gov")`Voter registration: ${PE("Andile Zungu")}, born ${DOB("1 May 2007")}, first-time voter, lives at ${AD("22 Harbour Road, Durban 4001")}.`;
P("gov")`SNAP recertification — household: ${PE("Maria Gonzalez")} (head, DOB ${DOB("10/10/1980")}), ${PE("Diego Gonzalez")} (son, DOB ${DOB("02/02/2012")}). Mail to ${AD("PO Box 1187, Las Cruces, NM 88004")}.`;

// ---- code and data ----
P("json")`Why does this fail schema validation?
{"customer":{"firstName":"${PE("Nadia")}","lastName":"${PE("Benhaddou")}","email":"${E("nadia.benhaddou@orange.fr")}","phone":"${PH("+33 6 71 42 88 13")}","dob":"${DOB("1993-05-27")}"}}`;
P("json")`[{"id":1,"name":"${PE("Olumide Bakare")}","iban":"${IB(g.ibans.BE!())}"},{"id":2,"name":"${PE("Greta Lindholm")}","iban":"${IB(g.ibans.SE!())}"}]`;
P("json")`Here's the webhook payload we got: {"event":"payment.failed","card_last4":"4242","billing":{"name":"${PE("Samuel Adeyemi")}","line1":"${AD("221 Kings Road, London SW3 5EJ")}"},"ip":"${IP(g.ipv4())}"}`;
P("json")`response.json(): {"user":{"username":"kwame_88","full_name":"${PE("Kwame Mensah")}","ssn":"${SSN(g.ssn())}","created":"2025-11-02T10:14:00Z"}}`;
P("yaml")`Fix the indentation in this fixture:
users:
  - name: ${PE("Ingrid Solberg")}
    email: ${E("ingrid.solberg@telenor.no")}
    phone: "${PH("+47 912 34 567")}"
  - name: ${PE("Tariq Jameel")}
     email: ${E("tariq.jameel@gmail.com")}`;
P("yaml")`contacts.yaml:
on_call:
  primary: {name: "${PE("Bryony Fairweather")}", mobile: "${PH("+44 7723 508 114")}"}
  secondary: {name: "${PE("Ade Ogunsanya")}", mobile: "${PH("+44 7956 802 337")}"}`;
P("csv")`Dedupe this CSV:
first_name,last_name,email,phone,city
${PE("Hamid")},${PE("Rezaei")},${E("h.rezaei@gmail.com")},${PH("+1 416 555 2093")},${LO("Toronto")}
${PE("hamid")},${PE("rezaei")},${E("H.Rezaei@gmail.com")},${PH("416-555-2093")},${LO("toronto")}
${PE("Beatriz")},${PE("Costa")},${E("bia.costa@uol.com.br")},${PH("+55 11 98765 4321")},${LO("São Paulo")}`;
P("csv")`patient_id,name,dob,nhs_number
1001,"${PE("Whitaker, June")}",${DOB("1941-03-12")},${T("UK_NHS", g.nhs())}
1002,"${PE("Osei, Kofi")}",${DOB("1967-09-30")},${T("UK_NHS", g.nhs())}
-- why does pandas parse dob as object?`;
P("csv")`employee_id;name;iban;salary
E-3021;${PE("Jürgen Baumann")};${IB(g.ibans.DE!())};64200
E-3022;${PE("Sevgi Arslan")};${IB(g.ibans.AT!())};58900`;
P("log")`2026-03-14T09:12:44.118Z INFO  auth.login success user=${E("m.oconnell@acme-corp.com")} ip=${IP(g.ipv4())} ua="Mozilla/5.0"`;
P("log")`Mar 14 09:13:02 web-3 app[2211]: WARN payment declined for ${PE("Priscilla Adomako")} card=${CC(g.card.visa())} reason=insufficient_funds`;
P("log")`[2026-03-14 10:01:55] ERROR OrderService: could not geocode address "${AD("17 Bramble Lane, Tunbridge Wells TN2 4QE")}" for customer_id=88213`;
P("log")`level=debug msg="sms sent" to=${PH("+14155238812")} template=otp user_name="${PE("Ji-hoon Lee")}"`;
P("log")`nginx access: ${IP(g.ipv6())} - - [14/Mar/2026:11:20:31 +0000] "GET /account?email=${E("shreya.kapoor%40gmail.com")} HTTP/1.1" 200 5123`;
P("log")`audit: user ${OPT(PE("rgreenberg"))} viewed record of patient ${PE("Mildred Okoye")} (DOB ${DOB("1950-01-31")}) from ${IP(g.ipv4())}`;
P("stack")`Why is this crashing?
Traceback (most recent call last):
  File "app/billing.py", line 88, in charge
    stripe.Charge.create(amount=4999, source=card)
ValueError: invalid card number '${CC(g.fmtCard(g.card.mc()))}' for customer '${PE("Tobias Engström")}' <${E("tobias.engstrom@spotify.com")}>`;
P("stack")`Exception in thread "main" java.lang.IllegalArgumentException: Invalid phone number: ${PH("+44 20 8563 7721")} (user=${PE("Ayesha Siddiqa")})
    at com.acme.crm.PhoneValidator.validate(PhoneValidator.java:42)
    at com.acme.crm.ContactService.save(ContactService.java:118)`;
P("stack")`TypeError: Cannot read properties of undefined (reading 'postcode')
    at formatAddress (/srv/app/src/address.js:14:22)
  input: { name: '${PE("Ruairí Mac Aodha")}', line1: '${AD("9 Strand Road, Derry BT48 7AB")}', postcode: undefined }`;
P("stack")`django.db.utils.IntegrityError: duplicate key value violates unique constraint "users_email_key"
DETAIL:  Key (email)=(${E("vikram.singh.rathore@gmail.com")}) already exists.`;
P("sql")`UPDATE customers SET email = '${E("a.nowicka@onet.pl")}', phone = '${PH("+48 22 628 41 90")}' WHERE full_name = '${PE("Aleksandra Nowicka")}';`;
P("sql")`SELECT * FROM patients WHERE last_name = '${PE("Abernethy")}' AND dob = '${DOB("1958-04-02")}'; -- returns 0 rows, why?`;
P("sql")`DELETE FROM users WHERE ssn = '${SSN(g.ssn())}' OR email = '${E("d.moreau@free.fr")}';`;
P("sql")`optimise: SELECT o.id FROM orders o JOIN customers c ON c.id=o.customer_id WHERE c.name ILIKE '%${PE("okonkwo")}%' AND c.city='${LO("Enugu")}';`;
P("sql")`INSERT INTO payouts (payee, routing, account) VALUES ('${PE("Shanelle Dawkins")}', '${T("ABA_ROUTING_NUMBER", g.aba())}', '${T("US_BANK_NUMBER", g.digits(12))}');`;
P("fixture")`// test fixture
export const alice = { name: "${PE("Alicia Fonseca")}", email: "${E("alicia.fonseca@example.com")}", card: "${CC(g.card.visa())}", dob: "${DOB("1990-01-15")}" };`;
P("fixture")`def test_normalize_phone():
    assert normalize("${PH("07700 183 442")}") == "${PH("+447700183442")}"
    assert normalize_name("${PE("o'brien, siobhan")}") == "${PE("Siobhan O'Brien")}"`;
P("fixture")`factory :user do
  first_name { "${PE("Kofi")}" }
  last_name  { "${PE("Annan-Mensah")}" }
  email      { "${E("kofi.am@mailinator.com")}" }
  nino       { "${NI(g.nino())}" }
end`;
P("env")`Why isn't my .env loading? ADMIN_EMAIL=${E("priya.natarajan@fintrack.io")} ADMIN_PHONE=${PH("+16175238841")} SUPPORT_NAME="${PE("Priya Natarajan")}"`;
P("graphql")`mutation { updateProfile(id: 884, input: {name: "${PE("Zhang Wei")}", address: "${AD("1208 Bay Street, Toronto, ON M5R 3K4")}", phone: "${PH("+1 647 238 9910")}"}) { ok } }`;
P("regex")`my regex doesn't match this line, why? "Contact: ${PE("Nomsa Khumalo")}, ${PH("+27 82 445 1093")}, ${E("nomsa.k@vodamail.co.za")}"`;

// ---- e-mail threads ----
P("email")`Can you summarise this thread?

From: ${PE("Deborah Kingsley")} <${E("d.kingsley@harbourlaw.co.uk")}>
Sent: 12 March 2026 16:02
To: ${PE("Tunde Bakare")}
Subject: RE: completion date

Tunde, the buyer's solicitor is pushing for the 28th. Can your clients Mr and Mrs ${PE("Ferreira")} do that?

> On 11 Mar, ${PE("Tunde Bakare")} <${E("tunde@bakare-conveyancing.com")}> wrote:
> We're aiming for early April.`;
P("email")`Rewrite my signature to be shorter:
--
Dr. ${PE("Mariana Castellanos Vega")}, PhD
Senior Research Scientist | Genomics
${AD("450 Brookline Ave, Boston, MA 02215")}
T: ${PH("+1 617 632 3000")} | M: ${PH("+1 857 242 7781")}
${E("mariana_castellanos@dfci.harvard.edu")}`;
P("email")`Reply to this politely declining:
"Hi, I'm ${PE("Oyinkansola Bello")}, founder of a small fintech in ${LO("Lagos")}. I'd love 15 mins of your time. My WhatsApp is ${PH("+234 809 221 4470")}. Best, ${PE("Oyin")}"`;
P("email")`-----Original Message-----
From: ${PE("Henrik Sørensen")} [mailto:${E("hs@nordlicht-consult.dk")}]
Sent: Tuesday, March 10, 2026 8:14 AM
Subject: Invoice 2026-031
Please pay into ${IB(g.ibans.DK!())} within 14 days.
---
Can you check if this is a phishing email?`;
P("email")`thread: 
${PE("Marguerite")}: are we still ok for thursday?
${PE("Kofi")}: yes, 2pm. I'll bring ${PE("Anneliese")}.
${PE("Marguerite")}: great — my cell is ${PH("(202) 436-8819")} in case.
---
turn this into a calendar invite`;
P("email")`Out of office auto-reply: I am on leave until 24 March. For urgent matters contact ${PE("Sunita Rampersad")} (${E("s.rampersad@ttbank.tt")}, ${PH("+1 868 625 4411")}).`;
P("email")`Fwd: your new employee ID
---------- Forwarded message ---------
From: HR Onboarding <hr@globex.example>
To: ${PE("Ikechukwu Nnamdi")} <${E("ike.nnamdi@gmail.com")}>
Welcome ${PE("Ikechukwu")}! Please confirm your home address (${AD("78 Crestview Drive, Raleigh, NC 27609")}) and SSN ending 4471.`;

// ---- meeting transcripts ----
P("transcript")`[00:03:12] ${PE("Harpreet Kaur")}: Okay, let's start. ${PE("Ben")}, can you give the update on the Leeds migration?
[00:03:20] ${PE("Ben Ashcroft")}: Sure. We moved 80% of the tenants, the rest is blocked on ${PE("Oksana")}'s team.
[00:03:41] ${PE("Oksana Melnyk")}: We'll be done Friday.`;
P("transcript")`Call recording transcript (support):
Agent: Can I take your full name?
Caller: It's ${PE("Bolanle Adewale-Johnson")}.
Agent: And the postcode and first line of the address?
Caller: ${AD("22 Ravenscourt Gardens, W6 0TU")}.
Agent: Lovely, and a contact number?
Caller: ${PH("07412 883 019")}.`;
P("transcript")`Zoom transcript 2026-03-11
${PE("Carmen Delgado")} (host): Thanks everyone. ${PE("Raj")}, you're muted.
${PE("Rajiv Menon")}: Sorry! So the customer, Mrs. ${PE("Lindiwe Ndlovu")}, wants the refund to her new card.
${PE("Carmen Delgado")}: Fine, send me the details offline.`;
P("transcript")`Interview transcript — Interviewer: Tell me about yourself. Candidate (${PE("Yusuf Oyelaran")}): I grew up in ${LO("Ibadan")}, studied EE, moved to ${LO("Rotterdam")} in 2019 for a master's ...`;
P("transcript")`Board minutes: Present — ${PE("A. Whitmore")} (Chair), ${PE("J. Okafor")}, ${PE("P. Raghavan")}, ${PE("L. Moreau")}. Apologies — ${PE("S. Kimura")}. Minutes taken by ${PE("Elspeth Grant")}.`;
P("transcript")`Speaker 1 (${PE("Dana Whitlock")}): the client's DOB is wrong on the form, it should be ${DOB("12 April 1964")}.
Speaker 2 (${PE("Marcus Feld")}): noted, I'll fix it before it goes to the underwriter.`;

// ---- chat logs, lower case ----
P("chat.lc")`hey can u send the money to ${PE("tomi")}'s account, it's ${IB(g.ibans.NL!().toLowerCase())} i think`;
P("chat.lc")`lol ${PE("mo")} said ${PE("yasmin")} lives at ${AD("43 carlton rd, nottingham ng3 2dg")} now, can u send the invite there`;
P("chat.lc")`pls summarise: [12:01] ${PE("kev")}: who's got ${PE("dami")}'s number? [12:02] ${PE("tasha")}: ${PH("07947 228 510")} [12:02] ${PE("kev")}: ta`;
P("chat.lc")`my name is ${PE("aditi sharma")} and my ssn is ${SSN(g.ssn())}, how do i freeze my credit`;
P("chat.lc")`write a text to auntie ${PE("ngozi")} saying happy birthday, she was born ${DOB("8 march 1961")} so she's 65 now`;
P("chat.lc")`email of the guy from the meetup is ${E("jp.lefebvre@gmail.com")}, his name is ${PE("jean-pierre lefebvre")}, from ${LO("lyon")}`;
P("chat.lc")`can you help me reply to my landlord mr. ${PE("hussain")}? he wants the rent by bank transfer to ${IB(g.ibans.GB!())}`;
P("chat.lc")`ok so ${PE("dylan")} and ${PE("chiara")} are coming at 7, ${PE("chiara")}'s bringing her brother ${PE("matteo")}`;
P("chat.lc")`pay ${PE("abdou")} back pls — revolut ${PH("+33 7 81 22 49 06")}`;
P("chat.lc")`ugh ${PE("kemi")} sent her card by mistake in the group chat ${CC(g.card.visa())} lol should i tell her`;

// ---- more formats: particles, surname-first, hyphenated, international prefixes ----
P("crm")`Contact card: ${PE("VAN DER MERWE, Pieter")} — ${PH("+27 (0)21 418 3320")} — ${E("pieter.vdmerwe@capewines.co.za")} — ${LO("Stellenbosch")}`;
P("crm")`Lead owner ${PE("Ludovica de' Medici")} asked to loop in ${PE("Tariq al-Hashimi")} and ${PE("Joost van 't Hek")} on the renewal.`;
P("crm")`Customer ${PE("Nkechi Ogbonna-Duru")} prefers calls after 6pm: ${PH("0044 7700 184 229")}.`;
P("crm")`${PE("Ó Súilleabháin, Máire")} called twice about the invoice; callback ${PH("+353 (0)21 427 3311")}.`;
P("hr.cv")`Translate this CV line: "${PE("LI Xiaoming")} (${PE("Li Xiaoming")}), born ${DOB("1996-07-02")} in ${LO("Chengdu")}, MSc TU Delft."`;
P("hr.cv")`Name: ${PE("Oluwatobiloba Adekunle-Ajasin")}\nPhone: ${PH("+234 (0) 802 441 9087")}\nEmail: ${E("tobi.ajasin@gmail.com")}\nLocation: ${LO("Abuja")}`;
P("chat")`can you write a wedding speech for ${PE("Chidera")} and ${PE("Emeka Nwankwo-Obi")}? the reception is at ${AD("The Old Rectory, 4 Church Lane, Haslemere GU27 2BJ")}`;
P("chat")`My neighbour ${PE("Yoshiko Matsumoto-Hayes")} keeps parking across my drive at ${AD("19 Larch Avenue, Ascot SL5 8NU")}. Draft a note.`;
P("chat")`Help me write to ${PE("Seo-yeon Kim")} — she's moving from ${LO("Busan")} to ${LO("Seattle")} and asked for tips. Her Kakao-linked number is ${PH("+82 10-4821-7730")}.`;
P("chat")`I'm ${PE("Ananya Chatterjee")}, DOB ${DOB("19 Sep 1992")}, and I need to dispute a Verizon bill sent to ${AD("55 Water Street, Jersey City, NJ 07302")}.`;
P("chat")`Draft a thank-you to Professor ${PE("Adewale Thompson")} for the reference letter.`;
P("chat")`Text for abuelo ${PE("ramón")}: happy 80th! (born ${DOB("14/03/1946")}).`;
P("chat")`Write a LinkedIn post congratulating ${PE("Fernando de la Cruz Herrera")} on his promotion to VP at our ${OPT(LO("Madrid"))} office.`;
P("ticket")`Ticket 55120: ${PE("Rashida Tlaib-Owens")} can't receive SMS codes on ${PH("+1 (313) 742-0185")}; last login from ${IP(g.ipv4())}.`;
P("ticket")`Escalation: ${PE("Kazuki Morimoto")} (${E("k.morimoto@rakuten-mail.jp")}) reports his card ${CC(g.fmtCard(g.card.jcb()))} was charged in yen and in euros.`;
P("ticket")`Customer ${PE("Björk Guðmundsdóttir-Hall")} wants her invoices sent to ${E("bjork.gh@simnet.is")} instead of the old address.`;
P("ticket")`Billing: card ${CC(g.card.disc().replace(/(\d{4})/g, "$1-").replace(/-$/, ""))} on the account of ${PE("Terrence O'Malley")} failed AVS; postcode on file 02139.`;
P("clinical")`Allergy alert for ${PE("Yaa Asantewaa Boateng")} (DOB ${DOB("1999-01-09")}): penicillin — anaphylaxis. Confirmed with her GP Dr ${PE("Imran Qadir")}.`;
P("clinical")`Home visit list: 1) Mrs. ${PE("Eileen Fitzpatrick")}, ${AD("3 Glebe Cottages, Ennis, Co. Clare V95 K2X7")} 2) ${PE("Seamus Duggan")}, ${AD("Main Street, Kilrush, Co. Clare")}.`;
P("clinical")`Optometry recall: ${PE("Hamza bin Yusuf")} is due for diabetic eye screening; contact ${PH("+44 121 496 0777")}.`;
P("discharge")`D/C summary — ${PE("Ahmadi, Parisa")}, 38F, DOB ${DOB("06-Mar-1987")}, postpartum haemorrhage managed with oxytocin; discharged home to ${LO("Coventry")} with baby.`;
P("legal")`Affidavit: I, ${PE("Chinedu Okwuosa")}, of ${AD("Plot 12, Admiralty Way, Lekki Phase 1, Lagos")}, make oath and say that my date of birth is ${DOB("21 October 1983")}.`;
P("legal")`Tribunal bundle index: 1. ET1 claim form of Ms ${PE("Gabriela Nowak-Evans")} 2. ET3 response 3. Witness statement of ${PE("Derek Stubbs")}.`;
P("legal")`Settlement: pay ${PE("Hannah Abernathy-Cole")} £12,500 by BACS to ${IB(g.spaced(g.ibans.GB!()))} within 14 days.`;
P("insurance")`Claim note: insured ${PE("Xu Jiayi")} (surname Xu) reported hail damage at ${AD("2209 Prairie Wind Dr, Plano, TX 75093")}; adjuster ${PE("Cody Rasmussen")} ${PH("(469) 832-1147")}.`;
P("insurance")`Health claim EOB: member ${PE("Kamala Devi Ramaswamy")}, member DOB ${DOB("11/19/1958")}, provider Mercy Hospital, billed $4,210.`;
P("tenancy")`HMO licence application: occupants ${PE("Aleksander Nowak")}, ${PE("Chiara Bassi")}, ${PE("Olumide Fagbemi")}, ${PE("Tom Hughes")} at ${AD("64 Harehills Lane, Leeds LS8 5HX")}.`;
P("school")`Class list: ${PE("Adeyemi, Tolu")}; ${PE("Brennan, Cian")}; ${PE("Chowdhury, Rumana")}; ${PE("da Silva, Bruno")}; ${PE("El-Amin, Yasmin")}.`;
P("school")`PhD viva panel: candidate ${PE("Nguyễn Minh Châu")}, internal examiner Prof. ${PE("Sarah Pemberton")}, external Prof. ${PE("Kwasi Wiredu Jr.")}.`;
P("travel")`E-ticket: ${PE("ALMANSOORI/KHALID")} MR EK 004 DXB-LHR seat 12A, frequent flyer EK 441 229 810, mobile ${PH("+971 55 218 4470")}.`;
P("travel")`Hostel booking: guest ${PE("Emma-Louise Fairbanks")}, arrival 22 Mar, card ${CC(g.fmtCard(g.card.visa(), ""))}, phone ${PH("+61 2 9374 4000")}.`;
P("bank")`Beneficiary check: name ${PE("TAN Wei Ming")}, account ${OPT(T("US_BANK_NUMBER", "041-223344-5"))} at DBS Singapore, mobile ${PH("+65 9123 4567")}.`;
P("bank")`Open banking consent for ${PE("Ruth Adebisi")}, accounts ${IB(g.ibans.GB!())} and ${IB(g.ibans.IE!())}, expires in 90 days.`;
P("bank")`ETH refund address for ${PE("Noor Jaber")}: ${T("CRYPTO", "0x742d35Cc6634C0532925a3b844Bc454e4438f44e")}`;
P("bank")`Customer asks if her BTC deposit to ${T("CRYPTO", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")} arrived. Name: ${PE("Maya Goldstein")}.`;
P("delivery")`Address correction: ${PE("R. Venkataraman")}, ${AD("No. 14, 3rd Cross, Indiranagar, Bengaluru 560038")}, ${PH("+91 98450 12233")}.`;
P("delivery")`POD: signed by ${PE("j. okoro")} at ${AD("Unit 5, Trafford Park Rd, Manchester M17 1HG")}, 14:22.`;
P("gov")`Form I-9 section 1: ${PE("Mariam Tesfaye Gebremedhin")}, DOB ${DOB("07/14/1991")}, SSN ${SSN(g.ssn().replace(/-/g, " "))}, address ${AD("2300 N Pershing Dr, Arlington, VA 22201")}.`;
P("gov")`Passport application (child): ${PE("Zara Okafor-Lindqvist")}, born ${DOB("3 August 2020")} in ${LO("Gothenburg")}; parents ${PE("Chuka Okafor")} and ${PE("Maja Lindqvist")}.`;
P("gov")`Blue Badge renewal for Mr ${PE("Dennis Holloway")}, NI ${NI(g.nino())}, ${AD("11 Marsh Lane, Preston PR1 8UQ")}.`;
P("json")`{"patient":{"name":[{"family":"${PE("Okonjo")}","given":["${PE("Adaora")}"]}],"birthDate":"${DOB("1977-02-14")}","telecom":[{"system":"phone","value":"${PH("+44 113 496 0123")}"}]}} — FHIR validation error?`;
P("json")`{"to":"${E("lwazi.dube@gmail.com")}","template":"receipt","vars":{"name":"${PE("Lwazi Dube")}","last4":"0019","amount":"R 1,499"}}`;
P("log")`2026-03-14 12:44:10,221 DEBUG sms.gateway sending OTP 448120 to ${PH("+2348034127765")} for user_id=77182 (${PE("Emeka Okonkwo")})`;
P("log")`WARN  geo: login for ${E("h.yamada@softbank.ne.jp")} from ${IP(g.ipv4())} (JP) differs from last country (DE)`;
P("log")`{"ts":"2026-03-14T13:00:02Z","lvl":"error","msg":"kyc mismatch","name":"${PE("Fatima Al-Zahra Haidari")}","dob":"${DOB("1990-12-25")}","ip":"${IP(g.ipv4())}"}`;
P("sql")`UPDATE employees SET manager = '${PE("Ngozi Adichie-Bello")}' WHERE employee_name IN ('${PE("Femi Kuti")}', '${PE("Ama Ata")}');`;
P("sql")`SELECT name, phone FROM leads WHERE phone = '${PH("+49 221 9384410")}' OR email = '${E("ulrike.baer@posteo.de")}';`;
P("sql")`-- seed data\nINSERT INTO students VALUES (1, '${PE("Kiran Desai")}', '${DOB("2008-05-30")}', '${AD("12 Orchard Way, Cambridge CB4 2TT")}');`;
P("fixture")`it("masks card", () => expect(mask("${CC(g.fmtCard(g.card.amex(), "-"))}")).toBe("****-******-*1234")); // owner: ${PE("Rebekah Sloane")}`;
P("transcript")`[09:01] Moderator: welcome. [09:02] Dr. ${PE("Kofi Boateng")}: thanks — my patient Mrs. ${PE("Owusu")}, DOB ${DOB("2 Jan 1949")}, agreed we can discuss her case.`;
P("email")`> From: ${PE("Ilaria Santoro")} <${E("ilaria.santoro@unimi.it")}>
> Hi ${PE("Wen")}, can you send me ${PE("Dong-hyun")}'s CV?
Sure, attached. His number is ${PH("+82 2-2123-4567")} if you want to call him.
— ${PE("Wen Zhao")}`;
P("chat.lc")`wait is ${PE("priya")}'s bday ${DOB("12/08/1995")} or was that ${PE("pooja")}? i need it for the form`;
P("chat.lc")`send the contract to ${PE("olu")} at ${E("olu.adebayo@gmail.com")} and cc ${PE("tife")}`;
P("clinical")`Handover: bed 12 ${PE("Agarwal, Sunil")} 67M — NSTEMI, for angio tomorrow; bed 14 ${PE("Ogunyemi, Bisi")} 45F — DKA resolving. Bleep Dr ${PE("Lau")} if concerns.`;
P("hr.review")`Mid-year check-in notes for ${PE("Anh-Thu Le")}: ahead on OKRs; wants to move to the ${OPT(LO("Singapore"))} team; manager ${PE("Gavin Hurst")} supportive.`;
P("legal")`Client intake: ${PE("Olga Petrenko-Smith")}, DOB ${DOB("1986-05-03")}, US_DL ${T("US_DRIVER_LICENSE", "P" + g.digits(8))} (IL), referred by Attorney ${PE("Jim Cosgrove")}.`;
P("gov")`Medicare card helper: ${PE("Doris Whitaker")}, born ${DOB("July 4, 1952")}, SSN ${SSN(g.ssn())}, lives in ${LO("Tucson")}.`;
P("csv")`name,email,ip
${PE("Ahmed Khan")},${E("ahmed.khan@gmail.com")},${IP(g.ipv4())}
${PE("Li Na")},${E("lina88@qq.com")},${IP(g.ipv6())}`;
P("yaml")`- patient: ${PE("Oduya, Grace")}
  dob: ${DOB("1971-08-19")}
  nhs: "${T("UK_NHS", g.group(g.nhs(), [3, 3, 4], "-"))}"
  gp: Dr. ${PE("Mensah")}`;
P("log")`auth-service | 2026-03-14 14:02:55 | INFO | password reset requested for ${E("chloe.d'souza@infosys.com")} from ${IP(g.ipv4())}`;
P("email")`Hi team, please welcome ${PE("Yewande Oladipo")} who joins from ${LO("Accra")} next week. Her mobile is ${PH("+233 24 412 7788")}. Cheers, ${PE("Phil")}`;
P("chat.lc")`whats ${PE("kwesi")}'s address again? ${AD("27 mill lane, oxford ox3 9pn")}? want to send a card`;
P("bank")`Please verify this payee: Ms ${PE("Adaobi Chukwuma-Reid")}, sort code 20-00-00, account ${OPT(T("US_BANK_NUMBER", "55779911"))}, ${PH("07988 221 340")}.`;
