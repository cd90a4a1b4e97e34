import { isJsonObject, type JsonObject, type JsonValue } from "../../core/json.js";
import type { TextPart } from "../../core/message-spec.js";
import type { SseEvent } from "../../forward/sse/sse-event.js";
import { identifierDelta, identifierPart } from "../identifier-field.js";
import type { StreamDelta } from "../stream-delta.js";

/** An output item's tool name and the call id its result must carry (function, custom tool and MCP calls). */
const KEYS = ["call_id", "name"];

/** The tool names and call ids of a Responses API response's output items. */
export function responsesResponseIdentifiers(body: JsonObject): TextPart[] {
  const output = body["output"];
  if (!Array.isArray(output)) return [];
  const out: TextPart[] = [];
  output.forEach((item, i) => {
    if (!isJsonObject(item)) return;
    for (const key of KEYS) {
      const p = identifierPart(item, key, ["output", i], i);
      if (p) out.push(p);
    }
  });
  return out;
}

/** The same in one stream event: items in `response.output_item.*`, and the output of the terminal `response.*`. */
export function responsesStreamIdentifiers(event: SseEvent): StreamDelta[] {
  const json = event.json;
  if (!isJsonObject(json)) return [];
  const out: StreamDelta[] = [];
  const item = (v: JsonValue | undefined, o: number) => {
    if (!isJsonObject(v)) return;
    for (const key of KEYS) {
      const d = identifierDelta(event, v, key, `item:${o}:${key}`);
      if (d) out.push(d);
    }
  };
  switch (typeof json["type"] === "string" ? json["type"] : event.event) {
    case "response.output_item.added":
    case "response.output_item.done":
      item(json["item"], typeof json["output_index"] === "number" ? json["output_index"] : 0);
      break;
    case "response.completed":
    case "response.incomplete":
    case "response.failed": {
      const r = json["response"];
      if (isJsonObject(r) && Array.isArray(r["output"])) r["output"].forEach((v, o) => item(v, o));
      break;
    }
    default:
  }
  return out;
}
