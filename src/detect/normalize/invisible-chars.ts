/**
 * Code points that render as nothing (or only steer rendering) and are used to hide or split text.
 * Shared by the normaliser (which removes them) and the invisible-text detector (which reports them).
 */

/** Zero-width and filler characters: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, CGJ, invisible operators, fillers. */
export function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 ||
    (cp >= 0x2061 && cp <= 0x2064) ||
    cp === 0xfeff ||
    cp === 0x180e ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0
  );
}

/** Bidirectional formatting controls (marks, embeddings, overrides, isolates). */
export function isBidiControl(cp: number): boolean {
  return cp === 0x200e || cp === 0x200f || cp === 0x061c || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** Bidi overrides and embeddings/isolates, i.e. the controls that reorder visible text ("Trojan Source"). */
export function isBidiReordering(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** Unicode tag characters (U+E0000-U+E007F): invisible copies of ASCII, used for "ASCII smuggling". */
export function isTagChar(cp: number): boolean {
  return cp >= 0xe0000 && cp <= 0xe007f;
}

/** Variation selectors (VS1-VS256): legitimate singly after emoji, but runs of them can carry hidden bytes. */
export function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/**
 * The rest of Unicode's Default_Ignorable_Code_Point set (renders as nothing when unsupported): CGJ-like Khmer
 * inherent vowels, Mongolian free variation selectors, deprecated format controls U+206A-206F, U+FFF0-FFF8,
 * shorthand format controls, musical-symbol formatting, and the unassigned rest of the U+E0000 block.
 */
export function isOtherDefaultIgnorable(cp: number): boolean {
  return (
    cp === 0x17b4 || cp === 0x17b5 || (cp >= 0x180b && cp <= 0x180f) || (cp >= 0x2065 && cp <= 0x206f) || (cp >= 0xfff0 && cp <= 0xfff8) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/**
 * A lone surrogate (U+D800-U+DFFF read as a code point: half of a pair without the other half). JSON can carry one
 * as `\ud800`; it renders as nothing or a replacement mark, and split a value past detection ("kenji@exa\ud800mple.org").
 */
export function isLoneSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** Every code point the normalised view drops: the whole Default_Ignorable_Code_Point set, and lone surrogates. */
export function isInvisible(cp: number): boolean {
  return isZeroWidth(cp) || isBidiControl(cp) || isTagChar(cp) || isVariationSelector(cp) || isOtherDefaultIgnorable(cp) || isLoneSurrogate(cp);
}

/**
 * Cheap pre-filter: could `text` contain any invisible character at all? (All of them are non-ASCII; the
 * astral ones start with a high surrogate U+D82F, U+D834 or U+DB40-DB43.)
 */
export const MAY_CONTAIN_INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\ud82f\ud834\udb40-\udb43]/;
