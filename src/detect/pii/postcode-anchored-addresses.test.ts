import { describe, expect, it } from "vitest";
import { postcodeAnchoredAddresses } from "./postcode-anchored-addresses.js";

const values = (text: string): string[] => postcodeAnchoredAddresses(text).map((a) => a.value);

describe("postcodeAnchoredAddresses", () => {
  it.each([
    ["Statement of Rhian Pugh, 14 Heol y Nant, Swansea SA1 6AP: on Friday", "14 Heol y Nant, Swansea SA1 6AP"],
    ["my late mother's home at 2 Primrose Bank, Kendal LA9 4HX goes to", "2 Primrose Bank, Kendal LA9 4HX"],
    ["visit: 9 Pen-y-Bryn, Conwy LL32 8AY", "9 Pen-y-Bryn, Conwy LL32 8AY"],
    ["patient at 4 Abbey Cottages, Athlone, Co. Westmeath N37 X2Y4 today", "4 Abbey Cottages, Athlone, Co. Westmeath N37 X2Y4"],
    ["Flat 2, 17 Rose Hill, Oxford OX4 4HS", "Flat 2, 17 Rose Hill, Oxford OX4 4HS"],
    ["ward: 9 Canal View, Birmingham B1 2JT", "9 Canal View, Birmingham B1 2JT"],
    ["Addressee: Ana Ruiz, Apt 7, 2250 Grand Concourse, Bronx, NY 10457", "Apt 7, 2250 Grand Concourse, Bronx, NY 10457"],
    ["donor 94-1102 Anania Cir, Mililani, HI 96789, (808) 555-0101", "94-1102 Anania Cir, Mililani, HI 96789"],
  ])("%s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each(["Page 3, Chapter Two, Volume SW1A 1AA", "postcode SW1A 1AA only", "flight BA 2490, Gate B 12, London W1A 1AA", "ticket 12 Open, status N37 X2Y4", "We shipped 400 Units, Dallas TX 75201 warehouse", "Version 2 Release, Austin, TX 78701"])("nothing in %j", (text) => {
    expect(values(text)).toEqual([]);
  });
});
