import { describe, expect, it } from "vitest";
import { SecretScanner } from "../secret-scanner.js";
import { builtinSecretRules } from "./index.js";

const scanner = new SecretScanner(builtinSecretRules, "secret.rules");
const values = (text: string): string[] => scanner.scan(text).map((f) => text.slice(f.start, f.end));

describe("passwords of plain words after a password label", () => {
  it.each([
    ["Das Archiv ist verschlüsselt, Passwort: grauer Reiher fängt Forellen", "grauer Reiher fängt Forellen"],
    ["Zip attached.\nPassword: velvet quarry whistle 9\nThanks", "velvet quarry whistle 9"],
    ["la contraseña es \"tortuga lima farol menta\", no la compartas", "tortuga lima farol menta"],
    ["het wachtwoord: molen tulp fiets haring", "molen tulp fiets haring"],
  ])("reports %j", (text, secret) => {
    expect(scanner.scan(text).filter((f) => f.type === "password-words").map((f) => text.slice(f.start, f.end))).toContain(secret);
  });

  it.each([
    "Password: reset it from the self-service portal",
    "Password: Best Practices for Small Teams",
    "Passwort: bitte beim Admin erfragen",
    "The password is stored in the team vault",
    "the password is correct horse battery staple",
    "Password: must contain twelve characters",
    "Password: see the onboarding doc",
    "mot de passe : voir avec le support",
    "Password: Forgot Your Password",
    'the password is "${ZIP_PASSWORD} now"',
  ])("leaves %j alone", (text) => {
    expect(scanner.scan(text).filter((f) => f.type === "password-words")).toEqual([]);
  });
});

describe("passphrases of plain words", () => {
  it.each([
    ["the signing passphrase is tundra pebble orchard violin", "tundra pebble orchard violin"],
    ["Passphrase: 'cobalt heron 42 marmalade'", "cobalt heron 42 marmalade"],
    ["restic repo passphrase = glacier mint harbor quill.", "glacier mint harbor quill"],
    ["Le mot clé du coffre, phrase de passe : \"lune ardoise tilleul carafe\", ne la partage pas", "lune ardoise tilleul carafe"],
    ["frase de contraseña del disco: tortuga-lima-farol-menta", "tortuga-lima-farol-menta"],
    ["Wachtwoordzin van de kluis: molen tulp fiets haring", "molen tulp fiets haring"],
  ])("reports %j", (text, secret) => {
    expect(values(text)).toContain(secret);
  });

  it.each([
    "The passphrase is stored in 1Password under Ops",
    "passphrase: at least four random words",
    "Choose a passphrase of four or more words",
    "the passphrase is whatever you set when you created the key",
    "passphrase: ask Dana for it tomorrow",
    "Die Passphrase ist im Tresor hinterlegt",
    "la frase secreta está en el gestor del equipo",
    "The passphrase is the name of our first office",
    "passphrase: correct horse battery staple is the xkcd example everyone knows, do not use it",
    "passphrase for the key: see the onboarding wiki page",
    "passphrase: ${BACKUP_PASSPHRASE}",
    "passphrase: <your passphrase here>",
    "Enter passphrase for key '/home/dev/.ssh/id_ed25519':",
  ])("leaves %j alone", (text) => {
    expect(scanner.scan(text).filter((f) => f.type === "passphrase-words")).toEqual([]);
  });
});
