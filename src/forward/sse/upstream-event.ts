import { isJsonObject, type JsonValue } from "../../core/json.js";
import type { SseEvent } from "./sse-event.js";

/**
 * An event as read from an upstream, whose `data` a {@link JsonScanner} has already proved to be one JSON value
 * without duplicate keys (or is `[DONE]`). `json` is parsed on first read: when no stage reads it (the gateway core
 * with no output controls) the event is relayed without ever being turned into objects. The scan also gave the
 * top-level `type`, which is what the gateway itself reads from every event (terminal events, event names).
 *
 * @example
 * const ev = new UpstreamEvent('{"type":"ping"}');
 * ev.scanned("ping"); ev.type // "ping", nothing parsed yet
 */
export class UpstreamEvent implements SseEvent {
  declare event?: string;
  declare id?: string;
  declare dirty?: boolean;
  private value: JsonValue | undefined = undefined;
  private parsed = false;
  /** The data the scan saw, and the type it found there. */
  private scannedData: string | undefined = undefined;
  private scannedType: string | undefined = undefined;

  constructor(public data: string) {}

  /** The parsed `data` (undefined for `[DONE]`); parsed on first read. */
  get json(): JsonValue | undefined {
    if (!this.parsed) {
      this.parsed = true;
      this.value = this.data === "[DONE]" ? undefined : (JSON.parse(this.data) as JsonValue);
    }
    return this.value;
  }

  set json(value: JsonValue | undefined) {
    this.parsed = true;
    this.value = value;
  }

  /** Whether `json` was read or set (the parsed value may differ from `data` until the event is re-encoded). */
  get wasParsed(): boolean {
    return this.parsed;
  }

  /** Record what the scan of the current `data` found: the top-level object's `type` when it is a string. */
  scanned(type: string | undefined): void {
    this.scannedData = this.data;
    this.scannedType = type;
  }

  /** The top-level `type` when it is a string: from the scan while `json` was not parsed and `data` not replaced. */
  get type(): string | undefined {
    if (!this.parsed && this.scannedData === this.data) return this.scannedType;
    const j = this.json;
    const t = isJsonObject(j) ? j["type"] : undefined;
    return typeof t === "string" ? t : undefined;
  }
}

/** An event's top-level `type` when it is a string, without parsing an upstream event that was only scanned. */
export function eventType(ev: SseEvent): string | undefined {
  if (ev instanceof UpstreamEvent) return ev.type;
  const j = ev.json;
  const t = isJsonObject(j) ? j["type"] : undefined;
  return typeof t === "string" ? t : undefined;
}

/**
 * The `data` of an upstream event no stage has parsed or changed (still the text the scan proved to be JSON), for
 * readers that can get what they need from the text faster than from a parse; undefined otherwise.
 */
export function unparsedData(ev: SseEvent): string | undefined {
  return ev instanceof UpstreamEvent && !ev.wasParsed && ev.dirty !== true ? ev.data : undefined;
}
