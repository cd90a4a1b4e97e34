import { createRequire } from "node:module";

/** The parts of libphonenumber-js (max metadata) the phone detector calls. */
export type PhoneLibrary = Pick<typeof import("libphonenumber-js/max"), "findPhoneNumbersInText" | "isSupportedCountry" | "parsePhoneNumberFromString">;

let library: PhoneLibrary | undefined;

/**
 * libphonenumber-js with its full metadata, loaded on first use: most texts hold no phone-number candidate, and the
 * library with its metadata is ~2.5 MB of heap (and ~90 modules) that an idle gateway would otherwise carry from
 * start. Loaded through require (its CommonJS build) so detection stays synchronous; the first text that needs it
 * pays the load once (~30-40 ms).
 */
export function phoneLibrary(): PhoneLibrary {
  library ??= createRequire(import.meta.url)("libphonenumber-js/max") as PhoneLibrary;
  return library;
}
