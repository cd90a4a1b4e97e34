import { card, group, ibans, spacedIban, ssn, nino, gh, aws, slack, stripe, openai, anthropic, gcp, jwt, pem, azureKey, twilio, sendgrid, pw, uuid, sha, rs, AN, HEX, B64, U, D, digits, pick } from "./gen.js";

import { caseBuilder } from "./labels.js";
const { cases, P, S, N, E, PH, CC, IB, SSN, NI, IP, DOB, AD, PE, LO, SEC, OPT } = caseBuilder();
export { cases };
export type { Case, Label } from "./labels.js";

// ---------------- PII: emails ----------------
P("email")`Hi team, please loop in ${PE("Priya Raghunathan")} (${E("priya.raghunathan@northwind-logistics.co.uk")}) on the Q3 forecast thread.`;
P("email")`Can you draft a polite reply to ${E("m.oliveira+billing@gmail.com")} saying the refund was processed yesterday?`;
P("email")`From: ${PE("Jean-Luc Moreau")} <${E("jl.moreau@orange.fr")}>\nTo: ${E("support@acme-widgets.io")}\nSubject: Commande non reçue`;
P("email")`{"user_id": 88213, "email": "${E("sofia_lindqvist84@outlook.com")}", "plan": "pro", "created": "2024-02-11T09:14:22Z"}`;
P("email")`2024-05-03 12:01:44 WARN auth: failed login for ${E("k.tanaka@mail.example-corp.jp")} from ${IP("203.0.113.47")}`;
P("email")`id,name,email,signup\n1042,${PE("Olumide Adeyemi")},${E("olumide.adeyemi@yahoo.com")},2023-11-02`;
P("email")`Reach me at ${E("dmitri.volkov@protonmail.com")} if the build breaks again.`;
P("email")`please forward the contract to ${E("chiara.bianchi@studio-legale-bianchi.it")} before friday`;
P("email")`Ticket #55821 opened by ${E("aoife.byrne@tcd.ie")}: cannot reset MFA device.`;
P("email")`git config user.email "${E("tomasz.kowalczyk@allegro-dev.pl")}"`;
P("email")`contact: ${E("hello@lars-henriksen.dk")} | web: lars-henriksen.dk`;
P("email")`My work address is ${E("fatima.alsayed@hospital-group.ae")} and personal is ${E("fatimasayed1990@hotmail.com")}.`;
P("email")`Rewrite this so it sounds friendlier: "${PE("Greta")}, stop emailing ${E("greta.schneider@firma.de")} about the invoice."`;
P("email")`cc: ${E("yusuf.demir@koc.com.tr")}; ${E("wei.zhang@tsinghua.edu.cn")}`;
P("email-obf")`you can write to me at ${E("kenji [at] watanabe [dot] jp")}`;

// ---------------- PII: phones ----------------
P("phone-us")`Customer called from ${PH("(415) 867-5309")} asking about the late shipment.`;
P("phone-us")`Call ${PE("Emily Carter")} on her cell: ${PH("+1 212-664-7665")}`;
P("phone-us")`phone=${PH("646.555.0173")}&zip=10001`;
P("phone-us")`Our ${LO("Chicago")} office number is ${PH("312 555 8841")}, ask for ${PE("Michael O'Brien")}.`;
P("phone-us")`Text STOP to unsubscribe or call us at ${PH("1-800-273-8255")}.`;
P("phone-us")`{"name":"${PE("Daniel Kim")}","phone":"${PH("+14155552671")}"}`;
P("phone-uk")`Please ring me on ${PH("07700 900461")} after 6pm.`;
P("phone-uk")`London switchboard: ${PH("+44 (0)20 7946 0321")}`;
P("phone-uk")`Tel: ${PH("0161 496 0752")} (Manchester branch)`;
P("phone-uk")`Mob. ${PH("+44 7911 123456")}`;
P("phone-de")`Erreichbar unter ${PH("+49 30 901820")} oder mobil ${PH("0171 2345678")}.`;
P("phone-de")`Rückruf bitte an ${PH("089 / 2180 3545")}, Frau ${PE("Schneider")}`;
P("phone-de")`Telefon: ${PH("+49 (0) 40 428 28 0")}`;
P("phone-fr")`Vous pouvez m'appeler au ${PH("06 12 34 56 78")} ou au bureau ${PH("01 42 68 53 00")}.`;
P("phone-fr")`WhatsApp: ${PH("+33 6 71 23 45 89")}`;
P("phone-fr")`tel ${PH("+33.1.44.55.66.77")} (${LO("Paris")})`;
P("phone-in")`My number is ${PH("+91 98765 43210")}, please whatsapp the invoice.`;
P("phone-in")`Contact ${PE("Rahul Sharma")} at ${PH("098204 12345")} for pickup in ${LO("Pune")}.`;
P("phone-in")`landline ${PH("+91-22-2778-1234")}`;
P("phone-br")`Meu celular é ${PH("+55 11 91234-5678")}, pode ligar à tarde.`;
P("phone-br")`Fone: ${PH("(21) 3456-7890")} - ${PE("Ana Paula Souza")}`;
P("phone-jp")`お問い合わせは ${PH("03-1234-5678")} まで。English: call ${PH("+81 90-1234-5678")}`;
P("phone-jp")`${LO("Tokyo")} office ${PH("+81 3 5555 0123")}`;
P("phone-au")`Give us a bell on ${PH("0412 345 678")} or the Sydney office on ${PH("(02) 9374 4000")}.`;
P("phone-au")`ph: ${PH("+61 3 9123 4567")}`;
P("phone-es")`Llámame al ${PH("+34 612 345 678")} cuando llegues.`;
P("phone-it")`Numero ufficio: ${PH("+39 06 6988 4500")}`;
P("phone-nl")`bel me op ${PH("06-12345678")}`;
P("phone-mx")`WhatsApp ${PH("+52 55 1234 5678")}`;
P("phone-csv")`name,phone,city\n${PE("Siobhan O'Connell")},${PH("+353 87 123 4567")},${LO("Dublin")}\n${PE("Rafael Domínguez")},${PH("+34 91 123 45 67")},${LO("Madrid")}`;

// ---------------- PII: credit cards ----------------
for (const [k, f, sizes] of [["visa", card.visa, [4, 4, 4, 4]], ["mc", card.mc, [4, 4, 4, 4]], ["mc2", card.mc2, [4, 4, 4, 4]], ["amex", card.amex, [4, 6, 5]], ["disc", card.disc, [4, 4, 4, 4]]] as const) {
  const n1 = f(), n2 = f(), n3 = f(), n4 = f();
  P("card-" + k)`Please charge my card ${CC(group(n1, [...sizes], " "))}, exp 09/27, CVV on the back.`;
  P("card-" + k)`payment failed for card=${CC(group(n2, [...sizes], "-"))} reason=insufficient_funds`;
  P("card-" + k)`{"order":"A-77812","pan":"${CC(n3)}","amount":129.99}`;
  P("card-" + k)`Hey, can you check why ${CC(n4)} keeps getting declined on checkout?`;
}
P("card")`Card number: ${CC(group(card.visa(), [4, 4, 4, 4], " "))} Expiry: 11/26 Name on card: ${PE("Hannah Fischer")}`;
P("card")`I typed ${CC(group(card.mc(), [4, 4, 4, 4], "."))} into the form by mistake`;

// ---------------- PII: IBAN ----------------
for (const [cc, f] of Object.entries(ibans)) {
  const a = f(), b = f();
  P("iban-" + cc)`Please wire the deposit to IBAN ${IB(spacedIban(a))} by Monday.`;
  P("iban-" + cc)`beneficiary_iban=${IB(b)}`;
}
P("iban")`Kontoinhaber: ${PE("Greta Schneider")}, IBAN: ${IB(spacedIban(ibans.DE()))}, BIC: COBADEFFXXX`;
P("iban")`RIB: ${IB(spacedIban(ibans.FR()))} — merci de virer avant le 5.`;

// ---------------- PII: SSN, NINO, passports ----------------
for (let i = 0; i < 5; i++) { const v = ssn(); P("ssn")`${pick(["SSN", "Social Security Number:", "my ssn is", "ssn="])} ${SSN(v)}`; }
P("ssn")`Employee: ${PE("James Whitaker")}, DOB ${DOB("04/12/1979")}, SSN ${SSN(ssn())}, hired 2015.`;
P("ssn")`{"applicant":{"ssn":"${SSN(ssn())}","income":72000}}`;
P("ssn")`Can you fill in the W-9 for me? my social is ${SSN(ssn().replace(/-/g, " "))}`;
for (let i = 0; i < 4; i++) { const v = nino(); P("nino")`${pick(["National Insurance number:", "NI No.", "my NI number is", "NINO"])} ${NI(i % 2 ? v.replace(/(..)(..)(..)(..)(.)/, "$1 $2 $3 $4 $5") : v)}`; }
P("nino")`Payroll: ${PE("Oliver Bennett")}, NI ${NI(nino())}, tax code 1257L`;
P("passport")`${OPT(LO("UK"))} passport number: ${["UK_PASSPORT", digits(9)]}, expires 2031.`;
P("passport")`My US passport number is ${["US_PASSPORT", digits(9)]}`;
P("passport")`Passport No: ${["US_PASSPORT", "A" + digits(8)]} (${OPT(LO("USA"))})`;
P("passport")`British passport ${["UK_PASSPORT", digits(9)]} issued in ${LO("London")}`;

// ---------------- PII: IPs ----------------
P("ip")`Blocked ${IP("185.220.101.34")} after 40 failed SSH attempts.`;
P("ip")`client_ip=${IP("86.134.22.190")} method=POST path=/login status=401`;
P("ip")`The user's home router is at ${IP("2a02:c7f:5a1e:9f00:6d4e:3b2a:1c8f:77e2")}.`;
P("ip")`{"remote_addr": "${IP("2001:db8:85a3::8a2e:370:7334")}", "ua": "Mozilla/5.0"}`;
P("ip")`${IP("91.198.174.192")} - - [12/Mar/2024:10:22:01 +0000] "GET /wiki HTTP/1.1" 200 5120`;
P("ip")`server A is ${IP("10.12.0.45")} and server B is ${IP("172.16.254.3")}`;
P("ip")`X-Forwarded-For: ${IP("73.162.14.201")}, ${IP("104.16.132.229")}`;
P("ip")`ssh admin@${IP("52.14.201.88")}`;

// ---------------- PII: DOB ----------------
P("dob")`Patient ${PE("Maria Gonzalez")}, DOB: ${DOB("03/14/1962")}, presented with chest pain.`;
P("dob")`I was born on ${DOB("July 4, 1988")} in ${LO("Cleveland")}.`;
P("dob")`date_of_birth: ${DOB("1991-08-23")}`;
P("dob")`Geburtsdatum: ${DOB("03.07.1990")}`;
P("dob")`Né le ${DOB("12/05/1975")} à ${LO("Lyon")}`;
P("dob")`D.O.B. ${DOB("22 Feb 1984")}`;
P("dob")`{"name":"${PE("Lucas Martin")}","birthdate":"${DOB("2001-12-30")}"}`;
P("dob")`my daughter's birthday is ${DOB("9 November 2015")}, what should I plan?`;

// ---------------- PII: addresses ----------------
P("addr-us")`Ship it to ${AD("4821 Maple Ridge Drive, Apt 3B, Columbus, OH 43215")} please.`;
P("addr-us")`Our new HQ: ${AD("350 Fifth Avenue, Suite 4100, New York, NY 10118")}`;
P("addr-us")`Billing address: ${AD("1207 W Belmont Ave, Chicago, IL 60657")}`;
P("addr-us")`Return to sender: ${AD("PO Box 1432, Boise, ID 83701")}`;
P("addr-us")`He lives at ${AD("88 Harbor View Lane, Portland, ME 04101")}.`;
P("addr-uk")`Deliver to ${AD("Flat 2, 17 Kingsley Road, Leeds LS6 2AB")}`;
P("addr-uk")`Address: ${AD("221B Baker Street, London NW1 6XE")}`;
P("addr-uk")`Registered office: ${AD("Unit 5, Riverside Business Park, Bristol BS2 0QZ")}`;
P("addr-de")`Lieferadresse: ${AD("Hauptstraße 47, 80331 München")}`;
P("addr-de")`Bitte an ${AD("Goethestr. 12a, 60313 Frankfurt am Main")} senden.`;
P("addr-fr")`Adresse : ${AD("15 avenue des Champs-Élysées, 75008 Paris")}`;
P("addr-fr")`Livraison au ${AD("8 rue de la République, 69002 Lyon")}`;
P("addr-lc")`i live at ${AD("42 oak street, springfield")}`;

// ---------------- PII: names & locations in prose ----------------
P("names")`${PE("Hiroshi Tanaka")} and ${PE("Ingrid Solberg")} will present the roadmap in ${LO("Oslo")} next week.`;
P("names")`Summarise this: ${PE("Kwame Mensah")} moved from ${LO("Accra")} to ${LO("Toronto")} in 2019 and now runs a bakery.`;
P("names")`Dear ${PE("Mrs. Patel")},\nThank you for your patience regarding your claim.\nKind regards,\n${PE("Thomas Wright")}`;
P("names")`Write a birthday message for my colleague ${PE("Nguyen Van Minh")}.`;
P("names")`Meeting notes: ${PE("Sarah")} raised the budget issue; ${PE("Marco Rossi")} will follow up with the ${LO("Milan")} team.`;
P("names")`My name is ${PE("Alejandro Ruiz")} and I live in ${LO("Valencia")}, ${LO("Spain")}.`;
P("names")`Ask ${PE("Dr. Amara Okafor")} whether the MRI results are back.`;
P("names")`The tenant, ${PE("Lukas Becker")}, has not paid rent since March.`;
P("names")`hi my name is ${PE("john miller")} and i need help with my account`;
P("names")`${PE("Isabella Conti")} (CFO) approved the transfer to the ${LO("Zurich")} account.`;
P("names")`Interview feedback for ${PE("Mohammed Al-Farsi")}: strong on system design, weaker on SQL.`;
P("names")`Can you translate this letter from ${PE("Małgorzata Nowak")} in ${LO("Kraków")}?`;
P("names")`${PE("Chloé Dubois")} called from ${LO("Marseille")} about the delayed container.`;
P("names")`Resume: ${PE("Sipho Ndlovu")}, software engineer, ${LO("Johannesburg")}.`;
P("names")`Please book a table for ${PE("Astrid Johansson")} at 7pm.`;
P("names")`Thanks,\n${PE("Liam O'Sullivan")}\nSenior Account Manager`;
P("names")`We visited ${LO("Lisbon")}, ${LO("Porto")} and ${LO("Seville")} last summer.`;
P("names")`The suspect, ${PE("Viktor Petrov")}, was last seen in ${LO("Rotterdam")}.`;
P("names")`${PE("Anjali Gupta")} is out sick today, so ${PE("Ben Turner")} will cover her shift.`;
P("names")`Forward this to ${PE("Santiago")} and ${PE("Valentina")} in the ${LO("Buenos Aires")} office.`;

// ---------------- PII: mixed records ----------------
P("mixed")`Customer record\nName: ${PE("Rebecca Hughes")}\nEmail: ${E("rebecca.hughes@btinternet.com")}\nPhone: ${PH("07946 123789")}\nAddress: ${AD("14 Elm Grove, Cardiff CF24 3AA")}\nNI: ${NI(nino())}`;
P("mixed")`INSERT INTO customers (name, email, phone, card) VALUES ('${PE("Paul Andersen")}', '${E("paul.andersen@post.dk")}', '${PH("+45 32 12 34 56")}', '${CC(card.visa())}');`;
P("mixed")`Support ticket: user ${PE("Camila Torres")} (${E("ctorres@uol.com.br")}, ${PH("+55 21 98765-4321")}) reports double charge on ${CC(group(card.mc(), [4, 4, 4, 4], " "))}.`;
P("mixed")`new hire: ${PE("Daniel Schmidt")}, born ${DOB("1993-04-17")}, IBAN ${IB(ibans.DE())}, Tel ${PH("+49 151 23456789")}`;
P("mixed")`- name: ${PE("Aisha Bello")}\n  email: ${E("aisha.bello@gtbank.ng")}\n  ip: ${IP("41.58.12.99")}\n  phone: "${PH("+234 803 123 4567")}"`;

export const nPII = cases.length;
// ---------------- SECRETS ----------------
{ const id = aws.id(), sk = aws.secret();
  S("aws")`[default]\naws_access_key_id = ${SEC("aws-id", id)}\naws_secret_access_key = ${SEC("aws-secret", sk)}\nregion = eu-west-1`; }
{ const id = aws.id(), sk = aws.secret();
  S("aws")`export AWS_ACCESS_KEY_ID=${SEC("aws-id", id)}\nexport AWS_SECRET_ACCESS_KEY=${SEC("aws-secret", sk)}`; }
{ const id = aws.id(), sk = aws.secret();
  S("aws")`const s3 = new S3Client({ credentials: { accessKeyId: "${SEC("aws-id", id)}", secretAccessKey: "${SEC("aws-secret", sk)}" } });`; }
S("aws")`Why does boto3 say InvalidClientTokenId for key ${SEC("aws-id", aws.id())}?`;
S("aws")`{"AccessKeyId":"${SEC("aws-id", aws.asia())}","SecretAccessKey":"${SEC("aws-secret", aws.secret())}","SessionToken":"${SEC("aws-session", "IQoJb3JpZ2luX2VjE" + rs(B64, 300))}"}`;
S("aws")`here's my secret key, is it the right length? ${SEC("aws-secret", aws.secret())}`;
for (let i = 0; i < 3; i++) S("github")`${pick(["GITHUB_TOKEN=", "git clone https://x-access-token:", "Authorization: token ", "my github token is "])}${SEC("github-ghp", gh.ghp())}`;
S("github")`token: ${SEC("github-pat", gh.pat())}`;
S("github")`gh auth login --with-token <<< ${SEC("github-pat", gh.pat())}`;
S("github")`"oauth_token": "${SEC("github-gho", gh.gho())}"`;
S("slack")`SLACK_BOT_TOKEN=${SEC("slack-bot", slack.bot())}`;
S("slack")`curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' ${SEC("slack-webhook", slack.hook())}`;
S("slack")`slack: { token: "${SEC("slack-user", slack.user())}" }`;
S("slack")`webhook_url: ${SEC("slack-webhook", slack.hook())}`;
S("stripe")`STRIPE_SECRET_KEY=${SEC("stripe", stripe.sk())}`;
S("stripe")`stripe.api_key = "${SEC("stripe", stripe.skLong())}"`;
S("stripe")`Restricted key for the reporting job: ${SEC("stripe", stripe.rk())}`;
S("stripe")`STRIPE_WEBHOOK_SECRET=${SEC("stripe-whsec", stripe.wh())}`;
S("openai")`OPENAI_API_KEY=${SEC("openai", openai.proj())}`;
S("openai")`client = OpenAI(api_key="${SEC("openai", openai.legacy())}")`;
S("openai")`my key ${SEC("openai", openai.proj())} returns 429, why?`;
S("anthropic")`ANTHROPIC_API_KEY=${SEC("anthropic", anthropic())}`;
S("anthropic")`curl https://api.anthropic.com/v1/messages -H "x-api-key: ${SEC("anthropic", anthropic())}" -H "anthropic-version: 2023-06-01"`;
S("gcp")`<script src="https://maps.googleapis.com/maps/api/js?key=${SEC("gcp", gcp())}&callback=initMap"></script>`;
S("gcp")`GOOGLE_API_KEY: "${SEC("gcp", gcp())}"`;
S("gcp")`firebaseConfig = { apiKey: "${SEC("gcp", gcp())}", authDomain: "shop-9f1.firebaseapp.com" }`;
S("jwt")`Authorization: Bearer ${SEC("jwt", jwt({ sub: "1029384756", name: "Ana Souza", iat: 1716239022, exp: 1716242622 }))}`;
S("jwt")`Decode this token for me: ${SEC("jwt", jwt({ user_id: 5512, role: "admin", iat: 1700000000 }))}`;
S("jwt")`document.cookie = "session=${SEC("jwt", jwt({ sid: uuid(), scope: "read write" }))}; path=/"`;
S("pem")`${SEC("pem", pem("rsa").trim())}`;
S("pem")`Here's the key from the server, why won't ssh accept it?\n\n${SEC("pem", pem("pkcs1").trim())}`;
S("pem")`{"type":"${OPT(SEC("gcp-sa","service_account"))}","project_id":"billing-prod","private_key":"${SEC("pem", pem("rsa").trim().replace(/\n/g, "\\n"))}","client_email":"${OPT(E("svc@billing-prod.iam.gserviceaccount.com"))}"}`;
S("pem")`tls:\n  key: |\n${pem("ec").trim().split("\n").map((l) => "    " + l).join("\n")}`;
cases[cases.length - 1]!.labels.push({ t: "SECRET:pem", start: cases[cases.length - 1]!.text.indexOf("-----BEGIN"), end: cases[cases.length - 1]!.text.length, v: "" });
for (const [scheme, host, user] of [["postgres", "db.prod.internal:5432/orders", "app_user"], ["postgresql", "10.0.3.12:5432/analytics", "etl"], ["mysql", "mysql-primary.svc:3306/shop", "root"], ["mongodb+srv", "cluster0.ab1cd.mongodb.net/test?retryWrites=true", "admin"], ["redis", "cache.internal:6379/0", ""], ["amqp", "rabbit.local:5672/vhost", "guest2"]] as const) {
  const p = pw();
  S("dburl")`DATABASE_URL=${scheme}://${user}:${SEC("db-password", p)}@${host.startsWith("10.") ? OPT(IP("10.0.3.12")) : ""}${host.startsWith("10.") ? host.slice(9) : host}`;
}
S("dburl")`conn = psycopg2.connect("postgresql://reporting:${SEC("db-password", "Vb7$kq2LmW")}@analytics-db.company.net/reports")`;
S("dburl")`Server=tcp:sqlprod.database.windows.net,1433;Database=crm;User ID=crmadmin;Password=${SEC("db-password", "G7#pQz!2mVn4")};Encrypt=True;`;
S("azure")`AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey=${SEC("azure", azureKey())};EndpointSuffix=core.windows.net"`;
S("azure")`"ConnectionStrings": { "Blob": "DefaultEndpointsProtocol=https;AccountName=photos01;AccountKey=${SEC("azure", azureKey())}" }`;
S("twilio")`TWILIO_ACCOUNT_SID=${OPT(["SECRET:twilio-sid", twilio.ac()])}\nTWILIO_AUTH_TOKEN=${SEC("twilio-token", twilio.tok())}`;
S("twilio")`client = Client("${SEC("twilio-sk", twilio.sk())}", "${SEC("twilio-token", twilio.tok())}", "${OPT(["SECRET:twilio-sid", twilio.ac()])}")`;
S("sendgrid")`SENDGRID_API_KEY=${SEC("sendgrid", sendgrid())}`;
S("sendgrid")`sg = sendgrid.SendGridAPIClient("${SEC("sendgrid", sendgrid())}")`;
S("npm")`//registry.npmjs.org/:_authToken=${SEC("npm", gh.npm())}`;
S("npm")`NPM_TOKEN=${SEC("npm", gh.npm())}`;
// generic assignments
S("generic-env")`DB_HOST=localhost\nDB_USER=svc_orders\nDB_PASSWORD=${SEC("generic", "Qm4!zR8wLp2#")}\nDB_PORT=5432`;
S("generic-yaml")`database:\n  host: pg.internal\n  username: billing\n  password: "${SEC("generic", "hT9$vB2nQx7!")}"`;
S("generic-yaml")`smtp:\n  user: ${E("alerts@corp.example")}\n  pass: ${SEC("generic", "Wq3rT8yU1iO9")}`;
S("generic-json")`{"api_key": "${SEC("generic", rs(AN, 32))}", "endpoint": "https://api.weatherly.io/v2"}`;
S("generic-json")`{"client_id": "web-portal", "client_secret": "${SEC("generic", rs(AN + "-_", 40))}"}`;
S("generic-ini")`[mail]\nserver = smtp.office365.com\nport = 587\npassword = ${SEC("generic", "Lk8#rEw2!Pn6")}`;
S("generic-ini")`[api]\napi_key=${SEC("generic", rs(HEX, 32))}\ntimeout=30`;
S("generic-code")`const API_KEY = "${SEC("generic", rs(AN, 40))}";`;
S("generic-code")`headers = {"X-API-Key": "${SEC("generic", rs(AN, 32))}"}`;
S("generic-code")`mysql -u root -p'${SEC("generic", "Xy7&kP0o!qR2")}' -h ${IP("10.0.0.5")}`;
S("generic-prose")`the wifi password is ${SEC("generic", "BlueHorse!92")}`;
S("generic-prose")`my password for the admin console is ${SEC("generic", "Falcon$Ridge2024")}`;
S("generic-prose")`login with admin / ${SEC("generic", "P4ssw0rd!23")} on the staging box`;
S("generic-xml")`<add key="ApiSecret" value="${SEC("generic", rs(AN, 36))}" />`;
S("generic-props")`spring.datasource.password=${SEC("generic", "s3cr3tDbPass!9")}`;
S("generic-docker")`docker run -e POSTGRES_PASSWORD=${SEC("generic", "mPq7!xZ2rT")} -d postgres:16`;
S("generic-k8s")`apiVersion: v1\nkind: Secret\nstringData:\n  token: ${SEC("generic", rs(AN, 48))}`;
S("auth-header")`curl -H "Authorization: Basic ${SEC("basic", Buffer.from("deploy:Hq8!vT2xLm").toString("base64"))}" https://ci.internal/api`;
S("auth-header")`curl -u admin:${SEC("basic", "Rz5#pLw9Qk")} https://jenkins.corp.local/job/build`;
S("url-cred")`git remote set-url origin https://jdoe:${SEC("url-pass", "Tz8!kq2Wm")}@gitlab.company.com/team/app.git`;
S("other")`HF_TOKEN=${SEC("hf", "hf_" + rs(U + "abcdefghijklmnopqrstuvwxyz", 34))}`;
S("other")`DISCORD_WEBHOOK=${SEC("discord", `https://discord.com/api/webhooks/${digits(18)}/${rs(AN + "-_", 68)}`)}`;
S("other")`telegram bot token: ${SEC("telegram", `${digits(10)}:AA${rs(AN + "-_", 33)}`)}`;
S("other")`MAILGUN_API_KEY=${SEC("mailgun", "key-" + rs(HEX, 32))}`;
S("other")`shopify access token ${SEC("shopify", "shpat_" + rs(HEX, 32))}`;
S("other")`glpat: ${SEC("gitlab", "glpat-" + rs(AN + "-_", 20))}`;
S("other")`DATADOG_API_KEY=${SEC("datadog", rs(HEX, 32))}`;

export const nSEC = cases.length;
// ---------------- HARD NEGATIVES ----------------
for (let i = 0; i < 4; i++) N("uuid")`request_id=${uuid()} trace_id=${sha(32)} span=${sha(16)}`;
N("sha")`commit ${sha()}\nAuthor: CI Bot\nDate:   Mon Mar 4 10:11:12 2024 +0000\n\n    fix: bump deps`;
N("sha")`Merged ${sha(7)} into main; previous head was ${sha(40)}.`;
N("sha")`sha256:${sha(64)}`;
N("sha")`docker pull ghcr.io/acme/api@sha256:${sha(64)}`;
N("sha")`"integrity": "sha512-${rs(B64, 86)}=="`;
N("sha")`md5sum: ${sha(32)}  release.tar.gz`;
N("order")`Your order #${digits(9)} has shipped. Tracking: 1Z${rs(U + D, 16)}.`;
N("order")`Invoice INV-2024-${digits(6)} total $1,284.50 due 2024-07-01.`;
N("order")`Booking reference ${rs(U, 6)}, flight LH${digits(4)}, seat 23C.`;
N("order")`order_id=${digits(12)} sku=${rs(U, 3)}-${digits(5)} qty=3`;
N("order")`Ticket ${digits(10)} was escalated to tier 2.`;
N("order")`Tracking number: ${digits(22)}`;
N("version")`Upgraded node from 18.19.0 to 20.11.1 and typescript 5.4.5.`;
N("version")`Chrome/124.0.6367.91 Safari/537.36`;
N("version")`build 2024.05.17.1342 (rev 88213)`;
N("version")`Windows 10.0.19045.4291`;
N("version")`"dependencies": { "react": "^18.2.0", "lodash": "4.17.21" }`;
N("placeholder")`OPENAI_API_KEY=sk-...`;
N("placeholder")`export OPENAI_API_KEY="YOUR_API_KEY"`;
N("placeholder")`aws_access_key_id = AKIAXXXXXXXXXXXXXXXX`;
N("placeholder")`password: \${DB_PASSWORD}`;
N("placeholder")`DB_PASSWORD=<your-password-here>`;
N("placeholder")`api_key: "REPLACE_ME"`;
N("placeholder")`Set GITHUB_TOKEN to a personal access token (ghp_...) with repo scope.`;
N("placeholder")`password = os.environ["DB_PASSWORD"]`;
N("placeholder")`const apiKey = process.env.STRIPE_SECRET_KEY;`;
N("placeholder")`Authorization: Bearer <token>`;
N("placeholder")`password: ********`;
N("placeholder")`STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx`;
N("placeholder")`Enter your password in the field below and click Login.`;
N("placeholder")`The password must be at least 12 characters and contain a digit.`;
N("placeholder")`postgres://user:password@localhost:5432/mydb`;
N("placeholder")`mongodb://<username>:<password>@host:27017`;
N("placeholder")`token_type=Bearer&expires_in=3600&scope=read`;
N("placeholder")`Reset password link expired; please request a new one.`;
N("hash")`bcrypt hash in db: $2b$12$${rs(AN + "./", 53)}`;
N("hash")`ETag: "${sha(32)}"`;
N("hash")`"password_hash": "$argon2id$v=19$m=65536,t=3,p=4$${rs(B64, 22)}$${rs(B64, 43)}"`;
N("b64img")`<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" />`;
N("b64img")`background: url(data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7);`;
N("isbn")`ISBN 978-0-306-40615-7, 2nd edition, 412 pages.`;
N("isbn")`ISBN-13: 9781492052203`;
N("isbn")`EAN 4006381333931 — Stabilo Boss, yellow`;
N("ts")`1716239022 1716239023 1716239030`;
N("ts")`{"ts":1716239022123,"level":"info","msg":"cache warm"}`;
N("ts")`2024-05-20T21:03:42.118Z INFO worker-3 processed 1523 jobs in 4.2s`;
N("ts")`Started at 14:32:07, finished at 15:01:55 (duration 00:29:48).`;
N("ts")`The meeting is on 2024-06-12 at 10:00 CET.`;
N("ts")`Q3 revenue grew from 12/03/2023 baseline by 14%.`;
N("math")`Compute 415 * 555 + 2671 and 212-664-7665 as a subtraction.`;
N("math")`The sequence 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89 is Fibonacci.`;
N("math")`pi = 3.14159265358979323846`;
N("math")`Solve 3x + 7 = 4129 for x.`;
N("math")`matrix = [[1234, 5678], [9012, 3456]]`;
N("sports")`Final score: Lakers 112 - 108 Celtics (OT). Attendance 18,997.`;
N("sports")`Man United 2-1 Chelsea; Arsenal 3-3 Spurs.`;
N("sports")`${OPT(PE("Djokovic"))} won 6-4, 3-6, 7-6(5), 6-2.`;
N("lorem")`Lorem Ipsum Dolor Sit Amet, Consectetur Adipiscing Elit. Sed Do Eiusmod Tempor Incididunt Ut Labore.`;
N("lorem")`The Quick Brown Fox Jumps Over The Lazy Dog.`;
N("product")`Compare the MacBook Pro, Surface Laptop Studio and ThinkPad X1 Carbon for data science.`;
N("product")`We migrated from Amazon Redshift to Google BigQuery and Snowflake.`;
N("product")`Install Visual Studio Code, Docker Desktop and Postman.`;
N("product")`Is Salesforce better than HubSpot for a 20-person startup?`;
N("product")`Kubernetes, Apache Kafka and Elasticsearch run on our cluster.`;
N("company")`Goldman Sachs, Morgan Stanley and JPMorgan Chase reported earnings.`;
N("company")`Johnson & Johnson and Procter & Gamble are consumer goods companies.`;
N("company")`Tesla Model Y vs Ford Mustang Mach-E: which has better range?`;
N("prose")`Write a haiku about autumn leaves falling in the quiet garden.`;
N("prose")`Explain the difference between TCP and UDP with examples.`;
N("prose")`How do I center a div in CSS Grid?`;
N("prose")`Summarize the plot of Pride and Prejudice in three sentences.`;
N("prose")`What is the capital of ${LO("Australia")}?`;
N("prose")`${OPT(PE("Grace Hopper"))} Day is a fun theme for a hackathon.`;
N("prose")`May I ask whether April showers bring May flowers?`;
N("code")`for (let i = 0; i < 1000000; i++) { total += prices[i] * 1.0825; }`;
N("code")`SELECT id, created_at FROM orders WHERE amount > 5000 AND status = 'PAID' LIMIT 100;`;
N("code")`const port = 8080; const host = "${OPT(IP("0.0.0.0"))}"; app.listen(port, host);`;
N("code")`if (token.length !== 40) throw new Error("invalid token length");`;
N("code")`def hash_password(password: str) -> str:\n    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())`;
N("code")`password = request.form["password"]`;
N("code")`const secret = crypto.randomBytes(32).toString("hex");`;
N("code")`color: #4A90E2; margin: 0 auto; z-index: 1000;`;
N("ids")`Stock ticker AAPL closed at 189.84, volume 52,164,287.`;
N("ids")`Part number 6ES7-214-1AG40-0XB0 is out of stock.`;
N("ids")`VIN 1HGCM82633A004352`;
N("ids")`Product code 4006381333931 and batch 20240517-07.`;
N("ids")`GTIN 00012345678905`;
N("ids")`Snowflake id 1131234567890123456 posted the message.`;
N("ids")`Run ID 4521987364, attempt 2.`;
N("ids")`Coordinates 48.8584, 2.2945 (${OPT(LO("Eiffel Tower"))}).`;
N("ids")`The file is 4,294,967,296 bytes.`;
N("ids")`Reference: ${rs(U + D, 24)}`;
N("ids")`k8s pod name api-7d9f8c6b5-x2x9q restarted.`;
N("ids")`AWS account 123456789012 in us-east-1; arn:aws:iam::123456789012:role/deploy`;
N("ids")`Use the hex colour ${sha(6)} for the header.`;
N("ids")`session id: ${rs(AN, 26)}`;
N("ids")`Random seed 8675309 gave the best validation loss.`;
N("ip-like")`Version 2.10.1.100 of the firmware fixes the boot loop.`;
N("ip-like")`Use the DNS server ${OPT(IP("1.1.1.1"))} or ${OPT(IP("8.8.8.8"))}.`;
N("ip-like")`section 3.2.1.4 of the spec`;
N("email-like")`The decorator @app.route("/users") is used in Flask.`;
N("email-like")`npm install @types/node@20.11.5`;
N("email-like")`git clone git@github.com:acme/infra.git`;
N("email-like")`Mention @channel and @here in Slack.`;
N("card-like")`Test card ${OPT(CC("4242 4242 4242 4242"))} is Stripe's documented test number.`;
N("card-like")`Serial: 1234 5678 9012 3456`;
N("pubkey")`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rs(AN + "+/", 43)} deploy@ci`;
N("pubkey")`-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${rs(AN + "+/", 52)}==\n-----END PUBLIC KEY-----`;
N("loc-like")`${OPT(PE("Paris Hilton"))} and ${OPT(PE("Jordan Peterson"))} trended on Twitter.`;
N("loc-like")`The Washington Post and Chicago Tribune covered the story.`;
N("loc-like")`Victoria Secret and Florence + the Machine.`;
