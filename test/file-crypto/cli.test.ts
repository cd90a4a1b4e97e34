import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { X25519Identity } from "../../src/file-crypto/index.js";
import { encryptBytes, entries, pseudoRandom, tempDir, removeTempDirs } from "./helpers.js";

const ENTRY = fileURLToPath(new URL("./cli-entry.mjs", import.meta.url));
let stderr = "";
let stdout = "";

beforeEach(() => {
  stderr = "";
  stdout = "";
  vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  process.exitCode = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  delete process.env.WARDEN_PASSPHRASE;
});

const warden = async (...args: string[]): Promise<number> => {
  const code = await main(["node", "warden", ...args]);
  process.exitCode = undefined;
  return code;
};

/** A keygen'd identity file and its recipient. */
async function keypair(dir: string, name = "id.txt"): Promise<{ idFile: string; recipient: string }> {
  const idFile = join(dir, name);
  expect(await warden("keygen", "-o", idFile)).toBe(0);
  const recipient = /Public key: (age1[0-9a-z]+)/.exec(stderr)?.[1] as string;
  stderr = "";
  return { idFile, recipient };
}

describe("warden keygen / encrypt / decrypt (in-process)", () => {
  it("keygen writes a 0600 identity file, refuses to overwrite, and -y prints its recipient", async () => {
    const dir = tempDir();
    const { idFile, recipient } = await keypair(dir);
    expect(statSync(idFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(idFile, "utf8")).toMatch(/^# created: .*\n# public key: age1.*\nAGE-SECRET-KEY-1[0-9A-Z]+\n$/);
    expect(await warden("keygen", "-o", idFile)).toBe(1);
    expect(stderr).toContain("WARDEN_CRYPTO_OUTPUT_EXISTS");
    expect(await warden("keygen", "-y", idFile)).toBe(0);
    expect(stdout.trim()).toBe(recipient);
  });

  it("encrypts a file beside itself (.age), refuses to overwrite without --force, decrypts it back", async () => {
    const dir = tempDir();
    const { idFile, recipient } = await keypair(dir);
    const plain = pseudoRandom(300_000, 5);
    writeFileSync(join(dir, "train.jsonl"), plain);
    expect(await warden("encrypt", "-r", recipient, join(dir, "train.jsonl"))).toBe(0);
    expect(await warden("encrypt", "-r", recipient, join(dir, "train.jsonl"))).toBe(1);
    expect(stderr).toContain("WARDEN_CRYPTO_OUTPUT_EXISTS");
    expect(await warden("encrypt", "-r", recipient, "--force", join(dir, "train.jsonl"))).toBe(0);
    expect(await warden("decrypt", "-i", idFile, "-o", join(dir, "back.jsonl"), join(dir, "train.jsonl.age"))).toBe(0);
    expect(readFileSync(join(dir, "back.jsonl")).equals(plain)).toBe(true);
    expect(stderr).not.toContain("warning");
    chmodSync(idFile, 0o644);
    expect(await warden("decrypt", "-i", idFile, "-o", join(dir, "back2.jsonl"), join(dir, "train.jsonl.age"))).toBe(0);
    expect(stderr).toContain("is readable by other users (chmod 600");
    // -a writes ASCII armor; decrypt detects it.
    expect(await warden("encrypt", "-a", "-r", recipient, "-o", join(dir, "t.asc"), join(dir, "train.jsonl"))).toBe(0);
    expect(readFileSync(join(dir, "t.asc"), "latin1")).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n/);
    expect(await warden("decrypt", "-i", idFile, "-o", join(dir, "t.out"), join(dir, "t.asc"))).toBe(0);
    expect(readFileSync(join(dir, "t.out")).equals(plain)).toBe(true);
    // Without -o, decrypt strips .age and so refuses to overwrite the original.
    expect(await warden("decrypt", "-i", idFile, join(dir, "train.jsonl.age"))).toBe(1);
    expect(stderr).toMatch(/train\.jsonl already exists/);
    // Plaintext to stdout needs the explicit --stdout flag.
    expect(await warden("decrypt", "-i", idFile, "-o", "-", join(dir, "train.jsonl.age"))).toBe(2);
    expect(stderr).toContain("--stdout");
  });

  it("-o naming a directory puts the output inside it; a missing key or passphrase is named in the error", async () => {
    const dir = tempDir();
    const { idFile, recipient } = await keypair(dir);
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "eval.json"), "{}");
    expect(await warden("encrypt", "-r", recipient, "-o", join(dir, "out"), join(dir, "eval.json"))).toBe(0);
    expect(entries(join(dir, "out"))).toEqual(["eval.json.age"]);
    expect(await warden("decrypt", "-o", join(dir, "x"), join(dir, "out", "eval.json.age"))).toBe(1);
    expect(stderr).toMatch(/WARDEN_CRYPTO_NO_IDENTITY: This file is encrypted to keys/);
    process.env.WARDEN_PASSPHRASE = "pw for the test";
    expect(await warden("encrypt", "-p", "--work-factor", "10", "-o", join(dir, "p.age"), join(dir, "eval.json"))).toBe(0);
    expect(await warden("decrypt", "-i", idFile, "-o", join(dir, "y"), join(dir, "p.age"))).toBe(1);
    expect(stderr).toMatch(/This file is passphrase-encrypted, and no passphrase was given/);
    expect(entries(dir).filter((f) => f === "x" || f === "y")).toEqual([]);
  });

  it("--recursive encrypts a tree to a mirrored tree of .age files and decrypts it back; several recipients from a file", async () => {
    const dir = tempDir();
    const a = await keypair(dir, "a.txt");
    const b = await keypair(dir, "b.txt");
    writeFileSync(join(dir, "recipients.txt"), `# team\n${a.recipient}\n\n${b.recipient}\n`);
    const src = join(dir, "dataset");
    mkdirSync(join(src, "shards", "eval"), { recursive: true });
    const files = { "README.md": Buffer.from("# data\n"), "shards/000.jsonl": pseudoRandom(70_000, 1), "shards/eval/out.json": Buffer.alloc(0) };
    for (const [p, data] of Object.entries(files)) writeFileSync(join(src, p), data);
    expect(await warden("encrypt", "--recursive", "-R", join(dir, "recipients.txt"), "-o", join(dir, "enc"), src)).toBe(0);
    expect(statSync(join(dir, "enc", "shards", "eval", "out.json.age")).isFile()).toBe(true);
    expect(await warden("decrypt", "--recursive", "-i", b.idFile, "-o", join(dir, "plain"), join(dir, "enc"))).toBe(0);
    for (const [p, data] of Object.entries(files)) expect(readFileSync(join(dir, "plain", p)).equals(data)).toBe(true);
    // In place: every file gets a .age sibling; a directory without --recursive is refused.
    expect(await warden("encrypt", "-R", join(dir, "recipients.txt"), src)).toBe(2);
    expect(stderr).toContain("--recursive");
    expect(await warden("encrypt", "--recursive", "-R", join(dir, "recipients.txt"), src)).toBe(0);
    expect(entries(join(src, "shards"))).toEqual(["000.jsonl", "000.jsonl.age", "eval"]);
  });

  it("KEK (--kek-file) and passphrase (WARDEN_PASSPHRASE) round trips", async () => {
    const dir = tempDir();
    expect(await warden("keygen", "--kek", "-o", join(dir, "kek.key"))).toBe(0);
    expect(statSync(join(dir, "kek.key")).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(join(dir, "kek.key"), "utf8").trim(), "base64")).toHaveLength(32);
    writeFileSync(join(dir, "snap.bin"), pseudoRandom(1000, 4));
    expect(await warden("encrypt", "--kek-file", join(dir, "kek.key"), join(dir, "snap.bin"))).toBe(0);
    expect(await warden("decrypt", "--kek-file", join(dir, "kek.key"), "-o", join(dir, "k.out"), join(dir, "snap.bin.age"))).toBe(0);
    expect(readFileSync(join(dir, "k.out")).equals(readFileSync(join(dir, "snap.bin")))).toBe(true);
    // --inspect tells which KEK a file needs, without any key.
    expect(await warden("encrypt", "-a", "--kek-file", join(dir, "kek.key"), "-r", X25519Identity.generate().recipient().toString(), "-o", join(dir, "two.asc"), join(dir, "snap.bin"))).toBe(0);
    stdout = "";
    expect(await warden("decrypt", "--inspect", join(dir, "snap.bin.age"), join(dir, "two.asc"))).toBe(0);
    expect(stdout).toMatch(/snap\.bin\.age: age v1; recipients: warden-kms \(key local:[0-9a-f]{16}\); 1000 bytes of plaintext in 1 chunk\(s\)/);
    expect(stdout).toMatch(/two\.asc: age v1, armored; recipients: X25519, warden-kms \(key local:[0-9a-f]{16}\); 1000 bytes of plaintext in 1 chunk\(s\)/);

    process.env.WARDEN_PASSPHRASE = "a long passphrase for the eval outputs";
    expect(await warden("encrypt", "-p", "--work-factor", "10", "-o", join(dir, "p.age"), join(dir, "snap.bin"))).toBe(0);
    expect(await warden("decrypt", "-o", join(dir, "p.out"), join(dir, "p.age"))).toBe(0);
    expect(readFileSync(join(dir, "p.out")).equals(readFileSync(join(dir, "snap.bin")))).toBe(true);
    process.env.WARDEN_PASSPHRASE = "wrong";
    expect(await warden("decrypt", "-o", join(dir, "p2.out"), join(dir, "p.age"))).toBe(1);
    expect(stderr).toContain("WARDEN_CRYPTO_NO_IDENTITY");
    expect(await warden("encrypt", "-p", "-r", "age1qqqq", join(dir, "snap.bin"))).toBe(2);
  });

  it("a tampered file: exit 1, the code on stderr, no output; a bad identity file names the line, not the key", async () => {
    const dir = tempDir();
    const { idFile, recipient } = await keypair(dir);
    writeFileSync(join(dir, "m.bin"), pseudoRandom(5000, 6));
    expect(await warden("encrypt", "-r", recipient, join(dir, "m.bin"))).toBe(0);
    const c = readFileSync(join(dir, "m.bin.age"));
    c[c.length - 20] = (c[c.length - 20] as number) ^ 1;
    writeFileSync(join(dir, "bad.age"), c);
    expect(await warden("decrypt", "-i", idFile, join(dir, "bad.age"))).toBe(1);
    expect(stderr).toContain("WARDEN_CRYPTO_TRUNCATED_OR_MODIFIED");
    expect(entries(dir).filter((f) => f.startsWith("bad"))).toEqual(["bad.age"]);
    const secret = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";
    writeFileSync(join(dir, "broken.txt"), `# comment\n${secret}\n`);
    expect(await warden("decrypt", "-i", join(dir, "broken.txt"), join(dir, "m.bin.age"))).toBe(2);
    expect(stderr).toContain("broken.txt:2");
    expect(stderr).not.toContain(secret);
  });
});

describe("warden encrypt/decrypt as processes (stdin, stdout)", () => {
  const run = (args: string[], input?: Buffer | string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["--import", "tsx", ENTRY, ...args], { input, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });

  it("stdin → stdout encryption; --stdout decryption; passphrase on stdin when data comes from a file", () => {
    const dir = tempDir();
    const id = X25519Identity.generate();
    writeFileSync(join(dir, "id.txt"), `${id.toString()}\n`);
    const plain = pseudoRandom(200_000, 8);
    const enc = run(["encrypt", "-r", id.recipient().toString(), "--stdout"], plain);
    expect(enc.status).toBe(0);
    writeFileSync(join(dir, "x.age"), enc.stdout);
    const dec = run(["decrypt", "-i", join(dir, "id.txt"), "--stdout", join(dir, "x.age")]);
    expect(dec.status).toBe(0);
    expect(Buffer.from(dec.stdout).equals(plain)).toBe(true);
    // --stdout on a cut file: what verified is already out, but the exit status and stderr say it failed.
    writeFileSync(join(dir, "cut.age"), enc.stdout.subarray(0, enc.stdout.length - 70_000));
    const cut = run(["decrypt", "-i", join(dir, "id.txt"), "--stdout", join(dir, "cut.age")]);
    expect(cut.status).toBe(1);
    expect(cut.stderr.toString()).toContain("WARDEN_CRYPTO_");

    const pw = run(["encrypt", "-p", "--work-factor", "10", "-o", join(dir, "p.age"), join(dir, "x.age")], "stdin passphrase\n");
    expect(pw.status).toBe(0);
    const back = run(["decrypt", "-o", join(dir, "p.out"), join(dir, "p.age")], "stdin passphrase\n");
    expect(back.status).toBe(0);
    expect(readFileSync(join(dir, "p.out")).equals(enc.stdout)).toBe(true);
  });

  it("interrupted (SIGINT) while decrypting: exits 130 and leaves no partial plaintext", async () => {
    const dir = tempDir();
    const id = X25519Identity.generate();
    writeFileSync(join(dir, "id.txt"), `${id.toString()}\n`);
    const cipher = await encryptBytes(pseudoRandom(10 * 65536, 3), [id.recipient()]);
    const child = spawn(process.execPath, ["--import", "tsx", ENTRY, "decrypt", "-i", join(dir, "id.txt"), "-o", join(dir, "out.bin"), "-"], { stdio: ["pipe", "ignore", "pipe"] });
    child.stdin.write(cipher.subarray(0, cipher.length / 2)); // half the file, stdin left open
    const deadline = Date.now() + 20_000;
    while (!entries(dir).some((f) => f.endsWith(".warden-tmp")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(entries(dir).some((f) => f.endsWith(".warden-tmp"))).toBe(true);
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(entries(dir)).toEqual(["id.txt"]);
  });
});

afterAll(removeTempDirs);
