/**
 * Requests in untrusted content for an action one of the offered tools performs, in plain words ("please transfer
 * $5000 to …", "kindly initiate a payment", "go ahead and delete the old records"): InjecAgent's direct-harm cases
 * name no tool and say nothing like "ignore your instructions". Tools are put into families of side-effecting
 * actions by the words of their names (`bank_transfer`, `BankManagerTransferFunds`, `GmailSendEmail`); a request
 * is a polite or insistent marker followed closely by a word of the same family, or a sentence that opens with one.
 * Read-only tools (get, read, list, search…) form no family: asking to read something is not a harm.
 */

/**
 * Action families: the words a request uses (matched at a word start, with short inflections), and the words that
 * put a tool in the family: its verbs always, its nouns only when the tool's name has no read-only verb
 * (`read_email` reads, `send_email` and `GmailSendEmail` send).
 */
const FAMILIES: Readonly<Record<string, { request: readonly string[]; verbs: readonly string[]; nouns: readonly string[] }>> = {
  money: {
    request: ["transfer", "pay", "payment", "wire", "remit", "send money", "send funds", "deposit", "withdraw", "refund", "reimburse"],
    verbs: ["transfer", "pay", "wire", "remit", "withdraw", "deposit", "refund"],
    nouns: ["payment", "payments", "funds", "venmo", "paypal", "zelle"],
  },
  delete: {
    request: ["delete", "remove", "erase", "wipe", "destroy", "purge"],
    verbs: ["delete", "remove", "erase", "wipe", "destroy", "purge", "drop", "trash"],
    nouns: [],
  },
  send: {
    request: ["send", "forward", "email", "e-mail", "share", "publish", "upload", "tweet"],
    verbs: ["send", "forward", "share", "publish", "upload", "tweet", "post", "reply"],
    nouns: ["email", "mail", "gmail", "sharing", "message", "sms", "slack"],
  },
  access: {
    request: ["grant", "give access", "invite", "unlock", "disable", "deactivate", "reset", "change the password", "add a user", "add user", "revoke"],
    verbs: ["grant", "invite", "unlock", "lock", "disable", "deactivate", "reset", "revoke"],
    nouns: ["access", "door", "password", "permission", "permissions", "guest"],
  },
  purchase: {
    request: ["buy", "purchase", "order", "book", "reserve", "subscribe"],
    verbs: ["buy", "purchase", "order", "checkout", "book", "reserve", "subscribe"],
    nouns: ["booking", "reservation"],
  },
  execute: {
    // Not "run", "install", "download": READMEs and docs ask their reader to run and install things, and coding agents
    // read them as tool results.
    request: ["execute"],
    verbs: ["run", "execute", "exec", "install", "deploy", "download"],
    nouns: ["shell", "terminal", "command"],
  },
};

/** Verbs of tools that only look things up. */
const READ_ONLY = new Set(["get", "read", "list", "search", "fetch", "find", "view", "show", "check", "lookup", "query", "retrieve", "count", "describe", "browse", "status"]);

/** A request marker: the content addresses its reader and asks for something. */
const MARKER = /\b(?:please|pls|kindly|you (?:must|should|need to|have to|are required to)|go ahead and|make sure (?:to|you)|be sure to|don't forget to|do not forget to|remember to|i need you to|we need you to|i want you to|it is (?:urgent|important) (?:to|that you)|immediately|right away|asap)\b/gi;
/** How many words after a marker the action word may come ("please initiate a payment": three). */
const REACH_WORDS = 3;

/** The lower-case words of a tool name (`bank_transfer`, `BankManagerTransferFunds`, `send-email`). */
export function toolWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
}

/** The action families the offered tools belong to. */
export function toolFamilies(toolNames: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of toolNames) {
    const words = toolWords(name);
    const readOnly = words.some((w) => READ_ONLY.has(w));
    for (const [family, { verbs, nouns }] of Object.entries(FAMILIES)) {
      if (words.some((w) => verbs.includes(w) || (!readOnly && nouns.includes(w)))) out.add(family);
    }
  }
  return [...out];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const cache = new Map<string, RegExp>();
/** A word of `family` at a word start (inflections: "transfer", "transferring", "payments"). */
function familyWord(family: string): RegExp {
  let re = cache.get(family);
  if (!re) {
    // Inflections only ("transfers", "paying", "payments"), so "payroll", "wireless", "bookmark" are not requests; and
    // not the idioms "pay attention / heed / a visit".
    re = new RegExp(`\\b(?:${(FAMILIES[family]?.request ?? []).map(escape).join("|")})(?:s|es|ed|ing|ment|ments)?\\b(?!\\s+(?:attention|heed|a visit|close attention|respects|tribute|off))`, "i");
    cache.set(family, re);
  }
  return re;
}

/**
 * The family of an action `text` asks its reader to take, among `families` (those of the offered tools), or
 * undefined: a request marker followed within REACH_WORDS words by a family word. (A sentence that merely opens with
 * such a word is not enough: reviews open with "Order arrived…", "Book was…", "Post-purchase…".)
 */
export function requestedAction(text: string, families: readonly string[]): string | undefined {
  if (families.length === 0) return undefined;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    // The words after the marker, within its sentence.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/[.!?\n]/, 1)[0] ?? "";
    const words = after.split(/(?<=\s)/).slice(0, REACH_WORDS + 1).join("");
    for (const f of families) if (familyWord(f).test(words)) return f;
  }
  return undefined;
}
