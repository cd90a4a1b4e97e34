import type { ProviderConfig, RouteConfig } from "../config/config-schema.js";
import { WardenError } from "../core/warden-error.js";
import { AnthropicProvider } from "./anthropic/anthropic-provider.js";
import { DemoProvider } from "./demo/demo-provider.js";
import { OpenAIProvider } from "./openai/openai-provider.js";
import type { Provider } from "./provider.js";

/** Compile a model glob (`*` any run, `?` one character) to an anchored RegExp. */
export function globToRegExp(glob: string): RegExp {
  const src = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${src}$`);
}

export interface ResolvedRoute {
  provider: Provider;
  /** Model name to send upstream. */
  upstreamModel: string;
  /**
   * The route took the name only through a catch-all pattern (one with no literal character, like `*`): it says the
   * route accepts any name, not that any model of that name exists.
   */
  catchAll: boolean;
}

/** A glob with no literal character (`*`, `**`, `?*`): it matches (nearly) every name and names no model family. */
export function isCatchAllGlob(glob: string): boolean {
  return /^[*?]*$/.test(glob) && glob.includes("*");
}

export function createProvider(name: string, cfg: ProviderConfig): Provider {
  switch (cfg.type) {
    case "openai":
      return new OpenAIProvider(name, cfg);
    case "anthropic":
      return new AnthropicProvider(name, cfg);
    case "demo":
      return new DemoProvider(name, cfg);
  }
}

/** Routes model names to providers: the first route whose glob matches wins. */
export class ModelRouter {
  private readonly routes: { patterns: RegExp[]; globs: string[]; catchAll: boolean[]; provider: Provider; model: string | undefined }[];
  private readonly cache = new Map<string, ResolvedRoute | null>();

  constructor(
    routes: readonly RouteConfig[],
    readonly providers: ReadonlyMap<string, Provider>,
  ) {
    this.routes = routes.map((r) => {
      const provider = providers.get(r.provider);
      if (!provider) throw new Error(`route names unknown provider ${r.provider}`);
      return { patterns: r.models.map(globToRegExp), globs: r.models, catchAll: r.models.map(isCatchAllGlob), provider, model: r.model };
    });
  }

  static fromConfig(providers: Record<string, ProviderConfig>, routes: readonly RouteConfig[]): ModelRouter {
    const map = new Map<string, Provider>();
    for (const [name, cfg] of Object.entries(providers)) map.set(name, createProvider(name, cfg));
    return new ModelRouter(routes, map);
  }

  /** Resolve a model, or throw WARDEN_ROUTE_UNKNOWN_MODEL. */
  resolve(model: string): ResolvedRoute {
    const hit = this.find(model);
    if (!hit) throw new WardenError("WARDEN_ROUTE_UNKNOWN_MODEL", { message: `No route serves the model '${model.slice(0, 100)}'.` });
    return hit;
  }

  /** The route serving a model, or undefined when none does. */
  find(model: string): ResolvedRoute | undefined {
    let hit = this.cache.get(model);
    if (hit === undefined) {
      const route = this.routes.find((r) => r.patterns.some((p) => p.test(model)));
      const named = route?.patterns.some((p, i) => route.catchAll[i] !== true && p.test(model)) ?? false;
      hit = route ? { provider: route.provider, upstreamModel: route.model ?? model, catchAll: !named } : null;
      if (this.cache.size < 10_000) this.cache.set(model, hit);
    }
    return hit ?? undefined;
  }

  /** Concrete model names for `GET /v1/models`: the literal (glob-free) patterns of every route. */
  listModels(): { id: string; provider: string }[] {
    const seen = new Set<string>();
    const out: { id: string; provider: string }[] = [];
    for (const r of this.routes) {
      for (const g of r.globs) {
        const id = /[*?]/.test(g) ? (r.model ?? (g === "*" && r.provider.type === "demo" ? "demo" : undefined)) : g;
        if (id && !seen.has(id)) {
          seen.add(id);
          out.push({ id, provider: r.provider.name });
        }
      }
    }
    return out;
  }

  async close(): Promise<void> {
    await Promise.all([...this.providers.values()].map((p) => p.close()));
  }
}
