/** Fifth PII red-team set, part 4: hard negatives in the same forms as the positives (no PII; debatable look-alikes carry optional labels; public figures labelled PERSON as in set 4). */
import * as g from "../pii-sample-3/gen.js";
import * as x from "./gen5.js";
import { b, T } from "./cases-en.js";
const { N, PE, LO, PH, IP, E, AD, OPT } = b;

// values that have the shape of identifiers but fail their checksums
const badIban = (() => { const v = g.ibans.DE!(); const d = (+v[2]! + 1) % 10; return v.slice(0, 2) + d + v.slice(3); })();
const badIbanNl = (() => { const v = g.ibans.NL!(); const d = (+v[3]! + 3) % 10; return v.slice(0, 3) + d + v.slice(4); })();
const badLuhn = x.failingLuhn16();
const badLuhn2 = x.failingLuhn16();
const bad11 = x.failingElevenTest();

// ---- support chats without personal data ----
N("support.chat")`Bot: Hi! What can I help you with today?
User: the app crashes when i open the camera tab, version 8.14.2 on android 14
Bot: Thanks. Please try clearing the cache (Settings > Apps > Storage) and reopen.
User: that worked`;
N("support.chat")`Agent: Your order #7734-2291-0083 left our warehouse on 10 March. Customer: great, what carrier? Agent: DPD, tracking 15503288412097. Customer: thanks`;
N("support.chat")`[14:02] Customer: the router light is blinking orange
[14:03] Agent: Orange means no sync. Please check the DSL cable on port 1.
[14:05] Customer: ok green now
[14:05] Agent: Great, anything else?`;
N("support.chat")`Customer: my invoice INV-2026-03-0412 shows 49.99 but the plan is 39.99
Agent: The difference is the one-off activation fee of 10.00, it won't repeat next month.`;
N("support.chat")`live chat export
10:01 visitor_8812 > do you ship to norway
10:02 agent_07 > yes, 3-5 working days, duties paid
10:02 visitor_8812 > ok and returns?
10:03 agent_07 > 30 days free returns`;
N("support.chat")`Draft a reply to a customer who says the "Lindqvist" desk (model LQ-140) arrived with a scratched leg. Offer a replacement leg or 15% refund.`;
N("support.chat")`Escalation note: 14 tickets this week about the Beatrix blender lid cracking (batch B-2026-07). Engineering ticket ENG-4412.`;

// ---- CRM-like exports without people ----
N("crm.csv")`sku,name,colour,price_eur,ean
TS-001,Organic Tee,Navy,19.90,4006381333931
TS-002,Organic Tee,Sage,19.90,4006381333948
HD-114,Zip Hoodie,Charcoal,59.00,4006381334150`;
N("crm.csv")`region,quarter,revenue,churn
EMEA,Q1,1204554.11,2.1%
APAC,Q1,884120.50,3.4%
AMER,Q1,2290331.08,1.8%`;
N("crm.tsv")`store_id\tcity\topened\tsqm
S-014\tManchester\t2011-04-02\t1250
S-015\tGlasgow\t2013-09-14\t980
S-016\tCardiff\t2019-03-01\t1100`;
N("crm.jsonl")`{"event":"page_view","path":"/pricing","session":"9f3b2c71-1e4d-4d2b-9a61-0c2f9d3e8b44","ms":412}
{"event":"click","path":"/pricing#enterprise","session":"9f3b2c71-1e4d-4d2b-9a61-0c2f9d3e8b44","ms":95}`;
N("crm.csv")`invoice_no,issue_date,due_date,amount,status
${badLuhn},2026-02-01,2026-03-03,1240.00,PAID
${badLuhn2},2026-02-15,2026-03-17,88.50,OPEN`;
N("crm.csv")`Fix the column order: product_name, Wellington, Chelsea, Derby, Oxford, Brogue — these are our boot models, with stock 120, 88, 40, 212, 19.`;

// ---- SQL without personal data ----
N("sql")`CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, first_name TEXT, last_name TEXT, email CITEXT UNIQUE, phone TEXT, date_of_birth DATE, iban TEXT);
-- add an index for lookups by email`;
N("sql")`INSERT INTO products (sku, name, price) VALUES ('LAMP-ARC-01', 'Arc Floor Lamp', 149.00), ('LAMP-DSK-02', 'Desk Lamp Mini', 39.00);`;
N("sql")`SELECT country, COUNT(*) FROM orders WHERE created_at BETWEEN '2026-01-01' AND '2026-03-31' GROUP BY country ORDER BY 2 DESC;`;
N("sql")`ALTER TABLE employees ADD COLUMN national_insurance_number VARCHAR(9); -- format check: two letters, six digits, one letter`;
N("sql")`Why is this slow? UPDATE inventory SET qty = qty - 1 WHERE sku IN (SELECT sku FROM order_lines WHERE order_id = 88213);`;
N("sql")`SELECT name FROM cities WHERE country_code = 'PT' AND population > 100000; -- returns Lisboa, Porto, Braga, Amadora...`;

// ---- logs without personal data ----
N("log")`2026-03-11T08:41:02.118Z INFO  [orders] created order_id=88213 items=3 total=129.40 currency=EUR latency_ms=41`;
N("log")`10.0.4.17 - - [11/Mar/2026:10:02:14 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"`;
N("log")`[build] webpack 5.91.0 compiled successfully in 8412 ms; main.4f9a1c2e.js 412 KiB, vendor.88b2c1d0.js 1.2 MiB`;
N("log")`Mar 11 03:12:44 db01 postgres[2241]: LOG: checkpoint complete: wrote 18213 buffers (11.1%); 0 WAL file(s) added, 2 removed`;
N("log")`java.lang.NullPointerException: Cannot invoke "com.acme.billing.Invoice.getTotal()" because "invoice" is null
    at com.acme.billing.InvoiceService.apply(InvoiceService.java:214)`;
N("log")`ERROR 2026-03-09 22:15:03 [scheduler] job=nightly-export attempt=3/3 status=FAILED exit_code=137 (OOMKilled)`;
N("log")`CI run #4412 on main: 1,208 tests passed, 3 skipped, 0 failed in 6m 41s (commit 9fceb02)`;

// ---- configs without people ----
N("config.yaml")`services:
  api:
    image: ghcr.io/acme/api:2.14.1
    ports: ["8080:8080"]
    environment:
      LOG_LEVEL: info
      TZ: Europe/Berlin`;
N("config.json")`{"name":"@acme/ui","version":"4.2.0-beta.3","engines":{"node":">=20.11"},"dependencies":{"react":"^18.3.1","date-fns":"^3.6.0"}}`;
N("config.json")`{"pipeline":["jenkins","sonarqube","nexus"],"notify":{"channel":"#ci-alerts","on":["failure","fixed"]}}`;
N("config.yaml")`# The service names are Greek letters, not people
workers: [alpha, beta, gamma, delta]
queues: {orders: 8, emails: 2, exports: 1}`;

// ---- e-mail headers / signatures of organisations, no person ----
N("email.header")`Subject: [acme/api] Release v2.14.1 (#4412)
From: GitHub <${OPT(E("notifications@github.com"))}>
List-Id: acme/api <api.acme.github.com>
X-GitHub-Reason: subscribed`;
N("email.sig")`--
Customer Care Team
Acme Outdoor Ltd · Registered in England No. 04412881 · VAT GB 441 2288 19
This e-mail and any attachments are confidential.`;
N("email.thread")`Write an email to all staff: the office will be closed on Good Friday and Easter Monday; IT maintenance window is Saturday 02:00-06:00.`;

// ---- meetings without personal data ----
N("meeting")`Transcript (speakers anonymised):
SPEAKER_00: so the churn number for Q1 is two point one percent
SPEAKER_01: and Q4 was?
SPEAKER_00: two point six, so we're trending down`;
N("meeting")`Board minutes: The Chair opened the meeting at 10:00. The Treasurer presented the accounts for FY2025. The Secretary noted apologies from two trustees. Resolution 4 passed unanimously.`;
N("meeting")`Sprint retro: What went well — faster reviews. What didn't — flaky e2e tests on Safari. Actions — quarantine the flaky suite, upgrade Playwright to 1.42.`;

// ---- OCR-like text without personal data ----
N("ocr")`N U T R I T I O N   F A C T S
Serving size  1 cup ( 2 2 8 g )
Calories  2 5 0
Total Fat  1 2 g   1 8 %`;
N("ocr")`OCR of a train timetable:
Dep  07:12  Leeds   Arr 09:41  London Kings Cross
Dep  07:45  Leeds   Arr 10:03  London Kings Cross`;
N("ocr")`Scanned spec sheet: Model  WX - 4412 - B   Input  220 - 240 V ~ 50 / 60 Hz   Power  2 0 0 0 W   Serial  see  label`;
N("ocr")`Receipt OCR: ESPRESSO  2.80   CROISSANT  3.20   TOTAL  6.00   CARD  ************4412   THANK YOU`;

// ---- blank forms and templates in many languages ----
N("form")`Name: __________  Date of birth: __ / __ / ____  Phone: ______________  Email: ______________`;
N("de-form")`Vorname: ______  Nachname: ______  Geburtsdatum: TT.MM.JJJJ  Steuer-ID: ___________  IBAN: DE__ ____ ____ ____ ____ __`;
N("fr-form")`Nom : ________  Prénom : ________  Date de naissance : JJ/MM/AAAA  N° de sécurité sociale : _ __ __ __ ___ ___ __`;
N("es-form")`Nombre y apellidos: __________  DNI/NIE: ________  Fecha de nacimiento: dd/mm/aaaa  Domicilio: __________`;
N("ja-form")`氏名: ________ 生年月日: ____年__月__日 住所: 〒___-____ ________ 電話番号: ___-____-____`;
N("ko-form")`성명: ______ 생년월일: ____년 __월 __일 주민등록번호: ______-_______ 연락처: 010-____-____`;
N("zh-form")`姓名: ______ 出生日期: ____年__月__日 身份证号: __________________ 手机: ___________`;
N("ar-form")`الاسم: ________ تاريخ الميلاد: __/__/____ رقم الهاتف: ________ البريد الإلكتروني: ________`;
N("form")`{{customer.first_name}} {{customer.last_name}}, your order {{order.id}} will arrive on {{delivery.date}}.`;

// ---- lower-case chat without PII ----
N("chat.lc")`anyone know if the 8.15 release has the fix for the csv export or is that 8.16`;
N("chat.lc")`will the march report be ready by friday or should i push the meeting`;
N("chat.lc")`mark the ticket as done pls, the bill for march is fixed in prod`;
N("chat.lc")`grace period for the license is 14 days right? and may we extend it once`;
N("chat.lc")`lol the jenkins build took 41 min again, can we get more runners`;
N("chat.lc")`how do i say "happy new year" in korean and japanese`;

// ---- companies and brands named like people ----
N("company")`Compare Tommy Hilfiger, Ralph Lauren and Calvin Klein polo shirts for quality and price.`;
N("company")`Is Ferrero bigger than Mars and Mondelez by revenue? Include Lindt & Sprüngli.`;
N("company")`Which is better for a home office chair: Steelcase, Herman Miller or Humanscale?`;
N("company")`Tim Hortons vs Dunkin' — which has more stores in Canada?`;
N("company")`We ordered from Dr. Oetker, Jack Daniel's and Johnnie Walker for the corporate hamper.`;
N("company")`Ted Baker, Paul Smith and Hugo Boss all cut prices in the January sale.`;
N("company")`The Walt Disney Company and Warner Bros. Discovery both reported streaming losses.`;
N("company")`Lazard and Rothschild & Co advised on the merger; Freshfields and Linklaters were counsel.`;
N("company")`Should we use Jenkins, Travis or Buildkite? Also considering Sentry vs Bugsnag for errors.`;

// ---- places in general questions; street-named products ----
N("place")`What's the difference in climate between Lagos, Nairobi and Johannesburg in July?`;
N("place")`Plan a 3-day trip: Kraków, Wieliczka salt mine and Zakopane by bus.`;
N("place")`Why is Reykjavík the northernmost capital of a sovereign state?`;
N("place")`Compare the cost of living in Ho Chi Minh City, Bangkok and Kuala Lumpur for a remote worker.`;
N("place")`Is Shibuya or Shinjuku better to stay in for a first visit to Tokyo?`;
N("street")`Our new candle range is called Penny Lane, Rodeo Drive and Sunset Boulevard — write product blurbs.`;
N("street")`The "Fifth Avenue" collection (bags) and "Via Montenapoleone" (shoes) launch in April.`;
N("street")`Bourbon Street Grill sauce and Abbey Road Studios mugs are both best-sellers in the gift shop.`;
N("street")`Name ideas for a café: Elm Street Coffee, Mulberry Lane, Station Road Roasters.`;
N("street")`The museum at ${OPT(AD("221B Baker Street"))} is dedicated to a fictional detective; is it worth visiting?`;
N("street")`Tours of ${OPT(AD("1600 Pennsylvania Avenue"))} must be requested through a member of Congress.`;

// ---- dates that are not birth dates ----
N("calendar")`The GDPR applies from 25 May 2018; the Data Protection Act 2018 received Royal Assent on 23 May 2018.`;
N("calendar")`Our fiscal year runs from 1 April 2025 to 31 March 2026; Q4 close is 15 April.`;
N("calendar")`Dates for the trade fair: 14.-17. Oktober 2026, Messe Frankfurt, Halle 4.1.`;
N("calendar")`Support for Windows 10 ended on October 14, 2025; extended updates run to 13/10/2026.`;
N("calendar")`Launch checklist: 2026-04-01 code freeze, 2026-04-08 RC1, 2026-04-22 GA.`;
N("calendar")`Contract term: from 1st June 2024 until 31st May 2027, notice period 3 months.`;

// ---- numbers with the shape of identifiers that are not personal ----
N("numbers")`Wire reference: ${badIban} — our bank says the checksum is wrong, what's the usual mistake?`;
N("numbers")`The IBAN on the supplier invoice, ${badIbanNl}, fails validation; should I ask them to resend?`;
N("numbers")`Order numbers: ${badLuhn}, ${badLuhn2} — both were cancelled by the warehouse system.`;
N("numbers")`Ticket 9-digit id ${bad11} was merged into ticket 500212887.`;
N("numbers")`Is ${OPT(T("US_SSN", "123-45-6789"))} a real SSN? I see it in every tutorial.`;
N("numbers")`HMRC's documentation uses ${OPT(T("UK_NINO", "QQ 12 34 56 C"))} as the example NI number; what do the letters mean?`;
N("numbers")`Test cards: ${OPT(T("CREDIT_CARD", "4242 4242 4242 4242"))} (Stripe) and ${OPT(T("CREDIT_CARD", "5555 5555 5555 4444"))} — which one triggers 3DS?`;
N("numbers")`Hex colours in the palette: #1A2B3C, #FF6600, #00A3E0; RGB 26 43 60.`;
N("numbers")`ISBNs: 978-1-4028-9462-6, 978-0-596-52068-7; ISSN 0317-8471.`;
N("numbers")`VIN WVWZZZ1JZXW000001 is the sample VIN from the manual; model year digit is X = 1999.`;
N("numbers")`Part no. 0151-2384-77 fits the 2019-2022 models; part no. 0176-3184-22 fits later ones.`;
N("numbers")`Bank holiday opening: branches 10:00-14:00; the national call centre number is printed on the back of your card.`;
N("numbers")`GPS: 48.8584° N, 2.2945° E — what landmark is at these coordinates?`;
N("numbers")`Flight BA 2490 from Gatwick T5? No — Gatwick has only North and South terminals.`;
N("numbers")`Our sort code format is 00-00-00 and account numbers have 8 digits; validate accordingly.`;
N("numbers")`Container numbers MSCU 441228-3 and MAEU 880213-1 are at the Rotterdam terminal.`;
N("numbers")`The example address in RFC 5737 documentation ranges is ${OPT(IP("198.51.100.7"))}; our VPC uses 10.12.0.0/16.`;

// ---- public figures and historical persons (labelled PERSON as in set 4) ----
N("news")`Summarise ${PE("Marie Curie")}'s two Nobel prizes and why the second was in chemistry.`;
N("news")`Compare the economic policies of ${PE("Nelson Mandela")} and ${PE("Thabo Mbeki")}.`;
N("news")`Give me three quotes from ${PE("Chinua Achebe")}'s Things Fall Apart for an essay.`;
N("news")`Why did ${PE("Hayao Miyazaki")} come out of retirement to make The Boy and the Heron?`;
N("news")`Explain ${PE("Sun Yat-sen")}'s Three Principles of the People in simple terms.`;
N("news")`What influenced ${PE("Frida Kahlo")}'s self-portraits?`;

// ---- names-like words that are not names ----
N("words")`Will you mark the draft as final? Bill the client for 12 hours and frank feedback is welcome.`;
N("words")`The rose, the lily and the iris bloom in May and June; amber and olive tones suit the autumn range.`;
N("words")`Use a car jack on firm ground; never rob ${OPT(PE("Peter"))} to pay ${OPT(PE("Paul"))} when budgeting (idiom).`;
N("words")`${PE("Grace Hopper")} Day, ${PE("Ada Lovelace")} Day and Pi Day — write a tweet for each (our event names).`;
N("words")`The Hunter, the Archer and the Sage are our three character classes in the game.`;

// ---- ambiguous look-alikes with optional labels ----
N("ambig")`Call the national non-emergency line ${OPT(PH("101"))} or the NHS on ${OPT(PH("111"))} — which should I use for a sprained ankle?`;
N("ambig")`Our switchboard ${OPT(PH("+44 20 7946 0000"))} is listed on the website; use it for press enquiries.`;
N("ambig")`Send feedback to ${OPT(E("feedback@acme-outdoor.com"))}; we read every message.`;
N("ambig")`The Mercedes and the Porsche in the car park belong to the rental fleet.`;
N("ambig")`${OPT(PE("Lincoln"))}, ${OPT(PE("Washington"))} and ${OPT(PE("Jefferson"))} are also names of US towns — list five more.`;
N("ambig")`The Dr. Martens boots and the Levi's jeans are both 20% off this weekend.`;

// ---- non-English negatives ----
N("de-neg")`Rechnung Nr. 2026-00412 vom 14.03.2026, fällig am 13.04.2026, Betrag 1.240,00 EUR, Kundennummer 88213.`;
N("de-neg")`Vergleiche Bosch, Siemens und Miele bei Waschmaschinen — welche ist am leisesten?`;
N("de-neg")`Die Lieferung nach München, Hamburg und Köln dauert 2-3 Werktage; Inseln ausgenommen.`;
N("fr-neg")`La facture n° F-2026-0331 du 31/03/2026 est payable sous 30 jours ; TVA 20 %.`;
N("fr-neg")`Quelle est la différence entre Lyon et Marseille pour le coût de la vie étudiante ?`;
N("es-neg")`¿Qué diferencia hay entre Zara, Massimo Dutti y Pull&Bear en calidad?`;
N("es-neg")`Planifica una ruta de 5 días por Granada, Córdoba y Sevilla en tren.`;
N("it-neg")`Confronta Ferrero, Barilla e Lavazza per fatturato nel 2025.`;
N("it-neg")`Fattura n. 412/2026 del 10/03/2026, scadenza 30 gg d.f., IVA 22%.`;
N("pt-neg")`Qual é melhor para viajar: Porto ou Lisboa em outubro?`;
N("pt-neg")`Pedido nº 88213 enviado pelos Correios, código de rastreio OJ123456789BR.`;
N("nl-neg")`Albert Heijn en Jumbo verhogen de prijzen van koffie met 8%.`;
N("nl-neg")`Ordernummer 2026-0412, verzonden op 11-03-2026 via PostNL, levering morgen tussen 14:00 en 16:00.`;
N("pl-neg")`Faktura VAT nr FV/412/03/2026 z dnia 14.03.2026, termin płatności 14 dni.`;
N("pl-neg")`Jak dojechać z Krakowa do Zakopanego autobusem? Ile trwa podróż?`;
N("tr-neg")`Fatura no: FTR2026000412, tarih 14.03.2026, KDV %20 dahil toplam 1.240,00 TL.`;
N("tr-neg")`İstanbul'dan Kapadokya'ya otobüsle kaç saat sürer?`;
N("sv-neg")`Faktura 2026-0412, förfallodatum 2026-04-13, OCR-nummer 4412882130.`;
N("cs-neg")`Faktura č. 2026/0412 ze dne 14. 3. 2026, splatnost 14 dní, variabilní symbol 20260412.`;
N("hu-neg")`Számla sorszáma: 2026/00412, kelte: 2026. március 14., fizetési határidő: 8 nap.`;
N("ro-neg")`Comanda nr. 88213 a fost expediată prin Fan Courier; livrare estimată 2 zile lucrătoare.`;
N("el-neg")`Τιμολόγιο 412/2026, ημερομηνία 14/03/2026, ΦΠΑ 24%.`;
N("ru-neg")`Счёт № 412 от 14.03.2026, оплата в течение 5 банковских дней, НДС 20%.`;
N("uk-neg")`Рахунок № 2026-0412 від 14.03.2026, сума 12 400,00 грн.`;
N("ja-neg")`注文番号 4412-2290-8812 は 3月14日に発送されました。お届け予定は3月16日です。`;
N("ja-neg")`東京から京都まで新幹線で何時間かかりますか?のぞみとひかりの違いは?`;
N("ko-neg")`주문번호 2026031488213, 배송 예정일 3월 16일, 택배사 CJ대한통운.`;
N("ko-neg")`서울에서 부산까지 KTX로 몇 시간 걸리나요?`;
N("zh-neg")`订单号 202603148821304 已发货,预计3月16日送达。`;
N("zh-neg")`比较一下华为、小米和OPPO的旗舰手机续航。`;
N("ar-neg")`رقم الفاتورة 2026-0412 بتاريخ 14/03/2026، المبلغ الإجمالي 1,240 درهم.`;
N("ar-neg")`ما الفرق بين دبي وأبوظبي في تكاليف المعيشة؟`;
N("vi-neg")`Mã đơn hàng 88213 đã được giao cho đơn vị vận chuyển, dự kiến giao ngày 16/03.`;
N("id-neg")`Nomor pesanan INV/20260314/88213 sudah dikirim via JNE, estimasi tiba 2 hari.`;
N("da-neg")`Faktura nr. 2026-0412, forfaldsdato 13.04.2026, beløb 1.240,00 kr.`;
N("fi-neg")`Lasku 2026-0412, eräpäivä 13.4.2026, viitenumero 88213 40127.`;
N("no-neg")`Bestillingsnummer 88213 er sendt med Posten, forventet levering fredag.`;
