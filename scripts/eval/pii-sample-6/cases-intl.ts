/** Sixth PII red-team set, part 3: the same kinds of traffic in 24 languages other than English (hand-written; checksum-valid values from the generators). Kinds start with the ISO 639-1 code of the text's main language. */
import * as g from "../pii-sample-3/gen.js";
import * as y from "../pii-sample-4/gen4.js";
import * as x from "../pii-sample-5/gen5.js";
import { b, T } from "./cases-en.js";
const { P, E, PH, CC, IB, SSN, NI, IP, DOB, AD, PE, LO, OPT } = b;

// ---- German ----
P("de-draft.bewerbung")`Schreib mir ein Anschreiben für die Stelle als Pflegefachkraft. Ich heiße ${PE("Lena-Sophie Hoffmann")}, geb. ${DOB("17.02.1996")}, wohne in der ${AD("Goethestraße 12, 04109 Leipzig")}, Tel. ${PH("0176 22418830")}, ${E("lena.hoffmann96@web.de")}.`;
P("de-draft.mieter")`Formuliere eine Vermieterbescheinigung für meinen Mieter ${PE("Herrn Klaus-Dieter Schäfer")}, wohnhaft ${AD("Am Lindenhof 3a, 2. OG links, 90402 Nürnberg")}. Vermieterin: ${PE("Gudrun Pohl")}.`;
P("de-rag.crm")`CRM-Treffer: {"kunde":"${PE("Murat Yılmaz")}","iban":"${IB(g.spaced(g.ibans.DE!()))}","steuer_id":"${T("DE_TAX_ID", g.deSteuerId())}","tel":"${PH("+49 30 4498 2217")}"} — bitte Mahnung entwerfen.`;
P("de-code.fixture")`\`\`\`python
TEST_VERSICHERTER = {"name": "${PE("Jürgen Wöhrle")}", "rvnr": "${T("DE_SOCIAL_SECURITY", x.deRvnr(1968, 9, 4, "Wöhrle", false))}", "geburtsdatum": "${DOB("04.09.1968")}"}
\`\`\`
Warum schlägt die Validierung fehl?`;
P("de-chat.nachbar")`kannst du das netter formulieren: "liebe ${PE("frau von der Leyen-Brück")}, ihr hund bellt jede nacht. gruß ${PE("andreas")} aus der ${AD("Hauptstr. 8, Whg. 4")}"`;
P("de-draft.arzt")`Bitte einen Überweisungsbrief schreiben: Patientin ${PE("Ingrid Baumgartner")}, geboren am ${DOB("2. Oktober 1955")}, ${AD("Mariahilfer Straße 88/2/14, 1070 Wien")}, Tel. ${PH("+43 664 2318845")}.`;
P("de-draft.ch")`Schreib eine Kündigung für meinen Handyvertrag. ${PE("Reto Aebischer")}, ${AD("Postfach 412, 3000 Bern 7")}, Kundennummer 55120934, Tel. ${PH("079 331 42 18")}.`;
P("de-output.tabelle")`Hier ist die Tabelle der Teilnehmer:
| Name | Geburtsdatum | Ort |
| ${PE("Anneliese Krämer")} | ${DOB("11.11.1950")} | ${LO("Bamberg")} |
| ${PE("Ömer Demir")} | ${DOB("30.06.1988")} | ${LO("Duisburg")} |`;
// ---- French ----
P("fr-draft.lettre")`Rédige une lettre de résiliation de bail. Locataire : ${PE("Mme Aurélie Dufresne-Lemoine")}, née le ${DOB("8 juillet 1990")}, ${AD("14 bis rue des Lilas, Bât. B, 3e étage, 35000 Rennes")}. Propriétaire : ${PE("M. Gérard Roussel")}.`;
P("fr-draft.secu")`Peux-tu compléter ce courrier pour la CPAM ? Assuré : ${PE("Thierry Marchand")}, n° de sécurité sociale ${T("FR_NIR", g.fmtNir(g.frNir(1, 82, 4, "75")))}, ${PH("06 12 44 87 30")}.`;
P("fr-rag.api")`Résultat de l'outil : {"nom":"${PE("Kouassi")}","prenom":"${PE("Aya Marie-Claire")}","naissance":"${DOB("1993-01-25")}","adresse":"${AD("BP 1420, Abidjan 01")}","tel":"${PH("+225 07 08 44 12 90")}"}`;
P("fr-output.faire-part")`Voici votre faire-part : « ${PE("Camille")} et ${PE("Jean-Luc Moreau")} ont la joie de vous annoncer la naissance de ${PE("Léonie")}, née le ${DOB("2 novembre 2026")} à ${OPT(LO("Nantes"))}. »`;
P("fr-chat.be")`salut c ${PE("maxime")}, mon nouveau num c'est le ${PH("0475 31 22 09")}, je suis au ${AD("Rue Royale 112 bte 4, 1000 Bruxelles")} maintenant. mon numéro national c'est ${T("BE_NATIONAL_NUMBER", g.beNrn(1991, 7, 13))}`;
P("fr-draft.rib")`Écris un mail à la compta pour changer mon RIB : ${IB(g.spaced(g.ibans.FR!()))}. Signé ${PE("Fatoumata Traoré")}.`;
P("fr-draft.eloge")`Aide-moi pour l'éloge funèbre de ma grand-mère ${PE("Marguerite Lefebvre")}, née ${PE("Duval")} le ${DOB("15 août 1931")} à ${OPT(LO("Amiens"))}.`;
// ---- Spanish ----
P("es-draft.cv")`Redacta una carta de presentación: ${PE("Alejandro Ruiz de Azúa")}, DNI ${T("ES_NIF", g.dni())}, ${AD("C/ Alcalá 215, 3º izq., 28028 Madrid")}, móvil ${PH("612 448 903")}.`;
P("es-draft.nie")`Necesito una carta para extranjería. Me llamo ${PE("Oksana Melnyk")}, NIE ${T("ES_NIE", g.nie())}, nacida el ${DOB("4 de mayo de 1987")} en ${OPT(LO("Járkov"))}.`;
P("es-rag.tabla")`Resultado de la consulta:
| nombre | teléfono | ciudad |
| ${PE("José Luis Peña Ortiz")} | ${PH("+52 55 4123 8890")} | ${LO("CDMX")} |
| ${PE("Rocío Fuentes")} | ${PH("+57 310 448 2291")} | ${LO("Medellín")} |
| ${PE("Matías Sepúlveda")} | ${PH("+56 9 8811 2034")} | ${LO("Valparaíso")} |`;
P("es-chat.ar")`che ${PE("nico")}, pasame el cbu de la ${PE("flor")}... no, mejor el mail: ${E("florencia.gimenez@hotmail.com.ar")}. vive en ${AD("Av. Corrientes 3247, piso 5 depto B, C1193AAE CABA")}`;
P("es-draft.boda")`Escribe un discurso de boda para ${PE("Esperanza")} y ${PE("Santiago de la Rosa")}; la madrina es ${PE("Doña Consuelo Barrios")}.`;
P("es-output.ficha")`Ficha generada:
Paciente: ${PE("Martina Gallego Ferrer")}
Fecha de nacimiento: ${DOB("19/03/2011")}
Tutor: ${PE("Raúl Gallego")} — ${PH("+34 679 221 480")}
IBAN domiciliación: ${IB(g.ibans.ES!())}`;
P("es-draft.co")`Redacta una carta de recomendación para mi empleada ${PE("Yeimy Carolina Rojas")}, cédula ${OPT(T("CO_CEDULA", "1.020.443.817"))}, vive en ${AD("Cra. 45 #26-85, Apto 402, Bogotá")}.`;
// ---- Italian ----
P("it-draft.referto")`Scrivi una lettera di dimissioni ospedaliere per ${PE("Giuseppina Esposito")}, nata il ${DOB("21/06/1944")}, codice fiscale ${T("IT_FISCAL_CODE", g.codiceFiscale("Esposito", "Giuseppina", 1944, 6, 21, true, "F839"))}, residente in ${AD("Via Toledo 256, 80134 Napoli")}.`;
P("it-rag.crm")`Dati dal gestionale: cliente ${PE("Lorenzo Dal Molin")}, cell. ${PH("347 882 1934")}, email ${E("lorenzo.dalmolin@libero.it")}, IBAN ${IB(g.ibans.IT!())}. Prepara un sollecito.`;
P("it-chat.msg")`ciao sono ${PE("Chiara")}, la sorella di ${PE("Gianmarco")}. mi scrivi la lettera per il padrone di casa? io abito in ${AD("Via dei Serpenti 14, int. 7, 00184 Roma")}`;
P("it-code.seed")`INSERT INTO soci (nome, cognome, cf) VALUES ('${PE("Francesca")}', '${PE("De Santis")}', '${T("IT_FISCAL_CODE", g.codiceFiscale("De Santis", "Francesca", 1985, 11, 2, true, "H501"))}');`;
// ---- Portuguese ----
P("pt-draft.carta")`Escreve uma carta para o senhorio. Sou a ${PE("Joana Sá Carneiro")}, NIF ${T("PT_NIF", y.ptNif())}, moro na ${AD("Rua do Almada 145, 3.º Esq., 4050-037 Porto")}, telemóvel ${PH("912 448 305")}.`;
P("pt-rag.br")`Resultado da API: {"nome":"${PE("Thiago Albuquerque dos Santos")}","nascimento":"${DOB("12/12/1992")}","celular":"${PH("(21) 98877-1204")}","endereco":"${AD("Rua Barata Ribeiro 370, apto 1102, Copacabana, Rio de Janeiro - RJ, 22040-002")}"}`;
P("pt-chat.br")`oi, meu nome é ${PE("Graça")}, tô mandando o pix pro ${PE("Zé Roberto")}, o email dele é ${E("zeroberto.silva@uol.com.br")}`;
// ---- Dutch ----
P("nl-draft.brief")`Schrijf een brief aan de gemeente. Ik ben ${PE("Willemijn ter Horst")}, BSN ${T("NL_BSN", g.bsn())}, geboren ${DOB("5 februari 1979")}, adres ${AD("Oudegracht 231-bis, 3511 NK Utrecht")}.`;
P("nl-rag.tabel")`Uit het CRM:
| naam | telefoon | IBAN |
| ${PE("Sem de Jong")} | ${PH("06-41228873")} | ${IB(g.ibans.NL!())} |
| ${PE("Fleur van 't Hek")} | ${PH("+31 20 624 8815")} | ${IB(g.ibans.NL!())} |`;
P("nl-chat.be")`hoi, ${PE("jens vandenbroucke")} hier, mijn gsm is ${PH("0486 22 31 90")}, kunt ge de factuur naar ${E("jens.vdb@telenet.be")} sturen?`;
// ---- Polish ----
P("pl-draft.pismo")`Napisz pismo do ZUS. ${PE("Małgorzata Wójcik-Nowak")}, PESEL ${T("PL_PESEL", g.pesel(1976, 8, 30, true))}, ${AD("ul. Piotrkowska 104 m. 12, 90-926 Łódź")}, tel. ${PH("601 338 492")}.`;
P("pl-chat.msg")`siema, tu ${PE("kuba")}. przelej kasę ${PE("Grzegorzowi Brzęczyszczykiewiczowi")} na ${IB(g.spaced(g.ibans.PL!()))}`;
// ---- Swedish / Norwegian / Danish / Finnish ----
P("sv-draft.intyg")`Skriv ett arbetsgivarintyg för ${PE("Elin Johansson Ek")}, personnummer ${T("SE_PERSONNUMMER", g.sePnr(1990, 12, 3, true))}, ${AD("Götgatan 48, 1 tr, 118 26 Stockholm")}.`;
P("no-chat.msg")`hei, kan du skrive en takkemelding til ${PE("Ingrid Bjørnstad")}? hun bor i ${AD("Postboks 214 Sentrum, 0103 Oslo")}, tlf ${PH("+47 922 41 803")}`;
P("da-draft.brev")`Skriv et brev til kommunen: ${PE("Mette Frederiksen-Holm")}, CPR ${T("DK_CPR", g.dkCpr(1984, 5, 22))}, ${AD("Vesterbrogade 112, 2. tv., 1620 København V")}.`;
P("fi-rag.kanta")`Hakutulos: potilas ${PE("Aino Järvinen")}, henkilötunnus ${T("FI_PERSONAL_IDENTITY_CODE", g.hetu(1987, 3, 19))}, puh. ${PH("040 772 3184")}, osoite ${AD("Hämeenkatu 22 B 14, 33200 Tampere")}.`;
// ---- Czech / Hungarian / Romanian / Greek / Turkish ----
P("cs-draft.dopis")`Napiš žádost o dovolenou. ${PE("Tereza Dvořáková")}, rodné číslo ${T("CZ_BIRTH_NUMBER", y.czRc(1991, 4, 7, true))}, bytem ${AD("Vinohradská 1511/230, 100 00 Praha 10")}.`;
P("hu-chat.msg")`szia, ${PE("Kovács Eszter")} vagyok, a számom ${PH("+36 30 448 2917")}, a címem ${AD("Budapest, Andrássy út 61. II. em. 3., 1062")}`;
P("ro-draft.cerere")`Scrie o cerere către primărie: subsemnata ${PE("Ioana Popescu-Dinu")}, CNP ${T("RO_CNP", y.roCnp(1983, 10, 18, true))}, domiciliată în ${AD("Str. Memorandumului 28, ap. 5, Cluj-Napoca 400114")}.`;
P("el-rag.api")`Αποτέλεσμα εργαλείου: {"όνομα":"${PE("Ελένη Κωνσταντίνου")}","τηλέφωνο":"${PH("+30 694 412 8830")}","διεύθυνση":"${AD("Λεωφόρος Αλεξάνδρας 112, 114 73 Αθήνα")}","iban":"${IB(g.ibans.GR!())}"}`;
P("tr-draft.dilekce")`Bir dilekçe yaz: ${PE("Ayşe Nur Çelik")}, T.C. Kimlik No ${T("TR_NATIONAL_ID", y.trTckn())}, doğum tarihi ${DOB("14.01.1994")}, adres ${AD("Bağdat Cad. No: 245 D: 8, 34728 Kadıköy/İstanbul")}, tel ${PH("0532 418 22 91")}.`;
P("tr-chat.msg")`${PE("emre")} abi numaran ${PH("0544 331 20 87")} mi hala? ${PE("Zeynep")} Hanım arayacak`;
// ---- Russian / Ukrainian ----
P("ru-draft.pismo")`Составь сопроводительное письмо. ${PE("Екатерина Сергеевна Волкова")}, дата рождения ${DOB("23.08.1992")}, тел. ${PH("+7 (921) 448-31-06")}, e-mail ${E("e.volkova92@yandex.ru")}.`;
P("ru-rag.table")`Результат запроса:
| ФИО | Телефон | Адрес |
| ${PE("Смирнов Игорь Петрович")} | ${PH("8 903 117-42-88")} | ${AD("г. Казань, ул. Баумана, д. 19, кв. 4")} |`;
P("uk-chat.msg")`привіт, це ${PE("Оксана Бондаренко")}, народилася ${DOB("3 березня 1989")}, мій номер ${PH("+380 50 441 2276")}. допоможи з листом до банку`;
// ---- Japanese / Chinese / Korean ----
P("ja-draft.rirekisho")`履歴書の自己PRを書いてください。氏名：${PE("鈴木 美咲")}、生年月日：${DOB("1995年4月12日")}、住所：${AD("大阪府大阪市北区梅田3-1-3 グランフロント南館1205号")}、電話：${PH("090-4412-8830")}`;
P("ja-rag.crm")`顧客情報：${PE("高橋 健一")}様、メール ${E("k.takahashi@docomo.ne.jp")}、携帯 ${PH("080-3318-2247")}、生年月日 ${DOB("昭和58年7月3日")}`;
P("zh-draft.jianli")`帮我写一封求职信。我叫${PE("李思远")}，出生日期${DOB("1997年11月8日")}，手机${PH("138 1044 2879")}，邮箱${E("siyuan.li97@163.com")}，住址${AD("上海市浦东新区世纪大道1568号2201室")}。`;
P("zh-rag.tw")`查詢結果：姓名 ${PE("林怡君")}，電話 ${PH("0912-448-391")}，地址 ${AD("台北市大安區忠孝東路四段181號7樓")}`;
P("zh-output.table")`以下是客户名单：
1. ${PE("张伟")} — ${PH("+86 139 1188 4420")}
2. ${PE("王芳")} — ${E("wangfang88@qq.com")}
3. ${PE("陈志强")} — ${AD("广州市天河区体育西路103号")}`;
P("ko-draft.letter")`추천서를 써 주세요. 학생 ${PE("박지현")}, 생년월일 ${DOB("2001년 3월 15일")}, 연락처 ${PH("010-4418-2290")}, 주소 ${AD("서울특별시 마포구 월드컵북로 396, 101동 1502호")}`;
P("ko-chat.msg")`${PE("준호")}야 ${PE("민서")} 전화번호 ${PH("010-8832-1147")} 맞지? 이메일은 ${E("minseo.kang@naver.com")}`;
// ---- Arabic / Hebrew / Hindi / Thai / Vietnamese / Indonesian ----
P("ar-draft.letter")`اكتب خطاب توصية لـ ${PE("فاطمة الزهراء بن علي")}، تاريخ الميلاد ${DOB("12/05/1994")}، هاتف ${PH("+212 661 44 82 19")}، العنوان ${AD("12 زنقة الحرية، حي المعاريف، الدار البيضاء 20330")}.`;
P("ar-rag.api")`نتيجة الأداة: {"الاسم":"${PE("خالد بن سعيد العتيبي")}","الجوال":"${PH("+966 55 412 8837")}","البريد":"${E("k.alotaibi@gmail.com")}","الآيبان":"${OPT(T("IBAN_CODE", "SA0380000000608010167519"))}"}`;
P("he-draft.mixtav")`כתוב מכתב המלצה עבור ${PE("יוסי אברהמי")}, טלפון ${PH("054-331-8821")}, כתובת ${AD("רחוב הרצל 45 דירה 12, תל אביב")}`;
P("hi-draft.patra")`किराएदार का संदर्भ पत्र लिखिए: नाम ${PE("राजेश कुमार वर्मा")}, पता ${AD("मकान नं. 42, सेक्टर 15, नोएडा, उत्तर प्रदेश 201301")}, मोबाइल ${PH("98101 22874")}, जन्म तिथि ${DOB("15/08/1985")}`;
P("th-chat.msg")`ช่วยเขียนจดหมายให้หน่อย ชื่อ ${PE("นางสาวพรทิพย์ ศรีสุข")} เบอร์ ${PH("089 441 2873")} ที่อยู่ ${AD("99/12 ซอยสุขุมวิท 23 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110")}`;
P("vi-draft.don")`Viết đơn xin nghỉ phép giúp tôi. Họ tên: ${PE("Nguyễn Thị Thu Hà")}, sinh ngày ${DOB("09/11/1993")}, SĐT ${PH("0912 448 317")}, địa chỉ ${AD("Số 18 ngõ 42 phố Trần Quốc Hoàn, Cầu Giấy, Hà Nội")}.`;
P("id-chat.msg")`tolong bikin surat lamaran, nama saya ${PE("Dewi Lestari Putri")}, lahir ${DOB("7 Agustus 1998")}, hp ${PH("0812-3318-4472")}, alamat ${AD("Jl. Kaliurang Km 5 No. 12, Sleman, Yogyakarta 55281")}`;
P("ms-chat.msg")`boleh tolong tulis surat untuk Encik ${PE("Ahmad Faizal bin Othman")}, no. tel ${PH("012-448 3329")}, alamat ${AD("No. 23, Jalan SS 2/24, 47300 Petaling Jaya, Selangor")}`;
