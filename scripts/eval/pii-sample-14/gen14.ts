/**
 * Seeded value generators for PII set 14: set 12's generators (gen12.ts: Mulberry32, every identifier drawn with a
 * valid check digit or deliberately broken with `broken*`, phones redrawn until libphonenumber calls them valid),
 * started from this set's own seed, 0x14c3e9. check.ts re-validates every value with set 10's independent validators.
 */
import { reseed } from "../pii-sample-12/gen12.js";

reseed(0x14c3e9);

export * from "../pii-sample-12/gen12.js";
