import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { afterAll, describe, expect, it } from "vitest";
import {
  CHUNK_SIZE,
  decryptFile,
  encryptFile,
  KmsIdentity,
  KmsRecipient,
  ScryptIdentity,
  ScryptRecipient,
  X25519Identity,
  X25519Recipient,
} from "../../src/file-crypto/index.js";
import { LocalKek } from "../../src/record/key-encryption-key.js";
import { decryptBytes, decryptCode, encryptBytes, entries, pseudoRandom, tempDir, removeTempDirs } from "./helpers.js";

const SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * 1024 * 1024 + 17];

describe("age v1 file encryption: round trips", () => {
  const alice = X25519Identity.generate();

  it.each(SIZES)("file of %i bytes: encrypt → decrypt gives the same bytes; outputs are 0600; ciphertext size as age predicts", async (size) => {
    const dir = tempDir();
    const plain = pseudoRandom(size, size + 1);
    writeFileSync(join(dir, "data.bin"), plain);
    await encryptFile(join(dir, "data.bin"), join(dir, "data.bin.age"), [alice.recipient()]);
    await decryptFile(join(dir, "data.bin.age"), join(dir, "out.bin"), [alice]);
    expect(readFileSync(join(dir, "out.bin")).equals(plain)).toBe(true);
    expect(statSync(join(dir, "out.bin")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "data.bin.age")).mode & 0o777).toBe(0o600);
    const chunks = Math.max(1, Math.ceil(size / CHUNK_SIZE));
    const cipher = readFileSync(join(dir, "data.bin.age"));
    const headerEnd = cipher.indexOf("\n---") + 1;
    const headerLen = cipher.indexOf(0x0a, headerEnd) + 1;
    expect(cipher.length).toBe(headerLen + 16 + size + 16 * chunks);
    expect(entries(dir)).toEqual(["data.bin", "data.bin.age", "out.bin"]);
  });

  it("encrypts to several recipients; each identity alone decrypts; a stranger cannot", async () => {
    const bob = X25519Identity.generate();
    const carol = X25519Identity.generate();
    const plain = pseudoRandom(200_000);
    const c = await encryptBytes(plain, [alice.recipient(), bob.recipient(), X25519Recipient.parse(carol.recipient().toString())]);
    for (const id of [alice, bob, carol]) expect((await decryptBytes(c, [id])).equals(plain)).toBe(true);
    expect(await decryptCode(c, [X25519Identity.generate()])).toBe("WARDEN_CRYPTO_NO_IDENTITY");
  });

  it("passphrase (scrypt): round trip; a wrong passphrase fails with NO_IDENTITY; too high a work factor is refused", async () => {
    const plain = Buffer.from("eval outputs, passphrase-protected\n");
    const c = await encryptBytes(plain, [new ScryptRecipient("correct horse battery staple", 10)]);
    expect((await decryptBytes(c, [new ScryptIdentity("correct horse battery staple")])).equals(plain)).toBe(true);
    expect(await decryptCode(c, [new ScryptIdentity("wrong")])).toBe("WARDEN_CRYPTO_NO_IDENTITY");
    expect(await decryptCode(c, [new ScryptIdentity("correct horse battery staple", 9)])).toBe("WARDEN_CRYPTO_HEADER_INVALID");
    await expect(encryptBytes(plain, [new ScryptRecipient("pw", 10), alice.recipient()])).rejects.toMatchObject({ code: "WARDEN_CRYPTO_USAGE" });
  });

  it("KMS recipient: the file key wrapped by a key-encryption key; mixes with X25519 recipients", async () => {
    const kek = new LocalKek(pseudoRandom(32, 7));
    const plain = pseudoRandom(70_000, 3);
    const c = await encryptBytes(plain, [new KmsRecipient(kek), alice.recipient()]);
    expect(c.toString("latin1")).toContain(`\n-> warden-kms ${kek.id}\n`);
    expect((await decryptBytes(c, [new KmsIdentity(kek)])).equals(plain)).toBe(true);
    expect((await decryptBytes(c, [alice])).equals(plain)).toBe(true);
    // Another KEK (another id) does not match; the same id with other key material fails loudly.
    expect(await decryptCode(c, [new KmsIdentity(new LocalKek(pseudoRandom(32, 8)))])).toBe("WARDEN_CRYPTO_NO_IDENTITY");
    const impostor = { id: kek.id, wrap: kek.wrap.bind(kek), unwrap: (w: Buffer) => new LocalKek(pseudoRandom(32, 9)).unwrap(w) };
    expect(await decryptCode(c, [new KmsIdentity(impostor)])).toBe("WARDEN_CRYPTO_KMS_UNWRAP");
    // The age reference implementation skips the unknown stanza and decrypts with the X25519 identity.
    const d = new Decrypter();
    d.addIdentity(alice.toString());
    expect(Buffer.from(await d.decrypt(new Uint8Array(c))).equals(plain)).toBe(true);
  });
});

describe("interoperability with the age-encryption package (typage, by age's author)", () => {
  it.each([0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 300_000])("X25519, %i bytes: ours → theirs and theirs → ours", async (size) => {
    const plain = pseudoRandom(size, 11);
    const theirIdentity = await generateX25519Identity();
    const ours = X25519Identity.parse(theirIdentity);
    expect(ours.recipient().toString()).toBe(await identityToRecipient(theirIdentity));

    const d = new Decrypter();
    d.addIdentity(theirIdentity);
    expect(Buffer.from(await d.decrypt(new Uint8Array(await encryptBytes(plain, [ours.recipient()])))).equals(plain)).toBe(true);

    const e = new Encrypter();
    e.addRecipient(await identityToRecipient(theirIdentity));
    expect((await decryptBytes(Buffer.from(await e.encrypt(new Uint8Array(plain))), [ours])).equals(plain)).toBe(true);
  });

  it("scrypt passphrase both ways", async () => {
    const plain = Buffer.from("model snapshot v3");
    const e = new Encrypter();
    e.setPassphrase("hunter2-but-longer");
    e.setScryptWorkFactor(10);
    expect((await decryptBytes(Buffer.from(await e.encrypt(plain)), [new ScryptIdentity("hunter2-but-longer")])).equals(plain)).toBe(true);
    const d = new Decrypter();
    d.addPassphrase("hunter2-but-longer");
    expect(Buffer.from(await d.decrypt(new Uint8Array(await encryptBytes(plain, [new ScryptRecipient("hunter2-but-longer", 10)])))).equals(plain)).toBe(true);
  });

  it("their streaming decrypter reads our multi-chunk output", async () => {
    const plain = pseudoRandom(5 * CHUNK_SIZE + 123, 5);
    const id = X25519Identity.generate();
    const c = await encryptBytes(plain, [id.recipient()]);
    const d = new Decrypter();
    d.addIdentity(id.toString());
    const stream = await d.decrypt(new ReadableStream<Uint8Array>({ start(ctl) { ctl.enqueue(new Uint8Array(c)); ctl.close(); } }));
    const parts: Uint8Array[] = [];
    for await (const p of stream as unknown as AsyncIterable<Uint8Array>) parts.push(p);
    expect(Buffer.concat(parts).equals(plain)).toBe(true);
  });
});

afterAll(removeTempDirs);
