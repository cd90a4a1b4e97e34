import { AUTHORITY_GATE_WORDS } from "./authority-unlock.js";
import { EXFIL_SLOT_GATE_WORDS } from "./exfil-slots.js";
import { LADDER_GATE_WORDS } from "./extraction-ladders.js";
import { AGREEMENT_GATE_WORDS } from "./false-agreements.js";
import { LAWLESS_GATE_WORDS } from "./lawless-personas.js";
import { LIMIT_LIST_GATE_WORDS } from "./limit-ladders.js";
import { TOOL_ABUSE_GATE_WORDS } from "./tool-abuse-parts.js";

/**
 * Rule-only trigger bits (above the model's feature bits, like T_HARM and T_LANG: no model feature, no long-input
 * gate, no n-gram evidence) of the words that gate the leads of agent-attack-parts.ts: a suppression of oversight, a
 * URL slot, an authority claim, a question about hidden instructions, a request to list the model's restrictions, a claim
 * that it agreed earlier, a persona without rules. Kept apart from agent-attack-parts.ts so that trigger-lexicon.ts imports no rules.
 */
export const T_TOOL_GATE = 1 << 17;
export const T_SLOT_GATE = 1 << 18;
export const T_CLAIM_GATE = 1 << 19;
export const T_LADDER_GATE = 1 << 20;

/** The gate words of each lead, for trigger-lexicon.ts. */
export const AGENT_GATE_FAMILIES: ReadonlyArray<readonly [number, string]> = [
  [T_TOOL_GATE, TOOL_ABUSE_GATE_WORDS],
  [T_SLOT_GATE, EXFIL_SLOT_GATE_WORDS],
  [T_CLAIM_GATE, AUTHORITY_GATE_WORDS],
  // the ladders and false agreements that switch the model's limits off share the ladder's gate bit
  [T_LADDER_GATE, `${LADDER_GATE_WORDS} ${LIMIT_LIST_GATE_WORDS} ${AGREEMENT_GATE_WORDS} ${LAWLESS_GATE_WORDS}`],
];
