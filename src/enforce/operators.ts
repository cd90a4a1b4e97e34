import { createHmac } from "node:crypto";
import type { CompiledRule } from "../decide/compile-policy.js";
import type { PolicyAction } from "../decide/policy-schema.js";
import type { TokenVault } from "./token-vault.js";

/** Mask all letters and digits but the last `keep`, leaving separators so the shape stays readable. */
export function maskText(value: string, keep = 4): string {
  const cps = [...value];
  let alnum = 0;
  for (const ch of cps) if (/[\p{L}\p{N}]/u.test(ch)) alnum++;
  const maskUpTo = Math.max(0, alnum - keep);
  // Short values are masked entirely: keeping 4 of 6 characters would reveal most of it.
  const all = alnum <= keep * 2;
  let seen = 0;
  return cps
    .map((ch) => {
      if (!/[\p{L}\p{N}]/u.test(ch)) return ch;
      seen++;
      return all || seen <= maskUpTo ? "*" : ch;
    })
    .join("");
}

/** Keyed hash (HMAC-SHA256, first 12 hex digits): equal values hash equally, the value cannot be read back. */
export function hashText(type: string, value: string, key: Buffer): string {
  return `[${type}:${createHmac("sha256", key).update(value).digest("hex").slice(0, 12)}]`;
}

/** What the operators need besides the value. */
export interface OperatorContext {
  conversation: string;
  vault: TokenVault;
  hashKey: Buffer;
}

/** The replacement text for one value under one action (undefined for actions that change nothing). */
export function replacementFor(action: PolicyAction, rule: CompiledRule | undefined, type: string, value: string, ctx: OperatorContext): string | undefined {
  switch (action) {
    case "redact":
      return rule?.style === "numbered" ? `[${type}_${ctx.vault.numberFor(ctx.conversation, type, value)}]` : `[${type}]`;
    case "mask":
      return maskText(value, rule?.keep ?? 4);
    case "hash":
      return hashText(type, value, ctx.hashKey);
    case "tokenize":
      return ctx.vault.tokenize(ctx.conversation, type, value, rule?.restore ?? true);
    default:
      return undefined;
  }
}

/** One span to rewrite. */
export interface Rewrite {
  start: number;
  end: number;
  action: PolicyAction;
  rank: number;
  rule: CompiledRule | undefined;
  type: string;
}

/** One replacement in a text. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The edits for a set of rewrites. Overlapping spans merge into one covering both (nothing of either value
 * survives), taking the more restrictive action. Spans whose replacement equals the value are dropped.
 */
export function rewriteEdits(text: string, rewrites: readonly Rewrite[], ctx: OperatorContext): Edit[] {
  if (rewrites.length === 0) return [];
  const sorted = [...rewrites].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Rewrite[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      const winner = r.rank > last.rank ? r : last;
      merged[merged.length - 1] = { ...winner, start: last.start, end: Math.max(last.end, r.end) };
    } else merged.push(r);
  }
  const edits: Edit[] = [];
  for (const r of merged) {
    const value = text.slice(r.start, r.end);
    const rep = replacementFor(r.action, r.rule, r.type, value, ctx);
    if (rep !== undefined && rep !== value) edits.push({ start: r.start, end: r.end, replacement: rep });
  }
  return edits;
}

/** Apply sorted, non-overlapping edits; undefined when there are none. */
export function applyEdits(text: string, edits: readonly Edit[]): string | undefined {
  if (edits.length === 0) return undefined;
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Apply rewrites to a text (see {@link rewriteEdits}). Returns undefined when nothing changed. */
export function applyRewrites(text: string, rewrites: readonly Rewrite[], ctx: OperatorContext): string | undefined {
  return applyEdits(text, rewriteEdits(text, rewrites, ctx));
}
