/** Generic and widely used country TLDs: a bare `name.tld` with these is very likely a domain. */
export const COMMON_TLDS =
  "com|org|net|edu|gov|mil|int|info|biz|io|co|us|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|ie|ca|au|nz|jp|cn|in|br|mx|ru|il|za|kr|sg|hk|tw|eu|site|online|store|tech|app|dev|ai|me|tv|xyz|cloud|shop|blog|news|website|space|live|webcam|vlaanderen|berlin|london|nyc|paris|tokyo";

/**
 * Keywords of the engine's shared keyword pass for the URL scanner: ".tld" for every common TLD (where a bare
 * domain's TLD anchor can match) and "www." (its gate).
 */
export const TLD_KEYWORDS: readonly string[] = COMMON_TLDS.split("|").map((t) => `.${t}`);
export const WWW_KEYWORD = "www.";
