import { WardenError } from "../core/warden-error.js";

/** Read one line from the terminal without echoing it (raw mode); Ctrl-C aborts. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    let value = "";
    const done = (err?: Error): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (data: Buffer): void => {
      for (const ch of data.toString("utf8")) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003" || ch === "\u0004") return done(new WardenError("WARDEN_CRYPTO_USAGE", { message: "Passphrase entry cancelled." }));
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else value += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

async function readFirstLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) {
    text += (chunk as Buffer).toString("utf8");
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

/** Where a passphrase may come from. */
export interface PassphraseSource {
  /** Environment variable holding it (checked first). */
  env: string;
  /** Ask twice when prompting (encryption). */
  confirm: boolean;
  /** Standard input carries the data, so it cannot carry the passphrase. */
  stdinBusy: boolean;
}

/**
 * The passphrase from the environment variable, else a no-echo prompt on a terminal, else the first line of
 * standard input. Never logged or echoed.
 */
export async function readPassphrase(src: PassphraseSource): Promise<string> {
  const fromEnv = process.env[src.env];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (process.stdin.isTTY && !src.stdinBusy) {
    const first = await promptHidden("Passphrase: ");
    if (src.confirm && (await promptHidden("Confirm passphrase: ")) !== first) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "The passphrases do not match." });
    if (first === "") throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "The passphrase is empty." });
    return first;
  }
  if (!src.stdinBusy && !process.stdin.isTTY) {
    const line = await readFirstLine();
    if (line !== "") return line;
  }
  throw new WardenError("WARDEN_CRYPTO_USAGE", { message: `No passphrase: set ${src.env}, run in a terminal, or pipe it on standard input.` });
}
