/**
 * Image pipeline benchmark. The same set of realistic photos (gradients, shapes and sensor noise,
 * ~2000×1500 JPEG) is processed
 *   (a) by `processImage` (sharp) in this process, IMAGE_JOB_CONCURRENCY images at a time, and
 *   (b) through the whole pipeline: completeUpload (sniff, checks, enqueue) → BullMQ on Redis →
 *       worker → variants written to disk storage → recorded in PostgreSQL → asset READY,
 * and prints images/s for each and the ratio b/a (goal ≥ 0.85: the pipeline adds little to sharp).
 *
 * Needs PostgreSQL (BENCH_DATABASE_ADMIN_URL or TEST_DATABASE_ADMIN_URL, default root@127.0.0.1)
 * and Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379).
 * Knobs: BENCH_IMAGES (default 12), BENCH_WIDTH×BENCH_HEIGHT (default 2000×1500), and the
 * IMAGE_* settings (IMAGE_AVIF_EFFORT, IMAGE_JOB_CONCURRENCY, IMAGE_THREADS, IMAGE_WIDTHS).
 */
import '../../core/disable-telemetry.js';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import sharp from 'sharp';
import { createJobQueue } from '../../core/jobs.js';
import { logger } from '../../core/logger.js';
import { createStorage } from '../../core/storage.js';
import { imageOptimizeHandler, processImage } from '../../subgraphs/assets/jobs/images.js';
import { startAssetsSubgraph } from '../../subgraphs/assets/subgraph.js';
import { createTestDatabase, testConfig, userContext } from '../../test/support/env.js';
import { photo } from '../../test/support/images.js';
import { startWorker } from '../../workers/worker.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const resultsDir = join(here, '..', '..', '.data', 'bench');

export async function runImagesBench(): Promise<void> {
  const count = Number(process.env.BENCH_IMAGES ?? 12);
  const width = Number(process.env.BENCH_WIDTH ?? 2000);
  const height = Number(process.env.BENCH_HEIGHT ?? 1500);
  if (process.env.BENCH_DATABASE_ADMIN_URL)
    process.env.TEST_DATABASE_ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL;
  const database = await createTestDatabase();
  const config = testConfig({
    DATABASE_URL: database.url,
    REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('IMAGE_'))),
  });
  logger(config.LOG_LEVEL);
  const settings = config;
  const concurrency = config.IMAGE_JOB_CONCURRENCY;
  console.log(
    `images bench: ${count} photos ${width}×${height}, widths ${config.IMAGE_WIDTHS.join(',')}, ` +
      `AVIF effort ${config.IMAGE_AVIF_EFFORT}, ${concurrency} jobs at a time`,
  );
  const photos = await Promise.all(Array.from({ length: count }, (_, i) => photo(width, height, i + 1)));
  const mb = photos.reduce((n, p) => n + p.length, 0) / 1e6;
  console.log(`  generated ${count} photos (${mb.toFixed(1)} MB of JPEG)`);

  // Warm-up: loads the codecs and sets sharp's thread count, outside both measurements.
  await processImage(await photo(400, 300, 999), settings);
  console.log(`  sharp.concurrency() = ${sharp.concurrency()}`);

  // (a) sharp alone, the same concurrency as the worker.
  let next = 0;
  const startA = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < photos.length) await processImage(photos[next++]!, settings);
    }),
  );
  const secondsA = (performance.now() - startA) / 1000;

  // (b) the whole pipeline.
  const storage = await createStorage(config);
  const jobs = await createJobQueue(config);
  const service = await startAssetsSubgraph(config, storage, { port: 0, jobs });
  const worker = await startWorker(
    config,
    { 'image.optimize': imageOptimizeHandler({ storage, db: service.db, settings }) },
    { metricsPort: 0, concurrencyByQueue: { 'image.optimize': concurrency } },
  );
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const ctx = userContext(randomUUID(), randomUUID(), 'editor');
  const ids: string[] = [];
  for (const [i, body] of photos.entries()) {
    const ticket = await service.assets.createUpload(ctx, {
      filename: `photo-${i}.jpg`,
      contentType: 'image/jpeg',
      size: body.length,
    });
    await storage.put(ticket.uploadKey, body, 'image/jpeg');
    ids.push(ticket.asset.id);
  }
  const startB = performance.now();
  for (const id of ids) await service.assets.completeUpload(ctx, id);
  for (;;) {
    const { rows } = await sql.query<{ n: number; failed: number }>(
      `select count(*) filter (where status = 'ready')::int as n, count(*) filter (where status = 'failed')::int as failed
       from assets.asset`,
    );
    if (rows[0]!.failed > 0) throw new Error('an image failed in the pipeline');
    if (rows[0]!.n === ids.length) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const secondsB = (performance.now() - startB) / 1000;
  const variants = (await sql.query<{ n: number }>('select count(*)::int as n from assets.asset_variant'))
    .rows[0]!.n;

  await sql.end();
  await worker.close();
  await service.close();
  await jobs.close();
  await database.drop();
  rmSync(config.dataDir, { recursive: true, force: true });

  const a = count / secondsA;
  const b = count / secondsB;
  const result = {
    at: new Date().toISOString(),
    images: count,
    size: `${width}x${height}`,
    avifEffort: config.IMAGE_AVIF_EFFORT,
    jobConcurrency: concurrency,
    sharpThreads: sharp.concurrency(),
    variants,
    a: { seconds: secondsA, imagesPerSecond: a },
    b: { seconds: secondsB, imagesPerSecond: b },
    ratio: b / a,
  };
  console.log(`  (a) sharp in-process: ${a.toFixed(3)} images/s (${secondsA.toFixed(1)} s)`);
  console.log(
    `  (b) whole pipeline:   ${b.toFixed(3)} images/s (${secondsB.toFixed(1)} s, ${variants} variants)`,
  );
  console.log(`  ratio b/a = ${(b / a).toFixed(3)} (goal ≥ 0.85)`);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `images-${Date.now()}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runImagesBench();
