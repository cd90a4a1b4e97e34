import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bech32Decode, bech32Encode } from "../../src/file-crypto/bech32.js";
import { decodeBase64Raw, encodeBase64Raw } from "../../src/file-crypto/base64-raw.js";
import { buildHeader, createEncryptStream, inspectFile, parseHeader, type Recipient, X25519Identity, X25519Recipient } from "../../src/file-crypto/index.js";
import { decryptBytes, decryptCode, encryptBytes, pseudoRandom, tempDir, removeTempDirs } from "./helpers.js";

const codeOf = (f: () => unknown): string => {
  try {
    f();
    return "ok";
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
};

describe("encodings", () => {
  it("bech32: round trip; rejects a changed character, mixed case, and non-zero padding", () => {
    const data = pseudoRandom(32, 1);
    const s = bech32Encode("age", data);
    expect(bech32Decode(s)).toEqual({ hrp: "age", data });
    expect(bech32Decode(s.toUpperCase())?.data).toEqual(data);
    const changed = s.slice(0, 10) + (s[10] === "q" ? "p" : "q") + s.slice(11);
    expect(bech32Decode(changed)).toBeUndefined();
    expect(bech32Decode(s.slice(0, 5) + s.slice(5).toUpperCase())).toBeUndefined();
    // BIP 173 test vector: valid checksum, empty data part.
    expect(bech32Decode("A12UEL5L")).toEqual({ hrp: "a", data: Buffer.alloc(0) });
  });

  it("base64: unpadded, canonical only", () => {
    expect(encodeBase64Raw(Buffer.from("ab"))).toBe("YWI");
    expect(decodeBase64Raw("YWI")).toEqual(Buffer.from("ab"));
    expect(decodeBase64Raw("YWI=")).toBeUndefined();
    expect(decodeBase64Raw("YWJ")).toBeUndefined(); // non-zero trailing bits
    expect(decodeBase64Raw("YW I")).toBeUndefined();
  });

  it("keys: parse what keygen prints; reject the wrong kind, case or length (without echoing secrets)", () => {
    const id = X25519Identity.generate();
    expect(X25519Identity.parse(id.toString()).recipient().toString()).toBe(id.recipient().toString());
    expect(id.toString()).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(id.recipient().toString()).toMatch(/^age1[0-9a-z]{58}$/);
    expect(codeOf(() => X25519Recipient.parse(id.toString()))).toBe("WARDEN_CRYPTO_KEY_INVALID");
    expect(codeOf(() => X25519Identity.parse(id.recipient().toString()))).toBe("WARDEN_CRYPTO_KEY_INVALID");
    expect(codeOf(() => X25519Identity.parse(id.toString().toLowerCase()))).toBe("WARDEN_CRYPTO_KEY_INVALID");
    expect(codeOf(() => X25519Recipient.parse(bech32Encode("age", pseudoRandom(31))))).toBe("WARDEN_CRYPTO_KEY_INVALID");
    try {
      X25519Identity.parse(`${id.toString()}x`);
    } catch (err) {
      expect(String((err as Error).message)).not.toContain(id.toString());
    }
  });
});

describe("header", () => {
  /** A recipient that writes a stanza with a body of `n` bytes, to test line wrapping. */
  const fixed = (n: number): Recipient => ({ wrapFileKey: async () => [{ type: "test-fixed", args: ["a", "b"], body: pseudoRandom(n, n + 1) }] });

  it.each([0, 1, 47, 48, 49, 96, 200])("a %i-byte stanza body is wrapped at 64 columns with a short last line, and parses back", async (n) => {
    const { header } = await buildHeader([fixed(n)]);
    const text = header.toString("latin1");
    const bodyLines = text.split("\n").slice(2, -2);
    expect(bodyLines.every((l) => l.length <= 64)).toBe(true);
    expect((bodyLines.at(-1) as string).length).toBeLessThan(64);
    const parsed = parseHeader(header, true);
    expect(parsed?.stanzas).toEqual([{ type: "test-fixed", args: ["a", "b"], body: pseudoRandom(n, n + 1) }]);
    expect(parsed?.length).toBe(header.length);
  });

  it("waits for more bytes while incomplete; rejects malformed headers", async () => {
    const { header } = await buildHeader([fixed(48)]);
    expect(parseHeader(header.subarray(0, header.length - 1), false)).toBeUndefined();
    const mutate = (from: string, to: string): Buffer => Buffer.from(header.toString("latin1").replace(from, to), "latin1");
    const lines = header.toString("latin1").split("\n");
    const full = lines[2] as string; // a 64-column body line
    expect(codeOf(() => parseHeader(mutate(`${full}\n\n`, `${full}\n`), true))).toBe("WARDEN_CRYPTO_HEADER_INVALID"); // missing short final line
    expect(codeOf(() => parseHeader(mutate(full, `${full}A`), true))).toBe("WARDEN_CRYPTO_HEADER_INVALID"); // 65 columns
    expect(codeOf(() => parseHeader(mutate("-> test-fixed a b", "-> test-fixed a  b"), true))).toBe("WARDEN_CRYPTO_HEADER_INVALID"); // empty argument
    expect(codeOf(() => parseHeader(mutate("-> test-fixed a b\n", "-> test-fixed a b\r\n"), true))).toBe("WARDEN_CRYPTO_HEADER_INVALID");
    expect(codeOf(() => parseHeader(mutate("--- ", "---"), true))).toBe("WARDEN_CRYPTO_HEADER_INVALID");
    expect(codeOf(() => parseHeader(Buffer.from("age-encryption.org/v1\n--- AAAA\n"), true))).toBe("WARDEN_CRYPTO_HEADER_INVALID");
    expect(codeOf(() => parseHeader(Buffer.from("-----BEGIN AGE ENCRYPTED FILE-----\n"), true))).toBe("WARDEN_CRYPTO_HEADER_INVALID");
    expect(codeOf(() => parseHeader(Buffer.from("age-encryption.org/v2\n"), true))).toBe("WARDEN_CRYPTO_HEADER_INVALID");
    expect(codeOf(() => parseHeader(Buffer.from("PK\u0003\u0004"), true))).toBe("WARDEN_CRYPTO_NOT_ENCRYPTED");
  });

  it("an X25519 stanza with a wrong-sized share or body is malformed, not merely someone else's", async () => {
    const id = X25519Identity.generate();
    const c = (await encryptBytes(Buffer.from("x"), [id.recipient()])).toString("latin1");
    const share = /-> X25519 (\S+)/.exec(c)?.[1] as string;
    const shorter = Buffer.from(c.replace(share, share.slice(0, 40)), "latin1");
    expect(await decryptCode(shorter, [id])).toBe("WARDEN_CRYPTO_HEADER_INVALID");
  });

  it("a stanza of an unknown type is skipped (another tool's recipient), as age requires", async () => {
    const id = X25519Identity.generate();
    const c = await encryptBytes(Buffer.from("mixed"), [fixed(10), id.recipient()]);
    expect((await decryptBytes(c, [id])).toString()).toBe("mixed");
  });
});

describe("inspectFile", () => {
  it("reports recipients and the plaintext size without a key; an impossible payload size is flagged", async () => {
    const dir = tempDir();
    const id = X25519Identity.generate();
    const c = await encryptBytes(pseudoRandom(200_000, 2), [id.recipient(), id.recipient()]);
    writeFileSync(join(dir, "a.age"), c);
    expect(await inspectFile(join(dir, "a.age"))).toMatchObject({ armored: false, recipients: [{ type: "X25519" }, { type: "X25519" }], plaintextBytes: 200_000, chunks: 4 });
    const headerLen = c.indexOf(0x0a, c.indexOf("\n---") + 1) + 1;
    writeFileSync(join(dir, "cut.age"), c.subarray(0, headerLen + 16 + 5));
    expect((await inspectFile(join(dir, "cut.age"))).plaintextBytes).toBeUndefined();
    writeFileSync(join(dir, "plain.txt"), "hello");
    await expect(inspectFile(join(dir, "plain.txt"))).rejects.toMatchObject({ code: "WARDEN_CRYPTO_NOT_ENCRYPTED" });
  });
});

const hasAgeCli = spawnSync("age", ["--version"]).status === 0;

describe.skipIf(!hasAgeCli)("interoperability with the age command-line tool (when installed)", () => {
  it("age decrypts ours and we decrypt age's, across several chunks", async () => {
    const dir = tempDir();
    const id = X25519Identity.generate();
    writeFileSync(join(dir, "key.txt"), `${id.toString()}\n`);
    const plain = pseudoRandom(3 * 65536 + 99, 21);
    writeFileSync(join(dir, "ours.age"), await encryptBytes(plain, [id.recipient()]));
    expect(execFileSync("age", ["-d", "-i", join(dir, "key.txt"), join(dir, "ours.age")]).equals(plain)).toBe(true);
    writeFileSync(join(dir, "plain.bin"), plain);
    execFileSync("age", ["-r", id.recipient().toString(), "-o", join(dir, "theirs.age"), join(dir, "plain.bin")]);
    expect((await decryptBytes(readFileSync(join(dir, "theirs.age")), [id])).equals(plain)).toBe(true);
    execFileSync("age", ["-a", "-r", id.recipient().toString(), "-o", join(dir, "theirs.asc"), join(dir, "plain.bin")]);
    expect((await decryptBytes(readFileSync(join(dir, "theirs.asc")), [id])).equals(plain)).toBe(true);
    const armored = await createEncryptStream([id.recipient()], { armor: true });
    const chunks: Buffer[] = [];
    armored.on("data", (c: Buffer) => chunks.push(c));
    armored.end(plain);
    await new Promise((r) => armored.on("end", r));
    writeFileSync(join(dir, "ours.asc"), Buffer.concat(chunks));
    expect(execFileSync("age", ["-d", "-i", join(dir, "key.txt"), join(dir, "ours.asc")]).equals(plain)).toBe(true);
  });
});

afterAll(removeTempDirs);
