import { describe, expect, it } from "vitest";
import { licencePassportScanner } from "./licence-passport-detector.js";
import { expectCase } from "./test-support/hits.js";
import { deaNumberValid, ukDrivingLicenceValid, ukPostcodeAreaValid } from "./validators/licences.js";

const cases: { type: string; text: string; value: string | null; min?: number; max?: number }[] = [
  // UK driving licence: structure and embedded birth date (male 23 Nov 1978; female 3 Feb 1990 with +50 month)
  { type: "UK_DRIVING_LICENCE", text: "Driving licence: PATEL711238RK9QZ", value: "PATEL711238RK9QZ", min: 0.95 },
  { type: "UK_DRIVING_LICENCE", text: "PATEL711238RK9QZ", value: "PATEL711238RK9QZ", min: 0.8 },
  { type: "UK_DRIVING_LICENCE", text: "licence li999952030mj9ab ok", value: "li999952030mj9ab", min: 0.8 },
  { type: "UK_DRIVING_LICENCE", text: "PATEL713238RK9QZ", value: null, min: 0 }, // month 13
  { type: "UK_DRIVING_LICENCE", text: "PATEL711318RK9QZ", value: null, min: 0 }, // 31 November
  { type: "UK_DRIVING_LICENCE", text: "PA9EL711238RK9QZ", value: null, min: 0 }, // letter after padding
  // DEA registration (Presidio's MEDICAL_LICENSE): checksum
  { type: "MEDICAL_LICENSE", text: "Prescriber DEA number AP5836727.", value: "AP5836727", min: 0.9 },
  { type: "MEDICAL_LICENSE", text: "AP5836727", value: "AP5836727", min: 0.5, max: 0.6 },
  { type: "MEDICAL_LICENSE", text: "DEA number AP5836728", value: null, min: 0 },
  { type: "MEDICAL_LICENSE", text: "DEA number IP5836727", value: null, min: 0 },
  { type: "MEDICAL_LICENSE", text: "K92993548", value: "K92993548", min: 0.5, max: 0.6 },
  { type: "MEDICAL_LICENSE", text: "DEA: K92993549", value: null, min: 0 },
  // passports: by context only
  { type: "UK_PASSPORT", text: "Passports: AB1234567 and XY9876543", value: "AB1234567", min: 0.8 },
  { type: "ES_PASSPORT", text: "AAA123456 es mi número de pasaporte", value: "AAA123456", min: 0.8 },
  { type: "ES_PASSPORT", text: "Pasaporte n.º: XDA123456", value: "XDA123456", min: 0.8 },
  { type: "UK_PASSPORT", text: "Passport no: RK4829305, issued 2021", value: "RK4829305", min: 0.8 },
  { type: "UK_PASSPORT", text: "part RK4829305 in stock", value: "RK4829305", min: 0, max: 0.4 },
  { type: "ES_PASSPORT", text: "Mi número de pasaporte es PAB482930", value: "PAB482930", min: 0.8 },
  { type: "ES_PASSPORT", text: "batch PAB482930 shipped", value: "PAB482930", min: 0, max: 0.4 },
  // UK postcodes: area list, spacing, context
  { type: "UK_POSTCODE", text: "My postcode is LS6 3QW.", value: "LS6 3QW", min: 0.9 },
  { type: "UK_POSTCODE", text: "10 Downing Street, London SW1A 2AA", value: "SW1A 2AA", min: 0.55 },
  { type: "UK_POSTCODE", text: "Manchester M1 1AE", value: "M1 1AE", min: 0.55 },
  { type: "UK_POSTCODE", text: "ZZ1 2AB", value: null, min: 0 },
  { type: "UK_POSTCODE", text: "ref M11AE", value: "M11AE", min: 0, max: 0.49 },
];

describe("licencePassportScanner", () => {
  it.each(cases)("%j", ({ type, text, value, min = 0.5, max = 1 }) => {
    expectCase(licencePassportScanner, type, { text, value, min, max });
  });

  it("validators", () => {
    expect(ukDrivingLicenceValid("SMITH862290AB1CD")).toBe(true); // 29 December, female
    expect(ukDrivingLicenceValid("SMITH863290AB1CD")).toBe(false); // month 63
    expect(ukDrivingLicenceValid("SMITH802300AB1CD")).toBe(false); // 30 February
    expect(deaNumberValid("BP5836727")).toBe(true);
    expect(deaNumberValid("BP583672")).toBe(false);
    expect(ukPostcodeAreaValid("EC1A 1BB")).toBe(true);
    expect(ukPostcodeAreaValid("QC1A 1BB")).toBe(false);
  });
});
