import { describe, expect, it } from "vitest";
import { checkpointSchema, consistencyFileSchema, parseEvidenceFile, parseProofFile } from "./proof-file-schema.js";

const h = (c: string) => c.repeat(64);
const entry = { seq: 4, kind: "admin", requestId: "r", time: 1_700_000_000_000, tenant: "", app: "", keyId: "", meta: "{}", keyVersion: null, payloadDigest: null, originalDigest: null, prevHash: h("a"), auditPath: [h("b")] };
const file = { format: "warden-audit-inclusion-proof/1", requestId: "r", checkpoint: { seq: 10, hash: h("c"), root: h("d"), time: 1_700_000_000_001, publicKey: "pk", signature: "sig" }, entries: [entry] };

describe("parseProofFile", () => {
  it("accepts the shape `warden audit prove` writes", () => {
    expect("proof" in parseProofFile(file)).toBe(true);
  });

  it.each([
    ["a fractional time (hashes like its integer part)", { ...file, entries: [{ ...entry, time: entry.time + 0.5 }] }, /entries\.0\.time/],
    ["a fractional seq", { ...file, entries: [{ ...entry, seq: 4.0000001 }] }, /entries\.0\.seq/],
    ["meta as an object (made the check throw)", { ...file, entries: [{ ...entry, meta: { a: 1 } }] }, /entries\.0\.meta/],
    ["no audit path (made the check throw)", { ...file, entries: [{ ...entry, auditPath: undefined }] }, /entries\.0\.auditPath/],
    ["one record twice (counted as two)", { ...file, entries: [entry, entry] }, /more than once/],
    ["no records", { ...file, entries: [] }, /no records/],
    ["a digest that is not a hash", { ...file, entries: [{ ...entry, payloadDigest: "ab" }] }, /entries\.0\.payloadDigest/],
    ["another format", { ...file, format: "x" }, /format/],
    ["not an object", "proof", /\(file\)/],
  ])("refuses %s, naming the field", (_what, raw, message) => {
    const r = parseProofFile(raw);
    expect("problems" in r && r.problems.join("; ")).toMatch(message);
  });
});

describe("parseEvidenceFile", () => {
  it("returns a checkpoint as exported, without its frontier", () => {
    expect(parseEvidenceFile(checkpointSchema, { ...file.checkpoint, frontier: [h("e")] }, "cp.json", "a checkpoint file")).toEqual(file.checkpoint);
  });

  it.each([
    [checkpointSchema, {}, /cp\.json is not it: seq: Required; hash: Required/],
    [checkpointSchema, { ...file.checkpoint, seq: "10" }, /seq: Expected number/],
    [checkpointSchema, null, /\(file\): Expected object, received null/],
    [consistencyFileSchema, { format: "warden-audit-consistency-proof/1", old: file.checkpoint, new: file.checkpoint }, /proof: Required/],
  ])("throws naming the file and each problem (%#)", (schema, raw, message) => {
    expect(() => parseEvidenceFile(schema, raw, "cp.json", "it")).toThrow(message);
  });
});
