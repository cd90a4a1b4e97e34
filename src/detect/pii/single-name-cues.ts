/**
 * Cues that make one known given name (alone, mid-sentence) a person: a kinship, household or trade word just before
 * it ("my grandfather, Orrin", "our neighbour Tamsin", "the plumber Dmitri", "meine Tochter Ilse", "mi sobrina
 * Paloma"), or a phone number or e-mail address just after it, as in a contact list ("Kasia +48 601 ..., Ingvar
 * +46 70 ..."). Tested on the 32 characters before and the 30 after a capitalised group (person-location-detector.ts).
 */
export const KIN_BEFORE =
  /(?<![\p{L}])(?:grand(?:father|mother|ma|pa|dad|son|daughter)|granny|nana|uncle|aunt|auntie|aunty|cousin|nephew|niece|partner|fianc[ée]e?|boyfriend|girlfriend|ex|husband|wife|son|daughter|brother|sister|step(?:son|daughter|mother|father)|neighbou?r|flatmate|roommate|housemate|landlord|landlady|plumber|electrician|builder|cleaner|babysitter|nanny|tutor|coach|boss|sohn|tochter|bruder|schwester|opa|oma|onkel|tante|enkel|enkelin|nachbar|nachbarin|hijo|hija|hermano|hermana|abuelo|abuela|sobrino|sobrina|primo|prima|vecino|vecina|fils|fille|frère|sœur|grand-père|grand-mère|oncle|cousine|voisin|voisine|figlio|figlia|fratello|sorella|nonno|nonna|zio|zia|cugino|cugina|filho|filha|irmão|irmã|avô|avó|zoon|dochter|broer|zus|buurman|buurvrouw|épouse|époux|conjointe?|ehefrau|ehemann|gattin|gatte|lebensgefährtin|lebensgefährte|esposa|esposo|marido|moglie|marito|filha|filho|irmã|irmão|echtgenote|echtgenoot|córka|żona|mąż|dotter|datter|hustru|tytär|vaimo|lánya|felesége|férje|dcera|manželka|manžel)[ \t]*,?[ \t]+$/iu;

/** A phone number (international or trunk-prefixed) or an e-mail address right after the name. */
const CONTACT_AFTER = /^[ \t]*[:(–—-]?[ \t]*(?:\+\d{1,3}[ \t(]*\d|\(?0\d{1,4}\)?[ \t-]?\d{2,}|[A-Za-z0-9._%+-]{1,40}@[A-Za-z0-9-]+\.)/;

/** Words before a number that label it ("Tel", "Bel", "Mobil", "Fon"), some of them also given names in the lists. */
export const CONTACT_LABELS: ReadonlySet<string> = new Set(["tel", "tél", "tlf", "tlf.", "bel", "mob", "mobil", "mobile", "handy", "cell", "fon", "phone", "puh", "call", "ring", "fax", "whatsapp", "sms", "text", "email", "mail", "gsm", "ph", "hp", "cel", "celular", "telefon", "telefone", "teléfono", "telefono"]);

/** One given name followed by its phone number or e-mail address (not a label before a number, not "Tel." or "Tel:"). */
export function contactAfterName(word: string, after: string): boolean {
  if (word.length < 3 || CONTACT_LABELS.has(word.toLowerCase())) return false;
  const c = after.charCodeAt(0);
  if (c === 46 || c === 58) return false;
  return CONTACT_AFTER.test(after);
}
