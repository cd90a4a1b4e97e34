/** Set 12, European languages: positives written for this set (values from gen12.ts). */
import { pii, m, o, P, A, L, T, E, D, type CaseSource } from "./case-source.js";
import * as G from "./gen12.js";

export const cases: CaseSource[] = [
  // German (DE/AT/CH)
  pii("de-ticket", `Ticket #88213 – Rückruf erbeten\nKundin: ${P("Annegret Vosskuhle")}\nTel.: ${T(G.phone("DE", "0171 #######"))}\nSie kann sich seit dem Update nicht mehr anmelden. Bitte bis Freitag melden.`),
  pii("de-hr", `Personalstammblatt\nName: ${P("Brockmann")}, ${P("Jörg")}\nGeburtsdatum: ${D("03.11.1979")}\nGeburtsort: ${L("Cottbus")}\nSteuer-ID: ${m("DE_TAX_ID", G.steuerId())}\nIBAN: ${m("IBAN_CODE", G.iban("DE"))}\nAnschrift: ${A("Lindenallee 14a, 03046 Cottbus")}`),
  pii("de-chat", `[09:12] ${P("kathi")}: hat jemand die nummer von ${P("bene")}?\n[09:13] ${P("flo")}: ja ${T(G.phone("DE", "0157 ########"))}\n[09:13] ${P("kathi")}: danke dir!!`),
  pii("de-letter", `Herrn\n${P("Wolfgang Ebersbächer")}\n${A("Am Mühlgraben 7\n91522 Ansbach")}\n\nSehr geehrter Herr ${P("Ebersbächer")},\nwir bestätigen den Eingang Ihres Antrags vom 2. Mai.`),
  pii("de-at-medical", `Befund – Ambulanz Innere Medizin\nPat.: ${P("Leopoldine Hinterberger")}, geb. ${D("17.06.1948")}\nTel. Angehörige (Tochter ${P("Sabine")}): ${T(G.phone("AT", "+43 664 #######"))}\nDiagnose: Vorhofflimmern, Kontrolle in 6 Wochen.`),
  pii("de-ch-signature", `Freundliche Grüsse\n\n${P("Reto Zimmerli")}\nLeiter Disposition\nTransporte Aare AG · ${o("ADDRESS", "Industriestrasse 22, 5000 Aarau")}\nDirekt ${T(G.phone("CH", "+41 62 ### ## ##"))} · ${E("reto.zimmerli@aare-transporte.ch")}`),
  pii("de-prompt", `Formuliere bitte eine freundliche Mahnung an ${P("Gerlinde Schuster")} (${A("Hauptstraße 3, 66111 Saarbrücken")}), Rechnung 2024-118 über 340 €, ihre IBAN ${m("IBAN_CODE", G.iban("DE"))} für die Lastschrift erwähnen.`),
  pii("de-word-names", `Notiz: ${P("Frank Weber")} und ${P("Ernst Fröhlich")} waren heute beim Termin, Herr ${P("Fröhlich")} war allerdings gar nicht fröhlich über die Wartezeit. Rückruf unter ${T(G.phone("DE", "0221 #######"))}.`),
  // French (FR/BE/CH/CA)
  pii("fr-ticket", `Bonjour,\nje suis ${P("Maëlle Kerbrat")}, cliente depuis 2019. Mon numéro de sécurité sociale ${m("FR_NIR", G.nir(true, 91, 2, "29"))} a été mal saisi sur ma fiche. Merci de me rappeler au ${T(G.phone("FR", "06 ## ## ## ##"))}.\nCordialement`),
  pii("fr-letter", `${P("Gaston Lefebvre-Rousseau")}\n${A("12, rue des Tanneurs\n59800 Lille")}\n\nMadame, Monsieur,\nje vous prie de résilier mon abonnement n° 7781-A à compter du mois prochain.`),
  pii("fr-medical", `Compte rendu de consultation\nPatiente : Mme ${P("Yasmina Bouaziz")}, née le ${D("9 avril 1986")}\nMédecin traitant : Dr ${P("Hervé Castagnet")}\nAllergie à la pénicilline.`),
  pii("fr-be-form", `Formulaire d'inscription\nNom : ${P("Vandenbroucke")}\nPrénom : ${P("Arnaud")}\nDate de naissance : ${D("22/08/1994")}\nCommune : ${L("Namur")}\nGSM : ${T(G.phone("BE", "04## ## ## ##"))}\nIBAN : ${m("IBAN_CODE", G.iban("BE"))}`),
  pii("fr-ca-chat", `${P("jo")}: allo ${P("mimi")} t'as l'adresse de ${P("Ti-Guy")} pour le party?\n${P("mimi")}: ${A("4520 rue Saint-Denis, Montréal QC H2J 2L3")}\n${P("jo")}: merci!`),
  pii("fr-ch-hr", `Fiche collaborateur\n${P("Céline Python")}\nné(e) le : ${D("30.01.1990")}\nDomicile : ${A("Chemin des Vignes 8, 1009 Pully")}\nMobile : ${T(G.phone("CH", "079 ### ## ##"))}`),
  pii("fr-card", `J'ai été débitée deux fois, la carte utilisée est la ${m("CREDIT_CARD", G.card("visa"))}, au nom de ${P("Solène Mathurin")}. Pouvez-vous vérifier ?`),
  // Spanish (ES/MX/AR/CO/CL)
  pii("es-ticket", `Hola, soy ${P("Nuria Castellví")}, mi DNI es ${m("ES_NIF", G.dni())} y no me llega el código de verificación al ${T(G.phone("ES", "6## ### ###"))}. Gracias.`),
  pii("es-mx-csv", `nombre,apellido,fecha_nac,ciudad,telefono\n${P("Ximena")},${P("Tlapale Ortiz")},${D("1992-05-14")},${L("Puebla")},${T(G.phone("MX", "222 ### ####"))}\n${P("Octavio")},${P("Ruelas")},${D("1987-12-01")},${L("Mérida")},${T(G.phone("MX", "999 ### ####"))}`),
  pii("es-ar-chat", `${P("facu")}: che ${P("lu")} pasame el mail del flaco ${P("Nahuel")}\n${P("lu")}: ${E("nahuel.quiroga@fibertel.com.ar")}\n${P("facu")}: genia`),
  pii("es-co-medical", `Historia clínica\nPaciente: ${P("María Fernanda Galvis Rueda")}\nFecha de nacimiento: ${D("11 de marzo de 1975")}\nAcompañante: ${P("Hernán Galvis")} (esposo), cel. ${T(G.phone("CO", "31# ### ####"))}`),
  pii("es-cl-letter", `Santiago, 3 de junio\n\nSeñora\n${P("Javiera Pizarro Undurraga")}\n${A("Av. Providencia 1208, depto. 54, Providencia, Santiago")}\n\nEstimada señora ${P("Pizarro")}: adjuntamos la liquidación solicitada.`),
  pii("es-names-words", `El paciente ${P("Salvador Rosales")} vino con su hija ${P("Dolores")}; la señora ${P("Soledad Paz")} firmó como testigo.`),
  // Catalan, Basque-area Spanish
  pii("ca-email", `Bon dia ${P("Jordi")},\net passo les dades de la nova sòcia: ${P("Montserrat Puigdomènech i Vila")}, ${A("carrer de Verdi 31, 2n 1a, 08012 Barcelona")}, telèfon ${T(G.phone("ES", "93# ### ###"))}.\nSalutacions,\n${P("Laia")}`),
  // Italian
  pii("it-hr", `Scheda dipendente\nCognome e nome: ${P("Esposito Carmela")}\nData di nascita: ${D("12/07/1988")}\nLuogo di nascita: ${L("Caserta")}\nCodice fiscale: ${m("IT_FISCAL_CODE", G.codiceFiscale("Esposito", "Carmela", 1988, 7, 12, true, "B963"))}\nResidenza: ${A("Via Ponte di Tappia 44, 80133 Napoli")}`),
  pii("it-ticket", `Buongiorno, sono ${P("Ottavio Barzaghi")}, vi scrivo perché l'IBAN ${m("IBAN_CODE", G.iban("IT"))} risulta ancora associato al vecchio contratto. Potete richiamarmi al ${T(G.phone("IT", "347 ### ####"))}?`),
  pii("it-chat", `${P("giuli")}: raga stasera da ${P("teo")}?\n${P("ste")}: si ma chi porta la ${P("bea")}?\n${P("giuli")}: la passa a prendere ${P("Matteo")}, scrivetegli al ${T(G.phone("IT", "338 ### ####"))}`),
  pii("it-medical", `Referto PS\nPaziente: sig. ${P("Renzo Bonfiglioli")}, nato il ${D("4 febbraio 1951")} a ${L("Ferrara")}\nCF ${m("IT_FISCAL_CODE", G.codiceFiscale("Bonfiglioli", "Renzo", 1951, 2, 4, false, "D548"))}\nTrauma al polso destro.`),
  pii("it-sql", `INSERT INTO clienti (nome, email, telefono) VALUES ('${P("Annalisa Ferraresi")}', '${E("a.ferraresi@libero.it")}', '${T(G.phone("IT", "+39 051 ######"))}');`),
  // Dutch (NL/BE)
  pii("nl-ticket", `Goedemiddag, mijn naam is ${P("Femke Hoogendijk")}. Mijn BSN is ${m("NL_BSN", G.bsn())} en ik wil mijn toeslag stopzetten. Bereikbaar op ${T(G.phone("NL", "06-########"))}.`),
  pii("nl-json", `{"klant": {"naam": "${P("Sjoerd de Vries")}", "straat": "${A("Oudegracht 201")}", "plaats": "${L("Utrecht")}", "iban": "${m("IBAN_CODE", G.iban("NL", true))}", "geboren": "${D("1983-09-27")}"}}`),
  pii("nl-be-letter", `Aan\n${P("Liesbeth Van Acker")}\n${A("Kouter 56\n9000 Gent")}\n\nBeste mevrouw ${P("Van Acker")}, in bijlage vindt u de nieuwe polis.`),
  pii("nl-chat", `${P("daan")}: is ${P("Bram")} al terug uit Spanje?\n${P("noor")}: weet niet, bel hem even: ${T(G.phone("NL", "+31 6 ########"))}`),
  // Polish
  pii("pl-hr", `Dane pracownika\nImię i nazwisko: ${P("Grzegorz Wróblewski")}\nPESEL: ${m("PL_PESEL", G.pesel(1984, 10, 23, false))}\nData urodzenia: ${D("23.10.1984")}\nAdres: ${A("ul. Piotrkowska 118 m. 7, 90-006 Łódź")}`),
  pii("pl-ticket", `Dzień dobry, nazywam się ${P("Agnieszka Szczepańska")}, proszę o zmianę numeru konta na ${m("IBAN_CODE", G.iban("PL"))}. Telefon: ${T(G.phone("PL", "+48 60# ### ###"))}.`),
  pii("pl-chat", `${P("kasia")}: ${P("wojtek")} dasz mi numer do ${P("Zosi")}?\n${P("wojtek")}: ${T(G.phone("PL", "51# ### ###"))}\n${P("kasia")}: dzięki`),
  pii("pl-medical", `Karta informacyjna: pacjentka ${P("Halina Kaczmarczyk")}, ur. ${D("2 maja 1939")}, PESEL ${m("PL_PESEL", G.pesel(1939, 5, 2, true))}. Zalecenia: kontrola w poradni.`),
  // Portuguese (BR/PT)
  pii("pt-br-ticket", `Olá, meu nome é ${P("Thaís Albuquerque")} e meu CPF é ${m("BR_CPF", G.cpf())}. O boleto não chegou no meu e-mail ${E("thais.albuq@uol.com.br")}. Whats: ${T(G.phone("BR", "(81) 9####-####"))}`),
  pii("pt-br-chat", `${P("gabi")}: amiga vc tem o endereço da ${P("Duda")}?\n${P("lari")}: ${A("Rua Harmonia 412, apto 33, Vila Madalena, São Paulo - SP, 05435-000")}\n${P("gabi")}: valeu!!`),
  pii("pt-pt-letter", `Exmo. Senhor\n${P("Joaquim Peixoto Magalhães")}\n${A("Rua de Cedofeita, 287, 3.º Esq.\n4050-180 Porto")}\n\nAssunto: renovação do contrato de arrendamento`),
  pii("pt-br-hr", `Ficha cadastral\nNome: ${P("Ubiratan Sampaio")}\nNascimento: ${D("19/02/1977")}\nNaturalidade: ${L("Salvador")}\nCPF: ${m("BR_CPF", G.cpf())}\nCelular: ${T(G.phone("BR", "(71) 9####-####"))}`),
  // Nordic
  pii("sv-ticket", `Hej! Jag heter ${P("Linnéa Bergkvist")} och har flyttat till ${A("Storgatan 19, 582 23 Linköping")}. Mitt nya nummer är ${T(G.phone("SE", "070-### ## ##"))}.`),
  pii("sv-hr", `Anställd: ${P("Oskar Lindqvist")}\nFödd: ${D("1991-04-08")}\nBank: ${m("IBAN_CODE", G.iban("SE"))}\nNärmaste anhörig: ${P("Elin Lindqvist")}, ${T(G.phone("SE", "073-### ## ##"))}`),
  pii("da-email", `Hej ${P("Mette")},\n\ntak for i går. Her er ${P("Søren Kjærgaard")}s oplysninger: ${E("soren.kjaergaard@mail.dk")}, tlf. ${T(G.phone("DK", "## ## ## ##"))}.\n\nMvh ${P("Rasmus")}`),
  pii("da-form", `Navn: ${P("Ida Skovgaard Nielsen")}\nFødselsdato: ${D("14.12.1996")}\nAdresse: ${A("Nørrebrogade 88, 2. tv., 2200 København N")}`),
  pii("fi-ticket", `Hei, olen ${P("Aino Heikkilä")} ja tilaukseni ei ole saapunut osoitteeseen ${A("Hämeenkatu 25 B 12, 33200 Tampere")}. Puhelin ${T(G.phone("FI", "040 ### ####"))}.`),
  pii("fi-hr", `Työntekijä: ${P("Ville Korhonen")}\nSyntymäaika: ${D("5.7.1982")}\nTilinumero: ${m("IBAN_CODE", G.iban("FI"))}`),
  pii("no-chat", `${P("sindre")}: hvem kjører ${P("Ingrid")} til flyplassen?\n${P("marte")}: ${P("Håkon")} gjør det, nummeret hans er ${T(G.phone("NO", "9## ## ###"))}`),
  pii("no-letter", `${P("Torbjørn Haugland")}\n${A("Kongens gate 14\n7011 Trondheim")}\n\nVi viser til din henvendelse om fakturaen.`),
  // Greek, Romanian, Hungarian, Czech, Slovak
  pii("el-ticket", `Καλησπέρα, είμαι η ${P("Δήμητρα Παπαδοπούλου")} και δεν μπορώ να συνδεθώ. Το κινητό μου είναι ${T(G.phone("GR", "69# ### ####"))}.`),
  pii("el-medical", `Ασθενής: ${P("Κωνσταντίνος Βλάχος")}\nΗμερομηνία γέννησης: ${D("21/09/1958")}\nΔιεύθυνση: ${A("Εγνατίας 112, 546 30 Θεσσαλονίκη")}`),
  pii("ro-hr", `Fișă angajat\nNume: ${P("Ionescu Mădălina")}\nData nașterii: ${D("08.03.1993")}\nLocul nașterii: ${L("Brașov")}\nIBAN: ${m("IBAN_CODE", G.iban("RO"))}\nTelefon: ${T(G.phone("RO", "07## ### ###"))}`),
  pii("ro-chat", `${P("andrei")}: ${P("ioana")} mi-a zis ca vine si ${P("Vlad")}\n${P("bianca")}: ok, da-mi nr lui ${P("Vlad")}\n${P("andrei")}: ${T(G.phone("RO", "+40 72# ### ###"))}`),
  pii("hu-letter", `${P("Kovács Zsuzsanna")} részére\n${A("1052 Budapest, Váci utca 36. 2. em. 4.")}\n\nTisztelt ${P("Kovács Zsuzsanna")}! Értesítjük, hogy csomagja megérkezett.`),
  pii("hu-form", `Név: ${P("Szabó Bence")}\nSzületési idő: ${D("1998. június 3.")}\nSzületési hely: ${L("Debrecen")}\nTelefon: ${T(G.phone("HU", "+36 30 ### ####"))}`),
  pii("cs-ticket", `Dobrý den, jmenuji se ${P("Jiřina Dvořáková")}, bydlím na adrese ${A("Vinohradská 1511/230, 100 00 Praha 10")} a balík mi stále nepřišel. Tel. ${T(G.phone("CZ", "+420 6## ### ###"))}`),
  pii("cs-hr", `Zaměstnanec: ${P("Tomáš Procházka")}\nDatum narození: ${D("16. 8. 1989")}\nČíslo účtu: ${m("IBAN_CODE", G.iban("CZ"))}`),
  pii("sk-chat", `${P("majka")}: ${P("peťo")} kedy prídeš?\n${P("peťo")}: o siedmej, zavolaj ${P("Zuzke")} na ${T(G.phone("SK", "09## ### ###"))}`),
  // Bulgarian, Croatian, Baltic
  pii("bg-hr", `Служител: ${P("Стоян Георгиев")}\nДата на раждане: ${D("02.02.1986")}\nАдрес: ${A("ул. „Граф Игнатиев“ 15, 1000 София")}\nIBAN: ${m("IBAN_CODE", G.iban("BG"))}`),
  pii("bg-ticket", `Здравейте, аз съм ${P("Милена Петкова")}, телефонът ми е ${T(G.phone("BG", "088 ### ####"))}. Моля, обадете ми се за поръчката.`),
  pii("hr-letter", `Poštovani gospodine ${P("Kovačević")},\nšaljemo Vam ugovor na adresu ${A("Ilica 242, 10000 Zagreb")}.\nZa pitanja: ${P("Ivana Marić")}, ${T(G.phone("HR", "091 ### ####"))}`),
  pii("lt-form", `Vardas, pavardė: ${P("Rūta Kazlauskienė")}\nGimimo data: ${D("1979-11-30")}\nTel.: ${T(G.phone("LT", "+370 6## #####"))}`),
  pii("et-email", `Tere ${P("Kadri")}!\nPalun saada arve ${P("Mart Tamm")}ile aadressil ${E("mart.tamm@neti.ee")}.\nTänan, ${P("Liis")}`),
  // more formats
  pii("de-xml", `<kunde id="55120"><name>${P("Hannelore Pfeiffer")}</name><geburtsdatum>${D("1956-08-30")}</geburtsdatum><strasse>${A("Schillerstraße 41")}</strasse><ort>${L("Jena")}</ort><telefon>${T(G.phone("DE", "03641 ######"))}</telefon></kunde>`),
  pii("fr-log", `2025-03-11 08:14:02 WARN auth: trop d'échecs pour ${E("mathilde.garnier@orange.fr")} (${P("Mathilde Garnier")}) depuis ${m("IP_ADDRESS", "90.112.47.201")}`),
  pii("es-sql", `SELECT * FROM socios WHERE nombre = '${P("Íñigo Arrieta Goikoetxea")}' AND telefono = '${T(G.phone("ES", "+34 94# ### ###"))}';`),
  pii("pt-yaml", `titular:\n  nome: ${P("Rui Tavares Correia")}\n  iban: ${m("IBAN_CODE", G.iban("PT"))}\n  morada: "${A("Avenida da Liberdade 190, 1250-147 Lisboa")}"`),
];
