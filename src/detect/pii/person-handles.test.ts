import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { hitsOf } from "./test-support/hits.js";

const people = (text: string) => hitsOf(personLocationScanner, text, "PERSON").filter((h) => h.score >= 0.6).map((h) => h.value);

describe("@mentions made of a person's name", () => {
  it.each([
    ["@sarah.okonkwo can you loop in legal?", "sarah.okonkwo"],
    ["thanks @maria_gonzalez, merged", "maria_gonzalez"],
  ] as const)("%j", (text, handle) => {
    expect(people(text)).toContain(handle);
  });

  it.each([
    // team and role handles, a handle inside an e-mail address or a path, a given name alone
    "ping @release.manager or @data.team when it is green",
    "mail sarah.okonkwo@example.org about it",
    "see github.com/@sarah.okonkwo/repo",
    "@sarah can you check?",
  ])("%j", (text) => {
    for (const v of people(text)) expect(v).not.toMatch(/okonkwo|release|data|^sarah$/u);
  });
});
