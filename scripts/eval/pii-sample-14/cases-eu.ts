/** Set 14, European languages and formats: positives written for this set. */
import { pii, m, o, P, A, L, T, E, D, type CaseSource } from "./case-source.js";
import * as G from "./gen14.js";

export const cases: CaseSource[] = [
  // German (DE/AT/CH)
  pii("de-chat", `${P("jonas")}: hat jemand die nummer von ${P("lena")}?\n${P("mia")}: ${T(G.phone("DE", "0152 ########"))}, aber sie pennt noch`),
  pii("de-form", `Antragsteller: ${P("Friederike Haßelbach")}\nGeburtsdatum: ${D("03.11.1987")}\nGeburtsort: ${L("Zwickau")}\nSteuer-ID: ${m("DE_TAX_ID", G.steuerId())}\nIBAN: ${m("IBAN_CODE", G.iban("DE"))}`),
  pii("de-email", `Hallo ${P("Torsten")},\n\nbitte schick die Unterlagen an ${A("Wiesenweg 14a, 79102 Freiburg im Breisgau")}.\n\nViele Grüße\n${P("Annegret Kühl")}\n${T(G.phone("DE", "0761 #######"))}`),
  pii("de-at-ticket", `Kundin ${P("Theresa Pichlmayr")} (geb. ${D("21.04.1979")}) meldet: Paket nicht angekommen. Lieferadresse ${A("Gentzgasse 112/3/14, 1180 Wien")}, Tel. ${T(G.phone("AT", "0664 #######"))}.`),
  pii("de-ch-signature", `Freundliche Grüsse\n\n${P("Urs Baumgartner")}\nLeiter Einkauf\n${o("ADDRESS", "Seefeldstrasse 45, 8008 Zürich")}\nDirekt ${T(G.phone("CH", "079 ### ## ##"))}\n${E("urs.baumgartner@bluewin.ch")}`),
  pii("de-mention", `@${P("kevin.schroeder")} kannst du den Vertrag für Frau ${P("Özdemir")} prüfen? Sie wohnt jetzt ${A("Am Sandtorkai 7, 20457 Hamburg")}.`),
  pii("de-yaml", `kunde:\n  name: ${P("Dieter Vollmer")}\n  geburtstag: ${D("1958-02-27")}\n  ort: ${L("Recklinghausen")}\n  karte: ${m("CREDIT_CARD", G.card("mc"))}`),
  // French (FR/BE/CH/CA)
  pii("fr-chat", `${P("clémence")} : t'as l'adresse de ${P("mathis")} ?\n${P("inès")} : ${A("27 rue des Tanneurs, 67000 Strasbourg")}, 3e étage`),
  pii("fr-form", `Nom : ${P("Lefebvre")}\nPrénom : ${P("Océane")}\nNé(e) le : ${D("09/06/1994")} à ${L("Roubaix")}\nN° sécu : ${m("FR_NIR", G.nir(true, 94, 6, "59"))}\nPortable : ${T(G.phone("FR", "07 ## ## ## ##"))}`),
  pii("fr-email", `Bonjour ${P("Gaëlle")},\nJe vous confirme le rendez-vous. Mon RIB : ${m("IBAN_CODE", G.iban("FR"))}.\nBien cordialement,\n${P("Hervé Castagnet")}`),
  pii("fr-be-ticket", `Client : ${P("Wouter Van Acker")} — adresse de facturation ${A("Chaussée de Wavre 1320, 1160 Auderghem")}, GSM ${T(G.phone("BE", "0478 ## ## ##"))}, courriel ${E("w.vanacker@skynet.be")}`),
  pii("fr-ca-chat", `salut ${P("marc-antoine")}! ton char est prêt au garage, appelle ${P("sylvie")} au ${T(G.phone("CA", "(514) 7##-####"))}`),
  pii("fr-ch-letter", `Mme ${P("Noémie Rochat")}\n${A("Chemin des Vignes 8\n1095 Lutry")}\n\nLausanne, le 4 mars`),
  // Spanish (ES/MX/AR/CO/CL/PE)
  pii("es-whatsapp", `[10:14] ${P("Lucía")}: oye ${P("nacho")} pásame el dni de tu madre pa la reserva\n[10:16] ${P("Nacho")}: ${m("ES_NIF", G.dni())}, a nombre de ${P("Pilar Quintana Ruiz")}`),
  pii("es-form", `Nombre completo: ${P("Álvaro Benítez Sanromán")}\nFecha de nacimiento: ${D("17 de septiembre de 1983")}\nDomicilio: ${A("C/ Alcalá 214, 4º B, 28028 Madrid")}\nMóvil: ${T(G.phone("ES", "6## ## ## ##"))}`),
  pii("es-mx-ticket", `Buenas tardes, soy ${P("Guadalupe Ortiz Medina")}, mi pedido no llegó a ${A("Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 CDMX")}. Mi cel: ${T(G.phone("MX", "55 #### ####"))}`),
  pii("es-ar-chat", `che ${P("facu")}, el pibe se llama ${P("Santino Ferreyra")}, vive en ${A("Av. Corrientes 3247 piso 5 dpto C, CABA")}`),
  pii("es-co-csv", `nombre,ciudad_nacimiento,fecha_nac,celular\n${P("Yeison Castaño")},${L("Manizales")},${D("1999-12-02")},${T(G.phone("CO", "31# ### ####"))}`),
  pii("es-cl-email", `Estimado ${P("Patricio")}:\nAdjunto mi dirección nueva: ${A("Pasaje Los Aromos 1187, Villa Alemana")}.\nSaludos cordiales,\n${P("Carmen Gloria Fuentealba")}`),
  pii("es-pe-form", `Paciente: ${P("Rosa Huamán Quispe")} | Lugar de nacimiento: ${L("Ayacucho")} | Tel: ${T(G.phone("PE", "9## ### ###"))}`),
  // Catalan, Galician, Basque
  pii("ca-email", `Hola ${P("Jordi")},\nla meva adreça és ${A("Carrer de Provença 301, 3r 2a, 08037 Barcelona")}.\nUna abraçada,\n${P("Montserrat Puigdomènech")}`),
  pii("gl-chat", `${P("uxía")}: xa falei co ${P("brais")}, chámalle ao ${T(G.phone("ES", "6## ### ###"))}`),
  pii("eu-form", `Izen-abizenak: ${P("Itziar Etxeberria Goikoetxea")}\nJaioteguna: ${D("1990/05/23")}\nJaioterria: ${L("Azpeitia")}`),
  // Italian
  pii("it-chat", `${P("giulia")}: ${P("fede")} mi ha dato il numero di ${P("chiara")} ${T(G.phone("IT", "34# ### ####"))}\n${P("marco")}: grazie!!`),
  pii("it-form", `Cognome e nome: ${P("Esposito Gennaro")}\nNato a ${L("Torre del Greco")} il ${D("12/08/1971")}\nC.F.: ${m("IT_FISCAL_CODE", G.codiceFiscale("Esposito", "Gennaro", 1971, 8, 12, false, "L259"))}\nResidenza: ${A("Via Toledo 256, 80134 Napoli")}`),
  pii("it-email", `Gentile dott.ssa ${P("Benedetti")},\nle invio il mio IBAN ${m("IBAN_CODE", G.iban("IT"))} per il rimborso.\nCordiali saluti\n${P("Ludovica Sartori")}`),
  pii("it-json", `{"cliente": "${P("Maurizio Ferrandi")}", "email": "${E("m.ferrandi@libero.it")}", "nascita": "${D("1966-03-30")}", "luogo": "${L("Cremona")}"}`),
  // Dutch (NL/BE)
  pii("nl-chat", `${P("sanne")}: ff checken, ${P("daan")} z'n nieuwe adres is ${A("Oudegracht 211, 3511 NJ Utrecht")} toch?\n${P("bram")}: jup`),
  pii("nl-form", `Naam: ${P("Maarten de Wilde")}\nBSN: ${m("NL_BSN", G.bsn())}\nGeboortedatum: ${D("14-07-1985")}\nTelefoon: ${T(G.phone("NL", "06-########"))}`),
  pii("nl-be-email", `Beste ${P("Liesbeth")},\nmijn rekeningnummer is ${m("IBAN_CODE", G.iban("BE"))}.\nMet vriendelijke groeten,\n${P("Pieter-Jan Verhaegen")}`),
  // Portuguese (PT/BR)
  pii("pt-br-whatsapp", `${P("Thiago")}: mano passa o cpf da ${P("Larissa")} pro cadastro\n${P("Rafa")}: ${m("BR_CPF", G.cpf())}\n${P("Thiago")}: valeu`),
  pii("pt-br-form", `Nome: ${P("Maria Aparecida dos Santos")}\nNascimento: ${D("02/10/1962")}\nNaturalidade: ${L("Juazeiro do Norte")}\nEndereço: ${A("Rua Barão de Itapetininga, 255, ap. 71, República, São Paulo - SP, 01042-001")}\nCelular: ${T(G.phone("BR", "(11) 9####-####"))}`),
  pii("pt-pt-email", `Olá ${P("Inês")},\nA morada é ${A("Rua de Cedofeita 412, 4050-174 Porto")}.\nBeijinhos,\n${P("Rodrigo Magalhães")}`),
  pii("pt-pt-ticket", `Cliente ${P("Joaquim Barros Vieira")}, NIB/IBAN ${m("IBAN_CODE", G.iban("PT"))}, telemóvel ${T(G.phone("PT", "91# ### ###"))}.`),
  // Polish, Czech, Slovak
  pii("pl-chat", `${P("kasia")}: ${P("tomek")} podał mi numer do ${P("agnieszki")} ${T(G.phone("PL", "5## ### ###"))}\n${P("ola")}: dzięki`),
  pii("pl-form", `Imię i nazwisko: ${P("Grzegorz Wróblewski")}\nPESEL: ${m("PL_PESEL", G.pesel(1982, 4, 19, false))}\nData urodzenia: ${D("19.04.1982")}\nAdres: ${A("ul. Piotrkowska 148/12, 90-063 Łódź")}`),
  pii("cs-email", `Dobrý den, pane ${P("Dvořáku")},\nposílám adresu: ${A("Vinohradská 1511/230, 100 00 Praha 10")}.\nS pozdravem\n${P("Zdeňka Procházková")}`),
  pii("sk-ticket", `Zákazník: ${P("Matej Kollár")}, tel. ${T(G.phone("SK", "0905 ### ###"))}, IBAN ${m("IBAN_CODE", G.iban("SK"))}`),
  // Nordic
  pii("sv-chat", `${P("elin")}: vet nån vart ${P("oskar")} flyttat?\n${P("linnea")}: ${A("Götgatan 78, 118 30 Stockholm")}`),
  pii("sv-form", `Namn: ${P("Ingrid Sjöberg")}\nFödd: ${D("1956-09-30")} i ${L("Kiruna")}\nTelefon: ${T(G.phone("SE", "070-### ## ##"))}`),
  pii("da-email", `Kære ${P("Mette")},\nmin nye adresse er ${A("Nørrebrogade 52, 2. th., 2200 København N")}.\nKh ${P("Rasmus")}`),
  pii("no-ticket", `Kunde ${P("Sigrid Håland")} ber om ny faktura til ${A("Storgata 19, 9008 Tromsø")}, mobil ${T(G.phone("NO", "9## ## ###"))}`),
  pii("fi-chat", `${P("aino")}: moi ${P("ville")}, ${P("eetu")}n numero on ${T(G.phone("FI", "040 ### ####"))}`),
  pii("is-form", `Nafn: ${P("Sólveig Þórarinsdóttir")}\nFæðingardagur: ${D("11.01.1977")}\nHeimilisfang: ${A("Laugavegur 46, 101 Reykjavík")}\nSími: ${T(G.phone("IS", "8## ####"))}`),
  // Greek, Romanian, Hungarian
  pii("el-chat", `${P("Νίκος")}: έχεις το κινητό της ${P("Δήμητρας")};\n${P("Κατερίνα")}: ${T(G.phone("GR", "69# ### ####"))}`),
  pii("el-form", `Ονοματεπώνυμο: ${P("Παναγιώτης Χατζηδάκης")}\nΗμερομηνία γέννησης: ${D("05/03/1968")}\nΤόπος γέννησης: ${L("Ηράκλειο")}\nΔιεύθυνση: ${A("Λεωφόρος Κηφισίας 122, 115 26 Αθήνα")}`),
  pii("ro-email", `Bună ziua, doamna ${P("Ionescu")},\nVă trimit datele: ${P("Mihaela Stănescu")}, ${A("Str. Mihai Eminescu nr. 41, bl. C2, ap. 17, 400124 Cluj-Napoca")}, tel. ${T(G.phone("RO", "07## ### ###"))}.\nCu stimă`),
  pii("hu-form", `Név: ${P("Szabó Zsófia")}\nSzületési hely, idő: ${L("Debrecen")}, ${D("1989. június 8.")}\nLakcím: ${A("1077 Budapest, Wesselényi utca 31. 2/5")}`),
  // Baltic, Slovenian, Croatian, Serbian, Bulgarian
  pii("lt-chat", `${P("rūta")}: ${P("mantas")} sakė kad ${P("gintarės")} numeris ${T(G.phone("LT", "8 6## #####"))}`),
  pii("lv-form", `Vārds, uzvārds: ${P("Kristaps Bērziņš")}\nDzimšanas datums: ${D("22.02.1993")}\nAdrese: ${A("Brīvības iela 88-14, Rīga, LV-1001")}`),
  pii("et-email", `Tere ${P("Kadri")}!\nMinu aadress on ${A("Tartu mnt 43-9, 10128 Tallinn")}.\nParimat,\n${P("Margus Tamm")}`),
  pii("sl-ticket", `Stranka ${P("Nina Kovačič")}, ${A("Trubarjeva cesta 27, 1000 Ljubljana")}, GSM ${T(G.phone("SI", "041 ### ###"))}`),
  pii("hr-chat", `${P("ivana")}: ${P("luka")} je rekao da ${P("marija")} živi u ${A("Ilica 163, 10000 Zagreb")}`),
  pii("sr-cyrl-form", `Име и презиме: ${P("Драган Милошевић")}\nДатум рођења: ${D("14.09.1975.")}\nМесто рођења: ${L("Ниш")}\nТелефон: ${T(G.phone("RS", "064 ### ####"))}`),
  pii("sr-latn-chat", `${P("jelena")}: pozdrav ${P("stefane")}, ${P("milica")} je dobila bebu 🎉`),
  pii("bg-email", `Здравейте, ${P("Цветелина")},\nадресът ми е ${A("ул. „Граф Игнатиев“ 34, ет. 3, 1000 София")}.\nПоздрави,\n${P("Веселин Димитров")}`),
  // Irish, Maltese, Luxembourgish, Welsh
  pii("ga-form", `Ainm: ${P("Siobhán Ní Bhriain")}\nDáta breithe: ${D("30/11/1988")}\nSeoladh: ${A("12 Bóthar na Trá, Gaillimh, H91 X2K7")}`),
  pii("mt-chat", `${P("Ġorġ")}: ${P("Marija")}, in-numru ta' ${P("Pawlu")} huwa ${T(G.phone("MT", "99## ####"))}`),
  pii("lb-email", `Moien ${P("Claude")},\nmäi Kont ass ${m("IBAN_CODE", G.iban("LU"))}.\nMerci a schéine Gréiss,\n${P("Josiane Weber")}`),
  pii("cy-letter", `Annwyl ${P("Gwenllian")},\nFy nghyfeiriad newydd yw ${A("14 Heol y Bont, Aberystwyth SY23 1PY")}.\nCofion,\n${P("Rhodri ap Iwan")}`),
  // Russian, Ukrainian, Belarusian
  pii("ru-chat", `${P("дима")}: скинь телефон ${P("Серёги")}\n${P("аня")}: ${T(G.phone("RU", "8 (9##) ###-##-##"))}`),
  pii("ru-form", `ФИО: ${P("Кузнецова Анастасия Игоревна")}\nДата рождения: ${D("07.12.1990")}\nМесто рождения: г. ${L("Самара")}\nАдрес: ${A("г. Москва, ул. Профсоюзная, д. 56, кв. 214")}`),
  pii("uk-email", `Добрий день, ${P("Олено")}!\nНадсилаю реквізити: ${m("IBAN_CODE", G.iban("CZ"))}.\nЗ повагою,\n${P("Тарас Коваленко")}\n${T(G.phone("UA", "067 ### ## ##"))}`),
  pii("be-form", `Прозвішча, імя: ${P("Лявон Кавалёў")}\nДата нараджэння: ${D("19.03.1984")}\nТэлефон: ${T(G.phone("BY", "+375 29 ###-##-##"))}`),
  // Turkish, Albanian
  pii("tr-chat", `${P("emre")}: ${P("zeynep")}'in adresi ne?\n${P("burak")}: ${A("Bağdat Cad. No: 318 D: 9, 34728 Kadıköy/İstanbul")}`),
  pii("tr-form", `Ad Soyad: ${P("Hatice Yıldırım")}\nDoğum Tarihi: ${D("23.05.1970")}\nDoğum Yeri: ${L("Malatya")}\nIBAN: ${m("IBAN_CODE", G.iban("TR"))}\nCep: ${T(G.phone("TR", "0532 ### ## ##"))}`),
  pii("sq-email", `Përshëndetje ${P("Arben")},\nadresa ime: ${A("Rruga e Durrësit 112, Tiranë 1001")}.\nMe respekt,\n${P("Blerina Hoxha")}`),
  // Mixed-language signatures and CSV
  pii("de-csv", `kundennr;name;plz;ort;telefon\n40017;${P("Hildegard Strobel")};94032;${L("Passau")};${T(G.phone("DE", "0851 ######"))}`),
  pii("fr-ip-log", `[auth] connexion refusée pour ${E("soizic.le-goff@orange.fr")} depuis ${m("IP_ADDRESS", "82.124.77.201")} (3 échecs)`),
  pii("es-card", `Hola, pagué con la tarjeta ${m("CREDIT_CARD", G.card("visa"))} a nombre de ${P("Begoña Arrieta")} y me cobraron dos veces.`),
  pii("it-signature", `--\n${P("Tommaso Bellandi")}\nUfficio Acquisti\ntel. ${T(G.phone("IT", "055 ######"))}\n${E("t.bellandi@fiorentinaimpianti.it")}`),
  pii("pl-mention", `@${P("pawel.nowicki")} proszę oddzwoń do klientki ${P("Haliny Zając")}, tel. ${T(G.phone("PL", "60# ### ###"))}`),
  pii("hu-chat", `${P("bence")}: szia ${P("réka")}, ${P("dóri")} szülinapja ${D("1996.04.12")}? kell a foglaláshoz`),
  pii("sv-iban", `Hej! Betala till ${m("IBAN_CODE", G.iban("SE"))}, mottagare ${P("Björn Lindqvist")}. Tack /${P("Maja")}`),
  pii("fi-form", `Nimi: ${P("Tuomas Heikkinen")}\nSyntymäpaikka: ${L("Rovaniemi")}\nOsoite: ${A("Hämeenkatu 25 B 17, 33200 Tampere")}`),
  pii("no-chat", `${P("ingrid")}: kan noen gi ${P("håkon")} beskjed? nummeret hans er ${T(G.phone("NO", "4## ## ###"))}`),
  pii("da-form", `Navn: ${P("Søren Kjærgaard")}\nFødselsdato: ${D("28-08-1961")}\nIBAN: ${m("IBAN_CODE", G.iban("DK"))}`),
  pii("el-email", `Αγαπητή κυρία ${P("Παπαδοπούλου")},\nη νέα μου διεύθυνση είναι ${A("Τσιμισκή 58, 546 23 Θεσσαλονίκη")}.\nΜε εκτίμηση,\n${P("Σταύρος Μαυρίδης")}`),
  pii("ro-chat", `${P("andrei")}: ${P("ioana")} mi-a dat nr lui ${P("vlad")}: ${T(G.phone("RO", "074# ### ###"))}`),
  pii("nl-yaml", `contact:\n  naam: ${P("Femke Bosman")}\n  email: ${E("femke.bosman@ziggo.nl")}\n  iban: ${m("IBAN_CODE", G.iban("NL", true))}`),
  pii("pt-br-ticket", `Protocolo 88213: cliente ${P("Edivaldo Nascimento")} informou CPF ${m("BR_CPF", G.cpf())} e e-mail ${E("edivaldo.nasc@uol.com.br")}.`),
];
