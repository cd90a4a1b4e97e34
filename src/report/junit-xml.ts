/**
 * A generic JUnit XML writer: suites of test cases → the `<testsuites>` document read by CI systems (Jenkins,
 * GitLab, GitHub test-reporter actions, Azure). Follows the de-facto schema of Ant/Surefire (`testsuites` >
 * `testsuite` > `testcase` with `failure` / `error` / `skipped`, `properties`, `system-out`).
 *
 * Text is XML-escaped and characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates,
 * U+FFFE/U+FFFF) are replaced with U+FFFD, so any string (model output included) gives a well-formed document.
 *
 * @example
 * const xml = formatJUnitXml([{ name: "warden scan", cases: [
 *   { name: "data/train.jsonl", classname: "warden.scan" },
 *   { name: "data/leak.csv", classname: "warden.scan", failure: { message: "2 findings", type: "secret", text: "line 3: …" } },
 * ] }], { name: "warden" });
 */

/** A failure or error of a case. */
export interface JUnitProblem {
  /** Short message (attribute). */
  message: string;
  /** Kind (attribute `type`), e.g. the category. */
  type?: string;
  /** Body text (details). */
  text?: string;
}

/** One test case. */
export interface JUnitCase {
  name: string;
  classname?: string;
  /** Duration in seconds. */
  time?: number;
  /** The case failed (an assertion: a finding, an attack that succeeded). */
  failure?: JUnitProblem;
  /** The case could not run (an I/O error, a bad response). */
  error?: JUnitProblem;
  /** The case was skipped (message optional). */
  skipped?: { message?: string };
  systemOut?: string;
  systemErr?: string;
  properties?: Record<string, string>;
}

/** One suite of cases. */
export interface JUnitSuite {
  name: string;
  cases: readonly JUnitCase[];
  /** ISO 8601 start time. */
  timestamp?: string;
  /** Duration in seconds (default: sum of the cases). */
  time?: number;
  hostname?: string;
  properties?: Record<string, string>;
}

// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;");
}

const attr = (name: string, value: string | number | undefined): string => (value === undefined ? "" : ` ${name}="${escapeXml(String(value))}"`);
const seconds = (t: number | undefined): string | undefined => (t === undefined || !Number.isFinite(t) || t < 0 ? undefined : t.toFixed(3));

function propertiesXml(props: Record<string, string> | undefined, indent: string): string[] {
  if (!props || Object.keys(props).length === 0) return [];
  return [`${indent}<properties>`, ...Object.entries(props).map(([k, v]) => `${indent}  <property${attr("name", k)}${attr("value", v)}/>`), `${indent}</properties>`];
}

function problemXml(tag: "failure" | "error", p: JUnitProblem, indent: string): string {
  const open = `${indent}<${tag}${attr("message", p.message)}${attr("type", p.type)}`;
  return p.text === undefined || p.text === "" ? `${open}/>` : `${open}>${escapeXml(p.text)}</${tag}>`;
}

function caseXml(c: JUnitCase, suite: string): string[] {
  const open = `    <testcase${attr("name", c.name)}${attr("classname", c.classname ?? suite)}${attr("time", seconds(c.time) ?? "0.000")}`;
  const body: string[] = [...propertiesXml(c.properties, "      ")];
  if (c.skipped) body.push(`      <skipped${attr("message", c.skipped.message)}/>`);
  if (c.failure) body.push(problemXml("failure", c.failure, "      "));
  if (c.error) body.push(problemXml("error", c.error, "      "));
  if (c.systemOut) body.push(`      <system-out>${escapeXml(c.systemOut)}</system-out>`);
  if (c.systemErr) body.push(`      <system-err>${escapeXml(c.systemErr)}</system-err>`);
  return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, "    </testcase>"];
}

/** Counts of a suite: tests, failures, errors, skipped. */
export function junitCounts(cases: readonly JUnitCase[]): { tests: number; failures: number; errors: number; skipped: number; time: number } {
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  let time = 0;
  for (const c of cases) {
    if (c.failure) failures++;
    if (c.error) errors++;
    if (c.skipped) skipped++;
    time += c.time && Number.isFinite(c.time) && c.time > 0 ? c.time : 0;
  }
  return { tests: cases.length, failures, errors, skipped, time };
}

/** Serialise suites as a JUnit XML document (UTF-8, trailing newline). */
export function formatJUnitXml(suites: readonly JUnitSuite[], opts: { name?: string } = {}): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 };
  const body: string[] = [];
  suites.forEach((s, id) => {
    const n = junitCounts(s.cases);
    const time = s.time ?? n.time;
    total.tests += n.tests;
    total.failures += n.failures;
    total.errors += n.errors;
    total.skipped += n.skipped;
    total.time += time;
    body.push(
      `  <testsuite${attr("name", s.name)}${attr("id", id)}${attr("tests", n.tests)}${attr("failures", n.failures)}${attr("errors", n.errors)}${attr("skipped", n.skipped)}${attr("time", seconds(time))}${attr("timestamp", s.timestamp)}${attr("hostname", s.hostname)}>`,
      ...propertiesXml(s.properties, "    "),
      ...s.cases.flatMap((c) => caseXml(c, s.name)),
      "  </testsuite>",
    );
  });
  lines.push(`<testsuites${attr("name", opts.name)}${attr("tests", total.tests)}${attr("failures", total.failures)}${attr("errors", total.errors)}${attr("skipped", total.skipped)}${attr("time", seconds(total.time))}>`, ...body, "</testsuites>");
  return `${lines.join("\n")}\n`;
}
