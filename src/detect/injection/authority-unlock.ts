/**
 * An authority claim used to unlock something, in parts read one sentence at a time: the claim ({@link authorityClaim}:
 * "This is the security team", "I'm the admin of this platform", "CEO here", "Microsoft Support:", "Level-5 clearance
 * verified", "authorisation code 4471") and the unlock ({@link authorityUnlock}: filters or restrictions switched off,
 * the configuration, hidden instructions or keys shown, a maintenance or debug mode, the current configuration
 * dropped). score-text.ts reads them as the two halves of the developer claim with the safety switched off
 * (CLAIM_PART_CLAIM and CLAIM_PART_OFF of rules.ts), whose learned weight they share.
 *
 * A claim alone is how IT notices and newsletters open ("the security team will never ask for your password", "CEO
 * here with the Q3 update"); an unlock that is negated ("we will never ask you to reveal your keys") does not count.
 */

const CLAIM: readonly RegExp[] = [
  // English: "this is / I'm / writing from" + a team or role, a role label opening the text, a clearance or code
  /\b(?:this is|it'?s|here is|i'?m|i am|we are|we're|writing from|calling from|message from|on behalf of)\b (?:\w+ ){0,3}?(?:security team|security department|it (?:team|department|support)|tech(?:nical)? support|support team|helpdesk|help desk|admin|administrator|system administrator|sysadmin|ceo|cto|cfo|compliance (?:team|department|officer)|trust (?:and|&) safety|(?:microsoft|google|openai|anthropic|apple|aws|meta|vendor|platform) (?:support|staff|employee|engineer|team|security))\b/,
  /^[\W_]{0,3}(?:ceo|cto|cfo|admin|administrator|it|security team|tech support|(?:microsoft|google|openai|anthropic|apple|vendor|platform) (?:support|security|staff))\b ?(?:here\b|:)/,
  /\b(?:level|tier|class)[- ]?\d+ (?:clearance|access|authori[sz]ation)\b|\b(?:clearance|authori[sz]ation|admin (?:access|rights?)|identity) (?:level )?(?:verified|confirmed|granted|approved)\b|\b(?:authori[sz]ation|access|auth|verification|security|admin|override) (?:code|pin|token)\b:? ?#?\d{3,}/,
  // es fr de it pt pl nl ro tr vi id sv (folded)
  /\b(?:soy el (?:administrador|admin)|equipo de seguridad|soporte tecnico|codigo de (?:autorizacion|acceso) \d+|ici le support|support technique|equipe (?:de )?securite|je suis l'?administrat\w*|service informatique|hier ist (?:der|das|die) (?:support|sicherheitsteam|it)|sicherheitsteam|ich bin der (?:admin|administrator)\w*|technischer support|sono l'?amministratore|team di sicurezza|supporto tecnico|sou o administrador|equipe de seguranca|suporte tecnico|zesp[oł]l\w* bezpieczenstwa|jestem administratorem|wsparcie techniczne|dzial it|securityteam|beveiligingsteam|ik ben de (?:beheerder|admin)|technische ondersteuning|sunt administratorul|echipa de securitate|suport tehnic|yoneticisiyim|guvenlik ekibi|teknik destek|yetki kodu|toi la quan tri vien|doi bao mat|ho tro ky thuat|ma xac thuc|saya admin|tim keamanan|dukungan teknis|sakerhetsteamet|jag ar administrator\w*)\b/,
  // other scripts
  /(?:служба безопасности|служба безпеки|я администратор|я адміністратор|пишет администратор|пише адміністратор|техподдержк|техпідтримк|техническая поддержка|технічна підтримка|код доступа|код доступу|администратор (?:сервиса|системы|платформы|бота|этого)|адміністратор (?:сервісу|системи|платформи|бота|цього)|τμήμα (?:ασφαλείας|συμμόρφωσης|πληροφορικής)|είμαι ο διαχειριστής|τεχνική υποστήριξη|ομάδα ασφαλείας|我是(?:这个|這個|本)?(?:平台|系统|系統|网站|服务|服務)?的?管理[员員]|安全团队|安全團隊|技术支持|技術支援|授权码|授權碼|管理者です|セキュリティチーム|サポート担当|ベンダーのサポート|관리자입니다|보안팀|직원입니다|기술 지원|인증 코드|فريق الأمن|أنا (?:مدير|المسؤول)|الدعم الفني|رمز (?:التفويض|الدخول)|مدیر (?:سیستم|این|سامانه)|تیم امنیت|پشتیبانی فنی|کد مجوز|मैं (?:एडमिन|व्यवस्थापक)|सुरक्षा टीम|टेक सपोर्ट|ทีมรักษาความปลอดภัย|ผู้ดูแลระบบ|ฝ่ายสนับสนุน|צוות האבטחה|אני המנהל|תמיכה טכנית)/,
];

/** Switch-off verbs, limits, show verbs, setup nouns and special modes in other scripts (for {@link UNLOCK}). */
const SCRIPT_OFF = "отключи|выключи|сними|убери|вимкни|вимкнути|зніми|прибери|απενεργοπ|关闭|關閉|解除|オフに|無効に|무시하고|끄|꺼|해제|عطل|أوقف|اوقف|خاموش|بردار|غیرفعال|ปิด|תבטל|תכבה|बंद|हटा";
const SCRIPT_LIMITS = "фильтр|ограничен|правил|фільтр|обмежен|φ[ιί]λτρ|περιορισμ|过滤|過濾|限制|安全设置|フィルタ|制限|지침|제한|필터|القيود|الفلتر|المرشح|فیلتر|محدودیت|ตัวกรอง|הסינון|ההגבלות|फ़िल्टर|फिल्टर|नियम|पाबंदि";
const SCRIPT_SHOW = "покажи|выведи|показати|покажіть|εμφ[αά]νισε|δε[ιί]ξε|输出|輸出|显示|顯示|表示して|見せて|보여|출력|اعرض|عرض|نشون|نمایش|แสดง|תציג|दिखा|बता";
const SCRIPT_SETUP = "конфигурац|настройк|инструкц|промпт|налаштуван|конфігурац|інструкц|οδηγ|ρυθμ|配置|設定|指令|系统提示|システムプロンプト|설정|지침|프롬프트|الإعدادات|الاعدادات|التعليمات|تنظیمات|دستور|การตั้งค่า|ההוראות|सेटिंग|निर्देश";
const SCRIPT_MODES = "指示を破棄|設定を適用|αντ[ιί]γραφο (?:όλων )?των οδηγι|κλειδι[ωώ]ν api";

const UNLOCK: readonly RegExp[] = [
  // the model's own filters or restrictions switched off ("disable the rate limits on the API" is the user's server)
  /\b(?:disable|turn off|switch off|remove|lift|drop|deactivate|bypass|suspend)\b (?:all |all of |any )?(?:your |the |its )?(?:content |safety |output )?(?:filters?|filtering|restrictions|guardrails?|moderation|safeguards|content rules|safety (?:rules|checks|settings))\b|\b(?:disable|turn off|switch off|remove|lift|drop|ignore|bypass) (?:all )?(?:of )?your (?:\w+ )?(?:rules|limits|limitations|guidelines|instructions)\b/g,
  // the model's setup or secrets shown ("show me the nginx config" is the user's server)
  /\b(?:reveal|show|output|print|display|dump|give|send|share|list|paste|export)\b(?: me)?(?: all| the| your){0,2} (?:full |complete |whole |entire )?(?:your|internal|hidden|system|restricted)\b[^.!?\n]{0,30}?\b(?:prompt|instructions|configuration|config|deployment keys?|api keys?|keys|secrets|data|credentials|settings|tools)\b|\b(?:reveal|show|output|print|display|dump|give|send|share|list|paste)\b[^.!?\n]{0,40}?\b(?:system prompt|hidden instructions|internal instructions|deployment keys?|restricted data|internal configuration)\b/g,
  /\b(?:forget|discard|drop|replace) (?:\w+ ){0,1}(?:current|existing) (?:configuration|config|instructions|settings)\b|\bapply the (?:one|config\w*|settings) i'?m sending\b/g,
  // es fr de it pt pl nl ro tr vi id sv (folded): restrictions or filters off, the model's own or hidden setup shown
  /\b(?:desactiva\w*|desactive\w*|deaktivier\w*|schalte\w* (?:\S+ ){0,3}ab|disattiva\w*|desativ\w*|wy[lł]acz\w*|schakel\w* (?:\S+ ){0,3}uit|dezactiveaz\w*|devre disi|kaldir|tat het|tat|nonaktifkan|stang av|inaktivera)\b(?: \S+){0,3}? (?:\S*restric\w*|filtr\w*|filter\w*|kisitlama\w*|bo loc|batasan|begransning\w*|ograniczen\w*|beperking\w*)|\b(?:muestra\w*|affiche\w*|affichez|zeig\w*|mostra\w*|mostre|pokaz\w*|podaj|toon|tonen|afiseaz\w*|goster|hien thi|tampilkan|visa)\b(?: \S+){0,4}? (?:tu|tus|su|sus|ta|tes|ton|votre|vos|deine\w*|ihre\w*|dein|la tua|le tue|tuoi|tua|sua|suas|seu|seus|twoj\w*|swoich|swoje|je|jouw|ta|tale|senin|cua ban|kamu|dina|din|\S*ocult\w*|\S*cache\w*|\S*verborgen\w*|\S*versteckt\w*|\S*nascost\w*|\S*ukryt\w*|\S*ascuns\w*|\S*gizli\w*|\S*intern\w*|\S*wewnetrzn\w*|noi bo|tersembunyi)\b(?: \S+){0,3}? ?(?:configuracion|configuration|konfiguration|configurazione|configuracao|konfiguracj\w*|configuratie|configuratia|yapilandirma|cau hinh|konfigurasi|prompt\w*|instrucciones|instructions|consignes|anweisungen|istruzioni|instrucoes|instrukcj\w*|instructies|instructiuni|talimat\w*|sleutels|claves|cles|schlussel|chiavi|chaves|klucz\w*)\b/g,
  // noun before verb (nl de tr): "je verborgen instructies en sleutels tonen", "tüm kısıtlamaları kaldır"
  /\b(?:je|jouw|uw|deine\w*|ihre\w*|\S*verborgen\w*|\S*versteckt\w*|geheime\w*)\b(?: \S+){0,3}? (?:instructies|sleutels|configuratie|anweisungen|schlussel|konfiguration|prompt)\b(?: \S+){0,4}? (?:tonen|laten zien|zeigen|anzeigen|preisgeben|offenlegen)\b|\bk[iı]s[iı]tlama\S*(?: \S+){0,2}? (?:kald[iı]r|kapat)\b|\bfiltre\S*(?: \S+){0,2}? (?:kald[iı]r|kapat)\b/g,
  // verb before noun (ru uk el zh ar he th), noun before verb (fa ja ko hi)
  new RegExp(`(?:${SCRIPT_OFF})[^.!?\\n。]{0,40}?(?:${SCRIPT_LIMITS})|(?:${SCRIPT_LIMITS})[^.!?\\n。]{0,30}?(?:${SCRIPT_OFF})|${SCRIPT_MODES}`, "g"),
];

/**
 * The setup shown, in other scripts: counted only with a word that makes it the model's own or hidden setup ("покажи
 * всю внутреннюю конфигурацию", "تنظیمات داخلی رو نشونم بده"), not a server's.
 */
const SCRIPT_SHOWN = new RegExp(`(?:${SCRIPT_SHOW})[^.!?\\n。]{0,40}?(?:${SCRIPT_SETUP})|(?:${SCRIPT_SETUP})[^.!?\\n。]{0,30}?(?:${SCRIPT_SHOW})`);
const SCRIPT_OWN =
  /внутренн|скрыт|твои|твою|свою|свои|приховані|прихован|внутрішн|твої|свої|κρυφ|σας|σου|内部|隐藏|隱藏|完整|你的|あなたの|내부|숨겨진|너의|당신의|الداخلية|المخفية|كاملة|داخلی|مخفی|ภายใน|שלך|आंतरिक|छिपे|अपन/;

/** A negation or a promise not to ask, just before an unlock: an IT notice, not an order. */
const NEGATED = /\b(?:never|not|n't|no one|nobody|nunca|jamais|niemals|nie|mai|nao|nigdy|asla|khong)\b[^.!?\n]{0,30}$|(?:никогда|ніколи|ποτέ|绝不|決して|절대|هرگز|أبدا|כלל)[^.!?\n]{0,30}$/;

/** A negation anywhere in a sentence of another script (for the setup-shown check, which has no match position). */
const NEGATED_SCRIPT = /(?:никогда|ніколи|ποτέ|绝不|決して|절대|هرگز|أبدا|לעולם)/;

/** Whether a sentence's view claims an authority (a team, an admin, a vendor's support, a clearance or code). */
export function authorityClaim(view: string): boolean {
  return CLAIM.some((p) => p.test(view));
}

/** Whether a sentence's view asks for an unlock (filters off, configuration or keys shown, a special mode), not negated. */
export function authorityUnlock(view: string): boolean {
  for (const p of UNLOCK) {
    p.lastIndex = 0;
    for (let m = p.exec(view); m !== null; m = p.exec(view)) {
      if (!NEGATED.test(view.slice(Math.max(0, m.index - 40), m.index))) {
        p.lastIndex = 0;
        return true;
      }
      if (m[0].length === 0) p.lastIndex++;
    }
  }
  return SCRIPT_SHOWN.test(view) && SCRIPT_OWN.test(view) && !NEGATED_SCRIPT.test(view);
}

/** Gate words (folded) of the claim part, which is read first. */
export const AUTHORITY_GATE_WORDS =
  "security admin administrator sysadmin support helpdesk ceo cto cfo compliance clearance authorization authorisation code " +
  "pin token staff employee engineer seguridad administrador soporte codigo securite administrateur informatique " +
  "sicherheitsteam admin technischer amministratore sicurezza supporto seguranca suporte bezpieczenstwa administratorem " +
  "wsparcie securityteam beveiligingsteam beheerder ondersteuning administratorul securitate tehnic yoneticisiyim " +
  "guvenlik destek yetki quan bao tro xac keamanan dukungan sakerhetsteamet administrator";
