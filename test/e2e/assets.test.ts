import { rm } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningStack, startStack } from '../../stack/start.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';
import { noiseJpeg } from '../support/images.js';
import { withInitialisedPglite } from '../support/pglite-template.js';
import { startS3rver } from '../support/s3rver.js';
import { bearer, createAccount, eventually, gql } from './support.js';

let database: TestDatabase;
let stack: RunningStack;
let url: string;
/** The stack `url` points at (its outbox has the sign-up mail). */
let current: RunningStack;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = testConfig({
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    NODE_ENV: 'production',
    IMAGE_WIDTHS: '64,128,256',
    IMAGE_AVIF_EFFORT: '1',
  });
  stack = await startStack(config, { freePorts: true, seed: false });
  url = stack.gatewayUrl;
  current = stack;
});

afterAll(async () => {
  await stack?.close();
  await database?.drop();
});

async function signUp(email: string, slug: string): Promise<string> {
  const registered = await createAccount(current, { email, name: slug });
  const created = await gql<{ createTenant: { accessToken: string } }>(
    url,
    `mutation($input: CreateTenantInput!) { createTenant(input: $input) { accessToken } }`,
    { input: { slug, name: slug, starterSite: false } },
    bearer(registered.accessToken),
  );
  expect(created.body.errors).toBeUndefined();
  return created.body.data!.createTenant.accessToken;
}

/** With disk storage the gateway serves uploads and files on a free port: URLs built from PUBLIC_URL are re-pointed at it. */
const viaGateway = (absolute: string) => {
  const u = new URL(absolute);
  return `${url}${u.pathname}${u.search}`;
};
/** With S3 the URLs point at the object store itself (presigned PUT, public objects). */
let target: (absolute: string) => string = viaGateway;

interface AssetOut {
  id: string;
  status: string;
  width: number;
  height: number;
  placeholder: string | null;
  placeholderDataUrl: string | null;
  dominantColor: string | null;
  srcset: string | null;
  sizes: string | null;
  variants: { width: number; format: string; url: string }[];
}

/** The whole round trip a client makes, through the gateway at `url`. */
async function roundTrip(slug: string): Promise<void> {
  const token = await signUp(`${slug}@example.com`, slug);
  const body = await noiseJpeg(300, 200);
  const created = await gql<{
    createUpload: { uploadUrl: string; method: string; asset: { id: string; status: string } };
  }>(
    url,
    `mutation($input: CreateUploadInput!) { createUpload(input: $input) { uploadUrl method asset { id status } } }`,
    { input: { filename: 'team.jpg', contentType: 'image/jpeg', size: body.length } },
    bearer(token),
  );
  expect(created.body.errors).toBeUndefined();
  const ticket = created.body.data!.createUpload;
  expect(ticket.asset.status).toBe('PENDING');
  const put = await fetch(target(ticket.uploadUrl), {
    method: ticket.method,
    body,
    headers: { 'content-type': 'image/jpeg' },
  });
  expect(put.status).toBe(200);

  const completed = await gql<{ completeUpload: { status: string } }>(
    url,
    'mutation($id: ID!) { completeUpload(id: $id) { status } }',
    { id: ticket.asset.id },
    bearer(token),
  );
  expect(completed.body.errors).toBeUndefined();
  expect(completed.body.data!.completeUpload.status).toBe('PROCESSING');

  const asset = await eventually(async () => {
    const res = await gql<{ asset: AssetOut }>(
      url,
      `query($id: ID!) { asset(id: $id) { id status width height placeholder placeholderDataUrl dominantColor
          srcset(format: AVIF) sizes variants(format: WEBP) { width format url } } }`,
      { id: ticket.asset.id },
      bearer(token),
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.asset.status === 'READY' ? res.body.data!.asset : undefined;
  }, 60_000);
  expect(asset).toMatchObject({ width: 300, height: 200, sizes: '(max-width: 256px) 100vw, 256px' });
  expect(asset.placeholder).toBeTruthy();
  expect(asset.placeholderDataUrl).toMatch(/^data:image\/png;base64,/);
  expect(asset.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
  const entries = asset.srcset!.split(', ').map((entry) => entry.split(' '));
  expect(entries.map(([, w]) => w)).toEqual(['64w', '128w', '256w']);
  expect(asset.variants.map((v) => v.width)).toEqual([64, 128, 256]);

  // The variants are served (the gateway's /files route with disk storage, S3 otherwise) with their type.
  const avif = await fetch(target(entries[1]![0]!));
  expect(avif.status).toBe(200);
  expect(avif.headers.get('content-type')).toBe('image/avif');
  const webp = await fetch(target(asset.variants[2]!.url));
  expect(webp.headers.get('content-type')).toBe('image/webp');
  expect((await sharp(Buffer.from(await webp.arrayBuffer())).metadata()).width).toBe(256);

  // Anonymous callers cannot start uploads.
  const anonymous = await gql(
    url,
    `mutation($input: CreateUploadInput!) { createUpload(input: $input) { uploadUrl } }`,
    { input: { filename: 'x.jpg', contentType: 'image/jpeg', size: 10 } },
  );
  expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}

describe('assets through the gateway (PostgreSQL + Redis + BullMQ worker, disk storage)', () => {
  it('uploads, completes, optimises in the worker and answers srcset and placeholder', async () => {
    await roundTrip('assets-e2e');
  }, 120_000);
});

describe('assets through the gateway against S3 (s3rver on loopback, PostgreSQL + Redis + BullMQ)', () => {
  let s3stack: RunningStack;
  let s3database: TestDatabase;
  let s3: Awaited<ReturnType<typeof startS3rver>>;
  let previousUrl: string;
  beforeAll(async () => {
    s3 = await startS3rver('webhaze-e2e');
    s3database = await createTestDatabase();
    s3stack = await startStack(
      testConfig({
        DATABASE_URL: s3database.url,
        REDIS_URL: TEST_REDIS_URL,
        ...s3.settings,
        IMAGE_WIDTHS: '64,128,256',
        IMAGE_AVIF_EFFORT: '1',
      }),
      { freePorts: true, seed: false },
    );
    expect(s3stack.storage.backend).toBe('s3');
    previousUrl = url;
    url = s3stack.gatewayUrl;
    current = s3stack;
    target = (absolute) => absolute;
  }, 120_000);
  afterAll(async () => {
    url = previousUrl;
    current = stack;
    target = viaGateway;
    await s3stack?.close();
    await s3database?.drop();
    await s3?.close();
  });

  it('uploads straight to S3 with a presigned PUT, then the same round trip', async () => {
    await roundTrip('assets-s3');
  }, 120_000);
});

describe('assets in embedded mode (PGlite, in-process jobs, disk storage)', () => {
  let embedded: RunningStack;
  let bullUrl: string;
  beforeAll(async () => {
    const config = testConfig({ IMAGE_WIDTHS: '64,128,256', IMAGE_AVIF_EFFORT: '1' });
    await withInitialisedPglite(config.dataDir);
    embedded = await startStack(config, { freePorts: true, seed: false });
    expect(embedded.jobs.backend).toBe('in-process');
    bullUrl = url;
    url = embedded.gatewayUrl;
    current = embedded;
  }, 120_000);
  afterAll(async () => {
    url = bullUrl;
    current = stack;
    await embedded?.close();
    if (embedded) await rm(embedded.config.dataDir, { recursive: true, force: true });
  });

  it('runs the same round trip with the image job in-process', async () => {
    await roundTrip('assets-embedded');
  }, 120_000);
});
