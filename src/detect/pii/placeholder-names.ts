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
