import type { TextKind } from "../core/message-spec.js";

/**
 * A piece of streamed text. `channel` names the logical stream it extends (e.g. `choice:0:content`,
 * `choice:0:tool:1:arguments`, `block:2`), so a value split across events of one channel can be reassembled.
 * `set` replaces this piece's text inside its event (used by output enforcement).
 */
export interface StreamDelta {
  channel: string;
  kind: TextKind;
  text: string;
  set(text: string): void;
  /**
   * True when the event repeats the whole text of the channel so far (e.g. the Responses API's `*.done` events)
   * rather than extending it: enforcement replaces it with the enforced whole, it does not append.
   */
  snapshot?: boolean;
  /**
   * True when the piece is a complete text on its own (a string in a field no adapter knows, a tool call's input
   * given whole at its start): enforced by itself and never held back, like a citation.
   */
  whole?: boolean;
}
