/** Set 11 positives: passwords and shared secrets in prose, in many languages, with and without a colon. */
import { pos, S, type CaseSource } from "./case-source.js";

const P = (v: string) => S("pw-prose", v);

export const cases: CaseSource[] = [
  pos("prose-en-wifi", `heads up: the wifi password is now ${P("tulip-42-Harbor")} since the landlord reset the router`),
  pos("prose-en-email", `Hi Dana,\n\nI've set up your account on the shared NAS. Your temporary password is ${P("Quartz!Meadow88")} and you'll be asked to change it at first login.\n\nBest,\nLeon`),
  pos("prose-en-chat-nocolon", `ok the vpn pw for the contractor is ${P("copper_Falcon_2291")} tell him not to write it down lol`),
  pos("prose-en-nextline", `Admin login for the staging WordPress\nuser: editor\n\n${P("Vh7#pLq2!zRw")}`),
  pos("prose-de", `Hallo zusammen, das neue Passwort für den Drucker-Admin lautet ${P("Stempelkissen#77")}, bitte nicht weitergeben.`),
  pos("prose-de-nocolon", `kurze Info: WLAN-Kennwort ist jetzt ${P("BlaueBirne2025")} (Gäste-Netz bleibt gleich)`),
  pos("prose-fr", `Bonjour Claire, le mot de passe du compte partagé Canva est désormais ${P("Lavande*Pivoine31")}. Merci de ne pas le diffuser.`),
  pos("prose-es", `Oye, la contraseña del router quedó como ${P("gaviota_Azul_904")}, apúntala por si acaso.`),
  pos("prose-it", `Ciao Marco, ti giro la password dell'account Netflix dell'ufficio: ${P("Tramonto.Rosso.12")}`),
  pos("prose-pt", `Oi gente, a senha do wifi da casa de praia agora é ${P("cajuzinho2024!")}`),
  pos("prose-nl", `Het wachtwoord van de gedeelde mailbox is gewijzigd in ${P("Tulpenveld!908")}, graag niet doorsturen.`),
  pos("prose-pl", `Hasło do panelu administracyjnego zmieniłem na ${P("Jarzebina_55_Las")}, zapisz je w menedżerze.`),
  pos("prose-ru", `Коллеги, новый пароль от общей почты — ${P("Sosna!Zima2025")}, не пересылайте его никуда.`),
  pos("prose-uk", `Пароль від вайфаю в офісі тепер ${P("Kalyna-77-Lviv")}`),
  pos("prose-ja", `お疲れさまです。共有アカウントのパスワードを ${P("Sakura#Mochi59")} に変更しました。`),
  pos("prose-zh", `大家好，办公室打印机管理员密码已改为 ${P("Longjing2025!")}，请勿外传。`),
  pos("prose-ko", `팀 공용 계정 비밀번호는 ${P("Hangang_Bridge_31")} 입니다. 외부 공유 금지!`),
  pos("prose-ar", `مرحباً، كلمة المرور الجديدة لحساب الشركة هي ${P("Nakhla@2025Riyadh")} يرجى عدم مشاركتها.`),
  pos("prose-hi", `भाई, सर्वर का पासवर्ड अब ${P("Chai#Samosa_42")} है, किसी को मत बताना।`),
  pos("prose-tr", `Selam, ofis wifi şifresi artık ${P("Lale-Bahce-2025")} oldu.`),
  pos("prose-vi", `Mật khẩu wifi quán mới đổi là ${P("caphesuada_88")} nha mọi người.`),
  pos("prose-id", `Password akun admin toko online sudah diganti jadi ${P("NasiGoreng!77")} ya.`),
  pos("prose-sv", `Lösenordet till gästnätet är numera ${P("Kanelbulle#2025")}.`),
  pos("prose-cs", `Heslo k firemnímu účtu na Alze je teď ${P("Knedlik_Pivo_64")}, nikomu ho neposílej.`),
  pos("prose-el", `Ο νέος κωδικός για το κοινόχρηστο email είναι ${P("Elia!Thalassa23")}.`),
  pos("prose-he", `הסיסמה החדשה לחשבון המשותף היא ${P("Tapuz#Hadar2025")}`),
  pos("prose-fi", `Toimiston wlan-salasana vaihtui, uusi on ${P("Revontuli-88-Sauna")}.`),
  pos("prose-th", `รหัสผ่านไวไฟร้านใหม่คือ ${P("Mamuang_Nampla9")} นะครับ`),
];
