/**
 * Where a match of the obfuscated-e-mail gate (`HINT` in obfuscated-email.ts) can start, as keywords of the engine's
 * shared keyword pass: the first three characters of a bracketed "at"/"@"/"dot" (`[at]`, `( at )`, `{@}`, `<dot>`),
 * and "dot" itself, whose gate match starts one character earlier (the white space before it).
 */
export const OBFUSCATED_EMAIL_KEYWORDS: readonly string[] = [..."[({<"].flatMap((b) => [
  `${b}at`, `${b} a`, `${b}@]`, `${b}@)`, `${b}@}`, `${b}@>`, `${b}@ `, `${b} @`, `${b}do`, `${b} d`,
]);

/** The spelled-out dot keyword: a gate match starts at the white-space character before it. */
export const SPELLED_DOT_KEYWORD = "dot";

/**
 * The e-mail context words of the obfuscated forms (`CONTEXT` in obfuscated-email.ts), "write to" cut to "write": the
 * shared keyword pass finds where a context match can have its word.
 */
export const EMAIL_CONTEXT_WORDS: readonly string[] = ["email", "e-mail", "mail", "contact", "reach", "write to", "address"];
export const EMAIL_CONTEXT_KEYWORDS: readonly string[] = EMAIL_CONTEXT_WORDS.map((w) => w.split(" ")[0] as string);
