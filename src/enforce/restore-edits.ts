import type { Edit } from "./operators.js";
import { TOKEN_PATTERN, type TokenVault } from "./token-vault.js";

/** Restorations of the conversation's vault tokens in `text` that no policy edit overlaps. */
export function restoreEdits(vault: TokenVault, conversation: string, text: string, edits: readonly Edit[]): Edit[] {
  if (!text.includes("⟦")) return [];
  const out: Edit[] = [];
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (edits.some((e) => e.start < end && start < e.end)) continue;
    const value = vault.reveal(conversation, m[0]);
    if (value !== undefined) out.push({ start, end, replacement: value });
  }
  return out;
}
