import type { JsonValue } from "./json.js";
import type { JsonPath } from "./message-spec.js";

/** Read the value at a path, or undefined. */
export function getAtPath(root: JsonValue, path: JsonPath): JsonValue | undefined {
  let cur: JsonValue | undefined = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, JsonValue | undefined>)[seg];
  }
  return cur;
}

/** Replace the value at an existing path in place. Returns false when the path does not exist. */
export function setAtPath(root: JsonValue, path: JsonPath, value: JsonValue): boolean {
  if (path.length === 0) return false;
  const parent = getAtPath(root, path.slice(0, -1));
  const last = path[path.length - 1] as string | number;
  if (parent === null || typeof parent !== "object") return false;
  if (!(last in parent)) return false;
  (parent as Record<string | number, JsonValue>)[last] = value;
  return true;
}
