/** A PostgreSQL schema name Warden accepts from configuration: an unquoted identifier (letters, digits, `_`). */
export const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Throws unless `schema` is a {@link SCHEMA_NAME}; returns it. */
export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name '${schema}' (letters, digits, _)`);
  return schema;
}

/** A quoted SQL identifier. */
export const quoteIdent = (s: string): string => `"${s.replaceAll('"', '""')}"`;
