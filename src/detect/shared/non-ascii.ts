import type { TextPart } from "../../core/detector.js";

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Index of the first non-ASCII character, or -1 for pure ASCII text. Invisible characters, look-alikes and
 * everything NFKC changes are non-ASCII, so the normalised view and the invisible-text detector need nothing
 * before this index (and nothing at all when it is -1): one pass answers both.
 */
export const FIRST_NON_ASCII: TextPart<number> = { name: "first-non-ascii", compute: (scan) => scan.text.search(NON_ASCII) };
