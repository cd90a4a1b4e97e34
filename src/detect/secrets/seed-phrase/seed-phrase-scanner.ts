import { BIP39_LENGTHS, bip39ChecksumHolds } from "./bip39-checksum.js";
import { BIP39_ENGLISH } from "./bip39-english.js";

/** A run of BIP-0039 words that reads as a wallet seed phrase. */
export interface SeedPhraseMatch {
  /** UTF-16 span from the first word's start to the last word's end. */
  start: number;
  end: number;
  words: number;
  /** The BIP-0039 checksum holds for these words. */
  checksum: boolean;
  /** A seed-phrase label ("seed phrase", "mnemonic", "recovery phrase", "助记词", ...) stands near the run. */
  context: boolean;
  /** Fewer than 3 in 4 words are distinct: the shape of the specification's test vectors ("abandon abandon … about"). */
  repetitive: boolean;
}

/** Longest run the scanner keeps going (a 24-word phrase, a little slack for a stray word either side). */
const MAX_RUN = 64;
/** An unchecked run is reported (with context) only up to this many words: a phrase plus a word or two of prose. */
const MAX_UNCHECKED = 27;

/**
 * What may stand between two words of a phrase: spaces and line breaks, list punctuation (`,` `;` `|` `•`), quotes of a
 * JSON array, and the numbers of a numbered list ("1. abandon 2. ability", "(3) able", "4) about").
 */
const GAP = /^(?:[\s,;|"'`•·[\]()]|\d{1,2}[.):]|\d{1,2}(?=[\s)]))*$/;
const MAX_GAP = 16;

/**
 * Labels of a seed phrase, in the languages Warden covers. Wallet names count: a run of BIP-0039 words next to
 * "MetaMask" or "Ledger" is one.
 */
const CONTEXT = new RegExp(
  [
    "seed(?:[ -]?(?:phrase|words?))?",
    "mnemonic",
    "recovery (?:phrase|words|seed|sentence)",
    "(?:backup|secret|wallet|passphrase) (?:phrase|words)",
    "secret recovery",
    "wallet",
    "metamask|ledger|trezor|phantom|trust ?wallet|exodus|electrum|coinbase wallet|keplr|rabby",
    "bip-?39",
    "(?:12|15|18|21|24|twelve|twenty-four) words",
    "frase (?:semilla|de (?:recuperaci[óo]n|respaldo|seguran[çc]a|recupera[çc][ãa]o|recupero)|semente|mnem[óo]nica)",
    "palabras (?:semilla|de recuperaci[óo]n)|palavras de recupera[çc][ãa]o|semilla|semente|cartera|carteira|billetera|portafoglio",
    "phrase (?:de r[ée]cup[ée]ration|secr[èe]te|mn[ée]monique)|mn[ée]monique|portefeuille",
    "wiederherstellungs(?:phrase|s[äa]tze?|w[öo]rter)|seed-phrase|geheime wiederherstellungsphrase",
    "herstel(?:zin|woorden|frase)|portemonnee",
    "fraza (?:odzyskiwania|seed)|portfel",
    "kurtarma (?:ifadesi|kelimeleri)|c[üu]zdan",
    "frasa (?:pemulihan|benih|rahasia)|dompet",
    "c[ụu]m t[ừu] (?:kh[ôo]i ph[ụu]c|h[ạa]t gi[ốo]ng)|v[íi] (?:ti[ềe]n|crypto)",
    "сид[- ]?фраз|мнемоническ|фраз[аыу] (?:восстановления|відновлення)|кошел[её]к|гаманець",
    "助记词|助記詞|恢复短语|钱包|錢包|シードフレーズ|リカバリーフレーズ|復元フレーズ|ウォレット|복구 구문|시드 구문|니모닉|지갑",
    "عبارة (?:الاسترداد|الاسترجاع|الأمان)|كلمات الاسترداد|محفظة",
    "מילות שחזור|ביטוי שחזור|ארנק",
    "रिकवरी फ्रेज़|सीड फ्रेज़|वॉलेट",
  ].join("|"),
  "iu",
);
const CONTEXT_BEFORE = 200;
const CONTEXT_AFTER = 80;

/** A word of a run: its span and its index in the BIP-0039 list. */
export interface Word {
  start: number;
  end: number;
  index: number;
}

/**
 * Lower-case, upper-case or capitalised: how people write the words of a phrase (not "wAllet"). Read in place on
 * text[start, end), which holds ASCII letters only (so bit 32 tells the case): every letter after the first lower-case
 * (a lower-case or capitalised word), or every letter upper-case.
 */
function plainCase(text: string, start: number, end: number): boolean {
  let restLower = true;
  for (let k = start + 1; k < end && restLower; k++) restLower = (text.charCodeAt(k) & 32) !== 0;
  if (restLower) return true;
  for (let k = start; k < end; k++) if ((text.charCodeAt(k) & 32) !== 0) return false;
  return true;
}

/** A digit, `_` or `@`: a word glued to one is part of an identifier, a handle or a version ("web3", "user_name"). */
function gluing(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95 || c === 64;
}

function glued(text: string, start: number, end: number): boolean {
  return (start > 0 && gluing(text.charCodeAt(start - 1))) || (end < text.length && gluing(text.charCodeAt(end)));
}

/**
 * Finds wallet seed phrases (BIP-0039 mnemonics, English wordlist): runs of 12 to 24 list words separated only by
 * spaces, commas, line breaks or list numbers. A run of exactly 12/15/18/21/24 words is tested whole; a longer run
 * is tested on its first and last 24/21/18/15/12 words (a phrase with a word of prose glued on). Every candidate is
 * returned with its evidence (checksum, nearby label); the caller scores.
 */
export function findSeedPhrases(text: string): SeedPhraseMatch[] {
  const out: SeedPhraseMatch[] = [];
  // The current run as parallel arrays, reused from call to call (detection is synchronous): most runs end after a
  // word or two of prose, and only a run long enough to judge is copied out.
  let length = 0;
  const close = (): void => {
    if (length >= MIN_WORDS) {
      const run: Word[] = [];
      for (let k = 0; k < length; k++) run.push({ start: RUN_START[k] as number, end: RUN_END[k] as number, index: RUN_INDEX[k] as number });
      const match = judgeRun(text, run);
      if (match !== undefined) out.push(match);
    }
    length = 0;
  };
  // A hand-rolled scan over ASCII letter runs: this detector reads every word of every text, so no word is copied;
  // a word is looked up by its first four letters (unique in the BIP-0039 list) and then compared in place.
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let key = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isLetter(c)) break;
      if (i - start < 4) key = key * 27 + ((c | 32) - 96);
      i++;
    }
    const end = i;
    const size = end - start;
    if (size === 3) key *= 27;
    const index = size >= 3 && size <= 8 ? wordAt(text, start, size, key) : -1;
    if (index < 0 || !plainCase(text, start, end) || glued(text, start, end)) {
      if (length > 0) close();
      continue;
    }
    if (length > 0) {
      const prevEnd = RUN_END[length - 1] as number;
      if (start - prevEnd > MAX_GAP || length >= MAX_RUN || !(start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32) && !GAP.test(text.slice(prevEnd, start))) close();
    }
    RUN_START[length] = start;
    RUN_END[length] = end;
    RUN_INDEX[length] = index;
    length++;
  }
  close();
  return out;
}

/** Fewest words of a phrase: shorter runs are never judged. */
const MIN_WORDS = BIP39_LENGTHS[0] as number;

/** The run being read by {@link findSeedPhrases}: word spans and list indices (at most MAX_RUN words). */
const RUN_START = new Int32Array(MAX_RUN);
const RUN_END = new Int32Array(MAX_RUN);
const RUN_INDEX = new Int32Array(MAX_RUN);

/** List index + 1 by the first four letters (base 27, `a` = 1; a three-letter word pads with 0). */
const BY_PREFIX: Int16Array = (() => {
  const table = new Int16Array(27 ** 4);
  BIP39_ENGLISH.forEach((w, i) => {
    let key = 0;
    for (let k = 0; k < 4; k++) key = key * 27 + (k < w.length ? w.charCodeAt(k) - 96 : 0);
    table[key] = i + 1;
  });
  return table;
})();

/** The list index of the word text[start, start + length) (any case), or -1. */
function wordAt(text: string, start: number, length: number, key: number): number {
  const index = (BY_PREFIX[key] ?? 0) - 1;
  if (index < 0) return -1;
  const word = BIP39_ENGLISH[index] as string;
  if (word.length !== length) return -1;
  for (let k = 4; k < length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return -1;
  return index;
}

/** ASCII letters only: the BIP-0039 English list is plain a-z. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Judges one run of list words (spans and list indices, in text order): the longest BIP-0039 length whose checksum
 * holds on its first or last words, else the whole run when a label stands near and it is short enough. Exported for
 * the test that checks {@link findSeedPhrases} against a plain word-by-word reading.
 */
export function judgeRun(text: string, run: readonly Word[]): SeedPhraseMatch | undefined {
  const first = run[0] as Word;
  const last = run[run.length - 1] as Word;
  const near = text.slice(Math.max(0, first.start - CONTEXT_BEFORE), first.start) + " " + text.slice(last.end, last.end + CONTEXT_AFTER);
  const context = CONTEXT.test(near);
  const candidates: Word[][] = [];
  for (const length of [...BIP39_LENGTHS].reverse()) {
    if (length > run.length) continue;
    candidates.push(run.slice(0, length));
    if (length < run.length) candidates.push(run.slice(run.length - length));
  }
  for (const words of candidates) {
    if (!bip39ChecksumHolds(words.map((w) => w.index))) continue;
    return matchOf(words, true, context);
  }
  if (context && run.length <= MAX_UNCHECKED) return matchOf(run, false, true);
  return undefined;
}

function matchOf(words: readonly Word[], checksum: boolean, context: boolean): SeedPhraseMatch {
  const distinct = new Set(words.map((w) => w.index)).size;
  return {
    start: (words[0] as Word).start,
    end: (words[words.length - 1] as Word).end,
    words: words.length,
    checksum,
    context,
    repetitive: distinct * 4 < words.length * 3,
  };
}
