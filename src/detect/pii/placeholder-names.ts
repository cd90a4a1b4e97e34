import { lineStartWithin } from "./line-bounds.js";

/**
 * Names that stand for anyone: the placeholders of forms, templates and test data ("John Doe", "Joe Bloggs", "Max
 * Mustermann", "Fulano de Tal") and the field labels written where a name goes ("Nombre Apellido", "Vorname
 * Nachname", "Firstname Lastname"). A real person is rarely called that; these name no one.
 */
const PLACEHOLDERS = new Set(
  [
    "john doe", "jane doe", "baby doe", "richard roe", "jane roe", "john q. public", "john q public", "joe bloggs", "jane bloggs",
    "joe public", "max mustermann", "erika mustermann", "maxime mustermann", "otto normalverbraucher", "fulano de tal", "fulana de tal",
    "fulano", "beltrano", "sicrano", "mengano", "zutano", "tizio caio", "nombre apellido", "nombre apellidos", "vorname nachname",
    "prénom nom", "prenom nom", "nome cognome", "imię nazwisko", "voornaam achternaam", "förnamn efternamn", "fornavn etternavn",
    "first last", "firstname lastname", "first name last name", "your name", "full name", "name surname", "nome sobrenome",
  ],
);

/** The words of a name group (a title in front left out) are a placeholder. */
export function isPlaceholderName(s: string): boolean {
  if (s.length > 40) return false;
  return PLACEHOLDERS.has(s.replace(/\s+/g, " ").trim().toLowerCase());
}

/**
 * The "everyman" names of forms in many languages ("Mario Rossi", "Jan Kowalski", "Jean Dupont", "Ola Nordmann"):
 * real people carry them too, so they are placeholders only where the line says it shows an example.
 */
const EXAMPLE_NAMES = new Set(
  [
    "mario rossi", "maria rossi", "jan kowalski", "anna kowalska", "jan jansen", "jan modaal", "piet jansen", "jean dupont",
    "marie dupont", "juan pérez", "juan perez", "maría pérez", "joão da silva", "josé da silva", "ola nordmann", "kari nordmann",
    "matti meikäläinen", "maija meikäläinen", "sven svensson", "anders andersson", "jens hansen", "jón jónsson",
    "guðrún jónsdóttir", "ivan ivanov", "erika musterfrau", "hans muster", "petra muster",
  ],
);
/** Words that say an example or a template follows, in the languages of the name lists. */
export const EXAMPLE_CUE = /(?:^|[^\p{L}])(?:example|e\.g\.|sample|template|beispiel|muster|exemple|ejemplo|esempio|exemplo|voorbeeld|przykład|exempel|eksempel|esimerkki|dæmi|ví dụ|örnek|příklad)[ \t]*[:：]/iu;

/**
 * A name that stands for anyone on an example line: an everyman name of the list, or one ending in a single letter
 * ("Nguyễn Văn A", "Trần Thị B"), after an example cue earlier on its line ("Esempio: Mario Rossi, Via Roma 1").
 */
export function isExampleName(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end).replace(/\s+/g, " ").trim();
  if (name.length > 40) return false;
  const letterLast = /^\S+(?: \S+)+ \p{Lu}$/u.test(name);
  if (!letterLast && !EXAMPLE_NAMES.has(name.toLowerCase())) return false;
  const ls = Math.max(lineStartWithin(text, start, 80), start - 80);
  return EXAMPLE_CUE.test(text.slice(ls, start));
}
