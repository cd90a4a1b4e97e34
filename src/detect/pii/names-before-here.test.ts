import { describe, expect, it } from "vitest";
import type { SharedScan } from "../../core/detector.js";
import { createSharedScan } from "../shared/shared-scan.js";
import { gazetteers } from "./gazetteers.js";
import { namesBeforeHere } from "./names-before-here.js";
import type { PiiHit } from "./pii-detector.js";

function names(text: string): string[] {
  const out: PiiHit[] = [];
  namesBeforeHere(text, gazetteers(), out, new Set(["will", "grace", "mark"]));
  return out.map((h) => text.slice(h.start, h.end));
}

describe("namesBeforeHere", () => {
  it.each([
    ["kevin here, the boiler is leaking again", "kevin"],
    ["hoi, anneke hier. bel je me?", "anneke"],
    ["Buenas\nCarmen aquí, ¿me pasas el número?", "Carmen"],
    ["salut, margaux ici", "margaux"],
    ["hoi, jens vandenbroucke hier, mijn gsm is …", "jens vandenbroucke"],
  ])("%s", (text, value) => {
    expect(names(text)).toEqual([value]);
  });

  it.each(["click here to continue", "the file is here", "okay here it is", "will here too", "so here we are", "Paris here we come", "mark here as done"])("nothing in %j", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("namesBeforeHere with the shared keyword pass", () => {
  it.each(["kevin here, the boiler is leaking\nhoi, anneke hier. bel je me?\tsalut, margaux ici", "click here; okay here it is\nmarta aqui"])("finds the same in %j", (text) => {
    const run = (shared?: SharedScan): string[] => {
      const out: PiiHit[] = [];
      namesBeforeHere(text, gazetteers(), out, new Set(["will"]), shared);
      return out.map((h) => `${h.start}-${h.end}`);
    };
    expect(run(createSharedScan(text))).toEqual(run());
  });
});
