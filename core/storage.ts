import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'minio';
import type { Config } from './config.js';
import { logger } from './logger.js';

/** Object storage: S3 (through the minio client) when S3_ENDPOINT is set, else files on local disk. */
export interface Storage {
  readonly backend: 's3' | 'disk';
  put(key: string, body: Buffer | Readable, contentType: string): Promise<void>;
  /** Throws ObjectNotFoundError when there is no such object. */
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  /** Deleting a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Deletes every object whose key starts with `prefix`; returns how many. */
  deletePrefix(prefix: string): Promise<number>;
  /** Keys starting with `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
  publicUrl(key: string): string;
  signedGetUrl(key: string, ttlSeconds: number): Promise<string>;
  /** A URL a client can PUT the object to directly, or null when the backend has none (disk). */
  presignedPutUrl(key: string, ttlSeconds: number, contentType: string): Promise<string | null>;
}

export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object ${key}`);
  }
}

export class InvalidKeyError extends Error {}

const SEGMENT = /^[a-zA-Z0-9_.-]+$/;
const MAX_KEY_LENGTH = 1024;

/**
 * Keys are relative paths of plain segments: no empty, `.` or `..` segment, no leading slash, no
 * backslash or other character that a filesystem or URL could reinterpret. That makes path
 * traversal on the disk backend impossible and keeps keys URL-safe without encoding.
 */
export function assertValidKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) throw new InvalidKeyError(`Invalid object key length`);
  for (const segment of key.split('/')) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..') {
      throw new InvalidKeyError(`Invalid object key "${key}": segments may only use [a-zA-Z0-9_.-]`);
    }
  }
}

/**
 * The storage key a `/files/...` or `/uploads/...` URL path names (the disk backend's URLs), or null
 * when it is not a valid key (bad percent-encoding included: a malformed path is the client's error,
 * never a 500).
 */
export function storageKeyOf(pathname: string, prefix: string): string | null {
  try {
    const key = decodeURIComponent(pathname.slice(prefix.length));
    assertValidKey(key);
    return key;
  } catch (err) {
    if (err instanceof InvalidKeyError || err instanceof URIError) return null;
    throw err;
  }
}

/** A prefix is a key, or a key followed by `/`. */
function assertValidPrefix(prefix: string): void {
  assertValidKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);
}

/** Every object belongs to one tenant: `tenants/<tenantId>/<parts...>`. */
export function tenantKey(tenantId: string, ...parts: string[]): string {
  if (typeof tenantId !== 'string' || !SEGMENT.test(tenantId) || tenantId === '.' || tenantId === '..') {
    throw new InvalidKeyError(`Invalid tenant id "${tenantId}"`);
  }
  const key = ['tenants', tenantId, ...parts].join('/');
  assertValidKey(key);
  return key;
}

/** The prefix of a tenant's objects (or of a folder inside them), for list and deletePrefix. */
export function tenantPrefix(tenantId: string, ...parts: string[]): string {
  return `${tenantKey(tenantId, ...parts)}/`;
}

export async function createStorage(config: Config, opts: { now?: () => number } = {}): Promise<Storage> {
  if (config.S3_ENDPOINT) {
    const storage = new S3Storage(config);
    await storage.ensureBucket();
    logger().info({ endpoint: config.S3_ENDPOINT, bucket: config.S3_BUCKET }, 'storage: S3');
    return storage;
  }
  const storage = new DiskStorage(config, opts.now);
  logger().info({ root: storage.root }, 'storage: local disk (no S3_ENDPOINT)');
  return storage;
}

function joinUrl(base: string, key: string): string {
  return `${base.replace(/\/+$/, '')}/${key}`;
}

// ---------------------------------------------------------------------------------------------
// Disk backend

function diskSignature(key: string, exp: number, secret: string): string {
  return createHmac('sha256', secret).update(`${key}\n${exp}`).digest('base64url');
}

/** Checks a disk signed URL's `exp` (unix seconds) and `sig` for `key`; `now` in milliseconds. */
export function verifyDiskSignature(
  key: string,
  exp: string | number,
  sig: string,
  secret: string,
  now: number = Date.now(),
): boolean {
  const expSeconds = typeof exp === 'number' ? exp : /^\d{1,12}$/.test(exp) ? Number(exp) : Number.NaN;
  if (!Number.isSafeInteger(expSeconds) || expSeconds * 1000 < now) return false;
  const expected = Buffer.from(diskSignature(key, expSeconds, secret));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function uploadSignature(key: string, size: number, exp: number, secret: string): string {
  return createHmac('sha256', secret).update(`upload\n${key}\n${size}\n${exp}`).digest('base64url');
}

/** The query of a disk-mode upload URL (`PUT <gateway>/uploads/<key>?...`): binds key, size and expiry. */
export function signUpload(key: string, size: number, exp: number, secret: string): string {
  assertValidKey(key);
  return `size=${size}&exp=${exp}&sig=${uploadSignature(key, size, exp, secret)}`;
}

/** Checks a disk upload URL's `size`, `exp` (unix seconds) and `sig` for `key`; `now` in milliseconds. */
export function verifyUploadSignature(
  key: string,
  size: string,
  exp: string,
  sig: string,
  secret: string,
  now: number = Date.now(),
): boolean {
  if (!/^\d{1,15}$/.test(size) || !/^\d{1,12}$/.test(exp)) return false;
  if (Number(exp) * 1000 < now) return false;
  const expected = Buffer.from(uploadSignature(key, Number(size), Number(exp), secret));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The size of a stored object in bytes, or null when there is none (without reading it). */
export async function objectSize(storage: Storage, key: string): Promise<number | null> {
  if (storage instanceof S3Storage) {
    try {
      return (await storage.client.statObject(storage.bucketName, key)).size;
    } catch (err) {
      if (isS3Missing(err)) return null;
      throw err;
    }
  }
  if (storage instanceof DiskStorage) return storage.size(key);
  return (await storage.exists(key)) ? (await storage.get(key)).length : null;
}

export class DiskStorage implements Storage {
  readonly backend = 'disk';
  readonly root: string;
  /** Beside the objects, on the same filesystem, so rename is atomic and listings never see it. */
  private readonly tmpDir: string;

  constructor(
    private readonly config: Pick<Config, 'dataDir' | 'publicUrl' | 'contextSecret' | 'CDN_BASE_URL'>,
    private readonly now: () => number = Date.now,
  ) {
    this.root = join(config.dataDir, 'objects');
    this.tmpDir = join(config.dataDir, 'objects-tmp');
  }

  private path(key: string): string {
    assertValidKey(key);
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Buffer | Readable, _contentType: string): Promise<void> {
    const target = this.path(key);
    await Promise.all([mkdir(dirname(target), { recursive: true }), mkdir(this.tmpDir, { recursive: true })]);
    const tmp = join(this.tmpDir, randomUUID());
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(tmp));
      await rename(tmp, target);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.path(key));
    } catch (err) {
      if (isMissing(err)) throw new ObjectNotFoundError(key);
      throw err;
    }
  }

  /** The object's size in bytes, or null when there is none. */
  async size(key: string): Promise<number | null> {
    try {
      const info = await stat(this.path(key));
      return info.isFile() ? info.size : null;
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.path(key))).isFile();
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.path(key));
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  async deletePrefix(prefix: string): Promise<number> {
    const keys = await this.list(prefix);
    for (const key of keys) await this.delete(key);
    return keys.length;
  }

  async list(prefix: string): Promise<string[]> {
    assertValidPrefix(prefix);
    // Walk the deepest folder the prefix names, then filter: `tenants/t1/si` matches `sites/...`.
    const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
    const keys: string[] = [];
    await this.walk(folder, keys);
    return keys.filter((key) => key.startsWith(prefix)).sort();
  }

  private async walk(folder: string, out: string[]): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(folder ? join(this.root, ...folder.split('/')) : this.root, {
        withFileTypes: true,
      });
    } catch (err) {
      if (isMissing(err)) return;
      throw err;
    }
    for (const entry of entries) {
      const key = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await this.walk(key, out);
      else if (entry.isFile()) out.push(key);
    }
  }

  publicUrl(key: string): string {
    assertValidKey(key);
    return joinUrl(this.config.CDN_BASE_URL ?? `${this.config.publicUrl}/files`, key);
  }

  async signedGetUrl(key: string, ttlSeconds: number): Promise<string> {
    assertValidKey(key);
    const exp = Math.floor(this.now() / 1000) + ttlSeconds;
    const sig = diskSignature(key, exp, this.config.contextSecret);
    return `${joinUrl(`${this.config.publicUrl}/files`, key)}?exp=${exp}&sig=${sig}`;
  }

  async presignedPutUrl(key: string): Promise<string | null> {
    assertValidKey(key);
    return null;
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

// ---------------------------------------------------------------------------------------------
// S3 backend

/**
 * Origins other than the platform's own that browsers fetch objects from (S3 presigned uploads and
 * downloads, the CDN): pages and the editor list them in their Content-Security-Policy.
 */
export function storageOrigins(config: Config): string[] {
  const origins = new Set<string>();
  if (config.S3_ENDPOINT) {
    const { host, port, useSSL } = s3Endpoint(config);
    origins.add(new URL(`${useSSL ? 'https' : 'http'}://${host}${port ? `:${port}` : ''}`).origin);
  }
  if (config.CDN_BASE_URL) origins.add(new URL(config.CDN_BASE_URL).origin);
  return [...origins];
}

/** S3_ENDPOINT may be a bare host (with S3_PORT / S3_USE_SSL) or a URL like http://minio:9000. */
function s3Endpoint(config: Config): { host: string; port: number | undefined; useSSL: boolean } {
  const endpoint = config.S3_ENDPOINT ?? '';
  if (endpoint.includes('://')) {
    const url = new URL(endpoint);
    const useSSL = url.protocol === 'https:';
    return { host: url.hostname, port: url.port ? Number(url.port) : config.S3_PORT, useSSL };
  }
  return { host: endpoint, port: config.S3_PORT, useSSL: config.S3_USE_SSL };
}

export class S3Storage implements Storage {
  readonly backend = 's3';
  readonly client: Client;
  private readonly bucket: string;
  private readonly baseUrl: string;

  constructor(private readonly config: Config) {
    const { host, port, useSSL } = s3Endpoint(config);
    this.client = new Client({
      endPoint: host,
      ...(port ? { port } : {}),
      useSSL,
      accessKey: config.S3_ACCESS_KEY,
      secretKey: config.S3_SECRET_KEY,
      region: config.S3_REGION,
      pathStyle: true,
    });
    this.bucket = config.S3_BUCKET;
    this.baseUrl = `${useSSL ? 'https' : 'http'}://${host}${port ? `:${port}` : ''}/${this.bucket}`;
  }

  get bucketName(): string {
    return this.bucket;
  }

  async ensureBucket(): Promise<void> {
    if (await this.client.bucketExists(this.bucket)) return;
    try {
      await this.client.makeBucket(this.bucket, this.config.S3_REGION);
    } catch (err) {
      // Another process may have created it between the check and here.
      if (!(await this.client.bucketExists(this.bucket))) throw err;
    }
  }

  async put(key: string, body: Buffer | Readable, contentType: string): Promise<void> {
    assertValidKey(key);
    const size = Buffer.isBuffer(body) ? body.length : undefined;
    await this.client.putObject(this.bucket, key, body, size, { 'Content-Type': contentType });
  }

  async get(key: string): Promise<Buffer> {
    assertValidKey(key);
    try {
      const stream = await this.client.getObject(this.bucket, key);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    } catch (err) {
      if (isS3Missing(err)) throw new ObjectNotFoundError(key);
      throw err;
    }
  }

  async exists(key: string): Promise<boolean> {
    assertValidKey(key);
    try {
      await this.client.statObject(this.bucket, key);
      return true;
    } catch (err) {
      if (isS3Missing(err)) return false;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.client.removeObject(this.bucket, key);
  }

  async deletePrefix(prefix: string): Promise<number> {
    const keys = await this.list(prefix);
    // S3 DeleteObjects takes at most 1000 keys per request.
    for (let i = 0; i < keys.length; i += 1000) {
      await this.client.removeObjects(this.bucket, keys.slice(i, i + 1000));
    }
    return keys.length;
  }

  async list(prefix: string): Promise<string[]> {
    assertValidPrefix(prefix);
    const keys: string[] = [];
    for await (const item of this.client.listObjectsV2(this.bucket, prefix, true)) {
      if (item.name) keys.push(item.name);
    }
    return keys.sort();
  }

  publicUrl(key: string): string {
    assertValidKey(key);
    return joinUrl(this.config.CDN_BASE_URL ?? this.baseUrl, key);
  }

  async signedGetUrl(key: string, ttlSeconds: number): Promise<string> {
    assertValidKey(key);
    return this.client.presignedGetObject(this.bucket, key, ttlSeconds);
  }

  /** The content type is not part of the signature (minio's presigned PUT); the assets service checks it. */
  async presignedPutUrl(key: string, ttlSeconds: number, _contentType: string): Promise<string | null> {
    assertValidKey(key);
    return this.client.presignedPutObject(this.bucket, key, ttlSeconds);
  }
}

function isS3Missing(err: unknown): boolean {
  const code = (err as { code?: string } | undefined)?.code;
  return code === 'NoSuchKey' || code === 'NotFound' || code === 'NoSuchObject';
}
