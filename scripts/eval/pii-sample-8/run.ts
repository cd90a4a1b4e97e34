/**
 * Eighth PII red-team set: everyday pastes into an AI assistant, written BLIND (see below).
 * FIGURES-PLACEHOLDER
 *
 * node --import tsx scripts/eval/pii-sample-8/run.ts [--misses] [--dump]
 */
import { runPiiRedTeam } from "../pii-red-team.js";
import { b } from "./build.js";
import "./all.js";
import { REGIONS } from "./regions.js";

runPiiRedTeam(b.cases, REGIONS);
