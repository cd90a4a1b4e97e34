import type { AdminRoute } from "./admin-route.js";

export type RouteMatch = { route: AdminRoute; params: Record<string, string> } | { route: undefined; methodAllowed: false; pathKnown: boolean };

interface Compiled {
  route: AdminRoute;
  parts: readonly string[];
}

/**
 * A matcher over a route table: literal segments compare exactly, `:name` segments capture one percent-decoded
 * segment (an undecodable or empty segment matches nothing).
 */
export function routeMatcher(routes: readonly AdminRoute[]): (method: string, path: string) => RouteMatch {
  const compiled: Compiled[] = routes.map((route) => ({ route, parts: route.path.split("/").slice(1) }));
  return (method, path) => {
    const segs = path.split("/").slice(1);
    let pathKnown = false;
    for (const c of compiled) {
      if (c.parts.length !== segs.length) continue;
      const params: Record<string, string> = {};
      let hit = true;
      for (let i = 0; i < segs.length && hit; i++) {
        const want = c.parts[i] as string;
        const got = segs[i] as string;
        if (want.startsWith(":")) {
          let v: string;
          try {
            v = decodeURIComponent(got);
          } catch {
            hit = false;
            break;
          }
          if (v === "") hit = false;
          else params[want.slice(1)] = v;
        } else if (want !== got) hit = false;
      }
      if (!hit) continue;
      if (c.route.method === method) return { route: c.route, params };
      pathKnown = true;
    }
    return { route: undefined, methodAllowed: false, pathKnown };
  };
}
