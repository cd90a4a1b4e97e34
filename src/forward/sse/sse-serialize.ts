import type { SseEvent } from "./sse-event.js";

/** Encode one event for the wire; re-serialises `json` when a stage changed it. */
export function serializeSse(ev: SseEvent): string {
  const data = ev.dirty && ev.json !== undefined ? JSON.stringify(ev.json) : ev.data;
  let out = "";
  if (ev.event !== undefined) out += `event: ${ev.event}\n`;
  if (ev.id !== undefined) out += `id: ${ev.id}\n`;
  if (data.includes("\n")) {
    for (const line of data.split("\n")) out += `data: ${line}\n`;
  } else out += `data: ${data}\n`;
  return out + "\n";
}
