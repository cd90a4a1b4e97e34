import fc from "fast-check";

/**
 * Property tests explore random cases on a developer's machine; in CI (CI set) they replay one fixed seed, so that a
 * run is reproducible and a landing is not decided by the draw. FC_SEED picks a seed anywhere (to replay a
 * counterexample fast-check printed, or to explore other seeds in CI).
 */
const given = process.env["FC_SEED"];
const seed = given !== undefined && given !== "" ? Number(given) : process.env["CI"] ? 20261129 : undefined;
if (seed !== undefined && Number.isInteger(seed)) fc.configureGlobal({ seed });
