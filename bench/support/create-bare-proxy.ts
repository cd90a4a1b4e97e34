import { createServer, type Server } from "node:http";
import { Pool } from "undici";

/**
 * The baseline every proxy benchmark compares against: a bare pass-through written with node:http and an undici
 * Pool, no parsing, no controls. Not listening yet.
 */
export function createBareProxy(origin: string): Server {
  const pool = new Pool(origin, { connections: 1024, pipelining: 1, keepAliveTimeout: 30_000 });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      pool
        .request({ method: "POST", path: req.url ?? "/", headers: { "content-type": "application/json" }, body: Buffer.concat(chunks) })
        .then(async (up) => {
          res.writeHead(up.statusCode, { "content-type": String(up.headers["content-type"] ?? "application/json") });
          for await (const c of up.body) res.write(c);
          res.end();
        })
        .catch(() => {
          res.writeHead(502);
          res.end();
        });
    });
  });
  server.keepAliveTimeout = 60_000;
  return server;
}
