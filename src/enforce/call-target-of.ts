import type { CallContext } from "../core/call-context.js";
import type { CallTarget } from "../decide/compile-policy.js";

/** The policy scope target of a routed call: who calls, the model asked for, the provider and the upstream model. */
export function callTargetOf(ctx: CallContext): CallTarget {
  const upstreamModel = ctx.upstreamModel !== ctx.spec.model ? ctx.upstreamModel : undefined;
  return { tenant: ctx.principal.tenant, app: ctx.principal.app, model: ctx.spec.model, provider: ctx.providerName, upstreamModel };
}
