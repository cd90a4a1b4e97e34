/** File encryption in the age v1 format (age-encryption.org/v1): streams, files, recipients and identities. */
export { ArmorReader, ArmorWriter } from "./armor.js";
export { removeTempFilesSync, writeAtomically } from "./atomic-output.js";
export { createDecryptStream } from "./decrypt-stream.js";
export { createEncryptStream } from "./encrypt-stream.js";
export { decryptFile, decryptStreamUnsafe, decryptToFile, encryptFile, encryptStream, encryptToFile, openInputFile, type FileOptions } from "./file-ops.js";
export { buildHeader, parseHeader, unwrapHeader, type ParsedHeader } from "./header.js";
export { inspectFile, type FileInspection } from "./inspect-file.js";
export { formatIdentityFile, parseIdentities, readIdentityFile, readRecipientsFile, writeIdentityFile, writeSecretFile } from "./key-files.js";
export { KmsIdentity, KmsRecipient, KMS_STANZA_TYPE, type FileKeyWrapper } from "./kms-recipient.js";
export { CHUNK_SIZE, SEALED_CHUNK_SIZE } from "./payload-chunks.js";
export type { Identity, Recipient } from "./recipient.js";
export { DEFAULT_SCRYPT_WORK_FACTOR, MAX_SCRYPT_WORK_FACTOR, ScryptIdentity, ScryptRecipient } from "./scrypt-recipient.js";
export type { Stanza } from "./stanza.js";
export { walkFiles } from "./walk-files.js";
export { X25519Identity, X25519Recipient } from "./x25519-recipient.js";
