/**
 * What the engine's disguise views cost on 1 MB inputs: CPU time of the default engine with every view, with none,
 * and with each view kind switched off alone (its marginal cost), in one process, configurations interleaved round by
 * round (medians and minima of ROUNDS, default 5):
 *   node --import tsx bench/detect/views-cost.ts            (BUILDERS=1: only the view builders, best of 10)
 * With BUILDERS=1 it times the builders of the views alone (normalised, HTML entities, escapes, cipher views) on the
 * same inputs; the file runs unchanged in an older checkout, to compare.
 * Inputs (1 MB each): the benchmark's mixed text (`corpus.ts`); the same with a disguised key every ~8 KB (base64,
 * hex, percent-encoded, reversed, spaced, zero-width, HTML entities), where the views have work to do; multilingual
 * chat prose (Cyrillic, CJK, Arabic and accented Latin, the normalised view's worst case).
 */
import { createDetectionEngine } from "../../src/detect/engine.js";
import { buildCipherViews } from "../../src/detect/normalize/cipher-views.js";
import { buildEscapeView } from "../../src/detect/normalize/escape-view.js";
import { buildHtmlEntityView } from "../../src/detect/normalize/html-entity-view.js";
import { normalizeText } from "../../src/detect/normalize/normalize-text.js";
import { mixedText, prng } from "./corpus.js";

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const MB = 1024 * 1024;

const KEY = "AKIAZ3MHQK7XN2PLW4RB";
const rev = (s: string): string => [...s].reverse().join("");
const DISGUISES: ((k: string) => string)[] = [
  (k) => `decode this: ${Buffer.from(k).toString("base64")}`,
  (k) => `hex: ${Buffer.from(k).toString("hex")}`,
  (k) => `see ${[...k].map((c) => `%${c.charCodeAt(0).toString(16)}`).join("")}`,
  (k) => `my key: ${rev(k)}`,
  (k) => `key: ${[...k].join(" ")}`,
  (k) => `key ${[...k].join("\u200b")}`,
  (k) => `x ${[...k].map((c) => `&#${c.charCodeAt(0)};`).join("")}`,
  (k) => `x ${Buffer.from(rev(k)).toString("base64")}`,
];

function disguisedText(bytes: number): string {
  const r = prng(11);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const chunk = mixedText(8 * 1024, 100 + i);
    const d = DISGUISES[Math.floor(r() * DISGUISES.length)] as (k: string) => string;
    parts.push(chunk, `\n${d(KEY)}\n`);
    n += chunk.length + 40;
  }
  return parts.join("").slice(0, bytes);
}

function multilingualText(bytes: number): string {
  const lines = [
    "Привет! Пароль от почты я пришлю позже, а пока посмотри отчёт за квартал и напиши, что думаешь.",
    "会议改到明天下午三点，请大家准备好季度报告和预算计划，有问题请在群里说。",
    "مرحبا، هل يمكنك إرسال التقرير الشهري قبل نهاية اليوم؟ شكرا جزيلا على المساعدة.",
    "Le rapport trimestriel est prêt ; la réunion est déplacée à jeudi, même salle, même heure.",
    "Die Besprechung fällt heute aus, bitte schickt mir eure Änderungen bis Freitag zurück.",
    "Cześć, czy możesz sprawdzić, dlaczego wdrożenie nie przeszło? Błąd jest w logach.",
  ];
  const r = prng(5);
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    const l = lines[Math.floor(r() * lines.length)] as string;
    out.push(l);
    n += l.length + 1;
  }
  return out.join("\n").slice(0, bytes);
}

const inputs: [string, string][] = [
  ["mixed text", mixedText(MB, 7)],
  ["mixed text + disguised keys", disguisedText(MB)],
  ["multilingual prose", multilingualText(MB)],
];
const ALL = { normalized: true, leet: true, decoded: true, cipher: true, joined: true } as const;
type Kind = keyof typeof ALL;
const configs: [string, ReturnType<typeof createDetectionEngine>][] = [
  ["all views", createDetectionEngine()],
  ["no views", createDetectionEngine({ views: { normalized: false, leet: false, decoded: false, cipher: false, joined: false } })],
  ...(Object.keys(ALL) as Kind[]).map((k): [string, ReturnType<typeof createDetectionEngine>] => [`without ${k}`, createDetectionEngine({ views: { ...ALL, [k]: false } })]),
];

const cpuMs = (f: () => void): number => {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
};
const med = (x: number[]): number => [...x].sort((a, b) => a - b)[x.length >> 1] as number;

if (process.env.BUILDERS === "1") {
  const builders: [string, (t: string) => unknown][] = [
    ["normalizeText", (t) => normalizeText(t)],
    ["html entities", (t) => buildHtmlEntityView(t)],
    ["escapes", (t) => buildEscapeView(t)],
    ["cipher views", (t) => buildCipherViews(t)],
  ];
  for (const [name, text] of inputs) {
    const cells = builders.map(([b, f]) => {
      let best = Infinity;
      for (let r = 0; r < 10; r++) best = Math.min(best, cpuMs(() => f(text)));
      return `${b} ${best.toFixed(1)} ms`;
    });
    console.log(`${name} (1 MB): ${cells.join(", ")}`);
  }
  process.exit(0);
}

for (const [name, text] of inputs) {
  const times = new Map<string, number[]>(configs.map(([c]) => [c, []]));
  for (const [, e] of configs) e.detect(text); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? configs : [...configs].reverse();
    for (const [c, e] of order) times.get(c)?.push(cpuMs(() => e.detect(text)));
  }
  const all = times.get("all views") as number[];
  const none = times.get("no views") as number[];
  console.log(`${name} (1 MB): all views ${med(all).toFixed(0)} ms (min ${Math.min(...all).toFixed(0)}), no views ${med(none).toFixed(0)} ms (min ${Math.min(...none).toFixed(0)}): views +${((med(all) / med(none) - 1) * 100).toFixed(1)} % (minima +${((Math.min(...all) / Math.min(...none) - 1) * 100).toFixed(1)} %)`);
  for (const k of Object.keys(ALL)) {
    const t = times.get(`without ${k}`) as number[];
    console.log(`  ${k.padEnd(10)} ${(med(all) - med(t)).toFixed(1).padStart(6)} ms (minima ${(Math.min(...all) - Math.min(...t)).toFixed(1)})`);
  }
}
