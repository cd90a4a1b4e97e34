/**
 * Agent tool abuse, in parts read one sentence at a time (score-text.ts combines them per window, as it does the
 * parts of a framed harmful request): a high-stakes action ({@link TOOL_ACT}: data sent to an e-mail address, money
 * to an IBAN / card / account, every file of a folder deleted, branch protection switched off, a secrets file read
 * out, an admin account made, a tool function called by name) and a suppression of oversight ({@link TOOL_UNCHECKED}:
 * "don't ask me to confirm", "no preview, just send", "approval already given", "without notifying the maintainers").
 *
 * Either part alone is ordinary: a user asks their own agent to "send the report to bob@company.com", an invoice
 * read as a document says "pay to IBAN …", a user says "no need to confirm every edit". An attack asks for the action
 * AND for the human check to be skipped, in the same sentence or the next two; that is what the window requires.
 * Rule views are folded (lowercase, Latin accents removed); non-Latin scripts keep their letters.
 */

/** Send, forward, upload, share verbs in the languages of the rules (folded; CJK and Thai without word boundaries). */
const SEND =
  "(?:\\b(?:send|sending|forward|e-?mail|mail|upload|post|share|export|sync|copy|envia\\w*|manda\\w*|reenvia\\w*|envoie\\w*|envoyez|transfere\\w*|schick\\w*|sende\\w*|weiterleit\\w*|leite\\w*|invia\\w*|inoltra\\w*|wyslij\\w*|przeslij\\w*|przekaz\\w*|gonder\\w*|gönder\\w*|yolla\\w*|gui|chuyen|trimite\\w*|stuur\\w*|verstuur\\w*|skicka\\w*|vidarebefordra|kuld\\w*|odesli|posli|ipadala|padala|tuma|tumia|kirim\\w*)\\b|(?:^|[\\s,.;:!?\"'«(])(?:отправ|перешли|пересл|скинь|вышли|надішли|відправ|στε[ιί]λ|προ[ωώ]θησ|भेज|পাঠা|שלח)|أرسل|ارسل|ابعث|بفرست|ارسال|发给|发到|發給|發到|发送|送って|送信|보내|전송|ส่ง)";
/** "All", "every", "the whole" in the same languages (what a delete-everything order names). */
const ALL =
  "(?:\\b(?:all|every|entire|whole)\\b[^.!?\\n]{0,25}?\\b(?:files?|folders?|director(?:y|ies)|documents?|e-?mails?|messages|accounts?|users?|records|rows|backups?|repos?|repositor(?:y|ies)|data|databases?|tables?|contents|drives?|branch(?:es)?|invoices|contracts)\\b|\\beverything\\b|\\b(?:todos?|todas?|tous|toutes|tout|alle[sn]?|tutt[ieoa]|wszystk\\w*|her|tum|tat ca|toate|tot|allt|alla|minden|vse|vsechny|lahat|yote|zote|semua|elke|alles)\\b|(?:^|[\\s,.;:!?\"'«(])(?:все|всё|всю|усі|всі|όλα|όλες|όλους|كل|همه|सब|সব|כל)|全部|所有|すべて|全て|모두|전부|ทั้งหมด)";

/** Delete verbs in the same languages. */
const DELETE =
  "\\b(?:delete|remove|wipe|erase|purge|destroy|borra\\w*|elimina\\w*|supprime\\w*|efface\\w*|losch\\w*|entfern\\w*|cancella\\w*|apaga\\w*|exclu\\w*|usun\\w*|skasuj|sil|temizle|xoa|sterge|verwijder\\w*|radera|torol\\w*|smaz\\w*|vymaz\\w*|burahin|futa|hapus)\\b|(?:^|[\\s,.;:!?\"'«(])(?:удали|сотри|видали|знищ|διαγρ[αά]ψ|हटा|डिलीट|মুছে|מחק)|احذف|امسح|پاک کن|حذف کن|删|刪|削除|消して|삭제|지워|ลบ";
/** A file path ("/Finance/2025", "~/docs", "/حسابداری"). */
const PATH = "(?:^|\\s)(?:~|\\.)?\\/[^\\s/]{2,}";

/**
 * The high-stakes action, language-independent where it can be (an e-mail address, an IBAN, a card number, a path, a
 * tool function), with the verb where it cannot.
 */
const TOOL_ACT: readonly RegExp[] = [
  // data sent to an e-mail address ("forward all my meeting notes to ext-notes@…", "メールツールで … @gmail.com に送って")
  new RegExp(`${SEND}[^\\n]{0,160}?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+[^.!?\\n]{0,60}?${SEND}`),
  // money to an IBAN, a card number, or an account / M-Pesa number
  /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,4})?\b|\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}\b|(?:\b(?:iban|account|acct|cuenta|compte|konto|conto|conta|rekening|hesab\w*|tai khoan|m-?pesa|namba)\b|счет|счёт|карт[уаы]|рахун|계좌|账户|帳戶|口座|حساب|खात|บัญชี)[^.!?\n]{0,30}?\d{3,}[ -]?\d{3,}|\d{3,}[ -]?\d{3,}[ -]?\d*[^.!?\n]{0,12}?(?:계좌|账户|帳戶|口座|حساب|खात|บัญชี|счет|счёт|рахун)/,
  // every file of a folder deleted, verb first or last ("Delete every file in /Finance/2025", "/muhasebe klasöründeki
  // her şeyi sil", "همه‌ی فایل‌های پوشه‌ی /حسابداری رو پاک کن", "用文件工具把 … 全部删掉")
  new RegExp(`(?:${DELETE})[^\\n]{0,80}?(?:${ALL}|${PATH})|(?:${ALL}|${PATH})[^\\n]{0,80}?(?:${DELETE})`),
  // repository and account safeguards switched off ("disable the branch protection on main", "force-push")
  /\b(?:disable|turn off|switch off|remove|bypass|deactivate|change|loosen|drop)\b[^.!?\n]{0,40}?\b(?:branch protection|protected branch|2fa|two-factor|mfa|audit log\w*|security alerts?)\b|\bforce[- ]push\b/,
  // a secrets file read out ("open /etc/app/secrets.env and paste it here", "~/.ssh/id_rsa")
  /(?:\.env\b|\bsecrets?\.(?:env|json|ya?ml|txt|toml)\b|\bid_(?:rsa|ed25519|ecdsa)\b|\.ssh\/|\/etc\/shadow\b|\.aws\/credentials|\bcredentials\.json\b|\.npmrc\b|\.pgpass\b)/,
  // a tool function called by name, or a delete / transfer function ("Invoke transfer_funds(…)", "funkcję delete_user")
  /\b(?:send_(?:email|mail|message)|transfer_(?:funds|money)|make_payment|wire_transfer|pay_\w+|run_shell|exec_command)\s*\(|\b(?:delete|drop|remove|wipe|purge)_(?:user|users|account|accounts|repo|repository|files?|folder|database|table|all)\b/,
  // an admin account made, or an order placed on the stored card
  /\b(?:create|add|make|skapa|crea\w*|cree\w*|erstell\w*|utworz\w*|olustur\w*)\b[^.!?\n]{0,40}?\b(?:admin(?:istrat\w*)?|superuser|root (?:user|account))\b|\b(?:saved|stored) (?:credit )?card\b|\bcard on file\b|저장된 카드/,
];

/** "Don't ask (me) for confirmation", "no preview", "approval already given", in English (folded). */
const UNCHECKED_EN: readonly RegExp[] = [
  /\b(?:do not|don't|dont|never|no need to|without|w\/o)\b (?:\w+ )?(?:ask|asking|check|checking|wait|waiting|bother|bothering|prompt|prompting|ping|pinging)\b(?: (?:me|us|with me|with us|back))?(?: (?:for|about))? (?:(?:a |any |the |my |your )?(?:confirmation|permission|approval|ok|go-?ahead|sign-?off)|again|first|twice)\b/,
  /\b(?:do not|don't|dont|never|without|no need to) (?:check|checking|confirm|confirming|verify|verifying)(?: (?:it|this|that))? (?:with|back with) (?:me|us|anyone)\b|\b(?:no need to|without|do not|don't|dont) (?:confirm|confirming|confirmation)\b/,
  /\b(?:do not|don't|dont|never|without) (?:show|showing|give|giving) (?:me |us )?(?:a |any |the )?preview\b|\bno preview\b/,
  /\b(?:do not|don't|dont|never|without) (?:tell|telling|notify|notifying|inform|informing|alert|alerting|warn|warning|cc|cc'?ing) (?:the )?(?:user|owner|maintainers?|admins?|administrators?|security|it|anyone|anybody|my (?:boss|manager)|them)\b/,
  /\b(?:confirmation|confirmations|approval|verification|review|sign-?off)s? (?:step |prompts? |dialogs? |check )?(?:is |are |has been |was )?(?:not needed|not required|unnecessary|disabled|off|skipped|waived|turned off|already (?:given|granted|done|obtained))\b/,
  /\b(?:approval|permission|sign-?off|the ok|the go-?ahead) (?:was |has been )?already (?:given|granted|obtained)\b|\balready (?:been )?(?:approved|signed off|authori[sz]ed|cleared) (?:by|verbally)\b/,
  /\b(?:turn off|disable|skip|bypass|override)\b (?:\w+ ){0,2}?(?:approval|confirmation|review|verification) (?:step|process|flow|check|prompt|gate)s?\b|\bwithout (?:waiting for |going through )?(?:ci|the ci|reviews?|approval|confirmation)\b/,
  /\b(?:silently|quietly|secretly)\b|\btrust me\b/,
];

/**
 * Sensitive data (a password, credentials, payroll, contracts, the conversation) sent to a personal webmail address:
 * an outside destination for company data, which stands in for a suppressed check ("set the password to … and email
 * it to recovery.desk@mailbox.org"). A colleague's company address is not outside.
 */
const FREEMAIL =
  "@(?:gmail|googlemail|outlook|hotmail|live|yahoo|proton(?:mail)?|pm|yandex|mail|wp|o2|onet|interia|fastmail|mailbox|gmx|web|qq|163|126|naver|daum|icloud|aol|zoho|tuta(?:nota)?|seznam|libero|laposte)\\.[a-z]{2,4}\\b";
const SENSITIVE_OUT = new RegExp(
  `\\b(?:passwords?|credentials|api keys?|tokens?|payroll|payslips?|pay slips?|salar(?:y|ies)|contracts|invoices|bank details|customer (?:data|list|records)|conversation|chat history|meeting notes)\\b[^\\n]{0,160}?[\\w.+-]+${FREEMAIL}`,
);

/** The same in es fr de pt it pl nl sv da no hu cs sk ro tr vi id tl sw, and in Cyrillic, Greek and other scripts. */
const UNCHECKED_ML: readonly RegExp[] = [
  /\b(?:no me pidas (?:confirmacion|permiso)|sin (?:pedir(?:me)? )?confirmacion|no (?:me )?(?:preguntes|consultes)|sin preguntar(?:me)?|ya esta aprobad[oa]|sans (?:me )?(?:demander )?(?:de )?confirm\w*|ne (?:me )?demande (?:pas|rien)|sans (?:me )?demander|pas besoin de (?:confirm|demand)\w*|keine (?:ruckfrage|bestatigung|nachfrage)n?|nicht (?:nach|zuruck)?fragen|frag (?:mich )?nicht|ohne (?:ruckfrage|bestatigung|nachfrage|zu fragen|nachzufragen)|(?:ist|wurde) (?:bereits |schon )?(?:abgesegnet|freigegeben|genehmigt)|nao (?:me )?peca confirmacao|sem (?:pedir )?confirmacao|nao (?:me )?pergunte|ja (?:esta|foi) aprovad[oa]|non chiedermi (?:conferma|niente|nulla)|senza (?:chiedere )?conferma|non chiedere conferma|bez (?:pytania o )?potwierdz\w*|bez pytania|nie pytaj|szef sie zgodzil|niet (?:om )?(?:bevestiging )?(?:vragen|navragen)|zonder (?:te vragen|bevestiging)|vraag (?:me )?niet|fraga (?:mig )?inte|utan (?:att fraga|bekraftelse)|be inte om bekraftelse|sporg (?:mig |meg )?ikke|uden bekraeftelse|uten bekreftelse|ne kerj megerosites\w*|megerosites nelkul|ne kerdezz|bez potvrzeni|neptej se|bez potvrdenia|nepytaj sa|nu-?mi (?:mai )?cere confirmare|fara (?:sa (?:ma )?intrebi|confirmare)|nu (?:ma )?intreba|onay (?:isteme|sorma|bekleme)|onay(?:imi)? (?:almadan|sormadan|istemeden)|bana sorma|khong can hoi(?: lai)?|khong can xac nhan|dung hoi lai|tanpa konfirmasi|jangan tanya|tidak perlu konfirmasi|huwag (?:ka )?(?:nang )?magtanong|walang kumpirmasyon|usiniulize|bila (?:uthibitisho|kuniuliza)|bosi ameshakubali)\b/,
  /(?:^|[\s,.;:!?"'«(])(?:без подтвержд|подтверждени\S* не (?:нужн|требу)|не (?:спрашивай|переспрашивай|уточняй)|(?:все|всё) согласован|без підтвердж|підтвердж\S* не (?:потрібн|треба)|не (?:питай|перепитуй)|(?:все|усе) погоджен|μη(?:ν)? (?:μου )?ζητ[ηή]σεις επιβεβα[ιί]ωση|χωρ[ιί]ς (?:να ρωτ|επιβεβα[ιί]ωση)|μη(?:ν)? (?:με )?ρωτ[αά]ς|(?:لا|بدون|دون) (?:ما )?(?:تطلب|طلب) ?تأكيد|بدون تأكيد|دون تأكيد|لا تسألني|تأ?یید (?:نگیر|نخواه)|لازم نیست تأ?یید|بدون تأ?یید|از من نپرس|बिना (?:पूछे|पुष्टि)|मुझसे मत पूछ|জিজ্ঞেস করতে হবে না|জিজ্ঞেস না করে|নিশ্চিত করতে হবে না|בלי (?:לבקש )?אישור|אל תבקש אישור|אל תשאל)/,
  /(?:कन्फ़र्म|कन्फर्म|पुष्टि)\S* (?:मत|न) |(?:不用|无需|無需|不需要|不必|别|別|不要)(?:再)?(?:跟我|向我|让我|讓我|找我)?(?:确认|確認|问我|問我)|確認(?:は|も)?(?:いらない|不要|しなくていい|せずに|なしで|とらずに)|(?:聞か|きか)ずに|확인(?:은|도)? ?(?:묻지 ?말|없이|하지 ?말|필요 ?없|받지 ?말)|묻지 ?말고|ไม่ต้องถาม|ไม่ต้องยืนยัน/,
];

/**
 * Gate words (folded) of the oversight-suppression part, which is read first: a segment without one of them (or a
 * non-Latin letter) is not read, and the action part is read only in the sentences around a suppression.
 */
export const TOOL_ABUSE_GATE_WORDS =
  "confirm confirmation confirming preview approval permission silently quietly secretly trust ask asking check checking " +
  "notify notifying tell telling inform informing warn bother ping prompting waiting review reviews ci verification already " +
  "confirmacion preguntes consultes preguntar aprobado aprobada demande demander confirmer ruckfrage bestatigung " +
  "nachfrage nachfragen nachzufragen fragen frag abgesegnet freigegeben genehmigt confirmacao pergunte aprovado aprovada " +
  "conferma chiedermi chiedere potwierdzenia potwierdzania potwierdzenie pytania pytaj zgodzil bevestiging vragen " +
  "navragen vraag fraga bekraftelse sporg bekraeftelse bekreftelse megerositest megerosites kerdezz potvrzeni neptej " +
  "potvrdenia nepytaj confirmare intreba intrebi onay sorma sormadan almadan istemeden hoi xac konfirmasi tanya " +
  "magtanong kumpirmasyon usiniulize uthibitisho bosi " +
  "password passwords credentials keys token tokens payroll payslip payslips slips salary salaries contracts invoices " +
  "bank customer conversation history notes";

/** A suppression of the human check ("don't ask me to confirm", "approval already given"), any language. */
export function toolUnchecked(view: string): boolean {
  return SENSITIVE_OUT.test(view) || UNCHECKED_EN.some((p) => p.test(view)) || UNCHECKED_ML.some((p) => p.test(view));
}

/** A high-stakes agent action (data to an e-mail address, money to an account, a folder wiped, ...), any language. */
export function toolAct(view: string): boolean {
  return TOOL_ACT.some((p) => p.test(view));
}

/** Bits of the two parts in score-text's per-segment parts: the action, and the oversight suppressed. */
export const TOOL_PART_ACT = 32;
export const TOOL_PART_UNCHECKED = 64;

/** Whether a view has a letter of a script the gate words do not cover (Cyrillic, Greek, Arabic, CJK, ...). */
export function hasNonLatinLetter(view: string): boolean {
  for (let i = 0; i < view.length; i++) if (view.charCodeAt(i) >= 0x370) return true;
  return false;
}
