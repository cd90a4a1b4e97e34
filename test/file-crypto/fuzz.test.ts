import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KmsIdentity, KmsRecipient, ScryptIdentity, X25519Identity } from "../../src/file-crypto/index.js";
import { LocalKek } from "../../src/record/key-encryption-key.js";
import { decryptBytes, encryptBytes, pseudoRandom } from "./helpers.js";

const id = X25519Identity.generate();
const kek = new LocalKek(pseudoRandom(32, 77));
// One short chunk keeps each rejected case cheap (a failing last chunk is probed for appended data); the multi-chunk
// cases are in tamper.test.ts.
const PLAIN = pseudoRandom(3000, 12);
const CIPHER = await encryptBytes(PLAIN, [id.recipient(), new KmsRecipient(kek)]);
const identities = [new ScryptIdentity("never asked"), new KmsIdentity(kek), id];

/** Decrypting must either give back exactly the plaintext or fail with a WARDEN_CRYPTO_* code: never crash, never other bytes. */
async function outcome(data: Buffer): Promise<string> {
  try {
    const out = await decryptBytes(data, identities, 1021);
    return out.equals(PLAIN) ? "same" : "DIFFERENT PLAINTEXT";
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return typeof code === "string" && code.startsWith("WARDEN_CRYPTO_") ? "rejected" : `crash: ${String(err)}`;
  }
}

describe("mutated files never crash the decrypter nor yield other plaintext", () => {
  it("random byte changes, cuts, insertions and deletions anywhere (header, nonce, chunks)", async () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("set"), at: fc.nat(CIPHER.length - 1), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant("cut"), at: fc.nat(CIPHER.length - 1), value: fc.constant(0) }),
      fc.record({ kind: fc.constant("insert"), at: fc.nat(CIPHER.length), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant("delete"), at: fc.nat(CIPHER.length - 1), value: fc.constant(0) }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async ({ kind, at, value }) => {
        let data: Buffer;
        if (kind === "set") {
          data = Buffer.from(CIPHER);
          data[at] = value;
        } else if (kind === "cut") data = CIPHER.subarray(0, at);
        else if (kind === "insert") data = Buffer.concat([CIPHER.subarray(0, at), Buffer.from([value]), CIPHER.subarray(at)]);
        else data = Buffer.concat([CIPHER.subarray(0, at), CIPHER.subarray(at + 1)]);
        const unchanged = data.equals(CIPHER);
        expect(await outcome(data)).toBe(unchanged ? "same" : "rejected");
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });

  it("random bytes and random text are rejected as not encrypted or malformed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 200 }), async (bytes, text) => {
        expect(await outcome(Buffer.from(bytes))).toBe("rejected");
        expect(await outcome(Buffer.from(`age-encryption.org/v1\n${text}`))).toBe("rejected");
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
