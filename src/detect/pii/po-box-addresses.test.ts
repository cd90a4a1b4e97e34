import { describe, expect, it } from "vitest";
import { addressScanner } from "./address-detector.js";
import { PiiScan } from "./pii-scan.js";
import { poBoxAddresses as boxesAt } from "./po-box-addresses.js";

function poBoxAddresses(text: string) {
  const tk = new PiiScan(text).digitTokens;
  return boxesAt(text, tk.start, tk.end, tk.n);
}
import { expectCase } from "./test-support/hits.js";

describe("post-office boxes and rural routes in more languages", () => {
  it.each([
    { text: "Bitte an Postfach 12 04, 8021 Zürich senden.", value: "Postfach 12 04, 8021 Zürich" },
    { text: "Adressen er Postboks 77 Sentrum, 5804 Bergen, tlf 55 00 00 00", value: "Postboks 77 Sentrum, 5804 Bergen" },
    { text: "Envoyez le dossier à B.P. 318, Dakar.", value: "B.P. 318, Dakar" },
    { text: "Stuur het naar Postbus 1102, 3000 BC Rotterdam.", value: "Postbus 1102, 3000 BC Rotterdam" },
    { text: "drop-off: RR 4, Site 2, Box 9, Ponoka, AB T4J 1R3 — red gate", value: "RR 4, Site 2, Box 9, Ponoka, AB T4J 1R3" },
    { text: "Remit to GPO Box 1420, Adelaide SA 5001", value: "GPO Box 1420, Adelaide SA 5001" },
  ])("$value", ({ text, value }) => {
    expectCase(addressScanner, "ADDRESS", { text, value, min: 0.6, max: 1 });
  });
  it.each([
    "BP 120/80, Normal heart rate.",
    "Apartado 3 del artículo 12, Ley de Costas.",
    "RR 18, Tachycardia noted.",
    "Mein Postfach ist voll, bitte später.",
  ])("no box address in %j", (text) => {
    expect(poBoxAddresses(text)).toEqual([]);
  });
});
