import type { PiiHit } from "./pii-detector.js";

/** What the caller's gazetteers say about one lower-case word (person-location-detector's chat tests). */
export interface HandleNameTests {
  /** A given name of the lists that is no ordinary word. */
  given(w: string): boolean;
  /** A word of the given-name or surname lists. */
  listed(w: string): boolean;
}

/**
 * An @mention shaped "given.surname" or "given_surname" (Slack, Teams, GitHub handles made from a person's name:
 * "@sarah.okonkwo", "@tom_ashby"): not inside an e-mail address or a path (nothing of a word or a dot before the
 * "@", no domain or more handle after it). Two separated parts only: "@sarah" alone or "@team.platform" is no full name.
 */
const HANDLE = /(?<![\p{L}\p{M}\p{N}_.@/-])@([a-z]{2,20})[._]([a-z]{2,24})(?![\p{L}\p{M}\p{N}_@/-]|\.[\p{L}\p{N}])/gu;

/**
 * @mentions made of a given name and a surname of the lists, reported as PERSON 0.7 (the part after "@"): the handle
 * is the person's name written as an account. The first part must be a given name that is no ordinary word, the second
 * a word of the name lists ("@release.manager", "@data.team" stay out).
 */
export function personHandles(text: string, t: HandleNameTests, out: PiiHit[]): void {
  if (text.indexOf("@") < 0) return;
  for (const m of text.matchAll(HANDLE)) {
    const first = m[1]!;
    const last = m[2]!;
    if (!t.given(first) || !t.listed(last)) continue;
    const start = m.index + 1;
    const end = m.index + m[0].length;
    if (out.some((h) => h.start < end && start < h.end)) continue;
    out.push({ type: "PERSON", start, end, score: 0.7, explanation: "an @mention made of a given name and a surname" });
  }
}
