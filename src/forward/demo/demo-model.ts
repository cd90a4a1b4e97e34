import type { MessageSpec, TextPart } from "../../core/message-spec.js";
import { EXTRACTION, looksLikeAttack } from "./demo-attack-cues.js";
import { revealHidden } from "./demo-reveal.js";
import { vulnerableTurn } from "./demo-vulnerable.js";

export type DemoMode = "safe" | "vulnerable";

export interface DemoTurn {
  text: string;
  toolCall?: { name: string; arguments: string };
  promptTokens: number;
  /** Why the text ended early: `max_tokens` reached, or a stop sequence (not included) met (demo-limits.ts). */
  finish?: "length" | "stop_sequence";
  /** The stop sequence met. */
  stopSequence?: string;
}

const REPEAT = /\b(?:repeat after me|say exactly|echo)\s*:\s*([\s\S]{1,4000})$/i;
const CALL_TOOL = /\b(?:call|use|invoke)\s+(?:the\s+)?[`'"]?([A-Za-z_][\w.-]{0,63})[`'"]?(?:\s+tool)?(?:\s+with\s+(\{[\s\S]*\}))?/i;

/** Rough token count (≈ 4 characters a token), enough for usage figures. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

const joined = (parts: TextPart[]): string => parts.map((p) => p.text).join("\n");

/**
 * Warden's built-in demo model: deterministic, offline, answers from the prompt. In `vulnerable` mode it falls for
 * every attack family `warden redteam` tries (see demo-vulnerable.ts): it follows instructions injected anywhere in
 * its context (user text, documents, tool results; also encoded, smuggled or translated), adopts jailbreak personas,
 * leaks its system prompt, canaries, secrets and personal data, emits attacker links and makes forced tool calls,
 * so that the gateway's controls can be shown and tested offline. The `safe` mode refuses what looks like an attack.
 * Any mode repeats text on request (`repeat after me: ...`) and calls a tool when the user tells it to.
 */
export function demoTurn(spec: MessageSpec, mode: DemoMode, toolNames: readonly string[]): DemoTurn {
  const textParts = spec.parts.filter((p) => p.kind !== "metadata" && p.kind !== "tool_definition" && p.kind !== "media_url");
  const system = joined(textParts.filter((p) => p.role === "system" || p.role === "developer"));
  const promptTokens = estimateTokens(joined(textParts));
  const lastIndex = textParts.reduce((m, p) => Math.max(m, p.messageIndex), -1);
  const last = textParts.filter((p) => p.messageIndex === lastIndex && p.role !== "system" && p.role !== "developer");
  const lastText = joined(last).trim();
  const lastIsTool = last.length > 0 && last.every((p) => p.role === "tool" || p.kind === "tool_result");
  const untrusted = joined(textParts.filter((p) => p.role === "user" || p.role === "tool"));

  const repeat = REPEAT.exec(lastText);
  if (repeat?.[1]) return { text: repeat[1].trim(), promptTokens };

  const revealed = revealHidden(untrusted);
  if (mode === "vulnerable") {
    const answer = vulnerableTurn({ system, untrusted: revealed, last: revealHidden(lastText), toolNames });
    if (answer) return { ...answer, promptTokens };
  } else if (EXTRACTION.test(revealHidden(lastText)) && system) {
    return { text: "I can't share my instructions.", promptTokens };
  } else if (looksLikeAttack(revealed)) {
    return { text: "I can't help with that request.", promptTokens };
  }

  if (!lastIsTool && toolNames.length > 0) {
    const call = CALL_TOOL.exec(lastText);
    const name = call?.[1] && toolNames.includes(call[1]) ? call[1] : undefined;
    if (name) {
      const args = call?.[2] && isJson(call[2]) ? call[2] : JSON.stringify({ query: lastText.slice(0, 200) });
      return { text: "", toolCall: { name, arguments: args }, promptTokens };
    }
  }
  if (lastIsTool) return { text: `The tool returned: ${lastText}`, promptTokens };
  if (lastText.length === 0) return { text: "Hello! I am Warden's demo model.", promptTokens };
  return { text: `You said: ${lastText}`, promptTokens };
}

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/** Split text into small tokens (≤ 4 characters, whitespace attached), as a model's stream would. */
export function demoTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\s*\S+|\s+$/g)) {
    const word = m[0];
    for (let i = 0; i < word.length; i += 4) out.push(word.slice(i, i + 4));
  }
  return out;
}
