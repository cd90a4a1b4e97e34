/**
 * Host allowlist for URL sinks: `example.com` (that host), `*.example.com` (its subdomains, not itself),
 * `.example.com` (the host and its subdomains). Case-insensitive; no ports, schemes or paths.
 */
export interface HostAllowlist {
  allows(host: string): boolean;
}

/** Compile host patterns (already validated). */
export function compileHostAllowlist(patterns: readonly string[]): HostAllowlist {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const raw of patterns) {
    const p = raw.toLowerCase();
    if (p.startsWith("*.")) suffixes.push(p.slice(1));
    else if (p.startsWith(".")) {
      exact.add(p.slice(1));
      suffixes.push(p);
    } else exact.add(p);
  }
  return {
    allows(host) {
      const h = host.toLowerCase().replace(/\.$/, "");
      if (exact.has(h)) return true;
      for (const s of suffixes) if (h.endsWith(s)) return true;
      return false;
    },
  };
}

/** A valid host pattern: a host name (letters, digits, hyphens, dots), optionally `*.` or `.` in front. */
export const HOST_PATTERN = /^(?:\*\.|\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
