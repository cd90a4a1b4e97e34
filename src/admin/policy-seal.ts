import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** What a sealed document starts with (format 1: AES-256-GCM, base64 of IV (12) | tag (16) | sealed bytes). */
export const SEALED_PREFIX = "wps1:";

/** Whether a stored document is sealed (anything else is a row written before documents were sealed). */
export const isSealed = (stored: string): boolean => stored.startsWith(SEALED_PREFIX);

/**
 * Additional data binding a sealed document to its place: the policy in force of a scope, or one kept version of a
 * scope. A sealed document copied to another scope, or from the history into the policy in force (or back), does
 * not open.
 */
export const policyAad = (scope: string): string => `warden policy/1\u0000in force\u0000${scope}`;
export const versionAad = (scope: string, version: string): string => `warden policy/1\u0000version\u0000${scope}\u0000${version}`;

/**
 * Seals the admin-API policy documents at rest (the policy in force per scope and every kept version): they hold the
 * `hashKey` and the leakage canaries. AES-256-GCM under the policy data key ({@link openPolicyKey}), which the
 * audit key-encryption key wraps. Synchronous (`node:crypto`), like the stores that call it.
 *
 * @example
 * const seal = new PolicySeal(key);
 * const stored = seal.seal(json, policyAad("acme"));
 * seal.open(stored, policyAad("acme")) === json;
 */
export class PolicySeal {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new RangeError("the policy data key must be 32 bytes");
  }

  seal(document: string, aad: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv("aes-256-gcm", this.key, iv);
    c.setAAD(Buffer.from(aad, "utf8"));
    const data = Buffer.concat([c.update(document, "utf8"), c.final()]);
    return SEALED_PREFIX + Buffer.concat([iv, c.getAuthTag(), data]).toString("base64");
  }

  /** The document, or an error naming `what` (a scope, a version) when it is not sealed or does not authenticate. */
  open(stored: string, aad: string, what: string): string {
    if (!isSealed(stored)) throw new Error(`the stored policy document of ${what} is not sealed (written outside Warden?)`);
    const raw = Buffer.from(stored.slice(SEALED_PREFIX.length), "base64");
    if (raw.length < 28) throw new Error(`the stored policy document of ${what} is malformed`);
    try {
      const d = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, 12));
      d.setAAD(Buffer.from(aad, "utf8"));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
    } catch (err) {
      throw new Error(`the stored policy document of ${what} does not open under the policy data key (modified, moved, or another key)`, { cause: err });
    }
  }
}
