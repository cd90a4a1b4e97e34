/**
 * Mask a sensitive value for display: keep the first and last characters (fewer for short values) and replace
 * the rest with `*`, one per code point so the length stays visible. Values of 4 code points or fewer are fully
 * masked.
 *
 * @example maskValue("john@example.com") // "jo************om"
 */
export function maskValue(value: string): string {
  const cps = [...value];
  const n = cps.length;
  if (n <= 4) return "*".repeat(n);
  const keep = n >= 12 ? 2 : 1;
  return cps.slice(0, keep).join("") + "*".repeat(n - 2 * keep) + cps.slice(n - keep).join("");
}
