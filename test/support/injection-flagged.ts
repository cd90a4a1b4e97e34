import { injectionDetectors, injectionThresholds } from "../../src/detect/injection/index.js";

const detector = injectionDetectors[0]!.build();

/** Whether the injection detector reports `text` (a request part in `role`) at or above its type's threshold. */
export function flaggedInjection(text: string, role: "user" | "tool" = "user"): boolean {
  return detector.detect({ text, context: { direction: "request", role } }).some((f) => f.score >= (injectionThresholds[f.type] ?? 0.5));
}
