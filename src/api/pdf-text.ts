import { readPdfText } from "./pdf/read-pdf-text.js";

/**
 * The text a PDF attachment shows (see {@link readPdfText}: content-stream text through ToUnicode maps, document
 * info, form values; bounded in size, objects, inflated bytes and time). Undefined when the bytes are not a PDF,
 * are encrypted, exceed a limit or show no text: the caller then treats the payload as unscanned (`UNSCANNED_FILE`).
 */
export function extractPdfText(pdf: Buffer): string | undefined {
  const result = readPdfText(pdf);
  return result.readable ? result.text : undefined;
}
