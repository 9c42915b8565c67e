import { type AddressInfo, createServer, type Socket } from 'node:net';

/** A TCP server that accepts every connection and never answers a byte: a hung service. */
export interface BlackHole {
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Connections accepted so far. */
  accepted: number;
  close(): Promise<void>;
}

export async function startBlackHole(): Promise<BlackHole> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    hole.accepted++;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    // Reads everything (so the client's writes never block) and answers nothing.
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const hole: BlackHole = {
    port,
    url: `http://127.0.0.1:${port}`,
    accepted: 0,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return hole;
}
