import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decryptFile, SEALED_CHUNK_SIZE, X25519Identity } from "../../src/file-crypto/index.js";
import { decryptCode, encryptBytes, entries, pseudoRandom, tempDir, removeTempDirs } from "./helpers.js";

const alice = X25519Identity.generate();
const bob = X25519Identity.generate();
// Two full chunks and a short last one, for alice and bob.
const PLAIN = pseudoRandom(2 * 65536 + 5000, 42);
const CIPHER = await encryptBytes(PLAIN, [alice.recipient(), bob.recipient()]);
const HEADER_LEN = CIPHER.indexOf(0x0a, CIPHER.indexOf("\n---") + 1) + 1;
const PAYLOAD = HEADER_LEN + 16;
const chunkStart = (i: number): number => PAYLOAD + i * SEALED_CHUNK_SIZE;

const flip = (buf: Buffer, at: number, bit = 0x01): Buffer => {
  const b = Buffer.from(buf);
  b[at] = (b[at] as number) ^ bit;
  return b;
};
/** Replace one base64 character of the header with another valid one (the header stays well-formed). */
const swapB64 = (buf: Buffer, at: number): Buffer => {
  const b = Buffer.from(buf);
  b[at] = b[at] === 0x41 ? 0x42 : 0x41;
  return b;
};

/** Decrypt through the file API and check the error code and that nothing (no output, no temp file) is left. */
async function decryptFails(data: Buffer, code: string, identities = [alice]): Promise<void> {
  const dir = tempDir();
  writeFileSync(join(dir, "in.age"), data);
  await expect(decryptFile(join(dir, "in.age"), join(dir, "out.bin"), identities)).rejects.toMatchObject({ code });
  expect(entries(dir)).toEqual(["in.age"]);
}

describe("tampering, truncation, extension and wrong keys fail closed with distinct codes and leave nothing", () => {
  it("the untouched file decrypts (control)", async () => {
    expect(await decryptCode(CIPHER, [alice])).toBe("ok");
  });

  it("header: a changed MAC → HEADER_MAC", async () => {
    const macStart = CIPHER.indexOf("\n--- ") + 5;
    await decryptFails(swapB64(CIPHER, macStart + 3), "WARDEN_CRYPTO_HEADER_MAC");
  });

  it("header: another recipient's stanza changed (alice still unwraps) → HEADER_MAC", async () => {
    const header = CIPHER.subarray(0, HEADER_LEN).toString("latin1");
    const second = header.indexOf("-> X25519 ", header.indexOf("-> X25519 ") + 1);
    // Bob's stanza is second or first; change the one alice cannot open by trying both.
    const first = header.indexOf("-> X25519 ");
    const codes = await Promise.all([first, second].map((at) => decryptCode(swapB64(CIPHER, at + 12), [alice])));
    expect(codes.sort()).toEqual(["WARDEN_CRYPTO_HEADER_MAC", "WARDEN_CRYPTO_NO_IDENTITY"]);
  });

  it("header: a bit flipped in the version line → HEADER_INVALID; a flipped structure byte → HEADER_INVALID", async () => {
    await decryptFails(flip(CIPHER, "age-encryption.org/v".length), "WARDEN_CRYPTO_HEADER_INVALID");
    await decryptFails(flip(CIPHER, CIPHER.indexOf("\n-> ") + 2, 0x04), "WARDEN_CRYPTO_HEADER_INVALID");
  });

  it("payload nonce flipped → PAYLOAD_TAMPERED", async () => {
    await decryptFails(flip(CIPHER, HEADER_LEN + 3), "WARDEN_CRYPTO_PAYLOAD_TAMPERED");
  });

  it("a bit flipped in the body or the tag of a chunk followed by others → PAYLOAD_TAMPERED", async () => {
    for (const at of [chunkStart(0) + 10, chunkStart(1) + 30_000, chunkStart(1) - 1, chunkStart(2) - 16]) {
      await decryptFails(flip(CIPHER, at, 0x80), "WARDEN_CRYPTO_PAYLOAD_TAMPERED");
    }
  });

  it("a bit flipped in the last chunk (body or tag) → TRUNCATED_OR_MODIFIED (the format cannot tell it from a cut)", async () => {
    await decryptFails(flip(CIPHER, chunkStart(2) + 100), "WARDEN_CRYPTO_TRUNCATED_OR_MODIFIED");
    await decryptFails(flip(CIPHER, CIPHER.length - 1), "WARDEN_CRYPTO_TRUNCATED_OR_MODIFIED");
  });

  it("two chunks swapped → PAYLOAD_TAMPERED", async () => {
    const c0 = CIPHER.subarray(chunkStart(0), chunkStart(1));
    const c1 = CIPHER.subarray(chunkStart(1), chunkStart(2));
    await decryptFails(Buffer.concat([CIPHER.subarray(0, PAYLOAD), c1, c0, CIPHER.subarray(chunkStart(2))]), "WARDEN_CRYPTO_PAYLOAD_TAMPERED");
  });

  it("a middle chunk dropped → PAYLOAD_TAMPERED", async () => {
    await decryptFails(Buffer.concat([CIPHER.subarray(0, chunkStart(1)), CIPHER.subarray(chunkStart(2))]), "WARDEN_CRYPTO_PAYLOAD_TAMPERED");
  });

  it("truncated at a chunk boundary (the last chunk dropped, or after the first) → TRUNCATED", async () => {
    await decryptFails(CIPHER.subarray(0, chunkStart(2)), "WARDEN_CRYPTO_TRUNCATED");
    await decryptFails(CIPHER.subarray(0, chunkStart(1)), "WARDEN_CRYPTO_TRUNCATED");
  });

  it("truncated in the header, right after it, after the payload nonce, or inside a tag-sized tail → TRUNCATED", async () => {
    for (const end of [40, HEADER_LEN - 5, HEADER_LEN, HEADER_LEN + 8, PAYLOAD, chunkStart(1) + 10]) {
      await decryptFails(CIPHER.subarray(0, end), "WARDEN_CRYPTO_TRUNCATED");
    }
  });

  it("truncated inside a chunk → TRUNCATED_OR_MODIFIED (age has no length field: a cut last piece cannot be told from a modified one)", async () => {
    await decryptFails(CIPHER.subarray(0, chunkStart(1) + 30_000), "WARDEN_CRYPTO_TRUNCATED_OR_MODIFIED");
    await decryptFails(CIPHER.subarray(0, CIPHER.length - 100), "WARDEN_CRYPTO_TRUNCATED_OR_MODIFIED");
  });

  it("data appended after the last chunk → TRAILING_DATA (short tail, a whole extra chunk's worth after a full last chunk)", async () => {
    await decryptFails(Buffer.concat([CIPHER, Buffer.from("x")]), "WARDEN_CRYPTO_TRAILING_DATA");
    await decryptFails(Buffer.concat([CIPHER, pseudoRandom(250, 9)]), "WARDEN_CRYPTO_TRAILING_DATA");
    const full = await encryptBytes(pseudoRandom(65536, 1), [alice.recipient()]);
    await decryptFails(Buffer.concat([full, pseudoRandom(70_000, 2)]), "WARDEN_CRYPTO_TRAILING_DATA");
    const empty = await encryptBytes(Buffer.alloc(0), [alice.recipient()]);
    await decryptFails(Buffer.concat([empty, Buffer.from("\n")]), "WARDEN_CRYPTO_TRAILING_DATA");
  });

  it("a wrong identity → NO_IDENTITY; a file that is not age → NOT_ENCRYPTED; an empty file → NOT_ENCRYPTED", async () => {
    await decryptFails(CIPHER, "WARDEN_CRYPTO_NO_IDENTITY", [X25519Identity.generate()]);
    await decryptFails(Buffer.from("just,a,csv\n1,2,3\n"), "WARDEN_CRYPTO_NOT_ENCRYPTED");
    await decryptFails(Buffer.alloc(0), "WARDEN_CRYPTO_NOT_ENCRYPTED");
  });

  it("with --force, a failed decryption leaves an existing output untouched", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.age"), CIPHER.subarray(0, chunkStart(2)));
    writeFileSync(join(dir, "out.bin"), "previous");
    await expect(decryptFile(join(dir, "in.age"), join(dir, "out.bin"), [alice], { force: true })).rejects.toMatchObject({ code: "WARDEN_CRYPTO_TRUNCATED" });
    expect(entries(dir)).toEqual(["in.age", "out.bin"]);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(join(dir, "out.bin"), "utf8")).toBe("previous");
  });
});

afterAll(removeTempDirs);
