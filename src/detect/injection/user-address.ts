/**
 * The user's own words to their assistant at the start of a message: "Note to the AI assistant: please answer in
 * Spanish", "Hey AI, keep my dietary restrictions in mind", "Nota para el asistente: …", "Заметка для ассистента: …",
 * "给助手的备注：…", "アシスタントへのメモ：…".
 *
 * A note addressed to an AI is evidence of indirect injection in a document or a tool result (someone other than the
 * user speaking to the model that reads it); at the start of the user's own message it is the user speaking, and what
 * the note asks is theirs to ask. The scorer blanks such a leading address in the first sentence of a user message
 * (never in tool results) and scores the rest: an override, an extraction or a persona in the rest is still found by
 * the rules that look for those, whoever is addressed.
 *
 * Not a leading address: an AI named with what it is doing to the content ("AI reading this page", "any model
 * summarising this"), which is how notes planted in documents speak; and a bare role label ("Assistant: …", a fake
 * conversation turn), unless the text after it is a polite request ("AI helper: please …").
 *
 * Patterns run on the rule view (lowercase, Latin accents folded; see featurizer.ts `ruleView`).
 */

const GREETING = String.raw`(?:(?:hi|hey|hello|dear|ok|okay|good (?:morning|afternoon|evening)|hola|querid[oa]|ola|oi|ciao|caro|cara|hallo|liebe[rs]?|bonjour|salut|cher|chere|hoi|beste|hej|привет|здравствуй(?:те)?|дорогой|вітаю|привіт|czesc|drogi|halo|hai)[ ,!]+)?`;

/** "(a quick) note / message / reminder / request (to|for) (the|my)" and the same in other Latin-script languages. */
const NOTE = String.raw`(?:(?:a |my |one |small |quick |little |short |petite |courte |kleine[rn]? |kurze[rn]? )?(?:note|message|reminder|request|memo|heads[- ]up|pointer|hinweis|notiz|anmerkung|nachricht|bitte|remarque|rappel|mot|nota|mensaje|aviso|recordatorio|messaggio|promemoria|mensagem|lembrete|recado|notitie|opmerking|bericht|briefje|anteckning|notering|meddelande|notatka|uwaga|wiadomosc|prosba|catatan|pesan) (?:to |for |an |fur |pour |a |para |per |pro |pra |ao |al |alla |all'|voor |aan |till |dla |do |untuk |buat )(?:you,? |you the )?(?:the |my |our |den |die |das |meinen |meine |l'|le |la |el |il |o |a |mi |mio |mia |mon |ma |de |mijn )?)?`;

/** The assistant named as such (not "model reading this"). */
const AI = String.raw`(?:ai|a\.i\.|assistant|assistente|asistente|assistent(?:en|in)?|asystent(?:a|ko)?|asisten|ai assistant|ai helper|ki|ki-assistent(?:en|in)?|ki-helfer|ia|assistant ia|chatbot|chat bot|bot|gpt|chatgpt|claude|gemini|copilot|llm|assistenten|ai-assistent(?:en)?|si|czatbota|bota)`;

/** A relative clause after the comma: the AI that reads or processes the content ("KI-Assistent, der diese Seite liest"). */
const READER_CLAUSE = String.raw`(?:der|die|das|welche[rs]?|que|qui|che|who|which|that|reading|processing|summari[sz]ing|parsing|som|ktory|ktora|ktery|ktera|yang|joka|aki)\b`;

const LATIN = new RegExp(String.raw`^[\W_]{0,3}(?:${GREETING}${NOTE}${AI}(?: (?:friend|buddy|pal|helper))?(?: ?[,!](?! ?${READER_CLAUSE})| ?:(?! ?(?:sure|certainly|of course|ok|okay|understood|here))))`);
/** A greeting or a note phrase is not needed with a comma ("Assistant, …", "Hey AI, …"); a bare label with a colon only before "please". */
const BARE_LABEL = new RegExp(String.raw`^[\W_]{0,3}${AI} ?:(?! ?(?:please|pls|por favor|bitte|s'il te plait|per favore|alsjeblieft|prosze))`);

const CYRILLIC = /^[\W_]{0,3}(?:(?:привет|здравствуй(?:те)?|привіт|вітаю)[ ,!]+)?(?:(?:заметка|примечание|записка|сообщение|просьба|памятка|примітка|нотатка|замітка|повідомлення|прохання) (?:для|до|к) )?(?:ассистента|ассистенту|ассистент|ии|бота|боту|чат-бота|нейросети|нейросеть|асистента|асистенту|асистент|ші)(?: ?[,!:])(?! ?(?:который|которая|которые|что|читающ|обрабатывающ|що|який|яка|які|читає))/;

/** Chinese, Japanese, Korean: "给助手的备注：", "アシスタントへのメモ：", "어시스턴트에게 메모:". */
const CJK = /^[\W_]{0,3}(?:(?:给|致|对)?(?:ai|助手|助理|人工智能|机器人)(?:的)?(?:备注|说明|留言|提示|提醒|一句话)?|(?:ai|アシスタント|チャットボット|ボット)(?:さん)?(?:への|へ|に)?(?:メモ|お願い|注意|一言)?|(?:ai|어시스턴트|챗봇|비서)(?:님|에게|한테)?(?: ?(?:메모|참고|부탁))?) ?[：:，,、]/;

/**
 * The length of the leading address to the assistant at the start of a rule view (its first sentence), or 0 when the
 * view does not start with one.
 */
export function leadingAddressLength(view: string): number {
  if (BARE_LABEL.test(view)) return 0;
  const m = LATIN.exec(view) ?? CYRILLIC.exec(view) ?? CJK.exec(view);
  return m === null ? 0 : m[0].length;
}
