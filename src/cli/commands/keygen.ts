import type { Command } from "commander";
import { WardenError } from "../../core/warden-error.js";
import { randomBytes } from "node:crypto";
import { formatIdentityFile, readIdentityFile, writeSecretFile } from "../../file-crypto/key-files.js";
import { X25519Identity } from "../../file-crypto/x25519-recipient.js";
import { reportCryptoError } from "../run-crypto-jobs.js";

/**
 * `warden keygen [-o FILE]`: a new age X25519 identity for `warden encrypt`/`decrypt` (the file is written 0600 and
 * never overwritten without --force; the public key goes to stderr). `warden keygen -y FILE` prints the recipients
 * of an identity file; `warden keygen --kek -o FILE` makes a key-encryption key for `--kek-file`.
 */
export function registerKeygenCommand(program: Command): void {
  program
    .command("keygen")
    .description("generate an age X25519 identity for warden encrypt/decrypt (compatible with age-keygen)")
    .option("-o, --output <file>", "write the identity to this file (mode 0600) instead of standard output")
    .option("-y, --to-recipient <file>", "print the public keys (age1…) of the identities in this file")
    .option("--kek", "generate a 32-byte key-encryption key (base64) for --kek-file instead of an age identity")
    .option("--force", "overwrite an existing output file")
    .action((opts: { output?: string; toRecipient?: string; force?: boolean; kek?: boolean }) => {
      try {
        if (opts.kek) {
          if (opts.toRecipient !== undefined) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "--kek and -y do not combine." });
          const text = `${randomBytes(32).toString("base64")}\n`;
          if (opts.output === undefined) process.stdout.write(text);
          else writeSecretFile(opts.output, text, opts.force === true);
          return;
        }
        if (opts.toRecipient !== undefined) {
          if (opts.output !== undefined) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "-y prints to standard output; drop -o." });
          for (const id of readIdentityFile(opts.toRecipient)) process.stdout.write(`${id.recipient().toString()}\n`);
          return;
        }
        const identity = X25519Identity.generate();
        if (opts.output === undefined) {
          process.stdout.write(formatIdentityFile(identity));
        } else {
          writeSecretFile(opts.output, formatIdentityFile(identity), opts.force === true);
          process.stderr.write(`Public key: ${identity.recipient().toString()}\n`);
        }
      } catch (err) {
        process.exitCode = reportCryptoError(err);
      }
    });
}
