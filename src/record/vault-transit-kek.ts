import { readFileSync } from "node:fs";
import type { KeyEncryptionKey } from "./key-encryption-key.js";

/** HashiCorp Vault (or OpenBao) transit engine as the key-encryption key (docs/audit.md, "KMS"). */
export interface VaultTransitOptions {
  /** `https://vault.example:8200` */
  address: string;
  /** Transit key name. */
  key: string;
  /** Mount path of the transit engine (default `transit`). */
  mount?: string;
  /** Vault Enterprise namespace. */
  namespace?: string;
  /** Where the token comes from: an env var (default `VAULT_TOKEN`) or a file (e.g. written by Vault Agent). */
  tokenEnv?: string;
  tokenFile?: string;
  timeoutMs?: number;
}

/**
 * Wraps data keys with Vault's transit engine (`POST /v1/<mount>/encrypt/<key>`, `/decrypt/<key>`): the KEK never
 * leaves Vault, which also keeps its versions (rotate the transit key in Vault; old data keys still unwrap). The
 * wrapped form stored is Vault's ciphertext text (`vault:v1:...`). Called once per tenant key, not per record.
 */
export class VaultTransitKek implements KeyEncryptionKey {
  readonly id: string;
  private readonly base: string;

  constructor(
    private readonly o: VaultTransitOptions,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    const address = o.address.replace(/\/+$/, "");
    const mount = (o.mount ?? "transit").replace(/^\/+|\/+$/g, "");
    this.base = `${address}/v1/${mount}`;
    this.id = `vault-transit:${address}/${mount}/${o.key}`;
  }

  async wrap(dataKey: Buffer): Promise<Buffer> {
    const data = await this.call("encrypt", { plaintext: dataKey.toString("base64") });
    const ct = data["ciphertext"];
    if (typeof ct !== "string" || !ct.startsWith("vault:")) throw new Error("Vault transit: encrypt returned no ciphertext");
    return Buffer.from(ct, "utf8");
  }

  async unwrap(wrapped: Buffer): Promise<Buffer> {
    const data = await this.call("decrypt", { ciphertext: wrapped.toString("utf8") });
    const pt = data["plaintext"];
    if (typeof pt !== "string") throw new Error("Vault transit: decrypt returned no plaintext");
    const key = Buffer.from(pt, "base64");
    if (key.length !== 32) throw new Error("Vault transit: the unwrapped data key is not 32 bytes");
    return key;
  }

  /** Read the token on each call: Vault Agent rewrites its sink file when it renews. */
  private token(): string {
    const t = this.o.tokenFile ? readFileSync(this.o.tokenFile, "utf8").trim() : (this.env[this.o.tokenEnv ?? "VAULT_TOKEN"] ?? "").trim();
    if (!t) throw new Error(`Vault transit: no token (set ${this.o.tokenFile ? `the file ${this.o.tokenFile}` : (this.o.tokenEnv ?? "VAULT_TOKEN")})`);
    return t;
  }

  private async call(op: "encrypt" | "decrypt", body: Record<string, string>): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { "content-type": "application/json", "x-vault-token": this.token() };
    if (this.o.namespace) headers["x-vault-namespace"] = this.o.namespace;
    let res: Response;
    try {
      res = await fetch(`${this.base}/${op}/${encodeURIComponent(this.o.key)}`, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 5000),
      });
    } catch (err) {
      throw new Error(`Vault transit ${op}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const text = await res.text();
    if (!res.ok) {
      // Vault's error list names the problem (permission denied, no such key); never echo the request.
      let why = "";
      try {
        const errors = (JSON.parse(text) as { errors?: unknown }).errors;
        if (Array.isArray(errors)) why = `: ${errors.filter((e) => typeof e === "string").join("; ").slice(0, 200)}`;
      } catch {
        why = "";
      }
      throw new Error(`Vault transit ${op} failed with HTTP ${res.status}${why}`);
    }
    const data = (JSON.parse(text) as { data?: unknown }).data;
    if (typeof data !== "object" || data === null) throw new Error(`Vault transit ${op}: no data in the response`);
    return data as Record<string, unknown>;
  }
}
