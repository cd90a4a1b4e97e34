/** Red-team set, part 3: hard negatives (no personal data, no live secrets), plus two side groups reported apart:
 *  "pub"  — public/historical figures in general-knowledge questions (we do NOT expect redaction);
 *  "negopt" — debatable look-alikes (documented test cards, AWS EXAMPLE keys, example.com, role mailboxes). */
import * as g from "./gen.js";
import { b } from "./cases-pii.js";
const { N } = b;
const { pick, int } = g;
const mk = (group: "neg" | "pub" | "negopt", kind: string, text: string) => { N(kind)`${text}`; b.cases[b.cases.length - 1]!.group = group as "neg"; };
const neg = (kind: string, text: string) => mk("neg", kind, text);

// ---- hashes, ids, versions ----
for (let k = 0; k < 10; k++) neg("git", pick([
  `commit ${g.sha()}\nAuthor: dependabot[bot]\n\n    chore: bump deps`,
  `Cherry-pick ${g.sha().slice(0, 12)} onto release/2.${int(1, 9)} please, it fixes the flaky test.`,
  `git revert ${g.sha()} && git push origin main`,
  `Merge pull request #${int(100, 9999)} from acme/feature/${g.rs(g.L, 6)}`,
]));
for (let k = 0; k < 10; k++) neg("uuid-log", `${new Date(Date.UTC(2025, 2, int(1, 28), int(0, 23), int(0, 59), int(0, 59))).toISOString()} INFO request_id=${g.uuid()} trace=${g.rs(g.HEX, 32)} span=${g.rs(g.HEX, 16)} status=200 dur_ms=${int(3, 900)}`);
for (let k = 0; k < 6; k++) neg("sha256", pick([
  `sha256sum: ${g.sha(64)}  node-v20.11.1-linux-x64.tar.xz`,
  `image: ghcr.io/acme/api@sha256:${g.sha(64)}`,
  `"integrity": "sha512-${Buffer.from(g.rs(g.AN, 64)).toString("base64").slice(0, 86)}=="`,
  `Checksum mismatch: expected ${g.sha(64)}, got ${g.sha(64)}`,
]));
neg("version", "Upgrade from 4.18.2 to 5.0.0-rc.3 broke the middleware; we're on Node 20.11.1 and npm 10.2.4.");
neg("version", "Windows build 10.0.19045.3803 shows the bug, 10.0.22631.2861 doesn't.");
neg("version", "SNMP OID 1.3.6.1.4.1.311.21.8 is returned for the template.");
neg("version", "Kernel 6.5.0-1014-azure, glibc 2.35, openssl 3.0.2 15 Mar 2022");
neg("version", "pip install torch==2.2.1+cu121 torchvision==0.17.1 --index-url https://download.pytorch.org/whl/cu121");
neg("ids", `Order #${int(1e8, 9e8)} shipped via DHL, tracking JJD000390007${g.digits(9)}.`);
neg("ids", `Invoice INV-2025-${g.digits(6)} is overdue by 14 days; PO 4500${g.digits(6)}.`);
neg("ids", "ISBN 978-3-16-148410-0 and ISBN 978-0-306-40615-7 are both out of stock.");
neg("ids", "EAN 4006381333931 scanned twice at till 4.");
neg("ids", "VIN 1HGCM82633A004352 — is this a 2003 Accord?");
neg("ids", `AWS account 4${g.digits(11)}, role arn:aws:iam::4${g.digits(11)}:role/ci-deployer, region eu-west-1`);
neg("ids", `Stripe charge ch_3Oq${g.rs(g.AN, 21)} and customer cus_${g.rs(g.AN, 14)} — why is the refund pending?`);
neg("ids", `Jira tickets PLAT-4471, PLAT-4472 and SEC-118 are blocked by INFRA-902.`);
neg("ids", `Kubernetes pod api-7d9f8c6b5-x2kqz restarted 14 times; node ip-10-0-3-14.eu-west-1.compute.internal`);
neg("ids", `UPS tracking 1Z999AA1${g.digits(10)}`);
neg("ids", `SKU 4711-0815-2210-93 is the blue variant.`);
neg("ids", `Transaction ref 20250312${g.digits(10)} settled.`);
neg("ids", `Part numbers: 6ES7 214-1AG40-0XB0, 3RT2015-1BB41, 5SY6106-7`);
neg("ids", `Slack channel C0${g.rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9)}, user U0${g.rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9)}`);
neg("ids", `Google Analytics ID G-${g.rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10)} and GTM-${g.rs("ABCDEFGHJKLMNPQRSTUVWXYZ", 7)}`);
neg("ids", `S3 object key uploads/2025/03/${g.uuid()}.pdf`);
neg("ids", `Azure subscription ${g.uuid()}, tenant ${g.uuid()}`);
neg("ids", `Ticket 4812-3391-0027 reopened by the customer portal bot.`);
neg("ids", `Batch 2025-03-12/0007 contains 1,204,887 rows; 31,004 rejected.`);
// ---- numbers, dates, timestamps ----
neg("numbers", "Population of Berlin: 3 755 251 (2023); Hamburg 1 892 122; Munich 1 512 491.");
neg("numbers", "Revenue grew from €12,448,903 to €15,102,337 (+21.3%) year over year.");
neg("numbers", `epoch 1741770000123 → 2025-03-12T09:00:00.123Z, skew 0.004s`);
neg("numbers", "Coordinates 52.520008, 13.404954 and 48.856613, 2.352222 — compute the distance.");
neg("numbers", "Matrix: [[0.1234, 0.5678], [0.9012, 0.3456]], eigenvalues 1.0249 and -0.0000123");
neg("numbers", "The meeting is on 12.03.2025 at 14:30 in room 3.14; the deadline was 28/02/2025.");
neg("numbers", "Q3 FY2024: 4,412 tickets, median TTR 3h 12m, p95 21h 04m.");
neg("numbers", "Call 112 in Europe or 911 in the US; poison control is on the package.");
neg("numbers", "Pi to 20 digits: 3.14159265358979323846, e: 2.71828182845904523536");
neg("numbers", "Serial console at 115200 baud, 8N1, flow control off.");
neg("numbers", "Part 1234 5678 9012 3456 of the spec? No — section 12.4.5 paragraph 6.");
neg("numbers", "Build #20250312.4 of pipeline 118 finished in 00:14:22.");
neg("numbers", "PLZ-Bereich 10115 bis 14199 gehört zu Berlin.");
neg("numbers", "Die Rechnung Nr. 2025-0412 über 1.249,00 € ist am 15.04.2025 fällig.");
neg("numbers", "Le colis 6A12345678901 est en cours d'acheminement.");
neg("numbers", `Temperature readings: ${Array.from({ length: 8 }, () => (20 + g.rnd() * 5).toFixed(2)).join(", ")}`);
neg("numbers", `Lottery numbers this week: 4 11 19 23 38 42, bonus 7.`);
neg("numbers", "The RFC 7231 section 6.5.1 describes 400 Bad Request.");
neg("numbers", "HTTP/1.1 503 Service Unavailable\nRetry-After: 120\nX-RateLimit-Remaining: 0");
neg("numbers", `${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(3)}1 is the gift card batch code, not a payment card (it's 16 digits but the batch prefix is 0000)`.replace(/^\d{4}/, "0000"));
// ---- placeholders ----
neg("placeholder", "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
neg("placeholder", "export ANTHROPIC_API_KEY=<your-api-key-here>");
neg("placeholder", 'client = OpenAI(api_key="YOUR_API_KEY")');
neg("placeholder", "password: <password>\nusername: <username>");
neg("placeholder", "DATABASE_URL=postgres://user:password@localhost:5432/mydb");
neg("placeholder", 'stripe.api_key = os.environ["STRIPE_SECRET_KEY"]');
neg("placeholder", "token: ${{ secrets.GITHUB_TOKEN }}");
neg("placeholder", "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
neg("placeholder", "SLACK_BOT_TOKEN=xoxb-your-bot-token");
neg("placeholder", "aws_secret_access_key = {{ vault_aws_secret }}");
neg("placeholder", "Password: ********  (hidden)");
neg("placeholder", "The default password is set via the ADMIN_PASSWORD environment variable.");
neg("placeholder", "Replace sk_live_... with your own key from the dashboard.");
neg("placeholder", "api_key: REPLACE_ME\nsecret: changeme");
neg("placeholder", "Set `HF_TOKEN=hf_...` before running the script.");
neg("placeholder", "password = getpass.getpass('Password: ')");
neg("placeholder", "<add key=\"ConnectionString\" value=\"Server=.;Database=Dev;Trusted_Connection=True;\" />");
neg("placeholder", "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.rs(g.B64, 64) + "\n" + g.rs(g.B64, 64) + "\nIDAQAB\n-----END PUBLIC KEY-----");
neg("placeholder", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.rs(g.B64, 43) + " deploy@ci");
neg("placeholder", "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa" + g.rs(g.B64, 40) + "\n" + g.rs(g.B64, 64) + "\n-----END CERTIFICATE-----");
neg("placeholder", "The token format is `glpat-` followed by 20 characters.");
neg("placeholder", "Reset link: https://app.example.com/reset?token=<TOKEN>");
neg("placeholder", "const password = process.env.DB_PASS ?? '';");
neg("placeholder", "if (password.length < 12) throw new Error('Password too short');");
neg("placeholder", "Password must contain: 1 uppercase, 1 digit, 1 symbol (e.g. !@#$).");
neg("placeholder", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
// ---- capitalised words, names-as-things ----
neg("words", "Please Mark the invoices as paid and Bill the remainder to the April budget.");
neg("words", "Will the new Summer collection ship before Easter?");
neg("words", "Grant access to the Analytics group and Rose Gold SKUs only.");
neg("words", "Hope this helps! Best, the Support Team");
neg("words", "We use Jasper for reports, Phoenix for the web tier and Elixir under the hood.");
neg("words", "Alexa, Siri and Cortana all failed the accessibility test.");
neg("words", "Write a product description for our new espresso machine, the Milano Pro X.");
neg("words", "Compare Boston Dynamics' Spot with ANYbotics ANYmal for tunnel inspection.");
neg("words", "Manchester United beat Real Madrid in the friendly; write a match summary.");
neg("words", "Explain the Geneva Conventions and the Paris Agreement in 3 bullet points each.");
neg("words", "Recipe: Hamburg-style Franzbrötchen and Brussels sprouts with bacon.");
neg("words", "Is Amazon Aurora cheaper than Azure Cosmos DB for 2 TB?");
neg("words", "Our Salesforce org, codenamed Denver, goes live in Q3 with the Lisbon release.");
neg("words", "The Turing test and the Von Neumann architecture — explain like I'm five.");
neg("words", "The Santander and Deutsche Bank APIs both return 429 under load.");
neg("words", "Translate 'Bitte wenden Sie sich an den Kundenservice' into English.");
neg("words", "Sehr geehrte Damen und Herren, vielen Dank für Ihre Anfrage.");
neg("words", "Cher client, votre commande a bien été expédiée.");
neg("words", "Estimado cliente, su pedido está en camino.");
neg("words", "Ubuntu 22.04 (Jammy Jellyfish) vs Debian 12 (Bookworm) for the build agents?");
neg("words", "Name the dog: Max, Bella, Charlie or Luna?");
neg("words", "The Camino de Santiago and the Via Francigena are both pilgrim routes.");
neg("words", "Our Kubernetes clusters are named Amsterdam, Frankfurt and Dublin after the regions.");
neg("words", "Tesla Model Y vs Volvo EX30 — which has better range in winter?");
neg("words", "The Berlin Wall fell in 1989 — write a short history lesson for 10-year-olds.");
neg("words", "Jordan, Chelsea and Madison are all popular baby names; which means 'gift'?");
neg("words", "Dear Hiring Manager, I am writing to apply for the Data Engineer role.");
neg("words", "Regards,\nThe Acme Platform Team\nsupport portal: https://help.acme.io");
neg("words", "Use Victoria Metrics or Prometheus? Grafana Loki for logs?");
neg("words", "Apple Park, Googleplex and Microsoft Redmond campus — which is biggest?");
// ---- code without secrets ----
neg("code", "def luhn(n: str) -> bool:\n    total = 0\n    for i, d in enumerate(reversed(n)):\n        d = int(d)\n        if i % 2: d *= 2\n        total += d - 9 if d > 9 else d\n    return total % 10 == 0");
neg("code", "SELECT customer_id, COUNT(*) FROM orders WHERE created_at >= '2025-01-01' GROUP BY 1 HAVING COUNT(*) > 5;");
neg("code", "const re = /^[\\w.+-]+@[\\w-]+\\.[\\w.]+$/;\nif (!re.test(email)) throw new Error('invalid email');");
neg("code", "color: #1a2b3c; background: #ffffff; border: 1px solid rgba(0,0,0,.12);");
neg("code", `resource "aws_instance" "web" {\n  ami           = "ami-0c55b159cbfafe1f0"\n  instance_type = "t3.micro"\n  subnet_id     = "subnet-0bb1c79de3EXAMPLE"\n}`);
neg("code", "kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d");
neg("code", "hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))");
neg("code", `const ID_RE = /[A-Z]{2}\\d{6}[A-D]/; // NINO shape, used only for validation`);
neg("code", "for i in range(1000000): x = (x * 6364136223846793005 + 1442695040888963407) % 2**64");
neg("code", "ffmpeg -i in.mp4 -c:v libx264 -crf 23 -preset medium -c:a aac -b:a 128k out.mp4");
neg("code", "nginx: listen 443 ssl http2; ssl_protocols TLSv1.2 TLSv1.3; keepalive_timeout 65;");
neg("code", "docker run -p 8080:80 -v /srv/data:/data --memory=512m nginx:1.25.4-alpine");
neg("code", "npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"GitHub Package Registry\"");
neg("code", "tokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\", token=os.getenv(\"HF_TOKEN\"))");
neg("code", `const uuid = "${g.uuid()}"; // correlation id for the test fixture`);
neg("code", `{"model":"gpt-4o-mini","temperature":0.2,"max_tokens":512,"seed":${g.digits(9)}}`);
neg("code", "CREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL);");
neg("code", "The regex \\d{3}-\\d{2}-\\d{4} matches SSN-shaped strings; how do I exclude 000-xx-xxxx?");
neg("code", "MAC address format is six groups of two hex digits, e.g. XX:XX:XX:XX:XX:XX.");
neg("code", "ip route add 10.8.0.0/24 via 10.8.0.1 dev tun0; ping 127.0.0.1");
neg("code", `base64 of "hello world" is aGVsbG8gd29ybGQ= and of the PNG header is iVBORw0KGgo=`);
neg("code", "Fix the bug: TypeError: Cannot read properties of undefined (reading 'email') at UserCard (UserCard.tsx:42:17)");
neg("code", `fetch("/api/users/${g.digits(6)}/orders?page=2&per_page=50")`);
neg("code", "Running 14 tests... ✓ parses IBAN shape ✓ rejects bad checksum ✓ formats card number");
// ---- public figures in general-knowledge questions (reported apart) ----
for (const t of [
  "When did Napoleon Bonaparte die and where?",
  "Summarise Albert Einstein's 1905 papers in plain English.",
  "What did Marie Curie win her second Nobel Prize for?",
  "Write a short poem in the style of Emily Dickinson about autumn.",
  "Compare the leadership styles of Winston Churchill and Franklin D. Roosevelt.",
  "Was Leonardo da Vinci really left-handed?",
  "Explain Ada Lovelace's notes on the Analytical Engine.",
  "Why did Johann Sebastian Bach move to Leipzig?",
  "What is Goethe's Faust about? And who was Friedrich Schiller?",
  "Give me three quotes from Nelson Mandela about education.",
  "How did Mahatma Gandhi organise the Salt March?",
  "List the main works of Gabriel García Márquez.",
]) mk("pub", "public-figure", t);
// ---- debatable (reported apart) ----
for (const t of [
  "Stripe test card 4242 4242 4242 4242, any future expiry, any CVC.",
  "Use 4111 1111 1111 1111 to test the Visa flow in sandbox.",
  "AWS docs example: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "Send a test mail to user@example.com and admin@example.org.",
  "For billing questions write to support@github.com or billing@atlassian.com.",
  "Fictional numbers: call (555) 010-4477 in the screenplay scene.",
  "SSN 078-05-1120 was the famous Woolworth wallet card number.",
  "IBAN example from the ECBS docs: GB82 WEST 1234 5698 7654 32",
  "JWT example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  "Our office is at 1 Infinite Loop, Cupertino, CA 95014 — the old Apple address.",
]) mk("negopt", "debatable", t);
