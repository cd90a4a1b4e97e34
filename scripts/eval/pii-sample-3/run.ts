/**
 * Third PII red-team set (2026-11-27): ~400 texts written as application traffic (chats, tickets, CRM notes, letters,
 * logs, SQL, fixtures, e-mail threads, vCards, transcripts) in English and ten other languages, plus hard negatives.
 * Labels sit beside the texts (cases-*.ts, checksum-valid values from gen.ts with a fixed seed). Held out: not seen
 * by the developers when written.
 *
 * Scoring (as in pii-secrets-sample-2): a PII finding counts when it overlaps a label of the same type. URL findings
 * are ignored. LOCATION/PERSON/UK_POSTCODE findings inside an ADDRESS label and PERSON inside an EMAIL label are
 * tolerated. Findings overlapping an optional label are tolerated and the optional labels are reported apart.
 * IP findings on private/loopback addresses are reported apart.
 *
 * node --import tsx scripts/eval/pii-sample-3/run.ts [--misses] [--dump]
 */
import { runPiiRedTeam } from "../pii-red-team.js";
import { b } from "./cases-en.js";
import "./cases-intl.js";
import "./cases-neg.js";

const REGIONS = ["US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "LU", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "FI", "DK", "NO", "CZ", "GR", "MX", "CL", "IN", "CN", "VN", "NG", "ZA", "SG", "AU", "CA", "HR", "MT"];
runPiiRedTeam(b.cases, REGIONS);
