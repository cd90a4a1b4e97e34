import type { TransformStreamDefaultController } from "node:stream/web";
import type { Endpoint } from "../../api/endpoint.js";
import type { StreamDelta } from "../../api/stream-delta.js";
import { isJsonObject } from "../../core/json.js";
import type { TextKind } from "../../core/message-spec.js";
import { toWardenError, type WardenError } from "../../core/warden-error.js";
import type { EventStage } from "../../forward/sse/event-stage.js";
import type { SseEvent } from "../../forward/sse/sse-event.js";
import { emptyLogprobs } from "../empty-logprobs.js";
import { blockError, ChannelBuffer, type ChannelBufferOptions } from "./channel-buffer.js";
import type { ChannelScanner, TokenRestorer } from "./channel-scanner.js";
import { carrierEvent, channelEnds, endsChannel, isAtomicChannel } from "./stream-format.js";

/** Default left context for the scanner, in UTF-16 units. */
export const DEFAULT_CONTEXT_LENGTH = 128;

/** Options of {@link createStreamEnforcer}. */
export interface StreamEnforcerOptions {
  endpoint: Endpoint;
  scanner: ChannelScanner;
  /** Hold-back window in UTF-16 units; default `scanner.maxMatchLength`. Raised to the longest vault token. */
  holdBack?: number;
  /**
   * Already-released text given to the scanner as left context (cue words such as "password:" before a value);
   * default {@link DEFAULT_CONTEXT_LENGTH}. Every scan costs about window + context, once per text event.
   */
  contextLength?: number;
  /** Most text a scanner's `holdFrom` may keep back per channel (default 65 536 UTF-16 units). */
  maxHold?: number;
  /** Restore vault tokens for the caller. */
  restore?: TokenRestorer;
  /**
   * When set, a block decision is answered in-band: this event is emitted, the stream terminates and the rest of
   * the upstream is dropped. When not set (the gateway), the stage throws the `WardenError` and `writeSse` writes
   * the API's error event.
   */
  errorEvent?: (err: WardenError) => SseEvent;
}

/** How much of an identifier channel's earlier pieces is scanned with each new piece (names and ids are short). */
const IDENTIFIER_CONTEXT = 1_024;

interface Channel {
  buffer: ChannelBuffer;
  kind: TextKind;
  /** Last event that carried text for the channel: the shape of the carrier for its held tail. */
  template: SseEvent;
}

/**
 * The response-side stream stage: per channel, holds back only the tail that could still become a match (the
 * window), so a value split across events is still redacted or blocked, and releases everything else at once.
 * Each delta's text is rewritten to what can be released now; a channel's held tail goes out in a small carrier
 * event right before the event that ends the channel (or at stream end), and Responses API snapshots (`*.done`,
 * `response.completed`) are replaced by the enforced whole. Vault tokens are restored, also when split.
 */
export function createStreamEnforcer(opts: StreamEnforcerOptions): EventStage {
  return new StreamEnforcer(opts);
}

/**
 * The stage as one object with its methods on the prototype: a gateway holds one per open stream (a thousand
 * concurrent streams, a thousand stages), so it allocates no closures or scope objects per stream, and nothing per
 * event beyond what an event needs.
 */
class StreamEnforcer implements EventStage {
  private readonly endpoint: Endpoint;
  private readonly responses: boolean;
  private readonly bufferOpts: ChannelBufferOptions;
  private readonly errorEvent: StreamEnforcerOptions["errorEvent"];
  private readonly channels = new Map<string, Channel>();
  /** Per identifier channel (tool names, call ids), what arrived so far (its last IDENTIFIER_CONTEXT characters). */
  private identifierTexts: Map<string, string> | undefined;
  /** Left context of the last text channel that ended: the next text channel starts with it (see ChannelBuffer.seed). */
  private lastTextContext = "";
  private stopped = false;
  /** Responses events are numbered; carriers are inserted, so later numbers shift by how many were inserted. */
  private inserted = 0;
  private nextSeq = 0;

  constructor(opts: StreamEnforcerOptions) {
    const { endpoint, scanner, restore } = opts;
    // A bad hold-back (NaN, negative) falls back to the scanner's: failing safe, not open.
    const holdBack = opts.holdBack !== undefined && opts.holdBack >= 0 ? opts.holdBack : scanner.maxMatchLength;
    const window = Math.max(units(holdBack), restore ? units(restore.maxTokenLength) : 0);
    this.endpoint = endpoint;
    this.responses = endpoint.api === "openai.responses";
    this.errorEvent = opts.errorEvent;
    this.bufferOpts = {
      scanner,
      window,
      contextLength: units(opts.contextLength ?? DEFAULT_CONTEXT_LENGTH),
      restorer: restore,
      ...(opts.maxHold !== undefined ? { maxHold: opts.maxHold } : {}),
      keepTotals: this.responses,
    };
  }

  transform(event: SseEvent, ctl: TransformStreamDefaultController<SseEvent>): void {
    if (this.stopped) return;
    try {
      this.process(event, ctl);
    } catch (err) {
      this.fail(err, ctl);
    }
  }

  flush(ctl: TransformStreamDefaultController<SseEvent>): void {
    if (this.stopped) return;
    try {
      const before: SseEvent[] = [];
      for (const [name, ch] of this.channels) if (ch.buffer.holding) this.finish(name, ch, before);
      for (const b of before) this.emit(ctl, b, true);
    } catch (err) {
      this.fail(err, ctl);
    }
  }

  /** Enforce a text that is complete on its own (a snapshot of an unseen channel, a citation). */
  private whole(d: StreamDelta): string {
    const b = new ChannelBuffer(d.channel, d.kind, { ...this.bufferOpts, keepTotals: false });
    return b.push(d.text) + b.end();
  }

  /**
   * Enforce a tool name or call id the model wrote: scanned whole, never rewritten (no token restored either). The
   * policy guard's scanner blocks what it would change there; any other scanner's edit stops the stream too.
   */
  private identifier(d: StreamDelta): void {
    // A name may arrive in pieces (a server streaming it as it decodes): each piece is checked with what came before
    // it on its channel, so a value split across pieces is found when its last piece arrives, before that goes out.
    this.identifierTexts ??= new Map();
    // A snapshot that repeats the whole value (a Responses item's `added` then `done`) replaces what came before.
    const prev = this.identifierTexts.get(d.channel) ?? "";
    const text = prev.length > 0 && d.text.startsWith(prev) ? d.text : prev + d.text;
    this.identifierTexts.set(d.channel, text.length > IDENTIFIER_CONTEXT ? text.slice(-IDENTIFIER_CONTEXT) : text);
    const b = new ChannelBuffer(d.channel, d.kind, { ...this.bufferOpts, keepTotals: false, restorer: undefined });
    if (b.push(text) + b.end() !== text) throw blockError(new Error(`an edit in ${d.channel}, which cannot be rewritten`));
  }

  private emit(ctl: TransformStreamDefaultController<SseEvent>, ev: SseEvent, carrier: boolean): void {
    if (this.responses && isJsonObject(ev.json) && typeof ev.json["sequence_number"] === "number") {
      const seq = ev.json["sequence_number"];
      if (carrier) {
        ev.json["sequence_number"] = this.nextSeq + this.inserted;
        this.inserted++;
      } else {
        this.nextSeq = seq + 1;
        if (this.inserted > 0) {
          ev.json["sequence_number"] = seq + this.inserted;
          ev.dirty = true;
        }
      }
    }
    ctl.enqueue(ev);
  }

  /** Release the held tail of `ch`, as a carrier event (added to `before`). */
  private finish(name: string, ch: Channel, before: SseEvent[]): void {
    const tail = ch.buffer.end();
    if (tail.length > 0) before.push(carrierEvent(this.endpoint, ch.template, name, ch.kind, tail));
    this.ended(ch);
  }

  /** A channel ended: remember a text channel's left context for the next one. */
  private ended(ch: Channel): void {
    if (ch.kind === "text") this.lastTextContext = ch.buffer.leftContext;
  }

  private process(event: SseEvent, ctl: TransformStreamDefaultController<SseEvent>): void {
    const { endpoint, channels } = this;
    const deltas = endpoint.streamDeltas(event);
    // Tool names and call ids first: a protected value there stops the stream before anything of the event goes out.
    const ids = endpoint.streamIdentifiers?.(event);
    if (ids) for (const d of ids) this.identifier(d);
    if (deltas.length === 0 && channels.size === 0) return this.emit(ctl, event, false);
    let changed = false;
    const ends = channelEnds(endpoint.api, event);
    // Allocated only for the events that need them (most events carry one delta and end nothing).
    let before: SseEvent[] | undefined;
    let seen: Set<string> | undefined;
    if (this.responses && isJsonObject(event.json) && typeof event.json["sequence_number"] === "number") this.nextSeq = event.json["sequence_number"];

    for (const d of deltas) {
      let text: string;
      let ch = channels.get(d.channel);
      if (d.whole === true || isAtomicChannel(d.channel)) {
        text = this.whole(d);
      } else if (d.snapshot) {
        seen ??= new Set();
        if (!ch) {
          text = this.whole(d);
        } else {
          const raw = ch.buffer.rawTotal;
          before ??= [];
          if (d.text.startsWith(raw)) {
            // The snapshot may hold text no delta carried: it is appended before the channel is finished.
            if (d.text.length > raw.length) ch.buffer.push(d.text.slice(raw.length));
            this.finish(d.channel, ch, before);
            text = ch.buffer.outTotal;
          } else {
            // A snapshot that does not extend what was streamed: enforce it on its own.
            this.finish(d.channel, ch, before);
            text = this.whole(d);
          }
          seen.add(d.channel);
        }
      } else {
        if (!ch) {
          ch = { buffer: new ChannelBuffer(d.channel, d.kind, this.bufferOpts), kind: d.kind, template: event };
          if (d.kind === "text" && this.lastTextContext.length > 0) ch.buffer.seed(this.lastTextContext);
          channels.set(d.channel, ch);
        }
        ch.template = event;
        text = ch.buffer.push(d.text);
        // The event that ends the channel carries its own text: the held tail is appended to it.
        if (endsChannel(ends, d.channel)) {
          text += ch.buffer.end();
          this.ended(ch);
          (seen ??= new Set()).add(d.channel);
        }
      }
      // Only a changed delta is rewritten, so untouched events are relayed byte for byte.
      if (text !== d.text) {
        d.set(text);
        changed = true;
      }
    }

    if (changed) dropLogprobs(event);
    if (ends !== null) {
      for (const [name, ch] of channels) {
        if (seen?.has(name) || !endsChannel(ends, name)) continue;
        // A channel with nothing held still ends: the next text channel starts from its context, not an older one's.
        if (ch.buffer.holding) this.finish(name, ch, (before ??= []));
        else this.ended(ch);
      }
    }
    if (before) for (const b of before) this.emit(ctl, b, true);
    this.emit(ctl, event, false);
  }

  private fail(err: unknown, ctl: TransformStreamDefaultController<SseEvent>): void {
    this.stopped = true;
    this.channels.clear();
    if (!this.errorEvent) throw err;
    ctl.enqueue(this.errorEvent(toWardenError(err)));
    ctl.terminate();
  }
}

/** A length option as a whole number of units (`Infinity`: hold everything to the end); NaN or negative count as 0. */
function units(n: number): number {
  if (!(n > 0)) return 0;
  return Number.isFinite(n) ? Math.ceil(n) : n;
}

/**
 * Token log-probabilities repeat the text of the piece they came with: once that text is held back or edited they
 * would leak it, so every `logprobs` in the event is emptied (`[]` for arrays, as the Responses API has them in
 * deltas, parts and items; `null` otherwise, as in chat/completions choices).
 */
function dropLogprobs(event: SseEvent): void {
  event.dirty = true;
  // Most events have no log-probabilities: the raw text says so without a walk (a key spelled with \u escapes
  // is walked anyway).
  if (!isJsonObject(event.json) || (!event.data.includes("logprobs") && !event.data.includes("\\u"))) return;
  emptyLogprobs(event.json);
}
