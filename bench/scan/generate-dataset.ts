import { mkdirSync, openSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";

/**
 * Deterministic synthetic data for the scan tests and benchmarks: chat fine-tuning JSONL (OpenAI and Anthropic
 * shapes), CSV with quoted multi-line fields, prose and source code, with planted secrets and PII at a known rate.
 * The planted values are fake (example domains, test card numbers, AWS's documented example key shape).
 */

/** A small seeded PRNG (mulberry32), so every run generates the same bytes. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = "the model answers questions about invoices shipping returns and accounts please summarise this report for the team meeting tomorrow with the key figures and risks noted by finance we need a short reply that is polite and clear about next steps".split(" ");
const NAMES = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"];

/** Planted sensitive values (fake); `i` varies them so tokens differ. */
export const PLANTS = {
  email: (i: number) => `${NAMES[i % NAMES.length]}.${i}@example.com`,
  card: () => "4111 1111 1111 1111",
  aws: (i: number) => `AKIA${[...createHash("sha256").update(String(i)).digest()].slice(0, 16).map((b) => "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[b % 32]).join("")}`,
  phone: (i: number) => `+1 415 555 ${String(1000 + (i % 9000))}`,
  github: () => "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",
};

function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(r() * WORDS.length)] as string);
  return out.join(" ");
}

/** A writer that buffers lines and writes in 1 MiB blocks. */
function writer(path: string): { line: (s: string) => void; bytes: () => number; close: () => void } {
  const fd = openSync(path, "w");
  let buf: string[] = [];
  let pending = 0;
  let total = 0;
  const flush = (): void => {
    if (buf.length === 0) return;
    const b = Buffer.from(buf.join(""));
    writeSync(fd, b);
    total += b.length;
    buf = [];
    pending = 0;
  };
  return {
    line: (s) => {
      buf.push(s, "\n");
      pending += s.length + 1;
      if (pending >= 1 << 20) flush();
    },
    bytes: () => total + pending, // ASCII: one byte a character
    close: () => {
      flush();
      closeSync(fd);
    },
  };
}

/** One planted value every `every` records (email, card, AWS key id, GitHub token, phone in turn), else clean text. */
function plant(r: () => number, i: number, every: number): string {
  if (i % every !== 0) return "";
  switch ((i / every) % 5) {
    case 0:
      return ` my email is ${PLANTS.email(i)}`;
    case 1:
      return ` card ${PLANTS.card()} expires soon`;
    case 2:
      return ` aws_access_key_id = ${PLANTS.aws(i)}`;
    case 3:
      return ` export GITHUB_TOKEN=${PLANTS.github()}`;
    default:
      return ` call me at ${PLANTS.phone(i)}`;
  }
}

export interface GeneratedDataset {
  dir: string;
  files: string[];
  bytes: number;
  /** Planted values per file. */
  planted: Record<string, number>;
}

/**
 * Write a mixed dataset of about `totalBytes` into `dir`: chat.jsonl (OpenAI chat) 40%, anthropic.jsonl 15%,
 * table.csv 20%, notes.txt 15%, app.ts 10%. One planted value every `every` records.
 */
export function generateDataset(dir: string, totalBytes: number, opts: { every?: number; seed?: number; only?: "jsonl" } = {}): GeneratedDataset {
  mkdirSync(dir, { recursive: true });
  const r = rng(opts.seed ?? 7);
  const every = opts.every ?? 50;
  const shares: [string, number][] = opts.only === "jsonl" ? [["chat.jsonl", 1]] : [["chat.jsonl", 0.4], ["anthropic.jsonl", 0.15], ["table.csv", 0.2], ["notes.txt", 0.15], ["app.ts", 0.1]];
  const planted: Record<string, number> = {};
  let bytes = 0;
  for (const [name, share] of shares) {
    const target = totalBytes * share;
    const w = writer(join(dir, name));
    let n = 0;
    if (name === "table.csv") w.line("id,name,email,notes");
    while (w.bytes() < target) {
      const p = plant(r, n, every);
      if (p) planted[name] = (planted[name] ?? 0) + 1;
      const text = sentence(r, 20 + Math.floor(r() * 40));
      if (name === "chat.jsonl") w.line(JSON.stringify({ messages: [{ role: "system", content: "You are a support assistant." }, { role: "user", content: text + p }, { role: "assistant", content: sentence(r, 30) }] }));
      else if (name === "anthropic.jsonl") w.line(JSON.stringify({ system: "Be brief.", messages: [{ role: "user", content: [{ type: "text", text: text + p }] }, { role: "assistant", content: [{ type: "text", text: sentence(r, 25) }] }] }));
      else if (name === "table.csv") w.line(`${n},${NAMES[n % NAMES.length]},"${sentence(r, 3)}","${text.replace(/ and /g, '\n"quoted" and ')}${p}"`);
      else if (name === "notes.txt") w.line(text + p);
      else w.line(`export const v${n} = "${sentence(r, 6)}"; // ${sentence(r, 8)}${p}`);
      n++;
    }
    w.close();
    bytes += w.bytes();
  }
  return { dir, files: shares.map(([n]) => join(dir, n)), bytes, planted };
}
