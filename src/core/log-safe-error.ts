/**
 * A message without what it quotes: parsers and drivers quote the input they failed on, which logs must not hold.
 * Everything from the first quote character on goes: a quoted snippet may itself hold quote characters, which
 * breaks any pairing (JSON.parse on `'AKIA…` says: Unexpected token ''', "'AKIAZ3MHQ"... is not valid JSON).
 */
export function withoutQuotes(message: string): string {
  const q = message.search(/["'`“”‘’]/);
  return q < 0 ? message : `${message.slice(0, q)}…`;
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
