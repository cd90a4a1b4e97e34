import { createRequire } from "node:module";

/**
 * `node:tls`, loaded through require rather than `import … from "node:tls"`: the ESM facade of a built-in reads every
 * export, and node:tls's `rootCertificates` getter then builds its ~150 root certificates as strings (~0.3 MB of
 * heap) in every process, whether or not TLS is configured.
 */
export const nodeTls = createRequire(import.meta.url)("node:tls") as typeof import("node:tls");
