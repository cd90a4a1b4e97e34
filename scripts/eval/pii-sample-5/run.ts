/**
 * Fifth PII red-team set: ~355 texts written as application traffic in forms the earlier sets cover little
 * (customer-support chats with several people, CRM exports as CSV/TSV/JSON lines, SQL inserts, log lines, YAML/JSON
 * configs, e-mail headers and signatures, meeting transcripts with speaker names, OCR text with odd spacing and line
 * breaks, forms, lower-case chat, vCards and calendar entries) with names from many cultures, addresses in native
 * formats of ~20 countries, national and international phone numbers, dates of birth in many written forms (spelled-out
 * months in a dozen languages, Japanese and Taiwanese eras, MRZ, HL7) and checksum-valid identifiers; ~140 of the
 * positive texts are in 24 languages other than English. Plus ~150 hard negatives in the same forms (product codes,
 * invoice numbers and IBANs failing their checksums, public figures, places in general questions, brands named after
 * people, street-named products, dates that are not birth dates, blank forms in many scripts).
 * Labels sit beside the texts (cases-*.ts, checksum-valid values from ../pii-sample-3/gen.ts, ../pii-sample-4/gen4.ts
 * and ./gen5.ts with a fixed seed); labelling follows set 4 (DATE_TIME = date of birth only, public figures PERSON,
 * debatable look-alikes and organisations' contact details optional). Held out: written without reading the detectors.
 *
 * Scoring (as in pii-secrets-sample-2): a PII finding counts when it overlaps a label of the same type. URL findings
 * are ignored. LOCATION/PERSON/UK_POSTCODE findings inside an ADDRESS label and PERSON inside an EMAIL label are
 * tolerated. Findings overlapping an optional label are tolerated and the optional labels are reported apart.
 * IP findings on private/loopback addresses are reported apart.
 *
 * node --import tsx scripts/eval/pii-sample-5/run.ts [--misses] [--dump]   (label lint without detectors: lint.ts)
 */
import { runPiiRedTeam } from "../pii-red-team.js";
import { b } from "./cases-en.js";
import "./cases-en2.js";
import "./cases-intl.js";
import "./cases-neg.js";
import { REGIONS } from "./regions.js";

runPiiRedTeam(b.cases, REGIONS);
