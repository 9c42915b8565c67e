import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';

/** What s3rver's FilesystemStore answers to (only the calls wrapped below are named). */
type Store = Record<string, (...args: unknown[]) => Promise<unknown>> & {
  getResourcePath(bucket: string, key: string, resource: string): string;
};
interface StoredObject {
  bucket: string;
  key: string;
  content: Readable | Buffer | null;
  metadata: Record<string, string>;
}

async function bytesOf(content: Readable | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content;
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * s3rver 3.7 writes an object, its `.md5` and its `metadata.json` in place (truncate, then write)
 * and a DELETE removes the folders it leaves empty. So a GET racing a PUT of the same key reads an
 * empty metadata.json (`SyntaxError: Unexpected end of JSON input`, answered as 500 InternalError)
 * or a partial body, and a PUT racing a DELETE in the same folder can find the folder gone. The
 * sitemap job rewrites `sitemap.xml` while the gateway reads it, so the e2e tests hit this (minio's
 * one retry hid the 500s). Its putObject also resolves before its write stream has flushed, so
 * even a GET that starts after a PUT was answered can read a short body. Real S3 makes every
 * request atomic; here every store call runs alone, a PUT's bytes are on disk before it is
 * answered, and a GET reads its body in full before the next call starts.
 */
function serialised(store: Store): Store {
  let tail: Promise<unknown> = Promise.resolve();
  const alone = <T>(call: () => Promise<T>): Promise<T> => {
    const run = tail.then(call);
    tail = run.catch(() => undefined);
    return run;
  };
  // Calls the store makes on itself (getObject → getMetadata) stay on the unwrapped store.
  const outer = Object.create(store) as Store;
  for (const name of [
    'listBuckets',
    'getBucket',
    'putBucket',
    'deleteBucket',
    'listObjects',
    'existsObject',
    'getObject',
    'putObject',
    'copyObject',
    'deleteObject',
    'initiateUpload',
    'putPart',
    'putObjectMultipart',
    'getSubresource',
    'putSubresource',
    'deleteSubresource',
  ]) {
    outer[name] = (...args) => alone(() => store[name]!(...args));
  }
  outer.getObject = (...args) =>
    alone(async () => {
      const object = (await store.getObject!(...args)) as StoredObject | null;
      if (object?.content) object.content = Readable.from([await bytesOf(object.content)]);
      return object;
    });
  outer.putObject = async (...args) => {
    const object = args[0] as StoredObject;
    const bytes = await bytesOf(object.content!); // the request body, before taking the turn
    return alone(async () => {
      const path = store.getResourcePath(object.bucket, object.key, 'object');
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
      const md5 = createHash('md5').update(bytes).digest('hex');
      await store.putMetadata!(object.bucket, object.key, object.metadata, md5);
      return { size: bytes.length, md5 };
    });
  };
  return outer;
}

/**
 * s3rver on loopback, in a temporary folder, and the S3_* settings that point the stack at it.
 * It checks no signatures and has no multipart: fine for functional round trips.
 *
 * It fails loudly: every 5xx it answers is printed at once, and `close()` throws listing them, so
 * the test file fails even when the client's retry got a good answer the second time.
 */
export async function startS3rver(
  bucket: string,
): Promise<{ settings: Record<string, string>; port: number; directory: string; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'wh-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
  server.store = server.context.store = serialised(server.store as Store);
  // Koa reports every error a request threw, with its context: the cause of a 5xx.
  const causes = new WeakMap<ServerResponse, Error>();
  server.on('error', (err, ctx) => causes.set(ctx.res, err));
  const failures: string[] = [];
  const { port } = await server.run();
  server.httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    res.on('finish', () => {
      if (res.statusCode < 500) return;
      const cause = causes.get(res);
      const failure = `s3rver answered ${req.method} ${req.url} with ${res.statusCode} (${cause ? `${cause.name}: ${cause.message}` : 'no error reported'})`;
      console.error(failure);
      failures.push(failure);
    });
  });
  return {
    settings: {
      S3_ENDPOINT: '127.0.0.1',
      S3_PORT: String(port),
      S3_ACCESS_KEY: 'S3RVER',
      S3_SECRET_KEY: 'S3RVER',
      S3_BUCKET: bucket,
    },
    port,
    directory: dir,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
      if (failures.length > 0) {
        throw new Error(`the S3 stand-in failed ${failures.length} request(s):\n${failures.join('\n')}`);
      }
    },
  };
}
