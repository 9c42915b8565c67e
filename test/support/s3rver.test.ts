/**
 * The S3 stand-in behaves like S3 where WebHaze relies on it (every request atomic), and it cannot
 * fail quietly: a 5xx it answered fails the test file even when minio's retry got a good answer.
 */
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createStorage, ObjectNotFoundError } from '../../core/storage.js';
import { testConfig } from './env.js';
import { startS3rver } from './s3rver.js';

const BUCKET = 'webhaze-standin-test';

/** A stand-in, WebHaze's S3 storage on it, and the removal of the storage's data folder. */
async function standIn() {
  const s3 = await startS3rver(BUCKET);
  const config = testConfig(s3.settings);
  const storage = await createStorage(config);
  return { s3, storage, removeData: () => rm(config.dataDir, { recursive: true, force: true }) };
}

describe('the S3 stand-in (s3rver)', () => {
  it('answers GETs racing PUTs of the same key, and PUTs racing DELETEs in one folder, like S3', async () => {
    const { s3, storage, removeData } = await standIn();
    try {
      const key = 'tenants/t1/sites/s1/sitemap.xml';
      const versions = [Buffer.alloc(6_000, 'a'), Buffer.alloc(9_000, 'b')];
      await storage.put(key, versions[0]!, 'application/xml');
      let writing = true;
      const writes = (async () => {
        for (let i = 1; i <= 60; i++) await storage.put(key, versions[i % 2]!, 'application/xml');
        writing = false;
      })();
      // The sitemap job's pattern: a part is written and a stale one deleted in the same folder.
      const churn = (async () => {
        for (let i = 0; writing; i++) {
          await storage.put(`tenants/t1/sites/s1/parts/${i % 2}.xml`, versions[0]!, 'application/xml');
          await storage.delete(`tenants/t1/sites/s1/parts/${(i + 1) % 2}.xml`);
        }
      })();
      const reads: Buffer[] = [];
      const readers = Array.from({ length: 3 }, async () => {
        while (writing) reads.push(await storage.get(key));
      });
      await Promise.all([writes, churn, ...readers]);
      expect(reads.length).toBeGreaterThan(0);
      // Every read is one whole version, never a short or mixed body.
      expect(reads.filter((body) => !versions.some((v) => v.equals(body)))).toEqual([]);
    } finally {
      await removeData();
      await s3.close(); // throws when any request was answered with a 5xx
    }
  });

  it('fails loudly: close() throws naming every 5xx it answered', async () => {
    const { s3, storage, removeData } = await standIn();
    // What the stand-in prints at once (and minio's retry notice), kept out of the run's output.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const retried = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let lines: string[] = [];
    try {
      const key = 'tenants/t1/broken.txt';
      await storage.put(key, Buffer.from('x'), 'text/plain');
      // A metadata file s3rver cannot parse: it answers 500 InternalError (and minio retries once).
      const folder = join(s3.directory, BUCKET, 'tenants', 't1');
      const metadata = (await readdir(folder)).find((f) => f.endsWith('metadata.json'))!;
      await writeFile(join(folder, metadata), '{');
      const failed = await storage.get(key).then(
        () => null,
        (err: unknown) => err,
      );
      expect(failed).not.toBeInstanceOf(ObjectNotFoundError);
      expect(String(failed)).toMatch(/Retryable HTTP status: 500/);
    } finally {
      lines = printed.mock.calls.map(([line]) => String(line));
      printed.mockRestore();
      retried.mockRestore();
      await removeData();
    }
    expect(lines).toEqual([
      expect.stringMatching(/^s3rver answered GET \S+broken\.txt with 500 \(SyntaxError: /),
      expect.stringMatching(/^s3rver answered GET \S+broken\.txt with 500 \(SyntaxError: /),
    ]);
    await expect(s3.close()).rejects.toThrow(
      /failed 2 request\(s\):\ns3rver answered GET \/webhaze-standin-test\/tenants\/t1\/broken\.txt with 500 \(SyntaxError: /,
    );
  });
});
