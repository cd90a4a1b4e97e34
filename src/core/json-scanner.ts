import { type JsonShapeProblem, MAX_JSON_DEPTH } from "./json-shape.js";

/** Why a text is refused: not JSON at all (RFC 8259 grammar), or one of the {@link JsonShapeProblem} shapes. */
export type JsonScanProblem = "invalid" | JsonShapeProblem;

/** Member names of one object compared in place (no substring per name) up to this many, then kept in a Set. */
const LINEAR_NAMES = 16;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

const CONTROL = /[\x00-\x1f]/;
/** Strings up to this many characters are read in a loop rather than searched for their closing quote. */
const SHORT_STRING = 32;

const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;
const isHex = (c: number): boolean => (c >= ZERO && c <= NINE) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);

/**
 * A validating JSON scanner that builds nothing: it checks a text against the JSON grammar (RFC 8259, exactly what
 * `JSON.parse` accepts), for duplicate member names (compared after unescaping, like {@link jsonShapeProblem}) and
 * for nesting deeper than `maxDepth`, and notes three members of a top-level object (`type`, `error`, `choices`).
 *
 * It lets a stream relay an upstream event without parsing it into objects: every event is still refused when it is
 * not JSON or has a duplicate key, and the few facts the gateway reads from every event (is it an error event, its
 * type) come from the scan; the value is parsed only when a stage reads it. Member names are compared where they
 * lie in the text (no substring per name) and the scanner is reused, so a scan allocates nothing in the common case.
 *
 * @example
 * const s = new JsonScanner();
 * s.scan('{"type":"message_stop"}') // undefined (acceptable); s.type === "message_stop"
 * s.scan('{"a":1,"a":2}')           // "duplicate-key"
 * s.scan("{'a':1}")                 // "invalid"
 */
export class JsonScanner {
  /** Whether the last text scanned is an object. */
  isObject = false;
  /** That object's `type` member when it is a string (unescaped). */
  type: string | undefined;
  /** Whether that object has a `type` member at all (of any type). */
  hasType = false;
  /** Whether that object's `error` member is an object. */
  errorIsObject = false;
  /** Whether that object has a `choices` member. */
  hasChoices = false;
  /** Whether that `choices` member is neither an array nor null (an object keyed "0", a string: malformed). */
  choicesNotArray = false;

  private s = "";
  private i = 0;
  private depth = 0;
  private problem: JsonScanProblem = "invalid";
  /** Whether the text has no control characters (then a string without a backslash needs no character loop). */
  private plain: boolean | undefined;
  /** Offset of the next backslash at or after the last one searched from (-1: none left). */
  private backslash = 0;
  /** Whether the string just scanned had an escape sequence. */
  private escaped = false;
  /** Start and end offsets, and escape flag, of the member names of every open object, flattened: a stack whose
   * top is `top` (the array is reused, never shortened: setting an array's length is a runtime call). */
  private readonly names: number[] = [];
  private top = 0;

  /** Offsets of the opening and closing quotes of the last string value scanned below the top level (-1: none). */
  private slotStart = -1;
  private slotEnd = -1;
  /** The last accepted text around that string value, for {@link scanNext}: the text up to and including its
   * opening quote, and from its closing quote on; undefined when the last scan had no such value or refused. */
  private prefix: string | undefined;
  private suffix: string | undefined;

  constructor(private readonly maxDepth = MAX_JSON_DEPTH) {}

  /**
   * {@link scan} for a text that is likely to differ from the last accepted one only in one string value (the
   * events of a stream: the same envelope around the next token). When the text is the last accepted one's text
   * before and after its last nested string value, with a string between that needs no escape (no quote, backslash
   * or control character), it is accepted without a scan: replacing one valid string token by another keeps a
   * JSON text valid, with the same member names, depth and top-level members (the value is not a top-level member,
   * so `type`, `error` and `choices` are as the last scan found them). Otherwise the text is scanned in full.
   */
  scanNext(text: string): JsonScanProblem | undefined {
    const prefix = this.prefix;
    const suffix = this.suffix;
    if (prefix !== undefined && suffix !== undefined) {
      const end = text.length - suffix.length;
      // Compared as whole strings (a memory compare): `startsWith`/`endsWith` and charCodeAt loops measured ~3×
      // slower on these texts, which are slices of the upstream chunk.
      if (end >= prefix.length && text.slice(end) === suffix && text.slice(0, prefix.length) === prefix) {
        let i = prefix.length;
        for (; i < end; i++) {
          const c = text.charCodeAt(i);
          if (c === QUOTE || c === BACKSLASH || c < 0x20) break;
        }
        if (i === end) return undefined;
      }
    }
    const problem = this.scan(text);
    if (problem === undefined && this.slotStart >= 0) {
      this.prefix = text.slice(0, this.slotStart + 1);
      this.suffix = text.slice(this.slotEnd);
    }
    return problem;
  }

  /** Scan `text`; `undefined` when it is one JSON value free of duplicate names and within the depth limit. */
  scan(text: string): JsonScanProblem | undefined {
    this.s = text;
    this.i = 0;
    this.depth = 0;
    this.top = 0;
    this.isObject = false;
    this.type = undefined;
    this.hasType = false;
    this.errorIsObject = false;
    this.hasChoices = false;
    this.choicesNotArray = false;
    this.problem = "invalid";
    this.plain = undefined;
    this.backslash = 0;
    this.slotStart = -1;
    this.prefix = undefined;
    this.suffix = undefined;
    this.space();
    const ok = this.value() && (this.space(), this.i === text.length);
    this.s = "";
    return ok ? undefined : this.problem;
  }

  private space(): void {
    const s = this.s;
    const n = s.length;
    let i = this.i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    this.i = i;
  }

  private value(): boolean {
    const c = this.s.charCodeAt(this.i);
    if (c === QUOTE) {
      const at = this.i;
      const end = this.string();
      if (end < 0) return false;
      if (this.depth > 1) {
        this.slotStart = at;
        this.slotEnd = end;
      }
      return true;
    }
    if (c === 0x7b) return this.object();
    if (c === 0x5b) return this.array();
    if (c === MINUS || isDigit(c)) return this.number();
    if (c === 0x74) return this.word("true");
    if (c === 0x66) return this.word("false");
    if (c === 0x6e) return this.word("null");
    return false;
  }

  private word(w: string): boolean {
    if (!this.s.startsWith(w, this.i)) return false;
    this.i += w.length;
    return true;
  }

  /** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` */
  private number(): boolean {
    const s = this.s;
    let i = this.i;
    if (s.charCodeAt(i) === MINUS) i++;
    let c = s.charCodeAt(i);
    if (c === ZERO) i++;
    else if (isDigit(c)) while (isDigit(s.charCodeAt(++i)));
    else return false;
    if (s.charCodeAt(i) === DOT) {
      if (!isDigit(s.charCodeAt(++i))) return false;
      while (isDigit(s.charCodeAt(++i)));
    }
    c = s.charCodeAt(i);
    if (c === 0x65 || c === 0x45) {
      c = s.charCodeAt(++i);
      if (c === PLUS || c === MINUS) i++;
      if (!isDigit(s.charCodeAt(i))) return false;
      while (isDigit(s.charCodeAt(++i)));
    }
    this.i = i;
    return true;
  }

  /** A string at the current quote; returns the offset of its closing quote (or -1) and sets `escaped`. */
  private string(): number {
    const s = this.s;
    const from = this.i + 1;
    // Short strings (member names, most values in stream events) character by character: cheaper than a search call.
    const n = s.length;
    const stop = from + SHORT_STRING < n ? from + SHORT_STRING : n;
    for (let i = from; i < stop; i++) {
      const c = s.charCodeAt(i);
      if (c === QUOTE) {
        this.i = i + 1;
        this.escaped = false;
        return i;
      }
      if (c === BACKSLASH || c < 0x20) return this.slowString(from);
    }
    // Longer ones: the closing quote found natively; valid as is when no backslash comes before it and the text has
    // no control characters at all (checked once per scan, when first needed).
    const quote = s.indexOf('"', stop);
    if (quote < 0) return -1;
    if (this.plain === undefined) this.plain = !CONTROL.test(s);
    if (this.backslash < from && this.backslash !== -1) this.backslash = s.indexOf("\\", from);
    if (this.plain && (this.backslash === -1 || this.backslash > quote)) {
      this.i = quote + 1;
      this.escaped = false;
      return quote;
    }
    return this.slowString(from);
  }

  /** {@link string} character by character: escapes are checked, raw control characters refused. */
  private slowString(from: number): number {
    const s = this.s;
    const n = s.length;
    let escaped = false;
    for (let i = from; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === QUOTE) {
        this.i = i + 1;
        this.escaped = escaped;
        return i;
      }
      if (c === BACKSLASH) {
        escaped = true;
        const e = s.charCodeAt(++i);
        if (e === 0x75) {
          if (!(isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2)) && isHex(s.charCodeAt(i + 3)) && isHex(s.charCodeAt(i + 4)))) return -1;
          i += 4;
        } else if (!(e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74)) return -1;
      } else if (c < 0x20) return -1; // control characters must be escaped
    }
    return -1;
  }

  private array(): boolean {
    if (++this.depth > this.maxDepth) return this.fail("too-deep");
    const s = this.s;
    this.i++;
    if (s.charCodeAt(this.i) <= 0x20) this.space();
    if (s.charCodeAt(this.i) === 0x5d) {
      this.i++;
      this.depth--;
      return true;
    }
    for (;;) {
      if (!this.value()) return false;
      if (s.charCodeAt(this.i) <= 0x20) this.space();
      const c = s.charCodeAt(this.i++);
      if (c === 0x5d) break;
      if (c !== COMMA) return false;
      if (s.charCodeAt(this.i) <= 0x20) this.space();
    }
    this.depth--;
    return true;
  }

  private object(): boolean {
    if (++this.depth > this.maxDepth) return this.fail("too-deep");
    const s = this.s;
    const top = this.depth === 1;
    if (top) this.isObject = true;
    const names = this.names;
    const base = this.top;
    let set: Set<string> | undefined;
    this.i++;
    if (s.charCodeAt(this.i) <= 0x20) this.space();
    if (s.charCodeAt(this.i) === 0x7d) {
      this.i++;
      this.depth--;
      return true;
    }
    for (;;) {
      if (s.charCodeAt(this.i) !== QUOTE) return false;
      const start = this.i + 1;
      const end = this.string();
      if (end < 0) return false;
      const escaped = this.escaped;
      if (set) {
        const name = this.name(start, end, escaped);
        if (set.has(name)) return this.fail("duplicate-key");
        set.add(name);
      } else {
        const last = this.top;
        for (let k = base; k < last; k += 3) {
          if (this.sameName(names[k] as number, names[k + 1] as number, names[k + 2] === 1, start, end, escaped)) return this.fail("duplicate-key");
        }
        names[last] = start;
        names[last + 1] = end;
        names[last + 2] = escaped ? 1 : 0;
        this.top = last + 3;
        if (last + 3 - base >= 3 * LINEAR_NAMES) {
          set = new Set();
          for (let k = base; k < this.top; k += 3) set.add(this.name(names[k] as number, names[k + 1] as number, names[k + 2] === 1));
        }
      }
      if (s.charCodeAt(this.i) <= 0x20) this.space();
      if (s.charCodeAt(this.i) !== COLON) return false;
      this.i++;
      if (s.charCodeAt(this.i) <= 0x20) this.space();
      const at = this.i;
      if (!this.value()) return false;
      if (top && (escaped || end - start === 4 || end - start === 5 || end - start === 7)) this.topMember(start, end, escaped, at);
      if (s.charCodeAt(this.i) <= 0x20) this.space();
      const c = s.charCodeAt(this.i++);
      if (c === 0x7d) break;
      if (c !== COMMA) return false;
      if (s.charCodeAt(this.i) <= 0x20) this.space();
    }
    this.top = base;
    this.depth--;
    return true;
  }

  /** Note `type`, `error` and `choices` of the top-level object; `at` is where the member's value starts. */
  private topMember(start: number, end: number, escaped: boolean, at: number): void {
    const len = end - start;
    const s = this.s;
    const name = escaped ? this.name(start, end, true) : undefined;
    if (name === "type" || (name === undefined && len === 4 && s.startsWith("type", start))) {
      this.hasType = true;
      // The value just scanned: a string sets `escaped` and ends at `this.i - 1`.
      this.type = s.charCodeAt(at) !== QUOTE ? undefined : this.escaped ? (JSON.parse(s.slice(at, this.i)) as string) : s.slice(at + 1, this.i - 1);
    } else if (name === "error" || (name === undefined && len === 5 && s.startsWith("error", start))) this.errorIsObject = s.charCodeAt(at) === 0x7b;
    else if (name === "choices" || (name === undefined && len === 7 && s.startsWith("choices", start))) {
      this.hasChoices = true;
      const c = s.charCodeAt(at);
      this.choicesNotArray = c !== 0x5b && c !== 0x6e; // `[` or `null`
    }
  }

  /** The member name `s[start, end)` unescaped. */
  private name(start: number, end: number, escaped: boolean): string {
    return escaped ? (JSON.parse(this.s.slice(start - 1, end + 1)) as string) : this.s.slice(start, end);
  }

  private sameName(a0: number, a1: number, aEscaped: boolean, b0: number, b1: number, bEscaped: boolean): boolean {
    if (aEscaped || bEscaped) return this.name(a0, a1, aEscaped) === this.name(b0, b1, bEscaped);
    if (a1 - a0 !== b1 - b0) return false;
    const s = this.s;
    for (let k = 0; k < a1 - a0; k++) if (s.charCodeAt(a0 + k) !== s.charCodeAt(b0 + k)) return false;
    return true;
  }

  private fail(problem: JsonScanProblem): false {
    this.problem = problem;
    return false;
  }
}
