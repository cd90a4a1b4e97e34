/** Labels for a whole text, derived from findings and dedicated detectors, so policy can act per class. */
export const DATA_CLASSES = ["PII", "PHI", "PCI", "SECRET", "SOURCE_CODE", "CONFIDENTIAL"] as const;
export type DataClass = (typeof DATA_CLASSES)[number];
