import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { KeyEncryptionKey } from "./key-encryption-key.js";

/**
 * A key-encryption key from a module of your own (an AWS KMS, GCP KMS or HSM client...): the module exports
 * `createKeyEncryptionKey(options)` returning (or resolving to) a `KeyEncryptionKey` (`id`, `wrap`, `unwrap`). The
 * module is loaded on first use (a relative path is taken from the working directory; a bare name is a package).
 */
export class ModuleKek implements KeyEncryptionKey {
  private loaded: Promise<KeyEncryptionKey> | undefined;
  private resolved: KeyEncryptionKey | undefined;

  constructor(
    private readonly specifier: string,
    private readonly options: Record<string, unknown> = {},
  ) {}

  /** The module's KEK id once loaded (it is always loaded before a key is wrapped or unwrapped). */
  get id(): string {
    return this.resolved?.id ?? `module:${this.specifier}`;
  }

  private load(): Promise<KeyEncryptionKey> {
    this.loaded ??= (async () => {
      const s = this.specifier;
      const url = s.startsWith(".") || isAbsolute(s) ? pathToFileURL(resolve(s)).href : s;
      const mod = (await import(url)) as { createKeyEncryptionKey?: unknown };
      if (typeof mod.createKeyEncryptionKey !== "function") throw new Error(`KMS module ${s} does not export createKeyEncryptionKey(options)`);
      const kek = (await (mod.createKeyEncryptionKey as (o: Record<string, unknown>) => unknown)(this.options)) as Partial<KeyEncryptionKey> | null;
      if (!kek || typeof kek.id !== "string" || typeof kek.wrap !== "function" || typeof kek.unwrap !== "function") {
        throw new Error(`KMS module ${s}: createKeyEncryptionKey must return { id, wrap(dataKey), unwrap(wrapped) }`);
      }
      this.resolved = kek as KeyEncryptionKey;
      return this.resolved;
    })();
    this.loaded.catch(() => (this.loaded = undefined)); // a failed load is retried on the next use
    return this.loaded;
  }

  async wrap(dataKey: Buffer): Promise<Buffer> {
    return (await this.load()).wrap(dataKey);
  }

  async unwrap(wrapped: Buffer): Promise<Buffer> {
    return (await this.load()).unwrap(wrapped);
  }
}
