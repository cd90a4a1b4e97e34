import { describe, expect, it } from "vitest";
import { usIdsScanner } from "./us-ids-detector.js";
import { expectCase } from "./test-support/hits.js";

interface TypedCase {
  type: string;
  text: string;
  value: string | null;
  min?: number;
  max?: number;
}

const cases: TypedCase[] = [
  // after an area code in brackets: a phone number's local part (a Brazilian mobile), not an ITIN
  { type: "US_ITIN", text: "Falar com a Ana no (11) 98456-5666 amanhã.", value: null, min: 0.5 },
  { type: "US_ITIN", text: "ITIN 91170-1234", value: "91170-1234", min: 0.9 },
  { type: "US_SSN", text: "SSN list (1) 536-22-8726", value: "536-22-8726", min: 0.9 },
  { type: "US_SSN", text: "my SSN is 078-05-1123.", value: "078-05-1123", min: 0.9 },
  { type: "US_SSN", text: "078-051121 07805-1121", value: "07805-1121", min: 0.5 },
  { type: "US_SSN", text: "abc 078 05 1123 abc", value: "078 05 1123", min: 0.5, max: 0.7 },
  { type: "US_SSN", text: "078051121", value: "078051121", min: 0.2, max: 0.45 },
  { type: "US_SSN", text: "SSN 078-05-1120", value: null, min: 0 },
  { type: "US_SSN", text: "ssn 666-12-3456 and 078-00-1123", value: null, min: 0 },
  { type: "US_SSN", text: "693-09.4444", value: null, min: 0 },
  { type: "US_SSN", text: "order 078-05-1123 shipped", value: "078-05-1123", min: 0.2, max: 0.35 },
  { type: "US_ITIN", text: "my ITIN: 911-70-1234", value: "911-70-1234", min: 0.9 },
  { type: "US_ITIN", text: "my tax id 911-89-1234", value: null, min: 0 },
  { type: "ABA_ROUTING_NUMBER", text: "routing number 121000358", value: "121000358", min: 0.9 },
  { type: "ABA_ROUTING_NUMBER", text: "3222-7162-7", value: "3222-7162-7", min: 0.55 },
  { type: "ABA_ROUTING_NUMBER", text: "421042111", value: null, min: 0 },
  { type: "US_NPI", text: "NPI: 1234567893", value: "1234567893", min: 0.9 },
  { type: "US_NPI", text: "NPI: 1234567890", value: null, min: 0 },
  { type: "US_MBI", text: "Medicare ID: 1EG4-TE5-MK73", value: "1EG4-TE5-MK73", min: 0.9 },
  { type: "US_MBI", text: "1SG4-TE5-MK73", value: null, min: 0 },
  { type: "US_PASSPORT", text: "my passport is A12803456", value: "A12803456", min: 0.8 },
  { type: "US_PASSPORT", text: "passport number 912803456", value: "912803456", min: 0.75 },
  { type: "US_PASSPORT", text: "ticket 912803456", value: null, min: 0.2 },
  { type: "US_DRIVER_LICENSE", text: "driver license: H12234567", value: "H12234567", min: 0.7 },
  { type: "US_DRIVER_LICENSE", text: "Florida driver's license W426-545-30-761-0", value: "W426-545-30-761-0", min: 0.7 },
  { type: "US_DRIVER_LICENSE", text: "driver license #: S530-4609-4120", value: "S530-4609-4120", min: 0.7 },
  { type: "US_DRIVER_LICENSE", text: "part W426-545-30-761-0 in stock", value: null, min: 0.1 },
  { type: "US_DRIVER_LICENSE", text: "H12234567", value: null, min: 0.2 },
  { type: "US_DRIVER_LICENSE", text: "Driver's license: 34931843", value: "34931843", min: 0.7 },
  { type: "US_BANK_NUMBER", text: "checking account 945456787654", value: "945456787654", min: 0.7 },
  { type: "US_BANK_NUMBER", text: "945456787654", value: null, min: 0.1 },
  { type: "US_SSN", text: "My social insurance number is 431038298.", value: null, min: 0.5 },
  { type: "US_SSN", text: "lat 37.774929, lon -122.419416", value: null, min: 0 },
  { type: "US_PASSPORT", text: "UK passport number 707461998", value: null, min: 0.5 },
  // code: the member name nearest the number labels it, and the words after `||` label something else
  { type: "US_BANK_NUMBER", text: "if (user.id === 1090370264 || account.balance > 52755119) {}", value: null, min: 0.5 },
  { type: "US_BANK_NUMBER", text: "account_number = 52755119", value: "52755119", min: 0.7 },
  { type: "US_BANK_NUMBER", text: "Please wire it to ABA 613676559, account ending 4821.", value: null, min: 0.5 },
];

describe("usIdsScanner", () => {
  it.each(cases)("%j", ({ type, text, value, min = 0.5, max = 1 }) => {
    expectCase(usIdsScanner, type, { text, value, min, max });
  });
});
