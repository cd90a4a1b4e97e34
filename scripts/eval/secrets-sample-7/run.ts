/**
 * FIGURES
 */
import { runSecretsRedTeam } from "../secrets-red-team.js";
import { b } from "./build.js";
import "./all.js";

runSecretsRedTeam(b.cases);
