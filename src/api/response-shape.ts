import type { JsonObject, JsonValue } from "../core/json.js";
import type { TextKind, TextPart } from "../core/message-spec.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import type { StreamDelta } from "./stream-delta.js";
import { OPAQUE_KEYS, STRUCTURAL_KEYS } from "./walk-text.js";

/**
 * What an endpoint adapter knows about a response (or stream event) field:
 * - `true`: known, and either not text or text the adapter already hands to output scanning;
 * - a `TextKind`: every string under it is scanned as one whole text of that kind;
 * - an object: its listed keys as said, any other key unknown;
 * - a one-element array: each element has that shape.
 * Unknown fields pass through unchanged (issue #2) but their strings are scanned as `other`: a value the upstream
 * puts in a field no adapter knows still meets the response policy.
 */
export type ResponseShape = true | TextKind | ObjectShape | readonly [ResponseShape];
/** An object's known keys and their shapes. */
export interface ObjectShape {
  readonly [key: string]: ResponseShape;
}


/** A base64 `data:` URL of a media type that is not text (an image, audio): no detector reads it. */
function isBinaryDataUrl(s: string): boolean {
  return s.startsWith("data:") && !s.startsWith("data:text/") && s.includes(";base64,");
}

/** Called for each string found outside what the shape knows (or under a kind): its path, text and kind. */
export type ShapeVisitor = (path: readonly (string | number)[], text: string, kind: TextKind, holder: JsonObject | JsonValue[], key: string | number) => void;

/**
 * Visit every string of `value` that `shape` does not mark as known. Structural and opaque keys are skipped at any
 * depth (ids, enums, signatures), as are base64 `data:` URLs of non-text media. Cheap on known shapes: only the keys an
 * object has are looked at, and known subtrees are not entered.
 */
export function visitUnknownStrings(value: JsonValue, shape: ResponseShape, visit: ShapeVisitor): void {
  const path: (string | number)[] = [];
  walk(value, shape, path, visit, undefined, undefined);
}

function walk(value: JsonValue, shape: ResponseShape, path: (string | number)[], visit: ShapeVisitor, holder: JsonObject | JsonValue[] | undefined, key: string | number | undefined): void {
  if (shape === true || value === null) return;
  if (typeof value === "string") {
    if (holder === undefined || key === undefined || value.length === 0) return;
    if (typeof key === "string" && (STRUCTURAL_KEYS.has(key) || OPAQUE_KEYS.has(key))) return;
    if (isBinaryDataUrl(value)) return;
    visit(path, value, typeof shape === "string" ? shape : "other", holder, key);
    return;
  }
  if (typeof value !== "object") return;
  const kind: ResponseShape = typeof shape === "string" ? shape : "other";
  if (Array.isArray(value)) {
    const each: ResponseShape = Array.isArray(shape) ? (shape as readonly [ResponseShape])[0] : kind;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i] as JsonValue, each, path, visit, value, i);
      path.pop();
    }
    return;
  }
  const known = typeof shape === "object" && !Array.isArray(shape) ? (shape as ObjectShape) : undefined;
  for (const k in value) {
    const x = value[k] as JsonValue;
    // Numbers, booleans and nulls hold no text; structural and opaque keys are never entered (an `id` object, a
    // `signature`), whatever is inside.
    if (x === null || (typeof x !== "string" && typeof x !== "object")) continue;
    const sub = known && Object.hasOwn(known, k) ? (known[k] as ResponseShape) : known ? "other" : kind;
    if (sub === true || STRUCTURAL_KEYS.has(k) || OPAQUE_KEYS.has(k)) continue;
    path.push(k);
    walk(x, sub, path, visit, value, k);
    path.pop();
  }
}

/** The strings of a response body that its shape does not know, as text parts of the assistant. */
export function unknownParts(body: JsonObject, shape: ResponseShape): TextPart[] {
  const parts: TextPart[] = [];
  visitUnknownStrings(body, shape, (path, text, kind) => parts.push({ path: [...path], text, role: "assistant", kind, messageIndex: -1 }));
  return parts;
}

/**
 * The strings of one stream event that its shape does not know, as whole deltas: each is complete in its event, so
 * it is enforced on its own and never held back (`channel` names its place in the event).
 */
export function unknownDeltas(event: SseEvent, shape: ResponseShape): StreamDelta[] {
  const json = event.json;
  if (json === undefined || json === null || typeof json !== "object") return [];
  const out: StreamDelta[] = [];
  visitUnknownStrings(json as JsonValue, shape, (path, text, kind, holder, key) =>
    out.push({
      channel: `field:${path.join(".")}`,
      kind,
      text,
      whole: true,
      set(next: string) {
        (holder as Record<string | number, JsonValue>)[key] = next;
        event.dirty = true;
      },
    }),
  );
  return out;
}
