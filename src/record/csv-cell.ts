/**
 * One CSV cell of an audit export: RFC 4180 quoting, objects as JSON, and a leading `=`, `+`, `-`, `@`, tab or carriage
 * return prefixed with `'`, so that a spreadsheet opening the export never runs a caller-controlled value (a model
 * name, a request id) as a formula.
 */
export function csvCell(v: unknown): string {
  let s = v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
