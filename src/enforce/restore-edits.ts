import type { TextKind } from "../core/message-spec.js";
import type { Edit } from "./operators.js";
import { ANY_TOKEN_PATTERN, TOKEN_PATTERN, type TokenVault } from "./token-vault.js";

/**
 * A restored value as it must be written back into text of `kind`: inside a tool call's arguments (a JSON
 * document, the token inside one of its strings) or a JSON answer, escaped as JSON string content, so a value with
 * a line break or a quote ("1600 Pennsylvania Ave,\nWashington") leaves the document valid.
 */
export function restoredValue(kind: TextKind, value: string, json = false): string {
  if (!json && kind !== "tool_call_arguments") return value;
  // A value tokenized out of JSON text (a request's tool-call arguments) was stored as written there, escapes and
  // all: it is already string content and goes back as it is; anything else is escaped.
  return validStringContent(value) ? value : JSON.stringify(value).slice(1, -1);
}

/** Whether `s` may stand between the quotes of a JSON string as it is (no raw control character, quote or bad escape). */
function validStringContent(s: string): boolean {
  if (!/["\\\u0000-\u001f]/.test(s)) return true;
  try {
    JSON.parse(`"${s}"`);
    return true;
  } catch {
    return false;
  }
}

/** Whether a whole text is a JSON object or array (an answer in JSON mode). */
export function isJsonDocument(text: string): boolean {
  const t = text.trimStart();
  if (t[0] !== "{" && t[0] !== "[") return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Restorations of the conversation's vault tokens in `text` (of `kind`) that no policy edit overlaps; none in an identifier. */
export function restoreEdits(vault: TokenVault, conversation: string, text: string, edits: readonly Edit[], kind: TextKind = "text"): Edit[] {
  // A tool name or call id is never rewritten, not even to restore a token: the caller answers with the id as the
  // model wrote it, and the next request then carries the token back, not the value.
  if (kind === "identifier" || (!text.includes("⟦") && !text.includes("\\u27"))) return [];
  const json = kind !== "tool_call_arguments" && isJsonDocument(text);
  // Inside JSON a model may write the brackets as `\u27e6`/`\u27e7` escapes: those forms are restored there too.
  const pattern = kind === "tool_call_arguments" || json ? ANY_TOKEN_PATTERN : TOKEN_PATTERN;
  const out: Edit[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (edits.some((e) => e.start < end && start < e.end)) continue;
    const value = vault.reveal(conversation, m[0]);
    if (value !== undefined) out.push({ start, end, replacement: restoredValue(kind, value, json) });
  }
  return out;
}
