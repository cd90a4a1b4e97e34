import { describe, expect, it } from "vitest";
import { addressScanner } from "./address-detector.js";
import { hitsOf } from "./test-support/hits.js";

/**
 * Street address forms of Germany (hyphenated street names), Italy (elided particles, province codes), Brazil
 * (district, town - state, CEP), Mexico (colonia, postcode, town, state), Argentina (CPA postcodes), Peru, the
 * Netherlands (floor suffixes; two-word streets and towns), Korea (romanised road names), Japan (multi-line block
 * addresses), Ireland (Eircode after town and county) and South Africa (four-digit code after the town), through the
 * address scanner: each row gives the text and the one ADDRESS span expected at or above the 0.55 threshold.
 */
const addresses = (text: string): string[] => hitsOf(addressScanner, text, "ADDRESS").filter((h) => h.score >= 0.55).map((h) => h.value);

describe("street address forms", () => {
  it.each([
    ["Deliver to Karl-Liebknecht-Straße 88, 04275 Leipzig. Contact 0170", "Karl-Liebknecht-Straße 88, 04275 Leipzig"],
    ["Absender:\nHannah Weiß\nKarl-Liebknecht-Straße 88\n04275 Leipzig\nDeutschland", "Karl-Liebknecht-Straße 88\n04275 Leipzig"],
    ["Anschrift: Konrad-Adenauer-Platz 3, 53113 Bonn", "Konrad-Adenauer-Platz 3, 53113 Bonn"],
    ["Patient: Lindenstraße 17a, 10435 Berlin\nDiagnose: ok", "Lindenstraße 17a, 10435 Berlin"],
    ["Address: Via dell'Indipendenza 31, 40121 Bologna BO", "Via dell'Indipendenza 31, 40121 Bologna BO"],
    ["Spedire a Piazza dell'Unità 4, 34121 Trieste", "Piazza dell'Unità 4, 34121 Trieste"],
    ["endereço: Rua Augusta, 1508, apto 72, São Paulo - SP, 01304-001 ok", "Rua Augusta, 1508, apto 72, São Paulo - SP, 01304-001"],
    ["Att.\nRua Augusta, 1508, apto 72\nSão Paulo - SP\n01304-001\n\nPrezado", "Rua Augusta, 1508, apto 72\nSão Paulo - SP\n01304-001"],
    ["Rua das Flores 210, ap. 32, Boa Viagem, Recife - PE, 51020-120", "Rua das Flores 210, ap. 32, Boa Viagem, Recife - PE, 51020-120"],
    ["Envío a Calle Tonalá 22, Int. 5, Col. Roma Norte, 06700 Ciudad de México, CDMX", "Calle Tonalá 22, Int. 5, Col. Roma Norte, 06700 Ciudad de México, CDMX"],
    ["Av. Chapultepec Sur 120, Col. Americana, 44160 Guadalajara, Jal.", "Av. Chapultepec Sur 120, Col. Americana, 44160 Guadalajara, Jal"],
    ["Dirección: Av. Corrientes 1847, piso 5 depto. B, C1045AAB CABA, tel.", "Av. Corrientes 1847, piso 5 depto. B, C1045AAB CABA"],
    ["Dirección: Av. Arequipa 2450, Dpto 302, Lince, Lima 15046", "Av. Arequipa 2450, Dpto 302, Lince, Lima 15046"],
    ["Adres: Oudegracht 746-I, 3304 FA Utrecht", "Oudegracht 746-I, 3304 FA Utrecht"],
    ["New: 12 Yanghwa-ro 16-gil, Mapo-gu, Seoul 04039. Account holder", "12 Yanghwa-ro 16-gil, Mapo-gu, Seoul 04039"],
    ["Lee Ji-eun, 1204-ho, 152 Teheran-ro, Gangnam-gu, Seoul 06236", "1204-ho, 152 Teheran-ro, Gangnam-gu, Seoul 06236"],
    ["office at 175 Sejong-daero, Jongno-gu, Seoul", "175 Sejong-daero, Jongno-gu, Seoul"],
    ["Kenji Watanabe\n2-14-7 Nishitenma\nKita-ku, Osaka 530-0047\n\nDear Kenji", "2-14-7 Nishitenma\nKita-ku, Osaka 530-0047"],
    ["current address Flat 9C, Marine Drive Towers, Kochi 682031, employer", "Flat 9C, Marine Drive Towers, Kochi 682031"],
    ["at 19 Ashgrove Park, Naas, Co. Kildare W91 K7P3 today", "19 Ashgrove Park, Naas, Co. Kildare W91 K7P3"],
    ["Address: 212 Harbour View, Dún Laoghaire, Co. Dublin A96 X2K4", "212 Harbour View, Dún Laoghaire, Co. Dublin A96 X2K4"],
    ["reach me at 12 Brookfield Terrace, Cork T12 Y8KD", "12 Brookfield Terrace, Cork T12 Y8KD"],
    ["ship to 14 Jacaranda Avenue, Pretoria 0181 please", "14 Jacaranda Avenue, Pretoria 0181"],
    ["deliver to 47 Long Street, Cape Town, 8001", "47 Long Street, Cape Town, 8001"],
    ["factuur voor Sem Mulder, Lange Voorhout 9, 2514 EA Den Haag, IBAN", "Lange Voorhout 9, 2514 EA Den Haag"],
  ])("%j", (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });

  it.each([
    "The Karl-Liebknecht-Straße has 88 trees and 12 benches.",
    "Via dell'Amore is 1 km long and closed in 2024 for repairs.",
    "We sold 1508 units in São Paulo - SP last year.",
    "Read chapter 12 of the Teheran-ro guide before the trip.",
    "Version 2-14 Release, Kita-ku build notes",
    "Flat 9C pricing: see the Towers Kochi brochure 682031 for details.",
    "Col. Sanders opened 120 stores, 44160 staff in Kentucky.",
    "Book 3 of the series sold 12000 copies in Lima and Bogotá.",
    "see Release Notes 9, 2514 EA Den Haag",
    "Gate 12 Departure, Dublin A96 boarding",
  ])("nothing in %j", (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
