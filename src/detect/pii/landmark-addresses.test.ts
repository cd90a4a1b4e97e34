import { describe, expect, it } from "vitest";
import { scanDigitTokens } from "./pii-scan.js";
import { landmarkAddresses } from "./landmark-addresses.js";

function values(text: string): string[] {
  const tk = scanDigitTokens(text);
  return landmarkAddresses(text, tk.start, tk.end, tk.n).map((a) => a.value);
}

describe("landmarkAddresses", () => {
  it.each([
    ["deliver to Wanjiru, House 9, off Kiambu Road, opp. Ridgeways Mall, Nairobi. Thanks", "House 9, off Kiambu Road, opp. Ridgeways Mall, Nairobi"],
    ["Plot 33, Ring Road, Kumasi, call on arrival", "Plot 33, Ring Road, Kumasi"],
    ["ship to Villa 12, Street 5, Al Wasl, Dubai, UAE", "Villa 12, Street 5, Al Wasl, Dubai, UAE"],
    ["House 7, Street 21, G-9/2, Islamabad", "House 7, Street 21, G-9/2, Islamabad"],
    ["pata: C-22, Malviya Nagar, Jaipur 302017", "C-22, Malviya Nagar, Jaipur 302017"],
    ["H.No. 2-3-41/A, Tank Bund Road, Hyderabad, Telangana 500080", "H.No. 2-3-41/A, Tank Bund Road, Hyderabad, Telangana 500080"],
  ])("%s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    "Block 5, Chapter 3, London edition",
    "House 3, Season 2, Paris",
    "Plot 7, Figure 3, London",
    "Flat 4, near the station, London",
    "B-52, Stratofortress, Boeing",
    "House 9, off Kiambu Road, then left", // no town at the end
  ])("nothing in %j", (text) => {
    expect(values(text)).toEqual([]);
  });
});
