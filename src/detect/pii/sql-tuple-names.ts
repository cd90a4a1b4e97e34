/**
 * Given name and surname as neighbouring literals of an SQL `INSERT … VALUES` tuple without a column list
 * ("INSERT INTO employees VALUES (101, 'Hope', 'Mwangi', …)"): a quoted known given name followed by a quoted
 * capitalised word that is a surname of the lists or no ordinary word is a person's two name fields, even when the
 * given name is also a word ("Hope", "Rose"). Statements with a column list are read by their columns
 * (`sql-value-cell.ts`).
 */
import type { Gazetteers } from "./gazetteers.js";
import type { PiiHit } from "./pii-detector.js";

const INSERT_VALUES = /\binsert\s+into\s+[^\s(;]{1,128}\s+values\s*\(/gi;
const PAIR = /(?<=[(,]\s*)'(\p{Lu}[\p{Ll}'’-]{1,30})'\s*,\s*'(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?)'(?=\s*[,)])/guy;
/** How far the tuples of one statement are read. */
const SPAN = 4000;

export function sqlTupleNames(text: string, g: Gazetteers, out: PiiHit[]): void {
  if (text.length > 1_000_000 || !/\binsert\s+into\b/i.test(text)) return;
  INSERT_VALUES.lastIndex = 0;
  for (let m = INSERT_VALUES.exec(text); m; m = INSERT_VALUES.exec(text)) {
    let end = text.indexOf(";", m.index);
    if (end < 0 || end > m.index + SPAN) end = Math.min(text.length, m.index + SPAN);
    for (let i = m.index + m[0].length - 1; i < end; i++) {
      if (text.charCodeAt(i) !== 39) continue;
      PAIR.lastIndex = i;
      const p = PAIR.exec(text);
      if (!p) continue;
      const given = p[1]!;
      const family = p[2]!;
      const familyWords = family.split(" ");
      const familyOk = familyWords.every((w) => g.surnames.has(w) || !g.commonWords.has(w.toLowerCase()));
      if (g.firstNames.has(given) && familyOk && !g.commonWords.has(family.toLowerCase())) {
        const gs = p.index + 1;
        const fs = p.index + p[0].lastIndexOf(family);
        out.push({ type: "PERSON", start: gs, end: gs + given.length, score: 0.75, explanation: "given name beside a surname in an SQL VALUES tuple" });
        out.push({ type: "PERSON", start: fs, end: fs + family.length, score: 0.75, explanation: "surname beside a given name in an SQL VALUES tuple" });
      }
      i = p.index + p[0].length - 1;
    }
    INSERT_VALUES.lastIndex = Math.max(INSERT_VALUES.lastIndex, end);
  }
}
