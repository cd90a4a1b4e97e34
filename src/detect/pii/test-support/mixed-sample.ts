/**
 * A deterministic mix of prose, code and JSON log lines with PII sprinkled in, for equivalence and
 * linearity tests (the bench corpus lives outside `src`, so tests build their own).
 */
const PROSE = [
  "Hi Maria, thanks for the update. Dr. Aliya L. Rau moved to Berlin last year and lives in Kreuzberg now.",
  "Please send the contract to John Smith at john.smith@example.com or call +1 415 555 0132 before Friday.",
  "Ship to 42 Wallaby Way, Sydney. The invoice 2024-0042 was paid with card 4111 1111 1111 1111 on March 4, 1985.",
  "Our office in San Francisco is closed; the New York team (contact: Peter) will answer, see https://example.org/help.",
  "Patient DOB: 04/12/1979, SSN 078-05-1123, IBAN DE89 3704 0044 0532 0130 00, NHS 943 476 5919.",
];
const CODE = [
  "export function parseConfig(raw: string): Config {\n  const value = JSON.parse(raw) as Record<string, unknown>;\n  return { port: 8080, host: \"127.0.0.1\", retries: 3 };\n}\n",
  "class UserService:\n    def get(self, user_id: int) -> User:\n        return self.repo.find(user_id, timeout=30)\n",
  "const re = /v1\\.2\\.3/; // TypeScript, SQLite and OAuth are product names, not people\nfor (let i = 0; i < 1024; i++) sum += a[i] * 0.5;\n",
];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixed text of at least `chars` characters, deterministic per seed. */
export function mixedSample(chars: number, seed = 1): string {
  const r = prng(seed);
  const int = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
  const hex = (n: number) => Array.from({ length: n }, () => "0123456789abcdef"[int(0, 15)]).join("");
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const roll = r();
    let part: string;
    if (roll < 0.45) part = `${PROSE[int(0, PROSE.length - 1)]} ${PROSE[int(0, PROSE.length - 1)]}\n\n`;
    else if (roll < 0.75) part = CODE[int(0, CODE.length - 1)]!;
    else {
      const ip = `${int(10, 220)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
      part = `${JSON.stringify({ ts: `2024-0${int(1, 9)}-1${int(0, 9)}T1${int(0, 9)}:2${int(0, 9)}:3${int(0, 9)}Z`, level: "info", req_id: hex(16), trace: hex(32), ip, path: `/api/v${int(1, 3)}/users/${int(1, 99999)}`, ms: int(1, 2500) })}\n`;
    }
    parts.push(part);
    size += part.length;
  }
  return parts.join("");
}
