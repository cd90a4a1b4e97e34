/** Set 14's case sources: set 13's marking helpers (`pii`, `neg`, `m`, `o`, `P`, `A`, `L`, `T`, `E`, `D`), reused. */
export * from "../pii-sample-13/case-source.js";
