/**
 * `node --import tsx scripts/eval/injection-sample-8/run.ts [-- --misses]`: held-out prompt-injection set 8, written
 * blind for Warden (figures to follow once scored).
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
