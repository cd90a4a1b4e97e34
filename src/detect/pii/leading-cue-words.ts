/**
 * Capitalised words that lead a name in one capitalised group but are no part of it: kinship words of languages that
 * capitalise nouns or start a line with them ("Tochter Martina", "Épouse Yvette", "Ehefrau Petra") and salutations
 * of letters and messages ("Tisztelt Kovács Zsuzsanna", "Moien Gilles", "Kedves Anna", "Geachte Jansen"). The
 * person-location scanner drops them from the group like a cue word and reads them as the cue before the name, so a
 * given name after a kinship word or a greeting scores by that cue (single-name-cues.ts `KIN_BEFORE`, the greeting
 * patterns) and the span holds only the name.
 */
export const LEADING_CUE_WORDS: ReadonlySet<string> = new Set([
  // kinship (German nouns are capitalised; the others at a sentence or line start)
  "Tochter", "Sohn", "Ehefrau", "Ehemann", "Gattin", "Gatte", "Lebensgefährtin", "Lebensgefährte", "Schwester", "Bruder", "Mutter",
  "Vater", "Enkelin", "Enkel", "Nichte", "Neffe", "Épouse", "Époux", "Fille", "Fils", "Sœur", "Frère", "Mère", "Père", "Conjoint",
  "Conjointe", "Hija", "Hijo", "Esposa", "Esposo", "Marido", "Hermana", "Hermano", "Figlia", "Figlio", "Moglie", "Marito",
  "Sorella", "Fratello", "Filha", "Filho", "Irmã", "Irmão", "Dochter", "Zoon", "Echtgenote", "Echtgenoot", "Córka", "Syn", "Żona",
  "Mąż", "Dotter", "Datter", "Hustru", "Tytär", "Poika", "Vaimo", "Lánya", "Fia", "Felesége", "Férje", "Dcera", "Manželka", "Manžel",
  // salutations that the lists or capitalisation would otherwise join to the name
  "Tisztelt", "Kedves", "Moien", "Léif", "Léiwen", "Szia", "Dragă", "Stimate", "Stimată", "Vážený", "Vážená", "Milý", "Milá",
  "Poštovani", "Poštovana", "Poštovanie", "Spoštovani", "Spoštovana", "Gerbiamas", "Gerbiama", "Cienījamais", "Cienījamā",
  "Lugupeetud", "Hyvä", "Kära", "Käre", "Geachte", "Beste", "Kedves",
]);
