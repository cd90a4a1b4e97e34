import { cases as a } from "./cases.js"; import { cases as b } from "./cases2.js";
export const cases = [...a, ...b.map((c) => ({ ...c, id: 1000 + c.id }))];
