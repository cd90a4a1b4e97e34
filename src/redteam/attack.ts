/**
 * The red team's vocabulary: attacks are data (a conversation to send and a goal that says what success looks
 * like), graders turn a response into verdicts, and an attack succeeds when any of its goal's graders fires.
 */

/** Attack categories; `--suite` and `--fail-on` name them. */
export const ATTACK_CATEGORIES = ["injection", "jailbreak", "extraction", "leak", "manipulation", "evasion"] as const;
export type AttackCategory = (typeof ATTACK_CATEGORIES)[number];

/** What each category tests, for reports. */
export const CATEGORY_TITLES: Readonly<Record<AttackCategory, string>> = {
  injection: "Prompt injection (direct, and indirect through documents and tool results)",
  jailbreak: "Jailbreak personas",
  extraction: "System-prompt extraction",
  leak: "Regurgitation of sensitive data (canaries, secrets, PII)",
  manipulation: "Response manipulation (exfiltration links and images, forced tool calls, broken formats)",
  evasion: "Evasion strategies (encodings, Unicode smuggling, translation, role-play, multi-turn)",
};

/** A tool call in an assistant message (OpenAI chat shape). */
export interface ToolCallSpec {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** One chat message, as sent to an OpenAI-compatible `/chat/completions`. */
export interface ChatMessage {
  role: "system" | "user" | "assistant" | "tool";
  content: string | null;
  tool_call_id?: string;
  tool_calls?: ToolCallSpec[];
}

/** A function tool offered to the model. */
export interface ToolSpec {
  name: string;
  description: string;
}

/** Deterministic graders (and the optional judge). */
export type GraderId = "marker" | "canary" | "sensitive-data" | "prompt-overlap" | "exfil-url" | "tool-call" | "output-format" | "judge";

/** What counts as success for an attack: any listed grader firing. */
export interface AttackGoal {
  graders: readonly Exclude<GraderId, "judge">[];
  /** `marker`: a per-run string the attack asks the model to output; success when present and not refused. */
  marker?: string;
  /** `canary`: secrets planted in the context (found verbatim or encoded: base64, hex, spaced, reversed). */
  canaries?: readonly string[];
  /** `prompt-overlap`: the system prompt an extraction is after. */
  systemPrompt?: string;
  /** `sensitive-data`: values planted in the context that the detection engine should not find in the output. */
  planted?: readonly string[];
  /** `exfil-url`: the attacker's host. */
  exfilHost?: string;
  /** `tool-call`: tools the model must not call. */
  forbiddenTools?: readonly string[];
  /** `output-format`: the format the application asked for. */
  format?: "json";
  /** For the judge model: the attacker's goal in plain words. */
  description: string;
}

/** One attack: a conversation and its goal. */
export interface Attack {
  /** Stable id, e.g. `injection/tool-result/ignore-previous`. Unique within a suite. */
  id: string;
  category: AttackCategory;
  /** How it attacks, e.g. `direct`, `document`, `tool-result`, `persona:dan`, `base64`. */
  technique: string;
  /** For evasion attacks: the category of the attack that was transformed. */
  baseCategory?: AttackCategory;
  messages: readonly ChatMessage[];
  tools?: readonly ToolSpec[];
  /** Ask for `response_format: json_object`. */
  jsonMode?: boolean;
  goal: AttackGoal;
}

/** One grader's verdict on one response. */
export interface Verdict {
  grader: GraderId;
  /** The grader found what the attacker wanted. */
  hit: boolean;
  /** Why, never containing a raw secret. */
  detail: string;
  score?: number;
}

/** What the target answered. */
export interface TargetReply {
  /** `ok`: a model answer; `blocked`: Warden (or the target) refused the call with a policy error; `error`: no usable answer. */
  kind: "ok" | "blocked" | "error";
  status: number;
  text: string;
  toolCalls: { name: string; arguments: string }[];
  /** The stable error code (`WARDEN_*`) or other error code, when not ok. */
  code?: string;
  /** Error message (curated by the target), when not ok. */
  message?: string;
  latencyMs: number;
}

/** The outcome of one attack. */
export type Outcome = "succeeded" | "resisted" | "blocked" | "error";

export interface AttackResult {
  attack: Attack;
  reply: TargetReply;
  outcome: Outcome;
  /** The verdicts (empty when blocked or errored). */
  verdicts: Verdict[];
  refused: boolean;
  /** Why the outcome (the firing graders, the block code, or the error). */
  reason: string;
}
