import { connect, createServer, type Socket } from "node:net";

/** A TCP relay to a PostgreSQL server that a test can cut (every connection dropped, new ones refused) and restore. */
export interface CuttableRelay {
  /** `pgUrl` with its host and port pointed at the relay. */
  readonly url: string;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startCuttableRelay(pgUrl: string): Promise<CuttableRelay> {
  const target = new URL(pgUrl);
  const sockets = new Set<Socket>();
  let up = true;
  const relay = createServer((client) => {
    if (!up) return void client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => relay.listen(0, "127.0.0.1", r));
  const via = new URL(pgUrl);
  via.hostname = "127.0.0.1";
  via.port = String((relay.address() as { port: number }).port);
  const dropAll = (): void => {
    for (const s of sockets) s.destroy();
  };
  return {
    url: via.toString(),
    cut() {
      up = false;
      dropAll();
    },
    restore() {
      up = true;
    },
    async close() {
      up = true;
      dropAll();
      await new Promise<void>((r) => relay.close(() => r()));
    },
  };
}
