/**
 * Seeded token bodies for secrets set 13: set 11's generators (gen11.ts: Mulberry32, each provider's published prefix,
 * length and alphabet; GitHub and npm tokens end in the base62 CRC32 of their 30 random characters), started from this
 * set's own seed, 0x5ec13d. Nothing here is a live credential.
 */
import { reseed } from "../secrets-sample-11/gen11.js";

reseed(0x5ec13d);

export * from "../secrets-sample-11/gen11.js";
