/** A raw TCP client for tests that send what a well-behaved HTTP client would not (partial, slow, oversize). */
import { connect, type Socket } from 'node:net';

export interface RawConnection {
  socket: Socket;
  /** Everything the server sent so far (latin1). */
  received(): string;
  /** Settles with everything received once the connection is closed (by either side). */
  closed: Promise<string>;
  /** Settles with the first complete response (status line, headers, Content-Length body). */
  response: Promise<string>;
  /** Writes and waits until the bytes are handed to the kernel; after a close it does nothing. */
  send(data: string | Buffer): Promise<void>;
}

export async function openRaw(port: number, host = '127.0.0.1'): Promise<RawConnection> {
  const socket = connect(port, host);
  let text = '';
  let settleResponse: (answer: string) => void = () => undefined;
  const response = new Promise<string>((resolve) => {
    settleResponse = resolve;
  });
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1');
    const end = text.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end))?.[1] ?? 0);
    if (text.length >= end + 4 + length) settleResponse(text.slice(0, end + 4 + length));
  });
  // The server may close while the test is still writing: that is the point of some tests.
  socket.on('error', () => undefined);
  const closed = new Promise<string>((resolve) =>
    socket.once('close', () => {
      settleResponse(text);
      resolve(text);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    received: () => text,
    closed,
    response,
    send: (data) =>
      new Promise<void>((resolve) => {
        if (socket.destroyed) return resolve();
        socket.write(data, () => resolve());
      }),
  };
}

/** One chunk of a `transfer-encoding: chunked` body. */
export function chunkFrame(data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
}
