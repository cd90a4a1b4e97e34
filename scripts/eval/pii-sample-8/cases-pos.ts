/** Positive texts of the eighth PII set, part 1: everyday pastes (tickets, CRM, HR, intake, chat, CSV/JSON, forms,
 *  meeting notes, legal letters, shipping labels) written as templates and filled from the personas of people8.ts. */
import { b } from "./build.js";
import { P, Po, E, Ph, A, L, Lo, D, CC, IB, SSN, IP, U } from "./marks.js";
import { PEOPLE, type Persona } from "./people8.js";
import { card, ibanOf, ipv4, ipv6, ssn, int, pick, digits } from "./gen8.js";

const MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const p2 = (n: number) => String(n).padStart(2, "0");
export const dob = {
  us: (p: Persona) => `${p2(p.m)}/${p2(p.d)}/${p.y}`, uk: (p: Persona) => `${p2(p.d)}/${p2(p.m)}/${p.y}`, iso: (p: Persona) => `${p.y}-${p2(p.m)}-${p2(p.d)}`,
  long: (p: Persona) => `${p.d} ${MON[p.m - 1]} ${p.y}`, usLong: (p: Persona) => `${MON[p.m - 1]} ${p.d}, ${p.y}`, dots: (p: Persona) => `${p2(p.d)}.${p2(p.m)}.${p.y}`,
};
const last = (p: Persona) => p.name.split(" ").slice(-1)[0]!;
const agents = ["Dylan Reyes", "Megan Cho", "Ibrahim Sesay", "Laura Jenkins", "Tobias Král", "Ngozi Eze"];

type T = (p: Persona, i: number) => [string, string];
const T1: T[] = [
  (p) => ["ticket.refund", `Ticket #${int(40000, 99999)} — refund not received\nFrom: ${P(p.name)} <${E(p.email)}>\nHi, I returned the blender on the 3rd and still no refund. Order WX-${digits(7)}. Please call me on ${Ph(p.phone)} if you need anything else.\nThanks, ${P(p.first)}`],
  (p, i) => ["ticket.agent-reply", `Hi ${P(p.first)},\n\nThanks for your patience. I've updated the delivery address on your account to ${A(p.addr)} as requested. The replacement ships Monday.\n\nKind regards,\n${P(agents[i % agents.length]!)}\nCustomer Care`],
  (p) => ["crm.note", `CRM note — account ACC-${digits(6)}\nContact: ${P(p.name)} (${E(p.email)}), mobile ${Ph(p.phone)}\nBased in ${L(p.city)}. Interested in the enterprise tier, wants a demo after Q3 budget sign-off. Follow up in two weeks.`],
  (p) => ["hr.email", `Subject: Onboarding paperwork\n\nHello HR team,\n\nPlease find below my details for payroll:\nFull name: ${P(p.name)}\nDate of birth: ${D(dob.uk(p))}\nHome address: ${A(p.addr)}\nPersonal e-mail: ${E(p.email)}\n\nBest,\n${P(p.first)}`],
  (p) => ["medical.intake", `INTAKE NOTE\nPt: ${P(p.name)}   DOB: ${D(dob.us(p))}\nPhone: ${Ph(p.phone)}\nCC: intermittent chest tightness x 3 days, worse on exertion. No known allergies. Lives alone in ${Lo(p.city)}.\nPlan: ECG, troponin, review with Dr. ${P(pick(["Okonkwo", "Harlow", "Lindgren", "Bassi"]))}.`],
  (p) => ["chat.log", `[10:42] customer: hi my name is ${P(p.name)} and I can't log in\n[10:42] bot: I can help with that. What's the email on the account?\n[10:43] customer: ${E(p.email)}\n[10:43] bot: Thanks! I've sent a reset link.`],
  (p) => ["csv.row", `name,email,phone,city\n${P(p.name)},${E(p.email)},${Ph(p.phone)},${L(p.city)}`],
  (p) => ["json.record", `{"customer": {"fullName": "${P(p.name)}", "email": "${E(p.email)}", "dob": "${D(dob.iso(p))}", "shipping": "${A(p.addr)}"}, "plan": "pro", "seats": ${int(2, 40)}}`],
  (p) => ["form.submission", `New contact form submission\nName: ${P(p.name)}\nEmail: ${E(p.email)}\nPhone: ${Ph(p.phone)}\nMessage: Do you deliver to ${Lo(p.region)}? I'd like to order 20 units.`],
  (p, i) => ["meeting.notes", `Meeting notes — vendor review\nAttendees: ${P(agents[(i + 1) % agents.length]!)}, ${P(p.name)}, ${P(agents[(i + 3) % agents.length]!)}\n- ${P(p.first)} to send the revised SOW by Friday\n- Pricing concerns raised; revisit next sprint`],
  (p) => ["legal.letter", `WITHOUT PREJUDICE\n\n${P(p.name)}\n${A(p.addrLines)}\n\nDear ${P(p.first)},\n\nRe: your tenancy deposit\n\nWe act for your former landlord and write regarding the deductions itemised in our letter of 2 May.`],
  (p) => ["shipping.label", `SHIP TO:\n${P(p.name.toUpperCase())}\n${A(p.addrLines.toUpperCase())}\n${L(p.country.toUpperCase())}\nTEL ${Ph(p.phone)}\nWEIGHT 2.4 KG   PIECES 1/1`],
  (p) => ["ticket.card", `Customer wrote: "please charge the card ending in the number below, it's ${CC(card(pick(["visa", "mc", "amex", "disc", "mc2"])))} exp 09/28" — ${P(p.name)}. Can you tell me how to redact this before I forward it?`],
  (p) => ["hr.reference", `Reference request\n\n${P(p.name)} worked with us as a warehouse supervisor from 2019 to 2023. ${P(p.first)} was reliable and well liked. You can reach me at ${E("a.kowalski@northbay-logistics.com")} for anything further. — ${P("Agnieszka Kowalski")}`],
  (p) => ["support.address-change", `Please update my address. Old: ${A(PEOPLE[(PEOPLE.indexOf(p) + 5) % PEOPLE.length]!.addr)}. New: ${A(p.addr)}. Account holder ${P(p.name)}.`],
  (p) => ["slack.message", `@here heads-up: ${P(p.name)} from the Acme account called again, she/he wants a callback on ${Ph(p.phone)} before 4pm. Can someone grab it? I'm in interviews.`],
  (p) => ["insurance.claim", `Claim form\nPolicyholder: ${P(p.name)}\nDate of birth: ${D(dob.long(p))}\nAddress: ${A(p.addr)}\nIncident: water damage to kitchen ceiling from upstairs flat.`],
  (p) => ["email.signature", `Thanks all, speak Thursday.\n\n--\n${P(p.name)}\nSenior Buyer | Fernhill Foods\nM: ${Ph(p.phone)}\nE: ${E(p.email)}`],
  (p) => ["rewrite.request", `Can you make this sound more professional? "hey ${P(p.first)}, got your msg, I'll swing by ${A(p.addr)} tmrw around 10 to pick up the keys, text me at ${Ph(p.phone)} if that's not ok"`],
  (p) => ["dating.profile-report", `Reporting a user. Their profile says ${P(p.name)}, born ${D(dob.usLong(p))}, and they keep messaging me from ${E(p.email)} after I blocked them.`],
];

const T2: T[] = [
  (p) => ["pharmacy.rx", `Rx refill request — ${P(p.name)} (DOB ${D(dob.dots(p))}). Deliver to ${A(p.addr)}. Contact ${Ph(p.phone)}. Atorvastatin 20 mg, 90 days.`],
  (p) => ["bank.transfer", `Please send the deposit to ${P(p.name)}, IBAN ${IB(pick(Object.values(ibanOf))())}, reference FLAT-${digits(4)}.`],
  (p) => ["school.enrolment", `Student enrolment\nParent/guardian: ${P(p.name)}\nEmail: ${E(p.email)}\nPhone: ${Ph(p.phone)}\nChild DOB: ${D(dob.uk({ ...p, y: 2015 + (p.d % 5) }))}\nChild name: ${P(p.first === "Will" ? "Ellie Foster" : "Sam " + last(p))}`],
  (p) => ["ops.log", `2026-11-27T08:14:55Z WARN login_failed user=${E(p.email)} ip=${IP(ipv4())} attempts=5 lockout=true`],
  (p) => ["ops.log6", `Nov 27 09:02:11 web-3 sshd[2231]: Accepted publickey for deploy from ${IP(ipv6())} port 51822; ticket opened by ${P(p.name)}`],
  (p) => ["tenant.application", `Rental application — ${P(p.name)}, current address ${A(p.addr)}, employer Brightwater Dental, monthly income 4,200. SSN ${SSN(ssn())}. Previous landlord: ${P("Gary Lindholm")} ${Ph("(503) 284-7710")}.`],
  (p) => ["profile.links", `Speaker bio: ${P(p.name)} is a product designer in ${Lo(p.city)}. Portfolio: ${U(`https://${p.name.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}.design`)} — contact ${E(p.email)}.`],
  (p) => ["delivery.driver-note", `Driver note: leave parcel with neighbour at ${A(p.addr)} if ${P(p.first)} not home. Gate code 4471. Call ${Ph(p.phone)}.`],
  (p) => ["yaml.fixture", `# please turn this fixture into a factory\ncustomer:\n  name: ${P(p.name)}\n  email: ${E(p.email)}\n  phone: "${Ph(p.phone)}"\n  city: ${L(p.city)}\n  born: ${D(dob.iso(p))}`],
  (p) => ["sql.insert", `INSERT INTO patients (full_name, dob, phone, email) VALUES ('${P(p.name.replace(/'/g, "''"))}', '${D(dob.iso(p))}', '${Ph(p.phone)}', '${E(p.email)}');`],
];

let i = 0;
for (const [ti, t] of T1.entries()) for (let k = 0; k < 5; k++) { const p = PEOPLE[(ti * 7 + k * 5) % PEOPLE.length]!; const [kind, s] = t(p, i++); b.add("pii", kind, s); }
for (const [ti, t] of T2.entries()) for (let k = 0; k < 5; k++) { const p = PEOPLE[(ti * 11 + k * 3 + 2) % PEOPLE.length]!; const [kind, s] = t(p, i++); b.add("pii", kind, s); }
