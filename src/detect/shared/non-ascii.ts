import type { TextPart } from "../../core/detector.js";

/** Anything but printable ASCII and ASCII white space: non-ASCII characters and ASCII control characters. */
export const NOT_PLAIN_ASCII = /[^\t\n\v\f\r\x20-\x7e]/;

/**
 * Index of the first non-ASCII character or ASCII control character (NUL, ESC, DEL, ...; not white space), or -1
 * for plain printable ASCII. Invisible characters, look-alikes, everything NFKC changes and control characters
 * smuggled into a value are all there, so the normalised view and the invisible-text detector need nothing before
 * this index (and nothing at all when it is -1): one pass answers both.
 */
export const FIRST_NON_ASCII: TextPart<number> = { name: "first-non-ascii", compute: (scan) => scan.text.search(NOT_PLAIN_ASCII) };
