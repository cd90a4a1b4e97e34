import { armor, Decrypter, Encrypter } from "age-encryption";
import { describe, expect, it } from "vitest";
import { X25519Identity } from "../../src/file-crypto/index.js";
import { decryptBytes, decryptCode, encryptBytes, pseudoRandom } from "./helpers.js";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createEncryptStream, type Recipient } from "../../src/file-crypto/index.js";

const id = X25519Identity.generate();

async function encryptArmored(data: Buffer, recipients: readonly Recipient[]): Promise<string> {
  const out: Buffer[] = [];
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += 10_007) parts.push(data.subarray(i, i + 10_007));
  await pipeline(Readable.from(parts), await createEncryptStream(recipients, { armor: true }), new Writable({ write(c: Buffer, _e, cb) { out.push(c); cb(); } }));
  return Buffer.concat(out).toString("latin1");
}

describe("ASCII armor", () => {
  it.each([0, 1, 47, 65536, 200_000])("%i bytes: armored output is strict PEM, readable by age-encryption, and decrypts back", async (size) => {
    const plain = pseudoRandom(size, 3);
    const text = await encryptArmored(plain, [id.recipient()]);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("-----BEGIN AGE ENCRYPTED FILE-----");
    expect(lines.at(-1)).toBe("-----END AGE ENCRYPTED FILE-----");
    expect(lines.slice(1, -2).every((l) => l.length === 64)).toBe(true);
    const d = new Decrypter();
    d.addIdentity(id.toString());
    expect(Buffer.from(await d.decrypt(armor.decode(text))).equals(plain)).toBe(true);
    expect((await decryptBytes(Buffer.from(text, "latin1"), [id], 333)).equals(plain)).toBe(true);
  });

  it("reads age-encryption's armor, with CRLF line endings and surrounding whitespace", async () => {
    const plain = pseudoRandom(100_000, 4);
    const e = new Encrypter();
    e.addRecipient(id.recipient().toString());
    const text = armor.encode(await e.encrypt(plain));
    expect((await decryptBytes(Buffer.from(`\n  ${text.replaceAll("\n", "\r\n")}\n\n`, "latin1"), [id])).equals(plain)).toBe(true);
  });

  it("rejects malformed armor, a missing END, data after END; tampering inside the armor is caught by the payload MAC", async () => {
    const text = await encryptArmored(pseudoRandom(5000, 5), [id.recipient()]);
    const lines = text.split("\n");
    const withLine = (i: number, l: string): Buffer => Buffer.from(lines.map((x, j) => (j === i ? l : x)).join("\n"), "latin1");
    expect(await decryptCode(withLine(2, (lines[2] as string).slice(1)), [id])).toBe("WARDEN_CRYPTO_HEADER_INVALID");
    expect(await decryptCode(withLine(0, "-----BEGIN AGE ENCRYPTED FILE----"), [id])).toBe("WARDEN_CRYPTO_NOT_ENCRYPTED");
    expect(await decryptCode(Buffer.from(text.replace("-----END AGE ENCRYPTED FILE-----\n", ""), "latin1"), [id])).toBe("WARDEN_CRYPTO_TRUNCATED");
    expect(await decryptCode(Buffer.from(`${text}extra\n`, "latin1"), [id])).toBe("WARDEN_CRYPTO_TRAILING_DATA");
    const mid = lines.length - 5;
    const l = lines[mid] as string;
    expect(await decryptCode(withLine(mid, (l[0] === "A" ? "B" : "A") + l.slice(1)), [id])).toBe("WARDEN_CRYPTO_TRUNCATED_OR_MODIFIED");
  });
});
