import { registerDetector, type DetectorDefinition } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import { isBidiReordering, isTagChar, isVariationSelector, isZeroWidth, MAY_CONTAIN_INVISIBLE } from "../normalize/invisible-chars.js";
import { FIRST_NON_ASCII } from "../shared/non-ascii.js";

const MAY_CONTAIN_INVISIBLE_FROM = new RegExp(MAY_CONTAIN_INVISIBLE.source, "g");

/** Runs of invisible characters (zero-width, bidi, tags, variation selectors), astral ones as surrogate pairs. */
const INVISIBLE_RUN =
  /(?:[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f\udd00-\uddef])+/g;
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const ASCII_ALNUM = /[A-Za-z0-9]/;
/** U+1F3F4 WAVING BLACK FLAG: tag sequences after it spell subdivision flags (England, Scotland, Wales). */
const BLACK_FLAG = "\u{1F3F4}";

const ID = "evasion.invisible-text";

/** Entity types this detector reports. */
export const INVISIBLE_TEXT_TYPES = ["UNICODE_TAG", "VARIATION_SELECTOR_RUN", "ZERO_WIDTH_RUN", "BIDI_OVERRIDE", "BIDI_CONTROL", "ZERO_WIDTH_SPLIT"] as const;

interface RunStats {
  tags: number;
  zeroWidth: number;
  softHyphens: number;
  selectors: number;
  overrides: number;
  embeddings: number;
}

function stats(run: string): RunStats {
  const s: RunStats = { tags: 0, zeroWidth: 0, softHyphens: 0, selectors: 0, overrides: 0, embeddings: 0 };
  for (const ch of run) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isTagChar(cp)) s.tags++;
    else if (isVariationSelector(cp)) s.selectors++;
    else if (cp === 0x00ad) s.softHyphens++;
    else if (isZeroWidth(cp)) s.zeroWidth++;
    else if (cp === 0x202d || cp === 0x202e) s.overrides++;
    else if (isBidiReordering(cp) && cp !== 0x202c && cp !== 0x2069) s.embeddings++;
  }
  return s;
}

/** A subdivision flag: black flag + 2-6 tag letters/digits + CANCEL TAG. Legitimate; not evasion. */
function isFlagSequence(text: string, start: number, run: string): boolean {
  return text.slice(Math.max(0, start - 2), start) === BLACK_FLAG && /^(?:\udb40[\udc30-\udc39\udc61-\udc7a]){2,6}\udb40\udc7f$/.test(run);
}

function classify(text: string, start: number, run: string, hasRtl: () => boolean): [type: string, score: number, why: string] | undefined {
  const s = stats(run);
  if (s.tags > 0) {
    if (isFlagSequence(text, start, run)) return undefined;
    return ["UNICODE_TAG", s.tags >= 2 ? 0.95 : 0.8, `${s.tags} invisible Unicode tag character(s), which can smuggle hidden ASCII instructions`];
  }
  if (s.selectors >= 2) return ["VARIATION_SELECTOR_RUN", 0.9, `run of ${s.selectors} variation selectors, which can encode hidden bytes`];
  if (s.zeroWidth >= 3) return ["ZERO_WIDTH_RUN", 0.9, `run of ${s.zeroWidth} zero-width characters, a known way to hide data`];
  if (s.overrides > 0) return ["BIDI_OVERRIDE", 0.85, "bidirectional override control that makes text display in a different order than it is read"];
  if (s.embeddings > 0 && !hasRtl()) return ["BIDI_CONTROL", 0.7, "bidirectional embedding/isolate control in text without right-to-left script"];
  if (s.zeroWidth > 0) {
    const before = text.charAt(start - 1);
    const after = text.charAt(start + run.length);
    if (ASCII_ALNUM.test(before) && ASCII_ALNUM.test(after)) return ["ZERO_WIDTH_SPLIT", 0.7, "zero-width character splitting a word, which hides it from keyword filters"];
  }
  return undefined;
}

/**
 * Reports invisible text as evasion: Unicode tag characters (except subdivision flags), runs of zero-width
 * characters or variation selectors, bidi overrides (and embeddings outside right-to-left text), and zero-width
 * characters splitting ASCII words. Legitimate uses are left alone: a leading BOM, ZWJ inside emoji, ZWNJ in
 * Persian/Indic words, soft hyphens, single variation selectors and bidi marks.
 * Consecutive word splits within a few characters are reported as one span with a higher score.
 */
export const invisibleTextDetector: DetectorDefinition = {
  meta: {
    id: ID,
    category: "evasion",
    entityTypes: INVISIBLE_TEXT_TYPES,
    languages: ["*"],
    version: "1",
    description: "Invisible characters used to hide or split text (Unicode tags, zero-width runs, bidi overrides)",
  },
  parseOptions: () => ({}),
  create: () => ({
    meta: invisibleTextDetector.meta,
    detect(input): Finding[] {
      const text = input.text;
      // Every invisible character is non-ASCII: with the engine's shared scan, pure ASCII text costs no pass here,
      // and the search starts at the first non-ASCII character.
      const shared = input.shared;
      const from = shared !== undefined && shared.text === text ? shared.get(FIRST_NON_ASCII) : 0;
      if (from < 0) return [];
      MAY_CONTAIN_INVISIBLE_FROM.lastIndex = from;
      const may = MAY_CONTAIN_INVISIBLE_FROM.test(text);
      MAY_CONTAIN_INVISIBLE_FROM.lastIndex = 0;
      if (!may) return [];
      let rtl: boolean | undefined;
      const hasRtl = (): boolean => (rtl ??= RTL_LETTER.test(text));
      const out: Finding[] = [];
      const re = new RegExp(INVISIBLE_RUN.source, "g");
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const c = classify(text, m.index, m[0], hasRtl);
        if (!c) continue;
        const [type, score, explanation] = c;
        const end = m.index + m[0].length;
        const prev = out[out.length - 1];
        if (type === "ZERO_WIDTH_SPLIT" && prev?.type === type && m.index - prev.end <= 3) {
          prev.end = end;
          prev.score = Math.min(0.9, prev.score + 0.05);
          continue;
        }
        out.push({ detector: ID, category: "evasion", type, start: m.index, end, score, explanation });
        if (out.length >= 1000) break;
      }
      return out;
    },
  }),
};

/** The invisible-text detector, bound for registries. */
export const invisibleText = registerDetector(invisibleTextDetector);
