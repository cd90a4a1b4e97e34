import type { PiiHit } from "./pii-detector.js";
import { chatMentionFrames, POSSESSIVE_ENDINGS } from "./chat-mention-frames.js";
import { COLLECTIVE, FOREIGN_FUNCTION_WORDS, GREETINGS } from "./lower-case-chat-names.js";

/**
 * What the caller knows about one lower-case Latin word (person-location-detector's gazetteer tests): `given`, a
 * given name of the lists that is no ordinary word; `notWord`, no ordinary English word, function word, cue or title.
 */
export interface ChatNameTests {
  given(w: string): boolean;
  notWord(w: string): boolean;
  /** A word of the given-name or surname lists, in any case ("Duda", "Sipho"). */
  listed(w: string): boolean;
}

/**
 * One line of a chat log opened by its speaker, in the export formats people paste: an optional "[10:42]",
 * "(10:42)" or "[12/03/24, 19:41]" stamp, a WhatsApp "12/03/24, 19:41 - " stamp, an optional list dash, then
 * "name:" / "name：" or "<name>" (IRC, Discord). A full-width colon may touch the message ("小胖：阿杰你…"), an ASCII
 * colon is followed by a blank ("http:", "10:42" are no speakers); a line must go on after the handle (a YAML key
 * alone on its line, "api:", is no turn).
 */
const SPEAKER_LINE =
  /^[ \t]*(?:[[(][^\])\n]{1,40}[\])][ \t]*)?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+[-–][ \t]+)?(?:[-–•*][ \t]+)?(?:<@?([\p{L}][\p{L}\p{M}_.-]{0,19})>[ \t]+|@?([\p{L}][\p{L}\p{M}'’.-]{0,19})[ \t]*(?:[:][ \t]+(?=\S)|：[ \t]*(?=\S)))/u;

/**
 * Role and field words that open lines with a colon in chats, transcripts, prompts and records, in the languages of
 * the scripts read below: they name a role or a field, not a person ("user:", "клиент:", "客服：", "질문:", "السؤال:").
 * Lower-case Latin words also pass `notWord`, which drops ordinary English words ("question:", "note:").
 */
const ROLES = new Set([
  // Latin-script roles and fields the English word list does not hold
  "agent", "customer", "user", "assistant", "system", "bot", "me", "mum", "mom", "dad", "support", "admin", "host", "guest", "client",
  "server", "human", "ai", "gpt", "llm", "moderator", "mod", "operator", "caller", "rep", "staff", "kunde", "kundin", "cliente", "agente",
  "usuario", "usuaria", "utente", "operatore", "klient", "klientka", "soporte", "suporte", "atendente", "atendimento", "nota", "note",
  "re", "fwd", "cc", "bcc", "to", "from", "subject", "betreff", "objet", "asunto", "oggetto", "assunto", "onderwerp", "temat", "ämne",
  "emne", "http", "https", "ftp", "mailto", "tel", "fax", "id", "ip", "fio", "imię", "nome", "nom", "nombre", "name", "naam", "namn",
  "pregunta", "respuesta", "frage", "antwort", "domanda", "risposta", "pergunta", "resposta", "vraag", "antwoord", "pytanie",
  "odpowiedź", "fråga", "svar", "spørsmål", "kysymys", "vastaus", "soru", "cevap", "entrada", "salida", "eingabe", "ausgabe", "input",
  "output", "prompt", "kullanıcı", "asistan", "müşteri", "utilisateur", "assistente", "gebruiker", "użytkownik", "ja", "ich", "yo", "eu",
  "moi", "io", "ik", "jag", "jeg", "ben", "saya", "aku", "anda", "kamu", "sie", "du", "tu", "vous", "ok", "todo", "fix", "tip", "ps",
  // Cyrillic
  "я", "ты", "вы", "мы", "клиент", "оператор", "пользователь", "ассистент", "бот", "система", "вопрос", "ответ", "мама", "папа",
  "менеджер", "поддержка", "админ", "модератор", "примечание", "тема", "кому", "от", "имя", "фио", "адрес", "телефон", "тел", "email",
  "користувач", "відповідь", "питання", "мене", "клієнт", "адреса", "ім'я", "піб", "прізвище", "фамилия", "отчество", "дата",
  // Greek
  "εγώ", "χρήστης", "βοηθός", "πελάτης", "ερώτηση", "απάντηση", "όνομα", "επώνυμο", "διεύθυνση", "τηλέφωνο", "θέμα", "μαμά", "μπαμπάς",
  // Arabic, Persian, Urdu
  "أنا", "انا", "المستخدم", "المساعد", "العميل", "عميل", "الموظف", "موظف", "النظام", "سؤال", "السؤال", "جواب", "الجواب", "الإجابة",
  "ماما", "بابا", "الاسم", "اسم", "العنوان", "الهاتف", "هاتف", "ملاحظة", "الموضوع", "من", "إلى", "من", "کاربر", "دستیار", "مشتری",
  "پرسش", "پاسخ", "سوال", "جواب", "من", "نام", "آدرس", "تلفن", "مامان", "بابا", "میں", "صارف", "نام", "پتہ", "فون",
  // Hebrew
  "אני", "משתמש", "לקוח", "נציג", "שאלה", "תשובה", "אמא", "אבא", "שם", "כתובת", "טלפון", "נושא",
  // Devanagari
  "मैं", "उपयोगकर्ता", "ग्राहक", "सहायक", "प्रश्न", "उत्तर", "सवाल", "जवाब", "माँ", "मां", "पापा", "नाम", "पता", "फोन", "फ़ोन", "विषय",
  // Thai
  "ฉัน", "ผม", "ลูกค้า", "ผู้ใช้", "พนักงาน", "แอดมิน", "ระบบ", "คำถาม", "คำตอบ", "แม่", "พ่อ", "ชื่อ", "ที่อยู่", "โทร", "เรื่อง",
  // Chinese, Japanese, Korean
  "我", "你", "用户", "用戶", "客户", "客戶", "客服", "助手", "系统", "系統", "机器人", "問", "问", "答", "问题", "回答", "妈妈", "媽媽",
  "爸爸", "老师", "老師", "姓名", "名字", "地址", "电话", "電話", "手机", "手機", "邮箱", "备注", "備註", "主题", "私", "僕", "俺",
  "ユーザー", "アシスタント", "お客様", "客", "担当", "担当者", "システム", "質問", "回答", "母", "父", "先生", "氏名", "名前", "住所",
  "電話番号", "件名", "宛先", "メモ", "나", "저", "사용자", "고객", "상담원", "상담사", "시스템", "질문", "답변", "엄마", "아빠", "선생님",
  "이름", "성명", "주소", "전화", "휴대폰", "제목", "메모",
]);

/** Scripts whose handles are read here; Latin handles only in lower case (capitalised ones are the capitals path's). */
const NON_LATIN_HANDLE =
  /^(?:\p{Script=Cyrillic}{2,14}|\p{Script=Greek}{2,14}|[\p{Script=Arabic}\p{M}]{2,14}|\p{Script=Hebrew}{2,12}|[\p{Script=Devanagari}\p{M}]{2,14}|[\p{Script=Thai}]{2,10}|\p{Script=Han}{2,4}|[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,6}|\p{Script=Hangul}{2,4}|[\p{Script=Sinhala}\p{M}]{2,12}|[\p{Script=Khmer}\p{M}]{2,12}|[\p{Script=Georgian}]{2,14}|[\p{Script=Armenian}]{2,14}|[\p{Script=Tamil}\p{Script=Telugu}\p{Script=Bengali}\p{Script=Gujarati}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gurmukhi}\p{M}]{2,16})$/u;
/** Scripts written without spaces between words: a handle is found inside a message without word bounds. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー]+$/u;
const HANGUL = /^\p{Script=Hangul}+$/u;
/** Korean particles and the vocative after a name in a message ("서연아", "도윤이도", "지우씨"). */
const HANGUL_TAIL = /^(?:아|야|이|이도|이가|이는|이랑|이한테|가|는|도|랑|한테|씨|님)?(?![\p{Script=Hangul}])/u;
const LATIN_LOWER_HANDLE = /^[\p{Ll}]{2,12}$/u;
const LATIN_SCRIPT = /^\p{Script=Latin}+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}_]/u;
const NAME_JOINER = /[/.@_#=:\\-]/;
const NAME_JOINER_AFTER = /^[/.@_#=:\\-][\p{L}\p{N}]/u;
/** Messages that are only a number, an address of the net or nothing: the values of a record, not chat. */
const BARE_VALUE = /^[\s\d+()./:,;-]*$/;

interface Turn {
  /** the handle as written, and where it starts */
  handle: string;
  start: number;
  /** where the message after the handle starts and ends */
  msgStart: number;
  msgEnd: number;
}

function speakerTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const m = SPEAKER_LINE.exec(line);
    if (m) {
      const handle = m[1] ?? m[2]!;
      const start = lineStart + m[0].lastIndexOf(handle, m[0].length - 1);
      turns.push({ handle, start, msgStart: lineStart + m[0].length, msgEnd: lineEnd - (line.endsWith("\r") ? 1 : 0) });
    }
    lineStart = lineEnd + 1;
  }
  return turns;
}

const QUESTION_MARK = /[?？؟;]/u;
/** A message that asks or tells something: a question, or four words or more. */
function asks(msg: string): boolean {
  if (BARE_VALUE.test(msg)) return false;
  if (QUESTION_MARK.test(msg)) return true;
  return msg.trim().split(/\s+/).length >= 4;
}

/** A handle that may be a person: a lower-case Latin word that is no ordinary word, or one word of another script. */
function eligible(h: string, t: ChatNameTests): boolean {
  if (ROLES.has(h.toLowerCase())) return false;
  if (LATIN_LOWER_HANDLE.test(h)) return t.given(h) || t.notWord(h);
  return NON_LATIN_HANDLE.test(h);
}

/** Where `h` occurs as a name in `text` between `from` and `to`: whole words, or with Korean particles after it. */
function mentions(text: string, h: string, from: number, to: number): number[] {
  const at: number[] = [];
  const hay = text.slice(from, to);
  const unspaced = UNSPACED.test(h);
  const hangul = HANGUL.test(h);
  const latin = LATIN_LOWER_HANDLE.test(h);
  const lower = latin ? hay.toLowerCase() : hay;
  for (let i = lower.indexOf(h); i >= 0; i = lower.indexOf(h, i + h.length)) {
    const before = hay.charAt(i - 1);
    const after = hay.slice(i + h.length);
    // not inside a path, address or identifier ("ghcr.io/acme/api:2.1", "@api.dev")
    if (NAME_JOINER.test(before) || NAME_JOINER_AFTER.test(after)) continue;
    if (before !== "" && LETTER_OR_DIGIT.test(before) && !unspaced) continue;
    if (!unspaced && !(hangul ? HANGUL_TAIL.test(after) : after === "" || !LETTER_OR_DIGIT.test(after.charAt(0)))) continue;
    // Latin handles match in any case: "jomar:" is named "Jomar" by the other speaker
    at.push(from + i);
  }
  return at;
}

/**
 * The people of a chat log: its speakers and the speakers' handles where other speakers name them.
 *
 * A text is read as a chat log when it has two speaker lines or more of two speakers or more, and those lines are
 * most of its lines. Its handles are names (reported at 0.65, above the default PERSON threshold) only with evidence
 * that it is a conversation between people, not a record of "field: value" lines or a transcript of roles:
 * - one speaker names another in a message ("facu: che lu pasame…", "тарас: оля, ти бачила…", "지우: 서연아…"), or
 * - the talk goes back and forth (three turns or more, a speaker speaking again, at most four speakers), one handle is
 *   a given name of the lists (Latin) or the handles are words of a script without capitals, and the messages are
 *   free text rather than bare numbers.
 * Handles must be one word that is no role or field word ("user", "клиент", "客服", "질문"); Latin handles are read
 * only in lower case and must be no ordinary English word. Mentions are reported only for handles of speakers.
 */
export function chatLogNames(text: string, t: ChatNameTests, out: PiiHit[]): void {
  if (text.length > 20_000) return;
  const turns = speakerTurns(text);
  conversation(text, turns, t, out);
  openingNames(text, turns, t, out);
}

/** chatLogNames on a text read as a conversation between people; false when it is none (nothing reported then). */
function conversation(text: string, turns: readonly Turn[], t: ChatNameTests, out: PiiHit[]): boolean {
  if (text.indexOf("\n") < 0 || turns.length < 2) return false;
  let lines = 0;
  for (const l of text.split("\n")) if (l.trim() !== "") lines++;
  if (turns.length * 2 < lines) return false;
  const handles = new Map<string, number>();
  for (const tu of turns) handles.set(tu.handle, (handles.get(tu.handle) ?? 0) + 1);
  if (handles.size < 2 || handles.size > 8) return false;
  const names = [...handles.keys()].filter((h) => eligible(h, t));
  if (names.length === 0) return false;
  // one speaker names another
  const named = new Map<string, number[]>();
  for (const h of names) {
    const at: number[] = [];
    for (const tu of turns) if (tu.handle !== h) at.push(...mentions(text, h, tu.msgStart, tu.msgEnd));
    if (at.length > 0) named.set(h, at);
  }
  let evidence = named.size > 0;
  if (!evidence && handles.size <= 4 && names.length === handles.size) {
    const freeText = turns.filter((tu) => !BARE_VALUE.test(text.slice(tu.msgStart, tu.msgEnd))).length * 2 >= turns.length;
    // (a lower-case Cyrillic or Greek handle is read like a word of a script the lists do not cover)
    const known = names.some((h) => (LATIN_LOWER_HANDLE.test(h) && LATIN_SCRIPT.test(h) ? t.given(h) : true));
    // back and forth: a speaker speaks again; or two speakers take turns and the first asks something (a question
    // mark, or a sentence of four words or more: a form's value is a name or a number, not a sentence; forms with
    // three labels or more are no two-speaker exchange)
    const again = turns.length >= 3 && [...handles.values()].some((n) => n >= 2);
    // (handles of a script with capitals in lower case: "Пациентка:", "Диагноз:" head the fields of a record)
    // (and every line of the text a turn: a header or a field line besides two turns reads as a record)
    const answered = handles.size === 2 && turns.length === lines && names.every((h) => !/^\p{Lu}/u.test(h)) && turns.every((tu, i) => i === 0 || tu.handle !== turns[i - 1]!.handle) && asks(text.slice(turns[0]!.msgStart, turns[0]!.msgEnd));
    evidence = freeText && known && (again || answered);
  }
  if (!evidence) return false;
  const seen = new Set<number>();
  const report = (start: number, h: string, why: string) => {
    if (seen.has(start)) return;
    seen.add(start);
    const end = start + h.length;
    // a speaker another rule reported below the threshold (lower-case-chat-names.ts) is raised, not reported twice
    const same = out.find((o) => o.type === "PERSON" && o.start === start && o.end === end);
    if (same === undefined) out.push({ type: "PERSON", start, end, score: 0.65, explanation: why });
    else if (same.score < 0.65) {
      same.score = 0.65;
      same.explanation += `; ${why}`;
    }
  };
  for (const tu of turns) if (names.includes(tu.handle)) report(tu.start, tu.handle, "speaker of a chat log between people");
  for (const [h, at] of named) for (const s of at) report(s, h, "a chat speaker named in another speaker's message");
  messageNames(text, turns, t, out, seen);
  framedMentions(text, turns, t, names, out);
  return true;
}

/** A message that opens on a greeting and one lower-case word closed by a mark: the name greeted. */
const GREETING_OPENING = new RegExp(`^(?:${GREETINGS})[ \\t]*,?[ \\t]+([\\p{Ll}][\\p{Ll}\\p{M}'’-]{1,19})(?=[ \\t]*(?:[,!?.…;–—]|$))`, "iu");

/** The first word of a message and what follows it: a lower-case Latin word, then no colon, digit or joiner. */
const FIRST_WORD = /^([\p{Ll}][\p{Ll}\p{M}]{2,13})(?=[ \t,!?.…]|$)/u;

/**
 * A chat line that no conversation evidence covers (one line, or turns that do not go back and forth), opened by a
 * lower-case handle that is a given name of the lists, whose message is free text and opens on another lower-case
 * given name of the lists: "ivana: luka je rekao…", "rūta: mantas sakė…", "eric: claudine nimero ye…". Two given
 * names side by side around the speaker's colon are two people (the speaker, and the one the message is about or
 * addressed to); both are reported at 0.62. A field or note line ("note: maria will call", "todo: fix") has a role
 * word or an ordinary word before the colon; a single given name before a colon with any other message stays
 * below the threshold (lower-case-chat-names.ts). Every line of the text must be a turn, as for two-turn chats.
 */
function openingNames(text: string, turns: readonly Turn[], t: ChatNameTests, out: PiiHit[]): void {
  if (turns.length === 0) return;
  // every line of the text a turn: a header ("[slack] #ops-oncall") or a field line beside the turns reads as a record
  let lines = 0;
  for (const l of text.split("\n")) if (l.trim() !== "") lines++;
  if (turns.length !== lines) return;
  for (const tu of turns) {
    const h = tu.handle;
    if (!LATIN_LOWER_HANDLE.test(h) || ROLES.has(h) || FOREIGN_FUNCTION_WORDS.has(h) || !t.given(h)) continue;
    const msg = text.slice(tu.msgStart, tu.msgEnd);
    const g = GREETING_OPENING.exec(msg);
    if (g) {
      // a speaker of the lists greets someone by name: "aino: moi ville,", "jelena: pozdrav stefane,"
      const v = g[1]!;
      if (v === h || COLLECTIVE.has(v) || ROLES.has(v) || FOREIGN_FUNCTION_WORDS.has(v) || !(t.given(v) || (v.length >= 3 && t.notWord(v)))) continue;
      const s = tu.msgStart + g[0].length - v.length;
      report(out, tu.start, tu.start + h.length, "lower-case chat speaker greeting someone by name");
      report(out, s, s + v.length, "lower-case name greeted by a named chat speaker");
      continue;
    }
    if (!asks(msg)) continue;
    const m = FIRST_WORD.exec(msg);
    if (!m) continue;
    const w = m[1]!;
    if (w === h || ROLES.has(w) || FOREIGN_FUNCTION_WORDS.has(w) || !t.given(w)) continue;
    report(out, tu.start, tu.start + h.length, "lower-case chat speaker whose message opens on another given name");
    report(out, tu.msgStart, tu.msgStart + w.length, "lower-case given name opening a chat message after a named speaker");
  }
}

/** Reports a span at 0.62, or raises a PERSON hit on the same span scored below that. */
function report(out: PiiHit[], start: number, end: number, why: string): void {
  const same = out.find((o) => o.type === "PERSON" && o.start === start && o.end === end);
  if (same === undefined) {
    if (out.some((o) => o.start < end && start < o.end)) return;
    out.push({ type: "PERSON", start, end, score: 0.62, explanation: why });
  } else if (same.score < 0.62) {
    same.score = 0.62;
    same.explanation += `; ${why}`;
  }
}

/**
 * Third persons named in a frame of asking for their contact ("nummer van femke", "pinky ka number", "수빈이 번호"),
 * reported at 0.6 when no rule claimed the span. A Latin or Cyrillic word must be no ordinary word, role or function
 * word; a glued possessive ending ("toms", "ecemin") is taken off when the shorter form is a given name of the lists.
 */
function framedMentions(text: string, turns: readonly Turn[], t: ChatNameTests, speakers: readonly string[], out: PiiHit[]): void {
  for (const tu of turns) {
    const msg = text.slice(tu.msgStart, tu.msgEnd);
    for (const f of chatMentionFrames(msg)) {
      let end = f.end;
      if (f.needsWordTest) {
        const w = msg.slice(f.start, f.end);
        const name = f.possessive ? possessor(w, t, speakers, f.possessedNoun) : object(w, t, speakers, msg.slice(f.end));
        if (name === undefined) continue;
        end = f.start + name.length;
        // a surname after a given name of the lists belongs to it: one of the lists, or a word that ends the clause
        // ("die nummer von tobias krämer?")
        const sur = NEXT_LOWER_WORD.exec(msg.slice(end));
        if (!f.possessive && sur && t.given(w) && plain(sur[1]!, t) && (t.listed(sur[1]!) || CLAUSE_END.test(msg.slice(end + sur[0].length)))) end += sur[0].length;
      }
      const s = tu.msgStart + f.start;
      const e = tu.msgStart + end;
      if (out.some((h) => h.start < e && s < h.end)) continue;
      out.push({ type: "PERSON", start: s, end: e, score: 0.6, explanation: "a person named where chat speakers ask for a contact" });
    }
  }
}

/** A word that may be a name at all: three letters or more, no role, function or ordinary word. */
function plain(x: string, t: ChatNameTests): boolean {
  return x.length >= 3 && !ROLES.has(x) && !FOREIGN_FUNCTION_WORDS.has(x) && t.notWord(x);
}

const NEXT_LOWER_WORD = /^[ \t]([\p{Ll}][\p{Ll}\p{M}'’-]{2,19})(?![\p{L}\p{M}\p{N}])/u;

/** What may follow a name that is the whole object of "the number of …": the clause ends. */
const CLAUSE_END = /^[ \t]*(?:$|[?？!.,;:)…]|\r)/u;

/**
 * The name after "the number of": a given name of the lists or a speaker, or a word no list holds when it ends the
 * clause ("nummer van femke", "number ni tintin"; "el mail del flaco Nahuel" goes on to the name).
 */
function object(w: string, t: ChatNameTests, speakers: readonly string[], after: string): string | undefined {
  if (!plain(w, t)) return undefined;
  if (speakers.includes(w) || t.given(w)) return w;
  return CLAUSE_END.test(after) && !/['’]/.test(w) ? w : undefined;
}

/**
 * The name before a possessive and a contact noun: a possessive ending glued to it ("toms", "ecemin") is taken off
 * when the shorter form is a given name of the lists or a speaker; a separate possessive word ("pinky ka number") or
 * a noun in its possessed form ("peti számát") takes the word as it is.
 */
function possessor(w: string, t: ChatNameTests, speakers: readonly string[], possessedNoun: boolean): string | undefined {
  for (const end of POSSESSIVE_ENDINGS) {
    if (!w.endsWith(end)) continue;
    const stem = w.slice(0, -end.length);
    if (stem.length < 3 || ROLES.has(stem) || FOREIGN_FUNCTION_WORDS.has(stem) || !/^\p{Ll}+$/u.test(stem)) continue;
    // a listed given name that is also a rare English word ("tom", "bill") is still the name before "'s"
    if (speakers.includes(stem) || t.given(stem) || t.listed(stem)) return stem;
  }
  return possessedNoun && plain(w, t) && !/['’]/.test(w) ? w : undefined;
}

/** A capitalised word inside a message, not its first word nor the first after a sentence end ("da Duda?", "у Димона"). */
const CAP_WORD = /(?<=[^\p{L}\p{M}\p{N}_@.'’/#-])\p{Lu}\p{Ll}[\p{Ll}\p{M}]{1,15}(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{M}\p{N}_@/])/gu;
const LATIN_WORD = /^[A-Za-z\u00c0-\u024f-]+$/;
const SENTENCE_END_BEFORE = /(?:^|[.!?…:;。！？]["')\]]?)[ \t]*$/u;
/** A kana name before a Japanese name suffix ("さくらちゃん", "れんくん"), not a kinship or group word ("おばあちゃん"). */
const KANA_SUFFIXED = /(?<![\p{Script=Hiragana}\p{Script=Katakana}ー])([\p{Script=Hiragana}\p{Script=Katakana}ー]{2,5}?)(?:ちゃん|くん|君|さん|様|さま|たん)/gu;
const KANA_NOT_NAMES = new Set([
  "おばあ", "おじい", "ばあ", "じい", "おかあ", "かあ", "おとう", "とう", "おにい", "にい", "おねえ", "ねえ", "おじ", "おば", "あか", "みな", "みんな",
  "おきゃく", "おくさ", "おくさ", "おいしゃ", "おまわり", "おねえ", "おこ", "むすこ", "むすめ", "まご", "あに", "あね", "いもうと", "おとうと", "おじょう",
  "おにいち", "おねえち", "パパ", "ママ", "おやこ", "だんな", "よめ", "せんせい", "おかみ", "おかみさ",
]);

/**
 * In a chat log between people, the names its messages hold besides the speakers: a name the other rules found but
 * scored below the default threshold is raised to 0.62 (the conversation is evidence that a lone given name is a
 * person); a capitalised word inside a sentence that no rule claimed and that is no ordinary word (in Latin letters
 * also a given name or surname of the lists, so that "Github", "Figma" stay out), and a kana name
 * before "ちゃん/くん/さん", are reported at 0.6. (Lower-case given names of the lists inside messages are not: the
 * birth-register lists hold too many ordinary words of other languages, "del", "kedy", "naman".)
 */
function messageNames(text: string, turns: readonly Turn[], t: ChatNameTests, out: PiiHit[], seen: Set<number>): void {
  const inMessage = (s: number, e: number) => turns.some((tu) => s >= tu.msgStart && e <= tu.msgEnd);
  const claimed = (s: number, e: number) => out.some((h) => h.start < e && s < h.end);
  for (const h of out) {
    if (h.type === "PERSON" && h.score >= 0.45 && h.score < 0.6 && !seen.has(h.start) && inMessage(h.start, h.end)) {
      h.score = 0.62;
      h.explanation += "; in a chat log between people";
    }
  }
  const add = (start: number, end: number, why: string) => {
    if (claimed(start, end)) return;
    out.push({ type: "PERSON", start, end, score: 0.6, explanation: why });
  };
  for (const tu of turns) {
    const msg = text.slice(tu.msgStart, tu.msgEnd);
    for (const m of msg.matchAll(CAP_WORD)) {
      if (SENTENCE_END_BEFORE.test(msg.slice(0, m.index)) || !t.notWord(m[0].toLowerCase())) continue;
      // a Latin word must be a name of the lists: brands and products are capitalised in chat too ("push it to Github")
      if (LATIN_WORD.test(m[0]) && !t.listed(m[0])) continue;
      add(tu.msgStart + m.index, tu.msgStart + m.index + m[0].length, "capitalised word inside a chat message");
    }
    for (const m of msg.matchAll(KANA_SUFFIXED)) {
      if (KANA_NOT_NAMES.has(m[1]!) || m[1]!.startsWith("お")) continue;
      add(tu.msgStart + m.index, tu.msgStart + m.index + m[1]!.length, "kana name before a Japanese name suffix in a chat message");
    }
  }
}
