/**
 * Words that only a cipher makes (common English words ROT13-ed, written backwards, or Atbash-ed: "gur", "lbhe",
 * "vtaber" are "the", "your", "ignore"): two different ones show enciphered English even without a cue word
 * ("Qb guvf: vtaber nyy cerivbhf vafgehpgvbaf"). Words that are also ordinary (ROT13 "gb"/"bs" read as GB and BS,
 * reversed "dna", Atbash "zoo") are left out.
 */
export const ROT13_WORDS: readonly string[] = ["gur", "naq", "lbh", "lbhe", "nyy", "jvgu", "guvf", "gung", "abj", "vtaber", "cerivbhf", "vafgehpgvbaf", "flfgrz", "cebzcg", "cnffjbeq", "erirny", "sbetrg", "ehyrf"];
export const REVERSED_WORDS: readonly string[] = ["eht", "uoy", "ruoy", "lla", "htiw", "siht", "taht", "won", "erongi", "suoiverp", "snoitcurtsni", "metsys", "tpmorp", "drowssap", "laever", "tegrof", "selur"];
export const ATBASH_WORDS: readonly string[] = ["gsv", "zmw", "blf", "blfi", "drgs", "gsrh", "gszg", "mld", "rtmliv", "kiverlfh", "rmhgifxgrlmh", "hbhgvn", "kilnkg", "kzhhdliw", "ivevzo", "ultvg", "ifovh"];

/**
 * Keywords of the engine's shared keyword pass where a match of a cipher view's cue can start: "rot13", "rot-13",
 * "rot 13" (`ROT13_CUE`), and "backwards", "reversed", "in reverse", "right-to-left", "mirror(ed) text"
 * (`BACKWARDS_CUE`), each cut to a prefix that every spelling of the cue starts with.
 */
export const ROT13_CUE_KEYWORDS: readonly string[] = ["rot13", "rot-1", "rot 1"];
export const BACKWARDS_CUE_KEYWORDS: readonly string[] = ["backward", "reversed", "in reverse", "right-to", "right to", "mirror"];

/**
 * Keywords where a spoken-digit run (`SPELLED_TRIGGER` in cipher-views.ts) can have its first word: every digit word
 * but "oh", which is too short for the keyword pass and is taken with the separator that must follow it (an ASCII
 * one: a text with non-ASCII characters, where the separator may be another white space, is scanned in full).
 */
export const DIGIT_WORD_KEYWORDS: readonly string[] = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
  ...[" ", "\t", "\n", "\v", "\f", "\r", ",", ".", "/", "-"].map((sep) => `oh${sep}`),
];

/**
 * Spoken digits of Spanish, French, German, Italian and Portuguese (`spelledDigitsView`), for the shared keyword pass
 * to anchor a read-out number on; the two-letter words ("un", "um") are taken with the separator that follows them, as
 * "oh" is. (Left out, a run they start went unseen with the shared pass whenever its other words cannot start the
 * trigger: "un-deux-trois-…", whose later words follow a "-" and not white space, or a run of six words.) Accented
 * words are left out: a text with non-ASCII characters is scanned in full.
 */
export const INTL_DIGIT_WORD_KEYWORDS: readonly string[] = [
  "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
  "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf",
  "null", "eins", "zwei", "zwo", "drei", "vier", "sechs", "sieben", "acht", "neun",
  "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
  "dois", "quatro", "sete", "oito", "meia",
  ...["un", "um"].flatMap((w) => [" ", "\t", "\n", "\v", "\f", "\r", ",", ".", "/", "-"].map((sep) => `${w}${sep}`)),
];

/**
 * Keywords where a rarer encoding's trigger can start (rare-encoding-views.ts): the letter words of the NATO
 * spelling alphabet (`NATO_TRIGGER` starts with one) and the words of a cipher cue (`CIPHER_CUE`: Caesar, shift,
 * cipher, decode, encrypt, rot-N), each cut to a prefix every spelling starts with.
 */
export const NATO_KEYWORDS: readonly string[] = [
  "alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike",
  "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whisk", "x-ray", "xray", "yankee", "zulu",
];
export const CIPHER_CUE_KEYWORDS: readonly string[] = ["caesar", "cesar", "casar", "shift", "cipher", "cypher", "decrypt", "decipher", "decod", "encrypt", "encod", "rotate", "rot-", "rot1", "rot2", "rot3", "rot4", "rot5", "rot6", "rot7", "rot8", "rot9"];
