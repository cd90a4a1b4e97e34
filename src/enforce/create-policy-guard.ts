import type { CallContext } from "../core/call-context.js";
import { compilePolicy } from "../decide/compile-policy.js";
import { DEFAULT_POLICY } from "../decide/default-policy.js";
import { parsePolicy, resolvePolicyConfig } from "../decide/load-policy.js";
import type { PolicyDocument } from "../decide/policy-schema.js";
import { createDetectionEngine, type DetectionEngine } from "../detect/engine.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import { PolicyGuard } from "./policy-guard.js";
import { PolicyHolder } from "./policy-holder.js";
import { createPolicyStreamStage } from "./policy-stream.js";

/** The default policy, validated (it is data, so it goes through the same schema as any policy). */
export function defaultPolicyDocument(): PolicyDocument {
  return parsePolicy(DEFAULT_POLICY, "default policy");
}

export interface CreatePolicyGuardOptions {
  /** The config's `policy:` section (inline policy, `{file}` or `{files}`); the default policy when absent. */
  policyConfig?: unknown;
  /** Directory relative policy files resolve against (default: the working directory). */
  baseFile?: string;
  /** Detection engine (default: all default detectors). */
  engine?: DetectionEngine;
  /** The configured provider names; when given, a scope matching no provider is a config error. */
  providers?: readonly string[];
  /** Stream stage factory (default: the policy's hold-back stream enforcer). */
  stream?: (ctx: CallContext, guard: PolicyGuard) => EventStage;
}

/**
 * Build the policy guard the gateway runs by default. Loads and validates the policy (throws ConfigError listing
 * every problem), compiles it once, and creates the detection engine.
 */
export function createPolicyGuard(opts: CreatePolicyGuardOptions = {}): PolicyGuard {
  const doc = resolvePolicyConfig(opts.policyConfig, opts.baseFile) ?? defaultPolicyDocument();
  const context = opts.providers ? { providers: opts.providers } : {};
  const holder = new PolicyHolder(compilePolicy(doc, context), context);
  return new PolicyGuard({ policy: holder, engine: opts.engine ?? createDetectionEngine(), stream: opts.stream ?? createPolicyStreamStage });
}
