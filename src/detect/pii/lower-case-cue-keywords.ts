/**
 * Words every lower-case name or place cue of the person/location scanner holds (see `lowerCaseCued`): found by the
 * engine's shared keyword pass, so the cue regexes run only in a small window around them instead of over the text.
 */
export const PERSON_CUE_KEYWORDS: readonly string[] = ["my name", "name is", "name:", "name :", "call me", "called", "signed", "this is", "named", "regards,", "sincerely,", "cheers,", "thanks,"];
export const PLACE_CUE_KEYWORDS: readonly string[] = [
  "live in", "lives in", "living in", "based in", "moved", "moving to", "relocat", "born in", "grew up", "raised in", "m from", "re from",
  "am from", "are from", "flying to", "flew to", "trip to", "traveling to", "travelling to", "visiting", "city", "country", "hometown",
];
