import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/**
 * s3rver on loopback, in a temporary folder, and the S3_* settings that point the stack at it.
 * It checks no signatures and has no multipart: fine for functional round trips.
 */
export async function startS3rver(
  bucket: string,
): Promise<{ settings: Record<string, string>; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'wh-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
  const { port } = await server.run();
  return {
    settings: {
      S3_ENDPOINT: '127.0.0.1',
      S3_PORT: String(port),
      S3_ACCESS_KEY: 'S3RVER',
      S3_SECRET_KEY: 'S3RVER',
      S3_BUCKET: bucket,
    },
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
