/**
 * Fourth PII red-team set: ~380 texts written as application traffic in domains set 3 covers little (clinical notes,
 * discharge summaries, HR, legal, insurance, tenancy, school, travel, banking, logistics, government forms, code and data,
 * e-mail threads, transcripts, lower-case chats) in English and thirteen other languages, plus ~150 hard negatives.
 * Labels sit beside the texts (cases-*.ts, checksum-valid values from ../pii-sample-3/gen.ts and ./gen4.ts with a fixed seed). Held out: not seen
 * by the developers when written.
 *
 * Scoring (as in pii-secrets-sample-2): a PII finding counts when it overlaps a label of the same type. URL findings
 * are ignored. LOCATION/PERSON/UK_POSTCODE findings inside an ADDRESS label and PERSON inside an EMAIL label are
 * tolerated. Findings overlapping an optional label are tolerated and the optional labels are reported apart.
 * IP findings on private/loopback addresses are reported apart.
 *
 * node --import tsx scripts/eval/pii-sample-4/run.ts [--misses] [--dump]
 */
import { runPiiRedTeam } from "../pii-red-team.js";
import { b } from "./cases-en.js";
import "./cases-intl.js";
import "./cases-neg.js";

const REGIONS = ["US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "LU", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "FI", "DK", "NO", "CZ", "GR", "MX", "CL", "IN", "CN", "VN", "NG", "ZA", "SG", "AU", "CA", "HR", "MT", "RO", "TR", "ID", "KE", "TZ", "JP", "KR", "AE", "TT", "NZ", "SN", "CO", "IS", "SG"];
runPiiRedTeam(b.cases, REGIONS);
