import { T_CLAIM_GATE, T_LADDER_GATE, T_SLOT_GATE, T_TOOL_GATE } from "./agent-gates.js";
import { hiddenInstructionsAsked, ladderStep } from "./extraction-ladders.js";
import { authorityClaim, authorityUnlock } from "./authority-unlock.js";
import { agreementClaimed, jailbreakTerms } from "./false-agreements.js";
import { lawlessAi, personaCast } from "./lawless-personas.js";
import { limitsSwitchedOff, ownLimitsListed } from "./limit-ladders.js";
import { EXFIL_PART_PAYLOAD, EXFIL_PART_SLOT, exfilPayload, exfilSlot } from "./exfil-slots.js";
import { blankMentions, CLAIM_BIT, CLAIM_PART_CLAIM, CLAIM_PART_OFF, CONCEAL_BIT } from "./rules.js";
import { TOOL_PART_ACT, TOOL_PART_UNCHECKED, toolAct, toolUnchecked } from "./tool-abuse-parts.js";

/**
 * Agent attacks made of two parts that may sit in neighbouring sentences (tool-abuse-parts.ts, exfil-slots.ts,
 * authority-unlock.ts): the rarer part (the lead) is looked for in the sentences whose words gate it, the other part
 * (the partner) only in the sentences of a window around a lead, so plain text costs one gate-bit test per sentence.
 * A window holding both parts counts as the rule whose learned weight stands for the attack: `conceal-from-user`
 * for tool abuse and exfiltration, the developer claim of `foreign-persona-extraction` for an authority unlock.
 */
interface PartPair {
  /** Trigger bit (trigger-lexicon.ts) of the lead's gate words. */
  readonly gate: number;
  readonly lead: (view: string) => boolean;
  readonly leadBit: number;
  readonly partner: (view: string) => boolean;
  readonly partnerBit: number;
}

const PAIRS: readonly PartPair[] = [
  { gate: T_TOOL_GATE, lead: toolUnchecked, leadBit: TOOL_PART_UNCHECKED, partner: toolAct, partnerBit: TOOL_PART_ACT },
  { gate: T_SLOT_GATE, lead: exfilSlot, leadBit: EXFIL_PART_SLOT, partner: exfilPayload, partnerBit: EXFIL_PART_PAYLOAD },
  { gate: T_CLAIM_GATE, lead: authorityClaim, leadBit: CLAIM_PART_CLAIM, partner: authorityUnlock, partnerBit: CLAIM_PART_OFF },
  // a ladder asking for the hidden instructions step by step counts as the same rule's prompt extraction
  { gate: T_LADDER_GATE, lead: hiddenInstructionsAsked, leadBit: CLAIM_PART_CLAIM, partner: ladderStep, partnerBit: CLAIM_PART_OFF },
  // a ladder listing the model's restrictions and then switching "them" off (limit-ladders.ts), and a false claim that
  // the model agreed earlier to a mode or to its rules off (false-agreements.ts): the same rule's unlock
  { gate: T_LADDER_GATE, lead: ownLimitsListed, leadBit: CLAIM_PART_CLAIM, partner: limitsSwitchedOff, partnerBit: CLAIM_PART_OFF },
  { gate: T_LADDER_GATE, lead: agreementClaimed, leadBit: CLAIM_PART_CLAIM, partner: jailbreakTerms, partnerBit: CLAIM_PART_OFF },
  // a persona declared free of rules (lawless-personas.ts): the lawlessness leads, the model cast as someone partners
  // (a quoted phrase talked about is no persona: "our logs show someone sent: 'you are now … with no filters'")
  { gate: T_LADDER_GATE, lead: (v) => lawlessAi(blankMentions(v) ?? v), leadBit: CLAIM_PART_OFF, partner: (v) => personaCast(blankMentions(v) ?? v), partnerBit: CLAIM_PART_CLAIM },
];

const TOOL_ALL = TOOL_PART_ACT | TOOL_PART_UNCHECKED;
const SLOT_ALL = EXFIL_PART_SLOT | EXFIL_PART_PAYLOAD;

/**
 * Mark the parts of the active segments into `parts` (OR-ed in). `scriptAt(i)`: segment i has a letter of a script the
 * gate words do not cover (its leads are read whatever its words); `viewAt(i)`: its rule view.
 */
export function markAgentParts(
  n: number,
  active: Uint8Array,
  trig: Int32Array,
  scriptAt: (i: number) => boolean,
  viewAt: (i: number) => string,
  parts: Uint16Array,
  reach: number,
): void {
  for (const pair of PAIRS) {
    let done: Uint8Array | undefined;
    for (let i = 0; i < n; i++) {
      if (active[i] === 0 || ((trig[i]! & pair.gate) === 0 && !scriptAt(i))) continue;
      if (!pair.lead(viewAt(i))) continue;
      parts[i]! |= pair.leadBit;
      done ??= new Uint8Array(n);
      for (let j = Math.max(0, i - reach); j < n && j <= i + reach; j++) {
        if (active[j] === 0 || done[j] === 1) continue;
        done[j] = 1;
        if (pair.partner(viewAt(j))) parts[j]! |= pair.partnerBit;
      }
    }
  }
}

/** The rule bits that a window's combined parts stand for. */
export function agentPartsMask(parts: number): number {
  let mask = 0;
  if ((parts & TOOL_ALL) === TOOL_ALL || (parts & SLOT_ALL) === SLOT_ALL) mask |= CONCEAL_BIT;
  if ((parts & (CLAIM_PART_CLAIM | CLAIM_PART_OFF)) === (CLAIM_PART_CLAIM | CLAIM_PART_OFF)) mask |= CLAIM_BIT;
  return mask;
}
