import type { SecretRule } from "../secret-rule.js";

/** Key material and structured tokens: PEM / OpenSSH / PGP / PuTTY private keys and JWTs. */
export const keyRules: readonly SecretRule[] = [
  {
    id: "private-key",
    description: "Private key block (PEM RSA/EC/DSA/PKCS#8/encrypted, OpenSSH, PGP)",
    pattern:
      "(?<secret>-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[\\s\\S]{0,16000}?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\\s\\\\:,-]{0,16000}))",
    secretGroup: "secret",
    keywords: ["private key"],
    score: 0.99,
    placeholderCheck: false,
    validator: "private-key",
    window: { before: 48, after: 16500 },
    examples: {
      positive: [
        {
          text: "-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAn6/O8li+SX4m98LLYt/PKSzEmQ++ZBD7Loh9P13f4yQ92EF3\nyxR5MsXFu9PRsrYQA7/4UTPHiC4y2sAVCBg4C2yyBpUEtMQjyCESi6Y=\n-----END RSA PRIVATE KEY-----\n",
          secret:
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAn6/O8li+SX4m98LLYt/PKSzEmQ++ZBD7Loh9P13f4yQ92EF3\nyxR5MsXFu9PRsrYQA7/4UTPHiC4y2sAVCBg4C2yyBpUEtMQjyCESi6Y=\n-----END RSA PRIVATE KEY-----",
        },
        {
          text: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDq0mX7Rb2QpX5vH1w2N8ZqGQ1o0l7Yk3Jm9F4a6s2cXwAAAJi8yQ3m\n-----END OPENSSH PRIVATE KEY-----",
          secret:
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDq0mX7Rb2QpX5vH1w2N8ZqGQ1o0l7Yk3Jm9F4a6s2cXwAAAJi8yQ3m\n-----END OPENSSH PRIVATE KEY-----",
        },
      ],
      negative: [
        { text: "-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----" },
        { text: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn6/O8li+SX4m98LLYt\n-----END PUBLIC KEY-----" },
      ],
    },
  },
  {
    // A private key pasted without its BEGIN/END lines (or with them cut off): the base64 body alone. Keywords are
    // the encodings of the first DER fields, which sit at a fixed offset whatever the key's size; the validator
    // decodes the body and reads its structure (src/detect/secrets/der-private-key.ts), so public keys and
    // certificates, which share the first bytes, are not reported.
    id: "private-key-body",
    description: "Private key body without its armor (DER: PKCS#1 RSA/DSA, PKCS#8 plain or encrypted, SEC1 EC; OpenSSH)",
    pattern: "(?<![A-Za-z0-9+/])(?<secret>(?:M|b3Bl)[A-Za-z0-9+/]{3}(?:[A-Za-z0-9+/]|(?:\\r?\\n|\\\\n)(?=[A-Za-z0-9+/])){56,16000}={0,2})(?![A-Za-z0-9+/])",
    secretGroup: "secret",
    // By outer header size (4, 3 or 2 bytes), which shifts the base64 alignment: PKCS#1 and PKCS#8 version 0
    // ("ibaak", "ibad"; "ageam", "agebb"; "caqaw", "caqew", "caqee"), encrypted PKCS#8 algorithm OIDs, OpenSSH's magic.
    keywords: ["ibaak", "ibad", "ageam", "agebb", "caqaw", "caqew", "caqee", "bgkqhkig9w0bbq", "bgoqhkig9w0bdae", "csqgsib3dqef", "ciqgsib3dqem", "b3blbnnzac1rzxktdje"],
    score: 0.97,
    placeholderCheck: false,
    validator: "private-key-body",
    window: { before: 24, after: 16500 },
    examples: {
      positive: [
        {
          text: "here is the key:\nMIIEpAIBAAKCAQEAtVaGVVB6RVjFCTAoxflP+CVIa8S3dIHR443G7AQPXxJiABNR\nHl5E2qsVd1u9OeYbPmS6mLwq4CkA0G6lUe8FJoY2kbNFJOVtmD2aNgLN9e3mTHv0\n",
          secret: "MIIEpAIBAAKCAQEAtVaGVVB6RVjFCTAoxflP+CVIa8S3dIHR443G7AQPXxJiABNR\nHl5E2qsVd1u9OeYbPmS6mLwq4CkA0G6lUe8FJoY2kbNFJOVtmD2aNgLN9e3mTHv0",
        },
        {
          text: "ed25519: MC4CAQAwBQYDK2VwBCIEIL1Y907jZcepdm6+24+uLK87K5zbziDN9v+xd/g9mf+v done",
          secret: "MC4CAQAwBQYDK2VwBCIEIL1Y907jZcepdm6+24+uLK87K5zbziDN9v+xd/g9mf+v",
        },
      ],
      negative: [
        // An RSA public key (SubjectPublicKeyInfo) and a PKCS#1 public key share the first bytes of private keys.
        { text: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtVaGVVB6RVjFCTAoxflP+CVIa8S3dIHR443G7AQPXxJiABNR" },
        { text: "MIIBCgKCAQEAtVaGVVB6RVjFCTAoxflP+CVIa8S3dIHR443G7AQPXxJiABNRHl5E2qsVd1u9OeYbPmS6mLwq4CkA0G6l" },
        { text: "MIIEpAIBAAKCAQEA" },
      ],
    },
  },
  {
    id: "putty-private-key",
    description: "PuTTY private key file (.ppk)",
    pattern: "(?<secret>PuTTY-User-Key-File-[23]: [\\w-]{3,40}\\r?\\nEncryption: [\\w-]{3,20}\\r?\\nComment: [^\\r\\n]{0,200}\\r?\\nPublic-Lines: \\d{1,3}\\r?\\n[\\s\\S]{0,8000}?Private-Lines: \\d{1,3}\\r?\\n[A-Za-z0-9+/=\\r\\n]{20,8000})",
    secretGroup: "secret",
    anchored: true,
    keywords: ["putty-user-key-file-"],
    score: 0.98,
    placeholderCheck: false,
    window: { before: 8, after: 16000 },
    examples: {
      positive: [
        {
          text: "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: imported-openssh-key\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAAAgQC8\nPrivate-Lines: 1\nAAAAgQCjHVVqS3r0a1cR5lH8e1kK3mZ0p2Q9w",
          secret:
            "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: imported-openssh-key\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAAAgQC8\nPrivate-Lines: 1\nAAAAgQCjHVVqS3r0a1cR5lH8e1kK3mZ0p2Q9w",
        },
      ],
      negative: [{ text: "Convert with PuTTY-User-Key-File-2 headers in puttygen." }],
    },
  },
  {
    id: "jwt",
    description: "JSON Web Token (header decodes to JSON with alg)",
    // (a full stop that ends a sentence is not part of the token: "my token is eyJ….")
    pattern:
      "(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{4,32000}\\.(?:[A-Za-z0-9_-]{16,2000})?|eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{4,32000})(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_-])",
    secretGroup: "secret",
    anchored: true,
    keywords: ["eyj"],
    score: 0.85,
    placeholderCheck: false,
    validator: "jwt",
    // Payloads up to 32,000 characters: ID tokens with group claims run to 8-16 KB. The rule is anchored at "eyJ".
    window: { before: 4, after: 36100 },
    examples: {
      positive: [
        {
          text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"',
          secret:
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        },
      ],
      negative: [
        { text: "bm90X3ZhbGlkX2pzb25fYXRfYWxs.bm90X3ZhbGlkX2pzb25fYXRfYWxs.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" },
        { text: "eyJhbasdGciOiJIUaddasdasfsasdasdzI1NiIasdsInR5cCI6IkpXVCasdJasd9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" },
      ],
    },
  },
  {
    id: "jwk-private-key",
    description: "Private member of a JSON Web Key (RFC 7518: `d` of RSA / EC / OKP keys, the RSA factors `p`, `q`, `dp`, `dq`, `qi`, the symmetric `k`)",
    // The member names are one or two letters, so the jwk-private validator asks for a `kty` in the same object.
    pattern: `"(?<key>d|p|q|dp|dq|qi|k)"[ \\t]{0,3}:[ \\t]{0,3}"(?<secret>[A-Za-z0-9_-]{16,4096})"`,
    secretGroup: "secret",
    keywords: ['"d"', '"p"', '"q"', '"dp"', '"dq"', '"qi"', '"k"'],
    anchored: true,
    score: 0.92,
    validator: "jwk-private",
    examples: {
      positive: [
        { text: '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"86E2XrwNP8UWbJdkdI1AWtdVaNGkr6X8ZBP_N-fd2lV","kid":"sig-2026-03"}', secret: "86E2XrwNP8UWbJdkdI1AWtdVaNGkr6X8ZBP_N-fd2lV" },
        { text: '{\n  "kty": "oct",\n  "k": "GawgguFyGrWKav7AX4VKUg_Zq8Lm2Xv9Rt4Wb7Nc1Hd",\n  "alg": "HS256"\n}', secret: "GawgguFyGrWKav7AX4VKUg_Zq8Lm2Xv9Rt4Wb7Nc1Hd" },
        { text: '{"kty": "RSA", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAt", "e": "AQAB", "qi": "GyM_p6JrXySiz1toFgKbWV-JdI3jQ4ypu9rbMWx3rQJBfmt0FoYzgUIZEVFEcOqwemRN81zoDAaa"}', secret: "GyM_p6JrXySiz1toFgKbWV-JdI3jQ4ypu9rbMWx3rQJBfmt0FoYzgUIZEVFEcOqwemRN81zoDAaa" },
      ],
      negative: [
        { text: '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","kid":"sig-2026-03"}' },
        { text: '{"data": {"d": "86E2XrwNP8UWbJdkdI1AWtdVaNGkr6X8ZBP_N-fd2lV", "type": "delta"}}' },
        { text: '{"kty": "EC", "k": "GawgguFyGrWKav7AX4VKUg_Zq8Lm2Xv9Rt4Wb7Nc1Hd"}' },
      ],
    },
  },
  {
    id: "evm-private-key",
    description: "Ethereum / EVM (secp256k1) private key: 64 hex digits, with or without 0x, named as a private key or wallet key",
    // 64 hex digits are also transaction, block and content hashes: the value counts only near a private-key, wallet or
    // mnemonic word, and not where a hash word, "tx" or an explorer URL explains it (validator "evm-private-key").
    pattern: `(?<![A-Za-z0-9/])(?<secret>(?:0[xX])?[a-fA-F0-9]{64})(?![A-Za-z0-9])`,
    secretGroup: "secret",
    keywords: ["private key", "private_key", "privatekey", "private-key", "privkey", "priv_key", "wallet", "mnemonic"],
    score: 0.85,
    entropyMin: 3,
    validator: "evm-private-key",
    window: { before: 160, after: 200 },
    examples: {
      positive: [
        { text: "PRIVATE_KEY=0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", secret: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" },
        { text: "my wallet private key is 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318.", secret: "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" },
        { text: "my blockchain wallet private key: 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", secret: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" },
        { text: "const wallet = new ethers.Wallet(\"0xc8f12fb8b20008e14b5A5ff4bad15af9b545d98144da8707892dcc2a2014ba58\", provider);", secret: "0xc8f12fb8b20008e14b5A5ff4bad15af9b545d98144da8707892dcc2a2014ba58" },
      ],
      negative: [
        { text: "wallet tx hash: 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" },
        { text: "Sent from my wallet, see https://etherscan.io/tx/0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" },
        { text: "private key signed block 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" },
        { text: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" },
        { text: '{"wallet": "0x52908400098527886E0F7030069857D2E4169EE7", "transactionHash": "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"}' },
      ],
    },
  },
];
