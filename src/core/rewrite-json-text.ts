import { isJsonObject, type JsonValue } from "./json.js";

/**
 * `next` as JSON text, keeping the source text of every value of `raw` that `next` did not change: only the changed
 * values (and the objects and arrays around them) are written anew. A value parsed from JSON and written back can
 * differ from what the client sent: `12345678901234567891` becomes `12345678901234567000`, `1e400` becomes `null`
 * and `-0` becomes `0`; a rewritten request keeps them as they came, as it keeps the fields Warden did not touch.
 *
 * `raw` must be one JSON value (already validated: the request body was parsed from it) and `next` a value derived
 * from its parse. A container whose members all kept their text, in the same order, is copied with its spacing;
 * one that changed is written compactly around its members' text.
 *
 * @example
 * rewriteJsonText('{"seed": 12345678901234567891, "q": "a@b.c"}', { seed: 12345678901234567000, q: "[EMAIL]" })
 * // '{"seed":12345678901234567891,"q":"[EMAIL]"}'
 */
export function rewriteJsonText(raw: string, next: JsonValue): string {
  const reader = new Reader(raw);
  reader.space();
  return reader.value(next).text;
}

interface Written {
  text: string;
  /** Whether `text` is the source text, unchanged. */
  same: boolean;
}

class Reader {
  i = 0;

  constructor(private readonly s: string) {}

  space(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.i++;
      else break;
    }
  }

  /** The value at the cursor, written for `next`; the cursor ends after it. */
  value(next: JsonValue): Written {
    const c = this.s.charCodeAt(this.i);
    if (c === 0x7b) return this.object(next);
    if (c === 0x5b) return this.array(next);
    const start = this.i;
    const parsed = c === 0x22 ? this.string() : this.scalar();
    const text = this.s.slice(start, this.i);
    // Object.is: -0 is not 0 (a value changed from 0 to -0 is written anew, and the reverse).
    return Object.is(parsed, next) ? { text, same: true } : { text: JSON.stringify(next), same: false };
  }

  private object(next: JsonValue): Written {
    const s = this.s;
    const start = this.i++;
    const target = isJsonObject(next) ? next : undefined;
    const members = new Map<string, string>();
    const order: string[] = [];
    let same = target !== undefined;
    this.space();
    if (s.charCodeAt(this.i) === 0x7d) this.i++;
    else {
      for (;;) {
        const keyStart = this.i;
        const key = this.string();
        const keyText = s.slice(keyStart, this.i);
        this.space();
        this.i++; // :
        this.space();
        const has = target !== undefined && Object.hasOwn(target, key);
        const w = this.value(has ? (target[key] as JsonValue) : null);
        if (has) {
          members.set(key, `${keyText}:${w.text}`);
          order.push(key);
          if (!w.same) same = false;
        } else same = false;
        this.space();
        if (s.charCodeAt(this.i++) === 0x7d) break;
        this.space();
      }
    }
    if (target === undefined) return { text: JSON.stringify(next), same: false };
    const keys = Object.keys(target);
    if (same && keys.length === order.length && keys.every((k, n) => k === order[n])) return { text: s.slice(start, this.i), same: true };
    const parts: string[] = [];
    for (const k of keys) {
      const v = target[k];
      if (v === undefined) continue;
      parts.push(members.get(k) ?? `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    }
    return { text: `{${parts.join(",")}}`, same: false };
  }

  private array(next: JsonValue): Written {
    const s = this.s;
    const start = this.i++;
    const target = Array.isArray(next) ? next : undefined;
    const items: string[] = [];
    let same = target !== undefined;
    this.space();
    if (s.charCodeAt(this.i) === 0x5d) this.i++;
    else {
      for (let n = 0; ; n++) {
        const inTarget = target !== undefined && n < target.length;
        const w = this.value(inTarget ? (target[n] as JsonValue) : null);
        if (inTarget) items.push(w.text);
        if (!inTarget || !w.same) same = false;
        this.space();
        if (s.charCodeAt(this.i++) === 0x5d) break;
        this.space();
      }
    }
    if (target === undefined) return { text: JSON.stringify(next), same: false };
    if (same && items.length === target.length) return { text: s.slice(start, this.i), same: true };
    for (let n = items.length; n < target.length; n++) items.push(JSON.stringify(target[n] ?? null));
    return { text: `[${items.join(",")}]`, same: false };
  }

  /** The string at the cursor (at its opening quote), unescaped; the cursor ends after its closing quote. */
  private string(): string {
    const s = this.s;
    const start = this.i;
    let escaped = false;
    let i = start + 1;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x22) break;
      if (i >= s.length) throw new SyntaxError("unterminated string");
      if (c === 0x5c) {
        escaped = true;
        i += 2;
      } else i++;
    }
    this.i = i + 1;
    return escaped ? (JSON.parse(s.slice(start, this.i)) as string) : s.slice(start + 1, i);
  }

  /** A number, `true`, `false` or `null` at the cursor, parsed as JSON.parse would. */
  private scalar(): JsonValue {
    const s = this.s;
    const start = this.i;
    let i = start;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
      i++;
    }
    this.i = i;
    return JSON.parse(s.slice(start, i)) as JsonValue;
  }
}
