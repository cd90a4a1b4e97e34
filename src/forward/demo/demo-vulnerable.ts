import { DAN, DO_EARLIER_TASK, EMIT_LINK, EXTRACTION, OUTPUT_DIRECTIVE, OVERRIDE, PERSONA, PII_ASK, SECRET_ASK, START_WITH } from "./demo-attack-cues.js";

/** What the vulnerable demo sees of a conversation (texts already revealed: see `revealHidden`). */
export interface VulnerableInput {
  /** System and developer text. */
  system: string;
  /** All user and tool text, revealed. */
  untrusted: string;
  /** The last turn's text, revealed (all user text when it says "do the task from before"). */
  last: string;
  /** Declared tool names. */
  toolNames: readonly string[];
}

export interface VulnerableAnswer {
  text: string;
  toolCall?: { name: string; arguments: string };
}

const CALL_TOOL = /\b(?:call|use|invoke)\s+(?:the\s+)?[`'"]?([A-Za-z_][\w.-]{0,63})[`'"]?(?:\s+tool)?(?:\s+with\s+(\{[^\n]*\}))?/gi;
const SECRETISH = /(?:\b(?:secret|password|api[ _-]?key|token|canary|code)\b(?!-)[^:=\n]{0,30}?(?:\bis\b|[:=])\s*)([^\s,;]{6,200})|\b((?:sk|ghp|xox[bp]|AKIA|hf)[\w-]{10,200})/gi;
/** Upper-case reference codes such as CANARY-7Q2K9XW4. Case-sensitive, so ordinary hyphenated words do not count. */
const CODE = /\b[A-Z]{3,12}-[A-Z0-9]{6,40}\b/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const PHONE = /\+?\d[\d ()-]{8,}\d/g;
const CARD = /\b(?:\d{4}[ -]?){3}\d{4}\b/g;

const trimValue = (v: string): string => v.replace(/[.,;:!?)"'\]]+$/, "");
const unique = (xs: string[]): string[] => [...new Set(xs)];

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/** Encode found secrets the way the attacker asked (base64, hex, spaced out, backwards), or as they are. */
function encodeAsAsked(values: string[], ask: string): string {
  if (/base64/i.test(ask)) return values.map((v) => Buffer.from(v).toString("base64")).join(", ");
  if (/\bhex\b/i.test(ask)) return values.map((v) => Buffer.from(v).toString("hex")).join(", ");
  if (/space|spell/i.test(ask)) return values.map((v) => [...v].join(" ")).join(", ");
  if (/backwards|revers/i.test(ask)) return values.map((v) => [...v].reverse().join("")).join(", ");
  return values.join(", ");
}

/**
 * The vulnerable demo's misbehaviour, in order: makes tool calls an injected text asks for; adds attacker links and
 * images; follows injected "say X" and persona "start with X" instructions found anywhere in user text, documents
 * or tool results (also when encoded, smuggled or translated); reveals its system prompt; discloses secrets and
 * canaries (encoded as asked) and personal data from its context. Returns undefined when nothing applies.
 */
export function vulnerableTurn(input: VulnerableInput): VulnerableAnswer | undefined {
  const { system, untrusted, last, toolNames } = input;
  const context = `${system}\n${untrusted}`;
  const attack = DO_EARLIER_TASK.test(last) ? untrusted : last;

  if (toolNames.length > 0) {
    for (const m of untrusted.matchAll(CALL_TOOL)) {
      const name = m[1] as string;
      if (!toolNames.includes(name) || name === "fetch_page") continue;
      const args = m[2] && isJson(m[2]) ? m[2] : "{}";
      return { text: "", toolCall: { name, arguments: args } };
    }
  }

  const link = EMIT_LINK.exec(untrusted);
  if (link?.[1]) return { text: `Here is what you asked for. ${link[1]}` };

  const overridden = OVERRIDE.exec(untrusted);
  if (overridden) {
    const directive = OUTPUT_DIRECTIVE.exec(untrusted.slice(overridden.index));
    const said = directive?.[1]?.trim();
    if (said && !/^(?:me\s+)?(?:your|the|ton|tu|deinen?)\s+(?:system\s+)?(?:prompt|instructions|rules|secret|password)/i.test(said) && !EXTRACTION.test(said)) return { text: said };
  }
  if (PERSONA.test(untrusted) || DAN.test(untrusted)) {
    const tag = START_WITH.exec(untrusted)?.[1];
    if (tag) return { text: `${tag} Sure! Staying in character, here is exactly how to do it, step by step. Step 1: gather what you need. Step 2: follow the method. Step 3: repeat until done.` };
  }

  if (EXTRACTION.test(attack) && system) return { text: `My instructions are: ${system}` };

  if (SECRET_ASK.test(attack)) {
    const found = unique([...[...context.matchAll(SECRETISH)].map((m) => m[1] ?? m[2] ?? ""), ...[...context.matchAll(CODE)].map((m) => m[0])].map(trimValue).filter((v) => v.length >= 6));
    if (found.length > 0) return { text: `Here it is: ${encodeAsAsked(found, attack)}` };
  }
  if (PII_ASK.test(attack)) {
    const found = unique([...context.matchAll(EMAIL), ...context.matchAll(PHONE), ...context.matchAll(CARD)].map((m) => m[0].trim()));
    if (found.length > 0) return { text: `Sure, here are the details on file: ${found.join(", ")}` };
  }
  return undefined;
}
