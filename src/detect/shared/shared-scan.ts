import type { DetectInput, SharedScan, TextPart } from "../../core/detector.js";

/**
 * A per-text memo of {@link TextPart}s: the engine makes one for each text (view) it scans and passes it to every
 * detector, so a pass over the text that several detectors need runs once. Nothing outlives the object, so cost
 * never depends on which texts came before, and interleaved texts cannot mix.
 *
 * @example
 * const shared = createSharedScan(text);
 * detector.detect({ text, context, shared });
 */
export function createSharedScan(text: string): SharedScan {
  const parts = new Map<TextPart<unknown>, unknown>();
  const scan: SharedScan = {
    text,
    get<T>(part: TextPart<T>): T {
      if (parts.has(part)) return parts.get(part) as T;
      const value = part.compute(scan);
      parts.set(part, value);
      return value;
    },
  };
  return scan;
}

/** `part` of the input's text: from the engine's shared scan when there is one for this text, else computed now. */
export function sharedPart<T>(input: DetectInput, part: TextPart<T>): T {
  const shared = input.shared;
  return (shared !== undefined && shared.text === input.text ? shared : createSharedScan(input.text)).get(part);
}
