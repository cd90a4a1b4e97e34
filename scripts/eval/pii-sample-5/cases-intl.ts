/** Fifth PII red-team set, part 3: non-English application traffic with PII (de fr es it pt nl pl tr sv cs hu ro ja ko zh ar ru uk vi id el fi da no). */
import * as g from "../pii-sample-3/gen.js";
import * as x4 from "../pii-sample-4/gen4.js";
import * as x from "./gen5.js";
import { b, T } from "./cases-en.js";
const { P, E, PH, CC, IB, IP, DOB, AD, PE, LO, OPT } = b;

// ---- German ----
P("de-support.chat")`Kundenchat, bitte zusammenfassen:
[10:02] Kundin: Guten Tag, ${PE("Brigitte Haselbauer")} hier, meine Lieferung ist nicht angekommen.
[10:03] Mitarbeiter ${PE("Jörg")}: Das tut mir leid, Frau ${PE("Haselbauer")}. Wie lautet Ihre Anschrift?
[10:03] Kundin: ${AD("Am Hang 7, 83022 Rosenheim")}
[10:04] Mitarbeiter ${PE("Jörg")}: Danke, ich gebe das an meine Kollegin ${PE("Svetlana Krause")} weiter.`;
P("de-crm.csv")`Bitte Dubletten finden:
Nachname;Vorname;Geburtsdatum;Telefon
${PE("Schulze")};${PE("Hans-Jürgen")};${DOB("03.10.1962")};${PH("0151 2384 7719")}
${PE("Schultze")};${PE("Hans Jürgen")};${DOB("3. Oktober 1962")};${PH("+49 151 23847719")}
${PE("Yılmaz")};${PE("Gökhan")};${DOB("12.03.1978")};${PH("(030) 4412 8830")}`;
P("de-form")`Formular Kontoeröffnung — Name: ${PE("Anneliese Würth")}, geboren am ${DOB("12. März 1948")} in ${LO("Schwäbisch Hall")}, Steuer-ID ${T("DE_TAX_ID", g.deSteuerId())}, IBAN ${IB(g.spaced(g.ibans.DE!()))}.`;
P("de-email.sig")`Mit freundlichen Grüßen
Dipl.-Ing. ${PE("Friedrich von Hohenstein")}
Geschäftsführer, Hohenstein Baustoffe GmbH
${OPT(AD("Industriestraße 12, 74523 Schwäbisch Hall"))}
Mobil: ${PH("+49 171 4482 903")} · ${E("f.vonhohenstein@hohenstein-baustoffe.de")}`;
P("de-meeting")`Protokoll Teamsitzung — anwesend: ${PE("Katrin Lehmann")}, ${PE("Ahmet Doğan")}, ${PE("Jens Petersen")}. ${PE("Katrin")} übernimmt den Anruf bei Herrn Dr. ${PE("Weißgerber")} (${PH("089 2180 4471")}) wegen der Reklamation.`;
P("de-log")`Fehlermeldung im Shop-Log: Bestellung 88213 fehlgeschlagen, Kunde=${E("uwe.kaminski@web.de")}, Karte=${CC(g.card.mc())}, IP=${IP(g.ipv4())}. Was bedeutet "3DS abgebrochen"?`;
P("de-chat.lc")`kannst du ${PE("lukas")} sagen dass er mich unter ${PH("0176 31842277")} anrufen soll, mein altes handy ist kaputt`;
P("de-ocr")`OCR Personalausweis Rückseite:
ANSCHRIFT  ${AD("KÖLNER  STR.  88\n40211  DÜSSELDORF")}
Name  ${PE("ÖZDEMIR ,  SELIN")}
Geb.  ${DOB("02 . 08 . 1995")}`;
P("de-sql")`Warum schlägt das fehl? INSERT INTO mitglieder (name, rv_nummer, geburtsdatum) VALUES ('${PE("Maximilian Bauer")}', '${T("DE_SOCIAL_SECURITY", x.deRvnr(1990, 6, 25, "Bauer", false).replace(/ /g, ""))}', '${DOB("25.06.1990")}');`;
P("de-addr")`Bitte für den Adressaufkleber formatieren: Familie ${PE("Grünewald-Öztürk")}, ${AD("Lindenstr. 3, Hinterhaus, 2. OG, 04109 Leipzig")}`;

// ---- Austrian / Swiss German ----
P("de-form")`Meldezettel (AT): Familienname ${PE("Pichler")}, Vorname ${PE("Theresa")}, Geburtsdatum ${DOB("17. Jänner 1983")}, Unterkunft ${AD("Mariahilfer Straße 104/2/15, 1070 Wien")}, Tel. ${PH("+43 664 218 4490")}.`;
P("de-bank")`Zahlungsauftrag: Empfänger ${PE("Reto Zürcher")}, IBAN ${IB(g.spaced(g.ibans.CH!()))}, Adresse ${AD("Seefeldstrasse 45, 8008 Zürich")}, Betrag CHF 1'250.–`;

// ---- French ----
P("fr-support.chat")`Résume cet échange :
Client : Bonjour, je m'appelle ${PE("Aurélien Fontaine")}, ma box ne marche plus depuis lundi.
Conseillère (${PE("Nadège")}) : Bonjour M. ${PE("Fontaine")}, pouvez-vous me confirmer votre numéro de ligne ?
Client : ${PH("01 45 22 38 19")}, et mon portable c'est le ${PH("06 71 28 44 09")}.`;
P("fr-form")`Formulaire d'inscription : Nom : ${PE("N'Diaye")} — Prénom : ${PE("Aminata")} — née le ${DOB("1er février 1979")} à ${LO("Dakar")} — adresse : ${AD("27, rue de la République, 13002 Marseille")} — n° de sécu ${T("FR_NIR", g.fmtNir(g.frNir(2, 79, 2, "99")))}.`;
P("fr-crm.csv")`Export clients (séparateur ;) :
nom;prénom;email;téléphone
${PE("Lefebvre")};${PE("Jean-Baptiste")};${E("jb.lefebvre@free.fr")};${PH("06 12 48 93 57")}
${PE("Benhamou")};${PE("Myriam")};${E("myriam.benhamou@laposte.net")};${PH("+33 7 81 22 39 04")}`;
P("fr-email.sig")`Bien cordialement,
${PE("Hélène Marchand-Leclerc")}
Avocate au Barreau de ${OPT(LO("Lyon"))}
${OPT(AD("14 quai Saint-Antoine, 69002 Lyon"))}
Tél. ${PH("04 78 42 17 30")} — ${E("h.marchand@avocats-lyon.fr")}`;
P("fr-meeting")`Compte rendu : ${PE("Émilie")} a présenté le dossier de Mme ${PE("Rakotomalala")} (${PH("06 58 14 29 77")}). ${PE("Théo Girard")} doit la rappeler avant vendredi.`;
P("fr-chat.lc")`salut c ${PE("mehdi")} g changé de num c le ${PH("07 58 33 12 90")} dis le a ${PE("karim")} stp`;
P("fr-bank")`Virement à effectuer au nom de Mme ${PE("Céline Dupont-Moreau")}, IBAN ${IB(g.spaced(g.ibans.FR!()))}, motif : loyer mars.`;
P("fr-ocr")`Texte OCR d'une carte vitale :
${PE("MARTIN  Lucie  Anne")}
${T("FR_NIR", g.fmtNir(g.frNir(2, 91, 7, "33")))}
Née le ${DOB("14 juillet 1991")}`;
P("fr-log")`Log Apache : ${IP(g.ipv4())} - ${OPT(PE("jdurand"))} [11/mars/2026:09:14:02 +0100] "GET /espace-client?email=${E("julien.durand@orange.fr")} HTTP/1.1" 200`;
P("fr-addr")`Adresse belge à vérifier : ${PE("Marc Van den Bossche")}, ${AD("Avenue Louise 231, boîte 12, 1050 Ixelles")}, ${PH("+32 475 28 41 93")}.`;

// ---- Spanish ----
P("es-support.chat")`Resume la conversación:
Cliente: hola soy ${PE("María de los Ángeles Quispe Mamani")}, no me llega el código SMS
Agente ${PE("Rodrigo")}: Hola ${PE("María")}, ¿a qué número lo enviamos?
Cliente: al ${PH("+51 987 412 336")}
Agente ${PE("Rodrigo")}: Listo, lo reenvié.`;
P("es-form")`Solicitud de alta: Nombre: ${PE("Francisco Javier Morales Ruiz")}. DNI: ${T("ES_NIF", g.dni())}. Fecha de nacimiento: ${DOB("23 de abril de 1992")}. Domicilio: ${AD("Calle Mayor 14, 2º B, 50001 Zaragoza")}.`;
P("es-crm.csv")`Limpia este CSV:
nombre,apellidos,móvil,ciudad
${PE("Lucía")},${PE("Gómez Herrera")},${PH("654 219 087")},${LO("Sevilla")}
${PE("Andrés")},${PE("Fernández de Córdoba")},${PH("+34 699 381 224")},${LO("Córdoba")}
${PE("Valentina")},${PE("Ortiz Castaño")},${PH("+57 315 822 4106")},${LO("Medellín")}`;
P("es-email.sig")`Saludos cordiales,
Ing. ${PE("Ricardo Salazar Pineda")}
Gerente de Operaciones
${PH("+52 81 8340 2271")} | ${E("rsalazar@cemexlog.com.mx")}`;
P("es-meeting")`Acta: asistieron ${PE("Sofía Castro")}, ${PE("Joaquín Prieto")} y ${PE("Inés Aguirre Larrañaga")}. Se acordó contactar al proveedor Sr. ${PE("Beltrán")} en el ${PH("91 532 18 40")}.`;
P("es-chat.lc")`oye ${PE("pablo")} pasame el iban de tu madre q le hago la transferencia, el q tengo es ${IB(g.ibans.ES!())} no se si sigue bien`;
P("es-sql")`¿Por qué da error? INSERT INTO pacientes (nombre, nie, nacimiento) VALUES ('${PE("Oksana Melnyk")}', '${T("ES_NIE", g.nie())}', '${DOB("1987-11-30")}');`;
P("es-addr")`Dirección argentina para el envío: ${PE("Martín Leguizamón")}, ${AD("Av. Corrientes 1847, piso 5 depto. B, C1045AAB CABA")}, tel. ${PH("+54 9 11 4518 2293")}`;
P("es-ocr")`Texto escaneado de una cédula:
APELLIDOS   ${PE("RESTREPO  URIBE")}
NOMBRES   ${PE("JUAN  CAMILO")}
FECHA  DE  NACIMIENTO   ${DOB("07-MAR-1984")}
LUGAR   ${LO("PEREIRA  (RISARALDA)")}`;
P("es-log")`Log del servidor: [ERROR] pago rechazado titular="${PE("Ximena Valdés")}" tarjeta=${CC(g.card.visa())} ip=${IP(g.ipv4())} — ¿es fraude?`;

// ---- Italian ----
P("it-support.chat")`Riassumi la chat:
Operatore ${PE("Chiara")}: Buongiorno, con chi parlo?
Cliente: ${PE("Giuseppe Esposito")}, il contatore a ${AD("Via Toledo 256, 80134 Napoli")} non funziona.
Operatore ${PE("Chiara")}: Un tecnico la chiamerà al ${PH("347 218 9930")}.`;
P("it-form")`Modulo iscrizione palestra: Cognome ${PE("Bianchi")} Nome ${PE("Martina")} nata il ${DOB("5 giugno 1990")} a ${LO("Bergamo")}, codice fiscale ${T("IT_FISCAL_CODE", g.codiceFiscale("Bianchi", "Martina", 1990, 6, 5, true, "A794"))}.`;
P("it-email.sig")`Cordiali saluti,
Avv. ${PE("Lorenzo De Santis")}
Studio Legale ${OPT(PE("De Santis"))}
${OPT(AD("Piazza Cavour 17, 00193 Roma"))}
tel. ${OPT(PH("06 3211 4408"))} — cell. ${PH("+39 333 418 2276")}`;
P("it-crm.csv")`Elenco soci:
${PE("Russo, Salvatore")};${E("salvo.russo@tiscali.it")};${PH("338 724 1903")}
${PE("Ferrari, Giulia")};${E("giulia.ferrari87@gmail.com")};${PH("+39 349 812 3377")}`;
P("it-chat.lc")`ciao sono ${PE("federica")} la sorella di ${PE("marco")}, mi scrivi su ${PH("3314829907")}? grazie`;
P("it-meeting")`Verbale riunione condominiale: presenti Rag. ${PE("Enzo Marchetti")} (amministratore), Sig.ra ${PE("Lina Caruso")} (int. 4), Dott. ${PE("Paolo Ricci")} (int. 9). La sig.ra ${PE("Caruso")} segnala infiltrazioni.`;
P("it-bank")`Bonifico: beneficiario ${PE("Elena Fontana")}, IBAN ${IB(g.ibans.IT!())}, causale "affitto ${PE("Fontana")} marzo".`;
P("it-ocr")`OCR tessera sanitaria:
${T("IT_FISCAL_CODE", g.codiceFiscale("Greco", "Antonio", 1958, 11, 21, false, "F839"))}
Cognome  ${PE("GRECO")}
Nome  ${PE("ANTONIO")}
Data  di  nascita  ${DOB("21/11/1958")}`;

// ---- Portuguese (PT/BR) ----
P("pt-support.chat")`Resuma o atendimento:
Cliente: Olá, aqui é ${PE("Thiago Nascimento")}, minha fatura veio errada
Atendente ${PE("Fernanda")}: Oi ${PE("Thiago")}! Me confirma seu celular?
Cliente: ${PH("(21) 98765-4312")}`;
P("pt-form")`Ficha de cadastro: Nome completo: ${PE("Maria Eduarda Albuquerque Lins")}; Data de nascimento: ${DOB("17 de setembro de 1988")}; Endereço: ${AD("Rua das Flores 210, ap. 32, Boa Viagem, Recife - PE, 51020-120")}.`;
P("pt-crm.csv")`Exportação de clientes (Portugal):
nome;nif;telemóvel
${PE("João Pedro Carvalho")};${T("PT_NIF", x4.ptNif())};${PH("912 447 083")}
${PE("Inês Sá Pereira")};${T("PT_NIF", x4.ptNif())};${PH("+351 936 218 440")}`;
P("pt-email.sig")`Atenciosamente,
${PE("Luiz Henrique Moura")}
Coordenador Financeiro
${PH("+55 31 3214-8870")} · ${E("luiz.moura@vale-parceiros.com.br")}`;
P("pt-chat.lc")`manda o pix pra ${PE("camila")} o email dela é ${E("camila.r.souza@gmail.com")} ou o numero ${PH("11 94412-3307")}`;
P("pt-bank")`Transferência para ${PE("Rui Manuel Teixeira")}, IBAN ${IB(g.spaced(g.ibans.PT!()))}, morada ${AD("Rua de Santa Catarina 312, 4000-447 Porto")}.`;
P("pt-meeting")`Ata: ${PE("Beatriz")} e ${PE("Gonçalo Matos")} reuniram com a cliente D. ${PE("Conceição Ferreira")}, nascida em ${DOB("3 de maio de 1951")}, sobre o contrato.`;

// ---- Dutch ----
P("nl-support.chat")`Vat dit gesprek samen:
Klant: Hoi, ${PE("Sanne de Groot")} hier, mijn pakket ligt bij de buren maar ik weet niet welke.
Medewerker ${PE("Ruben")}: Hoi ${PE("Sanne")}, wat is je adres?
Klant: ${AD("Oudegracht 118bis, 3511 AZ Utrecht")}`;
P("nl-form")`Inschrijfformulier: Achternaam: ${PE("van der Meulen")}, Voornamen: ${PE("Johannes Hendrik")}, Geboortedatum: ${DOB("8 mei 1993")}, BSN: ${T("NL_BSN", g.bsn())}, Telefoon: ${PH("06 2841 7730")}.`;
P("nl-crm.csv")`klantnr,naam,iban,woonplaats
K-4412,${PE("Bram ter Horst")},${IB(g.ibans.NL!())},${LO("Enschede")}
K-4413,${PE("Noor El Amrani")},${IB(g.ibans.NL!())},${LO("Rotterdam")}`;
P("nl-email.sig")`Met vriendelijke groet,
${PE("Annelies Verhoeven-Bos")}
Praktijkmanager
${PH("020-5218844")} | ${E("a.verhoeven@huisartsenpraktijk-west.nl")}`;
P("nl-chat.lc")`hee kun je ${PE("femke")} even appen op ${PH("0612983344")} ze weet nog niet dat de les niet doorgaat`;
P("nl-meeting")`Notulen: ${PE("Pieter")} meldt dat mevrouw ${PE("Kuipers")} (geb. ${DOB("12-04-1940")}) uit ${LO("Zwolle")} een klacht heeft ingediend; ${PE("Joyce")} belt haar terug.`;

// ---- Polish ----
P("pl-support.chat")`Podsumuj rozmowę:
Klient: Dzień dobry, nazywam się ${PE("Grzegorz Brzęczyszczykiewicz")}, nie działa mi internet.
Konsultantka ${PE("Magda")}: Dzień dobry, poproszę numer PESEL.
Klient: ${T("PL_PESEL", g.pesel(1979, 4, 21, false))}
Konsultantka ${PE("Magda")}: Dziękuję, technik zadzwoni na ${PH("601 284 773")}.`;
P("pl-form")`Wniosek: imię i nazwisko ${PE("Joanna Kaczmarek-Lis")}, data urodzenia ${DOB("21 listopada 1984")}, adres ${AD("ul. Piotrkowska 112 m. 8, 90-006 Łódź")}, telefon ${PH("+48 42 633 18 27")}.`;
P("pl-crm.csv")`Lista uczestników:
${PE("Mazur Tomasz")};${E("t.mazur@interia.pl")};${PH("512 774 019")}
${PE("Wójcik Aleksandra")};${E("ola.wojcik@o2.pl")};${PH("693 410 582")}`;
P("pl-chat.lc")`hej tu ${PE("kuba")} przelej mi na konto ${IB(g.ibans.PL!())} za bilety, dzieki`;
P("pl-email.sig")`Z poważaniem
dr hab. ${PE("Małgorzata Szymańska")}
Uniwersytet Jagielloński
${E("m.szymanska@uj.edu.pl")}, tel. ${PH("12 663 22 41")}`;
P("pl-ocr")`OCR dowodu osobistego:
NAZWISKO  ${PE("WIŚNIEWSKA")}
IMIONA  ${PE("KATARZYNA  ANNA")}
DATA  URODZENIA  ${DOB("09.03.2001")}
PESEL  ${T("PL_PESEL", g.pesel(2001, 3, 9, true))}`;

// ---- Turkish ----
P("tr-support.chat")`Bu görüşmeyi özetle:
Müşteri: Merhaba, ben ${PE("Hatice Çelik")}, kartımdan iki kez çekim yapılmış.
Temsilci ${PE("Burak")}: Merhaba ${PE("Hatice")} Hanım, T.C. kimlik numaranızı alabilir miyim?
Müşteri: ${T("TR_NATIONAL_ID", x4.trTckn())}
Temsilci ${PE("Burak")}: Teşekkürler, iade başlatıldı.`;
P("tr-form")`Başvuru formu: Ad Soyad: ${PE("Mustafa Kemal Aydın")}, Doğum tarihi: ${DOB("2 Ağustos 1990")}, Adres: ${AD("Atatürk Bulvarı No: 45 Daire: 7, Çankaya 06690 Ankara")}, Cep: ${PH("0535 412 88 31")}.`;
P("tr-crm.csv")`müşteri listesi:
${PE("Zeynep Arslan")},${E("zeynep.arslan@hotmail.com")},${PH("+90 542 318 77 20")}
${PE("Oğuz Kaplan")},${E("oguzkaplan@yandex.com.tr")},${PH("0216 418 22 39")}`;
P("tr-chat.lc")`abi ${PE("serkan")} in numarası ${PH("05324410283")} ona yaz bugün gelmiyomuş`;
P("tr-bank")`Havale: alıcı ${PE("Emine Yıldırım")}, IBAN ${IB(g.iban("TR", "00064" + "0" + g.digits(16)))}, açıklama kira.`;
P("tr-meeting")`Toplantı notu: ${PE("Selin")} ve ${PE("Cem Öztürk")} müşteri ${PE("Fatma Demirci")} ile görüştü; adresi ${AD("Moda Cad. No: 88, Kadıköy, İstanbul")}.`;

// ---- Swedish / Finnish / Danish / Norwegian ----
P("sv-support.chat")`Sammanfatta chatten:
Kund: Hej, det är ${PE("Elsa Johansson")}, jag har flyttat.
Handläggare ${PE("Oskar")}: Hej ${PE("Elsa")}! Vad är din nya adress?
Kund: ${AD("Västra Hamngatan 22, 411 17 Göteborg")}, personnummer ${T("SE_PERSONNUMMER", g.sePnr(1986, 9, 3, true))}`;
P("sv-form")`Anmälan: ${PE("Nils-Erik Lundgren")}, född ${DOB("19 januari 1975")}, tel ${PH("070-318 44 27")}, e-post ${E("nilserik.lundgren@telia.com")}.`;
P("sv-email.sig")`Vänliga hälsningar
${PE("Åsa Bergström")}
Ekonomiansvarig
${PH("08-612 44 90")} | ${E("asa.bergstrom@kommun.se")}`;
P("fi-form")`Hakemus: ${PE("Aino Mäkelä")}, syntynyt ${DOB("6. joulukuuta 1977")}, henkilötunnus ${T("FI_PERSONAL_IDENTITY_CODE", g.hetu(1977, 12, 6))}, osoite ${AD("Hämeenkatu 14 B 22, 33100 Tampere")}, puh. ${PH("040 718 2290")}.`;
P("fi-support.chat")`Asiakas: Moi, ${PE("Juha Korhonen")} täällä, laskussa on virhe.
Asiakaspalvelu (${PE("Riikka")}): Hei ${PE("Juha")}, mikä on tilinumerosi?
Asiakas: ${IB(g.spaced(g.ibans.FI!()))}`;
P("da-form")`Tilmelding: ${PE("Mette Frederiksen-Holm")}, født ${DOB("9. april 1962")}, CPR ${T("DK_CPR", g.dkCpr(1962, 4, 9))}, ${AD("Vesterbrogade 41, 3. tv, 1620 København V")}, mobil ${PH("28 41 77 30")}.`;
P("da-chat.lc")`hej det er ${PE("rasmus")} ring lige til ${PH("+45 31 22 84 90")} når du har tid`;
P("no-form")`Skjema: Navn ${PE("Ingvild Haugland")}, fødselsdato ${DOB("17. mai 1994")}, adresse ${AD("Bygdøy allé 23, 0262 Oslo")}, mobil ${PH("412 88 307")}, konto ${IB(g.ibans.NO!())}.`;
P("no-support.chat")`Kunde: Hei, jeg heter ${PE("Kristoffer Aasen")} og får ikke logget inn.
Rådgiver ${PE("Hanne")}: Hei ${PE("Kristoffer")}, hvilket nummer skal vi sende koden til?
Kunde: ${PH("+47 922 18 455")}`;

// ---- Czech / Hungarian / Romanian ----
P("cs-form")`Přihláška: jméno ${PE("Tereza Procházková")}, narozena ${DOB("4. května 1969")}, rodné číslo ${T("CZ_BIRTH_NUMBER", x4.czRc(1969, 5, 4, true))}, bydliště ${AD("Masarykova 27, 602 00 Brno")}, tel. ${PH("777 218 493")}.`;
P("cs-support.chat")`Zákazník: Dobrý den, tady ${PE("Jiří Svoboda")}, nepřišla mi faktura na ${E("jiri.svoboda@seznam.cz")}.
Operátorka ${PE("Lucie")}: Dobrý den, pane ${PE("Svobodo")}, pošlu ji znovu.`;
P("cs-crm.csv")`zákazníci:
${PE("Novák Petr")};${PH("+420 602 418 377")};${LO("Ostrava")}
${PE("Dvořáková Eva")};${PH("+420 224 812 377")};${LO("Praha")}`;
P("hu-form")`Jelentkezési lap: Név: ${PE("Nagy Eszter")}, Születési idő: ${DOB("1987. március 15.")}, Lakcím: ${AD("1052 Budapest, Váci utca 18. II. em. 4.")}, Telefon: ${PH("06 30 412 8837")}.`;
P("hu-support.chat")`Ügyfél: Jó napot, ${PE("Tóth Balázs")} vagyok, a kártyám ${CC(g.fmtCard(g.card.visa()))} letiltását kérem.
Ügyintéző (${PE("Kovács Réka")}): Rendben, ${PE("Balázs")}, letiltottam.`;
P("hu-email.sig")`Üdvözlettel:
Dr. ${PE("Szabó-Farkas Ildikó")}
ügyvéd
${PH("+36 1 318 2290")} · ${E("szabo.farkas.ildiko@ugyvedi-iroda.hu")}`;
P("hu-meeting")`Jegyzőkönyv: jelen van ${PE("Kiss Gábor")}, ${PE("Horváth Anna")} és ${PE("Molnár Zsolt")}. ${PE("Horváth Anna")} felveszi a kapcsolatot ${PE("Varga Lajos")} úrral (${PH("+36 20 518 4471")}).`;
P("ro-form")`Cerere: Nume ${PE("Popescu")}, Prenume ${PE("Andreea-Maria")}, data nașterii ${DOB("11 decembrie 1991")}, CNP ${T("RO_CNP", x4.roCnp(1991, 12, 11, true))}, domiciliu ${AD("Str. Memorandumului 21, ap. 5, 400114 Cluj-Napoca")}.`;
P("ro-support.chat")`Client: Bună ziua, sunt ${PE("Mihai Ionescu")}, nu primesc SMS-urile.
Operator ${PE("Ioana")}: Bună ziua, domnule ${PE("Ionescu")}. Numărul este ${PH("0744 218 903")}?
Client: Da.`;
P("ro-bank")`Transfer către ${PE("Cristina Dumitrescu")}, IBAN ${IB(g.ibans.RO!())}, telefon ${PH("+40 21 312 4478")}.`;

// ---- Greek ----
P("el-form")`Αίτηση: Ονοματεπώνυμο ${PE("Γεώργιος Παπαδόπουλος")}, ημερομηνία γέννησης ${DOB("25 Μαρτίου 1980")}, διεύθυνση ${AD("Λεωφόρος Βασιλίσσης Σοφίας 45, 106 76 Αθήνα")}, κινητό ${PH("694 218 3307")}.`;
P("el-support.chat")`Πελάτης: Καλησπέρα, είμαι η ${PE("Ελένη Κωνσταντίνου")}, δεν ήρθε το δέμα μου.
Υπάλληλος (${PE("Νίκος")}): Καλησπέρα κυρία ${PE("Κωνσταντίνου")}, στείλτε μου το email σας.
Πελάτης: ${E("eleni.konst@otenet.gr")}`;
P("el-bank")`Μεταφορά σε ${PE("Δημήτρης Αλεξίου")}, IBAN ${IB(g.spaced(g.ibans.GR!()))}, τηλ. ${PH("210 3228 441")}.`;

// ---- Russian / Ukrainian ----
P("ru-support.chat")`Сделай краткое резюме:
Клиент: Здравствуйте, меня зовут ${PE("Анна Сергеевна Кузнецова")}, не пришёл заказ.
Оператор ${PE("Дмитрий")}: Здравствуйте, ${PE("Анна Сергеевна")}! Подтвердите номер телефона.
Клиент: ${PH("+7 (921) 418-22-37")}`;
P("ru-form")`Анкета: ФИО ${PE("Смирнов Алексей Викторович")}, дата рождения ${DOB("7 ноября 1983 г.")}, адрес ${AD("г. Санкт-Петербург, Невский пр., д. 88, кв. 14")}, e-mail ${E("a.smirnov83@mail.ru")}.`;
P("ru-crm.csv")`ФИО;Телефон;Город
${PE("Иванова Мария Петровна")};${PH("8 912 318-44-20")};${LO("Екатеринбург")}
${PE("Петров Игорь Олегович")};${PH("+7 903 771-20-18")};${LO("Казань")}`;
P("ru-chat.lc")`скинь ${PE("олегу")} мой номер ${PH("+79164418207")} пусть позвонит вечером`;
P("ru-meeting")`Протокол: присутствовали ${PE("Ольга Николаевна Белова")}, ${PE("Тимур Гайнуллин")}. ${PE("Тимур")} свяжется с клиентом ${PE("Виктором Павловым")} по почте ${E("v.pavlov@yandex.ru")}.`;
P("uk-form")`Заява: ПІБ ${PE("Коваленко Ірина Михайлівна")}, дата народження ${DOB("14 лютого 1990 р.")}, адреса ${AD("вул. Хрещатик, 22, кв. 7, Київ, 01001")}, тел. ${PH("+380 50 418 2273")}.`;
P("uk-support.chat")`Клієнт: Добрий день, це ${PE("Богдан Шевчук")}, не можу оплатити картою.
Оператор ${PE("Оксана")}: Добрий день, пане ${PE("Богдане")}. Продиктуйте, будь ласка, email.
Клієнт: ${E("bohdan.shevchuk@ukr.net")}`;

// ---- Japanese ----
P("ja-support.chat")`次のチャットを要約してください:
お客様: ${PE("佐藤 花子")}です。注文した商品が届きません。
オペレーター(${PE("田中")}): ${PE("佐藤")}様、ご住所を確認させてください。
お客様: ${AD("〒160-0022 東京都新宿区新宿3-14-1 メゾン新宿502号室")}、電話は${PH("090-4128-7731")}です。`;
P("ja-form")`申込書: 氏名 ${PE("山田 太郎")}(ヤマダ タロウ) 生年月日 ${DOB("昭和58年4月12日")} 住所 ${AD("大阪府大阪市北区梅田1-2-3")} 電話 ${PH("06-6345-1122")}`;
P("ja-email.sig")`--
${PE("鈴木 一郎")} / ${PE("Ichiro Suzuki")}
株式会社サンプル商事 営業部
携帯: ${PH("080-3391-2274")}
Email: ${E("i.suzuki@sample-shoji.co.jp")}`;
P("ja-crm.csv")`顧客一覧:
${PE("高橋 美咲")},${E("misaki.takahashi@docomo.ne.jp")},${PH("070-2281-4490")}
${PE("伊藤 健太")},${E("kenta.ito@gmail.com")},${PH("03-5412-8830")}`;
P("ja-meeting")`議事録: 出席者 ${PE("中村")}、${PE("小林")}、${PE("渡辺 さくら")}。${PE("渡辺")}さんが顧客の${PE("加藤 誠")}様(${DOB("1990年4月12日")}生)に連絡する。`;
P("ja-chat.lc")`${PE("ゆうき")}の新しい番号 ${PH("09012987733")} だよ、LINEは前のまま`;

// ---- Korean ----
P("ko-support.chat")`다음 상담 내용을 요약해 주세요:
고객: 안녕하세요, ${PE("김민지")}입니다. 배송이 안 왔어요.
상담원 ${PE("박준호")}: ${PE("김민지")} 고객님, 주소 확인 부탁드립니다.
고객: ${AD("서울특별시 마포구 월드컵북로 396, 101동 1502호")}, 연락처 ${PH("010-3827-4419")}`;
P("ko-form")`가입 신청서: 성명 ${PE("이서연")}, 생년월일 ${DOB("1985년 7월 23일")}, 주민등록번호 ${T("KR_RRN", x.krRrn(1985, 7, 23, true))}, 이메일 ${E("seoyeon.lee@naver.com")}`;
P("ko-crm.csv")`이름,전화,주소
${PE("최우진")},${PH("010-5512-8834")},${AD("부산광역시 해운대구 우동 1408")}
${PE("정하늘")},${PH("02-3141-2290")},${AD("서울특별시 종로구 종로 1")}`;
P("ko-meeting")`회의록: 참석자 ${PE("한지민")} 팀장, ${PE("오성훈")} 대리. ${PE("오성훈")} 대리가 고객 ${PE("윤정우")} 님께 ${E("jwyoon@kakao.com")}으로 회신하기로 함.`;

// ---- Chinese ----
P("zh-support.chat")`请总结以下对话:
客户: 你好,我是${PE("王芳")},我的快递一直没到。
客服${PE("小李")}: 您好${PE("王")}女士,请提供收货地址。
客户: ${AD("上海市浦东新区世纪大道100号 环球金融中心 45楼")},手机${PH("139 1028 4477")}`;
P("zh-form")`登记表: 姓名 ${PE("陈志强")} 出生日期 ${DOB("1992年10月5日")} 电话 ${PH("+86 138 2291 7745")} 邮箱 ${E("zhiqiang.chen@163.com")} 地址 ${AD("广东省深圳市南山区科技园南路18号")}`;
P("zh-crm.csv")`客户名单:
${PE("刘洋")},${PH("021-6218 4490")},${LO("上海")}
${PE("Zhou Xun")},${PH("+86 186 0217 3358")},${LO("Hangzhou")}
${PE("Huang Li")},${PH("+852 9128 4407")},${LO("香港")}`;
P("zh-meeting")`会议纪要: 参加人 ${PE("张伟")}、${PE("李娜")}、${PE("赵敏")}。${PE("李娜")}负责联系客户${PE("孙建国")}先生(电话${PH("135 0114 8822")})。`;
P("zh-chat.lc")`帮我给${PE("小明")}发个消息 他新号码是${PH("18611024789")} 说周六聚餐改到七点`;
P("zh-form")`台灣客戶資料: 姓名 ${PE("林怡君")}, 生日 ${DOB("民國80年3月9日")}, 手機 ${PH("0912 345 871")}, 地址 ${AD("台北市大安區忠孝東路四段100號5樓")}`;

// ---- Arabic ----
P("ar-support.chat")`لخّص المحادثة:
العميل: مرحباً، أنا ${PE("أحمد بن علي الحربي")}، لم تصلني الشحنة.
الموظف ${PE("خالد")}: أهلاً أستاذ ${PE("أحمد")}، ما هو رقم جوالك؟
العميل: ${PH("+966 55 218 4471")}`;
P("ar-form")`استمارة تسجيل: الاسم ${PE("فاطمة الزهراء المنصوري")}، تاريخ الميلاد ${DOB("15 مارس 1990")}، العنوان ${AD("شارع الملك فهد، حي العليا، الرياض 12214")}، البريد ${E("f.almansouri@gmail.com")}`;
P("ar-email.sig")`مع خالص التحية،
د. ${PE("يوسف عبد الرحمن الكعبي")}
مدير الموارد البشرية
هاتف متحرك: ${PH("+971 50 418 2273")}`;
P("ar-crm.csv")`قائمة العملاء:
${PE("محمد عبد الله")},${PH("010 2284 1937")},${LO("القاهرة")}
${PE("ليلى حداد")},${PH("+961 3 218 447")},${LO("بيروت")}`;
P("ar-meeting")`محضر الاجتماع: حضر ${PE("سارة العتيبي")} و${PE("عمر الشامي")}. ستتواصل ${PE("سارة")} مع العميل ${PE("ناصر القحطاني")} على ${E("nasser.q@outlook.sa")}.`;
P("ar-bank")`تحويل بنكي إلى ${PE("مريم الفارسي")}، رقم الآيبان ${IB(g.iban("AE", "033" + g.digits(16)))}، الجوال ${PH("055 318 2246")}.`;

// ---- Vietnamese / Indonesian ----
P("vi-support.chat")`Tóm tắt cuộc trò chuyện:
Khách: Chào em, chị là ${PE("Nguyễn Thị Mai")}, đơn hàng của chị chưa tới.
Nhân viên ${PE("Tuấn")}: Dạ chào chị ${PE("Mai")}, chị cho em xin số điện thoại ạ.
Khách: ${PH("0912 448 302")}`;
P("vi-form")`Đơn đăng ký: Họ tên ${PE("Trần Quốc Bảo")}, sinh ${DOB("ngày 20 tháng 5 năm 1994")}, địa chỉ ${AD("123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh")}, email ${E("bao.tran94@gmail.com")}.`;
P("vi-crm.csv")`khách hàng:
${PE("Lê Văn Hùng")},${PH("028 3822 4419")},${LO("Hà Nội")}
${PE("Phạm Thu Trang")},${PH("+84 903 128 447")},${LO("Đà Nẵng")}`;
P("id-support.chat")`Ringkas percakapan ini:
Pelanggan: Halo, saya ${PE("Siti Nurhaliza Rahmawati")}, paket saya belum sampai.
CS ${PE("Dewi")}: Halo Kak ${PE("Siti")}, boleh minta nomor HP-nya?
Pelanggan: ${PH("0812-8841-3307")}`;
P("id-form")`Formulir: Nama ${PE("Budi Santoso")}, tanggal lahir ${DOB("17 Agustus 1989")}, alamat ${AD("Jl. Sudirman No. 45, RT 03/RW 05, Kebayoran Baru, Jakarta Selatan 12190")}, telepon ${PH("(021) 5290 4471")}.`;
P("id-chat.lc")`bro ${PE("agus")} minta transfer ke rekening istrinya, ${PE("wulan")}, nomornya ${PH("081398827711")}`;

// ---- more mixed-language traffic ----
P("de-yaml")`Warum ist das YAML ungültig?
bereitschaft:
  - name: ${PE("Henrik Sørensen")}
    telefon: ${PH("+45 28 41 77 31")}
  - name: ${PE("Clara Weiß")}
     telefon: ${PH("+49 160 9128 4471")}`;
P("fr-json")`Corrige ce JSON : {"client": "${PE("Yasmine Bouazza")}", "naissance": "${DOB("03/09/1996")}", "tel": "${PH("06 22 81 40 77")}" "ville": "${LO("Toulouse")}"}`;
P("es-log")`2026-03-11 12:04:55 WARN login fallido usuario=${E("carmen.vidal@telefonica.net")} ip=${IP(g.ipv4())} intentos=5`;
P("it-sql")`Perché questa query è lenta? SELECT * FROM clienti WHERE codice_fiscale = '${T("IT_FISCAL_CODE", g.codiceFiscale("Moretti", "Sara", 1979, 2, 28, true, "L219"))}' OR email = '${E("sara.moretti@alice.it")}';`;
P("nl-log")`Foutmelding: SMTP 550 voor ${E("h.dekker@ziggo.nl")} (${PE("Henk Dekker")}), relay ${IP(g.ipv4())}`;
P("pl-json")`Sprawdź JSON: {"imie":"${PE("Paweł")}","nazwisko":"${PE("Lewandowski")}","pesel":"${T("PL_PESEL", g.pesel(1988, 8, 21, false))}","tel":"${PH("+48 501 228 734")}"}`;
P("pt-log")`erro no checkout: cartão ${CC(g.card.mc())} do cliente ${PE("Rafael Oliveira")} recusado, ip ${IP(g.ipv4())}`;
P("ja-log")`エラーログ: ユーザー ${E("haruto.kimura@softbank.ne.jp")} のログインに失敗しました (IP ${IP(g.ipv4())})`;
P("zh-log")`日志: 用户 ${PE("Li Jiaqi")} (${E("lijiaqi@qq.com")}) 从 ${IP(g.ipv4())} 登录失败 3 次`;
P("ko-chat.lc")`${PE("지훈")}아 내 번호 바뀌었어 ${PH("01048823317")} 저장해줘`;
P("ru-log")`лог: ошибка оплаты, карта ${CC(g.fmtCard(g.card.visa()))}, владелец ${PE("Сергей Волков")}, ip ${IP(g.ipv4())}`;
P("tr-ocr")`Nüfus cüzdanı OCR:
SOYADI  ${PE("KARA")}
ADI  ${PE("AYŞE  NUR")}
DOĞUM  TARİHİ  ${DOB("14.02.1997")}
T.C.  KİMLİK  NO  ${T("TR_NATIONAL_ID", x4.trTckn())}`;
P("sv-crm.csv")`namn\tpersonnummer\tort
${PE("Maja Eklund")}\t${T("SE_PERSONNUMMER", g.sePnr(1993, 11, 27, true))}\t${LO("Malmö")}
${PE("Hugo Nyström")}\t${T("SE_PERSONNUMMER", g.sePnr(2001, 3, 5))}\t${LO("Uppsala")}`;
P("cs-email.sig")`S pozdravem
Ing. ${PE("Martin Dvořák")}
vedoucí skladu
mobil: ${PH("+420 731 228 904")}, e-mail: ${E("martin.dvorak@logistika-cz.cz")}`;
P("ar-chat.lc")`ابعت رقم ${PE("يوسف")} لـ${PE("منى")}: ${PH("01012284477")}`;
P("hu-crm.csv")`Név;Telefon;Város
${PE("Szűcs Dániel")};${PH("+36 30 218 4490")};${LO("Debrecen")}
${PE("Balogh Krisztina")};${PH("06 70 412 3381")};${LO("Szeged")}`;
P("el-chat.lc")`πες στον ${PE("γιάννη")} να με πάρει στο ${PH("6944128830")}`;
