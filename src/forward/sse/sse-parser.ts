import { WardenError } from "../../core/warden-error.js";
import type { SseEvent } from "./sse-event.js";

/** Largest single event accepted from an upstream (a guard against unbounded buffering). */
export const MAX_EVENT_BYTES = 8 * 1024 * 1024;

/**
 * Incremental server-sent-events parser (WHATWG HTML §9.2.6): lines end in CRLF, LF or CR; `data` lines are
 * joined with LF; a blank line dispatches; lines starting with ':' are comments. Feed it decoded text.
 */
export class SseParser {
  private buffer = "";
  /** The event's first `data` line, and any further ones (most events have one: no array per event then). */
  private data: string | undefined;
  private moreData: string[] | undefined;
  private eventName: string | undefined;
  private id: string | undefined;
  private size = 0;
  private sawCr = false;

  /** `make` creates each event from its data (plain objects by default; upstream reads use {@link UpstreamEvent}). */
  constructor(private readonly make: (data: string) => SseEvent = plainEvent) {}

  /** Parse a chunk; returns the events it completed. */
  push(text: string): SseEvent[] {
    const out: SseEvent[] = [];
    let s = this.buffer + text;
    if (this.sawCr && s.startsWith("\n")) s = s.slice(1);
    this.sawCr = false;
    let pos = 0;
    // Next CR and LF positions, each searched again only once passed (a search per line for both would rescan the
    // rest of the chunk every line: quadratic in the events per chunk).
    let lf = s.indexOf("\n");
    let cr = s.indexOf("\r");
    for (;;) {
      if (lf !== -1 && lf < pos) lf = s.indexOf("\n", pos);
      if (cr !== -1 && cr < pos) cr = s.indexOf("\r", pos);
      let end: number;
      let next: number;
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        end = cr;
        if (cr + 1 === s.length) {
          next = cr + 1;
          this.sawCr = true;
        } else next = s.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      } else if (lf !== -1) {
        end = lf;
        next = lf + 1;
      } else break;
      this.line(s, pos, end, out);
      pos = next;
    }
    this.buffer = s.slice(pos);
    this.size += text.length;
    if (this.buffer.length > MAX_EVENT_BYTES || this.size > MAX_EVENT_BYTES) {
      throw new WardenError("WARDEN_UPSTREAM_BAD_RESPONSE", { detail: "SSE event exceeds size limit" });
    }
    return out;
  }

  /** Flush at end of input: an unterminated final event is dispatched (lenient, as browsers are not). */
  end(): SseEvent[] {
    const out: SseEvent[] = [];
    if (this.buffer.length > 0) this.line(this.buffer, 0, this.buffer.length, out);
    this.buffer = "";
    this.dispatch(out);
    return out;
  }

  /** The line `s[start, end)`; read in place, so that a `data: ` line (nearly every line) costs one substring. */
  private line(s: string, start: number, end: number, out: SseEvent[]): void {
    if (start === end) {
      this.dispatch(out);
      return;
    }
    if (s.startsWith("data: ", start)) {
      this.addData(s.slice(start + 6, end));
      return;
    }
    if (s.charCodeAt(start) === 58 /* ':' */) return;
    const colon = s.indexOf(":", start);
    const hasValue = colon !== -1 && colon < end;
    const field = s.slice(start, hasValue ? colon : end);
    let value = hasValue ? s.slice(colon + 1, end) : "";
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === "data") this.addData(value);
    else if (field === "event") this.eventName = value;
    else if (field === "id") this.id = value;
  }

  private addData(line: string): void {
    if (this.data === undefined) this.data = line;
    else (this.moreData ??= []).push(line);
  }

  private dispatch(out: SseEvent[]): void {
    if (this.data !== undefined) {
      const ev = this.make(this.moreData === undefined ? this.data : [this.data, ...this.moreData].join("\n"));
      if (this.eventName !== undefined) ev.event = this.eventName;
      if (this.id !== undefined) ev.id = this.id;
      out.push(ev);
    }
    this.data = undefined;
    this.moreData = undefined;
    this.eventName = undefined;
    this.size = this.buffer.length;
  }
}

const plainEvent = (data: string): SseEvent => ({ data });
