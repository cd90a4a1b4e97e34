export { buildNormalizedView, foldCodePoint, normalizeText, type Normalized } from "./normalize-text.js";
export { buildLeetView, LEET_TRIGGER_STEMS } from "./leet-view.js";
export { buildDecodedViews, isMostlyPrintable, MIN_ENCODED_LENGTH } from "./decode-views.js";
export { scanText, type TextScan } from "./scan-text.js";
export { CharViewBuilder, buildSegmentView, SEGMENT_SEPARATOR, WINDOW_MARGIN, windowedView, type Span, type TextView } from "./text-view.js";
export { HOMOGLYPHS } from "./homoglyphs.js";
export {
  isBidiControl,
  isBidiReordering,
  isInvisible,
  isTagChar,
  isVariationSelector,
  isZeroWidth,
  MAY_CONTAIN_INVISIBLE,
} from "./invisible-chars.js";
