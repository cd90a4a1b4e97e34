import { registerDetector, type DetectorDefinition } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";

const ID = "code.source";

/** Line starts typical of code in common languages (after indentation). */
const CODE_START =
  /^(?:import\s|from\s+\S+\s+import\s|export\s|const\s|let\s|var\s|function[\s*(]|async\s+function|def\s|class\s+[A-Z_a-z]|return\b|if\s*\(|for\s*\(|while\s*\(|switch\s*\(|else\b|elif\s|try\s*[:{]|catch\s*\(|except\b|#include\s|#define\s|package\s|public\s|private\s|protected\s|static\s|fn\s|func\s|use\s+[a-z_:]+;|pub\s|impl\s|struct\s|enum\s|interface\s|type\s+\w+\s*=|SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|CREATE\s+TABLE|@\w+[(\s]|\/\/|\/\*|\*\/|<\?php|#!\/|for\s+\w+(?:,\s*\w+)*\s+in\s|(?:if|elif|while|with)\s.+:$|\}|\)|\]\s*[;,)]?$)/;
/** Tokens that almost never occur in prose. */
const CODE_TOKEN = /"""|'''|=>|->|::|===|!==|==|!=|&&|\|\||\+\+|\+=|-=|\(\)|\);|\{$|\bnull\b|\bnil\b|\bself\.|\bthis\.|\w\(\w*[,)]|\w\[\w*\]|=\s*[\w"'[{(]/;
/** Starts that are code on their own. */
const STRONG_START = /^(?:import|from|#include|def|class|package|fn|func|<\?php)\b/;
/** Upper-case SQL clauses (case-sensitive: prose does not shout). */
const SQL = /^(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE (?:TABLE|INDEX|VIEW)|ALTER TABLE|DROP TABLE|WHERE|FROM|JOIN|LEFT JOIN|INNER JOIN|GROUP BY|ORDER BY|HAVING|LIMIT|VALUES|WITH)\s/;
/** Line ends typical of code. */
const CODE_END = /[;{}]$|[)\]]\s*[;:,]?$|:$/;
/** A JSON object / array line (e.g. a JSON log record): structured data, not source code. */
const JSON_LINE = /^[[{]\s*"|^"[^"]+"\s*:/;
const FENCE = /^\s*(```|~~~)\s*([A-Za-z0-9_+#.-]*)/;

/** Minimum code-like lines in a block, and their share of non-empty lines. */
const MIN_LINES = 3;
const MIN_RATIO = 0.6;

function isCodeLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 400) return false;
  if (JSON_LINE.test(t)) return false;
  const start = CODE_START.test(t);
  const end = CODE_END.test(t);
  const indented = line.length > t.length && (line.startsWith("  ") || line.startsWith("\t")) && !/^[-*+>]|^\d+[.)]\s/.test(t);
  // Prose can end with ':' or ')' or start with "if (" once; two signals together are code. The code-token signal
  // is the one that scans the whole line, so it is only tested when it decides (one other signal): a prose line
  // (no start, end or indent) never pays for it.
  const signals = (start ? 1 : 0) + (end ? 1 : 0) + (indented ? 1 : 0);
  if (signals >= 2 || (signals === 1 && CODE_TOKEN.test(t))) return true;
  return (start && STRONG_START.test(t)) || SQL.test(t);
}

interface Block {
  start: number;
  end: number;
  codeLines: number;
  nonEmpty: number;
  fenced: boolean;
  lang: string;
}

function scoreBlock(b: Block): number {
  if (b.fenced) return b.lang !== "" || b.codeLines >= 1 ? Math.min(0.95, 0.75 + 0.05 * b.codeLines) : 0.55;
  const ratio = b.codeLines / Math.max(1, b.nonEmpty);
  return Math.min(0.95, 0.45 + 0.05 * Math.min(b.codeLines, 6) + 0.2 * ratio);
}

/**
 * Finds source code by line structure: blocks of at least 3 code-like lines (statement starts such as
 * `import`/`def`/`const`, code-only tokens such as `=>` or `();`, line ends such as `;` or `{`) that make up
 * at least 60% of the block's non-empty lines, and fenced Markdown code blocks. JSON records are not code.
 * One linear pass over the lines; no regex runs over the whole text.
 */
export const sourceCodeDetector: DetectorDefinition = {
  meta: {
    id: ID,
    category: "code",
    entityTypes: ["SOURCE_CODE"],
    languages: ["*"],
    version: "1",
    description: "Source code blocks, by line-structure heuristics and Markdown fences",
  },
  parseOptions: () => ({}),
  create: () => ({
    meta: sourceCodeDetector.meta,
    detect(input): Finding[] {
      const text = input.text;
      const out: Finding[] = [];
      let block: Block | undefined;
      let fence: { marker: string; start: number; lang: string; codeLines: number; nonEmpty: number } | undefined;
      let gap = 0;
      let prose = 0;
      const flush = (): void => {
        if (block && block.codeLines >= MIN_LINES && block.codeLines / block.nonEmpty >= MIN_RATIO) {
          out.push({
            detector: ID,
            category: "code",
            type: "SOURCE_CODE",
            start: block.start,
            end: block.end,
            score: scoreBlock(block),
            explanation: `${block.codeLines} lines with code structure`,
          });
        }
        block = undefined;
      };
      for (let pos = 0; pos <= text.length; ) {
        let nl = text.indexOf("\n", pos);
        if (nl < 0) nl = text.length;
        const line = text.slice(pos, nl);
        const lineEnd = line.endsWith("\r") ? nl - 1 : nl;
        const fm = line.length < 40 ? FENCE.exec(line) : null;
        if (fence) {
          if (fm && fm[1] === fence.marker && (fm[2] ?? "") === "") {
            const b: Block = { start: fence.start, end: lineEnd, codeLines: fence.codeLines, nonEmpty: fence.nonEmpty, fenced: true, lang: fence.lang };
            if (b.lang !== "" || b.codeLines >= 1) out.push({ detector: ID, category: "code", type: "SOURCE_CODE", start: b.start, end: b.end, score: scoreBlock(b), explanation: `fenced code block${b.lang ? ` (${b.lang})` : ""}` });
            fence = undefined;
          } else if (line.trim() !== "") {
            fence.nonEmpty++;
            if (isCodeLine(line)) fence.codeLines++;
          }
        } else if (fm) {
          flush();
          fence = { marker: fm[1] ?? "```", start: pos, lang: fm[2] ?? "", codeLines: 0, nonEmpty: 0 };
        } else if (line.trim() === "") {
          // Blank lines inside code are normal; two in a row end a block.
          if (++gap >= 2) flush();
        } else {
          const afterBlank = gap > 0;
          gap = 0;
          const code = isCodeLine(line);
          if (code) {
            prose = 0;
            const first = line.length - line.trimStart().length;
            block ??= { start: pos + first, end: lineEnd, codeLines: 0, nonEmpty: 0, fenced: false, lang: "" };
            block.codeLines++;
            block.nonEmpty++;
            block.end = lineEnd;
          } else if (block) {
            // A paragraph after a blank line, or two prose lines in a row, start a new section.
            if (afterBlank || ++prose >= 2 || (block.nonEmpty >= 3 && block.codeLines / (block.nonEmpty + 1) < MIN_RATIO)) {
              flush();
              prose = 0;
            } else block.nonEmpty++;
          }
        }
        pos = nl + 1;
      }
      flush();
      return out;
    },
  }),
};

/** The source-code detector, bound for registries. */
export const sourceCode = registerDetector(sourceCodeDetector);
