/**
 * Sixth PII red-team set: ~330 texts of LLM-application traffic in forms sets 3-5 cover little — (a) prompts asking a
 * model to draft or rewrite documents that embed personal data (cover letters, tenancy and character references,
 * medical referral and discharge letters, insurance claims, school reports, obituaries and eulogies, wedding speeches,
 * HR warnings, visa invitations, gift letters), (b) RAG and tool results (CRM/ticketing/calendar/FHIR/Stripe JSON,
 * search hits, web-page scrapes, database rows as markdown tables), (c) model outputs that invent or repeat personal data
 * (drafted letters, customer tables, rosters, invoices), (d) code with personal data in test fixtures and seed data
 * (Python, TypeScript, Go, Ruby, Java, SQL, CSV, YAML, GraphQL, .env), (e) messy chat (lower case, typos, particles and
 * multi-part surnames, names that are common words — Hope, Grace, Will, Frank, Bill, Summer, Rose, Major — initials,
 * names in Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK, Thai and Hangul), (f) addresses in the native formats of
 * ~40 countries incl. PO boxes, flat/unit notation, rural routes and landmark addresses, (g) national and international
 * phone numbers, with extensions (the extension is not part of the label), (h) dates of birth written in many forms and
 * languages (incl. Japanese era and Thai Buddhist-era years) and (i) checksum-valid identifiers. 223 positive texts, of
 * which 106 are in 30 languages other than English; 106 hard negatives (29 not in English): public figures in news and
 * history questions, brands and products named after people or streets, order/tracking/invoice numbers, IBANs, cards and
 * BSNs failing their checksums, version strings, dates that are not birth dates, lorem ipsum, placeholders and blank
 * templates in eight scripts, fictional characters in literary analysis, common words that are also names.
 *
 * Labels sit beside the texts (cases-*.ts; checksum-valid values from ../pii-sample-3/gen.ts, ../pii-sample-4/gen4.ts and
 * ../pii-sample-5/gen5.ts, the shared fixed-seed generator advanced 15485 steps first). Labelling policy, as set 4/5:
 * DATE_TIME = date of birth only (birthdays without a year and due dates optional); public figures are PERSON (required,
 * in the negative group); organisations' contact details (a practice's address) optional; debatable look-alikes optional
 * (official example IBANs, numbers of types without a checksum such as a Greek AFM, Colombian cédula, Brazilian CPF, an
 * MRN, a passport number of unknown type). Places tied to a person in running text (birthplace, where a school or
 * funeral is) are optional LOCATION; a city column in a personal record is a required LOCATION; places in general
 * questions are unlabelled. Fictional characters in literary analysis: every character name is an optional PERSON.
 * Placeholders ("John Doe", "Jane Doe", "<first_name>", "{{customer.name}}", "123 Main St", blank forms) are unlabelled,
 * so a finding there is a false positive. Titles and honorifics next to a name are inside the label when written in one
 * piece with it (Mrs, Dr., Doña, Thai นางสาว) and outside when they follow it (Hanım, didi, uncle); scoring is by overlap.
 * Held out: written without reading the detectors, their tests, their docs or the case files of earlier sets.
 *
 * Scoring (as in pii-secrets-sample-2): a PII finding counts when it overlaps a label of the same type. URL findings
 * are ignored. LOCATION/PERSON/UK_POSTCODE findings inside an ADDRESS label and PERSON inside an EMAIL label are
 * tolerated. Findings overlapping an optional label are tolerated and the optional labels are reported apart.
 * IP findings on private/loopback addresses are reported apart.
 *
 * node --import tsx scripts/eval/pii-sample-6/run.ts [--misses] [--dump]   (label lint without detectors: lint.ts)
 */
import { runPiiRedTeam } from "../pii-red-team.js";
import { b } from "./cases-en.js";
import "./cases-en2.js";
import "./cases-intl.js";
import "./cases-intl2.js";
import "./cases-neg.js";
import { REGIONS } from "./regions.js";

runPiiRedTeam(b.cases, REGIONS);
