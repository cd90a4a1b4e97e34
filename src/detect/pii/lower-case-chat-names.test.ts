import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { hitsOf } from "./test-support/hits.js";

/** PERSON values at or above the default PERSON threshold (0.6). */
const people = (text: string) => hitsOf(personLocationScanner, text, "PERSON").filter((h) => h.score >= 0.6).map((h) => h.value);

describe("lower-case names in chat", () => {
  it.each([
    // given name + surname from the lists, several languages
    ["anyone know rosa delgado's email?", ["rosa delgado"]],
    ["customer: full one is 091-23-0079, name darla fenwick", ["darla fenwick"]],
    ["bhai rohit ka number bhej de, priya malhotra ne manga hai", ["priya malhotra"]],
    ["a bia carvalho pediu pra vc ligar pra ela", ["bia carvalho"]],
    // the whole vocative after a greeting or thanks (Danish, Portuguese, Italian, French, German, English)
    ["hej mette, har du nummeret?", ["mette"]],
    ["oi dani!! tudo bem?", ["dani"]],
    ["ciao giulia, hai il numero?", ["giulia"]],
    ["salut léa, tu as vu le mail ?", ["léa"]],
    ["danke jonas!", ["jonas"]],
    // a verb of saying, a sign-off line, a kinship term before a given name that is also a word
    ["kevin said it's fine to ship", ["kevin"]],
    ["ok will do\n- dani", ["dani"]],
    ["tell auntie grace I said happy birthday", ["grace"]],
  ] as const)("%j", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // greetings to a group, particles of politeness, and ordinary words after a greeting
    "hi all, the build is green",
    "hola chicos, ¿quién tiene el cargador?",
    "ciao ragazzi, stasera pizza?",
    "hi po, pwede po bang magtanong",
    "hello world!",
    "Yo, Sandman! It's Fresh",
    // articles and ordinary words of other languages that the birth-register lists hold as names
    "Schlägst du mir ein paar Artikel als Liste vor?",
    "ich möchte gerne noch mehr tun",
    "retorne uma mesa azul",
    "Me gusta más el café de la esquina",
    "The room is lined with ancient, dusty tomes and papers.",
    // a given name that is an ordinary word without a kinship term, and one not followed by a surname
    "call will about the grace period",
    "ask mark if the may release is ok",
  ])("no person in %j", (text) => {
    expect(people(text)).toEqual([]);
  });

  it("reports chat speakers below the PERSON threshold, and never role words or YAML keys", () => {
    // two turns where the first asks nothing: no evidence of a conversation (chat-log-names.ts raises the speakers
    // of "lena: hat jemand die nummer?" and its answer)
    const chat = "[09:14] lena: ok\n[09:15] tomek: ja, 0157 14747789";
    const hits = hitsOf(personLocationScanner, chat, "PERSON");
    expect(hits.map((h) => h.value)).toEqual(["lena", "tomek"]);
    for (const h of hits) expect(h.score).toBeLessThan(0.6);
    expect(hitsOf(personLocationScanner, "agent: can I help?\ncustomer: yes please\nagent: sure", "PERSON")).toEqual([]);
  });
});
