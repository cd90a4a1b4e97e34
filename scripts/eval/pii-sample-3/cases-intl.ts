/** Third PII red-team set, part 2: non-English application traffic with PII (de, fr, es, it, nl, pt, pl, sv, fi, da, be). */
import * as g from "./gen.js";
import { b, T } from "./cases-en.js";
const { P, E, PH, CC, IB, NI, IP, DOB, AD, PE, LO, OPT } = b;

// ---- German ----
P("de-chat")`Schreib bitte eine freundliche Absage an ${PE("Frau Wiebke Hansen-Oltmanns")}, wir haben die Stelle intern besetzt.`;
P("de-ticket")`Ticket 44120: Kunde ${PE("Ömer Aydın")} (${E("oemer.aydin@gmx.net")}) bittet um Rückzahlung auf ${IB(g.spaced(g.ibans.DE!()))}. Telefon: ${PH("0176 48213907")}.`;
P("de-hr")`Personalbogen
Name: ${PE("Friederike von Ahlefeldt")}
Geburtsdatum: ${DOB("07.11.1983")}
Steuer-ID: ${T("DE_TAX_ID", g.deSteuerId())}
Anschrift: ${AD("Schillerstraße 48, 60313 Frankfurt am Main")}`;
P("de-medical")`Sehr geehrte Kollegin, wir berichten über Ihre Patientin ${PE("Frau Dragana Petrović")}, geb. am ${DOB("19.02.1964")}, wohnhaft ${AD("Hauptstraße 112, 70563 Stuttgart")}, die sich vom 03.03. bis 09.03. in stationärer Behandlung befand.`;
P("de-email")`Mit freundlichen Grüßen
${PE("Konstantin Weißenborn")}
Vertrieb | Tel. ${PH("+49 89 2180 4471")} | Mobil ${PH("+49 171 3382 905")}
${E("k.weissenborn@alpenblick-gmbh.de")}`;
P("de-crm")`Notiz: Rückruf von ${PE("Herrn Yilmaz")} erbeten, er ist ab Montag unter ${PH("030 61207744")} erreichbar. Er wohnt jetzt in ${LO("Leipzig")}.`;
P("de-log")`2026-03-11 12:00:01 INFO Bestellung angelegt kunde="${PE("Hannelore Kraus")}" plz=80331 email=${E("hkraus@t-online.de")} ip=${IP(g.ipv4())}`;
P("de-insurance")`Schadenmeldung: Versicherungsnehmer ${PE("Dietmar Brunnhuber")}, geboren ${DOB("3. Mai 1958")}, Vertragsnummer KFZ-20931. Unfallort: Kreuzung Leopoldstraße / Franz-Joseph-Straße. Bitte Zusammenfassung.`;
P("de-chat")`kannst du das an ${PE("jonas")} weiterleiten? seine nummer ist ${PH("0157 72841190")}, die von ${PE("lea")} hab ich nicht`;
P("de-legal")`Vollmacht: Hiermit bevollmächtige ich, ${PE("Gerlinde Schwarzkopf")}, geb. ${DOB("22.08.1949")}, wohnhaft ${AD("Am Kirchberg 7, 01445 Radebeul")}, meinen Sohn ${PE("Holger Schwarzkopf")}.`;
P("de-sql")`INSERT INTO kunden (vorname, nachname, iban) VALUES ('${PE("Utz")}', '${PE("Mehlhorn")}', '${IB(g.ibans.AT!())}');`;
P("de-transcript")`Kunde: Guten Tag, ${PE("Reinholz")} mein Name, ${PE("Annegret Reinholz")}.
Agent: Können Sie mir Ihr Geburtsdatum nennen?
Kunde: Der ${DOB("vierzehnte April neunzehnhundertsiebzig")}.`;
P("de-shipping")`Lieferadresse: ${PE("Nils Petersen")}, ${AD("Osterstraße 3, 24937 Flensburg")}, Tel ${PH("0461 1408822")}`;
P("de-hr")`Bitte Arbeitsvertrag für ${PE("Yusuf Demirci")} vorbereiten; Sozialversicherungsnummer liegt vor, IBAN ${IB(g.ibans.DE!())}, Eintritt 01.04.`;
P("de-ch")`Grüezi ${PE("Frau Brändli")}, Ihre neue Adresse ${AD("Seestrasse 21, 8002 Zürich")} ist erfasst. Rückfragen: ${PH("+41 44 281 33 90")}.`;
P("de-at")`Sehr geehrter ${PE("Herr Mag. Pichler")}, wir bestätigen die Überweisung auf Ihr Konto ${IB(g.spaced(g.ibans.AT!()))}.`;

// ---- French ----
P("fr-chat")`Peux-tu rédiger une réponse à ${PE("Maëlle")} pour lui dire que le dossier de ${PE("M. Benali")} est complet ?`;
P("fr-ticket")`Ticket 7781 — ${PE("Jean-Baptiste N'Diaye")} signale un double prélèvement. IBAN : ${IB(g.spaced(g.ibans.FR!()))}. Tél. : ${PH("06 12 48 93 70")}.`;
P("fr-hr")`Fiche salarié : ${PE("Clémence Aubert-Fontaine")}, née le ${DOB("4 juillet 1990")} à ${LO("Nantes")}, n° de sécurité sociale ${T("FR_NIR", g.fmtNir(g.frNir(2, 90, 7, "44")))}.`;
P("fr-medical")`Madame ${PE("Yasmina Haddadi")}, née le ${DOB("30/01/1977")}, demeurant ${AD("12 avenue Jean Jaurès, 69007 Lyon")}, a été vue en consultation le 2 mars.`;
P("fr-email")`Bien cordialement,
${PE("Grégoire de La Villardière")}
Directeur administratif
${PH("+33 1 42 68 53 00")} — ${E("g.delavillardiere@cabinet-lvd.fr")}`;
P("fr-insurance")`Déclaration de sinistre : l'assuré ${PE("Thierry Lemaître")}, domicilié ${AD("5 rue du Moulin, 35000 Rennes")}, signale un dégât des eaux. Contact ${PH("02 99 31 45 67")}.`;
P("fr-log")`{"niveau":"erreur","message":"paiement refusé","client":"${PE("Océane Girard")}","carte":"${CC(g.fmtCard(g.card.visa()))}"}`;
P("fr-transcript")`Conseiller : Pouvez-vous me confirmer votre nom ?
Client : ${PE("Moussa Traoré")}.
Conseiller : Et votre numéro de portable ?
Client : ${PH("07 81 22 46 19")}.`;
P("fr-legal")`Je soussigné, ${PE("Hervé Castagnet")}, né le ${DOB("15 octobre 1961")} à ${LO("Bordeaux")}, demeurant ${AD("8 allée des Tilleuls, 33600 Pessac")}, atteste sur l'honneur...`;
P("fr-be")`Bonjour ${PE("Mme Vandenberghe")}, votre numéro de registre national ${T("BE_NATIONAL_NUMBER", g.beNrn(1982, 6, 14))} a bien été enregistré. IBAN ${IB(g.spaced(g.ibans.BE!()))}.`;
P("fr-crm")`Compte rendu d'appel : ${PE("Aurélien Marchetti")} souhaite un devis, rappeler au ${PH("04 91 55 27 80")} après 18h.`;
P("fr-chat")`traduis en anglais : "${PE("Solène")} et ${PE("Karim")} arrivent à la gare de ${LO("Lille")} à 14h"`;
P("fr-sql")`INSERT INTO adherents (nom, prenom, date_naissance, email) VALUES ('${PE("Fofana")}', '${PE("Awa")}', '${DOB("1996-12-08")}', '${E("awa.fofana@orange.fr")}');`;
P("fr-hr")`Attestation employeur : Mme ${PE("Nadia Belkacem")} est employée depuis 2018. Coordonnées bancaires : ${IB(g.ibans.FR!())}.`;

// ---- Spanish ----
P("es-chat")`Ayúdame a contestar a ${PE("Maite")}: dile que el contrato de ${PE("Íñigo Etxeberria Zubizarreta")} ya está firmado.`;
P("es-ticket")`Incidencia 20931: el cliente ${PE("Rodrigo Peña Salcedo")}, DNI ${T("ES_NIF", g.dni())}, no recibe el SMS. Móvil: ${PH("+34 655 81 23 47")}.`;
P("es-hr")`Ficha del empleado: ${PE("Ainhoa Gutiérrez de la Fuente")}, fecha de nacimiento ${DOB("12/05/1986")}, NIE ${T("ES_NIE", g.nie())}, domicilio ${AD("Calle de Alcalá 214, 28028 Madrid")}.`;
P("es-medical")`Informe: paciente ${PE("Dolores Ybarra Castaño")}, nacida el ${DOB("8 de enero de 1952")}, acude por dolor torácico. Teléfono de contacto ${PH("933 45 67 12")}.`;
P("es-email")`Un saludo,
${PE("Xavier Puigdomènech")}
Responsable de compras
${PH("+34 932 187 450")} · ${E("xpuigdomenech@distrib-catalana.es")}`;
P("es-log")`level=warn msg="intento de acceso" usuario=${E("mercedes.alvarado@telefonica.net")} ip=${IP(g.ipv4())}`;
P("es-legal")`Yo, ${PE("Eusebio Caballero Núñez")}, con DNI ${T("ES_NIF", g.dni())} y domicilio en ${AD("Avenida de la Constitución 33, 41001 Sevilla")}, declaro bajo juramento...`;
P("es-mx")`Hola ${PE("Guadalupe")}, te paso los datos de ${PE("Ximena Ávalos Treviño")}: cel ${PH("+52 81 1234 5678")}, correo ${E("ximena.avalos@prodigy.net.mx")}.`;
P("es-transcript")`Agente: ¿Me confirma su fecha de nacimiento?
Cliente: El ${DOB("veintitrés de marzo del ochenta y cuatro")}.
Agente: Gracias, señor ${PE("Zamora")}.`;
P("es-crm")`Nota CRM: ${PE("Fernanda Ocampo")} pidió cambiar la cuenta de cobro a ${IB(g.spaced(g.ibans.ES!()))}. Verificado por teléfono.`;
P("es-chat")`resume esto: ${PE("pablo")} dice que ${PE("lucía")} ya no vive en ${LO("Zaragoza")}, ahora está en ${LO("Valencia")}`;
P("es-shipping")`Destinatario: ${PE("Benjamín Sepúlveda")} — ${AD("Av. Providencia 1208, depto 54, Santiago")} — Tel ${PH("+56 9 8765 4321")}`;
P("es-hr")`Contrato de trabajo entre Logística Sur S.L. y D. ${PE("Abdelkader El Amrani")}, con NIE ${T("ES_NIE", g.nie())}, nacido el ${DOB("02-09-1989")}.`;

// ---- Italian ----
P("it-chat")`Scrivi una mail a ${PE("Ludovica")} per dirle che la riunione con ${PE("l'ing. Scarpellini")} è spostata a giovedì.`;
P("it-hr")`Dati anagrafici: ${PE("Gianmarco Dell'Acqua")}, nato a ${LO("Bergamo")} il ${DOB("21/10/1987")}, codice fiscale ${T("IT_FISCAL_CODE", g.codiceFiscale("Dell'Acqua", "Gianmarco", 1987, 10, 21, false, "A794"))}.`;
P("it-ticket")`Segnalazione 5521: la cliente ${PE("Assunta Cuccurullo")} (${E("assunta.cuccurullo@libero.it")}) chiede il rimborso su ${IB(g.spaced(g.ibans.IT!()))}. Cell. ${PH("347 218 9904")}.`;
P("it-medical")`Gentile collega, Le invio la Sig.ra ${PE("Rosaria Mancuso")}, nata il ${DOB("6 giugno 1955")}, residente in ${AD("Via Roma 45, 90133 Palermo")}, per valutazione cardiologica.`;
P("it-email")`Cordiali saluti,
${PE("Dott. Ettore Brambilla")}
Studio Brambilla & Associati
Tel. ${PH("+39 02 8645 1120")}`;
P("it-legal")`Il sottoscritto ${PE("Salvatore Lo Presti")}, C.F. ${T("IT_FISCAL_CODE", g.codiceFiscale("Lo Presti", "Salvatore", 1970, 1, 15, false, "C351"))}, residente in ${AD("Corso Italia 88, 95129 Catania")}, dichiara...`;
P("it-log")`2026-03-11 14:20:11 ERROR pagamento rifiutato utente=${E("chiara.fontana92@gmail.com")} carta=${CC(g.card.mc())}`;
P("it-crm")`Nota: richiamare ${PE("Nicolò Barbieri")} al ${PH("+39 333 902 1457")}, interessato al piano aziendale.`;
P("it-chat")`puoi tradurre in inglese? "ciao ${PE("fede")}, ${PE("matteo")} arriva domani a ${LO("Torino")}"`;
P("it-insurance")`Denuncia sinistro: contraente ${PE("Graziella Tomasello")}, nata il ${DOB("03.04.1968")}, IBAN per il risarcimento ${IB(g.ibans.IT!())}.`;

// ---- Dutch ----
P("nl-chat")`Kun je een antwoord schrijven aan ${PE("Marloes")}? Zeg dat ${PE("meneer Van den Broek")} volgende week terugbelt.`;
P("nl-ticket")`Klacht 88213: ${PE("Joris van der Meulen")} (${E("joris.vdmeulen@ziggo.nl")}) wil zijn geld terug op ${IB(g.spaced(g.ibans.NL!()))}. Tel. ${PH("06 41 27 83 90")}.`;
P("nl-hr")`Personeelsdossier: ${PE("Anouk de Graaf-Visser")}, geboren op ${DOB("17 augustus 1992")}, BSN ${T("NL_BSN", g.bsn())}, adres ${AD("Prinsengracht 263, 1016 GV Amsterdam")}.`;
P("nl-medical")`Geachte collega, hierbij verwijs ik mevrouw ${PE("Fatima El Idrissi")}, geb. ${DOB("02-03-1981")}, wonende ${AD("Kanaalweg 14, 3526 KL Utrecht")}.`;
P("nl-email")`Met vriendelijke groet,
${PE("Bram Hoekstra")}
Accountmanager | ${PH("+31 20 794 5512")} | ${E("bram.hoekstra@dekrook-bv.nl")}`;
P("nl-log")`time=2026-03-11T15:02:11Z level=info msg="adres gewijzigd" klant="${PE("Sven Kuipers")}" postcode="2511 CV" ip=${IP(g.ipv4())}`;
P("nl-be")`Beste ${PE("Wout Verstraeten")}, uw rijksregisternummer ${T("BE_NATIONAL_NUMBER", g.beNrn(1975, 11, 3))} en rekening ${IB(g.ibans.BE!())} zijn bijgewerkt. Vragen? Bel ${PH("+32 9 223 45 67")}.`;
P("nl-transcript")`Medewerker: Wat is uw geboortedatum?
Klant: ${DOB("negen november 1969")}.
Medewerker: Dank u, mevrouw ${PE("Dijkstra")}.`;
P("nl-crm")`Notitie: ${PE("Mehmet Öztürk")} verhuist naar ${LO("Eindhoven")}, nieuw nummer ${PH("06 18 37 42 55")}.`;
P("nl-shipping")`Bezorgen bij: ${PE("Lotte Bosman")}, ${AD("Oudegracht 120, 3511 AX Utrecht")}`;

// ---- Portuguese ----
P("pt-chat")`Escreve uma resposta à ${PE("Inês")} a dizer que o ${PE("Sr. Gonçalo Magalhães")} já enviou os documentos.`;
P("pt-ticket")`Pedido 4471: a cliente ${PE("Beatriz Nogueira")} (${E("beatriz.nogueira@sapo.pt")}) pede reembolso para ${IB(g.spaced(g.ibans.PT!()))}. Telemóvel ${PH("912 345 678")}.`;
P("pt-hr")`Ficha de colaborador: ${PE("Rui Manuel Figueiredo")}, data de nascimento ${DOB("11/06/1984")}, morada ${AD("Rua Augusta 152, 1100-053 Lisboa")}.`;
P("pt-br")`Olá ${PE("Thaís")}, segue o contato do ${PE("Wellington Barbosa")}: ${PH("(21) 99876-5432")}, ${E("wellington.barbosa@uol.com.br")}.`;
P("pt-medical")`Relatório: utente ${PE("Maria da Conceição Pires")}, nascida a ${DOB("5 de maio de 1947")}, residente em ${LO("Braga")}, internada por pneumonia.`;
P("pt-email")`Atenciosamente,
${PE("Leandro Cavalcanti")}
Gerente Comercial | ${PH("+55 11 3045 7788")}`;
P("pt-log")`{"nivel":"aviso","msg":"login falhou","utilizador":"${E("joana.teixeira@gmail.com")}","ip":"${IP(g.ipv4())}"}`;
P("pt-legal")`Eu, ${PE("Francisco Xavier Antunes")}, nascido em ${DOB("19-09-1963")}, residente na ${AD("Avenida da Boavista 1320, 4100-114 Porto")}, declaro para os devidos efeitos...`;
P("pt-transcript")`Atendente: Qual o seu nome completo?
Cliente: ${PE("Raimunda Conceição dos Santos")}.
Atendente: E o celular?
Cliente: ${PH("(85) 98812-3344")}.`;

// ---- Polish ----
P("pl-chat")`Napisz odpowiedź do ${PE("Zofii")}, że spotkanie z ${PE("panem Grzegorzem Wiśniewskim")} jest przełożone.`;
P("pl-ticket")`Zgłoszenie 20931: klient ${PE("Bartłomiej Szczepański")} (${E("b.szczepanski@onet.pl")}) prosi o zwrot na konto ${IB(g.spaced(g.ibans.PL!()))}. Tel. ${PH("+48 602 314 987")}.`;
P("pl-hr")`Dane pracownika: ${PE("Katarzyna Lewandowska-Mróz")}, data urodzenia ${DOB("23.01.1991")}, PESEL ${T("PL_PESEL", g.pesel(1991, 1, 23, true))}, adres ${AD("ul. Piotrkowska 104, 90-926 Łódź")}.`;
P("pl-medical")`Skierowanie: pacjent ${PE("Zbigniew Kaczmarek")}, ur. ${DOB("14.07.1956")}, zam. ${AD("ul. Długa 8/3, 80-827 Gdańsk")}, PESEL ${T("PL_PESEL", g.pesel(1956, 7, 14, false))}.`;
P("pl-email")`Pozdrawiam serdecznie,
${PE("Jadwiga Ostrowska")}
Dział Kadr | tel. ${PH("22 628 41 90")}`;
P("pl-log")`2026-03-11 16:11:02 WARN logowanie nieudane uzytkownik=${E("tomasz.kubiak@interia.pl")} ip=${IP(g.ipv4())}`;
P("pl-transcript")`Konsultant: Proszę podać imię i nazwisko.
Klient: ${PE("Władysław Jabłoński")}.
Konsultant: A numer telefonu?
Klient: ${PH("501 223 894")}.`;
P("pl-crm")`Notatka: ${PE("Dorota")} z firmy Budmax prosi o kontakt, przeprowadziła się do ${LO("Wrocławia")}.`;

// ---- Swedish / Finnish / Danish ----
P("sv-chat")`Kan du skriva ett svar till ${PE("Linnéa")} och säga att ${PE("Björn Åkesson")} ringer henne imorgon?`;
P("sv-hr")`Personalakt: ${PE("Elsa Lindqvist")}, personnummer ${T("SE_PERSONNUMMER", g.sePnr(1989, 12, 2))}, adress ${AD("Drottninggatan 71, 111 36 Stockholm")}, tel ${PH("070-123 45 67")}.`;
P("sv-ticket")`Ärende 5512: kunden ${PE("Gustav Sjöberg")} (${E("gustav.sjoberg@telia.se")}) vill ha återbetalning till ${IB(g.spaced(g.ibans.SE!()))}.`;
P("sv-medical")`Remiss: ${PE("Karin Holmberg")}, född ${DOB("3 april 1961")}, pnr ${T("SE_PERSONNUMMER", g.sePnr(1961, 4, 3, true))}, bor i ${LO("Göteborg")}.`;
P("sv-email")`Med vänliga hälsningar,
${PE("Henrik Wallin")}
Säljchef | ${PH("+46 8 505 712 00")}`;
P("fi-hr")`Työntekijä: ${PE("Eveliina Mäkinen")}, henkilötunnus ${T("FI_PERSONAL_IDENTITY_CODE", g.hetu(1993, 8, 15))}, osoite ${AD("Mannerheimintie 12 B 7, 00100 Helsinki")}.`;
P("fi-chat")`Voitko kirjoittaa vastauksen ${PE("Juhani Lehtoselle")}? Hänen numeronsa on ${PH("040 552 8841")}.`;
P("da-hr")`Medarbejder: ${PE("Mads Østergaard")}, CPR-nr. ${T("DK_CPR", g.dkCpr(1986, 9, 27))}, adresse ${AD("Nørrebrogade 44, 2200 København N")}.`;
P("da-ticket")`Sag 2231: ${PE("Signe Thomsen")} (${E("signe.thomsen@mail.dk")}) ønsker refusion til ${IB(g.spaced(g.ibans.DK!()))}.`;

// ---- other European ----
P("lu-invoice")`Facture 2026/118 — Client : ${PE("Laurent Schmit")}, ${AD("14 rue de la Gare, L-1616 Luxembourg")}. Paiement : ${IB(g.spaced(g.ibans.LU!()))}.`;
P("hr-ticket")`Prijava 771: korisnik ${PE("Ivana Kovačević")} traži povrat na ${IB(g.ibans.HR!())}.`;
P("cz-crm")`Poznámka: ${PE("Jiří Procházka")}, tel. ${PH("+420 603 214 887")}, IBAN ${IB(g.spaced(g.ibans.CZ!()))}.`;
P("gr-invoice")`Τιμολόγιο για ${PE("Γιώργος Παπαδάκης")}, IBAN ${IB(g.ibans.GR!())}, τηλ. ${PH("+30 694 123 4567")}.`;
P("mt-email")`Regards, ${PE("Ramona Borg Cardona")}, ${E("ramona.borgcardona@melita.com")}, IBAN ${IB(g.ibans.MT!())}`;
P("no-hr")`Ansatt: ${PE("Torbjørn Haugland")}, kontonummer ${IB(g.ibans.NO!())}, mobil ${PH("+47 912 34 567")}.`;
P("ch-ticket")`Demande 3301 : ${PE("Mme Valérie Rochat")}, ${AD("Rue du Marché 18, 1204 Genève")}, IBAN ${IB(g.spaced(g.ibans.CH!()))}.`;

// ---- mixed multilingual tables ----
P("de-csv")`Bitte die Tabelle nach PLZ sortieren:
Vorname;Nachname;Geburtsdatum;Telefon
${PE("Wilhelmine")};${PE("Obermaier")};${DOB("12.03.1951")};${PH("089 1234 5678")}
${PE("Cem")};${PE("Karataş")};${DOB("30.11.1998")};${PH("0171 5550123")}`;
P("fr-csv")`nom,prénom,email,ville
${PE("Lambert")},${PE("Honorine")},${E("honorine.lambert@free.fr")},${LO("Toulouse")}
${PE("Diop")},${PE("Cheikh")},${E("cheikh.diop@laposte.net")},${LO("Marseille")}`;
P("es-md")`| nombre | teléfono | ciudad |
|---|---|---|
| ${PE("Rocío Carrasco Vidal")} | ${PH("+34 622 14 77 03")} | ${LO("Málaga")} |
| ${PE("Néstor Albarracín")} | ${PH("+34 611 09 38 52")} | ${LO("Granada")} |`;
P("it-json")`{"cognome":"${PE("Santoro")}","nome":"${PE("Ilaria")}","data_nascita":"${DOB("1985-07-09")}","email":"${E("ilaria.santoro@pec.it")}"}`;
P("nl-yaml")`klant:
  naam: ${PE("Thijs Verhoeven")}
  geboortedatum: ${DOB("1979-04-22")}
  iban: ${IB(g.ibans.NL!())}`;
P("pl-sql")`INSERT INTO klienci (imie, nazwisko, pesel) VALUES ('${PE("Mirosława")}', '${PE("Pawlak")}', '${T("PL_PESEL", g.pesel(1972, 5, 30, true))}');`;
P("pt-csv")`nome;telefone;cidade
${PE("Guilherme Tavares")};${PH("+351 936 221 450")};${LO("Coimbra")}
${PE("Patrícia Mota")};${PH("+351 918 774 102")};${LO("Faro")}`;
P("sv-json")`{"namn":"${PE("Ebba Nordström")}","personnummer":"${T("SE_PERSONNUMMER", g.sePnr(2001, 6, 18, true))}","epost":"${E("ebba.nordstrom@hotmail.se")}"}`;

// ---- more traffic (second batch) ----
P("de-chat")`hey, schreib mal ne kurze nachricht an ${PE("svenja")}: treffen morgen bei ${PE("malte")}, adresse ${AD("Beethovenstraße 9, 53115 Bonn")}`;
P("de-vcard")`BEGIN:VCARD
FN:${PE("Ludger Hüttemann")}
TEL;TYPE=work:${PH("+49 251 8347 220")}
EMAIL:${E("l.huettemann@muenster-stadtwerke.de")}
END:VCARD`;
P("de-hr")`Lebenslauf – Persönliche Daten: ${PE("Anastasia Wolkowa")}, geboren am ${DOB("1. Dezember 1994")} in ${LO("Nowosibirsk")}, Staatsangehörigkeit deutsch.`;
P("fr-chat")`salut, tu peux écrire un mot pour l'anniversaire de ${PE("papi Gérard")} ? il est né le ${DOB("12 février 1946")}`;
P("fr-log")`2026-03-11T17:02:44Z INFO inscription nom="${PE("Quentin Rousselot")}" tel=${PH("+33 6 45 12 78 90")} ip=${IP(g.ipv4())}`;
P("fr-invoice")`FACTURE N° F-2026-0211 — Date : 10/03/2026
Client : ${PE("Sandrine Poulain")}, ${AD("27 boulevard Gambetta, 59000 Lille")}
Règlement par virement : ${IB(g.spaced(g.ibans.FR!()))}`;
P("es-vcard")`BEGIN:VCARD
FN:${PE("Marisa Lozano Echeverría")}
TEL:${PH("+34 948 22 31 07")}
ADR:;;${AD("Calle Estafeta 41;Pamplona;;31001;España")}
END:VCARD`;
P("es-log")`{"evento":"registro","nombre":"${PE("Yolanda Bermúdez")}","fecha_nacimiento":"${DOB("1978-10-14")}","telefono":"${PH("+34 686 45 12 90")}"}`;
P("it-transcript")`Operatore: Mi conferma il suo nome?
Cliente: ${PE("Carmela Esposito Vitale")}.
Operatore: E la data di nascita?
Cliente: ${DOB("diciotto settembre 1959")}.`;
P("it-shipping")`Spedire a: ${PE("Dario Guidetti")}, ${AD("Via Emilia Est 210, 41121 Modena")}, tel ${PH("059 223 418")}`;
P("nl-chat")`kun je dit mailtje aan ${PE("sanne")} wat vriendelijker maken? ze woont nu in ${LO("Groningen")} en ik wil haar niet kwetsen`;
P("nl-invoice")`Factuur 2026-088 | Datum: 02-03-2026 | Aan: ${PE("Ruud Vermeulen")}, ${AD("Grote Markt 5, 9711 LV Groningen")} | IBAN ${IB(g.ibans.NL!())}`;
P("pt-sql")`INSERT INTO clientes (nome, nif, iban) VALUES ('${PE("Vasco Albuquerque Leal")}', '${OPT(T("PT_NIF", "231456780"))}', '${IB(g.ibans.PT!())}');`;
P("pt-br")`oi, me ajuda a responder a ${PE("dona Zuleide")}? ela mora na ${AD("Rua das Laranjeiras 88, Rio de Janeiro")} e quer saber do boleto`;
P("pl-invoice")`Faktura VAT nr 12/03/2026 — Nabywca: ${PE("Mariusz Głowacki")}, ${AD("ul. Kościuszki 17, 31-109 Kraków")}, tel. ${PH("+48 12 421 55 09")}`;
P("pl-chat")`napisz proszę życzenia dla ${PE("babci Stanisławy")}, urodziła się ${DOB("8 marca 1940")} w ${LO("Lublinie")}`;
P("sv-transcript")`Handläggare: Kan du bekräfta ditt namn?
Kund: ${PE("Agneta Lundgren-Falk")}.
Handläggare: Och telefonnummer?
Kund: ${PH("073-512 88 41")}.`;
P("sv-log")`level=info msg="adressändring" kund="${PE("Pontus Ekdahl")}" epost=${E("pontus.ekdahl@bredband.net")} ip=${IP(g.ipv4())}`;
P("fi-ticket")`Tiketti 8812: asiakas ${PE("Tuomas Heikkinen")} (${E("tuomas.heikkinen@elisanet.fi")}) pyytää palautusta tilille ${IB(g.spaced(g.ibans.FI!()))}.`;
P("da-chat")`kan du skrive en hilsen til ${PE("Rasmus Bech")}? han fylder 50, født ${DOB("4. juni 1976")}`;

// ---- third batch ----
P("de-email")`Hallo ${PE("Jana")},

anbei die Unterlagen. Ruf mich gern an: ${PH("0221 98765430")}.

Viele Grüße
${PE("Till")}`;
P("de-hr")`Mitarbeiterin: ${PE("Leonie van Aken")}, geb. ${DOB("09.09.1997")}, wohnhaft ${AD("Kaiserstraße 55, 76133 Karlsruhe")}, Tel. ${PH("0721 4412 908")}`;
P("fr-email")`Bonjour ${PE("Ambre")},

Merci pour votre retour. Je vous rappelle demain.

Cordialement,
${PE("Lucien Ferrand-Dupuis")}`;
P("es-email")`Hola ${PE("Begoña")}:

Te confirmo la cita del lunes. Mi móvil es ${PH("612 98 44 31")}.

Un abrazo,
${PE("Iker")}`;
P("it-hr")`Candidata: ${PE("Chiara Dal Molin")}, nata il ${DOB("14/02/1996")} a ${LO("Treviso")}, cellulare ${PH("340 781 2256")}.`;
P("nl-email")`Hoi ${PE("Femmetje")},

Zullen we donderdag bellen? Mijn nummer: ${PH("06 29 44 81 07")}.

Groetjes,
${PE("Daan")}`;
P("pt-hr")`Colaboradora: ${PE("Luana Ferreira de Souza")}, nascida em ${DOB("23/07/1993")}, CPF ${OPT(T("BR_CPF", "529.982.247-25"))}, celular ${PH("(11) 97654-3210")}.`;
P("pl-email")`Cześć ${PE("Kasia")},

dzięki za wczoraj! Zadzwoń do mnie: ${PH("+48 698 114 502")}.

Pozdrawiam,
${PE("Bartek")}`;
P("sv-email")`Hej ${PE("Maja")}!

Kan vi ses på fredag? Ring mig på ${PH("076-244 18 93")}.

Hälsningar,
${PE("Oskar")}`;
P("fi-medical")`Potilas: ${PE("Aleksi Nieminen")}, syntymäaika ${DOB("12.10.1977")}, puhelin ${PH("050 321 4478")}`;
