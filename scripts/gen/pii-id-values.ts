/**
 * Random, structurally valid identifier values for generated PII test sentences (test data only).
 *
 * Each generator draws random characters in the identifier's layout and keeps the first draw that the matching
 * validator accepts (rejection sampling), then writes it in one of the layouts people use. The validators are the
 * detectors' own, so these values test context handling and formats, not the check-digit code (that has its own
 * table tests with published examples).
 */
import type { Faker } from "@faker-js/faker";
import { luhnValid } from "../../src/detect/pii/validators/checksums.js";
import {
  deTaxIdValid, dkCprDateValid, esNieValid, esNifValid, fiHetuValid, frNirValid, itFiscalCodeValid, itVatValid,
  nlBsnValid, plPeselValid, sePersonnummerValid,
} from "../../src/detect/pii/validators/eu-ids.js";
import {
  auAbnValid, auMedicareValid, auTfnValid, caSinValid, inAadhaarValid, inPanValid, krRrnKind, sgNricValid,
  trNationalIdValid, ukNhsValid, ukNinoValid, zaIdValid,
} from "../../src/detect/pii/validators/intl-ids.js";
import { abaValid, itinValid, npiValid, ssnValid } from "../../src/detect/pii/validators/us-ids.js";

export type IdType =
  | "US_SSN" | "US_ITIN" | "ABA_ROUTING_NUMBER" | "US_NPI" | "US_PASSPORT" | "US_DRIVER_LICENSE" | "US_BANK_NUMBER"
  | "UK_NHS" | "UK_NINO" | "UK_PASSPORT" | "CA_SIN" | "AU_TFN" | "AU_ABN" | "AU_MEDICARE" | "IN_AADHAAR" | "IN_PAN"
  | "SG_NRIC_FIN" | "ES_NIF" | "ES_NIE" | "IT_FISCAL_CODE" | "IT_VAT_CODE" | "PL_PESEL" | "FI_PERSONAL_IDENTITY_CODE"
  | "SE_PERSONNUMMER" | "NL_BSN" | "FR_NIR" | "DK_CPR" | "DE_TAX_ID" | "KR_RRN" | "TR_NATIONAL_ID" | "ZA_ID_NUMBER"
  | "CREDIT_CARD";

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Draw a string from a layout: d = digit, L = upper-case letter, anything else literal. */
function draw(f: Faker, layout: string): string {
  let s = "";
  for (const c of layout) s += c === "d" ? String(f.number.int(9)) : c === "L" ? f.helpers.arrayElement([...UPPER]) : c;
  return s;
}

function until(f: Faker, make: () => string, ok: (v: string) => boolean): string {
  for (let i = 0; i < 100_000; i++) {
    const v = make();
    if (ok(v)) return v;
  }
  throw new Error("no valid value drawn");
}

const two = (n: number) => String(n).padStart(2, "0");

function birthDate(f: Faker): Date {
  return f.date.birthdate({ mode: "age", min: 18, max: 85 });
}

function yymmdd(d: Date): string {
  return `${two(d.getUTCFullYear() % 100)}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`;
}

/** Group digits: group("123456789", [3, 3, 3], " ") -> "123 456 789". */
function group(v: string, sizes: readonly number[], sep: string): string {
  const parts: string[] = [];
  let i = 0;
  for (const n of sizes) {
    parts.push(v.slice(i, i + n));
    i += n;
  }
  return parts.join(sep);
}

/** One valid value of the type, in one of its usual written layouts. */
export function idValue(f: Faker, type: IdType): string {
  const pick = <T>(xs: readonly T[]): T => f.helpers.arrayElement(xs);
  switch (type) {
    case "US_SSN": {
      const v = until(f, () => draw(f, "ddddddddd"), ssnValid);
      return pick([group(v, [3, 2, 4], "-"), group(v, [3, 2, 4], "-"), group(v, [3, 2, 4], " "), v]);
    }
    case "US_ITIN": {
      const v = until(f, () => draw(f, "9dddddddd"), itinValid);
      return pick([group(v, [3, 2, 4], "-"), v]);
    }
    case "ABA_ROUTING_NUMBER":
      return until(f, () => draw(f, "ddddddddd"), abaValid);
    case "US_NPI":
      return until(f, () => draw(f, "1ddddddddd"), npiValid);
    case "US_PASSPORT":
      return pick([until(f, () => draw(f, "ddddddddd"), (v) => !/^(\d)\1+$/.test(v)), draw(f, "Ldddddddd")]);
    case "US_DRIVER_LICENSE":
      return pick([draw(f, "Ldddddddd"), draw(f, "Ldddddd"), draw(f, "dddddddd"), draw(f, "LddddddddddddD").slice(0, 13)]);
    case "US_BANK_NUMBER":
      return draw(f, pick(["dddddddddd", "dddddddddddd", "dddddddd"]));
    case "UK_NHS": {
      const v = until(f, () => draw(f, "dddddddddd"), ukNhsValid);
      return pick([group(v, [3, 3, 4], " "), group(v, [3, 3, 4], " "), v]);
    }
    case "UK_NINO": {
      const v = until(f, () => draw(f, "LLdddddd") + pick(["A", "B", "C", "D"]), ukNinoValid);
      return pick([v, `${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4, 6)} ${v.slice(6, 8)} ${v[8]}`]);
    }
    case "UK_PASSPORT":
      return pick([draw(f, "ddddddddd"), draw(f, "LLddddddd")]);
    case "CA_SIN": {
      const v = until(f, () => draw(f, "ddddddddd"), caSinValid);
      return pick([group(v, [3, 3, 3], " "), group(v, [3, 3, 3], "-"), v]);
    }
    case "AU_TFN": {
      const v = until(f, () => draw(f, "ddddddddd"), auTfnValid);
      return pick([group(v, [3, 3, 3], " "), v]);
    }
    case "AU_ABN": {
      const v = until(f, () => draw(f, "ddddddddddd"), auAbnValid);
      return pick([group(v, [2, 3, 3, 3], " "), v]);
    }
    case "AU_MEDICARE": {
      const v = until(f, () => draw(f, "dddddddddd"), auMedicareValid);
      return pick([group(v, [4, 5, 1], " "), v]);
    }
    case "IN_AADHAAR": {
      const v = until(f, () => draw(f, "dddddddddddd"), inAadhaarValid);
      return pick([group(v, [4, 4, 4], " "), group(v, [4, 4, 4], "-"), v]);
    }
    case "IN_PAN":
      return until(f, () => `${draw(f, "LLL")}${pick([..."PCHFATBLJG"])}${draw(f, "LddddL")}`, inPanValid);
    case "SG_NRIC_FIN":
      return until(f, () => `${pick(["S", "T", "F", "G"])}${draw(f, "dddddddL")}`, sgNricValid);
    case "ES_NIF":
      return until(f, () => draw(f, "ddddddddL"), (v) => esNifValid(v.slice(0, 8), v.slice(8)));
    case "ES_NIE":
      return until(f, () => `${pick(["X", "Y", "Z"])}${draw(f, "dddddddL")}`, (v) => esNieValid(v[0]!, v.slice(1, 8), v[8]!));
    case "IT_FISCAL_CODE": {
      const d = birthDate(f);
      const day = d.getUTCDate() + (f.datatype.boolean() ? 40 : 0);
      return until(f, () => `${draw(f, "LLLLLL")}${two(d.getUTCFullYear() % 100)}${"ABCDEHLMPRST"[d.getUTCMonth()]}${two(day)}${draw(f, "LdddL")}`, itFiscalCodeValid);
    }
    case "IT_VAT_CODE":
      return until(f, () => draw(f, "ddddddddddd"), itVatValid);
    case "PL_PESEL": {
      const d = birthDate(f);
      const mm = d.getUTCMonth() + 1 + (d.getUTCFullYear() >= 2000 ? 20 : 0);
      return until(f, () => `${two(d.getUTCFullYear() % 100)}${two(mm)}${two(d.getUTCDate())}${draw(f, "ddddd")}`, plPeselValid);
    }
    case "FI_PERSONAL_IDENTITY_CODE": {
      const d = birthDate(f);
      const sign = d.getUTCFullYear() >= 2000 ? "A" : "-";
      return until(f, () => `${two(d.getUTCDate())}${two(d.getUTCMonth() + 1)}${two(d.getUTCFullYear() % 100)}${sign}${draw(f, "ddd")}${pick([..."0123456789ABCDEFHJKLMNPRSTUVWXY"])}`, fiHetuValid);
    }
    case "SE_PERSONNUMMER": {
      const d = birthDate(f);
      const v = until(f, () => `${yymmdd(d)}${draw(f, "dddd")}`, sePersonnummerValid);
      return pick([`${v.slice(0, 6)}-${v.slice(6)}`, `${d.getUTCFullYear() < 2000 ? 19 : 20}${v.slice(0, 6)}-${v.slice(6)}`]);
    }
    case "NL_BSN":
      return until(f, () => draw(f, "ddddddddd"), nlBsnValid);
    case "FR_NIR": {
      const d = birthDate(f);
      const body = `${pick(["1", "2"])}${two(d.getUTCFullYear() % 100)}${two(d.getUTCMonth() + 1)}${two(f.number.int({ min: 1, max: 95 }))}${draw(f, "dddddd")}`;
      const key = two(97 - Number(BigInt(body) % 97n));
      const v = body + key;
      if (!frNirValid(v)) throw new Error(`bad NIR ${v}`);
      return pick([v, `${v[0]} ${v.slice(1, 3)} ${v.slice(3, 5)} ${v.slice(5, 7)} ${v.slice(7, 10)} ${v.slice(10, 13)} ${v.slice(13)}`]);
    }
    case "DK_CPR": {
      const d = birthDate(f);
      const v = until(f, () => `${two(d.getUTCDate())}${two(d.getUTCMonth() + 1)}${two(d.getUTCFullYear() % 100)}${draw(f, "dddd")}`, dkCprDateValid);
      return `${v.slice(0, 6)}-${v.slice(6)}`;
    }
    case "DE_TAX_ID": {
      const v = until(f, () => draw(f, "ddddddddddd"), deTaxIdValid);
      return pick([v, group(v, [2, 3, 3, 3], " ")]);
    }
    case "KR_RRN": {
      const d = birthDate(f);
      const g = d.getUTCFullYear() >= 2000 ? pick(["3", "4"]) : pick(["1", "2"]);
      const v = until(f, () => `${yymmdd(d)}${g}${draw(f, "dddddd")}`, (x) => krRrnKind(x) === "citizen");
      return `${v.slice(0, 6)}-${v.slice(6)}`;
    }
    case "TR_NATIONAL_ID":
      return until(f, () => draw(f, "ddddddddddd"), trNationalIdValid);
    case "ZA_ID_NUMBER": {
      const d = birthDate(f);
      return until(f, () => `${yymmdd(d)}${draw(f, "dddd")}08${draw(f, "d")}`, zaIdValid);
    }
    case "CREDIT_CARD": {
      const v = until(f, () => `${pick(["4", "51", "52", "53", "54", "55", "6011"])}${draw(f, "dddddddddddddddd")}`.slice(0, 16), luhnValid);
      return pick([v, group(v, [4, 4, 4, 4], " "), group(v, [4, 4, 4, 4], "-")]);
    }
  }
}
