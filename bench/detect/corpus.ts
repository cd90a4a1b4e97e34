/**
 * Deterministic mixed "realistic" text for the detection benchmark: English prose, source code (TypeScript,
 * Python, SQL) and JSON log records, with a light sprinkle of the things detectors look for (emails, phone
 * numbers, URLs, IPs, a fake credential now and then) at roughly the density of real prompts and logs.
 */

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same bytes. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "the of and to in is was for on that with as by at from this be are have it an or which not but were all " +
  "report customer order account project team meeting review quarter revenue growth plan deadline release " +
  "service request response latency error timeout deploy cluster database query index cache storage network " +
  "please could you summarize explain translate draft email update schedule budget forecast policy contract " +
  "invoice payment shipment delivery support ticket issue feature design document analysis result results " +
  "model prompt data user users system process time week month year today tomorrow yesterday morning evening"
).split(" ");
const NAMES = ["Alice Martin", "Bob Chen", "Carla Gomez", "David Okafor", "Emma Schmidt", "Farid Haddad", "Grace Lee"];
const DOMAINS = ["example.com", "acme.io", "contoso.org", "initech.net"];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const hex = (r: Rand, n: number): string => Array.from({ length: n }, () => "0123456789abcdef"[int(r, 0, 15)]).join("");
const alnum = (r: Rand, n: number): string =>
  Array.from({ length: n }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[int(r, 0, 61)]).join("");

function email(r: Rand): string {
  return `${pick(r, NAMES).split(" ")[0]?.toLowerCase()}.${int(r, 1, 99)}@${pick(r, DOMAINS)}`;
}

function sentence(r: Rand): string {
  const n = int(r, 8, 20);
  const words = Array.from({ length: n }, () => pick(r, WORDS));
  const roll = r();
  if (roll < 0.06) words.splice(int(r, 1, n - 1), 0, `${email(r)}`);
  else if (roll < 0.1) words.splice(int(r, 1, n - 1), 0, `+1 (415) 555-${String(int(r, 1000, 9999))}`);
  else if (roll < 0.14) words.splice(int(r, 1, n - 1), 0, `https://${pick(r, DOMAINS)}/docs/${pick(r, WORDS)}?id=${int(r, 1, 9999)}`);
  else if (roll < 0.16) words.splice(int(r, 1, n - 1), 0, pick(r, NAMES));
  const s = words.join(" ");
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function prose(r: Rand): string {
  return `${Array.from({ length: int(r, 3, 7) }, () => sentence(r)).join(" ")}\n\n`;
}

function code(r: Rand): string {
  const name = `${pick(r, WORDS)}${pick(r, ["Service", "Handler", "Store", "Client"])}`;
  const roll = r();
  if (roll < 0.4) {
    return `import { ${name} } from "./${name.toLowerCase()}.js";

export async function load${name}(id: string, retries = ${int(r, 1, 5)}): Promise<${name} | undefined> {
  const url = \`https://api.${pick(r, DOMAINS)}/v1/${pick(r, WORDS)}/\${id}\`;
  for (let i = 0; i < retries; i++) {
    const res = await fetch(url, { headers: { accept: "application/json" } });
    if (res.ok) return (await res.json()) as ${name};
    await new Promise((resolve) => setTimeout(resolve, ${int(r, 10, 500)} * (i + 1)));
  }
  return undefined;
}
${r() < 0.08 ? `const API_KEY = process.env.API_KEY ?? "sk_live_${alnum(r, 24)}";\n` : ""}
`;
  }
  if (roll < 0.75) {
    return `def ${pick(r, WORDS)}_${pick(r, WORDS)}(rows, limit=${int(r, 10, 100)}):
    """Return the ${pick(r, WORDS)} rows over the limit."""
    out = []
    for row in rows:
        if row.get("${pick(r, WORDS)}", 0) > limit:
            out.append({"id": row["id"], "value": row["value"] * ${int(r, 2, 9)}})
    return sorted(out, key=lambda x: x["value"])

`;
  }
  return `SELECT id, ${pick(r, WORDS)}, created_at FROM ${pick(r, WORDS)}_${pick(r, WORDS)}
WHERE ${pick(r, WORDS)} = '${pick(r, WORDS)}' AND created_at > NOW() - INTERVAL '${int(r, 1, 30)} days'
ORDER BY created_at DESC LIMIT ${int(r, 10, 500)};

`;
}

function logs(r: Rand): string {
  const lines: string[] = [];
  for (let i = int(r, 4, 12); i > 0; i--) {
    const rec: Record<string, unknown> = {
      ts: `2025-0${int(r, 1, 9)}-1${int(r, 0, 9)}T${int(r, 10, 23)}:${int(r, 10, 59)}:${int(r, 10, 59)}.${int(r, 100, 999)}Z`,
      level: pick(r, ["info", "info", "info", "warn", "error", "debug"]),
      msg: `${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}`,
      req_id: hex(r, 16),
      trace: hex(r, 32),
      ip: `${int(r, 10, 220)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
      path: `/api/v${int(r, 1, 3)}/${pick(r, WORDS)}/${int(r, 1, 99999)}`,
      status: pick(r, [200, 200, 200, 201, 204, 400, 404, 500]),
      ms: int(r, 1, 2500),
    };
    if (r() < 0.1) rec.user = email(r);
    lines.push(JSON.stringify(rec));
  }
  return `${lines.join("\n")}\n\n`;
}

/** Mixed text of at least `bytes` UTF-8 bytes (cut at a line break just past it), deterministic per seed. */
export function mixedText(bytes: number, seed = 1): string {
  const r = prng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const roll = r();
    const part = roll < 0.45 ? prose(r) : roll < 0.75 ? code(r) : logs(r);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  const text = parts.join("");
  return text.slice(0, Math.max(bytes, text.indexOf("\n", bytes) + 1 || bytes));
}
