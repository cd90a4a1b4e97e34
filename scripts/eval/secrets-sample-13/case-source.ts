/** Set 13's case sources: set 11's marking helpers (`pos`, `neg`, `S`, `O`), reused. */
export * from "../secrets-sample-11/case-source.js";
