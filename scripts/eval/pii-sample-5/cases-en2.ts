/** Fifth PII red-team set, part 2: English application traffic — meeting transcripts, OCR text, forms, lower-case chat, addresses in many countries, national ids, dates of birth in many written forms. */
import * as g from "../pii-sample-3/gen.js";
import * as x4 from "../pii-sample-4/gen4.js";
import * as x from "./gen5.js";
import { b, T } from "./cases-en.js";
const { P, E, PH, CC, IB, SSN, NI, IP, DOB, AD, PE, LO, OPT } = b;

// ---- meeting transcripts with speaker names ----
P("meeting")`Summarise this transcript into action items:
${PE("Olumide Adebayo")} (00:02:11): OK, let's start. ${PE("Wanjiru")}, can you give the update on the ${OPT(LO("Kisumu"))} pilot?
${PE("Wanjiru Kamau")} (00:02:19): Sure. We onboarded 40 farmers. One of them, Mr. ${PE("Otieno")}, wants to be a reference customer, his number is ${PH("0722 418 391")}.
${PE("Olumide Adebayo")} (00:03:02): Great. ${PE("Hassan")}, please call him this week.`;
P("meeting")`Zoom auto-transcript (unedited):
${PE("Siobhan Kelleher")}: can everyone hear me
${PE("Rajesh Pillai")}: yes loud and clear
${PE("Siobhan Kelleher")}: great so the candidate we interviewed ${PE("Mariam Yusuf")} her references are Dr ${PE("Anne-Marie Cloutier")} at McGill and um ${PE("Peter Grün")}
${PE("Rajesh Pillai")}: i'll email them today`;
P("meeting")`Board minutes draft — present: ${PE("H. Lindqvist")} (chair), ${PE("M. Okeke")}, ${PE("S. Ferreira da Costa")}, ${PE("J. O'Donoghue")}. Apologies: ${PE("K. Yamamoto")}. The chair noted that Ms ${PE("Ferreira da Costa")} will step down at the AGM.`;
P("meeting")`Teams transcript — 1:1
[${PE("Nadia Rahimi")}] So how's the move going?
[${PE("Ewan Fraser")}] Nearly done, new place is ${AD("4/2 Marchmont Crescent, Edinburgh EH9 1HN")}. Can you update HR?
[${PE("Nadia Rahimi")}] Will do. Same mobile?
[${PE("Ewan Fraser")}] Yep, ${PH("07712 648 305")}.`;
P("meeting")`Interview transcript for the podcast, remove anything private:
HOST (${PE("Leah Abrams")}): Tell us where you grew up.
GUEST (${PE("Kofi Annor-Mensah")}): In ${LO("Kumasi")}, then we moved to ${AD("22 Ridge Road, Accra")} when I was eleven. My mum still lives there, you can call her, ${PH("+233 24 418 3307")}, she loves to talk.`;
P("meeting")`Stand-up notes 11 Mar: ${PE("Gabi")} — blocked on SSO; ${PE("Tobias")} — on leave; ${PE("Ngozi")} — fixing the export; ${PE("Ruairí")} — pairing with ${PE("Gabi")}. Customer Ms. ${PE("Elżbieta Kamińska")} called again (${PH("+48 22 628 14 03")}).`;
P("meeting")`Deposition excerpt:
Q. Please state your full name for the record.
A. ${PE("Darnell Antoine Fitzpatrick")}.
Q. And your address?
A. ${AD("3318 Magnolia Drive, Baton Rouge, LA 70808")}.
Q. Date of birth?
A. ${DOB("July 9th, 1979")}.`;
P("meeting")`Call recording summary: Inspector ${PE("Ravindra Joshi")} spoke to the complainant ${PE("Meenakshi Sundaram")} (${PH("+91 94440 21873")}) about the stolen scooter. Aadhaar ${T("IN_AADHAAR", x.aadhaar())} was recorded for verification.`;
P("meeting")`Webinar Q&A log:
Q (${PE("Hyun-woo Jang")}, ${E("hwjang@naver.com")}): will the slides be shared?
Q (${PE("Aoife Brady")}): is there a recording?
A (${PE("Marek Novák")}, presenter): yes to both, we'll send to registered emails.`;
P("meeting")`Transcribed voicemail: "Hi, it's ${PE("Bongani")} from the landlord's office, calling for Ms. ${PE("Precious Ndlovu")} about the lease at ${AD("Unit 14, Sunset Villas, 88 Beach Road, Strand, 7140")}. Please call back on ${PH("021 853 4412")}. Thanks."`;
P("meeting")`Focus-group transcript, anonymise before sharing: P1 (${PE("Hamza")}, 34, ${LO("Bradford")}): "I use the app daily." P2 (${PE("Grace")}, 61, ${LO("Truro")}): "My grandson ${PE("Jake")} set it up for me." Moderator: ${PE("Ellie Warburton")}.`;
P("meeting")`Meeting invite body:
Organizer: ${PE("Mohammed bin Rashid Al-Suwaidi")} <${E("m.alsuwaidi@adnoc-partners.ae")}>
Required: ${PE("Julia Schneider")}; ${PE("Arjun Mehta")}; ${PE("Ayesha Siddiqui")}
Dial-in: ${PH("+971 4 318 2240")}`;
P("meeting")`Court transcript: THE COURT: Mr. ${PE("Kowalczyk")}, you are the father of ${PE("Zofia")}? MR. ${PE("KOWALCZYK")}: Yes, Your Honor. THE COURT: And ${PE("Zofia")} was born ${DOB("February 3, 2015")}? MR. ${PE("KOWALCZYK")}: Correct.`;
P("meeting")`Parent-teacher meeting notes: attended by ${PE("Lakshmi Narayanan")} (mother) and Mrs. ${PE("Okafor")} (form tutor). Student ${PE("Aditya Narayanan")}, DOB ${DOB("11 Nov 2012")}. Mum's mobile ${PH("07551 304 882")}.`;

// ---- OCR-like text with odd spacing and line breaks ----
P("ocr")`OCR of a utility bill, extract the account holder:
B R I T I S H   G A S
Acc ount holder :  MR  ${PE("ADEWALE  OGUNDIPE")}
${AD("14  Chestnut  Grove\nLuton   LU3 1SE")}
Acc no  8812  0031  2291`;
P("ocr")`Scanned ID card text (messy):
SURNAME/NOM   ${PE("DUBOIS")}
GIVEN NAMES/PRENOMS   ${PE("MARIE-CLAIRE")}
DATE OF BIRTH   ${DOB("12 03 1986")}
PLACE OF BIRTH   ${LO("LYON")}`;
P("ocr")`passport MRZ from photo — is the check digit right?
P<GBR${PE("HUGHES<<GARETH<OWEN")}<<<<<<<<<<<<<<<<<<<<<
${T("UK_PASSPORT", "5338" + g.digits(5))}2GBR${DOB("810412")}7M3107194<<<<<<<<<<<<<<04`;
P("ocr")`Tesseract output of a payslip:
Emp loyee :${PE("Shreya  Banerjee")}     NI No: ${NI(g.nino().replace(/(..)(..)(..)(..)(.)/, "$1 $2 $3 $4 $5"))}
Tax code 1257L    Period 11
Net pay  £2,41 8.77`;
P("ocr")`Text from a handwritten form (OCR):
Nam e: ${PE("Jaroslav Dvořák")}
Addr: ${AD("Vinohradská 1 12\n130 00 Praha 3")}
Tel: ${PH("+420 602 418 377")}
b orn: ${DOB("4.7.19 68")}`;
P("ocr")`PDF extraction lost the layout:
Patient${PE("Valentina Greco")}DOB${DOB("23/05/1994")}NHS No${T("UK_NHS", g.nhs())}Ward 7 Bed 3Consultant Dr ${PE("S. Iqbal")}`;
P("ocr")`OCR receipt: CARD  ${CC(g.fmtCard(g.card.amex()))}   AUTH 044812  CARDHOLDER  ${PE("J  WAINWRIGHT")}  THANK YOU FOR SHOPPING`;
P("ocr")`Fax header garbled: FROM: ${PH("+1 416 924 3318")}  TO: ${PH("+1 905 482 1170")}  RE:  ${PE("Gurpreet  Singh  Dhillon")}  SIN ${T("CA_SIN", g.caSin())}  PAGE 1/3`;
P("ocr")`business card scan →
${PE("Ng  Kah  Wai")}
Regional Director, APAC
${PH("+65  9182  4407")}
${E("kahwai.ng@temasek-logistics.sg")}`;
P("ocr")`Pull name and DOB from this old certificate text:
"This is to certify that ${PE("Bridget  Mary  Ó  Dálaigh")} was born on the ${DOB("fourteenth day of\nJune, 1948")} at ${LO("Ennis")}, County Clare."`;
P("ocr")`Scanned lease (page 1) — LANDLORD: ${PE("Ravi   Shankar   Prasad")}  TENANT: ${PE("Julia   Hofmann")}  PREMISES: ${AD("Apt 12,  330 Queen St W,\nToronto  ON  M5V 2A2")}`;
P("ocr")`OCR from a delivery label:
SHIP TO:
${PE("DEEPIKA  RAMASWAMY")}
${AD("2 1 0 0  Lakeshore  Blvd  #1 4 0 9\nOakland  CA  9 4 6 0 6")}
PH ${PH("510 - 832 - 4417")}`;
P("ocr")`Medical card photo: Medicare ${T("AU_MEDICARE", x.auMedicare())}  ${PE("CHARLOTTE  E  NGUYEN")}  valid to 08/2029`;
P("ocr")`OCR of a visiting register:
Date | Visitor | Visiting | Phone
10/3 | ${PE("Sunil Perera")} | Mrs ${PE("Perera")} rm 4 | ${PH("07463 218 990")}
10/3 | ${PE("Agata  Mazur")} | ${PE("Zbigniew Mazur")} rm 11 | ${PH("07925 631 470")}`;

// ---- forms ----
P("form")`Rental application
Full name: ${PE("Obinna Chukwuemeka Nwosu")}
Date of birth: ${DOB("1989-01-17")}
Current address: ${AD("55 Peckham High Street, London SE15 5EB")}
Employer: Transport for London
NI number: ${NI(g.nino())}`;
P("form")`Fill in the rest of this visa form for me:
Surname: ${PE("Hernández Castillo")}  Given names: ${PE("María José")}
Date of birth: ${DOB("28 AUG 1993")}  Place of birth: ${LO("Guadalajara")}
Passport No: ${T("MX_PASSPORT", "G" + g.digits(8))}
Phone: ${PH("+52 33 1847 2290")}`;
P("form")`W-9 fields: Name ${PE("Keisha Lamont-Brown")} | Business name: (blank) | Address ${AD("1907 Peachtree Rd NE, Atlanta, GA 30309")} | TIN ${SSN(g.ssn())}`;
P("form")`Direct debit mandate:
Account holder: ${PE("Seán Ó Briain")}
IBAN: ${IB(g.spaced(g.ibans.IE!()))}
Address: ${AD("Apt 6, The Maltings, Bray, Co. Wicklow A98 X2E3")}`;
P("form")`Gym signup: name=${PE("Tanvir Hossain")}; dob=${DOB("05/06/1997")}; emergency contact=${PE("Nusrat Jahan")} ${PH("07988 120 543")}; card on file=${CC(g.fmtCard(g.card.visa(), "-"))}`;
P("form")`Medicare claim form: Beneficiary ${PE("Dolores M. Whitfield")}, MBI ${T("US_MBI", x.mbi())}, born ${DOB("October 2, 1948")}, provider NPI ${T("US_NPI", x.npi())}.`;
P("form")`Job application form — personal details:
Name: ${PE("Adaeze Okonjo")}
Email: ${E("adaeze.okonjo@gmail.com")}
Mobile: ${PH("+44 7401 339 826")}
Right to work: Yes (share code W4R 9KT 2LP)`;
P("form")`Tax return helper: Tax file number ${T("AU_TFN", x.auTfn())}, name ${PE("Bao Tran")}, address ${AD("17 Wattle Street, Cabramatta NSW 2166")}, phone ${PH("(02) 9728 4415")}.`;
P("form")`Insurance quote request — Driver 1: ${PE("Wiremu Tane")}, born ${DOB("3/12/1985")}, licence ${T("NZ_DRIVER_LICENCE", "DL" + g.digits(6))}, ${AD("42 Kowhai Road, Rotorua 3010")}.`;
P("form")`School enrolment: child ${PE("Yara Haddad")} (DOB ${DOB("2019-10-14")}); parent ${PE("Karim Haddad")}, ${E("karim.haddad@outlook.com")}, ${PH("0412 738 290")}; address ${AD("9/31 Canterbury Rd, Lakemba NSW 2195")}.`;
P("form")`KYC onboarding — name ${PE("Tan Wei Ming")}; NRIC ${T("SG_NRIC_FIN", x.sgNric("S"))}; DOB ${DOB("14-Feb-1980")}; address ${AD("Blk 218 Bedok North St 1, #08-112, Singapore 460218")}.`;
P("form")`Change of address notice for ${PE("Ioana Popescu")}: old ${AD("Str. Lipscani 18, Bucharest 030031")}, new ${AD("12 Ashgrove Road, Bristol BS7 9LL")}, effective 1 April.`;
P("form")`UK driving licence details for the hire car: ${PE("Morgan Ellis")}, licence no. ${T("UK_DRIVING_LICENCE", x.ukDl("Ellis", 1990, 7, 22, "MJ", false))}, DOB ${DOB("22/07/1990")}.`;
P("form")`Organ donor register: ${PE("Kalani Akana")}, born ${DOB("the 2nd of January 1977")}, ${AD("94-1020 Waipahu St, Waipahu, HI 96797")}, ${PH("(808) 671-3392")}.`;

// ---- lower-case / no-punctuation chat ----
P("chat.lc")`hey can u text ${PE("mariana")} her new number is ${PH("07931 284 660")} shes not on whatsapp anymore`;
P("chat.lc")`my bro ${PE("abdi")} moved to ${AD("14 oak st minneapolis mn 55404")} send the package there not my place`;
P("chat.lc")`ok so my ssn is ${SSN(g.ssn())} and dob ${DOB("4/18/92")} is that enough for the form or do they need more`;
P("chat.lc")`lol ${PE("rohan")} and ${PE("ishaan")} are coming too, ${OPT(PE("ishaans"))} mum said pick them up from ${AD("27 fairfield rd")} at 6`;
P("chat.lc")`pls wire it to my iban ${IB(g.ibans.FR!().toLowerCase())} thx ${PE("mathieu")}`;
P("chat.lc")`who is dr ${PE("hakimi")}? my appointment letter says dr ${PE("nasrin hakimi")} but the receptionist said dr ${PE("karimi")}`;
P("chat.lc")`write a bday msg for my nan ${PE("doreen")} shes 90 tomorrow born ${DOB("march 12 1936")} in ${LO("wigan")}`;
P("chat.lc")`email me the notes at ${E("tayo.fashanu@icloud.com")} or just whatsapp ${PH("+2348091337742")}`;
P("chat.lc")`my landlord mr ${PE("pemberton")} wont return the deposit, the flat was ${AD("flat 2 18 cromwell rd hove bn3 3ea")} what do i do`;
P("chat.lc")`card got declined ${CC(g.card.visa())} exp 11/27 is it expired or blocked`;
P("chat.lc")`yo its ${PE("jamal")} from the gym, my number changed to ${PH("917 384 2261")} add me`;
P("chat.lc")`help me write a reference for ${PE("sophie van der linden")} she worked for me 3 yrs very reliable`;
P("chat.lc")`can u find out if ${E("k.oyelaran@gmail.com")} is the same person as ${PE("kunle oyelaran")} on linkedin`;
P("chat.lc")`nino is ${NI(g.nino().toLowerCase())} and postcode ${T("UK_POSTCODE", "ls7 3pf")} why does the hmrc site keep saying no match`;
P("chat.lc")`remind me to call grandma ${PE("rosa")} on her birthday, she was born ${DOB("30 october 1941")}`;
P("chat.lc")`need the address for aunty ${PE("bimpe")}: ${AD("12 adeola odeku st victoria island lagos")}`;
P("chat.lc")`pls check if this aadhaar is valid ${T("IN_AADHAAR", x.aadhaar(""))} its my moms, ${PE("kavitha")}`;
P("chat.lc")`omg ${PE("mei")} just sent me her passport pic and dob ${DOB("09 09 2000")} to book the flights lol is that safe`;
P("chat.lc")`sending rent to ${PE("oleksandr")} 4 the flat, his acct ${IB(g.ibans.PL!())}, right one?`;

// ---- addresses in native formats (many countries) ----
P("addr")`Format these for shipping labels:
1. ${PE("Hiroko Sato")}, ${AD("〒150-0002 東京都渋谷区渋谷2-21-1")}
2. ${PE("Li Na")}, ${AD("北京市朝阳区建国路88号 SOHO现代城 2号楼 1503室")}
3. ${PE("Jeon Soo-min")}, ${AD("서울특별시 강남구 테헤란로 152, 1204호")}`;
P("addr")`Is this German address formatted correctly? Frau Dr. ${PE("Ulrike Brandt")}, ${AD("Hauptstraße 47a, 3. OG links, 69117 Heidelberg")}`;
P("addr")`Send the invitation to Famille ${PE("Lefèvre")} — ${AD("Bâtiment B, 12 allée des Tilleuls, 33600 Pessac, France")}.`;
P("addr")`Convert to the Italian format: Sig.ra ${PE("Francesca Colombo")}, ${AD("Via Giuseppe Garibaldi 25, int. 7, 20121 Milano MI")}`;
P("addr")`Deliver to: ${PE("Ana Paula Ribeiro")} — ${AD("Rua Augusta 1508, apto 62, Consolação, São Paulo - SP, 01304-001")}`;
P("addr")`Customs form: consignee ${PE("Rahul Verma")}, ${AD("H.No. 4-1-29/B, Abids Road, Hyderabad, Telangana 500001")}, ${PH("+91 40 2475 3318")}`;
P("addr")`The courier couldn't find: ${PE("Sipho Nkosi")}, ${AD("4512 Vilakazi Street, Orlando West, Soweto, 1804")}. Is the street name right?`;
P("addr")`Address for the wedding card: Mr & Mrs ${PE("Haddad")}, ${AD("Villa 27, Street 14, Al Barsha 2, Dubai, UAE")}`;
P("addr")`My sister ${PE("Olga Ivanova")} lives at ${AD("ул. Ленина, д. 15, кв. 42, Новосибирск, 630004")} — how do I write this in Latin letters?`;
P("addr")`US address validation failed: ${AD("1600 Amphitheatre Pkwy Apt 12, Mountain View, CA 94043-1351")} for ${PE("Joaquin Estrada")}`;
P("addr")`Spanish postal address for Don ${PE("Íñigo Echeverría Zubizarreta")}: ${AD("C/ de Alcalá, 145, 3º izda., 28009 Madrid")}`;
P("addr")`Canadian mailing label: ${PE("Geneviève Tremblay")}, ${AD("2150 rue Sherbrooke Ouest, app. 804, Montréal (Québec) H3H 1G7")}`;
P("addr")`Australian address: ${PE("Liam Murphy")}, ${AD("Unit 5/42 Smith Street, Fitzroy VIC 3065")}, ph ${PH("0403 227 816")}`;
P("addr")`Polish format: Pan ${PE("Krzysztof Wójcik")}, ${AD("ul. Długa 14 m. 3, 80-827 Gdańsk")}`;
P("addr")`Mexican address for the invoice: ${PE("Guadalupe Martínez")}, ${AD("Av. Insurgentes Sur 1602, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México, CDMX")}`;
P("addr")`Nigerian address for the delivery app: ${PE("Chiamaka Obi")}, ${AD("Plot 14, Admiralty Way, Lekki Phase 1, Lagos")}, ${PH("0816 229 4013")}`;
P("addr")`Swedish address: ${PE("Astrid Lindgren-Holm")}, ${AD("Storgatan 12 lgh 1102, 411 38 Göteborg")}`;
P("addr")`Irish Eircode lookup for ${PE("Caoimhe Ní Dhomhnaill")}, ${AD("Cnoc na Gaoithe, Gaoth Dobhair, Co. Dhún na nGall F92 X5R1")}`;
P("addr")`Korean address in romanised order: ${PE("Lee Ji-eun")}, ${AD("1204-ho, 152 Teheran-ro, Gangnam-gu, Seoul 06236")}`;
P("addr")`Turkish address: ${PE("Elif Şahin")}, ${AD("Bağdat Cad. No: 214 D: 8, Kadıköy 34728 İstanbul")}`;

// ---- national identifiers (checksum-valid) ----
P("ids")`Verify these for the onboarding batch: ${PE("Lena Fischer")} Steuer-ID ${T("DE_TAX_ID", g.deSteuerId())}; ${PE("Pedro Almeida")} NIF ${T("PT_NIF", x4.ptNif())}; ${PE("Emre Arslan")} TCKN ${T("TR_NATIONAL_ID", x4.trTckn())}.`;
P("ids")`Korean employee file: ${PE("Yoon Seo-jin")}, RRN ${T("KR_RRN", x.krRrn(1988, 5, 20, true))}, ${PH("010-2274-8913")}`;
P("ids")`Check digit question: is ${T("ZA_ID_NUMBER", x.zaId(1979, 11, 2, false))} a valid South African ID for ${PE("Johannes Botha")}?`;
P("ids")`Dutch payroll: ${PE("Fleur van Dijk")}, BSN ${T("NL_BSN", g.bsn())}, IBAN ${IB(g.ibans.NL!())}`;
P("ids")`Italian tenancy registration: ${PE("Rossi Alessandro")}, codice fiscale ${T("IT_FISCAL_CODE", g.codiceFiscale("Rossi", "Alessandro", 1983, 9, 14, false, "H501"))}`;
P("ids")`Swedish personnummer for the pension form: ${PE("Karin Lundqvist")} ${T("SE_PERSONNUMMER", g.sePnr(1972, 4, 9, true))}`;
P("ids")`Finnish HETU of the applicant ${PE("Mikko Virtanen")}: ${T("FI_PERSONAL_IDENTITY_CODE", g.hetu(1991, 2, 27))}`;
P("ids")`Belgian rijksregisternummer ${T("BE_NATIONAL_NUMBER", g.beNrn(1965, 8, 30))} belongs to ${PE("Jan Peeters")}; please anonymise it in the report.`;
P("ids")`Polish PESEL ${T("PL_PESEL", g.pesel(2003, 6, 11, true))} for ${PE("Natalia Kwiatkowska")}, born ${DOB("11.06.2003")}.`;
P("ids")`Danish CPR ${T("DK_CPR", g.dkCpr(1958, 12, 1))} — ${PE("Søren Kierkegaard Nielsen")}, ${AD("Nørrebrogade 44, 2. th., 2200 København N")}`;
P("ids")`US tax documents: ITIN ${T("US_ITIN", g.itin())} for ${PE("Xochitl Ramírez")}, spouse SSN ${SSN(g.ssn())}`;
P("ids")`German social security (RV-Nummer) for ${PE("Simone Krüger")}: ${T("DE_SOCIAL_SECURITY", x.deRvnr(1984, 3, 17, "Krüger", true))}`;
P("ids")`Crypto payout address for ${PE("Arash Tehrani")}: ${T("CRYPTO", x.btc())}`;
P("ids")`US passport ${T("US_PASSPORT", x.usPassport())} and driver licence ${T("US_DRIVER_LICENSE", "D" + g.digits(7))} (CA) for ${PE("Brianna Castillo")}`;
P("ids")`French NIR of ${PE("Thomas Girard")}: ${T("FR_NIR", g.fmtNir(g.frNir(1, 88, 11, "75")))}`;
P("ids")`Bank transfer for ${PE("Andrea Horvat")}: ${IB(g.spaced(g.ibans.HR!()))}; for ${PE("Giorgos Pappas")}: ${IB(g.spaced(g.ibans.GR!()))}`;
P("ids")`PAN ${T("IN_PAN", x.pan("Gupta"))} and Aadhaar ${T("IN_AADHAAR", x.aadhaar("-"))} of ${PE("Neha Gupta")} for the home-loan file.`;
P("ids")`Singapore FIN check: ${T("SG_NRIC_FIN", x.sgNric("T"))} (${PE("Goh Jia Hui")})`;
P("ids")`Canadian SIN ${T("CA_SIN", g.caSin().replace(/ /g, "-"))} for ${PE("Étienne Gagnon")}, ${AD("88 rue Saint-Jean, Québec QC G1R 1N9")}`;

// ---- dates of birth in many written forms ----
P("dob")`Age calculator: born ${DOB("the 29th of February, 1964")} — how old is ${PE("Winifred Ashby")} now?`;
P("dob")`Horoscope for ${PE("Zhang Yiming")}, birthday ${DOB("1987年8月3日")}?`;
P("dob")`Her DOB is ${DOB("Sept. 14 '82")}, name ${PE("Roxanne Delacroix")}. Work out her star sign.`;
P("dob")`Convert to ISO: ${PE("Tuan Le")} d.o.b. ${DOB("3rd Jan 1995")}; ${PE("Beatriz Santos")} d.o.b. ${DOB("1995/01/03")}; ${PE("Ayo Bello")} d.o.b. ${DOB("01-03-95")}.`;
P("dob")`Obituary draft: ${PE("Harold Ernest Pickering")} (b. ${DOB("17 May 1931")}, ${LO("Doncaster")}) died peacefully at home.`;
P("dob")`For the insurance: date of birth ${DOB("nineteen eighty-two, April the sixth")}, name ${PE("Callum Baird")}.`;

// ---- misc application traffic ----
P("git")`git shortlog -sne
   214  ${PE("Kateryna Bondarenko")} <${E("kateryna.bondarenko@gmail.com")}>
   187  ${PE("Joaquín Sosa")} <${E("jsosa@users.noreply.github.com")}>
    42  ${PE("Tiwa Savage-Ojo")} <${E("tiwa@ojo.dev")}>
Who are the top contributors?`;
P("vcard")`BEGIN:VCARD
VERSION:3.0
N:${PE("Al-Farsi")};${PE("Layla")};;;
FN:${PE("Layla Al-Farsi")}
TEL;TYPE=CELL:${PH("+968 9241 7730")}
EMAIL:${E("layla.alfarsi@omantel.net.om")}
ADR;TYPE=HOME:;;${AD("Way 3014, House 1122;Al Khuwair;Muscat;;133;Oman")}
END:VCARD`;
P("calendar")`BEGIN:VEVENT
SUMMARY:Home visit – Mrs ${PE("Gwendolyn Price")}
LOCATION:${AD("7 Tan-y-Bryn, Llandudno LL30 1UY")}
DESCRIPTION:Carer ${PE("Joanna")} to bring meds. Daughter ${PE("Megan")}: ${PH("07891 225 041")}
END:VEVENT`;
P("resume")`Improve my CV header:
${PE("MUHAMMAD ALI KHAN")}
${AD("House 23, Street 7, F-8/3, Islamabad")} | ${PH("+92 300 5128 774")} | ${E("mak.dev@gmail.com")}
linkedin.com/in/${OPT(PE("muhammad-ali-khan-dev"))}`;
P("shipping")`Amazon-style packing slip: Ship to ${PE("Bethany Wirth")}, ${AD("PO Box 1147, Fairbanks, AK 99707")}. Gift message: "Happy birthday ${PE("Beth")}! Love, Grandpa ${PE("Walt")}"`;
P("ticket")`JIRA SUP-4412: "Customer ${PE("Ifeoluwa Adeleke")} (${E("ife.adeleke@gmail.com")}) reports that the app shows another user's name (${PE("Chidinma Eze")}) on her profile page." Severity?`;
P("dating")`Write a bio for me: I'm ${PE("Tariq")}, 29, from ${LO("Leicester")}, into climbing and Lebanese cooking. Insta @${OPT(PE("tariq.climbs"))}, text ${PH("07846 302 117")}.`;
P("obituary")`Funeral notice: ${PE("Ignatius Chukwudi Okeke")}, beloved husband of ${PE("Philomena")}, father of ${PE("Uche")}, ${PE("Nkem")} and ${PE("Obiora")}. Service at St Anne's, ${LO("Enugu")}.`;
P("marketplace")`Facebook Marketplace message: "Hi, is the bike still available? I'm ${PE("Ewelina")}, I can pick up from ${AD("33 Gorse Hill, Swindon SN2 1DD")} tonight. My number: ${PH("07519 871 203")}"`;
P("hr")`Reference check notes: spoke with ${PE("Graham Whitlock")} (former manager of ${PE("Yasmin El-Sayed")}) on ${PH("01223 461 902")}; he confirmed dates and would re-hire.`;
P("hr")`Exit interview: ${PE("Nikhil Raghavan")}, employee ID E-22814, personal email ${E("nikhil.raghavan90@gmail.com")}, forwarding address ${AD("221 Brunswick St, Fortitude Valley QLD 4006")}.`;
P("bank")`Fraud team note: card ${CC(g.fmtCard(g.card.disc()))} used at ${IP(g.ipv4())} minutes after the cardholder ${PE("Patricia Okwuosa")} called from ${PH("(469) 312-7740")}.`;
P("bank")`SWIFT MT103 field 50K: /${IB(g.ibans.CH!())}
${PE("MARKUS STEINER")}
${AD("BAHNHOFSTRASSE 21\n8001 ZUERICH")}`;
P("travel")`PNR: 1. ${PE("AL-MANSOURI/KHALID")} MR 2. ${PE("AL-MANSOURI/NOOR")} MRS — contact ${PH("+971 50 318 4426")}, ${E("k.almansouri@emirates.net.ae")}`;
P("travel")`Hotel guest list for tonight: ${PE("Ng, Siu Fung")} (rm 412), ${PE("Øyvind Haugen")} (rm 415), ${PE("Dhruv Malhotra")} (rm 501), passport numbers on the scan.`;
P("telecom")`SIM swap request: ${PE("Kelechi Nnamdi")}, ${PH("0803 612 4490")}, new SIM 8923401... verified by DOB ${DOB("07/07/1986")}.`;
P("legal")`Witness list: 1) Ms. ${PE("Abena Owusu-Ansah")} of ${AD("17 Hazel Road, Luton LU2 9HB")}; 2) Mr. ${PE("Piotr Zieliński")}, ${PH("07384 512 667")}.`;
P("realestate")`Listing enquiry: ${PE("Björk Sigurðardóttir")} wants a viewing of ${AD("Skólavörðustígur 14, 101 Reykjavík")}; reach her at ${PH("+354 695 2218")}.`;
P("charity")`Gift Aid declaration: Rev. Canon ${PE("Jeremy Haddington-Smythe")}, ${AD("The Rectory, Church Lane, Little Snoring, Norfolk NR21 0AA")}.`;
P("iot")`Device registry: owner=${PE("Hendrik Smit")} mac=${T("MAC_ADDRESS", g.mac())} last_ip=${IP(g.ipv6())} location=${AD("Kerkstraat 8, 3581 RA Utrecht")}`;
P("support.chat")`Summarise the complaint: "I, ${PE("Alhaji Musa Danladi")}, paid ₦450,000 into your account from my GTBank but was not credited. Call me on ${PH("+234 706 218 3347")}."`;
P("crm.csv")`Wedding guest list (RSVP):
${PE("Ahmad")} & ${PE("Fatemeh Rostami")}, 2, ${E("rostami.family@gmail.com")}
${PE("Giulia Ferraro")} + ${PE("Luca")}, 2, ${E("giulia.ferraro@tiscali.it")}
${PE("Ikenna Obi")}, 1, ${E("ikenna.obi@yahoo.co.uk")}`;
