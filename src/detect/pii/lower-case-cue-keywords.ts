/**
 * Words every lower-case name or place cue of the person/location scanner holds (see `lowerCaseCued`): found by the
 * engine's shared keyword pass, so the cue regexes run only in a small window around them instead of over the text.
 */
export const PERSON_CUE_KEYWORDS: readonly string[] = ["my name", "name is", "name:", "name :", "call me", "called", "signed", "this is", "named", "regards,", "sincerely,", "cheers,", "thanks,"];
export const PLACE_CUE_KEYWORDS: readonly string[] = [
  "live in", "lives in", "living in", "based in", "moved", "moving to", "relocat", "born in", "grew up", "raised in", "m from", "re from",
  "am from", "are from", "flying to", "flew to", "trip to", "traveling to", "travelling to", "visiting", "city", "country", "hometown",
];

/**
 * Words that address or bring in a person, and kinship terms, before a name typed in lower case ("tell mohammed i'll
 * be late", "cc tife", "auntie ngozi", "dile a abuela carmen", "bilang ke mas bayu"), each with the space after it
 * (`lowerCaseAddressed` in person-location-detector.ts; also keywords of the engine's shared keyword pass). No cue
 * starts where another does. Cues with a non-ASCII letter never match (a limit of the keyword pass).
 */
export const ADDRESSING_CUES: readonly string[] = [
  "tell ", "ask ", "email ", "e-mail ", "text ", "call ", "ping ", "cc ", "thank ", "thanks ", "remind ", "message ", "msg ",
  "with ", "pay ", "invite ", "dm ", "auntie ", "aunty ", "uncle ", "grandma ", "grandpa ", "my mum ", "my mom ", "my dad ",
  "my sister ", "my brother ", "my friend ", "abuela ", "abuelo ", "tía ", "tío ", "tia ", "tio ", "nonna ", "nonno ", "zia ", "zio ",
  "oma ", "opa ", "tante ", "onkel ", "babci ", "babcia ", "dziadka ", "mas ", "mbak ", "pak ", "bu ", "abi ", "dile a ", "diga a ",
  "avisa a ", "llama a ", "chiama ", "dis à ", "écris à ", "sag ", "schreib ", "napisz do ", "bilang ke ", "kasih tahu ", "spune-i lui ",
  "mwambie ", "lui ", "pro ", "pra ",
  // chat openers, kin and forms of address typed in lower case ("yo its jamal", "my nan doreen", "thx mathieu", "dr hakimi")
  "bro ", "sis ", "nan ", "nana ", "gran ", "granny ", "cousin ", "mate ", "thx ", "its ", "it's ", "hey ", "yo ", "omg ", "oye ",
  "ciao sono ", "hej tu ", "hej det er ", "salut c ", "c'est ", "ich bin ", "hier ist ", "soy ", "sono ", "aqui é ", "dr ", "mr ", "mrs ",
  "ms ", "landlord ", "my landlord ",
];

/**
 * Self-introductions and greetings in chat before a lower-case given name ("im sarah btw", "i'm priya", "hola pili"),
 * read like the
 * `ADDRESSING_CUES` (only a given name that is no ordinary word is taken); kept apart so the shared keyword pass's
 * earlier keywords keep their places (appended last to `STANDARD_KEYWORDS`).
 */
export const SELF_INTRO_CUES: readonly string[] = ["i'm ", "im ", "i am ", "hi ", "hello ", "hallo ", "hoi ", "hola ", "che ", "siema "];

/**
 * The ASCII words of the name-column header hint (person-location-detector's NAME_HEADER_HINT), looked for by the
 * engine's shared keyword pass: a table with a name column has one of them (or a non-ASCII one) in its header.
 */
export const NAME_HEADER_KEYWORDS: readonly string[] = [
  "name", "nom", "given", "employee", "patient", "holder", "recipient", "attendee", "guest", "member", "naam", "namn", "navn", "nimi", "apellid", "nazwisk", "imie", "soyad", "isim",
];

/** ASCII honorifics after a name (`honorific-after-names.ts`), each after a space, a tab or a hyphen, for the shared keyword pass. */
export const HONORIFIC_KEYWORDS: readonly string[] = [
  "san", "sama", "kun", "chan", "sensei", "senpai", "ji", "jee", "saab", "sahab", "sahib", "uncle", "aunty", "auntie", "didi", "bhai",
  "bhaiya", "bhaiyya", "bhabhi", "akka", "abi", "abla", "hanim", "bey", "hoca", "hocam", "efendi", "amca", "teyze", "jan", "joon",
  "khanum", "oppa", "unnie", "hyung", "noona", "ssi", "nim",
].flatMap((w) => [` ${w}`, `\t${w}`, `-${w}`]);

/** The ASCII "here" words after a message-opening name (`names-before-here.ts`), for the shared keyword pass. */
export const HERE_KEYWORDS: readonly string[] = ["here", "hier", "aqui", "qui", "ici", "tady", "tutaj"].flatMap((w) => [` ${w}`, `\t${w}`]);
