/**
 * People's names written in scripts the capitalised-word scan does not read: Cyrillic, Greek, Arabic, Chinese and
 * Japanese (Han and kana) and Korean (Hangul). Each pass runs only when the text has characters of its script.
 *
 * - Cyrillic and Greek capitalise names: a group of capitalised words is a name when it holds a known given name
 *   (also declined: "Виктором", "Γιάννη"), a patronymic ("Сергеевна") or, with a name cue before it ("ФИО", "меня
 *   зовут", "Оператор", "κυρία"), any capitalised word. A known given name alone needs a cue.
 * - Arabic has no capitals: a known given name starts a name, which takes in a nisba surname ("الحربي"), "بن"/"عبد"
 *   joins and further given names; alone, a given name needs a cue ("الاسم", "أنا", "الموظف").
 * - Han and Hangul names are a common family name and one or two given-name characters (syllables), found by what
 *   surrounds them: a label before ("姓名", "氏名", "성명", "상담원", "参加人"), an honorific or role after ("先生",
 *   "様", "さん", "님", "씨", "팀장", "입니다"), or a list of such names ("张伟、李娜、赵敏").
 */
import type { PiiHit } from "./pii-detector.js";
import { blankLeadStart, lineStartWithin, newlineWithin } from "./line-bounds.js";

const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const GREEK = /[\u0370-\u03ff]/;
const ARABIC = /[\u0600-\u06ff]/;
const HAN_KANA = /[\u3040-\u30ff\u3400-\u9fff]/;
const HANGUL = /[\uac00-\ud7af]/;

function push(out: PiiHit[], start: number, end: number, score: number, explanation: string): void {
  out.push({ type: "PERSON", start, end, score, explanation });
}

// ---------------------------------------------------------------- Cyrillic

const CYR_FIRST = new Set(
  (
    "Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Богдан Борис Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав Всеволод Вячеслав Геннадий Георгий Глеб Григорий Даниил Данил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Марат Матвей Михаил Никита Николай Олег Павел Пётр Петр Руслан Рустам Семён Семен Сергей Станислав Степан Тимофей Тимур Фёдор Федор Эдуард Юрий Ярослав " +
    "Андрій Василь Віктор Віталій Володимир Дмитро Євген Іван Ігор Михайло Микола Олександр Олексій Остап Павло Петро Сергій Тарас Юрій Ярослав " +
    "Алёна Алена Алина Алла Анастасия Ангелина Анна Валентина Валерия Варвара Вероника Виктория Галина Дарья Диана Екатерина Елена Елизавета Жанна Зоя Инна Ирина Карина Кристина Ксения Лариса Лидия Людмила Маргарита Марина Мария Милана Наталья Наталия Нина Оксана Олеся Ольга Полина Светлана София Софья Тамара Татьяна Ульяна Юлия Яна " +
    "Ганна Дарина Катерина Ірина Людмила Наталія Олена Оксана Соломія Тетяна Юлія Аліна Вікторія Христина Зоряна " +
    "Айгерим Айдар Азамат Алия Асель Бекзат Гульнара Динара Ерлан Нурлан Рамиль Ринат Эльмира Камила Фарид"
  ).split(" "),
);
/** Given names that are also ordinary words (faith, hope, love, novel, lion, glory): alone they need more than a cue. */
const CYR_AMBIGUOUS = new Set(["Вера", "Надежда", "Любовь", "Роман", "Лев", "Слава", "Мир", "Роза", "Лилия", "Майя"]);
const CYR_PATRONYMIC = /(?:ович|евич|ьич|овна|евна|ична|івна|ївна|йович)(?:а|у|ем|ом|ым|ой|ою|і|ю|е)?$/u;
const CYR_SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий|ская|цкая|енко|ук|юк|чук|ян|швили|дзе|ко|ова|ева|ёва|ина|ына)(?:а|у|ым|ом|ой|ою|ого|ому|их|е)?$/u;
const CYR_GROUP = /(?<![\p{L}\p{N}])[А-ЯЁІЇЄҐЎЈЉЊЋЏЂӘҒҚҢӨҰҮҺ][а-яёіїєґўјљњћџђәғқңөұүһ'’]{1,20}(?:-[А-ЯЁІЇЄҐЎЈЉЊЋЏЂӘҒҚҢӨҰҮҺа-яёіїєґўјљњћџђәғқңөұүһ][а-яёіїєґўјљњћџђәғқңөұүһ'’]{1,20})?(?:[ \t]+[А-ЯЁІЇЄҐЎЈЉЊЋЏЂӘҒҚҢӨҰҮҺ][а-яёіїєґўјљњћџђәғқңөұүһ'’]{1,20}(?:-[А-ЯЁІЇЄҐЎЈЉЊЋЏЂӘҒҚҢӨҰҮҺа-яёіїєґўјљњћџђәғқңөұүһ][а-яёіїєґўјљњћџђәғқңөұүһ'’]{1,20})?){0,3}(?![\p{L}\p{N}])/gu;
/** Role and form words that lead a name inside a capitalised group ("Оператор Дмитрий") or stand before it. */
const CYR_ROLE = new Set(["Оператор", "Операторка", "Клиент", "Клиентка", "Клієнт", "Клієнтка", "Менеджер", "Сотрудник", "Сотрудница", "Врач", "Доктор", "Директор", "Получатель", "Отправитель", "Отримувач", "Владелец", "Власник", "Господин", "Госпожа", "Пан", "Пані", "Пане", "Уважаемый", "Уважаемая", "Шановний", "Шановна", "ФИО", "ПІБ"]);
const CYR_CUE_BEFORE = /(?:ФИО|Ф\.И\.О\.|ПІБ|(?:име(?: и фамилия| и презиме)?|трите имена|имя|фамилия|прізвище|ім['’]я|презиме|(?:толық )?аты-жөні|аты|тегі)[ \t]*[:：]|зовут|звати|аз съм|казвам се|името ми е|това е|это|це|я|оператор|операторка|клиент|клиентка|клієнт|клієнтка|клиентом|клиенту|клиента|клієнтом|клієнту|владелец|владелица|власник|получатель|отправитель|отримувач|пане|пані|пан|господин|госпожа|г-н|г-жа|присутствовали|присутні|уважаемый|уважаемая|шановний|шановна|здравствуйте|добрий день|добрый день|менеджер|сотрудник|врач|доктор|с|з|для)[ \t]*[:,(—-]?[ \t]*$/iu;

function cyrFirst(w: string): boolean {
  if (CYR_FIRST.has(w)) return true;
  // declined forms: "Виктором", "Олегу", "Богдане", "Анны", "Марии"
  for (const cut of [3, 2, 1]) {
    if (w.length - cut < 3) continue;
    const stem = w.slice(0, -cut);
    if (CYR_FIRST.has(stem) || CYR_FIRST.has(`${stem}а`) || CYR_FIRST.has(`${stem}я`) || CYR_FIRST.has(`${stem}й`) || CYR_FIRST.has(`${stem}ь`)) return true;
  }
  return false;
}

function cyrillicNames(text: string, out: PiiHit[]): void {
  CYR_GROUP.lastIndex = 0;
  for (let m = CYR_GROUP.exec(text); m; m = CYR_GROUP.exec(text)) {
    let s = m.index;
    const words = m[0].split(/[ \t]+/);
    let cue = CYR_CUE_BEFORE.test(text.slice(Math.max(0, s - 24), s));
    // a leading role or form word is a cue, not part of the name
    while (words.length > 1 && CYR_ROLE.has(words[0]!)) {
      s = text.indexOf(words[1]!, s + words[0]!.length);
      words.shift();
      cue = true;
    }
    const end = s + words.join(" ").length;
    // the words keep their single spaces in the group; recompute the end from the text when tabs or runs occur
    const realEnd = m.index + m[0].length;
    const first = words.filter((w) => cyrFirst(w)).length;
    const patro = words.some((w) => CYR_PATRONYMIC.test(w));
    const surname = words.some((w) => CYR_SURNAME.test(w) && !cyrFirst(w));
    let score = 0;
    if (words.length >= 2) {
      if (patro || (first > 0 && (surname || first >= 2))) score = 0.85;
      else if (first > 0 || (cue && surname)) score = 0.75;
      else if (cue) score = 0.65;
    } else {
      const w = words[0]!;
      if (cyrFirst(w) && !CYR_AMBIGUOUS.has(w)) score = cue ? 0.75 : 0.5;
      else if (cue && (CYR_SURNAME.test(w) || CYR_PATRONYMIC.test(w))) score = 0.7;
    }
    if (score > 0) push(out, s, Math.min(end, realEnd), score, "name in Cyrillic (given name, patronymic or name cue)");
  }
}

// ---------------------------------------------------------------- Greek

const GRK_FIRST = new Set(
  (
    "Γιώργος Γεώργιος Δημήτρης Δημήτριος Νίκος Νικόλαος Γιάννης Ιωάννης Κώστας Κωνσταντίνος Παναγιώτης Χρήστος Βασίλης Βασίλειος Αθανάσιος Θανάσης Μιχάλης Μιχαήλ Ευάγγελος Βαγγέλης Σπύρος Σπυρίδων Αντώνης Αλέξανδρος Στέλιος Στυλιανός Πέτρος Άγγελος Ηλίας Θοδωρής Θεόδωρος Μανώλης Εμμανουήλ Λευτέρης Ελευθέριος Σταύρος Τάσος Αναστάσιος Φώτης Χαράλαμπος Μάριος Άρης Αχιλλέας Οδυσσέας Περικλής Θεμιστοκλής Σωκράτης Απόστολος Γρηγόρης " +
    "Μαρία Ελένη Αικατερίνη Κατερίνα Βασιλική Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα Παρασκευή Χριστίνα Αναστασία Ευαγγελία Ιωάννα Δέσποινα Ειρήνη Νίκη Φωτεινή Αλεξάνδρα Ζωή Θεοδώρα Ευτυχία Σταυρούλα Παναγιώτα Χαρίκλεια Αθηνά Αφροδίτη Ευγενία Μαρίνα Ναταλία Άννα Λένα Νατάσα Δανάη Μυρτώ Ελευθερία Στέλλα Βάσω Ρένα"
  ).split(" "),
);
const GRK_SURNAME = /(?:όπουλος|οπούλου|πουλος|ίδης|ίδου|ιάδης|άδης|ούδης|άκης|άκη|ίου|έλλης|άτος|όγλου|ογλου|ίνης|ίνη|ίνου|ίκας|άρης)$/u;
const GRK_GROUP = /(?<![\p{L}\p{N}])[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{1,20}(?:-[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{1,20})?(?:[ \t]+[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{1,20}(?:-[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{1,20})?){0,3}(?![\p{L}\p{N}])/gu;
/** Street and place words: a group they lead or follow is an address ("Λεωφόρος Βασιλίσσης Σοφίας"). */
const GRK_STREET = /(?:Λεωφόρος|Λεωφ|Οδός|Οδού|Πλατεία|Λεωφόρου|Αγίου|Αγίας|Άγιος|Αγία)[ \t.]*$/u;
const GRK_ROLE = new Set(["Υπάλληλος", "Πελάτης", "Πελάτισσα", "Κύριος", "Κυρία", "Κύριε", "Αγαπητέ", "Αγαπητή", "Ονοματεπώνυμο", "Όνομα", "Επώνυμο", "Δρ"]);
const GRK_CUE_BEFORE = /(?:ονοματεπώνυμο|όνομα|επώνυμο|είμαι (?:ο|η)|με λένε|λέγομαι|κυρία|κύριε|κύριος|κυρίου|κ\.|κα|σε|στον|στην|στο|υπάλληλος|πελάτης|πελάτισσα|αγαπητέ|αγαπητή|καλησπέρα|καλημέρα|γεια σου|δικαιούχος)[ \t]*[:,(]?[ \t]*$/iu;

function grkFirst(w: string): boolean {
  return GRK_FIRST.has(w) || GRK_FIRST.has(`${w}ς`) || (w.endsWith("ς") && GRK_FIRST.has(w.slice(0, -1)));
}

function greekNames(text: string, out: PiiHit[]): void {
  GRK_GROUP.lastIndex = 0;
  for (let m = GRK_GROUP.exec(text); m; m = GRK_GROUP.exec(text)) {
    let s = m.index;
    const words = m[0].split(/[ \t]+/);
    if (GRK_STREET.test(text.slice(Math.max(0, s - 12), s)) || GRK_STREET.test(`${words[0]}`)) continue;
    let cue = GRK_CUE_BEFORE.test(text.slice(Math.max(0, s - 24), s));
    while (words.length > 1 && GRK_ROLE.has(words[0]!)) {
      s = text.indexOf(words[1]!, s + words[0]!.length);
      words.shift();
      cue = true;
    }
    const end = m.index + m[0].length;
    const first = words.some(grkFirst);
    const surname = words.some((w) => GRK_SURNAME.test(w));
    let score = 0;
    if (words.length >= 2) score = first && (surname || words.length <= 3) ? 0.85 : surname || cue ? 0.7 : 0;
    else if (grkFirst(words[0]!)) score = cue ? 0.75 : 0.5;
    else if (cue && /^(?:κυρία|κύριε|κύριος|κυρίου|κ\.|κα)[ \t]*$/iu.test(text.slice(Math.max(0, s - 8), s).trimStart().split(/\s+/).slice(-1).join("") + " ")) score = 0.75;
    else if (cue && GRK_SURNAME.test(words[0]!)) score = 0.7;
    if (score > 0) push(out, s, end, score, "name in Greek (given name, surname ending or name cue)");
  }
}

// ---------------------------------------------------------------- Arabic

const AR_FIRST = new Set(
  (
    "محمد أحمد احمد علي عمر عمرو خالد يوسف حسن حسين إبراهيم ابراهيم إسماعيل اسماعيل عبدالله عبدالرحمن عبدالعزيز مصطفى محمود طارق فيصل ناصر سعود سلطان ماجد مازن وليد هشام هاني رامي سامي زياد بلال حمزة أنس انس عثمان مالك ياسر ياسين أيمن ايمن عادل جمال نبيل رشيد سليمان داود موسى عيسى يحيى زكريا منصور راشد حمد حمدان سيف فهد نايف بندر تركي عبد " +
    "فاطمة مريم عائشة خديجة زينب سارة ساره ليلى ليلي ريم رنا رانيا دينا هالة هاله لينا يارا جميلة آمنة امنة أسماء اسماء نادية ناديه سلمى سمية رقية حنان إيمان ايمان شيماء دعاء مها منيرة لطيفة نوال وفاء عبير غادة هيفاء الزهراء سعاد نجلاء بشرى منى هدى نور"
  ).split(" "),
);
/** Given names that are also ordinary words (hope, light, guidance, wishes, beautiful, happy, good): not alone. */
const AR_AMBIGUOUS = new Set(["نور", "هدى", "منى", "جميلة", "حسن", "سعيد", "كريم", "أمل", "امل", "سلام", "عبد"]);
const AR_JOIN = new Set(["بن", "بنت", "ابن", "أبو", "ابو", "عبد", "أم", "ام"]);
/** A nisba surname: the article and a relational ending ("الحربي", "القحطاني", "المنصوري"). */
const AR_NISBA = /^ال[\u0621-\u064a]{2,}(?:ي|ى)$/u;
const AR_WORD = /[\u0621-\u064a\u0640]+/gu;
const AR_CUE_BEFORE = /(?:الاسم|اسمي|أنا|انا|الموظف|الموظفة|العميل|العميلة|السيد|السيدة|الأستاذ|أستاذ|الأستاذة|الدكتور|الدكتورة|د\.|حضر|حضرت|إلى|الى|المستفيد|اسم)[ \t]*[:،,]?[ \t]*$/u;
/** One-letter proclitics that attach to a name: "و" and, "ل" for ("وعمر", "لـمنى"). */
const AR_PROCLITIC = /^[وفل]\u0640?/u;

function arabicNames(text: string, out: PiiHit[]): void {
  const words: Array<[number, number, string]> = [];
  AR_WORD.lastIndex = 0;
  for (let m = AR_WORD.exec(text); m; m = AR_WORD.exec(text)) words.push([m.index, m.index + m[0].length, m[0]]);
  for (let i = 0; i < words.length; i++) {
    let [s, e, w] = words[i]!;
    if (!AR_FIRST.has(w)) {
      const p = AR_PROCLITIC.exec(w);
      if (!p || !AR_FIRST.has(w.slice(p[0].length))) continue;
      s += p[0].length;
      w = w.slice(p[0].length);
    }
    // take in further given names, joins and a nisba surname, words separated by one space only
    let j = i;
    let parts = 1;
    let surname = false;
    while (j + 1 < words.length && words[j + 1]![0] - words[j]![1] === 1 && text.charCodeAt(words[j]![1]) === 32) {
      const nx = words[j + 1]![2];
      if (AR_JOIN.has(nx) && j + 2 < words.length && words[j + 2]![0] - words[j + 1]![1] === 1) {
        j += 2;
        parts += 2;
        surname = true;
      } else if (AR_FIRST.has(nx) && !AR_AMBIGUOUS.has(nx)) {
        j++;
        parts++;
      } else if (AR_NISBA.test(nx) || nx === "الزهراء") {
        j++;
        parts++;
        surname = true;
      } else break;
      if (parts >= 5) break;
    }
    e = words[j]![1];
    const cue = AR_CUE_BEFORE.test(text.slice(Math.max(0, s - 20), s));
    // a two-word name standing as a field of a list or table row ("محمد عبد الله,010 …", "ليلى حداد,+961 …")
    let field = false;
    if (parts === 1 && !AR_AMBIGUOUS.has(w) && j + 1 < words.length && words[j + 1]![0] - e === 1) {
      // nothing but white space before it on its line
      const blankBefore = blankLeadStart(text, s) >= -1;
      const after = text.charAt(words[j + 1]![1]);
      if (blankBefore && /[,;|\t،]/.test(after)) {
        j++;
        parts++;
        e = words[j]![1];
        field = true;
      }
    }
    let score = 0;
    if (parts >= 2 && (surname || field || cue)) score = 0.85;
    else if (parts >= 2) score = 0.65;
    else if (!AR_AMBIGUOUS.has(w)) score = cue ? 0.7 : 0.45;
    if (score > 0) push(out, s, e, score, "name in Arabic (given name with surname, join or name cue)");
    i = j;
  }
}

// ---------------------------------------------------------------- Chinese and Japanese

const ZH_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
  "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龔嚴湯顧錢龍賀";
const JA_SURNAMES = (
  "佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 斉藤 清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菅野 市川 水野 小松 古川 小島 西田 菊池 山内 西川 五十嵐 北村 安田 中田 川口 平田 川崎 飯田 吉川 本田 久保田 沢田 吉村 渡部 岩田 中西 服部 樋口 福島 川上 永井 松岡 田口 山中 森本 土屋 矢野 広瀬 秋山 石原 松下 大橋 松浦 吉岡 小池 馬場 浅野 荒木 大久保 野田 小沢 田辺 川村 星野 黒田 尾崎 望月 永田 熊谷 内藤 松村 西山 大谷 平井 大島 岩本 片山 本間 早川 横田 岡崎 荒井 大石 鎌田 成田 宮田 小田 石橋 篠原 須藤 河合 大川 高野"
).split(" ");
const HAN = "\\u3400-\\u9fff";
const KANA = "\\u3040-\\u309f\\u30a0-\\u30ff";
/** Labels and roles before a name ("姓名 陈志强", "氏名 山田 太郎", "客服小李", "参加人 张伟、…"). */
const CJK_CUE_BEFORE = /(?:姓名|氏名|名前|お名前|客户|顾客|顧客|客戶|お客様|担当者?|联系人|聯絡人|收件人|收货人|收貨人|受取人|受取人様|宛名|お届け先|送り主|差出人|参加人|出席者|参会人|与会者|我是|我叫|我姓|我係|我叫做|私は|申请人|申請人|患者|员工|社員|老师|经理|客服|オペレーター|オペレーター\(|代表|负责人|負責人)[ \t]*[:：]?[ \t]*$/u;
/** Honorifics and roles after a name ("孙建国先生", "佐藤様", "王女士", "田中さん", "鈴木部長"). */
const CJK_AFTER = /^[ \t]?(?:先生|女士|小姐|様|さま|さん|氏|君|ちゃん|殿|老师|老師|经理|經理|总|總|部長|課長|社長|教授|博士|医生|醫生)/u;
const CJK_NAME_AT = new RegExp(`(?:${JA_SURNAMES.join("|")}|[${ZH_SURNAMES}])(?:[ \\t\\u3000]?[${HAN}]{1,2}|[ \\t\\u3000][${KANA}]{2,4})?`, "uy");
const CJK_LIST_SEP = /^[、，,・]$/u;
const ZH_SURNAME_SET = new Set(ZH_SURNAMES);
const JA_SURNAME_FIRST = new Set(JA_SURNAMES.map((n) => n.charAt(0)));

function hanOrKana(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff);
}

function isKana(c: number): boolean {
  return c >= 0x3040 && c <= 0x30ff;
}

/** A nickname of a family name ("小李", "老王") ending at a boundary. */
function nickname(text: string, i: number): number {
  const c = text.charAt(i);
  if ((c !== "小" && c !== "老") || !ZH_SURNAME_SET.has(text.charAt(i + 1))) return 0;
  const nx = text.charCodeAt(i + 2);
  return Number.isNaN(nx) || !hanOrKana(nx) || CJK_AFTER.test(text.slice(i + 2, i + 6)) ? 2 : 0;
}

function cjkNames(text: string, out: PiiHit[]): void {
  const namesCue = namesCueOf(text);
  // candidate starts: a known family name after a cue, or before an honorific, or in a 、-separated list of names
  const isSurnameStart = (i: number): boolean => ZH_SURNAME_SET.has(text.charAt(i)) || (JA_SURNAME_FIRST.has(text.charAt(i)) && JA_SURNAMES.some((s) => text.startsWith(s, i)));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!hanOrKana(c)) continue;
    const nick = nickname(text, i);
    if (nick > 0) {
      push(out, i, i + nick, CJK_CUE_BEFORE.test(text.slice(Math.max(0, i - 8), i)) ? 0.8 : 0.7, "nickname of a family name in Chinese");
      i += nick - 1;
      continue;
    }
    if (!isSurnameStart(i)) continue;
    const before = text.slice(Math.max(0, i - 8), i);
    const cue = CJK_CUE_BEFORE.test(before);
    const listBefore = CJK_LIST_SEP.test(text.charAt(i - 1));
    CJK_NAME_AT.lastIndex = i;
    const m = CJK_NAME_AT.exec(text);
    if (!m) continue;
    // the longest reading that ends at a boundary (honorific, separator, punctuation, space) wins
    let best = -1;
    let honorific = false;
    for (let e = i + m[0].length; e > i; e--) {
      const rest = text.slice(e, e + 4);
      const nx = text.charCodeAt(e);
      // a name in Han ends where kana begin ("佐藤 花子です", "田中さん"), one in kana where Han or other text begins
      const boundary = Number.isNaN(nx) || !hanOrKana(nx) || CJK_LIST_SEP.test(text.charAt(e)) || isKana(nx) !== isKana(text.charCodeAt(e - 1));
      if (CJK_AFTER.test(rest)) {
        best = e;
        honorific = true;
        break;
      }
      if (boundary && e - i >= 2 && best < 0) best = e;
    }
    if (best < 0) continue;
    const listAfter = CJK_LIST_SEP.test(text.charAt(best));
    // a surname alone only before an honorific ("王女士", "佐藤様")
    const len = best - i;
    if (len === 1 && !honorific) continue;
    let score = 0;
    if (honorific) score = 0.85;
    else if (cue) score = 0.8;
    else if ((listBefore || listAfter) && len >= 2 && len <= 6) score = listBefore && previousIsName(out, i) ? 0.75 : 0;
    // "です" after a name at the start of a turn ("佐藤 花子です"), "입니다" is Korean (below)
    else if (text.startsWith("です", best) && len >= 3) score = 0.7;
    // a self-introduction ("中村と申します", "田中といいます"): the name said is the speaker's, a family name alone too
    else if (SELF_INTRO_AFTER.test(text.slice(best, best + 6)) && len >= 2) score = 0.8;
    // a Japanese family name alone before "です" opening a turn ("佐藤です。"), only a family name of the list
    else if (text.startsWith("です", best) && len === 2 && JA_SURNAMES.includes(text.slice(i, best)) && TURN_START_BEFORE.test(text.slice(Math.max(0, i - 12), i))) score = 0.7;
    // a whole item of a list or table row in a text that says it lists names ("these names: 王小明, 佐藤花子", "客户名单：\n1. 张伟 — …")
    if (score === 0 && len >= 2 && len <= 4 && !NOUN_END.test(text.charAt(best - 1)) && namesCue() && wholeListItem(text, i, best)) score = 0.7;
    if (score > 0) {
      push(out, i, best, score, "name in Chinese or Japanese (family name with a label or honorific)");
      i = best - 1;
    }
  }
}

/** Japanese self-introductions after a name: "と申します", "といいます", "と言います". */
const SELF_INTRO_AFTER = /^(?:と申します|と申し|といいます|と言います)/u;
/** The start of a text, a line or a sentence, or a greeting before it ("お世話になっております。"). */
const TURN_START_BEFORE = /(?:^|[\n。！？!?]|[:：][ \t]*)[ \t\u3000]*$/u;

/** Last characters of common nouns that start like a family name (白色, 高速, 方法, 金额), rare in given names. */
const NOUN_END = /[色市省区區县縣路街号號楼樓州家们們员員品业業司部门門学學性化度式型类類线線车車机機站店局院所厂場场馆館室科系组組队隊班级級语語文字话話物件表单單据費费价價额額数數量时時日月年期天点點分法速效果]/u;

/** Words that say a text lists or tabulates people ("names", "名单", "姓名", "이름", "명단"). */
const NAMES_CUE = /\bnames\b|\bname list\b|\bcontacts\b|名单|名單|名字|姓名|氏名|名前|名簿|客户|顧客|联系人|참석자|명단|이름|성명|고객/iu;

/** Whether the text says it lists names, looked up once per pass on first use. */
function namesCueOf(text: string): () => boolean {
  let yes: boolean | undefined;
  return () => (yes ??= NAMES_CUE.test(text));
}

/** What may lead a list item: a separator (with spaces), a line start with an optional bullet or number, a colon. */
const ITEM_LEAD = /(?:^|[\n\r]|[、，,;；：:|]|[\n\r][ \t]*(?:[-*•·]|\d{1,3}[.)、．]))[ \t\u3000]*$/u;
/** What may end a list item: a separator, a line end, a dash or a tab/pipe before the next field. */
const ITEM_TAIL = /^[ \t\u3000]*(?:$|[\n\r、，,;；|。.]|[—–-][ \t]|\t)/u;

/**
 * The span [s, e) stands alone as an item of a list or a field of a row, and the list is one of names: its line
 * says so before the item ("names: 王小明, 佐藤花子") or the item's row goes on with a number or an e-mail address
 * ("2. 王芳 — wangfang88@qq.com"), not a bullet list of nouns ("- 고양이").
 */
export function wholeListItem(text: string, s: number, e: number): boolean {
  if (!ITEM_LEAD.test(text.slice(Math.max(0, s - 8), s)) || !ITEM_TAIL.test(text.slice(e, e + 3))) return false;
  const ls = Math.max(lineStartWithin(text, s, 200), s - 200);
  let le = newlineWithin(text, e, 200);
  if (le < 0) le = Math.min(text.length, e + 200);
  return NAMES_CUE.test(text.slice(ls, s)) || /[\d@]/.test(text.slice(e, le));
}

function previousIsName(out: PiiHit[], pos: number): boolean {
  const prev = out[out.length - 1];
  return !!prev && prev.type === "PERSON" && pos - prev.end <= 1;
}

// ---------------------------------------------------------------- Korean

const KO_SURNAMES = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부";
/** What follows a Korean name: honorifics, roles and the copula ("님", "씨", "고객님", "팀장", "입니다"). */
// (님 and 씨 also with a case particle: "이지은 님께", "박서연 씨가"; the roles too: "박서준 고객님의")
const KO_AFTER = /^(?:님|씨|입니다|이에요|예요|이고|[ \t]*(?:님|씨)(?:께서|께|이|은|을|의|도|가|는|한테|에게|과|와|이랑|하고)(?![\uac00-\ud7af])|[ \t]*(?:고객님|고객|님|씨|팀장|대리|과장|부장|차장|사원|주임|선생님|교수님|원장|대표|실장|매니저)(?:께서|께|이|은|을|의|도|가|는|한테|에게|과|와)?(?![\uac00-\ud7af]))/u;
/** Three-syllable nouns for roles that start like a family name ("사용자님", "선생님"). */
const KO_NOUNS = new Set(["사용자", "이용자", "담당자", "관리자", "신청자", "작성자", "보호자", "구매자", "판매자", "운영자", "대표자", "책임자", "상담원", "고객님", "회원님", "선생님", "교수님", "여러분", "기사님", "사장님", "부장님", "과장님", "대리님", "팀장님", "실장님", "원장님", "주문자", "수령인", "수취인", "신청인", "지원자", "참석자", "발신자", "수신자", "예약자", "배송지", "연락처", "전화번"]);
/** A last syllable that is a case particle ("정보를", "이것은"): the word is no bare name. */
const KO_PARTICLE_END = /[를을는에의로와과께만서게고며면다요가]$/u;
const KO_CUE_BEFORE = /(?:성명|이름|상담원|참석자|담당자|고객|받는 사람|받는 분|받는분|받으시는 분|수령인|수령자|수취인|수신인|보내는 사람|보내는 분|발신인|저는|제 이름은|신청인|환자|직원)[ \t]*[:：]?[ \t]*$/u;
const KO_WORD = new RegExp(`(?<![\\uac00-\\ud7af])[${KO_SURNAMES}][\\uac00-\\ud7af]{2}`, "gu");

function koreanNames(text: string, out: PiiHit[]): void {
  const namesCue = namesCueOf(text);
  KO_WORD.lastIndex = 0;
  for (let m = KO_WORD.exec(text); m; m = KO_WORD.exec(text)) {
    const s = m.index;
    const e = s + 3;
    if (KO_NOUNS.has(m[0]) || KO_PARTICLE_END.test(m[0])) continue;
    const after = text.slice(e, e + 12);
    const honor = KO_AFTER.test(after);
    // a bare three-syllable word must end there (no particle glued on), unless an honorific or copula follows
    const nx = text.charCodeAt(e);
    const ends = Number.isNaN(nx) || !(nx >= 0xac00 && nx <= 0xd7af);
    const cue = KO_CUE_BEFORE.test(text.slice(Math.max(0, s - 12), s));
    const prev = out[out.length - 1];
    const listed = ends && !!prev && prev.type === "PERSON" && /^[ \t]*(?:[,、]|[ \t]*(?:팀장|대리|과장|부장|님|씨)?[ \t]*,)[ \t]*$/u.test(text.slice(prev.end, s));
    let score = 0;
    if (honor) score = 0.85;
    else if (cue && ends) score = 0.8;
    else if (listed) score = 0.75;
    else if (ends && namesCue() && wholeListItem(text, s, e)) score = 0.7;
    if (score > 0) push(out, s, e, score, "name in Korean (family name with an honorific, role or label)");
  }
}

/**
 * A name found once is the same name where it recurs in the text ("李娜负责…" after "参加人 张伟、李娜"), and so is its
 * family name before an honorific ("渡辺さん" after "渡辺 さくら"), for the first few names found.
 */
const MAX_REPEATS = 200;
const SPACED_SCRIPT = /[\u0370-\u04ff\u0600-\u06ff]/;

function repeats(text: string, out: PiiHit[], from: number): void {
  const found = out.slice(from, from + 40).filter((h) => h.score >= 0.6 && h.end - h.start >= 2);
  const taken = found.map((h) => [h.start, h.end] as const);
  const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && a < e);
  const names = new Set<string>();
  for (const h of found) {
    const name = text.slice(h.start, h.end);
    names.add(name);
    // the given name or surname of a full name in a spaced script ("Тимур" of "Тимур Гайнуллин", "سارة" of "سارة العتيبي")
    if (SPACED_SCRIPT.test(name)) for (const w of name.split(" ")) if (w.length >= 3 && !AR_JOIN.has(w)) names.add(w);
  }
  for (const name of names) {
    const spaced = SPACED_SCRIPT.test(name);
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const e = i + name.length;
      // whole words only in spaced scripts (not "Анна" in "Аннабель")
      if (!free(i, e) || (spaced && /\p{L}/u.test(text.charAt(e) + text.charAt(i - 1)))) continue;
      push(out, i, e, 0.7, "name found elsewhere in the text");
      taken.push([i, e]);
      // bounded: a long text repeating a name has it found by the passes above wherever it is cued
      if (taken.length >= MAX_REPEATS) return;
    }
  }
}

/** Names in non-Latin scripts, each script's pass only when the text has its characters. */
export function scriptNames(text: string, out: PiiHit[]): void {
  if (!NON_LATIN.test(text)) return;
  const from = out.length;
  if (CYRILLIC.test(text)) cyrillicNames(text, out);
  if (GREEK.test(text)) greekNames(text, out);
  if (ARABIC.test(text)) arabicNames(text, out);
  if (HAN_KANA.test(text)) cjkNames(text, out);
  if (HANGUL.test(text)) koreanNames(text, out);
  if (out.length > from) repeats(text, out, from);
}
