import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

// Passwords announced by a change or state phrase, in several languages; the span is the value only.
const positives: PositiveCase[] = [
  ["the office wifi password was just switched to Heron!Lake83 for everyone", "password-change-in-prose", "Heron!Lake83", 0.77],
  ["for the guest wifi password I set it to Kormoran#551 yesterday", "password-change-in-prose", "Kormoran#551", 0.77],
  ["le mot de passe du NAS est désormais Lavande*Pivoine31. Merci", "password-change-in-prose", "Lavande*Pivoine31", 0.77],
  ["la contraseña del router quedó como gaviota_Azul_904, apúntala", "password-change-in-prose", "gaviota_Azul_904", 0.82],
  ["a senha do wifi da casa de praia agora é cajuzinho2024!", "password-change-in-prose", "cajuzinho2024!", 0.82],
  ["Het wachtwoord is gewijzigd in Tulpenveld!908, graag niet doorsturen.", "password-change-in-prose", "Tulpenveld!908", 0.82],
  ["Lösenordet till gästnätet är numera Kanelbulle#2025.", "password-change-in-prose", "Kanelbulle#2025", 0.77],
  ["Das WLAN-Passwort habe ich auf Zaunkoenig!48 geändert.", "password-change-in-prose", "Zaunkoenig!48", 0.82],
  ["ti giro la password dell'account Netflix dell'ufficio: Tramonto.Rosso.12", "password-change-in-prose", "Tramonto.Rosso.12", 0.68],
  ["Пароль від вайфаю в офісі тепер Kalyna-77-Lviv", "password-change-in-prose-intl", "Kalyna-77-Lviv", 0.77],
  ["Hasło do panelu zmieniłem na Jarzebina_55_Las, zapisz je", "password-change-in-prose-intl", "Jarzebina_55_Las", 0.77],
  ["共有アカウントのパスワードを Sakura#Mochi59 に変更しました。", "password-change-in-prose-intl", "Sakura#Mochi59", 0.82],
  ["办公室打印机管理员密码已改为 Longjing2025!，请勿外传。", "password-change-in-prose-intl", "Longjing2025!", 0.77],
  ["Selam, ofis wifi şifresi artık Lale-Bahce-2025 oldu.", "password-change-in-prose-intl", "Lale-Bahce-2025", 0.77],
  ["รหัสผ่านไวไฟร้านใหม่คือ Mamuang_Nampla9 นะครับ", "password-change-in-prose-intl", "Mamuang_Nampla9", 0.77],
  ["Admin login for the staging WordPress\nuser: editor\n\nVh7#pLq2!zRw", "password-after-login-line", "Vh7#pLq2!zRw", 0.82],
  // session 22: "set … to", copulas after the sentence's words, informal and further languages, "admin / X" lines
  ["I set the backup NAS password on the rack unit to Wq4$Tz8!kLm for the weekend", "password-change-in-prose", "Wq4$Tz8!kLm", 0.61],
  ["cambié la contraseña del correo de ventas a Girasol#Rojo44 esta mañana", "password-change-in-prose", "Girasol#Rojo44", 0.61],
  ["mudei a senha do roteador pra Goiaba!Verde77", "password-change-in-prose", "Goiaba!Verde77", 0.61],
  ["la contra del wifi de la oficina es mandarina7731", "password-change-in-prose", "mandarina7731", 0.61],
  ["a senha da impressora mudou pra Pitanga_2026", "password-change-in-prose", "Pitanga_2026", 0.77],
  ["A palavra-passe provisória do portal é Bacalhau#Lisboa8.", "password-change-in-prose", "Bacalhau#Lisboa8", 0.61],
  ["Het wachtwoord van de printer is sinds gisteren Molen_Kaas_412.", "password-change-in-prose", "Molen_Kaas_412", 0.82],
  ["password wifi kantor udah aku ganti jadi Sambal!Ijo55", "password-change-in-prose", "Sambal!Ijo55", 0.77],
  ["Parola veche a fost schimbată în Dunarea#Neagra7, te rog notează", "password-change-in-prose", "Dunarea#Neagra7", 0.77],
  ["Nenosiri ya akaunti ya ofisi sasa ni Twiga_Mrefu_88", "password-change-in-prose", "Twiga_Mrefu_88", 0.82],
  ["پسورد وای‌فای مهمان Golnar#Tehran99 است.", "password-change-in-prose-intl", "Golnar#Tehran99", 0.77],
  ["Te dejo la clave del banco: Colibri.Azul.58 — bórrala después", "password-change-in-prose", "Colibri.Azul.58", 0.68],
  ["fyi the office wifi got switched to Mango#Tree-48 this morning", "wifi-change-in-prose", "Mango#Tree-48", 0.82],
  ["Router handover notes\nadmin / Pebble-Harbor-73\n", "credential-slash-line", "Pebble-Harbor-73", 0.77],
  // an e-mail address as the URL's user name
  ["EMAIL_URL=smtp+tls://notifications@fjordmail.no:Qw7rTz2LmXp9Kd@smtp.fjordmail.no:587", "connection-string-password", "Qw7rTz2LmXp9Kd", 0.95],
];

// Prose about passwords, words and names after the phrases, and fake or documented tokens.
const negatives: string[] = [
  // session 22 hard negatives: copulas and "set … to" before words, units, idioms, slashes between words
  "The password you entered is incorrect-2 times",
  "Password rotation schedule is Q1-2025 for all admins",
  "the wifi was switched to 5GHz-only mode",
  "the wifi got changed to WPA3 last week",
  "I set the password manager on my phone to Bitwarden",
  "set the timeout to 30s-max and the password prompt to off",
  "la contra del equipo es fuerte",
  "lucharon contra del ejército 2000 soldados",
  "A senha da tua conta é inválida.",
  "Parola este prea scurtă.",
  "Nenosiri la wifi ni siri",
  "رمز عبور سرور قوی است",
  "Het wachtwoord is sinds vandaag verplicht.",
  "Password akun sudah aku ganti jadi yang baru",
  "cambié la contraseña del router a la de siempre",
  "la clave del éxito: Trabajo.Duro.2024 — dice mi jefe",
  "admin / user roles are documented below",
  "root / home / var are mounted separately",
  "the password is now required for every login",
  "The password is too short.",
  "I changed it yesterday, so the password is now different",
  "the password policy is now 12 characters minimum",
  "the password is now e-mailed to new users",
  "the password requirement changed to SHA-256",
  "The PIN is now 4829",
  "The password manager is now 1Password8",
  "la contraseña ahora es más segura",
  "le mot de passe est désormais obligatoire",
  "la contraseña quedó como antes",
  "a senha agora é obrigatória",
  "пароль теперь обязателен",
  "Длина пароля теперь 16 символов",
  "密码已改为 8 位以上",
  "密码现在是必填项",
  "şifre artık zorunlu",
  "the wifi password is now ${WIFI_PASSWORD}",
  "user: editor\nrole: admin",
  "user: ci-bot\n9f2c1b7e4a8d3f6c0b5e2a9d7c4f1e8b",
  // a sequential fake GitHub token with a wrong CRC32 tail, shown as an example
  "# e.g. GH_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345 (not a real token)",
];

describe("password change phrases", () => {
  it.each(positives.map((c) => [`${c[0]} → ${c[1]}`, c] as const))("%s", (_name, c) => expectPositive(c));
  it.each(negatives.map((t) => [t]))("no finding in %j", (t) => expectNegative(t));
});
