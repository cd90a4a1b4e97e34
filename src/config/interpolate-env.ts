import type { ConfigIssue } from "../core/config-error.js";

const VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * `${NAME}` is not valid YAML inside a flow collection (`{ apiKey: ${KEY} }`): `{` and `}` are flow indicators.
 * So before parsing, each reference is swapped for a plain placeholder, and `restore` puts the references back in
 * the parsed strings; `interpolateEnv` then substitutes them, still after parsing (values never become YAML).
 */
export function protectEnvRefs(text: string): { text: string; restore(value: unknown): unknown } {
  const refs: string[] = [];
  const tag = `wardenenvref${Math.random().toString(36).slice(2, 10)}x`;
  const protectedText = text.replace(VAR, (ref: string) => `${tag}${refs.push(ref) - 1}x`);
  const placeholder = new RegExp(`${tag}(\\d+)x`, "g");
  const restore = (value: unknown): unknown => {
    if (typeof value === "string") return value.replace(placeholder, (_m, i: string) => refs[Number(i)] ?? "");
    if (Array.isArray(value)) return value.map(restore);
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = restore(v);
      return out;
    }
    return value;
  };
  return { text: protectedText, restore };
}

/**
 * Replace `${NAME}` and `${NAME:-default}` in every string of a parsed YAML document.
 * Done after parsing (not on the raw text) so a value can never inject YAML structure.
 * An unset variable without a default becomes "" and is reported in `unset` (a warning, not an error:
 * e.g. an unused provider's key).
 */
export function interpolateEnv(
  value: unknown,
  env: NodeJS.ProcessEnv,
  unset: ConfigIssue[] = [],
  path: (string | number)[] = [],
): unknown {
  if (typeof value === "string") {
    return value.replace(VAR, (_m, name: string, fallback: string | undefined) => {
      const v = env[name];
      if (v !== undefined && v !== "") return v;
      if (fallback !== undefined) return fallback;
      unset.push({ path: path.join("."), message: `environment variable ${name} is not set` });
      return "";
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, unset, [...path, i]));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolateEnv(v, env, unset, [...path, k]);
    return out;
  }
  return value;
}
