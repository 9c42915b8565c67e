import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import { internalContext, type RequestContext } from '../../core/context.js';
import { type HttpService, startHttpService } from '../../core/http.js';
import type { JobContext, JobName, JobPayloads } from '../../core/jobs.js';
import { logger } from '../../core/logger.js';
import { createStorage, type Storage } from '../../core/storage.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { createUploadsRoute } from '../../gateway/uploads.js';
import {
  callSubgraph,
  createTestDatabase,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../test/support/env.js';
import { bombPng, gpsJpeg, noise, noiseJpeg, noisePng, sidewaysJpeg } from '../../test/support/images.js';
import { startS3rver } from '../../test/support/s3rver.js';
import { requireSystemFont } from '../../test/support/system-font.js';
import { minimalSfnt, woff2FromSfnt } from './fonts-testing.js';
import { assetDeleteHandler, imageOptimizeHandler, imageRecropHandler } from './jobs/images.js';
import { startAssetsSubgraph } from './subgraph.js';

/** A real (minimal) WOFF2 font; FAKE_WOFF2 only has the signature the type sniff looks at. */
const WOFF2 = woff2FromSfnt(minimalSfnt());
const FAKE_WOFF2 = Buffer.concat([Buffer.from('wOF2'), Buffer.from([0, 1, 0, 0]), Buffer.alloc(56, 7)]);
const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
);

let bomb: Buffer;
beforeAll(async () => {
  bomb = await bombPng();
}, 60_000);

const jobContext = (attempt = 1): JobContext => ({ id: randomUUID(), attempt, log: logger() });

interface Backend {
  name: 'disk' | 's3';
  open(): Promise<{ overrides: Record<string, string>; close(): Promise<void> }>;
}

const backends: Backend[] = [
  { name: 'disk', open: async () => ({ overrides: {}, close: async () => undefined }) },
  {
    name: 's3',
    open: async () => {
      // Single-part uploads only: s3rver has no multipart.
      const s3 = await startS3rver('webhaze-assets-test');
      return { overrides: s3.settings, close: () => s3.close() };
    },
  },
];

describe.each(backends)('uploads and image variants ($name storage)', (backend) => {
  let database: TestDatabase;
  let config: Config;
  let storage: Storage;
  let service: Awaited<ReturnType<typeof startAssetsSubgraph>>;
  let uploads: HttpService;
  let closeBackend: () => Promise<void>;
  let sql: pg.Client;
  const jobs: { name: JobName; payload: JobPayloads[JobName] }[] = [];
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  const editorA = userContext(randomUUID(), tenantA, 'editor');
  const ownerB = userContext(randomUUID(), tenantB, 'owner');
  const settings = {
    IMAGE_MAX_PIXELS: 40_000_000,
    IMAGE_WIDTHS: [32, 64, 128],
    IMAGE_AVIF_EFFORT: 0,
    IMAGE_THREADS: 0,
  };

  beforeAll(async () => {
    const opened = await backend.open();
    closeBackend = opened.close;
    database = await createTestDatabase();
    config = testConfig({
      DATABASE_URL: database.url,
      ASSET_MAX_BYTES: String(2 * 1024 * 1024),
      ASSET_QUOTA_BYTES: String(5 * 1024 * 1024),
      ...opened.overrides,
    });
    storage = await createStorage(config);
    expect(storage.backend).toBe(backend.name);
    service = await startAssetsSubgraph(config, storage, {
      port: 0,
      tenants: fixedTenantLookup({ plan: 'business' }),
      jobs: {
        enqueue: async (name, payload) => {
          jobs.push({ name, payload });
        },
      },
    });
    uploads = await startHttpService({
      name: 'uploads',
      host: '127.0.0.1',
      port: 0,
      routes: [createUploadsRoute(storage, config.contextSecret)],
    });
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await uploads?.close();
    await service?.close();
    await database?.drop();
    await closeBackend?.();
    if (config) await rm(config.dataDir, { recursive: true, force: true });
  });

  type Result = Awaited<ReturnType<typeof callSubgraph>>;
  const gql = (query: string, variables: Record<string, unknown>, ctx: RequestContext) =>
    callSubgraph(service.url, query, variables, { ctx, secret: config.contextSecret });
  function ok<T>(res: Result, field: string): T {
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data![field] as T;
  }
  function errorOf(res: Result) {
    expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
    return res.body.errors![0]! as { message: string; extensions?: Record<string, unknown> };
  }

  const CREATE = `mutation($input: CreateUploadInput!) { createUpload(input: $input) {
    uploadUrl method headers { name value } expiresAt asset { id status kind url } } }`;
  const COMPLETE =
    'mutation($id: ID!) { completeUpload(id: $id) { id status contentType size width height } }';
  const ASSET = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Asset {
    id status failureReason kind width height placeholder placeholderDataUrl dominantColor url sizes private
    srcset(format: AVIF) webp: srcset variants { width height format size url } focalPoint { x y } alt } } }`;

  interface Ticket {
    uploadUrl: string;
    method: string;
    headers: { name: string; value: string }[];
    asset: { id: string; status: string; kind: string; url: string };
  }

  /** Where the client really sends the bytes: S3 directly, or the (test) gateway's upload route. */
  function target(uploadUrl: string): string {
    if (backend.name === 's3') return uploadUrl;
    const u = new URL(uploadUrl);
    return `${uploads.url}${u.pathname}${u.search}`;
  }

  async function createUpload(
    ctx: RequestContext,
    input: { filename: string; contentType: string; size: number; private?: boolean },
  ): Promise<Ticket> {
    return ok<Ticket>(await gql(CREATE, { input }, ctx), 'createUpload');
  }

  async function put(ticket: Ticket, body: Buffer): Promise<Response> {
    return fetch(target(ticket.uploadUrl), {
      method: ticket.method,
      body: new Uint8Array(body),
      headers: Object.fromEntries(ticket.headers.map((h) => [h.name, h.value])),
    });
  }

  async function upload(
    ctx: RequestContext,
    filename: string,
    contentType: string,
    body: Buffer,
    extra: { private?: boolean } = {},
  ): Promise<{ ticket: Ticket; complete: Result }> {
    const ticket = await createUpload(ctx, { filename, contentType, size: body.length, ...extra });
    expect((await put(ticket, body)).status).toBe(200);
    return { ticket, complete: await gql(COMPLETE, { id: ticket.asset.id }, ctx) };
  }

  async function asset(id: string, ctx: RequestContext = editorA) {
    const res = ok<Record<string, unknown>[]>(
      await gql(ASSET, { reps: [{ __typename: 'Asset', id }] }, ctx),
      '_entities',
    );
    return res[0] as Record<string, unknown> & {
      status: string;
      variants: { width: number; format: string; url: string }[];
    };
  }

  async function runImageJob(assetId: string, attempt = 1, store: Storage = storage) {
    await imageOptimizeHandler({ storage: store, db: service.db, settings })(
      { tenantId: tenantA, assetId },
      jobContext(attempt),
    );
  }

  const objectsOf = (id: string) =>
    storage.list(`tenants/${tenantA}/`).then((keys) => keys.filter((k) => k.includes(id)));

  it('uploads an image, checks it, makes variants, and answers srcset, placeholder and colour', async () => {
    const body = await noiseJpeg(100, 80);
    const { ticket, complete } = await upload(editorA, 'holiday.jpg', 'image/jpeg', body);
    expect(ticket.asset).toMatchObject({ status: 'PENDING', kind: 'IMAGE' });
    expect(ticket.method).toBe('PUT');
    if (backend.name === 'disk')
      expect(ticket.uploadUrl).toMatch(/\/uploads\/tenants\/.*\?size=\d+&exp=\d+&sig=/);
    else expect(ticket.uploadUrl).toContain('X-Amz-Signature=');
    const completed = ok<{ size: number }>(complete, 'completeUpload');
    expect(completed).toMatchObject({
      status: 'PROCESSING',
      contentType: 'image/jpeg',
      width: 100,
      height: 80,
    });
    const id = ticket.asset.id;
    // The size is the stored original's (re-encoded without metadata), which the quota counts.
    expect(completed.size).toBe((await storage.get(`tenants/${tenantA}/assets/${id}/original.jpg`)).length);
    expect(jobs.at(-1)).toEqual({ name: 'image.optimize', payload: { tenantId: tenantA, assetId: id } });
    // completing twice is harmless
    expect(ok(await gql(COMPLETE, { id }, editorA), 'completeUpload')).toMatchObject({
      status: 'PROCESSING',
    });

    await runImageJob(id);
    const ready = await asset(id);
    expect(ready).toMatchObject({ status: 'READY', width: 100, height: 80, private: false });
    expect(ready.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(String(ready.placeholderDataUrl)).toMatch(/^data:image\/png;base64,/);
    expect(ready.variants.map((v) => `${v.width}.${v.format.toLowerCase()}`).sort()).toEqual(
      [
        '32.avif',
        '32.webp',
        '32.jpeg',
        '64.avif',
        '64.webp',
        '64.jpeg',
        '100.avif',
        '100.webp',
        '100.jpeg',
      ].sort(),
    );
    expect(ready.srcset).toMatch(
      new RegExp(`/tenants/${tenantA}/assets/${id}/32\\.avif 32w, .*/64\\.avif 64w, .*/100\\.avif 100w$`),
    );
    expect(ready.webp).toContain(`/assets/${id}/100.webp 100w`);
    expect(ready.sizes).toBe('(max-width: 100px) 100vw, 100px');
    const keys = await objectsOf(id);
    expect(keys).toHaveLength(10);
    expect(keys).toContain(`tenants/${tenantA}/assets/${id}/original.jpg`);
    const variant = await storage.get(`tenants/${tenantA}/assets/${id}/64.webp`);
    expect((await sharp(variant).metadata()).width).toBe(64);

    // Running the job again (a retry after a crash) writes the same keys and records nothing twice.
    await sql.query(`update assets.asset set status = 'processing' where id = $1`, [id]);
    await runImageJob(id);
    expect(await objectsOf(id)).toEqual(keys);
    const { rows } = await sql.query(
      'select count(*)::int as n from assets.asset_variant where asset_id = $1',
      [id],
    );
    expect(rows[0].n).toBe(9);
  });

  it('crops around the focal point, and moving the point regenerates the crops under the same keys', async () => {
    // Left half red, right half blue: where the square crop sits shows in its colour.
    const halves = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ff0000' } })
      .composite([
        {
          input: await sharp({ create: { width: 100, height: 100, channels: 3, background: '#0000ff' } })
            .png()
            .toBuffer(),
          left: 100,
          top: 0,
        },
      ])
      .jpeg()
      .toBuffer();
    const { ticket, complete } = await upload(editorA, 'halves.jpg', 'image/jpeg', halves);
    ok(complete, 'completeUpload');
    const id = ticket.asset.id;
    const withCrops = { ...settings, IMAGE_CROPS: ['1:1'], IMAGE_CROP_WIDTHS: [32] };
    const deps = { storage, db: service.db, settings: withCrops };
    await imageOptimizeHandler(deps)({ tenantId: tenantA, assetId: id }, jobContext());
    const CROPS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Asset {
      variants(crop: "1:1", format: JPEG) { width height crop url } srcset(crop: "1:1") } } }`;
    const crops = async () =>
      ok<{ variants: { width: number; height: number; crop: string; url: string }[]; srcset: string }[]>(
        await gql(CROPS, { reps: [{ __typename: 'Asset', id }] }, editorA),
        '_entities',
      )[0]!;
    const before = await crops();
    expect(before.variants).toEqual([expect.objectContaining({ width: 32, height: 32, crop: '1:1' })]);
    expect(before.srcset).toMatch(new RegExp(`/assets/${id}/crop-1x1-32\\.webp 32w$`));
    const key = `tenants/${tenantA}/assets/${id}/crop-1x1-32.jpg`;
    const keysBefore = await objectsOf(id);

    const UPDATE = `mutation($id: ID!, $input: UpdateAssetInput!) { updateAsset(id: $id, input: $input) { focalPoint { x y } } }`;
    ok(await gql(UPDATE, { id, input: { focalPoint: { x: 0.95, y: 0.5 } } }, editorA), 'updateAsset');
    const recrop = jobs.at(-1)!;
    expect(recrop).toMatchObject({ name: 'image.recrop', payload: { tenantId: tenantA, assetId: id } });
    await imageRecropHandler(deps)(recrop.payload as JobPayloads['image.recrop'], jobContext());
    const { dominant } = await sharp(await storage.get(key)).stats();
    expect(dominant.b).toBeGreaterThan(180);
    expect(dominant.r).toBeLessThan(80);
    expect(await objectsOf(id)).toEqual(keysBefore);
    expect((await crops()).variants).toHaveLength(1);
  });

  it('keeps the checked original when the still-valid upload URL is used again after completeUpload', async () => {
    const body = await noisePng(40, 30);
    const { ticket, complete } = await upload(editorA, 'swap.png', 'image/png', body);
    expect(ok(complete, 'completeUpload')).toMatchObject({ status: 'PROCESSING' });
    expect(ticket.uploadUrl).toContain(`tenants/${tenantA}/uploads/${ticket.asset.id}.png`);
    expect((await put(ticket, Buffer.from('<html><script>alert(1)</script></html>'))).status).toBe(200);
    const original = await storage.get(`tenants/${tenantA}/assets/${ticket.asset.id}/original.png`);
    // The checked pixels (PNG is lossless, so re-encoding without metadata keeps them exactly).
    const pixels = (png: Buffer) => sharp(png).raw().toBuffer();
    expect((await pixels(original)).equals(await pixels(body))).toBe(true);
    await runImageJob(ticket.asset.id);
    expect((await asset(ticket.asset.id)).status).toBe('READY');
  });

  it('serves a private asset only through expiring signed URLs', async () => {
    const { ticket, complete } = await upload(editorA, 'secret.png', 'image/png', await noisePng(40, 40), {
      private: true,
    });
    ok(complete, 'completeUpload');
    await runImageJob(ticket.asset.id);
    const got = await asset(ticket.asset.id);
    expect(got.private).toBe(true);
    const signed = backend.name === 's3' ? /X-Amz-Signature=/ : /\?exp=\d+&sig=/;
    expect(String(got.url)).toMatch(signed);
    expect(String(got.url)).toContain('/private-assets/');
    for (const v of got.variants) expect(v.url).toMatch(signed);
    expect(got.variants.find((v) => v.format === 'PNG')).toBeTruthy();
  });

  it('stores a WOFF2 font as is: ready at once, no variants, no job', async () => {
    const before = jobs.length;
    const { ticket, complete } = await upload(editorA, 'brand.woff2', 'font/woff2', WOFF2);
    expect(ok(complete, 'completeUpload')).toMatchObject({ status: 'READY', contentType: 'font/woff2' });
    expect(jobs.length).toBe(before);
    const stored = await asset(ticket.asset.id);
    expect(stored).toMatchObject({ kind: 'FONT', variants: [], srcset: null, private: false });
    // Public once READY: the checked bytes sit under the public assets folder, at the URL it answers.
    const key = `tenants/${tenantA}/assets/${ticket.asset.id}/original.woff2`;
    expect(String(stored.url)).toMatch(new RegExp(`/${key.replace(/\//g, '\\/')}$`));
    expect((await storage.get(key)).equals(WOFF2)).toBe(true);
    expect(await objectsOf(ticket.asset.id)).toEqual([key]);
  });

  it('accepts a WOFF2 made from a system font (fc-list)', async () => {
    const body = woff2FromSfnt(requireSystemFont().bytes);
    const { complete } = await upload(editorA, 'system.woff2', 'font/woff2', body);
    expect(ok(complete, 'completeUpload')).toMatchObject({ status: 'READY', contentType: 'font/woff2' });
  });

  it('refuses a fake WOFF2 (right signature, no font inside) and a truncated one; nothing stays stored', async () => {
    await expectRefused('fake.woff2', 'font/woff2', FAKE_WOFF2, /not a valid WOFF2 font/);
    await expectRefused(
      'cut.woff2',
      'font/woff2',
      WOFF2.subarray(0, WOFF2.length - 8),
      /not a valid WOFF2 font/,
    );
    const huge = await gql(
      CREATE,
      { input: { filename: 'huge.woff2', contentType: 'font/woff2', size: 11 * 1024 * 1024 } },
      editorA,
    );
    expect(errorOf(huge)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'size' } });
    expect(errorOf(huge).message).toMatch(/font files may be at most/);
  });

  async function expectRefused(
    filename: string,
    contentType: string,
    body: Buffer,
    reason: RegExp,
  ): Promise<string> {
    const { ticket, complete } = await upload(editorA, filename, contentType, body);
    const error = errorOf(complete);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(reason);
    const failed = await asset(ticket.asset.id);
    expect(failed).toMatchObject({ status: 'FAILED', variants: [] });
    expect(String(failed.failureReason)).toMatch(reason);
    expect(await objectsOf(ticket.asset.id)).toEqual([]);
    return ticket.asset.id;
  }

  it('refuses a text file renamed .jpg, a lying content type and SVG with script; nothing stays in storage', async () => {
    await expectRefused(
      'cat.jpg',
      'image/jpeg',
      Buffer.from('this is plainly not a JPEG file\n'.repeat(20)),
      /not an accepted type/,
    );
    await expectRefused(
      'cat.png',
      'image/png',
      await noiseJpeg(50, 50),
      /declared image\/png but its contents are image\/jpeg/,
    );
    await expectRefused('logo.png', 'image/png', SVG_WITH_SCRIPT, /not an accepted type/);
    const svg = await gql(
      CREATE,
      { input: { filename: 'logo.svg', contentType: 'image/svg+xml', size: 90 } },
      editorA,
    );
    expect(errorOf(svg)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'contentType' } });
    expect(errorOf(svg).message).toMatch(/SVG uploads are not accepted/);
  });

  it('refuses a 100-megapixel bomb at completeUpload, before any decoding', async () => {
    await expectRefused('bomb.png', 'image/png', bomb, /10000×10000 pixels/);
  });

  it('refuses empty files, and bodies larger than declared (disk: 413 while streaming)', async () => {
    const zero = await gql(
      CREATE,
      { input: { filename: 'empty.png', contentType: 'image/png', size: 0 } },
      editorA,
    );
    expect(errorOf(zero)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'size' } });
    const ticket = await createUpload(editorA, { filename: 'empty.png', contentType: 'image/png', size: 10 });
    expect((await put(ticket, Buffer.alloc(0))).status).toBe(200);
    const empty = await gql(COMPLETE, { id: ticket.asset.id }, editorA);
    expect(errorOf(empty).message).toMatch(/empty/);
    if (backend.name === 'disk') {
      const small = await createUpload(editorA, { filename: 'a.png', contentType: 'image/png', size: 100 });
      const res = await put(small, await noisePng(60, 60));
      expect(res.status).toBe(413);
      expect(await objectsOf(small.asset.id)).toEqual([]);
      const forged = new URL(target(small.uploadUrl));
      forged.searchParams.set('size', '100000');
      expect((await fetch(forged, { method: 'PUT', body: 'x' })).status).toBe(403);
    }
  });

  it('refuses files over the size limit and uploads beyond the quota', async () => {
    const big = await gql(
      CREATE,
      { input: { filename: 'big.jpg', contentType: 'image/jpeg', size: 3 * 1024 * 1024 } },
      editorA,
    );
    expect(errorOf(big)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'size' } });
    await sql.query(
      `insert into assets.asset (id, tenant_id, storage_key, filename, content_type, size, kind, status)
       values ($1, $2, $3, 'filler.pdf', 'application/pdf', $4, 'document', 'ready')`,
      [randomUUID(), tenantB, `tenants/${tenantB}/assets/filler.pdf`, 4_500_000],
    );
    const over = await gql(
      CREATE,
      { input: { filename: 'b.jpg', contentType: 'image/jpeg', size: 1_000_000 } },
      ownerB,
    );
    // ASSET_QUOTA_BYTES stands in for the plan's storageBytes here (plan-quota.test.ts: per plan).
    expect(errorOf(over).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PLAN_LIMIT',
      limit: 'storageBytes',
      max: 5 * 1024 * 1024,
      used: 4_500_000,
      adding: 1_000_000,
    });
    // tenant A's usage is its own
    await createUpload(editorA, { filename: 'a.jpg', contentType: 'image/jpeg', size: 1_000_000 });
  });

  it("answers NOT_FOUND when completing another tenant's upload, and leaves it pending", async () => {
    const ticket = await createUpload(editorA, { filename: 'mine.png', contentType: 'image/png', size: 50 });
    const res = await gql(COMPLETE, { id: ticket.asset.id }, ownerB);
    expect(errorOf(res).extensions?.code).toBe('NOT_FOUND');
    expect((await asset(ticket.asset.id)).status).toBe('PENDING');
    const notUploaded = await gql(COMPLETE, { id: ticket.asset.id }, editorA);
    expect(errorOf(notUploaded).message).toMatch(/Upload the file/);
  });

  it('refuses a truncated image at completeUpload (its metadata cannot be stripped) and keeps nothing', async () => {
    const jpeg = await noiseJpeg(120, 120);
    await expectRefused(
      'cut.jpg',
      'image/jpeg',
      jpeg.subarray(0, Math.floor(jpeg.length / 2)),
      /cannot be read/,
    );
  });

  it('stores the public original without EXIF, GPS, XMP or comments, upright, colour profile kept', async () => {
    const gps = await gpsJpeg(90, 60);
    expect((await sharp(gps).metadata()).exif?.includes(Buffer.from('WebHazeCam'))).toBe(true);
    // A JPEG comment segment too (sharp's metadata does not show these).
    const comment = Buffer.from('taken at 51.5074 N, 0.1278 W');
    const withComment = Buffer.concat([
      gps.subarray(0, 2),
      Buffer.from([0xff, 0xfe, 0, comment.length + 2]),
      comment,
      gps.subarray(2),
    ]);
    const { ticket, complete } = await upload(editorA, 'where-i-live.jpg', 'image/jpeg', withComment);
    ok(complete, 'completeUpload');
    const key = `tenants/${tenantA}/assets/${ticket.asset.id}/original.jpg`;
    expect(ticket.asset.url).toContain(key);
    const stored = await storage.get(key);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 90, height: 60 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    for (const leak of ['WebHazeCam', 'Leaky 1', 'taken at', 'GPS']) {
      expect(stored.includes(Buffer.from(leak)), leak).toBe(false);
    }

    // "Rotate 90°" in EXIF: the stored original is upright and says nothing about orientation.
    const sideways = await sidewaysJpeg(80, 40);
    const turned = await upload(editorA, 'portrait.jpg', 'image/jpeg', sideways);
    expect(ok(turned.complete, 'completeUpload')).toMatchObject({ width: 40, height: 80 });
    const upright = await sharp(
      await storage.get(`tenants/${tenantA}/assets/${turned.ticket.asset.id}/original.jpg`),
    ).metadata();
    expect(upright).toMatchObject({ width: 40, height: 80 });
    expect(upright.orientation).toBeUndefined();
    expect(upright.exif).toBeUndefined();

    // A wide-gamut PNG with a GPS EXIF chunk: the colour profile stays, the EXIF goes.
    const p3 = await noise(30, 20)
      .withIccProfile('p3')
      .withExif({ IFD3: { GPSLatitudeRef: 'N' } })
      .png()
      .toBuffer();
    expect((await sharp(p3).metadata()).exif).toBeDefined();
    const profiled = await upload(editorA, 'wide.png', 'image/png', p3, { private: true });
    ok(profiled.complete, 'completeUpload');
    const privateMeta = await sharp(
      await storage.get(`tenants/${tenantA}/private-assets/${profiled.ticket.asset.id}/original.png`),
    ).metadata();
    expect(privateMeta.exif).toBeUndefined();
    expect(privateMeta.icc).toBeDefined();
  });

  it('retries a storage failure, deletes partial variants each time, and fails the asset after the last attempt', async () => {
    const { ticket, complete } = await upload(editorA, 'flaky.png', 'image/png', await noisePng(100, 100));
    ok(complete, 'completeUpload');
    const id = ticket.asset.id;
    let puts = 0;
    const flaky: Storage = Object.assign(Object.create(Object.getPrototypeOf(storage)), storage, {
      put: async (key: string, body: Buffer, type: string) => {
        if (++puts % 5 === 0) throw new Error('connect ECONNREFUSED 10.0.0.9:9000');
        return storage.put(key, body, type);
      },
    });
    await expect(runImageJob(id, 1, flaky)).rejects.toThrow('ECONNREFUSED');
    expect(await objectsOf(id)).toEqual([`tenants/${tenantA}/assets/${id}/original.png`]);
    expect((await asset(id)).status).toBe('PROCESSING');
    await expect(runImageJob(id, 5, flaky)).rejects.toThrow('ECONNREFUSED');
    const failed = await asset(id);
    // The user sees that it failed and a reference to the logs, never the storage's address.
    expect(failed).toMatchObject({ status: 'FAILED', variants: [] });
    expect(failed.failureReason).toMatch(/^Internal server error \(job [0-9a-f-]{36}\)$/);
    expect(await objectsOf(id)).toEqual([`tenants/${tenantA}/assets/${id}/original.png`]);
  });

  const USAGE = `mutation($input: RecordAssetUsageInput!) { recordAssetUsage(input: $input) }`;
  const DELETE = 'mutation($id: ID!, $force: Boolean) { deleteAsset(id: $id, force: $force) }';

  it('refuses deleting a used asset with CONFLICT naming the users, then deletes with force and removes every object', async () => {
    const { ticket, complete } = await upload(editorA, 'hero.png', 'image/png', await noisePng(70, 70));
    ok(complete, 'completeUpload');
    const id = ticket.asset.id;
    await runImageJob(id);
    expect((await objectsOf(id)).length).toBe(10);
    const usage = {
      assetId: id,
      service: 'cms',
      kind: 'page',
      refId: randomUUID(),
      label: 'Home',
      inUse: true,
    };
    expect(errorOf(await gql(USAGE, { input: usage }, editorA)).extensions?.code).toBe('FORBIDDEN');
    expect(ok(await gql(USAGE, { input: usage }, internalContext('cms', tenantA)), 'recordAssetUsage')).toBe(
      true,
    );
    // tenant B cannot see or delete it
    expect(errorOf(await gql(DELETE, { id, force: true }, ownerB)).extensions?.code).toBe('NOT_FOUND');
    const refused = errorOf(await gql(DELETE, { id }, editorA));
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.message).toContain('cms page "Home"');
    expect(refused.extensions?.usages).toEqual([
      { service: 'cms', kind: 'page', id: usage.refId, label: 'Home' },
    ]);
    expect((await asset(id)).status).toBe('READY');

    expect(ok(await gql(DELETE, { id, force: true }, editorA), 'deleteAsset')).toBe(id);
    const job = jobs.at(-1)!;
    expect(job.name).toBe('asset.delete');
    await assetDeleteHandler(storage)(job.payload as JobPayloads['asset.delete'], jobContext());
    expect(await objectsOf(id)).toEqual([]);
    expect(await asset(id)).toBeNull();
    const { rows } = await sql.query(
      'select count(*)::int as n from assets.asset_variant where asset_id = $1',
      [id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('updates alt and focal point, validates them, and filters the library by kind and search', async () => {
    const { ticket } = await upload(editorA, 'Sunset Beach.png', 'image/png', await noisePng(30, 30));
    const id = ticket.asset.id;
    const UPDATE =
      'mutation($id: ID!, $input: UpdateAssetInput!) { updateAsset(id: $id, input: $input) { alt focalPoint { x y } } }';
    expect(
      ok(
        await gql(UPDATE, { id, input: { alt: ' Sun ', focalPoint: { x: 0.25, y: 1 } } }, editorA),
        'updateAsset',
      ),
    ).toEqual({
      alt: 'Sun',
      focalPoint: { x: 0.25, y: 1 },
    });
    expect(ok(await gql(UPDATE, { id, input: { focalPoint: null } }, editorA), 'updateAsset')).toEqual({
      alt: 'Sun',
      focalPoint: null,
    });
    const bad = await gql(UPDATE, { id, input: { focalPoint: { x: 1.5, y: 0 } } }, editorA);
    expect(errorOf(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'focalPoint.x' });
    const LIST =
      'query($search: String, $type: AssetKind) { assets(first: 100, search: $search, type: $type) { edges { node { id filename kind } } } }';
    const bySearch = ok<{ edges: { node: { id: string } }[] }>(
      await gql(LIST, { search: 'sunset' }, editorA),
      'assets',
    );
    expect(bySearch.edges.map((e) => e.node.id)).toEqual([id]);
    const fonts = ok<{ edges: { node: { kind: string } }[] }>(
      await gql(LIST, { type: 'FONT' }, editorA),
      'assets',
    );
    expect(fonts.edges.length).toBeGreaterThan(0);
    expect(new Set(fonts.edges.map((e) => e.node.kind))).toEqual(new Set(['FONT']));
    const wild = ok<{ edges: unknown[] }>(await gql(LIST, { search: '%' }, editorA), 'assets');
    expect(wild.edges).toEqual([]);
  });
});
