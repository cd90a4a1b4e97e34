import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { hitsOf } from "./test-support/hits.js";

/** Distinct PERSON values at or above the default PERSON threshold (0.6), in text order of first occurrence. */
const people = (text: string) => [...new Set(hitsOf(personLocationScanner, text, "PERSON").filter((h) => h.score >= 0.6).map((h) => h.value))];

describe("chat logs between people", () => {
  it.each([
    // a speaker names another one in a message (Spanish, Ukrainian, Korean with a vocative, Persian, Thai unspaced)
    ["pato: che nico me pasás el link?\nnico: ahí va\npato: gracias", ["pato", "nico"]],
    ["богдан: софія, ти бачила лист?\nсофія: так, зараз перешлю", ["богдан", "софія"]],
    ["민호: 하은아 내일 와?\n하은: 응 갈게", ["민호", "하은"]],
    ["رضا: مریم فردا میای؟\nمریم: آره حتما", ["رضا", "مریم"]],
    ["ปอ: นุ่นไปไหม\nนุ่น: ไป", ["ปอ", "นุ่น"]],
    // the talk goes back and forth and one handle is a given name of the lists (IRC, bracketed stamps, WhatsApp)
    ["<oskar> who has the keys?\n<yuki> me, why\n<oskar> need them tonight", ["oskar", "yuki"]],
    ["[10:42] helena: bist du da?\n[10:43] jannik: gleich\n[10:44] helena: ok bis dann", ["helena", "jannik"]],
    ["12/03/24, 19:41 - sofia: ci sei stasera?\n12/03/24, 19:42 - pietro: sì verso le nove\n12/03/24, 19:43 - sofia: perfetto", ["sofia", "pietro"]],
    // back and forth in a script without capitals, and a kana name before a name suffix in a message
    ["あおい: みおちゃん来る？\nそうた: 来るよ\nあおい: よかった", ["あおい", "そうた", "みお"]],
    ["小雨：阿强今晚吃饭吗\n阿强：好的\n小雨：七点见", ["小雨", "阿强"]],
    // a capitalised name inside a message of such a chat: a given name another rule scored below the threshold is
    // raised, a capitalised Cyrillic word no rule claimed is reported
    ["ines: tienes el número de Zosia?\nmarco: no, pregúntale a ines\nines: vale", ["ines", "marco", "Zosia"]],
    ["женя: костя, ты где?\nкостя: у Гоши на даче\nженя: ок", ["женя", "костя", "Гоши"]],
    // two speakers take turns and the first asks something (a question, or a sentence of four words or more)
    ["joost: wie heeft het nummer van femke\ndaan: 06 60 16 58 57", ["joost", "daan", "femke"]],
    ["тарас: де олеся?\nбогдан: вдома, набери її", ["тарас", "богдан"]],
    ["민지: 수빈이 번호 있어?\n하은: 010 2747 5827", ["민지", "하은", "수빈"]],
    ["නිමල්: හෙට එනවද?\nදිලිනි: ඔව්", ["නිමල්", "දිලිනි"]],
    // a third person named where the speakers ask for a contact: after "of", before a possessive, a Chinese nickname
    ["basti: hat jmd die nummer von jule?\nkathi: 0176 20718002\nbasti: danke dir", ["basti", "kathi", "jule"]],
    ["lena: hat jemand die nummer von tobias krämer?\nmo: ja, ab mittag", ["lena", "mo", "tobias krämer"]],
    ["rohit: bhai pinky ka number bhej\nankit: 98339 62611\nrohit: thnx", ["pinky"]],
    ["burak: ecemin numarası kimde var?\nselin: 0532 531 18 07", ["burak", "selin", "ecem"]],
    ["olle: har nån majas nummer?\nelin: 073-531 89 20", ["olle", "elin", "maja"]],
    ["bence: dori átküldöd peti számát?\ndori: 06 20 880 5677", ["peti"]],
    ["小李：阿强的电话是多少？\n老王：13975073634，你找他干嘛", ["小李", "老王", "阿强"]],
  ] as const)("%j", (text, expected) => {
    expect(people(text)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    // roles and fields, not people: an assistant transcript, Q&A, few-shot prompts, records
    "user: hi there\nassistant: hello, how can I help?\nuser: thanks",
    "bot: hola\ncliente: necesito ayuda\nbot: claro",
    "pregunta: ¿qué hora es?\nrespuesta: las diez\npregunta: ¿y mañana?",
    "问：今天几号？\n答：五号\n问：明天呢？",
    "질문: 오늘 날씨?\n답변: 맑음\n질문: 내일은?",
    "клиент: добрый день\nоператор: здравствуйте\nклиент: у меня вопрос",
    "姓名：张三\n电话：138 0013 8000\n姓名：李四\n电话：139 0013 9000",
    "input: 2+2\noutput: 4\ninput: 3+3\noutput: 6",
    // a YAML file: keys alone on their line, and a key named again inside a path
    "services:\n  api:\n    image: ghcr.io/acme/api:2.14.1\n    ports: [\"8080:8080\"]",
    // one line of talk; two turns that ask nothing (a short value, a number); two turns under a header line
    "mike: who's covering tonight?",
    "lena: tobias\nmo: 0157 14747789",
    "[slack] #ops-oncall\nmike: who's covering tonight?\npriyanka: not me",
    // records: capitalised Cyrillic field labels, a Persian form whose other labels hold spaces
    "Выписка\nПациентка: Зинаида Петровна Орлова, 12.01.1940 г.р.\nДиагноз: перелом шейки бедра",
    "نام و نام خانوادگی: مهسا رضایی\nتاریخ تولد: ۱۳۷۲/۰۶/۲۵\nنشانی: تهران، خیابان ولیعصر، کوچه ۱۲\nموبایل: ۰۹۱۲",
    // group words and greetings in the messages are no names
    "anna: hi all, thanks team!\nbeto: hey everyone\nanna: cool",
    // products and brands in the messages of a chat between people
    "anna: did you push it to Github?\nbeto: no, anna, Jira is down\nanna: use Figma then",
    "anna: watching Netflix or Spotify?\nbeto: anna, Excel first",
  ])("%j", (text) => {
    const found = people(text);
    for (const role of ["user", "assistant", "bot", "cliente", "pregunta", "respuesta", "问", "答", "질문", "답변", "клиент", "оператор", "姓名", "电话", "input", "output", "lena", "mo", "mike", "priyanka", "tobias", "Пациентка", "Диагноз", "نشانی", "موبایل", "all", "team", "everyone", "api", "Github", "Jira", "Figma", "Netflix", "Spotify", "Excel"]) {
      expect(found).not.toContain(role);
    }
  });

  it.each([
    // frames that hold no name: verbs and pronouns before "number", ordinary words after "of", kinship nicknames,
    // a Korean noun with a case particle
    ["kasia: masz numer do pani?\ntomek: 512 642 285, dzwoń po 16", ["masz", "pani"]],
    ["mart: kas sa tuled ka?\nliis: jah, tema number on 5698 2930", ["tema"]],
    ["facu: che pasame el mail del flaco Nahuel\nlu: nahuel@example.org\nfacu: genia", ["flaco"]],
    ["小李：阿姨的电话是多少？\n老王：不知道", ["阿姨"]],
    ["민지: 회사의 주소 알아?\n하은: 몰라", ["회사"]],
  ] as const)("no name in the frame: %j", (text, absent) => {
    const found = people(text);
    for (const w of absent) expect(found).not.toContain(w);
  });

  it("reports nothing for record lines with a capitalised word in their values", () => {
    expect(people("nota: el Banco devolvió el pago\nestado: pendiente\nnota: revisar")).toEqual([]);
  });
});

describe("names after self-introductions in other scripts", () => {
  it.each([
    ["السلام علیکم، میرا نام زینب ملک ہے۔", ["زینب ملک"]],
    ["سلام، نام من سارا احمدی است", ["سارا احمدی"]],
    ["Добър ден, аз съм Десислава Иванова, моля обадете ми се.", ["Десислава Иванова"]],
    ["你好，我係陳家豪，想查下訂單", ["陳家豪"]],
    ["최민수 고객님의 주문이 취소되었습니다.", ["최민수"]],
  ] as const)("%j", (text, expected) => {
    expect(people(text)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    // the copula or a pronoun after the cue is no name; a role word before a particle is no name
    "میرا نام ہے",
    "고객님의 주문이 취소되었습니다.",
  ])("%j", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("a chat line opened by a named speaker (no conversation evidence)", () => {
  it.each([
    // the message opens on another given name of the lists: the speaker and the person talked about or to
    ["ivana: luka je rekao da je sve u redu", ["ivana", "luka"]],
    ["eric: claudine nimero ye ni 0781 004 666", ["eric", "claudine"]],
    ["andrei: ioana mi-a dat numărul lui ieri", ["andrei", "ioana"]],
    // the message opens on a greeting and a lower-case name (Finnish, Serbian, Hungarian, Māori greetings)
    ["jelena: pozdrav stefane, kako si danas", ["jelena", "stefane"]],
    ["aroha: kia ora wiremu! see you at the marae", ["aroha", "wiremu"]],
    // also in a conversation: a message of a two-person chat that opens on a third given name
    ["giulia: luca mi ha dato il numero di chiara\nmarco: grazie!!", ["giulia", "luca"]],
  ] as const)("%j", (text, expected) => {
    expect(people(text)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    // benign twins: a role or note word before the colon, an ordinary word after it, a Scandinavian auxiliary, a
    // greeting word that opens the message, a bare value, a group greeted
    ["note: maria will call back tomorrow morning", ["note"]],
    ["todo: fix the login page before friday", ["todo", "fix"]],
    ["ingrid: kan noen gi beskjed til gruppen?", ["kan"]],
    ["ania: jaki masz pesel do tej rezerwacji?\ntomek: 01293060953\nania: ok wpisane", ["jaki"]],
    ["aroha: kia ora everyone, meeting at noon", ["kia", "everyone"]],
    ["ivana: 0781 004 666", ["ivana"]],
    ["jelena: pozdrav svima, hvala", ["svima"]],
    // a header line beside the turns: a record of an on-call channel, not a chat line between two named people
    ["[slack] #ops-oncall\nmike: who's covering tonight?\npriyanka: jess okafor, her cell is in the doc", ["priyanka"]],
  ] as const)("benign: %j", (text, absent) => {
    const found = people(text);
    for (const w of absent) expect(found).not.toContain(w);
  });
});
