/**
 * Sixth PII red-team set, part 4: hard negatives (hand-written). Public figures named in news or history questions are
 * labelled PERSON as in sets 4 and 5. Fictional characters named in literary analysis: every character name is an
 * optional PERSON (not personal data, but a detector cannot know from the text alone that the person is not real, so a
 * finding there is neither rewarded nor penalised); titles of works are unlabelled.
 * Placeholders and template dummies ("John Doe", "<name>", "123 Main St", "{{email}}") are unlabelled: a finding there
 * is a false positive. Identifier look-alikes fail their checksums or have no personal data shape.
 */
import * as g from "../pii-sample-3/gen.js";
import * as x from "../pii-sample-5/gen5.js";
import { b } from "./cases-en.js";
const { N, PE, LO, OPT } = b;

// ---- public figures in news / history questions (PERSON labelled) ----
N("news.history")`Why did ${PE("Winston Churchill")} lose the 1945 election despite winning the war?`;
N("news.science")`Summarise ${PE("Marie Curie")}'s contributions to radioactivity research for a Year 9 class.`;
N("news.politics")`Compare the economic policies of ${PE("Angela Merkel")} and ${PE("Olaf Scholz")} in three bullet points.`;
N("news.sport")`Who scored more Champions League goals, ${PE("Cristiano Ronaldo")} or ${PE("Lionel Messi")}?`;
N("news.business")`What did ${PE("Satya Nadella")} change about Microsoft's culture after 2014?`;
N("news.art")`Explain the symbolism in ${PE("Frida Kahlo")}'s "The Two Fridas".`;
N("news.music")`Write a short bio of ${PE("Fela Kuti")} for a radio segment on Afrobeat.`;
N("news.history2")`Was ${PE("Nelson Mandela")} imprisoned on Robben Island for all 27 years?`;
N("news.tech")`What is ${PE("Ada Lovelace")} known for and why is there a programming language named after her?`;
N("news.lit")`List the novels ${PE("Chinua Achebe")} wrote after Things Fall Apart.`;
N("news.royal")`How is ${PE("King Charles III")} related to ${PE("Queen Victoria")}?`;
N("news.film")`Rank the films of ${PE("Hayao Miyazaki")} by box office.`;
N("de-news.geschichte")`Welche Rolle spielte ${PE("Konrad Adenauer")} bei der Westintegration?`;
N("fr-news.histoire")`Pourquoi ${PE("Charles de Gaulle")} a-t-il quitté l'OTAN intégrée en 1966 ?`;
N("es-news.historia")`¿Qué reformas hizo ${PE("Lázaro Cárdenas")} en el sector petrolero?`;
N("ja-news.rekishi")`${PE("織田信長")}はなぜ本能寺で討たれたのですか？`;
N("zh-news.lishi")`${PE("孙中山")}的三民主义是什么？`;
N("ru-news.istoriya")`Почему ${PE("Михаил Горбачёв")} начал перестройку?`;
N("ar-news.tarikh")`ما هي إنجازات ${PE("صلاح الدين الأيوبي")}؟`;
N("it-news.storia")`Perché ${PE("Giuseppe Garibaldi")} è chiamato l'eroe dei due mondi?`;

// ---- organisations, brands and products named after people or streets ----
N("brand.people")`Is a Ford Mustang cheaper to insure than a Tesla Model 3? Also thinking about a Ferrari but lol no.`;
N("brand.retail")`Which is better value, Marks & Spencer or Sainsbury's for a weekly shop?`;
N("brand.food")`Ben & Jerry's vs Häagen-Dazs — which has less sugar per 100g?`;
N("brand.fashion")`Is Ralph Lauren or Tommy Hilfiger better quality for polo shirts?`;
N("brand.street")`Is the Wall Street Journal paywall worth it compared to the Financial Times?`;
N("brand.product")`Does the Abbey Road Studios plugin bundle work with Logic Pro?`;
N("brand.company")`Write a LinkedIn post congratulating Johnson & Johnson on the Kenvue spin-off.`;
N("brand.mcd")`How many calories in a McDonald's McFlurry vs a Wendy's Frosty?`;
N("brand.dell")`My Dell XPS 13 won't charge, the Philips charger from my old laptop doesn't work either.`;
N("brand.hotel")`Book a table at the Hilton Park Lane restaurant or the Ritz, whichever is free Friday.`;
N("brand.bank")`Is Goldman Sachs's Marcus account still open to UK customers?`;
N("brand.beer")`Compare Stella Artois and Peroni for a pub quiz question on European lagers.`;
N("de-brand.marke")`Ist ein Miele-Geschirrspüler langlebiger als einer von Bosch oder Siemens?`;
N("fr-brand.marque")`Chanel ou Yves Saint Laurent pour un parfum d'hiver ?`;
N("ja-brand.brand")`トヨタとホンダのハイブリッド車を比較してください。`;
N("street.product")`The Oxford Street Christmas lights switch on — what date is it this year?`;
N("street.drink")`How do I make a Long Island Iced Tea and a Manhattan?`;
N("street.game")`In Monopoly UK, is Mayfair or Park Lane the better buy?`;
N("street.song")`What are the chords for "Penny Lane"?`;
N("street.tv")`Is Coronation Street still filmed at MediaCityUK?`;

// ---- identifier look-alikes that fail checksums / are not personal ----
N("numbers.order")`Order #${g.digits(3)}-${g.digits(7)}-${g.digits(7)} hasn't shipped, tracking 1Z${g.rs("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16)}. Can you draft a chaser?`;
N("numbers.card")`Our test suite uses card number ${x.failingLuhn16()} to check the Luhn rejection path — is that a good negative test?`;
N("numbers.bsn")`Why is ${x.failingElevenTest()} rejected by the elfproef? Explain the eleven test.`;
N("numbers.iban")`The IBAN in our docs example, DE00 1234 5678 9012 3456 78, fails validation — why?`;
N("numbers.version")`Upgrade from v4.12.1-rc.3 to 5.0.0; node 20.11.1; build 2026.11.27.1432.`;
N("numbers.sku")`SKU 4006381333931, EAN-13. Can you check if it's a Stabilo product?`;
N("numbers.invoice")`Invoice INV-2026-004417 for €1,280.00, due 15.12.2026, PO 4500082217.`;
N("numbers.isbn")`Is ISBN 978-0-14-143951-8 the Penguin Classics edition?`;
N("numbers.ip")`Our docs use 192.0.2.44 and 2001:db8::1 as example addresses — are those reserved?`;
N("numbers.serial")`Serial SN-88K2-4419-XQ07, firmware 3.2.18, MAC OUI lookup for Ubiquiti?`;
N("numbers.phoneish")`The Fibonacci numbers 144, 233, 377, 610, 987 and 1597 — what's the next one?`;
N("numbers.flight")`Flight BA 0287 departs 14:35, gate B42, seat 23C, booking ref QX7P2M.`;
N("numbers.tracking")`DHL tracking JD014600006281134567 says "held at customs". What do I do?`;
N("numbers.case")`Court case No. 2:24-cv-01187 in the Western District of Washington — what's the status?`;
N("numbers.coords")`Coordinates 51.5074, -0.1278 — convert to degrees/minutes/seconds.`;
N("numbers.money")`Transfer 1,234,567.89 USD at rate 0.9214 — how much in EUR?`;
N("numbers.hash")`Commit a3f9c21e8b7d4f60e1c2d3b4a5968778 broke the build; revert?`;
N("numbers.uuid")`Request id 3f2b8c1e-9d4a-4b7e-a1c2-7e8f9a0b1c2d returned 502.`;
N("de-numbers.bestellung")`Meine Bestellnummer 302-4418829-1120455 ist nicht angekommen, Sendungsnummer 00340434161094012345.`;
N("fr-numbers.commande")`Commande n° FR-2026-118842, colis 6A19284711302, livraison prévue le 3 décembre.`;
N("es-numbers.pedido")`Mi pedido 114-2291834-55 llegó roto; factura F2026/00881.`;
N("ja-numbers.chumon")`注文番号 249-1184420-7731 の配送状況を教えてください。`;

// ---- dates that are not birth dates ----
N("dates.meeting")`Move the board meeting from 14 March 2027 to 21 March 2027, 10:00 CET.`;
N("dates.history")`What happened on 9 November 1989 in Berlin?`;
N("dates.deadline")`Tax return deadline is 31 January 2027; the payment on account is due 31 July.`;
N("dates.anniv")`Our company was founded on 3 March 1987 — draft a 40th anniversary post.`;
N("dates.expiry")`Milk best before 02/12/26; yoghurt use by 05.12.2026.`;
N("dates.warranty")`Warranty started 2024-06-01 and runs 36 months — when does it end?`;
N("de-dates.termin")`Der Termin ist am 12. Januar 2027 um 9 Uhr, bitte bestätigen.`;
N("fr-dates.rdv")`La réunion du 5 décembre est reportée au 12 décembre 2026.`;
N("zh-dates.jieri")`2027年的春节是几月几号？`;

// ---- lorem ipsum and placeholders / templates ----
N("template.lorem")`Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.`;
N("template.johndoe")`Template: Dear John Doe, thank you for your order. We will ship to 123 Main St, Anytown, USA 12345.`;
N("template.angle")`Hi <first_name>, your appointment with <doctor_name> is on <date> at <clinic_address>. Call <phone> to reschedule.`;
N("template.mustache")`Hello {{customer.name}}, your card ending {{card.last4}} will be charged on {{billing_date}}. Questions? {{support_email}}`;
N("template.jane")`Use "Jane Doe" and "jane.doe@example.com" as the placeholder user in the Storybook stories.`;
N("template.form")`Name: ____________  Date of birth: __/__/____  Phone: (___) ___-____  SSN: ___-__-____`;
N("template.xxx")`Card: XXXX XXXX XXXX 1234, SSN: XXX-XX-6789, phone +44 7XXX XXX XXX (redacted)`;
N("template.sql")`SELECT first_name, last_name, dob, phone FROM customers WHERE id = $1;`;
N("template.schema")`{"type":"object","properties":{"fullName":{"type":"string"},"email":{"type":"string","format":"email"},"iban":{"type":"string"}}}`;
N("de-template.vorlage")`Sehr geehrte/r Frau/Herr [Nachname], Ihr Termin ist am [Datum] in [Straße Hausnummer, PLZ Ort].`;
N("fr-template.modele")`Madame, Monsieur [NOM Prénom], né(e) le [JJ/MM/AAAA] à [VILLE] ...`;
N("es-template.plantilla")`Estimado/a [Nombre Apellido]: su DNI [00000000X] y su dirección [Calle, nº, CP, Ciudad].`;
N("ja-template.hinagata")`氏名：〇〇 〇〇　生年月日：〇〇年〇〇月〇〇日　住所：〒〇〇〇-〇〇〇〇`;
N("zh-template.moban")`姓名：______ 身份证号：__________________ 电话：___________`;
N("ko-template.yangsik")`성명: ________ 생년월일: ____년 __월 __일 연락처: 010-____-____`;
N("ar-template.namudhaj")`الاسم: __________ تاريخ الميلاد: __/__/____ رقم الهاتف: __________`;

// ---- fictional characters in literary analysis (optional PERSON) ----
N("fiction.austen")`Analyse how ${OPT(PE("Elizabeth Bennet"))}'s first impression of ${OPT(PE("Mr Darcy"))} shapes the plot of Pride and Prejudice.`;
N("fiction.lee")`Is ${OPT(PE("Atticus Finch"))} a hero in To Kill a Mockingbird? Discuss with reference to ${OPT(PE("Tom Robinson"))}'s trial.`;
N("fiction.gatsby")`What does the green light mean to ${OPT(PE("Jay Gatsby"))}, and how does ${OPT(PE("Nick Carraway"))} frame it?`;
N("fiction.dickens")`Compare ${OPT(PE("Ebenezer Scrooge"))} and ${OPT(PE("Bob Cratchit"))} as symbols of class in A Christmas Carol.`;
N("fiction.potter")`Write an essay on loyalty in ${OPT(PE("Harry Potter"))}, focusing on ${OPT(PE("Severus Snape"))}.`;
N("fiction.tolkien")`Why does ${OPT(PE("Gandalf"))} refuse the Ring when ${OPT(PE("Frodo"))} offers it?`;
N("de-fiction.goethe")`Interpretiere die Gretchenfrage: Wie hält es ${OPT(PE("Faust"))} mit der Religion?`;
N("fr-fiction.hugo")`Analyse la relation entre ${OPT(PE("Jean Valjean"))} et ${OPT(PE("Javert"))} dans Les Misérables.`;
N("es-fiction.cervantes")`¿Qué representa ${OPT(PE("Sancho Panza"))} frente a ${OPT(PE("Don Quijote"))}?`;
N("ru-fiction.dostoevsky")`Почему ${OPT(PE("Родион Раскольников"))} признаётся в преступлении?`;

// ---- places and words that are names elsewhere ----
N("place.general")`What's the best time of year to visit Lisbon, Porto and the Algarve?`;
N("place.question")`How far is it from Nairobi to Mombasa by train?`;
N("words.virtues")`Hope is not a strategy, and grace under pressure is a skill you can train. Discuss.`;
N("words.seasons")`Will summer 2027 be hotter than this year? Frank answer please.`;
N("words.rank")`Explain the difference between a major and a colonel in the British Army.`;
N("words.bill")`How does a bill become law in the US Congress?`;
N("words.rose")`My rose bush has black spot — what should I spray it with?`;
N("words.august")`In August the august committee will meet in Reading to discuss Bath's new parking rules.`;
N("words.chat")`lol ok will do, apparently the summer party is in june, hope thats ok`;
