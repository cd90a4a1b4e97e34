/**
 * A third generated set of labelled texts for PERSON and LOCATION, written after the detector changes of this round
 * and scored without being tuned on (fixed seed, reproducible):
 *
 *   node --import tsx scripts/gen/pii-fresh-sentences.ts [count] [seed]   # prints P/R/F1 per type
 *
 * Templates of other genres than the first two sets (e-mail signatures, travel and expense notes, school and
 * clinic letters, news-style sentences, social posts, customer reviews), town names of seven non-English faker
 * locales (es/fr/pl mostly real towns, de/it/nl/sv often made up), and sentences full of capitalised words that are
 * neither people nor places (products, teams, headings, titles of works). Add templates rather than changing the
 * detectors to fit these. Seed 90210 is the held-out sample; seed 1 was looked at (three place cues came from it).
 */
import { base, de, en, es, fr, it as itLocale, nl, pl, sv, Faker } from "@faker-js/faker";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LabelledText } from "./pii-sentences.js";

type Part = string | [label: string, value: string];

function build(parts: readonly Part[]): LabelledText {
  let text = "";
  const spans: LabelledText["spans"] = [];
  for (const p of parts) {
    if (typeof p === "string") text += p;
    else {
      spans.push({ start: text.length, end: text.length + p[1].length, label: p[0] });
      text += p[1];
    }
  }
  return { text, spans };
}

/** Generate `count` labelled texts with a fixed seed. */
export function generateFreshSentences(count: number, seed: number): LabelledText[] {
  const locales = [en, de, es, fr, itLocale, nl, pl, sv].map((loc, i) => {
    const x = new Faker({ locale: [loc, en, base] });
    x.seed(seed + i);
    return x;
  });
  const f = locales[0]!;
  const any = () => f.helpers.arrayElement(locales);
  // towns of the non-English locales (real ones in es/fr/pl, many made up in de/it/nl/sv)
  const town = () => f.helpers.arrayElement(locales.slice(1)).location.city();
  const first = () => any().person.firstName();
  const last = () => any().person.lastName();
  const full = () => {
    const x = any();
    return `${x.person.firstName()} ${x.person.lastName()}`;
  };
  const country = () => f.location.country();
  const pick = <T>(xs: readonly T[]): T => f.helpers.arrayElement(xs);
  const templates: Array<() => Part[]> = [
    () => ["Best regards,\n", ["PERSON", full()], "\nAccount Manager, Northwind Traders\n", ["LOCATION", town()]],
    () => ["Expense report: taxi from the airport to the hotel in ", ["LOCATION", town()], ", approved by ", ["PERSON", full()], "."],
    () => ["Dear Parents, ", ["PERSON", full()], " will lead the class trip to ", ["LOCATION", town()], " on Friday."],
    () => ["Patient ", ["PERSON", full()], " was transferred to the clinic in ", ["LOCATION", town()], " for follow-up."],
    () => ["Local news: residents of ", ["LOCATION", town()], " met with Mayor ", ["PERSON", last()], " to discuss the new bridge."],
    () => ["Just landed in ", ["LOCATION", town()], "! Dinner with ", ["PERSON", first()], " tonight 🍝"],
    () => ["Great stay, the host ", ["PERSON", first()], " was super helpful. Would recommend to anyone visiting ", ["LOCATION", town()], "."],
    () => ["Shipping address changed by ", ["PERSON", full()], "; the parcel now goes to our warehouse in ", ["LOCATION", town()], "."],
    () => ["Can you ask ", ["PERSON", first()], " whether the ", ["LOCATION", country()], " office has signed the NDA?"],
    () => ["Minutes: ", ["PERSON", full()], " opened the meeting; ", ["PERSON", full()], " presented the budget."],
    () => ["I grew up near ", ["LOCATION", town()], " but moved to ", ["LOCATION", town()], " for university."],
    () => ["According to ", ["PERSON", full()], ", the festival in ", ["LOCATION", town()], " drew record crowds."],
    () => ["Reminder: ", ["PERSON", first()], "'s farewell lunch is on Thursday."],
    () => ["The visa application for ", ["PERSON", full()], " (citizen of ", ["LOCATION", country()], ") is pending."],
    () => ["Flight AB123 from ", ["LOCATION", town()], " to ", ["LOCATION", town()], " is delayed by two hours."],
    // no people or places: capitalised words of other kinds
    () => [`Chapter ${f.number.int({ min: 2, max: 12 })}: Getting Started with Advanced Search and Custom Reports`],
    () => [pick(["The Quarterly Business Review covers Revenue, Churn and Net Promoter Score.", "Our Customer Success Team uses Zendesk Macros and Slack Workflows."])],
    () => [pick(["Open Settings, choose Privacy and Security, then click Clear Browsing Data.", "Press Ctrl+Shift+P and run Developer: Reload Window."])],
    () => [pick(["War and Peace and Pride and Prejudice are on the Summer Reading List.", "Season Two of Breaking Point premieres on Sunday Night."])],
    () => [pick(["Action Items: Update the Onboarding Guide, Review Pull Requests, Schedule the Design Review.", "Key Results: Faster Checkout, Fewer Support Tickets, Better Retention."])],
  ];
  const out: LabelledText[] = [];
  for (let i = 0; i < count; i++) out.push(build(templates[i % templates.length]!()));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 400);
  const seed = Number(process.argv[3] ?? 90210);
  const { piiDetectors, piiThresholds } = await import("../../src/detect/pii/index.js");
  const d = piiDetectors[0]!.build();
  const iou = (a: { start: number; end: number }, b: { start: number; end: number }): number => {
    const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
    return inter <= 0 ? 0 : inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
  };
  const tally: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const row of generateFreshSentences(count, seed)) {
    const found = d.detect({ text: row.text, context: { direction: "request" } }).filter((x) => x.score >= (piiThresholds[x.type] ?? 0.5));
    for (const type of ["PERSON", "LOCATION"]) {
      const gold = row.spans.filter((s) => s.label === type);
      const pred = found.filter((x) => x.type === type);
      const used = new Set<number>();
      let tp = 0;
      for (const g of gold) {
        const j = pred.findIndex((p, k) => !used.has(k) && iou(g, p) >= 0.5);
        if (j >= 0) {
          used.add(j);
          tp++;
        }
      }
      const t = (tally[type] ??= { tp: 0, fp: 0, fn: 0 });
      t.tp += tp;
      t.fp += pred.length - tp;
      t.fn += gold.length - tp;
    }
  }
  for (const [type, t] of Object.entries(tally)) {
    const p = t.tp / (t.tp + t.fp);
    const r = t.tp / (t.tp + t.fn);
    console.log(`${type}: tp ${t.tp} fp ${t.fp} fn ${t.fn}  precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
  }
}
