/** Set 13, European languages: positives written for this set (values from gen13.ts). */
import { pii, m, o, P, A, L, T, E, D, type CaseSource } from "./case-source.js";
import * as G from "./gen13.js";

export const cases: CaseSource[] = [
  // German
  pii("de-ticket", `Guten Tag, hier ist ${P("Ingeborg Hellwig")}. Meine Lieferung an ${A("Am Pfarrgarten 7, 97070 Würzburg")} ist nicht angekommen. Rückruf bitte unter ${T(G.phone("DE", "0151 ########"))}.`),
  pii("de-hr-yaml", `mitarbeiter:\n  name: ${P("Torsten Gräfe")}\n  geburtsdatum: ${D("1979-03-11")}\n  steuer_id: "${m("DE_TAX_ID", G.steuerId())}"\n  iban: ${m("IBAN_CODE", G.iban("DE"))}\n  wohnort: ${L("Chemnitz")}`),
  pii("de-chat", `${P("basti")}: hat jmd die nummer von ${P("jule")}?\n${P("kathi")}: ${T(G.phone("DE", "0176 ########"))}\n${P("basti")}: danke dir`),
  pii("de-at-medical", `Befund: Pat. ${P("Leopold Wimmer")}, geb. ${D("02.09.1958")}, wohnhaft ${A("Hauptplatz 14, 8010 Graz")}. Tochter ${P("Martina")} als Kontakt, Tel. ${T(G.phone("AT", "0664 #######"))}.`),
  pii("de-ch-signature", `Freundliche Grüsse\n\n${P("Reto Bühlmann")}\nLeiter Disposition\n${o("ADDRESS", "Industriestrasse 22, 6300 Zug")}\nDirekt ${T(G.phone("CH", "079 ### ## ##"))}\n${E("reto.buehlmann@bluewin.ch")}`),
  pii("de-word-names", `Bitte Frau ${P("Sommer")} und Herrn ${P("Vogel")} zur Besprechung einladen; ${P("Winter")} aus der Buchhaltung ist im Urlaub.`),
  pii("de-csv", `Nachname;Vorname;Geburtstag;Ort\n${P("Özdemir")};${P("Aylin")};${D("14.06.1993")};${L("Duisburg")}\n${P("Krüger")};${P("Hannes")};${D("30.01.1988")};${L("Rostock")}`),
  // French
  pii("fr-ticket", `Bonjour, je suis ${P("Gaëlle Lemoine")}, client depuis 2019. Mon numéro de sécurité sociale est ${m("FR_NIR", G.nir(true, 86, 4, "69"))} et j'habite ${A("12 rue des Tanneurs, 69005 Lyon")}.`),
  pii("fr-chat", `${P("mathou")}: tu peux envoyer le rib à ${P("cédric")} ?\n${P("lulu")}: ${m("IBAN_CODE", G.iban("FR"))} c'est le sien\n${P("mathou")}: merci`),
  pii("fr-be-form", `Nom : ${P("Vandenberghe")}\nPrénom : ${P("Noémie")}\nNée le : ${D("17/12/1996")}\nGSM : ${T(G.phone("BE", "0470 ## ## ##"))}\nAdresse : ${A("Rue du Marché 41, 4020 Liège")}`),
  pii("fr-ca-email", `Bonjour Mme ${P("Tremblay")},\n\nVotre dossier est complet. Pour toute question, écrivez à ${E("josee.tremblay@videotron.ca")} ou appelez le ${T(G.phone("CA", "(514) ###-####"))}.\n\n${P("Mathieu Gagnon")}, conseiller`),
  pii("fr-medical", `CR consultation : M. ${P("Bernard Fauchon")}, 71 ans, né le ${D("3 mars 1954")} à ${L("Quimper")}. Épouse ${P("Yvette")} présente.`),
  pii("fr-ch-letter", `${P("Séverine Dubuis")}\n${A("Chemin des Vignes 3\n1950 Sion")}\n\nChère Madame ${P("Dubuis")}, nous vous confirmons votre inscription.`),
  // Spanish
  pii("es-ticket", `Hola, soy ${P("Rocío Almansa Pérez")}, DNI ${m("ES_NIF", G.dni())}. No me ha llegado el reembolso a ${m("IBAN_CODE", G.iban("ES"))}. Mi móvil: ${T(G.phone("ES", "6## ## ## ##"))}.`),
  pii("es-mx-chat", `${P("pepe")}: oye y el cel de ${P("lupita")}?\n${P("memo")}: ${T(G.phone("MX", "55 #### ####"))}\n${P("pepe")}: gracias wey`),
  pii("es-ar-form", `Apellido y nombre: ${P("Benítez, Santiago Ezequiel")}\nFecha de nacimiento: ${D("09/05/1990")}\nDomicilio: ${A("Av. Corrientes 2145 piso 3 dto B, C1045 CABA")}\nCelular: ${T(G.phone("AR", "+54 9 11 ####-####"))}`),
  pii("es-co-crm", `{"cliente":"${P("Yeison Andrés Murillo")}","correo":"${E("yeison.murillo@hotmail.com")}","celular":"${T(G.phone("CO", "3## ### ####"))}","ciudad":"${L("Medellín")}"}`),
  pii("es-cl-email", `Estimada ${P("Francisca")}:\nTe reenvío los datos de ${P("Ignacio Fuentealba")}, fono ${T(G.phone("CL", "+56 9 #### ####"))}, dirección ${A("Pasaje Los Aromos 1187, Maipú, Santiago")}.`),
  pii("es-medical", `Paciente: ${P("Encarnación Ruiz")}. F. nac.: ${D("22-08-1949")}. Natural de ${L("Jaén")}. Acompañada por su hijo ${P("Curro")}.`),
  // Catalan, Galician, Basque
  pii("ca-form", `Nom i cognoms: ${P("Jordi Puigdollers i Serra")}\nData de naixement: ${D("4 de febrer de 1985")}\nAdreça: ${A("Carrer de la Riera 18, 2n 1a, 08301 Mataró")}`),
  pii("gl-chat", `${P("uxía")}: mañá vén a ${P("brais")}?\n${P("antía")}: si, chámao ao ${T(G.phone("ES", "6## ### ###"))}`),
  pii("eu-form", `Izen-abizenak: ${P("Itziar Etxeberria Goikoetxea")}\nJaiotze data: ${D("1992-11-23")}\nHelbidea: ${A("Kale Nagusia 9, 20003 Donostia")}`),
  // Italian
  pii("it-ticket", `Buongiorno, sono ${P("Giuseppina Lo Cascio")}, codice fiscale ${m("IT_FISCAL_CODE", G.codiceFiscale("Lo Cascio", "Giuseppina", 1971, 7, 19, true, "G273"))}. Abito in ${A("Via Maqueda 214, 90134 Palermo")}.`),
  pii("it-chat", `${P("fede")}: ${P("ale")} mi dai il numero di ${P("chiara")}?\n${P("ale")}: ${T(G.phone("IT", "347 ### ####"))}`),
  pii("it-hr-csv", `cognome,nome,nascita,comune_nascita,email\n${P("Bortolotti")},${P("Ettore")},${D("1983-10-02")},${L("Rovigo")},${E("ettore.bortolotti@libero.it")}`),
  pii("it-signature", `Cordiali saluti,\n${P("Donatella Ferrante")}\nUfficio acquisti – Meccanica Ferrante srl\n${o("ADDRESS", "Via dell'Artigianato 5, 25030 Coccaglio (BS)")}\ncell. ${T(G.phone("IT", "+39 33# ### ####"))}`),
  // Dutch
  pii("nl-ticket", `Hoi, ik ben ${P("Sanne de Groot")}, mijn BSN is ${m("NL_BSN", G.bsn())}. Ik woon op ${A("Lange Nieuwstraat 88, 3512 PN Utrecht")}, bel ${T(G.phone("NL", "06-########"))}.`),
  pii("nl-chat", `${P("joost")}: wie heeft het nummer van ${P("femke")}\n${P("daan")}: ${T(G.phone("NL", "06 ## ## ## ##"))}`),
  pii("nl-be-medical", `Verwijsbrief: mevrouw ${P("Hilde Claeys")}, geboren ${D("8 januari 1961")} te ${L("Kortrijk")}, ${A("Doorniksesteenweg 140, 8500 Kortrijk")}.`),
  // Polish
  pii("pl-ticket", `Dzień dobry, nazywam się ${P("Grzegorz Wieczorek")}, PESEL ${m("PL_PESEL", G.pesel(1977, 5, 14, false))}. Proszę o zwrot na konto ${m("IBAN_CODE", G.iban("PL"))}.`),
  pii("pl-chat", `${P("kuba")}: daj numer do ${P("oli")}\n${P("zuza")}: ${T(G.phone("PL", "512 ### ###"))}\n${P("kuba")}: dzięki`),
  pii("pl-letter", `Szanowna Pani ${P("Jadwigo")},\nprzesyłamy dokumenty na adres ${A("ul. Piotrkowska 112 m. 7, 90-006 Łódź")}.\nZ poważaniem, ${P("Marek Zieliński")}`),
  // Portuguese
  pii("pt-br-ticket", `Olá, meu nome é ${P("Thaís Cavalcanti")}, CPF ${m("BR_CPF", G.cpf())}. Moro na ${A("Rua Padre Carapuceiro 733, apto 1202, Boa Viagem, Recife - PE, 51020-280")}. WhatsApp ${T(G.phone("BR", "(81) 9####-####"))}.`),
  pii("pt-br-chat", `${P("gabi")}: a ${P("rafa")} ja mandou o pix?\n${P("lelê")}: mandou sim, manda pro ${P("juninho")} o cel dela ${T(G.phone("BR", "(21) 9####-####"))}`),
  pii("pt-pt-form", `Nome: ${P("Duarte Nogueira Sampaio")}\nData de nascimento: ${D("19/04/1986")}\nNaturalidade: ${L("Viseu")}\nTelemóvel: ${T(G.phone("PT", "91# ### ###"))}`),
  pii("pt-br-json", `{"nome":"${P("Marcos Vinícius Teixeira")}","cpf":"${m("BR_CPF", G.cpf())}","nascimento":"${D("1994-12-01")}","email":"${E("mvteixeira@uol.com.br")}"}`),
  // Nordic
  pii("sv-ticket", `Hej, jag heter ${P("Linnea Bergqvist")} och bor på ${A("Storgatan 21, 903 26 Umeå")}. Ring ${T(G.phone("SE", "070-### ## ##"))} om det är något.`),
  pii("sv-chat", `${P("olle")}: har nån ${P("majas")} nummer?\n${P("elin")}: ${T(G.phone("SE", "073-### ## ##"))}`),
  pii("da-form", `Navn: ${P("Mette Kjeldsen")}\nFødselsdato: ${D("23.07.1980")}\nAdresse: ${A("Vestergade 12, 2. th., 8000 Aarhus C")}\nMobil: ${T(G.phone("DK", "2# ## ## ##"))}`),
  pii("fi-hr", `Työntekijä: ${P("Aleksi Heikkinen")}, syntynyt ${D("12.2.1991")}, kotipaikka ${L("Jyväskylä")}, puh. ${T(G.phone("FI", "040 ### ####"))}, tili ${m("IBAN_CODE", G.iban("FI"))}`),
  pii("no-chat", `${P("sindre")}: kommer ${P("ingrid")} på hytta?\n${P("marte")}: ja, ring henne på ${T(G.phone("NO", "9## ## ###"))}`),
  pii("is-form", `Nafn: ${P("Guðrún Sigurðardóttir")}\nFæðingardagur: ${D("5. maí 1987")}\nHeimilisfang: ${A("Laugavegur 58, 101 Reykjavík")}\nSími: ${T(G.phone("IS", "6## ####"))}`),
  // Greek, Romanian, Hungarian
  pii("el-ticket", `Καλησπέρα, είμαι η ${P("Ευαγγελία Παπαδοπούλου")}. Η διεύθυνσή μου είναι ${A("Εγνατίας 85, 546 35 Θεσσαλονίκη")}, κινητό ${T(G.phone("GR", "69# ### ####"))}.`),
  pii("el-chat", `${P("nikos")}: ρε ${P("giannh")} έχεις το κινητό της ${P("Δέσποινας")};\n${P("giannhs")}: ${T(G.phone("GR", "69# #######"))}`),
  pii("ro-form", `Nume: ${P("Popescu")}\nPrenume: ${P("Ioana-Cristina")}\nData nașterii: ${D("11.10.1995")}\nLocul nașterii: ${L("Craiova")}\nIBAN: ${m("IBAN_CODE", G.iban("RO"))}`),
  pii("hu-ticket", `Jó napot, ${P("Kovácsné Tóth Erzsébet")} vagyok, a címem ${A("Budapest, Üllői út 48, 1082")}. Telefonszámom ${T(G.phone("HU", "+36 30 ### ####"))}.`),
  pii("hu-chat", `${P("bence")}: ${P("dori")} átküldöd ${P("peti")} számát?\n${P("dori")}: ${T(G.phone("HU", "06 20 ### ####"))}`),
  // Central/Eastern Europe
  pii("cs-form", `Jméno a příjmení: ${P("Kateřina Dvořáková")}\nDatum narození: ${D("28. 6. 1989")}\nBydliště: ${A("Husova 17, 602 00 Brno")}\nTelefon: ${T(G.phone("CZ", "+420 7## ### ###"))}`),
  pii("sk-chat", `${P("maťo")}: kde býva ${P("zuzka")}?\n${P("peťo")}: ${A("Obchodná 31, 811 06 Bratislava")}, mobil ${T(G.phone("SK", "09## ### ###"))}`),
  pii("bg-form", `Име: ${P("Цветелина Стоянова Петкова")}\nДата на раждане: ${D("14.03.1992")}\nАдрес: ${A("ул. „Граф Игнатиев“ 26, 1000 София")}\nТел.: ${T(G.phone("BG", "088 ### ####"))}`),
  pii("hr-ticket", `Poštovani, ja sam ${P("Dubravka Horvat")}, adresa ${A("Ilica 245, 10000 Zagreb")}, mob. ${T(G.phone("HR", "091 ### ####"))}. IBAN za povrat: ${m("IBAN_CODE", G.iban("HR"))}.`),
  pii("sl-form", `Ime in priimek: ${P("Tjaša Kranjc")}\nDatum rojstva: ${D("3. 4. 1990")}\nNaslov: ${A("Trubarjeva cesta 40, 1000 Ljubljana")}\nGSM: ${T(G.phone("SI", "041 ### ###"))}`),
  pii("sr-chat", `${P("миле")}: дај број од ${P("Јелене")}\n${P("дуле")}: ${T(G.phone("RS", "064 ### ####"))}`),
  pii("sr-latn-hr", `Zaposleni: ${P("Nemanja Đorđević")}, rođen ${D("21.11.1984")} u ${L("Kragujevcu")}, adresa ${A("Bulevar oslobođenja 77, 21000 Novi Sad")}.`),
  pii("lt-ticket", `Sveiki, esu ${P("Rūta Jankauskienė")}, mano tel. ${T(G.phone("LT", "+370 6## #####"))}, sąskaita ${m("IBAN_CODE", G.iban("LT"))}.`),
  pii("lv-form", `Vārds, uzvārds: ${P("Kristaps Ozoliņš")}\nDzimšanas datums: ${D("07.08.1993")}\nAdrese: ${A("Brīvības iela 155-12, Rīga, LV-1012")}\nTālr.: ${T(G.phone("LV", "2# ### ###"))}`),
  pii("et-chat", `${P("mart")}: kas ${P("kadri")} tuleb ka?\n${P("liis")}: jah, tema number on ${T(G.phone("EE", "5### ####"))}`),
  pii("ga-form", `Ainm: ${P("Aoife Nic Giolla Phádraig")}\nDáta breithe: ${D("15/09/1998")}\nSeoladh: ${A("12 Bóthar na Trá, Gaillimh, H91 E2K3")}`),
  pii("mt-ticket", `Bonġu, jiena ${P("Charmaine Camilleri")}, indirizz ${A("42, Triq il-Kbira, Żebbuġ ZBG 1302")}, mowbajl ${T(G.phone("MT", "79## ####"))}.`),
  pii("lb-email", `Moien ${P("Gilles")},\nhei d'Kontaktdaten vum ${P("Pit Weber")}: ${E("pit.weber@pt.lu")}, ${T(G.phone("LU", "621 ### ###"))}.\nMerci, ${P("Carole")}`),
  // Identifiers in more carriers
  pii("de-letter-steuerid", `Sehr geehrter Herr ${P("Lindemann")},\nIhre steuerliche Identifikationsnummer lautet ${m("DE_TAX_ID", G.steuerId())}. Bitte geben Sie sie bei Ihrem Arbeitgeber an.\nMit freundlichen Grüßen\n${P("Petra Aumüller")}, Finanzamt Kassel`),
  pii("nl-json-bsn", `{"klant":{"naam":"${P("Bram Hoekstra")}","bsn":"${m("NL_BSN", G.bsn())}","geboortedatum":"${D("1984-04-27")}","woonplaats":"${L("Leeuwarden")}"}}`),
  pii("pl-chat-pesel", `${P("ania")}: jaki masz pesel do tej rezerwacji?\n${P("tomek")}: ${m("PL_PESEL", G.pesel(2001, 9, 30, false))}\n${P("ania")}: ok wpisane`),
  pii("es-form-dni", `SOLICITUD\nTitular: ${P("Iñaki Zubizarreta Olano")}\nDNI: ${m("ES_NIF", G.dni())}\nFecha de nacimiento: ${D("30/03/1975")}\nDomicilio: ${A("C/ San Francisco 14, 3º izq., 48003 Bilbao")}`),
  pii("it-csv-cf", `nominativo;codice_fiscale;telefono\n${P("Carla Benedetti")};${m("IT_FISCAL_CODE", G.codiceFiscale("Benedetti", "Carla", 1968, 2, 11, true, "F205"))};${T(G.phone("IT", "333 ### ####"))}`),
  pii("fr-rh-nir", `Fiche salarié — ${P("Karim Belkacem")}, NIR ${m("FR_NIR", G.nir(false, 90, 11, "93"))}, né le ${D("14/11/1990")} à ${L("Saint-Denis")}.`),
  pii("pt-br-card", `Oi, sou ${P("Letícia Amaral")}, o cartão que cadastrei é ${m("CREDIT_CARD", G.card("mc"))}, pode estornar?`),
  pii("de-at-iban", `Bitte überweisen Sie die Kaution an ${P("Franziska Haider")}, IBAN ${m("IBAN_CODE", G.iban("AT"))}.`),
  pii("nl-be-iban", `Terugbetaling aan ${P("Wout Peeters")} op ${m("IBAN_CODE", G.iban("BE"))}, gsm ${T(G.phone("BE", "0486 ## ## ##"))}.`),
];
