/**
 * Embedded PostgreSQL for `npm start` on a bare machine (docs/adr/0006-embedded-mode-pglite.md).
 *
 * PGlite (PostgreSQL compiled to WASM, one single-user backend) persisted under
 * `${dataDir}/pglite`, served over the PostgreSQL wire protocol by pglite-socket so that the
 * unchanged `pg` / knex / MikroORM code paths work against it.
 *
 * What callers must know (verified in core/embedded-db.test.ts):
 * - `maxConnections` (PGLiteSocketServerOptions.maxConnections, pglite-socket 0.2.17) defaults to 1.
 *   It sets both `net.Server#maxConnections` and the server's own handler count check; a client over
 *   the limit gets the raw text "Too many connections" and a closed socket (no proper PostgreSQL
 *   ErrorResponse), which `pg` reports as a connection error. Keep the sum of every pool's `max`
 *   in the process below it. We default to 64.
 * - All connections are multiplexed onto ONE PostgreSQL session: messages from all sockets go through
 *   one global queue, one protocol message at a time. While a transaction is open
 *   (`db.isInTransaction()`), only the connection that opened it is served; every other connection's
 *   queries wait (no timeout) until it commits or rolls back. So transactions are fully serialised
 *   across connections, and code holding a transaction must never wait on a query from another
 *   connection (it would deadlock) -- hence the rule: never call another service inside `withTenant`.
 * - Because it is one session, session-level state is shared by every connection: plain `SET`
 *   (search_path, role, ...) leaks to the others. Only use `SET LOCAL` / `set_config(..., true)`
 *   inside a transaction. Every connection is the superuser `postgres`, so RLS only applies after
 *   `SET LOCAL ROLE <app role>`.
 * - A disconnecting client that left a transaction open is rolled back.
 * - pglite-socket's own queue is replaced by SessionQueue below (extended-protocol messages of one
 *   client could interleave with another's and hit the wrong unnamed prepared statement).
 * - `${dataDir}/pglite.lock` keeps a second process off the same folder; a stale lock is taken over.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgresOptions {
  /** Data folder; the database lives in `${dataDir}/pglite`. */
  dataDir: string;
  /** TCP port (the app uses 5499, never 5432). 0 lets the OS pick one; the URL carries the real one. */
  port: number;
  /** Bind address, default 127.0.0.1. */
  host?: string;
  /** Concurrent client connections accepted (pglite-socket's own default is 1). Default 64. */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** postgres:// URL for `pg` (`connectionString`) and MikroORM (`clientUrl`). */
  url: string;
  host: string;
  port: number;
  /** Stops the socket server (dropping clients, rolling back their open transaction) and closes PGlite. */
  close(): Promise<void>;
}

export class EmbeddedDbError extends Error {
  override name = 'EmbeddedDbError';
}

const DEFAULT_MAX_CONNECTIONS = 64;

/** Frontend extended-protocol messages after which the client has not yet sent Sync. */
const MID_UNIT = new Set(['P', 'B', 'D', 'E', 'C', 'H', 'd'].map((c) => c.charCodeAt(0)));

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: Error) => void;
}

/**
 * Drop-in replacement for pglite-socket 0.2.17's internal QueryQueueManager (same four methods),
 * fixing two defects found while testing (see embedded-db.test.ts "1a3"):
 * 1. The original only keeps serving the same connection while an explicit transaction is open. PGlite
 *    is one session, so between a client's Parse and its Sync another connection's Parse could run and
 *    replace the shared unnamed prepared statement; the first client's Bind then hit the wrong
 *    statement ("bind message supplies 1 parameters, but prepared statement "" requires 2", or worse,
 *    silently the other query). It happens whenever a message arrives split over TCP chunks (large
 *    parameters, e.g. page JSON). Here a connection that is mid extended-protocol unit (P/B/D/E/C/H
 *    sent, no Sync yet) keeps exclusive access, exactly as with an open transaction.
 * 2. After a failed execProtocolRawStream the original returned with `processing` still true, so the
 *    whole server stopped answering. Here the failure only rejects that message.
 */
class SessionQueue {
  private queue: QueuedMessage[] = [];
  private running = false;
  /** Connection served last; it keeps the session while in a transaction or mid-unit. */
  private owner: number | null = null;
  private midUnit = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.pump();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((q) => {
      if (q.handlerId !== handlerId) return true;
      q.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    this.midUnit = false;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    await this.pump();
  }

  private next(): QueuedMessage | undefined {
    if (this.owner !== null && (this.midUnit || this.db.isInTransaction())) {
      const i = this.queue.findIndex((q) => q.handlerId === this.owner);
      return i === -1 ? undefined : this.queue.splice(i, 1)[0];
    }
    return this.queue.shift();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        const current = item;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(current.message, {
              onRawData: (data) => {
                bytes += data.length;
                current.onData(data);
              },
            }),
          );
        } catch (err) {
          this.owner = current.handlerId;
          this.midUnit = false;
          current.reject(err as Error);
          continue;
        }
        this.owner = current.handlerId;
        this.midUnit = MID_UNIT.has(current.message[0] ?? 0);
        current.resolve(bytes);
      }
    } finally {
      this.running = false;
    }
  }
}

function installSessionQueue(server: PGLiteSocketServer, db: PGlite): void {
  const internals = server as unknown as { queryQueue?: { enqueue?: unknown } };
  if (typeof internals.queryQueue?.enqueue !== 'function') {
    throw new EmbeddedDbError(
      'pglite-socket internals changed (no queryQueue); re-check core/embedded-db.ts against the new version',
    );
  }
  internals.queryQueue = new SessionQueue(db);
}

const LOCK_FILE = 'pglite.lock';

/** Data folders opened by this process (a lock file with our own pid may still be stale). */
const openInThisProcess = new Set<string>();

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no lock of its own: two processes opening the same folder would corrupt it. We keep
 * `${dataDir}/pglite.lock` (created with O_EXCL) holding the owner's pid; a lock whose process is
 * gone is stale and taken over.
 */
function acquireLock(dir: string): () => void {
  const lockPath = join(dir, LOCK_FILE);
  if (openInThisProcess.has(dir)) {
    throw new EmbeddedDbError(`Embedded database in ${dir} is already open in this process`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      closeSync(fd);
      openInThisProcess.add(dir);
      return () => {
        openInThisProcess.delete(dir);
        rmSync(lockPath, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let pid = Number.NaN;
    try {
      pid = Number((JSON.parse(readFileSync(lockPath, 'utf8')) as { pid?: unknown }).pid);
    } catch {
      // unreadable or half-written lock: treat as stale
    }
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid)) {
      throw new EmbeddedDbError(
        `Embedded database in ${dir} is in use by another process (pid ${pid}). Stop it, or point ` +
          `DATA_DIR elsewhere. If no such WebHaze process runs, delete ${lockPath}.`,
      );
    }
    // Stale: the owner died without close(). PGlite recovers the data folder on open.
    rmSync(lockPath, { force: true });
  }
  throw new EmbeddedDbError(`Could not take the lock ${lockPath}`);
}

function portInUseError(port: number, host: string, cause: unknown): EmbeddedDbError {
  return new EmbeddedDbError(
    `Could not start the embedded database server: port ${port} on ${host} is already in use (another ` +
      'embedded WebHaze or another server?); stop it or set EMBEDDED_DB_PORT to a free port',
    { cause },
  );
}

/** Fails fast on a busy port, before opening (or creating) the database. */
async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((ok, fail) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      fail(err.code === 'EADDRINUSE' ? portInUseError(port, host, err) : err),
    );
    probe.listen(port, host, () => probe.close(() => ok()));
  });
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const host = opts.host ?? '127.0.0.1';
  const maxConnections = opts.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  if (opts.port === 5432) {
    throw new EmbeddedDbError('The embedded database never listens on 5432 (a real PostgreSQL may be there)');
  }
  await assertPortFree(opts.port, host);
  const root = resolve(opts.dataDir);
  mkdirSync(root, { recursive: true });
  const release = acquireLock(root);

  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    const pgDir = join(root, 'pglite');
    const fresh = !existsSync(pgDir);
    try {
      db = await PGlite.create(pgDir);
    } catch (err) {
      throw new EmbeddedDbError(
        `Could not open the embedded database in ${pgDir}${fresh ? '' : ' (the folder may be damaged)'}: ${
          (err as Error).message
        }`,
        { cause: err },
      );
    }
    server = new PGLiteSocketServer({ db, host, port: opts.port, maxConnections });
    installSessionQueue(server, db);
    try {
      await server.start();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw portInUseError(opts.port, host, err);
      throw new EmbeddedDbError(`Could not start the embedded database server: ${(err as Error).message}`, {
        cause: err,
      });
    }
    const conn = server.getServerConn(); // "host:port" with the real port after listen
    const port = Number(conn.slice(conn.lastIndexOf(':') + 1));
    const urlHost = host.includes(':') ? `[${host}]` : host;
    const url = `postgres://postgres:postgres@${urlHost}:${port}/postgres`;

    const openDb = db;
    const openServer = server;
    let closing: Promise<void> | undefined;
    return {
      url,
      host,
      port,
      close() {
        closing ??= (async () => {
          try {
            await openServer.stop();
            // stop() detaches handlers without awaiting; one may still be rolling back a dropped
            // client's transaction. Let it finish before closing the database.
            await new Promise((r) => setImmediate(r));
            await openDb.close();
          } finally {
            release();
          }
        })();
        return closing;
      },
    };
  } catch (err) {
    await server?.stop().catch(() => {});
    await db?.close().catch(() => {});
    release();
    throw err;
  }
}
