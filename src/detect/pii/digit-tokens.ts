/** Helpers for scanners that try sticky patterns at digit-token positions (see `PiiScan.digitTokens`). */
export type { DigitTokens } from "./pii-scan.js";

/** Run a sticky regex at `pos`; returns the match or null. */
export function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
