import { describe, expect, it } from "vitest";
import { luhnValid, verhoeffValid, modString } from "./checksums.js";
import { ibanValid } from "./iban.js";
import { abaValid, itinValid, mbiValid, npiValid, ssnValid } from "./us-ids.js";
import {
  deSocialSecurityValid, deTaxIdValid, esNieValid, esNifValid, fiHetuValid, frNirValid, itFiscalCodeValid, nlBsnValid,
  ptNifValid,
  plPeselValid, sePersonnummerValid,
} from "./eu-ids.js";
import { auAbnValid, caSinValid, inAadhaarValid, sgNricValid, thTninValid, trNationalIdValid, ukNhsValid, ukNinoValid, zaIdValid } from "./intl-ids.js";
import { btcBase58Valid, btcBech32Valid, ethAddressCheck, keccak256Hex } from "./crypto-address.js";

const table: Array<[string, (s: string) => boolean, string, boolean]> = [
  ["luhn", luhnValid, "4111111111111111", true],
  ["luhn", luhnValid, "4111111111111112", false],
  ["luhn", luhnValid, "41111a1111111111", false],
  ["verhoeff", verhoeffValid, "2363", true],
  ["verhoeff", verhoeffValid, "2364", false],
  ["iban", ibanValid, "DE89370400440532013000", true],
  ["iban", ibanValid, "DE89370400440532013001", false],
  ["iban", ibanValid, "GB29NWBK60161331926819", true],
  ["iban bban letter where digits required", ibanValid, "GB291WBK60161331926819", false],
  ["iban wrong length", ibanValid, "DE8937040044053201300", false],
  ["ssn", ssnValid, "078051123", true],
  ["ssn woolworth sample", ssnValid, "078051120", false],
  ["ssn area 666", ssnValid, "666121234", false],
  ["ssn area 9xx", ssnValid, "912121234", false],
  ["ssn group 00", ssnValid, "078001123", false],
  ["itin", itinValid, "911701234", true],
  ["itin bad group", itinValid, "911891234", false],
  ["aba", abaValid, "121000358", true],
  ["aba bad prefix", abaValid, "421042111", false],
  ["aba bad check", abaValid, "123400000", false],
  ["npi", npiValid, "1234567893", true],
  ["npi", npiValid, "1234567890", false],
  ["mbi", mbiValid, "1EG4TE5MK73", true],
  ["mbi letter S", mbiValid, "1SG4TE5MK73", false],
  ["es nif", (s) => esNifValid(s.slice(0, -1), s.slice(-1)), "12345678Z", true],
  ["es nif", (s) => esNifValid(s.slice(0, -1), s.slice(-1)), "12345678A", false],
  ["es nie", (s) => esNieValid(s[0]!, s.slice(1, 8), s[8]!), "X9613851N", true],
  ["es nie", (s) => esNieValid(s[0]!, s.slice(1, 8), s[8]!), "Y8063915Q", false],
  ["it cf", itFiscalCodeValid, "RSSMRA85T10A562S", true],
  ["it cf", itFiscalCodeValid, "RSSMRA85T10A562T", false],
  ["pesel", plPeselValid, "44051401458", true],
  ["pesel", plPeselValid, "44051401459", false],
  ["hetu", fiHetuValid, "131052-308T", true],
  ["hetu", fiHetuValid, "131052-308U", false],
  ["personnummer", sePersonnummerValid, "198712202384", true],
  ["personnummer bad date", sePersonnummerValid, "200504422381", false],
  ["bsn", nlBsnValid, "111222333", true],
  ["bsn", nlBsnValid, "111222334", false],
  ["pt nif", ptNifValid, "285485318", true],
  ["pt nif", ptNifValid, "501964843", true],
  ["pt nif", ptNifValid, "285485319", false],
  ["pt nif", ptNifValid, "011111110", false],
  ["nir", frNirValid, "255081416802538", true],
  ["nir", frNirValid, "255081416802539", false],
  ["de tax id", deTaxIdValid, "12345678903", true],
  ["de tax id 4 repeats", deTaxIdValid, "11112345678", false],
  ["de rvnr", deSocialSecurityValid, "15070649C103", true],
  ["de rvnr month 13", deSocialSecurityValid, "15071349C103", false],
  ["abn", auAbnValid, "51824753556", true],
  ["abn", auAbnValid, "52824753556", false],
  ["sin", caSinValid, "130692544", true],
  ["sin starts 0", caSinValid, "046454286", false],
  ["aadhaar", inAadhaarValid, "234123412346", true],
  ["aadhaar", inAadhaarValid, "234123412345", false],
  ["nric", sgNricValid, "S2740116C", true],
  ["nric", sgNricValid, "S2740116D", false],
  ["tnin", thTninValid, "1234567890121", true],
  ["tnin", thTninValid, "1234567890123", false],
  ["tckn", trNationalIdValid, "10000000146", true],
  ["tckn", trNationalIdValid, "10000000145", false],
  ["za id", zaIdValid, "8001015009087", true],
  ["za id", zaIdValid, "8001015009086", false],
  ["nhs", ukNhsValid, "4010232137", true],
  ["nhs", ukNhsValid, "4010232138", false],
  ["nino", ukNinoValid, "AA123456B", true],
  ["nino bad prefix", ukNinoValid, "BG123612A", false],
  ["btc base58", btcBase58Valid, "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", true],
  ["btc base58 bad", btcBase58Valid, "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY", false],
  ["bech32", btcBech32Valid, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", true],
  ["bech32m", btcBech32Valid, "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", true],
  ["bech32 bad", btcBech32Valid, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr", false],
];

describe("validators", () => {
  it.each(table)("%s(%s)", (_name, fn, value, expected) => {
    expect(fn(value)).toBe(expected);
  });

  it("computes mod 97 of long strings", () => {
    expect(modString("3214282912345698765432161182", 97)).toBe(1);
  });

  it("keccak-256 and EIP-55", () => {
    expect(keccak256Hex("")).toBe("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    expect(ethAddressCheck("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).toBe("checksummed");
    expect(ethAddressCheck("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")).toBe("invalid");
    expect(ethAddressCheck("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).toBe("uncased");
  });
});
