/**
 * Look-alike letters folded to Latin in the normalised view: Cyrillic and Greek letters that render like
 * Latin ones (the classic IDN / keyword-filter evasion), plus a few Latin variants NFKC leaves alone.
 * Fullwidth forms and mathematical alphanumerics are already handled by NFKC.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic lower case
  ["а", "a"], ["в", "b"], ["с", "c"], ["ԁ", "d"], ["е", "e"], ["ё", "e"], ["һ", "h"], ["і", "i"], ["ї", "i"],
  ["ј", "j"], ["к", "k"], ["м", "m"], ["н", "h"], ["о", "o"], ["р", "p"], ["ԛ", "q"], ["г", "r"], ["ѕ", "s"],
  ["т", "t"], ["у", "y"], ["ԝ", "w"], ["х", "x"], ["ү", "y"], ["ӏ", "l"], ["ɡ", "g"],
  // Cyrillic upper case
  ["А", "A"], ["В", "B"], ["С", "C"], ["Е", "E"], ["Ё", "E"], ["Н", "H"], ["І", "I"], ["Ї", "I"], ["Ј", "J"],
  ["К", "K"], ["М", "M"], ["О", "O"], ["Р", "P"], ["Ѕ", "S"], ["Т", "T"], ["Х", "X"], ["У", "Y"], ["Ү", "Y"],
  ["Ԛ", "Q"], ["Ԝ", "W"], ["Ӏ", "I"],
  // Greek lower case
  ["α", "a"], ["β", "b"], ["ε", "e"], ["η", "n"], ["ι", "i"], ["κ", "k"], ["ν", "v"], ["ο", "o"], ["ρ", "p"],
  ["τ", "t"], ["υ", "u"], ["χ", "x"], ["γ", "y"], ["ϲ", "c"], ["ϳ", "j"], ["ω", "w"],
  // Greek upper case
  ["Α", "A"], ["Β", "B"], ["Ε", "E"], ["Ζ", "Z"], ["Η", "H"], ["Ι", "I"], ["Κ", "K"], ["Μ", "M"], ["Ν", "N"],
  ["Ο", "O"], ["Ρ", "P"], ["Τ", "T"], ["Υ", "Y"], ["Χ", "X"], ["Ϲ", "C"],
  // Latin variants and symbols that survive NFKC
  ["ı", "i"], ["ȷ", "j"], ["ɑ", "a"], ["ɩ", "i"], ["ʏ", "y"], ["ᴀ", "A"], ["ʙ", "B"], ["ᴄ", "C"], ["ᴅ", "D"],
  ["ᴇ", "E"], ["ɢ", "G"], ["ʜ", "H"], ["ɪ", "I"], ["ᴊ", "J"], ["ᴋ", "K"], ["ʟ", "L"], ["ᴍ", "M"], ["ɴ", "N"],
  ["ᴏ", "O"], ["ᴘ", "P"], ["ʀ", "R"], ["ꜱ", "S"], ["ᴛ", "T"], ["ᴜ", "U"], ["ᴠ", "V"], ["ᴡ", "W"], ["ᴢ", "Z"],
  ["‐", "-"], ["‑", "-"], ["‒", "-"], ["–", "-"], ["—", "-"], ["−", "-"], ["‘", "'"], ["’", "'"], ["‚", ","],
  ["“", '"'], ["”", '"'], ["„", '"'], ["＠", "@"], ["﹫", "@"], ["․", "."], ["。", "."], ["｡", "."],
];

/** Code point → Latin replacement. */
export const HOMOGLYPHS: ReadonlyMap<number, string> = new Map(PAIRS.map(([from, to]) => [from.codePointAt(0) ?? 0, to]));
