/**
 * The literal start of every alternative of CONFIDENTIAL_STEMS and of HEALTH_WORDS (topic-words.ts), lower-case:
 * a match of either regex starts where one of these occurs (case-insensitively), except ICD-10 codes, which start
 * at a digit token. Kept in step with the two regexes by topic-words.test.ts.
 */
export const STEM_KEYWORDS: readonly string[] = [
  "confidential", "internal", "distribut", "privilege", "proprietary", "trade secret", "work product", "need", "nda", "restricted", "embargo",
];

export const HEALTH_KEYWORDS: readonly string[] = [
  "diagnos", "patient", "prescri", "medication", "dosage", "symptom", "treatment", "therapy", "hospital", "clinic", "admitted",
  "discharge", "medical ", "blood ", "lab result", "hiv", "aids", "diabet", "cancer", "tumo", "oncology", "chemotherapy",
  "pregnan", "surgery", "insulin", "allerg", "mental health", "depression", "anxiety disorder", "psychiatric", "icd",
];

/** Where a labelled medical record number (MRN in classify-data-classes.ts) can start. */
export const MRN_KEYWORDS: readonly string[] = ["mrn", "medical record"];
/** The case-sensitive gate of the MRN test looks for "MRN" or "ecord" (see `hasMrn`). */
export const MRN_GATE_KEYWORD = "ecord";
