/** Secrets set 10, positives part 3: passwords and keys handed over in prose, chat and tickets, in many languages. */
import { pos, S, type CaseSource } from "./case-source.js";
import * as g from "./gen10.js";

const pw = (n = 12) => g.rs(g.ALNUM + "!#%&*+-.?@_", n);
const P = (v: string) => S("pw-prose", v);

export const cases: CaseSource[] = [
  pos("en-ticket", `Hi IT, I reset my VPN account like you asked. New password is ${P(pw())} — can you confirm it syncs to the laptop?`),
  pos("en-next-line", `Your temporary password for the staging portal:\n\n${P(pw(10))}\n\nYou will be asked to change it at first login.`),
  pos("de-chat", `Das WLAN-Passwort fürs Büro lautet ${P(pw(14))}, bitte nicht weitergeben.`),
  pos("fr-email", `Bonjour Claire,\nvoici le mot de passe provisoire du compte comptabilité : ${P(pw())}\nPense à le changer lundi.`),
  pos("es-chat", `oye, la contraseña del router es ${P(pw(11))} por si se cae otra vez`),
  pos("it-ticket", `La password dell'utente amministratore è stata reimpostata: ${P(pw())}`),
  pos("pt-br-whatsapp", `a senha do painel do servidor ficou ${P(pw(13))}, anota aí`),
  pos("nl-mail", `Het nieuwe wachtwoord voor de gedeelde mailbox is:\n${P(pw())}`),
  pos("pl-chat", `hasło do konta testowego na produkcji: ${P(pw(10))} (nie wrzucaj na slacka)`),
  pos("ru-chat", `пароль от админки теперь ${P(pw())}, старый больше не работает`),
  pos("uk-email", `Тимчасовий пароль до облікового запису: ${P(pw())}. Змініть його після входу.`),
  pos("ja-chat", `共有アカウントのパスワードは「${P(pw())}」です。外部には送らないでください。`),
  pos("zh-chat", `服务器root密码改成了 ${P(pw(14))}，明天记得改回来`),
  pos("ko-chat", `관리자 계정 비밀번호: ${P(pw())} 입니다. 로그인 후 바로 변경해 주세요.`),
  pos("ar-email", `كلمة المرور المؤقتة لحسابك هي ${P(pw())} يرجى تغييرها عند أول تسجيل دخول.`),
  pos("hi-chat", `सर्वर का पासवर्ड ${P(pw())} है, किसी को मत बताना`),
  pos("tr-ticket", `Yeni şifreniz: ${P(pw())} — ilk girişte değiştirmeniz gerekecek.`),
  pos("vi-chat", `mật khẩu wifi phòng họp là ${P(pw(12))} nha`),
  pos("id-next-line", `Berikut kata sandi sementara untuk akun email Anda:\n${P(pw())}`),
  pos("sv-chat", `lösenordet till test-kontot är ${P(pw())}`),
  pos("cs-email", `Heslo k VPN je ${P(pw())}, platí do konce měsíce.`),
  pos("el-chat", `ο κωδικός για το wifi είναι ${P(pw())}`),
  pos("he-chat", `הסיסמה החדשה לשרת היא ${P(pw())}`),
  pos("en-api-key-chat", `ok try this key, it's the prod one: ${S("openai-project", "sk-proj-" + g.rs(g.B64U, 74) + "T3BlbkFJ" + g.rs(g.B64U, 74))}`),
  pos("de-ticket-key", `Hallo Support, unser Stripe-Schlüssel ${S("stripe-secret", "sk_live_51" + g.alnum(97))} wird seit heute abgelehnt. Können Sie das prüfen?`),
];
