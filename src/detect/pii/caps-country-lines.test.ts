import { describe, expect, it } from "vitest";
import { capsCountryLines } from "./caps-country-lines.js";
import { gazetteers } from "./gazetteers.js";
import { lineScanSteps } from "./line-bounds.js";
import type { PiiHit } from "./pii-detector.js";

/** The countries added after the address `[start of street, end of street)` given by its first and last text. */
function countries(text: string, street: string, out: PiiHit[] = []): string[] {
  const s = text.indexOf(street);
  const from = out.length;
  capsCountryLines(text, gazetteers(), out, from, [[s, s + street.length]]);
  return out.slice(from).filter((h) => h.type === "LOCATION").map((h) => text.slice(h.start, h.end));
}

describe("capsCountryLines", () => {
  it.each([
    ["ATTN: RECEIVING\n88 HARBOUR ROAD\nMOMBASA\nKENYA\nPH 0700 000 000", "88 HARBOUR ROAD", ["KENYA"]],
    ["DELIVER TO\n9 KING STREET\nAUCKLAND 1010\nNEW ZEALAND", "9 KING STREET", ["NEW ZEALAND"]],
    ["c/o front desk\n301 MAPLE DRIVE, TORONTO ON M5V 2T6\r\nCANADA\r\n", "301 MAPLE DRIVE, TORONTO ON M5V 2T6", ["CANADA"]],
  ])("%j", (text, street, expected) => {
    expect(countries(text, street)).toEqual(expected);
  });

  it.each([
    // a blank line ends the address block
    ["12 QUAY STREET\nDUBLIN\n\nIRELAND WON THE MATCH", "12 QUAY STREET"],
    ["12 QUAY STREET\nDUBLIN\n\nIRELAND", "12 QUAY STREET"],
    // too far below the address
    ["4 MILL LANE\nA\nB\nC\nD\nE\nPORTUGAL", "4 MILL LANE"],
    // not a country, or not alone on its line
    ["4 MILL LANE\nLEEDS\nFRAGILE", "4 MILL LANE"],
    ["4 MILL LANE\nMADE IN CHINA 2024", "4 MILL LANE"],
    // a country in title case is the group rules' work
    ["4 Mill Lane\nLeeds\nEngland", "4 Mill Lane"],
  ])("nothing in %j", (text, street) => {
    expect(countries(text, street)).toEqual([]);
  });

  it("adds nothing a finding or the address already covers", () => {
    const text = "7 DOCK ROAD\nLIVERPOOL\nUNITED KINGDOM";
    const out: PiiHit[] = [{ type: "LOCATION", start: 22, end: 36, score: 0.8, explanation: "x" }];
    capsCountryLines(text, gazetteers(), out, 0, [[0, 11]]);
    expect(out).toHaveLength(1);
    expect(countries(text, "7 DOCK ROAD\nLIVERPOOL\nUNITED KINGDOM")).toEqual([]);
  });

  it("reads a bounded stretch after each address, also on one long line", () => {
    const unit = "12 MILL LANE LEEDS ";
    const text = unit.repeat(5000);
    const addresses: [number, number][] = [];
    for (let i = 0; i < 5000; i++) addresses.push([i * unit.length, i * unit.length + 12]);
    lineScanSteps.count = 0;
    capsCountryLines(text, gazetteers(), [], 0, addresses);
    expect(lineScanSteps.count).toBeLessThanOrEqual(5000 * 81);
  });
});
