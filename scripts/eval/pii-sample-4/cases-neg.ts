/** Fourth PII red-team set, part 3: hard negatives (no PII; debatable look-alikes carry optional labels; public figures labelled). */
import { b, T } from "./cases-en.js";
const { N, PE, LO, PH, IP, OPT } = b;

// ---- drug names, clinical words ----
N("drug")`Compare apixaban, rivaroxaban and warfarin for AF in CKD stage 4 — bleeding risk and dosing adjustments.`;
N("drug")`Is it safe to take Ozempic with Jardiance? My HbA1c was 7.9 in January.`;
N("drug")`Summarise the SmPC for Keytruda (pembrolizumab) 200 mg every 3 weeks, including immune-related adverse events.`;
N("drug")`Patient leaflet: Take Lansoprazole 30 mg once daily before breakfast. Do not take with Clopidogrel without advice.`;
N("drug")`The trial arms were Humira, Stelara and placebo; primary endpoint PASI 75 at week 16.`;
N("drug")`Explain the difference between Tylenol, Advil and Aleve to a 10-year-old.`;
N("drug")`Protocol: Ringer's lactate 1 L over 4 hours, then reassess. Consider Hartmann's if unavailable.`;
N("drug")`Cushing's syndrome vs Addison's disease: list three distinguishing lab findings.`;
N("drug")`Parkinson's disease and Alzheimer's disease share some risk factors; summarise the Lewy body overlap.`;
N("drug")`Apgar score 9 at 5 minutes, Glasgow Coma Scale 15, Wells score 2 — what do these mean?`;
N("drug")`Dose of Augmentin Duo for a child of 20 kg: 400/57 mg per 5 mL, twice daily.`;
// ---- job titles, org charts ----
N("jobs")`We are hiring a Senior Staff Engineer, a Principal Product Manager and a Head of Trust & Safety.`;
N("jobs")`The Chief Medical Officer reports to the CEO; the Director of Nursing reports to the COO.`;
N("jobs")`Write a job description for a Customer Success Manager (EMEA), hybrid, Tuesday to Thursday in office.`;
N("jobs")`Reviewer 2 asked the Principal Investigator to clarify the Statistical Analysis Plan.`;
N("jobs")`The Registrar, the Bursar and the Dean of Students will attend the Senate meeting in May.`;
N("jobs")`Performance review template: Strengths / Growth Areas / Goals for Next Half. Rating scale: Meets, Exceeds, Outstanding.`;
N("jobs")`Our org has three pillars: Platform, Payments and Growth. Each has an Engineering Manager and a Tech Lead.`;
// ---- companies that look like surnames ----
N("company")`Morgan Stanley and Goldman Sachs both raised their price targets after the earnings call.`;
N("company")`Compare the fees of Charles Schwab, Fidelity and Vanguard for an IRA rollover.`;
N("company")`Deloitte, KPMG, Ernst & Young and PwC are the Big Four.`;
N("company")`Is Johnson & Johnson's talc settlement final? Also, what happened with Procter & Gamble's Q3 guidance?`;
N("company")`We buy our laptops from Dell and our monitors from Philips; the chairs are Herman Miller.`;
N("company")`The contract is with Baker McKenzie; opposing counsel is Clifford Chance.`;
N("company")`Marks & Spencer, Sainsbury's and John Lewis all reported strong Christmas trading.`;
N("company")`Lloyds Banking Group and Barclays cut their mortgage rates this week.`;
N("company")`Booking via Expedia is cheaper than via Hilton Honors for the same room.`;
N("company")`Ben & Jerry's and Häagen-Dazs are both owned by large conglomerates.`;
N("company")`Ask Wells Fargo or Capital One whether they support ACH same-day for business accounts.`;
N("company")`Siemens Healthineers and Roche Diagnostics both offer point-of-care troponin tests.`;
// ---- products, project code names ----
N("product")`Project Falcon is blocked on Project Osprey; Atlas v2 ships after Hermes is decommissioned.`;
N("product")`Our internal services are called Gandalf (auth), Frodo (billing) and Samwise (notifications). Rename them?`;
N("product")`Compare the Kindle Paperwhite, Kobo Clara and PocketBook Verse for reading PDFs.`;
N("product")`The Tesla Model Y and the Skoda Enyaq have similar range; which has better resale?`;
N("product")`Write release notes: Phoenix 3.2 adds SSO, Orion dashboards get dark mode, Juno API is deprecated.`;
N("product")`Grafana, Prometheus, Loki and Tempo — which do we need for log aggregation only?`;
N("product")`Compare Claude, Gemini and Llama for code review on a TypeScript monorepo.`;
N("product")`Recipe: use Kerrygold butter, Maldon salt and a splash of Baileys.`;
N("product")`The Jackson and Harper sofa models come in Oatmeal, Charcoal and Sage.`;
N("product")`Hurricane Milton and Storm Babet were both named by the met services.`;
N("product")`The Victoria, Elizabeth and Jubilee lines are part-suspended this weekend.`;
N("product")`Sprint names this quarter: Alpine, Bramble, Cedar, Dahlia. Vote for the next one.`;
// ---- street-like words in non-address use ----
N("street")`Wall Street reacted badly; Main Street businesses are more cautious about hiring.`;
N("street")`Our "High Street" brand strategy focuses on foot traffic, not e-commerce.`;
N("street")`In the Downing Street briefing the spokesperson declined to comment on tariffs.`;
N("street")`Sesame Street taught a generation to count; write a short essay on its legacy.`;
N("street")`The Abbey Road album cover is one of the most imitated photographs in music.`;
N("street")`Route 66 nostalgia is a great theme for the diner's menu redesign.`;
N("street")`Park Lane and Mayfair are the most expensive squares on the Monopoly board.`;
N("street")`The Silk Road was a network of trade routes, not a single road.`;
N("street")`Wellington Boot Drive is the name of our rain-gear product line.`;
// ---- months, weekdays, seasons ----
N("calendar")`Every Monday in March the office closes at 4; Friday June 12 is a company holiday.`;
N("calendar")`April showers bring May flowers; write a poem for a spring newsletter.`;
N("calendar")`Black Friday and Cyber Monday fell in the last week of November.`;
N("calendar")`Quarter ends on 31 March 2026; the board meets on 14 April 2026; payroll runs on the 25th.`;
N("calendar")`The contract was signed on 3 February 2021 and renews annually on the same date.`;
N("calendar")`Invoice date: 2026-02-28. Due date: 2026-03-30. Late fee after 15 days.`;
N("calendar")`Our company was founded on 12 August 1998 and went public in 2007.`;
N("calendar")`The warranty expires 11/30/2027. Extended cover is available until 11/30/2029.`;
N("calendar")`Release 4.0 is scheduled for 2026-05-19, code freeze 2026-05-05.`;
N("calendar")`Date of issue: 01.03.2026. Date of expiry: 28.02.2036. (sample layout for a card design mockup)`;
// ---- numbers that look like IDs ----
N("numbers")`Order #4417-2290-8812-0031 has shipped; expected delivery Thursday.`;
N("numbers")`Invoice INV-2026-000483, PO 7730019921, amount due 12,480.00 EUR.`;
N("numbers")`ISBN 978-0-306-40615-7 and ISBN 978-3-16-148410-0 are both listed in the bibliography.`;
N("numbers")`Tracking: 1Z999AA10123456784 (UPS), 9400 1000 0000 0000 0000 00 (USPS).`;
N("numbers")`Part numbers: SKU-88213-BLK-XL, MPN 0451-2290-01, EAN 4006381333931.`;
N("numbers")`Version 10.4.2-rc.3 fixes CVE-2025-31337; upgrade from 10.3.9.`;
N("numbers")`sha256: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b`;
N("numbers")`git log: commit 9fceb02d0ae598e95dc970b74767f19372d61af8 Author: ci-bot`;
N("numbers")`Unix timestamp 1741951200 corresponds to 14 March 2025 11:20 UTC.`;
N("numbers")`Flight LH 400 departs at 10:55 from gate B44, seat 32K, booking class M.`;
N("numbers")`The reactor temperature was 312.45 K and the pressure 101325 Pa at t=4417 s.`;
N("numbers")`Serial number SN 4521 8873 0091 2245 is printed under the battery.`;
N("numbers")`Case reference 2025/0441/CIV-B; hearing listed for 09:30 in Court 4.`;
N("numbers")`Policy number HX-22019-774-B; claim reference CLM-998120.`;
N("numbers")`Lot 2026-03-A / batch 88421 / expiry 2027-09.`;
N("numbers")`Totals: 4,532,015,112.08 USD revenue, 1,204,554,980.11 USD cost.`;
N("numbers")`Meeting ID: 884 2210 9931, passcode 551902 (public webinar).`;
N("numbers")`Pi to 20 digits is 3.14159265358979323846.`;
N("numbers")`The ZIP+4 format is 5 digits, a hyphen, then 4 digits; validate it with a regex.`;
N("numbers")`Docket No. 23-1174; Citation 598 U.S. 471 (2023).`;
N("numbers")`Error 0x80070005: access denied when installing KB5034441.`;
N("numbers")`UUID 123e4567-e89b-12d3-a456-426614174000 is the example from RFC 4122.`;
N("numbers")`Room 2.14, Building 7, Floor 3 — the lab moved there in 2024.`;
N("numbers")`Warehouse bin A-12-04-3 holds 480 units of item 77120.`;
// ---- code and data without PII ----
N("code")`const coords = { lat: 51.5072, lng: -0.1276, zoom: 12 }; // map default centre`;
N("code")`SELECT order_id, total FROM orders WHERE created_at > '2026-01-01' AND status = 'PAID' LIMIT 100;`;
N("code")`UPDATE products SET price = 19.99, stock = 240 WHERE sku = 'TSHIRT-NAVY-M';`;
N("code")`server:
  host: 0.0.0.0
  port: 8443
  workers: 4
  timeout_ms: 30000`;
N("code")`2026-03-14T09:12:44.118Z INFO  http GET /healthz 200 1.2ms`;
N("code")`[WARN] cache miss ratio 0.42 for key product:8812:variants (ttl=300)`;
N("code")`Traceback (most recent call last):
  File "etl/load.py", line 212, in run
    df = pd.read_parquet(path)
FileNotFoundError: s3://warehouse/events/2026/03/14/part-0001.parquet`;
N("code")`{"status":"ok","items":[{"id":"p_8812","title":"Linen Shirt","price":49.0,"currency":"EUR"}],"page":2}`;
N("code")`id,product,qty,unit_price
1,Widget A,12,3.50
2,Widget B,4,12.00
3,Gizmo XL,1,199.99`;
N("code")`function fibonacci(n) { return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2); } console.log(fibonacci(40));`;
N("code")`docker run -p 5432:5432 -e POSTGRES_DB=inventory postgres:16.2-alpine`;
N("code")`kubectl rollout restart deployment/payments-api -n prod && kubectl get pods -l app=payments-api`;
N("code")`assert parse_version("2.10.3") > parse_version("2.9.12")`;
N("code")`ERROR  ts(2345): Argument of type 'string | undefined' is not assignable to parameter of type 'string'. src/utils/format.ts:44:17`;
N("code")`regex for UK postcodes? I want to validate user input, not extract any real ones.`;
N("code")`CREATE TABLE patients (id SERIAL PRIMARY KEY, name TEXT NOT NULL, dob DATE, nhs_number CHAR(10));`;
N("code")`faker.name.firstName(); faker.phone.number(); faker.internet.email(); — which locale options exist?`;
N("code")`git checkout -b feature/jackson-parser && git rebase origin/main`;
N("code")`npm ERR! peer dep missing: react@^18.2.0, required by @vercel/analytics@1.3.1`;
N("code")`The MD5 of an empty string is d41d8cd98f00b204e9800998ecf8427e.`;
N("code")`Coordinates in the GeoJSON are [longitude, latitude]: [13.4050, 52.5200].`;
N("code")`Memory: 16384 MiB, CPU: 8 vCPU, disk: 512 GiB gp3, IOPS 3000.`;
// ---- documents/templates with placeholders, no data ----
N("template")`Dear {{first_name}}, your appointment with {{clinician}} is on {{date}} at {{time}}.`;
N("template")`Offer letter template: [Candidate Name], [Address], [Start Date], [Salary]. Please fill before sending.`;
N("template")`Witness statement form — Name: ____  Date of birth: ____  Address: ____  Signature: ____`;
N("template")`Tenancy agreement clause 7.2: The Tenant shall not sublet the Property without the Landlord's written consent.`;
N("template")`Discharge summary sections: Presenting complaint, Investigations, Management, Follow-up, Medications on discharge.`;
N("template")`Insurance claim checklist: policy number, incident date, photos, police reference, repair estimate.`;
N("template")`The claimant must provide a date of birth and an address; explain why insurers ask for both.`;
// ---- domain text without personal data ----
N("legal")`Summarise the doctrine of promissory estoppel under English law with two leading cases.`;
N("legal")`What is the limitation period for a breach of contract claim in Scotland?`;
N("legal")`The Court of Appeal held that the clause was an unenforceable penalty.`;
N("insurance")`Explain excess, premium, no-claims bonus and subrogation in motor insurance.`;
N("tenancy")`What's the difference between an assured shorthold tenancy and a periodic tenancy?`;
N("travel")`Plan a 5-day itinerary: Lisbon, Sintra and Porto by train, mid-range hotels, vegetarian food.`;
N("travel")`Best time to visit Kyoto for autumn leaves, and how crowded is Arashiyama at 7am?`;
N("school")`Write a rubric for a Year 10 history essay on the causes of the First World War.`;
N("bank")`How does SEPA Instant differ from Faster Payments and FedNow?`;
N("delivery")`Our carrier SLA: 95% of parcels within 48h; exceptions are Highlands and Islands postcodes.`;
N("clinical")`Typical management of community-acquired pneumonia in adults: CURB-65, antibiotics, follow-up.`;
N("gov")`Which documents do I need to renew a US passport by mail?`;
N("hr")`How many days of annual leave are statutory in Germany, France and Spain?`;
// ---- lower-case chat without PII ----
N("chat.lc")`ok so the build is green again, ship it monday? or wait till after the demo`;
N("chat.lc")`lol the coffee machine on floor 3 is broken again, who do we call`;
N("chat.lc")`can u make this sound less passive aggressive: "as per my last email"`;
N("chat.lc")`what's a good name for a golden retriever puppy? thinking biscuit or maple`;
N("chat.lc")`my sourdough won't rise, it's like 18 degrees in the kitchen, help`;
N("chat.lc")`rewrite: we will be closed on good friday and easter monday`;
// ---- non-English negatives ----
N("de-neg")`Vergleiche Ibuprofen, Paracetamol und Novalgin bei Rückenschmerzen. Rezeptpflicht?`;
N("de-neg")`Bestellnummer 4417-2290-8812, Rechnungsdatum 14.03.2026, Zahlungsziel 30 Tage.`;
N("fr-neg")`Le Crédit Agricole et la Société Générale ont annoncé leurs résultats trimestriels.`;
N("fr-neg")`Facture n° FA-2026-0412 du 03/03/2026, échéance le 02/04/2026.`;
N("es-neg")`Compara Mercadona, Carrefour y El Corte Inglés en precios de productos básicos.`;
N("it-neg")`Il modello Panda 4x4 e la Tipo Cross sono disponibili in Grigio Moda e Blu Italia.`;
N("nl-neg")`Factuurnummer 2026-00381, vervaldatum 31-03-2026, btw 21%.`;
N("pl-neg")`Numer zamówienia 7788-1122-3344, wersja aplikacji 5.2.1, data wydania 12.02.2026.`;
N("pt-neg")`Compare o Banco Santander e o Millennium BCP em taxas de crédito habitação.`;
N("tr-neg")`Sipariş no: TR-88213-4410, kargo takip no 7300 1234 5678 91.`;
N("sv-neg")`Ordernummer 55-8812-0031, leveransdatum 2026-03-20, artikel IKEA BILLY 80x28x202.`;
N("id-neg")`Nomor faktur INV/2026/03/0441, jatuh tempo 30 hari, total Rp 4.500.000.`;
N("ro-neg")`Factura seria BV nr. 00412 din 14.03.2026, total 1.240,00 lei.`;
// ---- public figures (labelled PERSON as Presidio does; few) ----
N("news")`${PE("Christine Lagarde")} said the ECB would keep rates unchanged; ${PE("Jerome Powell")} struck a similar tone.`;
N("news")`Summarise ${PE("Ada Lovelace")}'s notes on the Analytical Engine for a school project.`;
N("news")`Compare the leadership styles of ${PE("Angela Merkel")} and ${PE("Jacinda Ardern")}.`;
// ---- ambiguous look-alikes with optional labels ----
N("ambig")`The Baker Street office and the Jordan team both use the Hunter dashboard.`;
N("ambig")`Rule of thumb from the ${OPT(PE("Smith"))} chart: keep VSWR under 1.5.`;
N("ambig")`Support hotline ${OPT(PH("0800 123 4567"))} is free from UK landlines (published on the website).`;
N("ambig")`The example IP in the docs is ${OPT(IP("203.0.113.42"))} (TEST-NET-3), don't use it in production.`;
N("ambig")`Visit our office in ${OPT(LO("Rotterdam"))} or ${OPT(LO("Lyon"))}; opening hours are 9 to 5.`;
N("ambig")`The Chelsea and Fulham match was postponed because of the storm.`;
