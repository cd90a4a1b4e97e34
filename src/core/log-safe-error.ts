/** Quoted parts of a message (`Unexpected token 'A', "AKIAZ3MHQ7"... is not valid JSON`, "Invalid value: 'x'"). */
const QUOTED = /"[^"]*"|'[^']*'|`[^`]*`|“[^”]*”|‘[^’]*’/g;

/** A message without what it quotes: parsers and drivers quote the input they failed on, which logs must not hold. */
export function withoutQuotes(message: string): string {
  return message.replace(QUOTED, "…");
}

/**
 * An error as it may be logged: name, message and stack with quoted parts removed (the stack's first line repeats
 * the message), so a JSON.parse failure on an upstream body or a driver error quoting a value leaves no value behind.
 */
export function logSafeError(err: unknown): { name: string; message: string; stack?: string } | undefined {
  if (!(err instanceof Error)) return undefined;
  const message = withoutQuotes(err.message);
  const frames = err.stack?.split("\n").filter((line) => /^\s+at /.test(line));
  return { name: err.name, message, ...(frames ? { stack: [`${err.name}: ${message}`, ...frames].join("\n") } : {}) };
}
