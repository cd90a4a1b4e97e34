import type { Finding } from "../core/finding.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../core/json.js";
import type { TextPart } from "../core/message-spec.js";
import { requestedAction, toolFamilies } from "./tool-action-request.js";

/** What the request side found: untrusted content (a tool result, a document) that tries to steer the model. */
export interface IndirectInjection {
  score: number;
  /** Value-free reason for the decision path. */
  reason: string;
}

/** Embedded content in a user message: a document, e-mail, web page or search result the application pasted in. */
const EMBEDDED_TAG = /<(document|doc|documents|email|mail|context|file|attachment|article|webpage|web_page|page|html|search_results?|result|retrieved|source|tool_result|data)\b[^>]*>([\s\S]*?)(?:<\/\1\s*>|$)/gi;
/** An e-mail pasted between `---` lines, or from its headers to the end. */
const EMAIL_BLOCK = /(?:^|\n)-{3,}\n([\s\S]*?)(?:\n-{3,}|$)|(?:^|\n)From: [^\n]+\n(?:[A-Z][\w-]*: [^\n]*\n)*([\s\S]*)$/g;
/** Quoted lines. */
const QUOTE_LINE = /^>[^\n]*$/gm;

/** Spans of `text` (a user message) that are embedded third-party content. */
export function embeddedRegions(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (text.includes("<")) for (const m of text.matchAll(EMBEDDED_TAG)) out.push([m.index, m.index + m[0].length]);
  if (text.includes("---") || text.includes("From: ")) for (const m of text.matchAll(EMAIL_BLOCK)) out.push([m.index, m.index + m[0].length]);
  if (text.includes(">")) for (const m of text.matchAll(QUOTE_LINE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Where a request part holds untrusted content: a tool result or document whole (`whole`), the embedded regions of a
 * user's own text (`<document>…`, pasted e-mails, quotes), or nothing (`undefined`: another role or kind).
 */
export function untrustedRegions(part: TextPart): { whole: boolean; regions: [number, number][] } | undefined {
  // A tool's own definition names the tools and describes the actions they perform: read as a tool result, every
  // request offering tools would look like one steering the model. An injection in it is decided by the policy.
  if (part.kind === "tool_definition") return undefined;
  const whole = part.role === "tool" || part.kind === "tool_result" || part.kind === "document";
  const userText = part.role === "user" && (part.kind === "text" || part.kind === "input" || part.kind === "prompt");
  if (!whole && !userText) return undefined;
  return { whole, regions: whole ? [[0, part.text.length]] : embeddedRegions(part.text) };
}

/** Tool names the request offers the model (OpenAI `tools`/`functions`, Anthropic and Responses `tools`). */
export function offeredToolNames(body: JsonObject): string[] {
  const out: string[] = [];
  for (const key of ["tools", "functions"]) {
    const list = body[key];
    if (!Array.isArray(list)) continue;
    for (const t of list) {
      if (!isJsonObject(t)) continue;
      const fn = t["function"];
      const name = isJsonObject(fn) ? fn["name"] : t["name"];
      if (typeof name === "string" && name.length > 0 && name.length <= 128) out.push(name);
    }
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const DIRECTIVE_VERBS = "call|calls|calling|invoke|invoking|use|using|run|execute|trigger|fire|perform|make";

/**
 * Looks at the untrusted parts of a request: tool results and documents (whole), and the embedded content of user
 * messages (`<document>…</document>`, pasted e-mails, quotes). Returns a signal when that content tells the model to
 * call one of the offered tools by name ("invoke delete_records now"), asks in plain words for an action an offered
 * tool performs ("please transfer $5000 to …" with a `bank_transfer` tool: tool-action-request.ts), or when an
 * injection detector found
 * something in it (any score from `minInjectionScore`, so also below the blocking threshold). The user's own words
 * asking for a tool are not untrusted.
 */
export function findIndirectInjection(
  parts: readonly TextPart[],
  toolNames: readonly string[],
  injectionFindings: (part: TextPart) => readonly Finding[],
  minInjectionScore = 0.35,
): IndirectInjection | undefined {
  const directive = toolNames.length > 0 ? new RegExp(`\\b(?:${DIRECTIVE_VERBS})\\b[^.\\n]{0,60}?(?<![\\w-])(?:${toolNames.map(escape).join("|")})(?![\\w-])`, "i") : undefined;
  const families = toolFamilies(toolNames);
  let best: IndirectInjection | undefined;
  const raise = (score: number, reason: string): void => {
    if (!best || score > best.score) best = { score, reason };
  };
  for (const part of parts) {
    if (part.text.length === 0) continue;
    const untrusted = untrustedRegions(part);
    if (!untrusted || untrusted.regions.length === 0) continue;
    const { whole, regions } = untrusted;
    const where = whole ? (part.role === "tool" || part.kind === "tool_result" ? "a tool result" : "a document") : "content embedded in a user message";
    if (directive) {
      for (const [s, e] of regions) {
        if (directive.test(part.text.slice(s, e))) {
          raise(0.9, `${where} instructs the model to call an offered tool`);
          break;
        }
      }
    }
    if (families.length > 0) {
      for (const [s, e] of regions) {
        const family = requestedAction(part.text.slice(s, e), families);
        if (family !== undefined) {
          raise(0.85, `${where} asks for an action an offered tool performs (${family})`);
          break;
        }
      }
    }
    for (const f of injectionFindings(part)) {
      if (f.category !== "injection" || f.score < minInjectionScore) continue;
      if (!regions.some(([s, e]) => f.start < e && s < f.end)) continue;
      raise(Math.max(0.8, f.score), `injection finding (${f.type}) in ${where}`);
    }
  }
  return best;
}

/** Whether a non-streamed response body makes a tool call (OpenAI chat and Responses, Anthropic Messages). */
export function responseHasToolCall(body: JsonObject): boolean {
  const choices = body["choices"];
  if (Array.isArray(choices)) {
    for (const c of choices) {
      const msg = isJsonObject(c) ? c["message"] : undefined;
      if (!isJsonObject(msg)) continue;
      const calls = msg["tool_calls"];
      if ((Array.isArray(calls) && calls.length > 0) || isJsonObject(msg["function_call"])) return true;
    }
  }
  const typed = (list: JsonValue | undefined, types: readonly string[]): boolean =>
    Array.isArray(list) && list.some((x) => isJsonObject(x) && typeof x["type"] === "string" && types.includes(x["type"]));
  return typed(body["output"], ["function_call", "custom_tool_call"]) || typed(body["content"], ["tool_use"]);
}
