import { describe, expect, it } from "vitest";
import { findSecrets } from "./test-helpers.js";

/**
 * Passwords stated in prose in the languages of `password-in-prose-more-languages`, `-more-scripts` and
 * `password-with-particle`. Written for this table (not taken from an evaluation set); each positive is tried with a
 * symbol-rich value and with a word-and-digits one joined by underscores. Negatives say something about a password,
 * name a product, or hold a value with no password shape.
 */
const VALUES = ["Gx7#pLm2qZ", "Ruta_Vale_48"] as const;

const RULES = new Set(["password-in-prose-more-languages", "password-in-prose-more-scripts", "password-with-particle"]);

/** [language, text with `V` where the value goes]. */
const POSITIVES: readonly (readonly [string, string])[] = [
  ["Estonian", "serveri parool on nüüd V"],
  ["Estonian", "wifi parool: V"],
  ["Lithuanian", "slaptažodis: V"],
  ["Lithuanian", "serverio slaptažodis yra V"],
  ["Latvian", "servera parole ir V"],
  ["Romanian", "parola de la contul de test e V"],
  ["Romanian", "parola routerului este acum V"],
  ["Italian", "la parola d'ordine del wifi è V"],
  ["Serbian (Latin)", "šifra za ruter je V"],
  ["Croatian", "lozinka za mail je sada V"],
  ["Slovenian", "geslo za strežnik je V"],
  ["Bulgarian", "паролата за админ панела е V"],
  ["Macedonian", "лозинката за серверот е V"],
  ["Serbian (Cyrillic)", "шифра за рутер је: V"],
  ["Ukrainian", "новий пароль від пошти V"],
  ["Kazakh", "жаңа құпиясөз: V"],
  ["Georgian", "პაროლი არის V"],
  ["Armenian", "սերվերի գաղտնաբառը V է"],
  ["Bengali", "ওয়াইফাই পাসওয়ার্ড V"],
  ["Bengali", "সার্ভারের পাসওয়ার্ড হলো V"],
  ["Urdu", "سرور کا پاس ورڈ V ہے"],
  ["Malay", "kata laluan baharu ialah V"],
  ["Swahili", "nywila ya kompyuta ni V"],
  ["Tagalog", "yung password ng wifi ay V"],
  ["Hinglish", "bhai wifi ka password V hai, guest wala mat use karna"],
  ["Catalan", "la contrasenya del router és V"],
  ["Galician", "o contrasinal do servidor é V"],
  ["Afrikaans", "wagwoord van die bediener: V"],
  ["Albanian", "fjalëkalimi i ri është V"],
  ["Icelandic", "lykilorðið er V"],
  ["Azerbaijani", "yeni şifrə: V"],
];

const NEGATIVES: readonly string[] = [
  "parool on liiga lühike",
  "serveri parool on nüüd muudetud",
  "slaptažodis: privalomas",
  "parola e prea scurtă, minim 12 caractere",
  "parola este ${DB_PASSWORD}",
  "lozinka je obavezna",
  "lozinka za wifi router",
  "šifra je obavezna za sve korisnike",
  "geslo je shranjeno v trezorju",
  "паролата е задължителна",
  "новий пароль від Windows10",
  "пароль до COVID-19",
  "новий пароль від сервера sunflower",
  "პაროლი არის საჭირო",
  "পাসওয়ার্ড রিসেট করুন",
  "kata laluan ialah wajib",
  "nywila ya kompyuta ni siri",
  "password ng wifi ay nasa likod ng router",
  "the password hai kya?",
  "the parole board met on 2024-05-01",
  "la parola chiave è SEO_Roma2024",
  "la parola del giorno è Sole_Mare2024",
  "la contrasenya és obligatòria",
  "wagwoord: verpligtend",
];

const reported = (text: string): string[] =>
  findSecrets(text)
    .filter((f) => RULES.has(f.type) && f.score >= 0.6)
    .map((f) => text.slice(f.start, f.end));

describe("passwords in prose in more languages", () => {
  for (const value of VALUES) {
    it.each(POSITIVES)(`%s: reports ${value} in %j`, (_language, template) => {
      const text = template.replace("V", value);
      const all = findSecrets(text).filter((f) => f.score >= 0.6).map((f) => text.slice(f.start, f.end));
      expect(all).toContain(value);
    });
  }

  it.each(NEGATIVES)("leaves %j alone", (text) => {
    expect(reported(text)).toEqual([]);
  });

  it("stays under the older label rules where both read a sentence", () => {
    const text = "Parola pentru wifi este Gx7#pLm2qZ";
    const f = findSecrets(text).find((x) => text.slice(x.start, x.end) === "Gx7#pLm2qZ");
    expect(f?.type).toBe("password-in-prose");
  });
});
