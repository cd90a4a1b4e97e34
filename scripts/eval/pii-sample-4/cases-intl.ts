/** Fourth PII red-team set, part 2: non-English application traffic with PII (de fr es it pt nl pl tr id sw ro cs sv). */
import * as g from "../pii-sample-3/gen.js";
import * as x from "./gen4.js";
import { b, T } from "./cases-en.js";
const { P, E, PH, CC, IB, IP, DOB, AD, PE, LO, OPT } = b;

// ---- German ----
P("de-clinical")`Bitte Arztbrief kürzen: Wir berichten über Herrn ${PE("Klaus-Dieter Brenninkmeyer")}, geb. ${DOB("14.03.1951")}, der vom 02.03. bis 10.03.2026 wegen einer dekompensierten Herzinsuffizienz stationär behandelt wurde. Hausarzt: Dr. ${PE("Sabine Kühnel")}, ${LO("Bielefeld")}.`;
P("de-hr")`Zeugnis formulieren: ${PE("Leonie Schmitz")} war vom 01.04.2021 bis 31.01.2026 als Projektleiterin bei uns tätig. Privatanschrift: ${AD("Lindenallee 17, 50968 Köln")}.`;
P("de-hr")`Bewerbung von ${PE("Mehmet Öztürk")}, geboren am ${DOB("09.12.1995")} in ${LO("Duisburg")}, E-Mail ${E("m.oeztuerk@gmx.de")}, Tel. ${PH("0171 4452910")} — bitte Stärken und Schwächen zusammenfassen.`;
P("de-legal")`Mietvertrag prüfen: Vermieter ${PE("Gerhard Vollmer")}, Mieterin ${PE("Anja Zimmermann-Roth")}, Mietobjekt ${AD("Bergmannstraße 102, 10961 Berlin")}, Kaltmiete 1.240 EUR.`;
P("de-insurance")`Schadensmeldung Hausrat: Versicherte ${PE("Ilse Wagner")}, ${AD("Rosenweg 4, 86150 Augsburg")}, Einbruch am Wochenende, Erstattung bitte auf ${IB(g.spaced(g.ibans.DE!()))}.`;
P("de-gov")`Hilf mir beim Formular: Name ${PE("Dragan Jovanović")}, Steuerliche Identifikationsnummer ${T("DE_TAX_ID", g.deSteuerId())}, Geburtsdatum ${DOB("22.06.1979")}, Wohnort ${LO("Nürnberg")}.`;
P("de-bank")`Kunde schreibt: "Guten Tag, hier ist ${PE("Sven Hartmann")}, meine Karte ${CC(g.fmtCard(g.card.mc()))} wurde gestohlen, bitte sperren. Rückruf unter ${PH("+49 30 28475512")}."`;
P("de-school")`Elternbrief: Liebe Frau ${PE("Nguyen")}, Ihre Tochter ${PE("Linh")} (Klasse 6b) hat heute im Sportunterricht ... Mit freundlichen Grüßen, ${PE("Matthias Brandl")}, Klassenlehrer`;
P("de-chat")`kannst du oma ${PE("erika")} eine geburtstagskarte schreiben? sie ist am ${DOB("3. februar 1940")} geboren, wohnt jetzt in ${LO("bad tölz")}`;
P("de-transcript")`Protokoll Teams-Call: ${PE("Jana Becker")}: Der Kunde Herr ${PE("Al-Saadi")} will den Vertrag kündigen. ${PE("Tim Vogt")}: Ich ruf ihn an, Nummer ist ${PH("089 21804471")}.`;
P("de-delivery")`Lieferschein: Empfänger ${PE("Wojciech Lewandowski")}, ${AD("Hafenstraße 23, 20359 Hamburg")}, Tel. ${PH("040 31795522")}, Abstellgenehmigung: Garage.`;

// ---- French ----
P("fr-clinical")`Compte rendu: Mme ${PE("Josiane Lefèvre")}, née le ${DOB("12/05/1948")}, hospitalisée pour une pneumopathie. N° de sécurité sociale ${T("FR_NIR", g.fmtNir(g.frNir(2, 48, 5, "75")))}. Sortie prévue vendredi.`;
P("fr-hr")`Rédige une lettre d'embauche pour ${PE("Karim Benzerga")}, domicilié ${AD("14 rue des Lilas, 69003 Lyon")}, poste de développeur, salaire 48 000 € brut.`;
P("fr-hr")`CV: ${PE("Aurélie Dubois-Martin")} — ${PH("06 12 48 90 37")} — ${E("aurelie.duboismartin@laposte.net")} — ${LO("Nantes")}. Peux-tu améliorer la section expérience ?`;
P("fr-legal")`Témoignage de ${PE("Jean-Baptiste Moreau")}, né le ${DOB("3 avril 1972")} à ${LO("Rennes")}: « J'ai vu le véhicule de M. ${PE("Lambert")} heurter le portail. »`;
P("fr-bank")`Bonjour, je suis ${PE("Fatou Ndiaye")}, j'ai fait un virement vers ${IB(g.spaced(g.ibans.FR!()))} par erreur, pouvez-vous l'annuler ? Mon tél: ${PH("+33 6 58 21 77 04")}`;
P("fr-tenancy")`Bail: le bailleur ${PE("Philippe Garnier")} loue à ${PE("Chloé Rousseau")} l'appartement situé ${AD("8 avenue Jean Jaurès, 31000 Toulouse")}. Dépôt de garantie: 1 500 €.`;
P("fr-insurance")`Déclaration de sinistre: assuré ${PE("Thierry Nguyen-Van")}, contrat AUTO-88123, accident à ${LO("Marseille")}, tiers: ${PE("Sophie Marchand")} ${PH("04 91 55 62 18")}.`;
P("fr-school")`Bulletin: ${PE("Inès Haddad")}, née le ${DOB("27/08/2012")}, classe de 5e. Appréciation: élève sérieuse. Responsable légal: ${PE("Nadia Haddad")}, ${E("nadia.haddad@sfr.fr")}.`;
P("fr-be")`Formulaire de mutuelle (Belgique): ${PE("Lucas Vandenberghe")}, numéro national ${T("BE_NATIONAL_NUMBER", g.beNrn(1986, 11, 3))}, adresse ${AD("Rue de la Loi 155, 1040 Etterbeek")}.`;
P("fr-chat")`écris un message à ${PE("mamadou")} pour lui dire que ${PE("awa")} arrive demain à ${LO("dakar")} et qu'elle l'appellera au ${PH("+221 77 418 22 90")}`;
P("fr-email")`Cordialement,
${PE("Hélène Castaing")}
Juriste — Cabinet Castaing & Associés
${AD("22 boulevard Haussmann, 75009 Paris")}
${PH("01 42 68 53 00")}`;

// ---- Spanish ----
P("es-clinical")`Informe de alta: paciente ${PE("María del Carmen Ruiz Olmedo")}, fecha de nacimiento ${DOB("17/02/1956")}, DNI ${T("ES_NIF", g.dni())}. Diagnóstico: fractura de cadera derecha. Domicilio: ${AD("Calle de Alcalá 214, 28028 Madrid")}.`;
P("es-hr")`Oferta de empleo para ${PE("Andrés Felipe Gutiérrez")}: puesto de analista, incorporación 1 de abril. Enviar a ${E("andresf.gutierrez@hotmail.com")}. NIE ${T("ES_NIE", g.nie())}.`;
P("es-legal")`Declaración del testigo ${PE("Pilar Sánchez Vidal")}, vecina de ${LO("Valencia")}, nacida el ${DOB("9 de octubre de 1964")}: «Vi a ${PE("Raúl")} salir del portal a las once».`;
P("es-bank")`hola, soy ${PE("javier montero")}, necesito cambiar la cuenta de domiciliación a ${IB(g.ibans.ES!())}, mi móvil es ${PH("612 384 907")}`;
P("es-tenancy")`Contrato de arrendamiento: arrendador ${PE("Ignacio de la Fuente")}, arrendataria ${PE("Lucía Benítez")}, vivienda en ${AD("Carrer de Provença 311, 08037 Barcelona")}.`;
P("es-travel")`Reserva confirmada: pasajera ${PE("Ximena Villarreal")}, vuelo IB 6250 MAD-MEX, contacto ${PH("+52 55 4172 9083")}, correo ${E("ximena.villarreal@gmail.com")}.`;
P("es-insurance")`Parte de accidente: conductor ${PE("Gonzalo Ortega Prieto")}, DNI ${T("ES_NIF", g.dni())}, tel. ${PH("655 21 48 33")}, ocurrido en ${LO("Sevilla")}.`;
P("es-school")`Expediente: alumno ${PE("Mateo Herrera")}, nacido el ${DOB("05/03/2013")}, tutor ${PE("Rosa Herrera")} (${PH("+34 91 456 78 90")}). Necesita adaptación curricular.`;
P("es-delivery")`Envío a: ${PE("Camila Restrepo")}, ${AD("Carrera 7 #71-21, Bogotá")}, tel ${PH("+57 310 4182 773")}. Dejar en portería.`;
P("es-chat")`dile a abuela ${PE("carmen")} que la llamo el domingo, y que tío ${PE("pepe")} ya tiene su nuevo número: ${PH("+34 678 214 903")}`;
P("es-gov")`Ayúdame con el formulario de empadronamiento: ${PE("Yolanda Campos Ibáñez")}, nacida el ${DOB("30/06/1990")}, NIE ${T("ES_NIE", g.nie())}, domicilio ${AD("Avenida de la Constitución 12, 3ºB, 41001 Sevilla")}.`;

// ---- Italian ----
P("it-clinical")`Lettera di dimissione: la paziente ${PE("Giulia Bianchi")}, nata il ${DOB("12/05/1988")} a ${LO("Milano")}, codice fiscale ${T("IT_FISCAL_CODE", g.codiceFiscale("Bianchi", "Giulia", 1988, 5, 12, true, "F205"))}, è stata ricoverata per colecistite acuta.`;
P("it-hr")`Scrivi una lettera di referenze per ${PE("Lorenzo Esposito")}, che ha lavorato con noi a ${LO("Napoli")} dal 2019. Contatto: ${E("lorenzo.esposito@tiscali.it")}.`;
P("it-legal")`Atto di citazione: il sig. ${PE("Salvatore Russo")}, residente in ${AD("Via Toledo 256, 80134 Napoli")}, cita in giudizio la sig.ra ${PE("Francesca De Luca")}.`;
P("it-bank")`Buongiorno, sono ${PE("Alessandro Conti")}, vorrei sapere perché il bonifico all'IBAN ${IB(g.ibans.IT!())} non è ancora arrivato. Cell. ${PH("347 812 4490")}`;
P("it-tenancy")`Contratto di locazione tra ${PE("Marco Galli")} (locatore) e ${PE("Chiara Fontana")} (conduttrice), codice fiscale ${T("IT_FISCAL_CODE", g.codiceFiscale("Fontana", "Chiara", 1994, 11, 3, true, "H501"))}, immobile in ${AD("Via Appia Nuova 45, 00183 Roma")}.`;
P("it-school")`Pagella: ${PE("Edoardo Marino")}, classe 3B, nato il ${DOB("21/01/2011")}. Genitore: ${PE("Paola Marino")}, tel. ${PH("333 219 8842")}.`;
P("it-insurance")`Denuncia sinistro: assicurato ${PE("Vincenzo Greco")}, polizza RCA 7781223, incidente a ${LO("Bari")}, controparte ${PE("Antonella Ferri")}, tel ${PH("+39 02 8645 1190")}.`;
P("it-chat")`puoi scrivere un messaggio a nonna ${PE("pina")}? vive a ${LO("palermo")}, il suo numero è ${PH("+39 329 774 1180")}`;
P("it-email")`Cordiali saluti,
${PE("Federica Lombardi")}
Ufficio Acquisti
${PH("+39 06 6982 4410")} — ${E("f.lombardi@edilroma.it")}`;
P("it-gov")`Modulo ISEE: dichiarante ${PE("Giuseppe Romano")}, nato a ${LO("Catania")} il ${DOB("04/09/1962")}, C.F. ${T("IT_FISCAL_CODE", g.codiceFiscale("Romano", "Giuseppe", 1962, 9, 4, false, "C351"))}.`;

// ---- Portuguese ----
P("pt-clinical")`Resumo de alta: utente ${PE("Maria João Figueiredo")}, data de nascimento ${DOB("02/10/1953")}, NIF ${T("PT_NIF", x.ptNif())}, internada por AVC isquémico. Contacto da filha: ${PH("912 345 678")}.`;
P("pt-hr")`Carta de oferta para ${PE("Tiago Carvalho")}, residente na ${AD("Rua Augusta 120, 1100-053 Lisboa")}, função: engenheiro de dados. E-mail: ${E("tiago.carvalho@sapo.pt")}.`;
P("pt-bank")`olá, sou a ${PE("ana beatriz souza")}, preciso do comprovante do pix que mandei pro ${PE("rodrigo")}, meu celular é ${PH("+55 21 99812-4471")}`;
P("pt-legal")`Depoimento da testemunha ${PE("Francisco Pereira da Silva")}, nascido em ${DOB("15 de julho de 1970")}, residente em ${LO("Porto")}: «O senhor ${PE("Rui Costa")} estava no café.»`;
P("pt-tenancy")`Contrato de arrendamento: senhorio ${PE("Joaquim Mendes")}, inquilina ${PE("Inês Rodrigues")}, imóvel na ${AD("Avenida da Boavista 1830, 4100-119 Porto")}. Renda: 950 €.`;
P("pt-delivery")`Entrega para ${PE("Luiz Fernando Albuquerque")}, ${AD("Rua Oscar Freire 379, São Paulo - SP, 01426-001")}, tel ${PH("(11) 98765-2210")}.`;
P("pt-school")`Ficha do aluno: ${PE("Gabriel Nascimento")}, nascido em ${DOB("11/11/2010")}, encarregado de educação ${PE("Patrícia Nascimento")}, ${E("patricia.nascimento@gmail.com")}.`;
P("pt-insurance")`Participação de sinistro: segurado ${PE("Rui Alves")}, apólice 44-2019-77, IBAN para indemnização ${IB(g.spaced(g.ibans.PT!()))}.`;
P("pt-chat")`manda msg pra tia ${PE("fátima")} dizendo que a ${PE("bia")} chega em ${LO("recife")} amanhã`;
P("pt-email")`Atenciosamente,
${PE("Carolina Azevedo")}
Gerente de Contas — ${LO("Belo Horizonte")}
${PH("+55 31 3274 1890")} | ${E("carolina.azevedo@bhconsult.com.br")}`;

// ---- Dutch ----
P("nl-clinical")`Ontslagbrief: mevrouw ${PE("Wilhelmina de Groot")}, geboren ${DOB("18-06-1944")}, BSN ${T("NL_BSN", g.bsn())}, opgenomen wegens delier. Huisarts: dokter ${PE("Pieter Jansen")}, ${LO("Utrecht")}.`;
P("nl-hr")`Arbeidscontract voor ${PE("Daan van der Berg")}, woonachtig ${AD("Keizersgracht 482, 1017 EG Amsterdam")}, ingangsdatum 1 april. Salaris op ${IB(g.spaced(g.ibans.NL!()))}.`;
P("nl-legal")`Getuigenverklaring van ${PE("Fatima el Amrani")}, geboren op ${DOB("2 maart 1990")} te ${LO("Rotterdam")}: "Ik zag meneer ${PE("Bakker")} de fiets pakken."`;
P("nl-bank")`hoi, ik ben ${PE("jeroen visser")}, ik heb per ongeluk geld overgemaakt naar ${IB(g.ibans.NL!())}, kan dat terug? bel me op ${PH("06 48217730")}`;
P("nl-tenancy")`Huurovereenkomst: verhuurder ${PE("Henk Mulder")}, huurder ${PE("Sanne Willems")}, woning ${AD("Oudegracht 231, 3511 NK Utrecht")}, huur € 1.450 per maand.`;
P("nl-school")`Leerlingdossier: ${PE("Noah Smits")}, geboortedatum ${DOB("07-09-2014")}, groep 7, ouder: ${PE("Lotte Smits")} (${PH("+31 20 624 1189")}).`;
P("nl-be")`Aanvraag kinderbijslag: ${PE("Jens Claes")}, rijksregisternummer ${T("BE_NATIONAL_NUMBER", g.beNrn(1991, 4, 22))}, adres ${AD("Meir 78, 2000 Antwerpen")}.`;
P("nl-chat")`kun je een appje sturen naar tante ${PE("ria")}? ze woont nu in ${LO("eindhoven")}, en ${PE("kees")} komt ook`;
P("nl-delivery")`Bezorgnotitie: ${PE("Mustafa Yıldız")}, ${AD("Schiedamseweg 110, 3025 AH Rotterdam")}, ${PH("010 414 2290")} — pakket bij de buren op 112.`;
P("nl-insurance")`Schadeclaim: verzekerde ${PE("Eva Hendriks")}, polisnummer WA-33812, ongeval in ${LO("Groningen")}, tegenpartij ${PE("Ruud Kok")}.`;

// ---- Polish ----
P("pl-clinical")`Karta informacyjna: pacjent ${PE("Stanisław Zieliński")}, ur. ${DOB("17.04.1950")}, PESEL ${T("PL_PESEL", g.pesel(1950, 4, 17, false))}, rozpoznanie: zaostrzenie POChP. Adres: ${AD("ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa")}.`;
P("pl-hr")`Napisz ofertę pracy dla ${PE("Magdalena Kaczmarek")}, stanowisko: księgowa, kontakt ${E("magda.kaczmarek@o2.pl")}, tel. ${PH("601 228 493")}.`;
P("pl-legal")`Zeznanie świadka ${PE("Piotr Wójcik")}, zam. ${LO("Kraków")}: „Widziałem, jak pan ${PE("Krawczyk")} wjechał na czerwonym świetle.”`;
P("pl-bank")`dzień dobry, nazywam się ${PE("ewa dąbrowska")}, przelew na konto ${IB(g.ibans.PL!())} nie doszedł, proszę o sprawdzenie`;
P("pl-tenancy")`Umowa najmu: wynajmujący ${PE("Jan Kowalczyk")}, najemca ${PE("Olena Bondarenko")}, lokal przy ${AD("ul. Piotrkowska 120, 90-006 Łódź")}.`;
P("pl-school")`Świadectwo: uczennica ${PE("Zuzanna Mazur")}, PESEL ${T("PL_PESEL", g.pesel(2012, 9, 3, true))}, data urodzenia ${DOB("03.09.2012")}, klasa 7a.`;
P("pl-delivery")`Kurier: paczka dla ${PE("Kamil Szymański")}, ${AD("ul. Długa 12/4, 80-827 Gdańsk")}, tel. ${PH("+48 512 384 772")}.`;
P("pl-chat")`napisz do babci ${PE("krysi")} że przyjedziemy w sobotę, jej numer to ${PH("+48 22 628 41 91")}`;
P("pl-insurance")`Zgłoszenie szkody: ubezpieczony ${PE("Tomasz Lewandowski")}, ur. ${DOB("30.01.1985")}, zdarzenie w ${LO("Poznań")}, odszkodowanie na ${IB(g.spaced(g.ibans.PL!()))}.`;
P("pl-gov")`Wniosek o dowód osobisty: ${PE("Agnieszka Wiśniewska-Nowak")}, PESEL ${T("PL_PESEL", g.pesel(1978, 12, 24, true))}, miejsce urodzenia ${LO("Lublin")}.`;

// ---- Turkish ----
P("tr-clinical")`Epikriz: hasta ${PE("Ayşe Yılmaz")}, doğum tarihi ${DOB("12.03.1967")}, T.C. kimlik no ${OPT(T("TR_TCKN", x.trTckn()))}, tanı: akut apandisit. Yakını: ${PE("Murat Yılmaz")} ${PH("+90 532 418 22 71")}.`;
P("tr-hr")`İş teklifi mektubu yaz: aday ${PE("Emre Kaya")}, pozisyon yazılım mühendisi, e-posta ${E("emre.kaya@hotmail.com.tr")}, ${LO("İzmir")}'de yaşıyor.`;
P("tr-legal")`Tanık ifadesi: ${PE("Zeynep Demir")}, ${LO("Ankara")} ikametli, doğum tarihi ${DOB("05/08/1988")}: "${PE("Hakan Çelik")} bey kapıyı kırdı."`;
P("tr-bank")`merhaba ben ${PE("burak arslan")}, kartım ${CC(g.fmtCard(g.card.visa()))} çalındı, lütfen iptal edin. telefonum ${PH("0533 812 44 90")}`;
P("tr-tenancy")`Kira sözleşmesi: kiraya veren ${PE("Mustafa Aydın")}, kiracı ${PE("Elif Koç")}, adres ${AD("Bağdat Caddesi No: 245 Daire 8, Kadıköy, İstanbul")}.`;
P("tr-delivery")`Kargo teslimat: alıcı ${PE("Selin Öztürk")}, ${AD("Atatürk Bulvarı No: 112/5, Çankaya, Ankara")}, tel ${PH("0212 245 18 90")}.`;
P("tr-school")`Öğrenci kaydı: ${PE("Can Şahin")}, doğum tarihi ${DOB("14.02.2010")}, veli ${PE("Gülay Şahin")}, ${E("gulay.sahin@gmail.com")}.`;
P("tr-chat")`${PE("ahmet")} abiye söyle yarın ${PE("fatma")} teyzeyi havalimanından alsın, numarası ${PH("+90 542 771 30 12")}`;
P("tr-email")`Saygılarımla,
${PE("Oğuzhan Kılıç")}
Satış Müdürü
${PH("+90 216 444 12 12")} | ${E("oguzhan.kilic@anadolusoft.com.tr")}`;
P("tr-insurance")`Hasar bildirimi: sigortalı ${PE("Deniz Aksoy")}, poliçe 2026-88172, kaza yeri ${LO("Bursa")}, IBAN ${IB("TR" + "33" + "0006100519786457841326")}.`;

// ---- Indonesian ----
P("id-clinical")`Ringkasan pulang: pasien ${PE("Siti Nurhaliza Rahmawati")}, tanggal lahir ${DOB("17-08-1975")}, NIK ${OPT(T("ID_NIK", "3174" + g.digits(2) + "570875" + g.digits(4)))}, diagnosis demam berdarah. Alamat: ${AD("Jl. Kebon Jeruk Raya No. 27, Jakarta Barat 11530")}.`;
P("id-hr")`Tolong buatkan surat penawaran kerja untuk ${PE("Budi Santoso")}, posisi staf keuangan, email ${E("budi.santoso@yahoo.co.id")}, HP ${PH("0813 1122 4455")}.`;
P("id-bank")`halo, saya ${PE("dewi lestari")}, transfer ke rekening pak ${PE("agus")} belum masuk, tolong cek ya. no hp saya ${PH("+62 812-3456-7890")}`;
P("id-legal")`Keterangan saksi: ${PE("Ahmad Fauzi")}, lahir di ${LO("Surabaya")} tanggal ${DOB("3 Mei 1982")}, menyatakan melihat ${PE("Rudi Hartono")} di lokasi kejadian.`;
P("id-delivery")`Kirim ke: ${PE("Putri Ayu Wulandari")}, ${AD("Jl. Malioboro No. 56, Yogyakarta 55213")}, telp ${PH("(0274) 512 233")}.`;
P("id-school")`Data siswa: ${PE("Rizky Pratama")}, lahir ${DOB("09-11-2009")}, kelas XI IPA 2, orang tua ${PE("Hendra Pratama")}.`;
P("id-chat")`bilang ke mas ${PE("bayu")} nanti mbak ${PE("rina")} jemput di ${LO("bandung")} jam 5`;
P("id-tenancy")`Perjanjian sewa: pemilik ${PE("I Made Sudarsana")}, penyewa ${PE("Kadek Ayu Lestari")}, rumah di ${AD("Jl. Sunset Road No. 88, Kuta, Badung, Bali")}.`;
P("id-travel")`Konfirmasi pemesanan: penumpang ${PE("Muhammad Iqbal Hasibuan")}, GA 152 ${LO("Medan")}–Jakarta, kontak ${PH("+62 811 6012 345")}, ${E("iqbal.hasibuan@gmail.com")}.`;
P("id-email")`Hormat kami,
${PE("Ratna Sari Dewi")}
Manajer HRD — PT Sinar Abadi
${PH("(021) 5790 1234")}`;

// ---- Swahili ----
P("sw-clinical")`Muhtasari wa kuruhusiwa: mgonjwa ${PE("Amina Wanjiru")}, alizaliwa ${DOB("12/06/1984")}, kutoka ${LO("Nakuru")}, alitibiwa malaria. Simu ya ndugu: ${PH("+254 712 345 678")}.`;
P("sw-hr")`Barua ya ajira kwa ${PE("Baraka Otieno")}, nafasi ya mhasibu, barua pepe ${E("baraka.otieno@gmail.com")}, anaishi ${LO("Kisumu")}.`;
P("sw-bank")`habari, mimi ni ${PE("juma hamisi")}, nimetuma pesa kwa ${PE("neema")} lakini haijafika. namba yangu ${PH("0722 418 553")}`;
P("sw-legal")`Maelezo ya shahidi ${PE("Mwanaisha Said")}, mkazi wa ${LO("Mombasa")}: "Nilimwona ${PE("Kassim Mohamed")} akiingia dukani usiku."`;
P("sw-delivery")`Mzigo upelekwe kwa ${PE("Grace Achieng")}, ${AD("Moi Avenue, Jengo la Kimathi, Nairobi")}, simu ${PH("+254 733 902 114")}.`;
P("sw-school")`Taarifa ya mwanafunzi: ${PE("Daudi Mwakyusa")}, alizaliwa ${DOB("4 Machi 2011")}, darasa la saba, mzazi ${PE("Rehema Mwakyusa")} ${PH("+255 754 321 098")}.`;
P("sw-chat")`mwambie ${PE("mama zawadi")} kwamba ${PE("tumaini")} atafika ${LO("arusha")} kesho asubuhi`;
P("sw-tenancy")`Mkataba wa kupangisha: mwenye nyumba ${PE("Salim Abdallah")}, mpangaji ${PE("Esther Njeri")}, nyumba iko ${LO("Dar es Salaam")}, kodi TSh 600,000 kwa mwezi.`;
P("sw-insurance")`Dai la bima: ${PE("Peter Kamau")}, polisi MTR-44812, ajali ilitokea ${LO("Thika")}, mhusika mwingine ${PE("Wanjiku Mwangi")}.`;

// ---- Romanian ----
P("ro-clinical")`Scrisoare medicală: pacienta ${PE("Ioana Popescu")}, născută la ${DOB("23.05.1961")}, CNP ${OPT(T("RO_CNP", x.roCnp(1961, 5, 23, true)))}, diagnostic: pneumonie. Domiciliu: ${AD("Strada Victoriei 45, București 010063")}.`;
P("ro-hr")`Scrie o ofertă de angajare pentru ${PE("Andrei Ionescu")}, inginer software, email ${E("andrei.ionescu@yahoo.ro")}, telefon ${PH("0744 219 630")}.`;
P("ro-bank")`bună ziua, sunt ${PE("mihaela dumitru")}, am trimis bani în contul ${IB(g.ibans.RO!())} din greșeală, mă puteți ajuta?`;
P("ro-legal")`Declarația martorului ${PE("Gheorghe Stan")}, domiciliat în ${LO("Cluj-Napoca")}: „L-am văzut pe ${PE("Vasile Munteanu")} lângă mașină.”`;
P("ro-tenancy")`Contract de închiriere: proprietar ${PE("Radu Constantinescu")}, chiriaș ${PE("Elena Marinescu")}, imobil situat în ${AD("Bulevardul Unirii 12, Iași 700259")}.`;
P("ro-school")`Fișa elevului: ${PE("Ștefan Georgescu")}, data nașterii ${DOB("16.10.2012")}, părinte ${PE("Cristina Georgescu")}, ${PH("+40 21 312 44 80")}.`;
P("ro-chat")`spune-i lui ${PE("bogdan")} că ${PE("ana-maria")} ajunge la ${LO("timișoara")} mâine`;
P("ro-gov")`Cerere pașaport: ${PE("Florin Dobre")}, născut la ${DOB("02.02.1980")} în ${LO("Constanța")}, CNP ${OPT(T("RO_CNP", x.roCnp(1980, 2, 2, false)))}.`;
P("ro-delivery")`Livrare: ${PE("Daniela Matei")}, ${AD("Strada Memorandumului 28, Cluj-Napoca 400114")}, tel. ${PH("0722 418 554")}.`;

// ---- Czech ----
P("cs-clinical")`Propouštěcí zpráva: pacient ${PE("Jiří Novák")}, narozen ${DOB("11. 4. 1958")}, rodné číslo ${OPT(T("CZ_BIRTH_NUMBER", x.czRc(1958, 4, 11, false)))}, diagnóza: infarkt myokardu. Bydliště: ${AD("Vinohradská 1511/230, 100 00 Praha 10")}.`;
P("cs-hr")`Napiš nabídku práce pro ${PE("Tereza Svobodová")}, pozice analytička, e-mail ${E("tereza.svobodova@seznam.cz")}, tel. ${PH("+420 602 318 455")}.`;
P("cs-bank")`dobrý den, jmenuji se ${PE("petr dvořák")}, platba na účet ${IB(g.ibans.CZ!())} neodešla, můžete to prověřit?`;
P("cs-legal")`Svědecká výpověď: ${PE("Lucie Horáková")}, bytem ${LO("Brno")}: „Viděla jsem pana ${PE("Procházku")}, jak bere tašku.”`;
P("cs-tenancy")`Nájemní smlouva: pronajímatel ${PE("Karel Černý")}, nájemce ${PE("Markéta Veselá")}, byt na adrese ${AD("Masarykova 14, 602 00 Brno")}.`;
P("cs-school")`Žák ${PE("Matěj Kučera")}, datum narození ${DOB("8. 9. 2011")}, třída 8.B, zákonný zástupce ${PE("Jana Kučerová")}, ${PH("724 112 908")}.`;
P("cs-chat")`napiš babičce že ${PE("honza")} přijede v sobotu do ${LO("olomouce")}`;
P("cs-gov")`Žádost o občanský průkaz: ${PE("Eva Pokorná")}, rodné číslo ${OPT(T("CZ_BIRTH_NUMBER", x.czRc(1984, 7, 19, true)))}, místo narození ${LO("Ostrava")}.`;

// ---- Swedish ----
P("sv-clinical")`Epikris: patient ${PE("Karin Lindström")}, personnummer ${T("SE_PERSONNUMMER", g.sePnr(1947, 3, 22, true))}, inlagd för förmaksflimmer. Anhörig: ${PE("Erik Lindström")}, ${PH("070-123 45 67")}.`;
P("sv-hr")`Skriv ett anställningsavtal för ${PE("Oskar Bergqvist")}, bosatt på ${AD("Götgatan 48, 118 26 Stockholm")}, lön till ${IB(g.spaced(g.ibans.SE!()))}.`;
P("sv-bank")`hej, jag heter ${PE("linnea holm")} och mitt kort ${CC(g.fmtCard(g.card.mc()))} har spärrats, ring mig på ${PH("073-421 88 09")}`;
P("sv-legal")`Vittnesmål av ${PE("Anders Nyström")}, född ${DOB("14 maj 1969")}, boende i ${LO("Malmö")}: "Jag såg ${PE("Johan Ek")} springa därifrån."`;
P("sv-tenancy")`Hyreskontrakt: hyresvärd ${PE("Gunnar Sjöberg")}, hyresgäst ${PE("Amira Hassan")}, lägenhet ${AD("Vasagatan 12, 411 24 Göteborg")}.`;
P("sv-school")`Elevkort: ${PE("Elsa Johansson")}, personnummer ${T("SE_PERSONNUMMER", g.sePnr(2012, 6, 5))}, klass 8C, vårdnadshavare ${PE("Maria Johansson")}.`;
P("sv-chat")`kan du skriva till mormor att ${PE("alva")} kommer till ${LO("uppsala")} på fredag`;
P("sv-email")`Med vänliga hälsningar
${PE("Björn Åkesson")}
Ekonomichef
${PH("+46 8 508 812 00")} | ${E("bjorn.akesson@nordkraft.se")}`;
P("sv-gov")`Ansökan om pass: ${PE("Mohamed Abdi Warsame")}, personnummer ${T("SE_PERSONNUMMER", g.sePnr(1990, 11, 30))}, folkbokförd i ${LO("Västerås")}.`;

// ---- more non-English: mixed domains and formats ----
P("de-log")`2026-03-14 08:02:11 FEHLER Zahlung abgelehnt: kunde="${PE("Birgit Obermaier")}" iban=${IB(g.ibans.DE!())} ip=${IP(g.ipv4())}`;
P("de-email")`> Am 12.03.2026 schrieb ${PE("Uwe Kessler")} <${E("uwe.kessler@stadtwerke-bonn.de")}>:
> Bitte die Zählerstände bis Freitag.
Hallo ${PE("Uwe")}, anbei die Werte. Gruß, ${PE("Marlene Fischer")}, ${PH("0228 7114 392")}`;
P("fr-log")`[ERREUR] échec d'envoi du SMS à ${PH("+33 7 81 22 49 07")} pour l'utilisateur ${PE("Benoît Lacroix")} (${E("benoit.lacroix@orange.fr")})`;
P("fr-transcript")`Transcription réunion — ${PE("Claire Mercier")}: On a reçu la plainte de Mme ${PE("Yasmina Belkacem")}. ${PE("Julien Roy")}: Je la rappelle au ${PH("04 78 62 19 55")}.`;
P("es-json")`¿Por qué falla? {"nombre":"${PE("Guadalupe Hernández")}","correo":"${E("lupita.hdz@gmail.com")}","telefono":"${PH("+52 33 3615 4410")}","nacimiento":"${DOB("1989-12-12")}"}`;
P("es-email")`Un saludo,
${PE("Jordi Puig i Soler")}
Departament de Recursos Humans
${PH("+34 93 402 11 90")} · ${E("jordi.puig@ub.edu")}`;
P("it-sql")`UPDATE clienti SET telefono = '${PH("+39 333 219 8843")}' WHERE cognome = '${PE("D'Alessandro")}' AND nome = '${PE("Beatrice")}';`;
P("it-transcript")`Verbale: presenti ${PE("Roberto Colombo")}, ${PE("Silvia Ricci")}, ${PE("Davide Moretti")}. ${PE("Colombo")} propone di chiamare il sig. ${PE("Barbieri")}.`;
P("pt-sql")`SELECT * FROM clientes WHERE cpf_nome = '${PE("Thiago Ribeiro dos Santos")}' AND email = '${E("thiago.rsantos@uol.com.br")}';`;
P("pt-transcript")`Atendente: Nome completo? Cliente: ${PE("Letícia Moura Cavalcanti")}. Atendente: Data de nascimento? Cliente: ${DOB("vinte e dois de abril de 1991")}.`;
P("nl-email")`Met vriendelijke groet,
${PE("Maarten van den Broek")}
Teamleider Klantenservice
${PH("+31 30 291 4410")} | ${E("m.vandenbroek@waterschap.nl")}`;
P("nl-csv")`naam;geboortedatum;iban
${PE("de Jong, Femke")};${DOB("12-04-1993")};${IB(g.ibans.NL!())}
${PE("Yilmaz, Kerem")};${DOB("30-09-1987")};${IB(g.ibans.NL!())}`;
P("pl-email")`Pozdrawiam,
${PE("Michał Grabowski")}
Kierownik ds. sprzedaży
${PH("+48 22 628 41 92")} | ${E("m.grabowski@budimex-partner.pl")}`;
P("pl-transcript")`Konsultant: Proszę podać imię i nazwisko. Klient: ${PE("Grzegorz Brzęczyszczykiewicz")}. Konsultant: A numer PESEL? Klient: ${T("PL_PESEL", g.pesel(1966, 7, 9, false))}.`;
P("tr-sql")`UPDATE musteriler SET telefon = '${PH("+90 532 418 22 72")}' WHERE ad_soyad = '${PE("Hüseyin Erdoğan")}';`;
P("tr-transcript")`Toplantı notu: ${PE("Ebru Yıldırım")}: Müşteri ${PE("Kemal")} Bey iade istiyor. ${PE("Serkan Polat")}: Yarın ararım.`;
P("id-sql")`INSERT INTO pelanggan (nama, email, hp) VALUES ('${PE("Agus Salim Nasution")}', '${E("agus.nasution@gmail.com")}', '${PH("0813 1122 4456")}');`;
P("sw-email")`Wako,
${PE("Halima Mwinyi")}
Afisa Rasilimali Watu
${PH("+255 754 321 099")} | ${E("halima.mwinyi@tanzaniabank.co.tz")}`;
P("ro-email")`Cu stimă,
${PE("Alexandru Vlad")}
Director Vânzări
${PH("+40 21 312 44 81")} | ${E("alexandru.vlad@transilvania-soft.ro")}`;
P("cs-email")`S pozdravem
${PE("Ondřej Krejčí")}
vedoucí oddělení
${PH("+420 724 112 909")} | ${E("ondrej.krejci@firma.cz")}`;
P("sv-sql")`UPDATE kunder SET adress = '${AD("Drottninggatan 71, 111 36 Stockholm")}' WHERE namn = '${PE("Ingela Sundqvist")}';`;
P("sv-transcript")`Samtal: Kund: Jag heter ${PE("Per-Olof Strand")}, född ${DOB("1955-02-28")}. Handläggare: Tack, och ditt telefonnummer? Kund: ${PH("070-123 45 68")}.`;
