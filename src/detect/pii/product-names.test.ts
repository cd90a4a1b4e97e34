import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { hitsOf } from "./test-support/hits.js";

/** Names of people and places at or above the 0.6 threshold of PERSON and LOCATION. */
const names = (text: string): string[] =>
  hitsOf(personLocationScanner, text).filter((h) => (h.type === "PERSON" || h.type === "LOCATION") && h.score >= 0.6).map((h) => h.value);

describe("product, game and software names are not people", () => {
  it.each([
    "Have you played Elden Ring yet? It's brutal.",
    "I have been playing Hollow Knight and Stardew Valley",
    "Hello! I am Warden's demo model. How can I help?",
    "I'm Warden's demo model, ask me anything.",
    "I just bought a Lancia Ypsilon and it drives great",
    "Open the folder in Visual Studio Code and run the tests",
    "We played Rocket League all night",
    "Install Android Studio 2024.1 and open the project",
    "Hello from Warden mock",
    "The reply came from the Contoso gateway, not the model",
  ])("%s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ["I played tennis with Maria Lopez yesterday", "Maria Lopez"],
    ["Maria Lopez installed the app on her phone", "Maria Lopez"],
    ["John Smith's assistant called about the contract", "John Smith"],
    ["He drove Maria Lopez home after the party", "Maria Lopez"],
    ["Hello from Maria Lopez, your new account manager", "Maria Lopez"],
    ["Ask Maria Lopez about the server outage", "Maria Lopez"],
  ])("keeps the person in %s", (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe("food and drink named after a place are not someone's place", () => {
  it.each([
    "Grab two bottles of Evian Water and some Dijon mustard for the picnic, says my sister.",
    "My mum swears by Philadelphia cream cheese on her bagels.",
  ])("%s", (text) => {
    expect(names(text).filter((n) => ["Evian", "Dijon", "Philadelphia"].includes(n))).toEqual([]);
  });
  it.each([
    ["My sister moved to Dijon last spring.", "Dijon"],
    ["I grew up in Philadelphia, and my mum still lives there.", "Philadelphia"],
  ])("%s → %s", (text, place) => {
    expect(names(text)).toContain(place);
  });
});
