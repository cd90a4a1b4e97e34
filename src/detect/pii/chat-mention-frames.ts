/**
 * Where a message of a chat log between people names someone who is not one of its speakers, by the frame around
 * the name rather than by a list: people ask each other for a third person's number, e-mail or address ("nummer van
 * femke", "numero di chiara", "cel de lupita", "number ni tintin", "rakam nour", "pinky ka number", "toms email",
 * "ecemin numarası", "peti számát", "수빈이 번호", "阿强的电话"). chat-log-names.ts calls this only once a text is
 * known to be a conversation between people; the caller still tests each word (no ordinary word, role or function
 * word) before reporting it.
 */

/** Contact nouns in the languages chats are typed in (Latin letters, lower case as chat types them). */
const CONTACT =
  "number|numbers|nummer|nummern|numer|numeru|numero|número|numéro|numer|nr|nro|cel|cell|celu|celular|movil|móvil|mobil|mobile|handy|" +
  "telefon|telefone|telefono|teléfono|telefoonnummer|telefonnummer|tlf|phone|mail|email|e-mail|rib|iban|pix|wsp|whatsapp|wa|insta|" +
  "contact|contacto|contato|contatto|kontakt|kontaktet|adresse|address|addy|adres|adresa|indirizzo|dirección|direccion|endereço|" +
  "rakam|raqam|nomor|numara|numarası|numarasını|számát|száma|telefonszámát|broj|číslo|cislo|numbri|mobiili";

/** Contact nouns in a possessed form, which say that the word before them is their owner (Hungarian "peti számát"). */
const POSSESSED = "számát|száma|telefonszámát|telefonszáma|címét|címe";

/** Prepositions of "the number of X" ("van", "di", "de", "do", "ni" in Tagalog, "od" in Slavic languages). */
const OF = "of|for|van|von|vom|di|de|del|do|da|dla|od|ng|ni|kay|na|fra|från|til|för|på|à|a|pro|pra|para";

/**
 * Contact noun, "of", then the name: "nummer van femke", "cel de lupita"; without "of" only after the nouns of
 * languages that join a possessor straight to the noun (Arabic "rakam nour", Malay/Indonesian "nomor tika").
 */
const NOUN_OF_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:${CONTACT})[ \\t]+(?:${OF})|rakam|raqam|nomor|nombor|no\\.? hp)[ \\t]+([\\p{Ll}][\\p{Ll}\\p{M}'’-]{1,19})(?![\\p{L}\\p{M}\\p{N}@_])`,
  "gu",
);

/**
 * The name, an optional possessive word, then the contact noun: "toms email", "tom's email", "pinky ka number",
 * "ecemin numarası" (Turkish genitive), "peti számát". A glued possessive ending is taken off by the caller, which
 * knows which form is a name (`POSSESSIVE_ENDINGS`).
 */
const NAME_OF_NOUN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}@_.])([\\p{Ll}][\\p{Ll}\\p{M}'’-]{1,21})(?:[ \\t]+(ka|ki|ke|ko))?[ \\t]+(?:(${POSSESSED})|${CONTACT})(?![\\p{L}\\p{M}])`,
  "gu",
);

/** Possessive endings glued to a name, longest first: English "'s" and "s", the Turkish genitive. */
export const POSSESSIVE_ENDINGS: readonly string[] = ["'s", "’s", "'in", "’in", "'ın", "’ın", "nin", "nın", "nun", "nün", "in", "ın", "un", "ün", "s"];

/** A Korean given name (two or three syllables) with the familiar suffix 이, then a contact noun: "수빈이 번호"
 * (a noun with a case particle, "회사의 주소", is no name). */
const HANGUL_NAME_OF_NOUN = /(?<!\p{Script=Hangul})(\p{Script=Hangul}{2,3}?)이[ \t]*(?:번호|연락처|전화번호|전번|폰번호|주소|이메일|카톡)/gu;

/**
 * A Chinese nickname, 阿 and one or two characters ("阿强", "阿欣"), before the possessive 的/個/嘅 or a contact noun;
 * kinship and place words formed the same way are no nicknames ("阿姨", "阿婆", "阿里").
 */
const HAN_NICKNAME = /(?<!\p{Script=Han})(阿\p{Script=Han}{1,2}?)(?:的|個|个|嘅)?(?:电话|電話|手机|手機|号码|號碼|微信|地址|邮箱|郵箱|電郵|联系方式|聯絡)/gu;
const HAN_NOT_NICKNAMES = new Set(["阿姨", "阿婆", "阿公", "阿嬤", "阿嬷", "阿爸", "阿妈", "阿媽", "阿哥", "阿姐", "阿伯", "阿叔", "阿嫂", "阿拉", "阿里", "阿根", "阿联", "阿聯"]);

/** One name found in a frame: where it starts and ends in the message. */
export interface FramedMention {
  start: number;
  end: number;
  /** Latin or Cyrillic lower-case word the caller must still test; Hangul and Han frames are complete. */
  needsWordTest: boolean;
  /** The word owns the contact noun after it ("toms email", "pinky ka number"); otherwise it follows "of". */
  possessive: boolean;
  /** Said by the frame itself: a separate possessive word ("ka") or a noun in its possessed form ("számát"). */
  possessedNoun: boolean;
}

/** The names the frames above find in one message (offsets relative to the message). */
export function chatMentionFrames(msg: string): FramedMention[] {
  const out: FramedMention[] = [];
  for (const m of msg.matchAll(NOUN_OF_NAME)) {
    const w = m[1]!;
    const s = m.index + m[0].lastIndexOf(w);
    out.push({ start: s, end: s + w.length, needsWordTest: true, possessive: false, possessedNoun: false });
  }
  for (const m of msg.matchAll(NAME_OF_NOUN)) {
    const w = m[1]!;
    out.push({ start: m.index, end: m.index + w.length, needsWordTest: true, possessive: true, possessedNoun: m[2] !== undefined || m[3] !== undefined });
  }
  const whole = { needsWordTest: false, possessive: false, possessedNoun: false };
  for (const m of msg.matchAll(HANGUL_NAME_OF_NOUN)) out.push({ start: m.index, end: m.index + m[1]!.length, ...whole });
  for (const m of msg.matchAll(HAN_NICKNAME)) {
    if (HAN_NOT_NICKNAMES.has(m[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[1]!.length, ...whole });
  }
  return out;
}
