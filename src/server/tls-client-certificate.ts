import type { Socket } from "node:net";
import { nodeTls } from "../core/node-tls.js";
import type { TLSSocket as TlsSocket } from "node:tls";
import type { ClientCertificate } from "../core/client-certificate.js";

const { TLSSocket } = nodeTls;

/** Per connection: the certificate cannot change on a TLS connection Warden serves (no renegotiation). */
const seen = new WeakMap<TlsSocket, ClientCertificate | null>();

/**
 * Split Node's `subjectaltname` text (`DNS:a, URI:spiffe://x, IP Address:1.2.3.4`) into entries. Node quotes a
 * value as a JSON string when it contains a comma or quote, so such values are read back with JSON.parse.
 */
export function parseSubjectAltName(text: string): { type: string; value: string }[] {
  const out: { type: string; value: string }[] = [];
  const re = /(?:^|, )([A-Za-z ]+):("(?:[^"\\]|\\.)*"|[^,]*)/g;
  for (const m of text.matchAll(re)) {
    const type = m[1] as string;
    let value = m[2] as string;
    if (value.startsWith('"')) {
      try {
        value = JSON.parse(value) as string;
      } catch {
        continue;
      }
    }
    out.push({ type, value });
  }
  return out;
}

/**
 * The client certificate a caller presented on this connection, if it is a TLS connection and it presented one.
 * `authorized` is false when it does not chain to the configured client CA (possible with `clientAuth: optional`).
 */
export function clientCertificateOf(socket: Socket): ClientCertificate | undefined {
  if (!(socket instanceof TLSSocket)) return undefined;
  const cached = seen.get(socket);
  if (cached !== undefined) return cached ?? undefined;
  const peer = socket.getPeerCertificate(false);
  let cert: ClientCertificate | null = null;
  if (peer && typeof peer.fingerprint256 === "string" && peer.fingerprint256 !== "") {
    const cn = peer.subject?.CN as string | string[] | undefined;
    const sans = parseSubjectAltName(peer.subjectaltname ?? "");
    const error = socket.authorizationError as Error | string | null | undefined;
    cert = {
      authorized: socket.authorized,
      ...(error ? { authorizationError: typeof error === "string" ? error : (error as Error & { code?: string }).code ?? error.message } : {}),
      subjectCN: cn === undefined ? [] : Array.isArray(cn) ? cn : [cn],
      sanUris: sans.filter((s) => s.type === "URI").map((s) => s.value),
      sanDns: sans.filter((s) => s.type === "DNS").map((s) => s.value.toLowerCase()),
      fingerprint256: peer.fingerprint256.replace(/:/g, "").toLowerCase(),
    };
  }
  seen.set(socket, cert);
  return cert ?? undefined;
}
