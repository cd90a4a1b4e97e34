import type { SecretRule } from "../secret-rule.js";
import { aiRules } from "./ai.js";
import { callArgumentRules } from "./call-arguments.js";
import { cicdRules } from "./cicd.js";
import { cloudRules } from "./cloud.js";
import { commandLineRules } from "./command-line.js";
import { databaseRules } from "./databases.js";
import { frameworkRules } from "./frameworks.js";
import { genericRules } from "./generic.js";
import { keyRules } from "./keys.js";
import { messagingRules } from "./messaging.js";
import { observabilityRules } from "./observability.js";
import { passphraseRules } from "./passphrases.js";
import { passwordChangeRules } from "./password-changes.js";
import { passwordMoreLanguageRules } from "./password-more-languages.js";
import { paymentRules } from "./payments.js";
import { pinRules } from "./pins.js";
import { registryRules } from "./registries.js";
import { saasRules } from "./saas.js";
import { sdkClientRules } from "./sdk-clients.js";
import { sessionRules } from "./sessions.js";
import { vcsRules } from "./vcs.js";

/** Every built-in rule, provider-specific families first, catch-all rules last. */
export const builtinSecretRules: readonly SecretRule[] = [
  ...keyRules,
  ...cloudRules,
  ...vcsRules,
  ...cicdRules,
  ...paymentRules,
  ...messagingRules,
  ...databaseRules,
  ...aiRules,
  ...observabilityRules,
  ...registryRules,
  ...saasRules,
  ...sessionRules,
  ...frameworkRules,
  ...sdkClientRules,
  ...commandLineRules,
  ...callArgumentRules,
  ...genericRules,
  ...passwordChangeRules,
  ...passwordMoreLanguageRules,
  ...passphraseRules,
  ...pinRules,
];
