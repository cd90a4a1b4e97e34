import { describe, expect, it } from "vitest";
import { latamIdsScanner } from "./latam-ids-detector.js";
import { expectCase, hitsOf } from "./test-support/hits.js";
import { arCuitValid, brCnpjValid, brCpfValid, clRutValid, coNitValid, mxCurpValid, mxRfcVerdict } from "./validators/latam-ids.js";

interface TypedCase {
  type: string;
  text: string;
  value: string | null;
  min?: number;
  max?: number;
}

// 111.444.777-35 and 11.222.333/0001-81 are the Receita Federal's usual worked examples; 30-50001091-2 is AFIP's own
// CUIT; HEGG560427MVZRRL04 is RENAPO's sample CURP
const cases: TypedCase[] = [
  { type: "BR_CPF", text: "Cliente João, CPF 111.444.777-35, nascido em 1990", value: "111.444.777-35", min: 0.9 },
  { type: "BR_CPF", text: "boleto para 111.444.777-35", value: "111.444.777-35", min: 0.6, max: 0.8 },
  { type: "BR_CPF", text: "pode emitir a nota no meu cpf? 11144477735", value: "11144477735", min: 0.9 },
  { type: "BR_CPF", text: "Cadastro de Pessoas Físicas: 11144477735", value: "11144477735", min: 0.9 },
  { type: "BR_CPF", text: "número do contribuinte 11144477735", value: "11144477735", min: 0.9 },
  // a bare run of eleven digits passes the two check digits once in a hundred: no label, no finding
  { type: "BR_CPF", text: "pedido 11144477735 enviado", value: null, min: 0.01 },
  { type: "BR_CPF", text: "ref 11144477735", value: null, min: 0.01 },
  // wrong check digits, and a repeated digit (passes the arithmetic, never issued)
  { type: "BR_CPF", text: "CPF 111.444.777-36", value: null, min: 0 },
  { type: "BR_CPF", text: "CPF 111.111.111-11", value: null, min: 0 },
  // another grouping of valid digits is weak without its label
  { type: "BR_CPF", text: "code 111-444-777-35", value: null, min: 0.5 },
  { type: "BR_CPF", text: "order no. 111.444.777-35", value: null, min: 0.5 },
  { type: "BR_CNPJ", text: "Empresa XYZ Ltda, CNPJ 11.222.333/0001-81", value: "11.222.333/0001-81", min: 0.9 },
  { type: "BR_CNPJ", text: "fornecedor 11.222.333/0001-81", value: "11.222.333/0001-81", min: 0.7, max: 0.8 },
  { type: "BR_CNPJ", text: "CNPJ 11.222.333/0001-82", value: null, min: 0 },
  { type: "BR_CNPJ", text: "11222333000181", value: "11222333000181", max: 0.4, min: 0.2 },
  { type: "AR_CUIT", text: "CUIT: 30-50001091-2", value: "30-50001091-2", min: 0.9 },
  { type: "AR_CUIT", text: "mi CUIL es 20123456786", value: "20123456786", min: 0.9 },
  { type: "AR_CUIT", text: "factura a 20-12345678-6", value: "20-12345678-6", min: 0.6, max: 0.7 },
  { type: "AR_CUIT", text: "CUIT 20-12345678-5", value: null, min: 0 },
  // 50 is no type prefix AFIP issues
  { type: "AR_CUIT", text: "CUIT 50-12345678-0", value: null, min: 0 },
  { type: "CL_RUT", text: "RUT 12.345.678-5", value: "12.345.678-5", min: 0.9 },
  { type: "CL_RUT", text: "paciente 7.654.321-6 ingresó", value: "7.654.321-6", min: 0.55, max: 0.65 },
  { type: "CL_RUT", text: "mi RUN es 12345678-5", value: "12345678-5", min: 0.9 },
  { type: "CL_RUT", text: "código 12345678-5", value: "12345678-5", min: 0.2, max: 0.35 },
  { type: "CL_RUT", text: "RUT 12.345.678-K", value: null, min: 0 },
  { type: "CL_RUT", text: "RUT 1.000.005-K", value: "1.000.005-K", min: 0.9 },
  { type: "CL_RUT", text: "v1.12.345.678-5", value: null, min: 0 },
  { type: "MX_CURP", text: "CURP: HEGG560427MVZRRL04", value: "HEGG560427MVZRRL04", min: 0.95 },
  { type: "MX_CURP", text: "registro HEGG560427MVZRRL04 aprobado", value: "HEGG560427MVZRRL04", min: 0.75, max: 0.85 },
  { type: "MX_CURP", text: "CURP: HEGG560427MVZRRL05", value: null, min: 0 },
  // ZZ is no state code
  { type: "MX_CURP", text: "HEGG560427MZZRRL04", value: null, min: 0 },
  // Argentine and Peruvian DNI: no check digit, so only under a DNI label; dotted or 7 digits is Argentina's way
  { type: "AR_DNI", text: "Titular: Martín Ferreyra, DNI 30.123.456, domicilio en Rosario", value: "30.123.456", min: 0.85 },
  { type: "AR_DNI", text: "Documento Nacional de Identidad: 7.654.321", value: "7.654.321", min: 0.85 },
  { type: "AR_DNI", text: "mi número de documento es 28456123", value: "28456123", min: 0.85 },
  { type: "AR_DNI", text: "adjunto copia, el 32987654 es mi DNI", value: "32987654", min: 0.85 },
  { type: "AR_DNI", text: "pedido 30123456 despachado", value: null, min: 0 },
  { type: "AR_DNI", text: "Tel. 30.123.456", value: null, min: 0 },
  // a Spanish DNI has its control letter; a Chilean RUT its check character after the dash
  { type: "AR_DNI", text: "DNI 12345678Z", value: null, min: 0 },
  { type: "AR_DNI", text: "DNI 12345678-Z", value: null, min: 0 },
  { type: "AR_DNI", text: "DNI 12345678-5", value: null, min: 0 },
  { type: "AR_DNI", text: "DNI 123.456.789.012", value: null, min: 0 },
  // "dní"/"dni" after a number are days in Czech and Polish
  { type: "AR_DNI", text: "Faktura ze dne 14. 3. 2026, splatnost 14 dní, variabilní symbol 20260412.", value: null, min: 0 },
  { type: "AR_DNI", text: "termin płatności 30 dni, numer 20260412", value: null, min: 0 },
  { type: "AR_DNI", text: "mi dni es 30123456", value: "30123456", min: 0.85 },
  { type: "PE_DNI", text: "Cliente con DNI 45781236, domicilio en Miraflores, Lima", value: "45781236", min: 0.85 },
  { type: "PE_DNI", text: "DNI: 07318452", value: "07318452", min: 0.85 },
  { type: "PE_DNI", text: "DNI 30.123.456", value: null, min: 0 },
  { type: "CO_CEDULA", text: "Paciente identificada con C.C. 1.020.345.678 de Bogotá", value: "1.020.345.678", min: 0.8 },
  { type: "CO_CEDULA", text: "cédula de ciudadanía 52345678", value: "52345678", min: 0.8 },
  { type: "CO_CEDULA", text: "factura 1.020.345.678", value: null, min: 0 },
  // DIAN's own NIT and a firm's; a wrong check digit; without the label the dotted form stays below 0.5
  { type: "CO_NIT", text: "DIAN, NIT 800.197.268-4", value: "800.197.268-4", min: 0.9 },
  { type: "CO_NIT", text: "NIT: 8001972684", value: "8001972684", min: 0.9 },
  { type: "CO_NIT", text: "NIT 800.197.268-5", value: null, min: 0 },
  { type: "CO_NIT", text: "proveedor 800.197.268-4", value: null, min: 0.5 },
  // Mexican RFC: GODE561231GR8 (a person's) and SPM1410037E8 (a company's) pass the check character
  { type: "MX_RFC", text: "RFC: GODE561231GR8", value: "GODE561231GR8", min: 0.95 },
  { type: "MX_RFC", text: "facturar a GODE561231GR8 por favor", value: "GODE561231GR8", min: 0.75, max: 0.85 },
  { type: "MX_RFC", text: "Razón social Servicios SPM, R.F.C. SPM1410037E8", value: "SPM1410037E8", min: 0.95 },
  { type: "MX_RFC", text: "RFC GODE 561231 GR8", value: "GODE 561231 GR8", min: 0.95 },
  { type: "MX_RFC", text: "su RFC es GODE-561231-GR8.", value: "GODE-561231-GR8", min: 0.95 },
  // a failing check character is an RFC only under its label; the SAT's generic RFCs are no one's
  { type: "MX_RFC", text: "RFC GODE561231GR9", value: "GODE561231GR9", min: 0.65, max: 0.75 },
  { type: "MX_RFC", text: "lote GODE561231GR9", value: null, min: 0.5 },
  { type: "MX_RFC", text: "RFC genérico XAXX010101000", value: null, min: 0 },
  // month 13 is no date
  { type: "MX_RFC", text: "RFC GODE561331GR8", value: null, min: 0 },
  { type: "MX_RFC", text: "build ABCD991231XY7", value: null, min: 0.5 },
];

describe("latamIdsScanner", () => {
  it.each(cases)("%j", ({ type, text, value, min = 0.5, max = 1 }) => {
    expectCase(latamIdsScanner, type, { text, value, min, max });
  });

  it("reports a CPF once, with its label, in a sentence with other numbers", () => {
    const hits = hitsOf(latamIdsScanner, "Oi, CEP 22070-012. CPF 485.369.916-31.");
    expect(hits.map((h) => [h.type, h.value])).toEqual([["BR_CPF", "485.369.916-31"]]);
  });
});

describe("latam validators", () => {
  it.each([
    [brCpfValid, "11144477735", true], [brCpfValid, "11144477734", false], [brCpfValid, "00000000000", false],
    [brCnpjValid, "11222333000181", true], [brCnpjValid, "11222333000180", false],
    [arCuitValid, "30500010912", true], [arCuitValid, "30500010913", false],
    [mxCurpValid, "HEGG560427MVZRRL04", true], [mxCurpValid, "hegg560427mvzrrl04", true], [mxCurpValid, "HEGG561327MVZRRL04", false],
  ] as const)("%o(%s) = %s", (fn, v, ok) => {
    expect(fn(v)).toBe(ok);
  });
  it("Mexican RFC: check character over the twelve padded characters", () => {
    expect(mxRfcVerdict("GODE561231GR8")).toBe("checked");
    expect(mxRfcVerdict("gode561231gr8")).toBe("checked");
    expect(mxRfcVerdict("SPM1410037E8")).toBe("checked");
    expect(mxRfcVerdict("GODE561231GR9")).toBe("structure");
    expect(mxRfcVerdict("GODE560231GR8".replace("0231", "0200"))).toBe("invalid");
    expect(mxRfcVerdict("XEXX010101000")).toBe("invalid");
    expect(mxRfcVerdict("GO1E561231GR8")).toBe("invalid");
  });
  it("Colombian NIT check digit", () => {
    expect(coNitValid("800197268", "4")).toBe(true);
    expect(coNitValid("890903938", "8")).toBe(true);
    expect(coNitValid("800197268", "3")).toBe(false);
    expect(coNitValid("000000000", "0")).toBe(false);
  });
  it("Chilean check character K and 0", () => {
    expect(clRutValid("12345678", "5")).toBe(true);
    // body 1000005, weights from the right 2,3,4,5,6,7,2: 5*2 + 1*2 = 12, 11 - 12 mod 11 = 10, written K
    expect(clRutValid("1000005", "K")).toBe(true);
    expect(clRutValid("1000005", "k")).toBe(true);
    expect(clRutValid("1000005", "5")).toBe(false);
    // body 1000013: 3*2 + 1*3 + 1*2 = 11, 11 - 0 = 11, written 0
    expect(clRutValid("1000013", "0")).toBe(true);
    expect(clRutValid("0123456", "0")).toBe(false);
  });
});
