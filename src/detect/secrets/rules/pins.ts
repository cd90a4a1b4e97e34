import type { SecretRule } from "../secret-rule.js";

/**
 * PINs and access codes, only with an explicit label: "PIN: 931564", "PIN für die Karte: …", "the alarm code for the
 * warehouse is …", "código PIN …", "ПИН-код …". Convention: a PIN is a secret when the text gives one to a reader
 * (a label, a few words, then `:` or a plain "is"); a rule about PINs ("must be 6 digits", "is now 4 digits long")
 * is not. The value is 4-8 digits standing alone; trivial ones (all one digit, a run up or down, a year 19xx/20xx for
 * four digits) are dropped by the `pin-code` validator. Scored 0.65 (threshold 0.6): a labelled number is weaker
 * evidence than a password.
 */
const LABEL =
  "(?<![\\p{L}\\p{N}])(?:PIN(?:[- ]?(?:[Cc]ode|CODE|[Nn]ummer|[Nn]umber|kod|код))?|[Pp]in[- ]?[Cc]ode|[Pp]incode|[Cc][óo]digo PIN|[Cc]ode PIN|codice PIN|kod PIN|ПИН(?:-код)?|[Пп]ин-код|(?:[Aa]larm|[Dd]oor|[Gg]ate|[Ss]afe|[Ll]ocker|[Kk]eypad|[Ee]ntry|[Dd]isarm)[- ]code|[Tt][üu]rcode|[Aa]larmcode)";
/** Free words of the sentence between the label and the verb or colon (not a sentence end, not a digit). */
const GAP = "[^\\n.!?:：\\d]{0,40}?";
const VERB = "(?:[:：]|(?<![\\p{L}])(?:is|ist|lautet|es|é|est|è|är|er|jest)(?![\\p{L}]))";

export const pinRules: readonly SecretRule[] = [
  {
    id: "labelled-pin",
    description: "A PIN or access code given with its label (\"PIN: 931564\", \"the alarm code for the warehouse is 482713\")",
    pattern: `(?<key>${LABEL})(?<op>${GAP}[^\\S\\n]{0,2}${VERB}[^\\S\\n]{1,3})["'\`]?(?<secret>\\d{4,8})["'\`]?(?![\\p{L}\\p{N}]|[-/.,:]\\d|[^\\S\\n]{0,2}(?:digits?|stellig|chars?|characters?|d[íi]gitos?|chiffres?|cifre|цифр|%|x\\b))`,
    // Case-sensitive: "PIN" in capitals (or a "Pincode" / "PIN-Code" compound), never the "pin" of a chip or a map.
    flags: "u",
    secretGroup: "secret",
    keywords: ["pin", "pincode", "codigo", "alarm", "door code", "gate code", "safe code", "locker code", "keypad code", "entry code", "disarm code", "turcode", "alarmcode", "codice pin", "kod pin", "door-code", "gate-code"],
    unicodeKeywords: ["ПИН", "пин-код", "código", "türcode"],
    score: 0.65,
    placeholderCheck: false,
    validator: "pin-code",
    generic: true,
    examples: {
      positive: [
        { text: "PIN zur neuen Tankkarte: 740285, bitte nicht aufschreiben", secret: "740285" },
        { text: "the gate code for the loading dock is 5817", secret: "5817" },
        { text: "Mi código PIN es 3920", secret: "3920" },
      ],
      negative: [
        { text: "Your PIN must be 6 digits and must not be 123456." },
        { text: "PIN: 123456" },
        { text: "PIN: 0000" },
        { text: "the PIN is 4 digits long" },
        { text: "door code is 2024" },
        { text: "pin 13 is connected to GND" },
        { text: "Pin: 2048 px wide" },
        { text: "PIN-Code 1234-5678-9012" },
        { text: "Layout pin: 1024" },
        { text: "GPIO pin is 17 on the header" },
      ],
    },
  },
];
