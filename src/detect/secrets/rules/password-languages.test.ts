import { describe, expect, it } from "vitest";
import { findSecrets } from "./test-helpers.js";

/**
 * Passwords stated in prose and chat, in many languages: a label ("password", "пароль", "密码", "kata sandi", …), words
 * about what it opens, then the value at the end of a sentence (quoted or not) or alone on the next line. Written
 * for this table (not taken from an evaluation set); each positive is tried with a symbol-rich value and with a
 * plain one (lower case and digits), since people choose both. The negatives say something *about* a password
 * ("is strong", "is required", "is the same as before") and must stay quiet.
 */
const VALUES = ["Gx7#pLm2qZ", "sunflower2024"] as const;

/** [language, text with `V` where the value goes]. */
const POSITIVES: readonly (readonly [string, string])[] = [
  // the value at the end of a sentence, quoted or not
  ["English", "the password for the server is V."],
  ["English", 'the server password is "V".'],
  ["Indonesian", "Kata sandi untuk server adalah V"],
  ["Indonesian", 'Kata sandi untuk server adalah "V".'],
  ["Spanish", "la contraseña del wifi es V"],
  ["Spanish", "la contraseña del wifi es «V»."],
  ["Polish", "hasło do bazy to V."],
  ["Polish", "hasło do bazy to „V”."],
  ["Czech", "heslo k serveru je V"],
  ["Czech", "heslo k wifi je „V“."],
  ["Czech", "heslo wifi routeru je V"],
  ["Indonesian", "Kata sandi wifi kantor adalah 'V'"],
  ["Polish", "hasło do wifi brzmi V"],
  ["German", "Das Passwort für den Server ist V."],
  ["French", "le mot de passe du serveur est V."],
  ["Portuguese", "a senha do servidor é V."],
  ["Italian", "la password del server è V."],
  ["Dutch", "het wachtwoord van de server is V."],
  ["Swedish", "lösenordet till servern är V."],
  ["Finnish", "salasana palvelimelle on V."],
  ["Romanian", "parola serverului este V."],
  ["Russian", "пароль от сервера — V."],
  ["Chinese", "服务器密码是V。"],
  ["Japanese", "サーバーのパスワードはVです。"],
  ["Korean", "서버 비밀번호는 V입니다."],
  ["Arabic", "كلمة المرور للخادم هي V"],
  ["Turkish", "sunucunun şifresi: V"],
  ["Vietnamese", "mật khẩu máy chủ là V."],
  // the label ends its line, the value alone on the next one (words between the label and the colon)
  ["Russian", "пароль для почты:\n  V"],
  ["Russian", "пароль к серверу:\n\nV"],
  ["Ukrainian", "Пароль до пошти:\n V"],
  ["French", "Mot de passe de la boîte :\n V"],
  ["Chinese", "服务器的密码是：\nV"],
  ["Arabic", "كلمة المرور الخاصة بالبريد:\n V"],
  ["Japanese", "サーバーのパスワードは:\nV"],
  ["Korean", "서버 비밀번호는:\n V"],
  ["Polish", "Hasło do bazy danych:\nV"],
  ["Turkish", "sunucu için şifre:\n V"],
  ["Hungarian", "A szerver jelszava:\n V"],
  ["Vietnamese", "mật khẩu của wifi:\n V"],
  ["Hebrew", "הסיסמה לשרת:\n V"],
  ["Greek", "ο κωδικός για το email:\n V"],
  ["Hindi", "सर्वर का पासवर्ड:\n V"],
  ["Thai", "รหัสผ่าน wifi:\n V"],
  ["Serbian", "Lozinka za server:\n V"],
  ["German", "Das Passwort für das Büro lautet:\n V"],
  ["Spanish", "La contraseña del correo electrónico:\n V"],
  ["Indonesian", "Kata sandi untuk email:\n V"],
  ["Danish", "Adgangskoden til mailen:\n V"],
];

/** [language, text]: about a password, none given. */
const NEGATIVES: readonly (readonly [string, string])[] = [
  ["English", "the password is strong"],
  ["English", "password is required"],
  ["English", "password is the same as before"],
  ["English", "Your password is case-sensitive."],
  ["Spanish", "la contraseña del wifi es la misma que antes"],
  ["Spanish", "la contraseña es obligatoria."],
  ["Polish", "hasło do bazy to to samo co wcześniej"],
  ["Polish", "hasło jest wymagane"],
  ["Czech", "heslo k serveru je silné"],
  ["Czech", "heslo k serveru je stejné jako předtím."],
  ["Indonesian", "Kata sandi untuk server adalah rahasia."],
  ["Indonesian", "kata sandi untuk server adalah sama seperti sebelumnya"],
  ["German", "Das Passwort ist erforderlich."],
  ["French", "le mot de passe est le même qu'avant."],
  ["Portuguese", "a senha é obrigatória."],
  ["Italian", "la password è la stessa di prima."],
  ["Dutch", "het wachtwoord is verplicht."],
  ["Swedish", "lösenordet är samma som förut."],
  ["Russian", "пароль для почты:\n  не менее 8 символов"],
  ["Russian", "пароль такой же, как раньше."],
  ["Chinese", "密码：\n  至少8位"],
  ["Japanese", "パスワード:\n  必須"],
  ["Korean", "비밀번호는 필수입니다"],
  ["Arabic", "كلمة المرور مطلوبة"],
  ["Turkish", "şifre:\n  zorunlu"],
  ["Hungarian", "A szerver jelszava:\n  kötelező"],
  ["Polish", "hasło do poczty:\n  wymagane"],
  ["French", "Mot de passe de la boîte :\n obligatoire"],
  ["Russian", "Пароль для входа:\nhttps://example.com/reset"],
  ["Russian", "пароль от почты:\n${MAIL_PASSWORD}"],
  ["Spanish", "la contraseña del servidor es tabla-azul-casa"],
];

describe("passwords in prose and chat, many languages", () => {
  it("covers at least fifteen languages both ways", () => {
    expect(new Set(POSITIVES.map(([l]) => l)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(NEGATIVES.map(([l]) => l)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(POSITIVES.flatMap(([lang, t]) => VALUES.map((v) => [lang, t.replace("V", v), v] as const)))("%s: %j gives %s", (_lang, text, value) => {
    const spans = findSecrets(text)
      .filter((f) => f.score >= 0.5)
      .map((f) => text.slice(f.start, f.end));
    expect(spans).toContain(value);
  });

  it.each([
    ["Spanish", 'la contraseña del wifi es "casa-azul-77", no la compartas'],
    ["Portuguese", "a senha do wifi é casa-azul-77"],
    ["English", "the wifi password is casa-azul-77"],
  ])("%s: a memorable password (words and a number, dash-joined) under a password label: %j", (_lang, text) => {
    expect(findSecrets(text).map((f) => text.slice(f.start, f.end))).toContain("casa-azul-77");
  });

  it.each(NEGATIVES)("%s: %j gives nothing", (_lang, text) => {
    const found = findSecrets(text).filter((f) => f.score >= 0.5);
    expect(found.map((f) => `${f.type}:${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});
