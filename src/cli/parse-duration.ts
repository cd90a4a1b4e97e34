const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Parse a duration like `30d`, `1h`, `90m`, `45s`, `500ms` or `1h30m` into milliseconds; undefined when it is
 * not one (a bare number is refused: the unit must be explicit).
 */
export function parseDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) total += Number(m[1]) * (UNITS[m[2] as string] as number);
  return Number.isFinite(total) ? Math.round(total) : undefined;
}
