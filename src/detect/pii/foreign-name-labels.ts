/**
 * Labels of other languages that name the person after them on forms, letters, tickets and shipping labels
 * ("Ansprechpartnerin: Kerstin Wolff", "Interlocuteur : Gaëtan Roux", "Ad Soyad: Mehmet Yıldırım"), as data.
 * CJK and Hangul labels (担当者, 联系人, 담당자, …) are cues of `script-names.ts`; these are the Latin-script ones.
 * Generic words among them ("Responsable", "Nom", "Contacto") also head a department, a file or a mailbox, so a
 * label is a cue only with its colon, and the value still needs a known name part (see the detector).
 */
export const FOREIGN_NAME_LABELS: readonly string[] = [
  // German
  "ansprechpartner", "ansprechpartnerin", "kontaktperson", "kontakt", "sachbearbeiter", "sachbearbeiterin", "vorname", "nachname", "familienname", "empfänger", "empfängerin",
  // French
  "responsable", "interlocuteur", "interlocutrice", "contact", "nom", "prénom", "destinataire",
  // Spanish
  "contacto", "persona de contacto", "nombre", "apellido", "apellidos", "nombre y apellidos", "destinatario", "destinataria",
  // Italian
  "referente", "nome", "cognome", "nome e cognome", "destinatario",
  // Portuguese
  "responsável", "nome", "nome completo", "destinatário", "destinatária",
  // Dutch
  "contactpersoon", "naam", "ontvanger",
  // Polish
  "osoba kontaktowa", "imię i nazwisko", "imię", "nazwisko", "odbiorca",
  // Turkish
  "ad soyad", "adı soyadı", "ad", "soyad", "yetkili", "yetkili kişi", "alıcı",
  // Vietnamese
  "người liên hệ", "họ tên", "họ và tên", "người nhận",
  // Nordic, Finnish, Czech/Slovak, Hungarian, Romanian, Croatian/Serbian/Slovene, Indonesian/Malay
  "navn", "fullt navn", "fulde navn", "namn", "fullständigt namn", "nimi", "koko nimi", "jméno", "jméno a příjmení", "meno", "név", "teljes név",
  "nume", "prenume", "nume complet", "ime", "ime i prezime", "prezime", "nama", "nama lengkap",
];

const LABEL_SET: ReadonlySet<string> = new Set(FOREIGN_NAME_LABELS);
/** The longest label in words: how far back a leading-label check looks inside a group. */
const MAX_LABEL_WORDS = FOREIGN_NAME_LABELS.reduce((m, l) => Math.max(m, l.split(" ").length), 1);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One of the labels and its colon (ASCII or full-width) right before a position; checked on a short window. */
export const FOREIGN_NAME_LABEL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...LABEL_SET].sort((a, b) => b.length - a.length).map((l) => escape(l).replace(/ /g, "[ \\t]+")).join("|")})[ \\t]*[:：][ \\t]*$`,
  "iu",
);

/**
 * How many leading words of a group of capitalised words are a label ("Ad Soyad Mehmet Yıldırım" -> 2,
 * "Ansprechpartnerin: …" -> 1), or 0. A label counts when a colon follows it or more words follow on the group;
 * the label itself is never a name. Looks at no more than the label's own words.
 */
export function leadingLabelWords(words: readonly string[], colonAfter: (i: number) => boolean): number {
  for (let n = Math.min(MAX_LABEL_WORDS, words.length); n >= 1; n--) {
    if (!LABEL_SET.has(words.slice(0, n).join(" ").toLocaleLowerCase())) continue;
    if (n < words.length || colonAfter(n - 1)) return n;
  }
  return 0;
}

/**
 * Words heading a department, team or mailbox in the same languages ("Responsable : Service Client", "Referente:
 * Ufficio Acquisti", "Yetkili: Satış Departmanı"): a label's value that starts with one names no person.
 */
export const DEPARTMENT_HEADS: ReadonlySet<string> = new Set([
  "abteilung", "buchhaltung", "vertrieb", "kundenservice", "kundendienst", "einkauf", "personalabteilung", "team", "zentrale", "geschäftsführung",
  "service", "département", "departement", "équipe", "direction", "comptabilité", "support", "secrétariat",
  "servicio", "departamento", "equipo", "atención", "soporte", "ventas", "compras", "administración", "oficina",
  "ufficio", "servizio", "reparto", "assistenza", "amministrazione", "segreteria", "acquisti", "vendite",
  "serviço", "setor", "equipa", "atendimento", "suporte", "vendas", "secretaria",
  "afdeling", "klantenservice", "dienst", "administratie", "inkoop", "verkoop",
  "dział", "biuro", "obsługa", "sekretariat", "zespół",
  "satış", "muhasebe", "departmanı", "departman", "birimi", "müşteri", "destek", "ekibi",
  "phòng", "bộ",
]);
