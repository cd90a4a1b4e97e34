/** Third PII red-team set, part 3: hard negatives (no PII; debatable look-alikes carry optional labels). */
import { b, T } from "./cases-en.js";
const { N, E, PH, CC, IP, PE, LO, DOB, OPT } = b;

// ---- ordinary words that are also names ----
N("word-names")`Will the migration finish before the May release? I hope so, otherwise we grant an extension.`;
N("word-names")`Mark the ticket as resolved and bill the customer for the extra hours.`;
N("word-names")`The rose garden opens in summer; chase the contractor about the page layout of the brochure.`;
N("word-names")`Hunter boots are on sale. Grant applications close on Friday.`;
N("word-names")`Please page the on-call engineer if the error rate goes above 2%. Hope this helps!`;
N("word-names")`Summer interns start in June. May I suggest we pair each one with a mentor?`;
N("word-names")`The bill passed the Senate in April after a long debate on health care.`;
N("word-names")`Add a bookmark to the page, then mark it as read. Will do, thanks.`;
N("word-names")`We need to chase up the invoice from the printer and grant access to the shared drive.`;
N("word-names")`Sales rose by 12% in the third quarter, driven by the summer collection.`;
N("word-names")`Our hunter-gatherer ancestors foraged for berries and roots.`;
N("word-names")`Frank feedback is welcome. Be honest, be kind, and be brief.`;
N("word-names")`Can you sort this list by price? Amber, Jade and Ruby are our colour options for the case.`;
N("word-names")`The Chase Sapphire card has no foreign transaction fee, according to the review.`;
N("word-names")`Reading the config is slow; the Bath and Reading build agents are both offline.`;
N("word-names")`Please review the pull request. I think ${OPT(PE("Jack"))}'s patch for the car jack model is fine.`;
N("word-names")`Happy Friday team! Grab a coffee, the demo starts at 3.`;
N("word-names")`Faith, hope and charity are the three theological virtues.`;
N("word-names")`Is it "who will win" or "who shall win"? Explain the grammar.`;
N("word-names")`The Victoria line is suspended between ${OPT(LO("Brixton"))} and ${OPT(LO("Stockwell"))} this weekend.`;

// ---- product and company names ----
N("product")`Compare Jira, Linear and Asana for a team of 15. We also use Notion and Slack.`;
N("product")`Our stack: Next.js on Vercel, Postgres on Supabase, auth via Clerk, emails through Postmark.`;
N("product")`Write a product description for the Aurora X2 espresso machine (15 bar, 1.8 L tank).`;
N("product")`Is the Samsung Galaxy S24 or the Google Pixel 8 better for photography?`;
N("product")`Summarise the Q3 earnings of Johnson & Johnson, Procter & Gamble and Morgan Stanley.`;
N("product")`Migrate the pipeline from Jenkins to GitHub Actions, keep the SonarQube step.`;
N("product")`The Ford Mustang Mach-E and the Tesla Model Y are the two cars on our shortlist.`;
N("product")`Does Ben & Jerry's still make the Phish Food flavour?`;
N("product")`Dell Latitude 7440, Lenovo ThinkPad X1 Carbon and HP EliteBook 840 — which has the best keyboard?`;
N("product")`Alexa, Siri and Cortana handle follow-up questions differently; compare them in a table.`;
N("product")`We sponsor Wells Fargo Center events and the Mercedes-Benz Stadium halftime show.`;
N("product")`Write an ad for Casa Bonita's new menu: enchiladas, sopapillas and a cliff-diving show.`;

// ---- place-like words in code and config ----
N("code-place")`const tz = "Europe/Paris"; const region = "us-east-1"; const bucket = "logs-eu-west-3";`;
N("code-place")`TZ=America/Los_Angeles node server.js --region ap-southeast-2`;
N("code-place")`resource "aws_instance" "web" { availability_zone = "eu-central-1a" instance_type = "t3.micro" }`;
N("code-place")`moment.tz("2026-03-11 09:00", "Asia/Kolkata").format();`;
N("code-place")`locale: fr-CA, currency: CAD, fallback_locale: en-GB, timezone: Europe/Dublin`;
N("code-place")`gcloud compute instances create worker-1 --zone=europe-west4-b --machine-type=e2-medium`;
N("code-place")`SELECT city, COUNT(*) FROM orders GROUP BY city ORDER BY 2 DESC LIMIT 10;`;
N("code-place")`class LondonBridgeSimulator extends BridgeBase { override tick() { this.raise(); } }`;
N("code-place")`The Azure region "West Europe" is in the ${OPT(LO("Netherlands"))} and "North Europe" is in ${OPT(LO("Ireland"))}.`;
N("code-place")`docker pull postgres:16-alpine && docker run --name berlin-db -p 5432:5432 postgres`;

// ---- versions, non-birth dates, order ids, phone-like ids ----
N("version")`Upgrade from 1.2.3.4 to 2.10.0.1 fixed the memory leak; see build 4.19.2.133.`;
N("version")`Chrome 122.0.6261.94 and Firefox 123.0.1 both render the table correctly.`;
N("version")`Release 2026.03.11 ships on 11 March 2026; the previous one shipped on 2026-02-25.`;
N("version")`Invoice date: 03/02/2026. Due date: 04/03/2026. Amount: €1,240.00.`;
N("version")`Our fiscal year runs from 1 April 2025 to 31 March 2026. The audit is on 15/05/2026.`;
N("version")`Order #1029384756 was shipped on 12.03.2026 via DHL, tracking JD014600004522913547.`;
N("version")`Ticket INC0012345 was raised on 2026-03-09T14:22:10Z and closed on 2026-03-10.`;
N("version")`Kernel 6.8.0-45-generic, glibc 2.39, OpenSSL 3.0.13 (30 Jan 2024).`;
N("version")`Part number 0800-555-0199-A fits the 2019 model. SKU 4006381333931.`;
N("version")`epoch 1741689600 corresponds to 2025-03-11 midnight UTC; request id 7f3c9a0e.`;
N("version")`The meeting is on 04/07/2026 at 10:00 in room 3.14.`;
N("version")`Shipment weighs 12.5 kg, dimensions 40x30x20 cm, batch 2026-0311-07.`;
N("version")`The warranty expires on 31/12/2027; serial number SN-88213-4471-0092.`;
N("version")`Conference call dial-in code: 448 921 0731#, meeting ID 812 5531 9042.`;
N("version")`The model was trained on 1,048,576 tokens per batch for 120,000 steps, lr 3e-4.`;
N("version")`Patch Tuesday: KB5034441 and KB5034763 released 13 February 2024.`;
N("version")`Ref: 2026/INV/000412, PO 4500012893, customer number 100488.`;
N("version")`Pay-per-view event on 22.06.2026, doors open 19:30, price 49.90 CHF.`;
N("version")`Our ISO 27001 certificate no. 123456789 was renewed on 2026-01-15.`;
N("version")`The lottery draw numbers were 04 11 19 23 38 42, bonus 07.`;

// ---- card-like test numbers and documentation values (optional) ----
N("doc-test")`For Stripe test mode use ${OPT(CC("4242 4242 4242 4242"))} with any future expiry and any CVC.`;
N("doc-test")`Test cards: Visa ${OPT(CC("4111 1111 1111 1111"))}, Mastercard ${OPT(CC("5555 5555 5555 4444"))}, Amex ${OPT(CC("3782 822463 10005"))}.`;
N("doc-test")`The docs say the sample SSN ${OPT(["US_SSN", "078-05-1120"])} was famously printed on wallet inserts in 1938.`;
N("doc-test")`IBAN example from the ECB page: ${OPT(["IBAN_CODE", "DE89 3704 0044 0532 0130 00"])}.`;
N("doc-test")`Use ${OPT(IP("192.0.2.10"))} and ${OPT(IP("203.0.113.5"))} in documentation (RFC 5737).`;
N("doc-test")`Example phone numbers for films: ${OPT(PH("(555) 555-0100"))} and ${OPT(LO("UK"))} drama numbers ${OPT(PH("020 7946 0000"))}.`;
N("doc-test")`Placeholder: ${OPT(E("user@example.com"))}, ${OPT(PE("John Doe"))}, ${OPT(["ADDRESS", "123 Main Street, Anytown"])}.`;

// ---- IPv4-like strings ----
N("ip-like")`Set the OID 1.3.6.1.2.1.1.3 in the SNMP config and restart.`;
N("ip-like")`Section 4.2.1.3 of the spec covers retries; see also 10.1.2.`;
N("ip-like")`Bind to 0.0.0.0:8080 in the container and proxy to 127.0.0.1:3000 on the host.`;
N("ip-like")`The subnet mask 255.255.255.0 corresponds to /24; the wildcard is 0.0.0.255.`;
N("ip-like")`npm ERR! peer dep react@18.2.0 required by react-dom@18.2.0; found 17.0.2.1 in cache.`;

// ---- role addresses (optional) ----
N("role-email")`Please send bounce reports to ${OPT(E("noreply@notifications.stripe.com"))} — no, wait, to ${OPT(E("postmaster@ourcompany.com"))}.`;
N("role-email")`Contact ${OPT(E("support@acme-cloud.io"))} or ${OPT(E("security@acme-cloud.io"))} for vulnerability reports.`;
N("role-email")`Set MAIL_FROM=${OPT(E("no-reply@billing.example.org"))} in the .env file.`;
N("role-email")`Our helpline is ${OPT(PH("0800 123 4567"))} (free from ${OPT(LO("UK"))} landlines), open 8am–8pm.`;
N("role-email")`Bestellungen bitte an ${OPT(E("info@baeckerei-sonnenschein.de"))}, Hotline ${OPT(PH("0800 3301000"))}.`;

// ---- historical figures in trivia (optional) ----
N("trivia")`Who painted the Mona Lisa, ${OPT(PE("Leonardo da Vinci"))} or ${OPT(PE("Michelangelo"))}?`;
N("trivia")`Quiz: in which year did ${OPT(PE("Napoleon Bonaparte"))} die on ${OPT(LO("Saint Helena"))}?`;
N("trivia")`Explain ${OPT(PE("Marie Curie"))}'s contribution to radioactivity in simple terms.`;
N("trivia")`Was ${OPT(PE("Abraham Lincoln"))} born in ${OPT(LO("Kentucky"))}? Give the date he was born.`;
N("trivia")`Summarise the plot of Hamlet. Why does Hamlet hesitate to kill Claudius?`;
N("trivia")`Compare the theories of ${OPT(PE("Keynes"))} and ${OPT(PE("Hayek"))} on recessions.`;
N("trivia")`Welche Reformen führte ${OPT(PE("Otto von Bismarck"))} ein?`;
N("trivia")`¿Por qué ${OPT(PE("Simón Bolívar"))} es llamado el Libertador?`;

// ---- code identifiers ----
N("code")`interface User { firstName: string; lastName: string; user_name: string; dateOfBirth?: Date; phoneNumber: string }`;
N("code")`def mask_email(email: str) -> str:\n    local, domain = email.split("@")\n    return local[0] + "***@" + domain`;
N("code")`const { firstName, lastName } = req.body; if (!isValidPhone(phone)) throw new Error("invalid phone");`;
N("code")`CREATE TABLE customers (id SERIAL, full_name TEXT NOT NULL, email TEXT UNIQUE, dob DATE, iban VARCHAR(34));`;
N("code")`errors.add(:birth_date, "must be in the past") if birth_date && birth_date > Date.today`;
N("code")`for (let i = 0; i < 4111; i++) { buf[i] = 0x41; } // fill with 'A'`;
N("code")`regex: ^\\d{3}-\\d{2}-\\d{4}$ matches SSNs like XXX-XX-XXXX; use it to validate the form field.`;
N("code")`git commit -m "fix: handle null addressLine2 in ShippingForm"`;
N("code")`assert parse_date("2026-03-11") == date(2026, 3, 11)`;
N("code")`<input type="tel" name="phone" placeholder="+1 (___) ___-____" autocomplete="tel">`;

// ---- Lorem ipsum and non-English ordinary prose ----
N("lorem")`Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.`;
N("lorem")`Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor.`;
N("prose-de")`Die Sitzung beginnt um 9 Uhr. Bitte bringen Sie die Unterlagen zum Quartalsbericht mit und prüfen Sie die Zahlen vorab.`;
N("prose-de")`Am Montag regnet es in ganz Norddeutschland, ab Mittwoch wird es sonniger und wärmer.`;
N("prose-de")`Können Sie mir erklären, wie die Mehrwertsteuer bei innergemeinschaftlichen Lieferungen funktioniert?`;
N("prose-fr")`La réunion est reportée à jeudi. Merci de confirmer votre présence avant mercredi midi.`;
N("prose-fr")`Pouvez-vous résumer les avantages et les inconvénients du télétravail pour une PME ?`;
N("prose-fr")`Le printemps arrive, les jours rallongent et les terrasses se remplissent.`;
N("prose-es")`La reunión se ha aplazado hasta el jueves. Por favor, confirma tu asistencia.`;
N("prose-es")`¿Cuál es la diferencia entre "por" y "para"? Dame cinco ejemplos.`;
N("prose-es")`Mañana Sol y nubes en el norte; Rosa de los vientos en la portada del atlas.`;
N("prose-it")`La riunione è stata spostata a giovedì. Per favore conferma la tua presenza.`;
N("prose-it")`Scrivi una ricetta semplice per la pasta alla Norma con melanzane e ricotta salata.`;
N("prose-nl")`De vergadering is verplaatst naar donderdag. Graag uiterlijk woensdag bevestigen.`;
N("prose-nl")`Hoe werkt de hypotheekrenteaftrek in ${OPT(LO("Nederland"))}? Leg het eenvoudig uit.`;
N("prose-pt")`A reunião foi adiada para quinta-feira. Por favor confirme a sua presença.`;
N("prose-pt")`Qual é a diferença entre "ser" e "estar"? Dá-me exemplos.`;
N("prose-pl")`Spotkanie zostało przełożone na czwartek. Proszę potwierdzić obecność do środy.`;
N("prose-pl")`Wyjaśnij, jak działa podatek VAT przy sprzedaży za granicę.`;
N("prose-sv")`Mötet är flyttat till torsdag. Vänligen bekräfta ditt deltagande senast onsdag.`;
N("prose-sv")`Vad är skillnaden mellan "att" och "och" i svenska? Ge exempel.`;

// ---- more tricky negatives ----
N("tricky")`Set the font to Georgia or Verdana; Helvetica is not licensed.`;
N("tricky")`The Jordan curve theorem and the Bernoulli equation are on the exam.`;
N("tricky")`Use the Levenshtein distance and the Jaccard index to compare the strings.`;
N("tricky")`In Kubernetes, a Pod is the smallest unit; Helm charts template the manifests.`;
N("tricky")`Sort by "Last Name", then by "First Name", in the People table.`;
N("tricky")`The hurricane season names this year start with Arthur, Bertha and Cristobal.`;
N("tricky")`Is "Dear Sir or Madam" too formal for a cover letter?`;
N("tricky")`Paris, Texas is a 1984 film by ${OPT(PE("Wim Wenders"))}.`;
N("tricky")`Our team in the Cologne office will demo Apollo, the new routing engine.`;
N("tricky")`Temperature 36.6 °C, pulse 72/min, BP 120/80, SpO2 98%.`;
N("tricky")`Pay-TV packages: Sky Sports, BT Sport, and Amazon Prime Video.`;
N("tricky")`Queen Street Station is closed; use Central Station instead.`;
N("tricky")`The dose is 2.5 mg twice a day for 14 days, then 5 mg once a day.`;
N("tricky")`Translate "the early bird catches the worm" into German and Dutch.`;
N("tricky")`Sort these numbers: 0151 2384 7291 0044 8123 5512 0099 7731.`;
N("tricky")`Our Wi-Fi SSID is GuestNet-5G and the portal is at the front desk.`;
N("tricky")`Price list: Basic 9.99, Pro 19.99, Team 49.99 per user per month.`;
N("tricky")`Dear Customer, your order has shipped. Kind regards, The Warehouse Team`;
N("tricky")`Best regards,\nCustomer Success\nAcme Corp`;
N("tricky")`Hi all, quick reminder: timesheets are due Friday. Thanks!`;
N("tricky")`Von 2019 bis 2023 stieg der Umsatz von 4,2 auf 6,8 Mio. Euro.`;
N("tricky")`Le Mans, Saint-Tropez et Mont Blanc sont des noms de stylos et de voitures dans ce catalogue.`;
N("tricky")`Casa, Torre, Rio and Monte are the four colourways of the new sneaker line.`;
N("tricky")`The MAC of the switch port is shown in the table; VLAN 20 carries voice.`;
N("tricky")`Error codes E1001–E1099 indicate database failures; E2001 means timeout.`;
N("tricky")`Born to Run was released in 1975 and Born in the U.S.A. in 1984.`;
N("tricky")`Our company was born in 2012 in a garage; we turned 14 last month.`;
