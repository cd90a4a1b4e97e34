/**
 * Words that hand something to a person: delivery and shipping labels, transfers, "for the attention of", in several
 * languages ("Zustellung an", "Enviar a", "Livrer à", "Stuur het naar", "a.n.", "Attn"), as data. The group after
 * one is its recipient when it holds a known given name or surname; places follow the same words ("Deliver to
 * Leeds"), which the detector checks apart.
 *
 * Several are also articles or prepositions of another language ("an" is English, "a" is Spanish, Italian and
 * English): the verb or noun before them is what makes them a cue, so the bare preposition is never listed.
 */
export const DELIVERY_CUES: readonly string[] = [
  // English
  "deliver to", "delivered to", "delivery to", "ship to", "shipped to", "shipping to", "send to", "sent to", "mail to", "post to",
  "recipient", "addressee", "consignee", "attn", "attention", "for the attention of", "care of", "c/o", "payable to", "pay to",
  "transfer to", "payment to", "wire to", "hand to",
  // German
  "zustellung an", "lieferung an", "liefern an", "versand an", "versenden an", "senden an", "schicken an", "geht an",
  "überweisung an", "zahlung an", "zu händen von", "zu händen", "z. hd.", "z.hd.", "zhd.", "empfänger", "empfängerin", "adressat",
  "absender", "absenderin",
  // French
  "livrer à", "livraison à", "envoyer à", "expédier à", "expédié à", "virement à", "à l'attention de", "à l’attention de",
  "a l'attention de", "destinataire", "expéditeur", "expéditrice",
  // Spanish
  "enviar a", "envío a", "envio a", "enviado a", "enviada a", "entregar a", "entrega a", "mandar a", "transferencia a",
  "a la atención de", "a/a", "destinatario", "destinataria", "remitente",
  // Italian
  "consegnare a", "consegna a", "spedire a", "spedizione a", "inviare a", "bonifico a", "all'attenzione di",
  "alla cortese attenzione di", "alla c.a. di", "c.a.", "mittente",
  // Portuguese
  "enviar para", "entregar para", "entregar a", "entrega para", "transferência para", "transferir para", "pix pra", "pix para",
  "aos cuidados de", "a/c", "destinatário", "destinatária", "remetente",
  // Dutch
  "leveren aan", "bezorgen bij", "verzenden naar", "sturen naar", "stuur naar", "stuur het naar", "overmaken naar", "overmaken aan",
  "t.a.v.", "ter attentie van", "ontvanger", "afzender",
  // Polish, Turkish, Indonesian, Vietnamese
  "wyślij do", "dostawa do", "przelew do", "odbiorca", "nadawca", "alıcı", "gönderen", "teslim alacak", "a.n.", "atas nama",
  "penerima", "pengirim", "kepada", "người nhận", "người gửi", "gửi cho", "giao cho",
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One of the cues right before a position, with an optional colon ("Deliver to: ", "Empfänger ", "a.n. "); matched on
 * the short window before a capitalised group, case-insensitively.
 */
export const DELIVERY_CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...DELIVERY_CUES].sort((a, b) => b.length - a.length).map((c) => escape(c).replace(/ /g, "[ \\t]+")).join("|")})[ \\t]*[:：]?[ \\t]*$`,
  "iu",
);
