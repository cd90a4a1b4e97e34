import type { TransformStreamDefaultController } from "node:stream/web";
import type { Endpoint } from "../api/endpoint.js";
import { WardenError } from "../core/warden-error.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import type { TokenVault } from "./token-vault.js";
import type { SharedVault } from "./vault/shared-vault.js";

/** Rounds of write, conflict, renumber before the stream gives up (as the non-streamed write-through does). */
const MAX_ROUNDS = 4;

/** What {@link StreamNumbering} needs to know of the call. */
export interface StreamNumberingOptions {
  vault: TokenVault;
  shared: SharedVault;
  endpoint: Endpoint;
  conversation: string;
  /** Refuse (fail closed) when the store cannot be written; otherwise the text goes out with numbers kept here. */
  failClosed: boolean;
  policyVersion: string;
}

/**
 * Numbered redaction in a stream whose replica shares its vault store. A number a response rule gives (`[PERSON_3]`)
 * is a slot that another replica may take at the same moment for another value of the same conversation (another
 * stream, another call). So the events a step of the stream stage emits are held while that step gave a new number,
 * until the slot is written to the store; when another replica holds it, the store's slots are loaded, the value
 * gets its number there (or the next free one), and the held events are rewritten before anything leaves. Steps
 * that give no new number (nearly all) are relayed at once, synchronously.
 */
export class StreamNumbering {
  /** Labels rewritten so far (old → new): snapshot events (Responses `*.done`) repeat earlier text. */
  private renames: Map<string, string> | undefined;

  constructor(private readonly opts: StreamNumberingOptions) {}

  /** Run one step of `inner` (an event, or its flush when `event` is undefined), releasing what it emits as said above. */
  step(inner: EventStage, event: SseEvent | undefined, ctl: TransformStreamDefaultController<SseEvent>): void | Promise<void> {
    const made = this.opts.vault.numbersMade;
    const held: SseEvent[] = [];
    const capture: TransformStreamDefaultController<SseEvent> = {
      get desiredSize() {
        return ctl.desiredSize;
      },
      enqueue: (e?: SseEvent) => {
        if (e !== undefined) held.push(e);
      },
      error: (reason?: unknown) => ctl.error(reason),
      terminate: () => ctl.terminate(),
    };
    const r = event !== undefined ? inner.transform?.(event, capture) : inner.flush?.(capture);
    const next = (): void | Promise<void> => (this.opts.vault.numbersMade !== made ? this.reserve(held, ctl) : this.release(held, ctl));
    return r !== undefined && typeof (r as PromiseLike<void>).then === "function" ? Promise.resolve(r).then(next) : next();
  }

  private release(held: readonly SseEvent[], ctl: TransformStreamDefaultController<SseEvent>): void {
    const renames = this.renames;
    for (const e of held) {
      if (renames !== undefined) for (const d of this.opts.endpoint.streamDeltas(e)) if (d.snapshot === true) rename(d, renames);
      ctl.enqueue(e);
    }
  }

  /** Write the step's new numbers; renumber what another replica took; then release. */
  private async reserve(held: readonly SseEvent[], ctl: TransformStreamDefaultController<SseEvent>): Promise<void> {
    const { vault, shared, conversation } = this.opts;
    try {
      for (let round = 0; ; round++) {
        const slots = vault.pendingSlots(conversation);
        const epoch = vault.epoch(conversation);
        const taken = await shared.flush(conversation);
        let lost = taken.filter((t) => slots.has(t));
        // Another call's write here may have carried (and lost) this step's slots: the epoch tells.
        if (lost.length === 0 && vault.epoch(conversation) === epoch) break;
        if (round >= MAX_ROUNDS) throw new Error("numbering slots kept colliding with another replica's");
        await shared.load(conversation);
        // every slot of this step whose value no longer has that number here
        lost = [...slots].filter(([slot, digest]) => vault.numberOf(conversation, digest) !== Number(slot.slice(slot.lastIndexOf("_") + 1))).map(([slot]) => slot);
        const now = new Map<string, string>();
        for (const slot of lost) {
          const type = slot.slice(1, slot.lastIndexOf("_"));
          const n = vault.renumber(conversation, slot, slots.get(slot) as string);
          now.set(`[${type}_${slot.slice(slot.lastIndexOf("_") + 1)}]`, `[${type}_${n}]`);
        }
        for (const e of held) for (const d of this.opts.endpoint.streamDeltas(e)) rename(d, now);
        this.renames ??= new Map();
        for (const [a, b] of now) this.renames.set(a, b);
      }
    } catch (err) {
      if (this.opts.failClosed) throw new WardenError("WARDEN_VAULT_UNAVAILABLE", { details: { policy_version: this.opts.policyVersion }, cause: err });
      // Fail open: the numbers stay as this replica gave them.
    }
    this.release(held, ctl);
  }
}

/** Replace every label of `renames` in a delta's text. */
function rename(d: { text: string; set(text: string): void }, renames: ReadonlyMap<string, string>): void {
  if (!d.text.includes("[")) return;
  let text = d.text;
  for (const [from, to] of renames) if (text.includes(from)) text = text.split(from).join(to);
  if (text !== d.text) d.set(text);
}
