/**
 * Proves that the rest of the design works on the embedded database (PGlite behind pglite-socket):
 * node-postgres pools, serialised transactions, row-level security under SET LOCAL ROLE, MikroORM
 * migrations and transactions (also against the real PostgreSQL the other tests use, always),
 * and persistence across restarts. No assertion depends on wall-clock speed.
 *
 * Findings (pglite 0.5.14, pglite-socket 0.2.17, MikroORM 6.6.16, knex 3.2.10, pg 8.20):
 * - All sockets share ONE PostgreSQL session. While one connection has a transaction open, the other
 *   connections' queries are queued until it ends (they then see its committed rows): transactions
 *   are serialised, never interleaved, so there is no deadlock *inside* the database, but a
 *   transaction that waits on another connection's query hangs forever. Session state (plain SET,
 *   SET ROLE) leaks across connections; SET LOCAL / set_config(..., true) does not.
 * - gen_random_uuid() exists (PostgreSQL 17 core), no pgcrypto needed.
 * - RLS: the wire user is the superuser `postgres`, which bypasses RLS even with FORCE; after
 *   `SET LOCAL ROLE webhaze_app` the policy filters reads and rejects other tenants' writes.
 * - MikroORM: the migrations table goes to `<schema>.<table>` where `tableName: 'cms.mikro_orm_migrations'`
 *   wins, else the ORM `schema` option, else `public` (MigrationStorage.getTableName). Same on both
 *   backends, e.g. `{ schema: 'cms', migrations: { tableName: 'mikro_orm_migrations' } }` or
 *   `{ migrations: { tableName: 'cms.mikro_orm_migrations' } }`; the storage creates the schema if missing.
 * - knex's pool (several connections) works with pglite-socket; MikroORM connects with no special
 *   options (it runs `select 1 from pg_database ...`, information_schema introspection, savepoints and
 *   `set names 'utf8'` during migrations: all supported by PGlite).
 * - Stock pglite-socket 0.2.17 interleaved extended-protocol messages of different connections when a
 *   message arrived split over TCP chunks (large parameters): the shared unnamed prepared statement got
 *   replaced between Parse and Bind. core/embedded-db.ts replaces its queue; test 1a3 guards it.
 * - maxConnections over the cap: Node drops the socket, pg reports "Connection terminated unexpectedly".
 */

import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migration, Migrator } from '@mikro-orm/migrations';
import { EntitySchema, MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/support/env.js';
import { EmbeddedDbError, type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-db.js';

const APP_ROLE = 'webhaze_app';
const CREATE_ROLE = `DO $$ BEGIN CREATE ROLE ${APP_ROLE} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'wh-embedded-db-'));
}

/**
 * A data folder of its own, already initialised: PGlite's initdb takes seconds, opening an
 * initialised folder well under one. The first call initialises a folder through
 * `startEmbeddedPostgres` (the fresh-folder path) and closes it; every call gets a copy of it, so
 * no test sees another's data.
 */
let template: Promise<string> | undefined;
async function initialisedDir(): Promise<string> {
  template ??= (async () => {
    const dir = tempDir();
    const fresh = await startEmbeddedPostgres({ dataDir: dir, port: 0 });
    await fresh.close();
    return dir;
  })();
  const dir = tempDir();
  cpSync(join(await template, 'pglite'), join(dir, 'pglite'), { recursive: true });
  return dir;
}

afterAll(async () => {
  if (template) rmSync(await template, { recursive: true, force: true });
});

/** Resolves on the next macrotask turns, to let queued socket I/O happen (not a timer on speed). */
async function turns(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
}

describe('embedded PostgreSQL (PGlite over pglite-socket)', () => {
  let dir: string;
  let edb: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    dir = await initialisedDir();
    edb = await startEmbeddedPostgres({ dataDir: dir, port: 0, maxConnections: 32 });
    pool = new pg.Pool({ connectionString: edb.url, max: 4 });
    await pool.query(CREATE_ROLE);
  });

  afterAll(async () => {
    await pool?.end();
    await edb?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a postgres:// URL on the requested host with a real port', async () => {
    expect(edb.url).toMatch(/^postgres:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres$/);
    expect(edb.port).toBeGreaterThan(0);
    const { rows } = await pool.query<{ u: string; who: string; su: string }>(
      `select gen_random_uuid()::text as u, current_user as who, current_setting('is_superuser') as su`,
    );
    expect(rows[0]!.u).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0]!.who).toBe('postgres');
    expect(rows[0]!.su).toBe('on');
  });

  it('1a. runs concurrent queries over several pooled connections', async () => {
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect(), pool.connect()]);
    try {
      expect(pool.totalCount).toBe(4);
      // four connections, each running its own sequence, all interleaved on the server
      const results = await Promise.all(
        clients.map(async (c, k) => {
          const out: number[] = [];
          for (let i = 0; i < 10; i++) {
            out.push((await c.query<{ n: number }>('select $1::int * 2 as n', [k * 10 + i])).rows[0]!.n);
          }
          return out;
        }),
      );
      expect(results.flat()).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
    } finally {
      for (const c of clients) c.release();
    }
    // and through the pool itself
    const viaPool = await Promise.all(
      Array.from({ length: 20 }, (_, i) => pool.query<{ s: string }>('select $1::text as s', [`q${i}`])),
    );
    expect(viaPool.map((r) => r.rows[0]!.s)).toEqual(Array.from({ length: 20 }, (_, i) => `q${i}`));
  });

  it('1a2. does not mix up extended-protocol messages (unnamed statements) of concurrent connections', async () => {
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect(), pool.connect()]);
    const failures: string[] = [];
    try {
      await Promise.all(
        clients.map(async (c, k) => {
          for (let i = 0; i < 50; i++) {
            // different SQL text, parameter count and types per connection
            const sql =
              k % 2 === 0
                ? `select $1::int + ${k} as n, 'conn${k}' as who`
                : `select $1::int + $2::int + ${k} as n, 'conn${k}' as who, $3::text as extra`;
            const params = k % 2 === 0 ? [i] : [i, 0, 'x'];
            try {
              const { rows } = await c.query<{ n: number; who: string }>(sql, params);
              if (rows[0]?.n !== i + k || rows[0]?.who !== `conn${k}`)
                failures.push(`conn${k}#${i}: ${JSON.stringify(rows)}`);
            } catch (err) {
              failures.push(`conn${k}#${i}: ${(err as Error).message}`);
            }
          }
        }),
      );
    } finally {
      for (const c of clients) c.release();
    }
    expect(failures).toEqual([]);
  });

  it('1a3. keeps a large query (split over TCP chunks) atomic against other connections', async () => {
    // Regression test for the unnamed-statement mix-up of stock pglite-socket 0.2.17 (fixed by the
    // SessionQueue in embedded-db.ts): without the fix this fails almost every run with
    // 'bind message supplies 1 parameters, but prepared statement "" requires 2'.
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect(), pool.connect()]);
    const big = 'x'.repeat(2_000_000);
    const failures: string[] = [];
    try {
      await Promise.all(
        clients.map(async (c, k) => {
          for (let i = 0; i < 20; i++) {
            try {
              if (k === 0) {
                const { rows } = await c.query<{ n: number; who: string }>(
                  `select length($1::text) as n, 'big' as who`,
                  [big],
                );
                if (rows[0]?.n !== big.length || rows[0]?.who !== 'big')
                  failures.push(`big: ${JSON.stringify(rows)}`);
              } else {
                const { rows } = await c.query<{ n: number; who: string }>(
                  `select $1::int + $2::int as n, 'small${k}' as who`,
                  [i, k],
                );
                if (rows[0]?.n !== i + k || rows[0]?.who !== `small${k}`)
                  failures.push(`small${k}: ${JSON.stringify(rows)}`);
              }
            } catch (err) {
              failures.push(`conn${k}#${i}: ${(err as Error).message}`);
            }
          }
        }),
      );
    } finally {
      for (const c of clients) c.release();
    }
    expect(failures).toEqual([]);
  });

  it('1b. serialises a transaction on one connection against queries on another (no deadlock, no corruption)', async () => {
    await pool.query('create table if not exists public.serial_probe (id int primary key, v text)');
    const a = await pool.connect();
    const b = await pool.connect();
    try {
      await a.query('begin');
      await a.query(`insert into public.serial_probe values (1, 'from-a')`);
      let bDone = false;
      const bQuery = b
        .query<{ n: string }>('select count(*)::text as n from public.serial_probe')
        .then((r) => {
          bDone = true;
          return r.rows[0]!.n;
        });
      // A keeps working inside its transaction while B waits in pglite-socket's queue.
      await turns();
      const inside = await a.query<{ n: string }>('select count(*)::text as n from public.serial_probe');
      expect(inside.rows[0]!.n).toBe('1');
      await turns();
      expect(bDone).toBe(false); // real PostgreSQL would already have answered 0 (read committed)
      await a.query('commit');
      expect(await bQuery).toBe('1'); // B ran after the commit and sees the row
      // A failed statement inside a transaction aborts only that transaction.
      await a.query('begin');
      await expect(a.query(`insert into public.serial_probe values (1, 'dup')`)).rejects.toThrow(
        /duplicate key/,
      );
      const bAfter = b.query<{ v: string }>('select v from public.serial_probe where id = 1');
      await a.query('rollback');
      expect((await bAfter).rows[0]!.v).toBe('from-a');
    } finally {
      a.release();
      b.release();
    }
  });

  it('1c. rolls back a transaction left open by a client that disconnects, and the others proceed', async () => {
    const a = await pool.connect();
    await a.query('begin');
    await a.query(`insert into public.serial_probe values (2, 'never-committed')`);
    const other = pool.query<{ n: string }>(
      'select count(*)::text as n from public.serial_probe where id = 2',
    );
    a.release(true); // destroy the socket mid-transaction
    expect((await other).rows[0]!.n).toBe('0');
  });

  it('1d. shares one session: plain SET leaks to other connections, SET LOCAL does not', async () => {
    const a = await pool.connect();
    const b = await pool.connect();
    try {
      await a.query(`set application_name = 'leaky'`);
      expect(
        (await b.query<{ n: string }>(`select current_setting('application_name') as n`)).rows[0]!.n,
      ).toBe('leaky');
      await a.query('reset application_name');
      await a.query('begin');
      await a.query(`set local role ${APP_ROLE}`);
      expect((await a.query<{ u: string }>('select current_user as u')).rows[0]!.u).toBe(APP_ROLE);
      await a.query('commit');
      expect((await b.query<{ u: string }>('select current_user as u')).rows[0]!.u).toBe('postgres');
    } finally {
      a.release();
      b.release();
    }
  });

  it('2. enforces row-level security for the non-superuser app role only', async () => {
    const tA = randomUUID();
    const tB = randomUUID();
    await pool.query(CREATE_ROLE);
    await pool.query(CREATE_ROLE); // idempotent
    await pool.query(`
      create schema if not exists t1;
      create table t1.item (id uuid primary key default gen_random_uuid(), tenant_id uuid not null, name text);
      alter table t1.item enable row level security;
      alter table t1.item force row level security;
      create policy tenant_isolation on t1.item
        using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
      grant usage on schema t1 to ${APP_ROLE};
      grant select, insert, update, delete on all tables in schema t1 to ${APP_ROLE};
    `);
    // superuser: RLS bypassed even though forced
    await pool.query('insert into t1.item (tenant_id, name) values ($1, $2), ($3, $4)', [tA, 'a1', tB, 'b1']);
    expect((await pool.query('select * from t1.item')).rowCount).toBe(2);

    const withTenant = async <T>(tenant: string | null, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
      const c = await pool.connect();
      try {
        await c.query('begin');
        await c.query(`set local role ${APP_ROLE}`);
        await c.query(`select set_config('app.tenant_id', $1, true)`, [tenant ?? '']);
        const out = await fn(c);
        await c.query('commit');
        return out;
      } catch (err) {
        await c.query('rollback');
        throw err;
      } finally {
        c.release();
      }
    };

    const seenByA = await withTenant(tA, (c) => c.query<{ name: string }>('select name from t1.item'));
    expect(seenByA.rows.map((r) => r.name)).toEqual(['a1']);
    await withTenant(tA, (c) => c.query('insert into t1.item (tenant_id, name) values ($1, $2)', [tA, 'a2']));
    await expect(
      withTenant(tA, (c) => c.query('insert into t1.item (tenant_id, name) values ($1, $2)', [tB, 'sneaky'])),
    ).rejects.toThrow(/row-level security/);
    // updates/deletes can't reach the other tenant either
    const upd = await withTenant(tA, (c) =>
      c.query(`update t1.item set name = 'x' where tenant_id = $1`, [tB]),
    );
    expect(upd.rowCount).toBe(0);
    // no tenant set: nothing visible
    expect((await withTenant(null, (c) => c.query('select * from t1.item'))).rowCount).toBe(0);
    // parallel tenant transactions on different pooled connections stay isolated
    const counts = await Promise.all([
      withTenant(tA, (c) => c.query('select * from t1.item').then((r) => r.rowCount)),
      withTenant(tB, (c) => c.query('select * from t1.item').then((r) => r.rowCount)),
      withTenant(tA, (c) => c.query('select * from t1.item').then((r) => r.rowCount)),
    ]);
    expect(counts).toEqual([2, 1, 2]);
    // back on the superuser session: everything, and the role did not stick
    const all = await pool.query<{ u: string }>('select current_user as u, count(*) from t1.item group by 1');
    expect(all.rows).toEqual([{ u: 'postgres', count: '3' }]);
  });

  it('maxConnections caps concurrent client connections (over the cap: connection dropped)', async () => {
    const capDir = await initialisedDir();
    const capped = await startEmbeddedPostgres({ dataDir: capDir, port: 0, maxConnections: 2 });
    const clients = [1, 2, 3].map(() => new pg.Client({ connectionString: capped.url }));
    try {
      await clients[0]!.connect();
      await clients[1]!.connect();
      // pglite-socket sets net.Server#maxConnections: Node destroys the extra socket before any
      // PostgreSQL message, so pg sees the connection end (no SQLSTATE).
      clients[2]!.on('error', () => {});
      const err = await clients[2]!.connect().then(
        () => null,
        (e: Error) => e,
      );
      expect(err?.message).toMatch(/Connection terminated unexpectedly|ECONNRESET/);
      expect((await clients[1]!.query<{ n: number }>('select 1 as n')).rows[0]!.n).toBe(1);
    } finally {
      await Promise.all(clients.slice(0, 2).map((c) => c.end()));
      await capped.close();
      rmSync(capDir, { recursive: true, force: true });
    }
  });

  it('refuses port 5432 and reports a busy port and a held lock clearly', async () => {
    await expect(
      startEmbeddedPostgres({ dataDir: join(tmpdir(), 'wh-never-created'), port: 5432 }),
    ).rejects.toThrow(/never listens on 5432/);
    const other = await initialisedDir();
    try {
      await expect(startEmbeddedPostgres({ dataDir: other, port: edb.port })).rejects.toThrow(
        new RegExp(`port ${edb.port} on 127\\.0\\.0\\.1 is already in use`),
      );
      // the failed start released its own lock and database
      const ok = await startEmbeddedPostgres({ dataDir: other, port: 0 });
      await ok.close();
      await ok.close(); // idempotent
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
    // same data folder twice
    await expect(startEmbeddedPostgres({ dataDir: dir, port: 0 })).rejects.toBeInstanceOf(EmbeddedDbError);
    await expect(startEmbeddedPostgres({ dataDir: dir, port: 0 })).rejects.toThrow(
      /already open in this process/,
    );
  });
});

describe('embedded PostgreSQL persistence', () => {
  it('4. keeps data across close and restart on the same data folder, taking over a stale lock', async () => {
    const dir = await initialisedDir();
    try {
      const first = await startEmbeddedPostgres({ dataDir: dir, port: 0 });
      const c1 = new pg.Client({ connectionString: first.url });
      await c1.connect();
      await c1.query('create table keep (id int primary key, v text)');
      await c1.query(`insert into keep values (1, 'survives')`);
      await c1.end();
      await first.close();

      // A lock left by a process that died (a finished child's pid) is stale and taken over.
      const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
      writeFileSync(join(dir, 'pglite.lock'), JSON.stringify({ pid: dead }));
      // A lock held by a live process is refused (our parent process stands in for one).
      writeFileSync(join(dir, 'pglite.lock'), JSON.stringify({ pid: process.ppid }));
      await expect(startEmbeddedPostgres({ dataDir: dir, port: 0 })).rejects.toThrow(
        new RegExp(`in use by another process \\(pid ${process.ppid}\\)`),
      );
      writeFileSync(join(dir, 'pglite.lock'), JSON.stringify({ pid: dead }));

      const second = await startEmbeddedPostgres({ dataDir: dir, port: 0 });
      const c2 = new pg.Client({ connectionString: second.url });
      await c2.connect();
      const { rows } = await c2.query('select v from keep where id = 1');
      await c2.end();
      await second.close();
      expect(rows).toEqual([{ v: 'survives' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// 3. MikroORM: migrations (per-schema migrations table) and transactions with SET LOCAL ROLE, on the
//    embedded server and on the real PostgreSQL.

interface Item {
  id: string;
  tenantId: string;
  name: string;
}

const ItemSchema = new EntitySchema<Item>({
  name: 'Item',
  tableName: 'item',
  properties: {
    id: { type: 'uuid', primary: true, defaultRaw: 'gen_random_uuid()' },
    tenantId: { type: 'uuid', fieldName: 'tenant_id' },
    name: { type: 'string' },
  },
});

class Migration20261126000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists "t2";');
    this.addSql(
      'create table "t2"."item" ("id" uuid not null default gen_random_uuid(), "tenant_id" uuid not null, "name" text not null, constraint "item_pkey" primary key ("id"));',
    );
    this.addSql('alter table "t2"."item" enable row level security;');
    this.addSql('alter table "t2"."item" force row level security;');
    this.addSql(
      `create policy tenant_isolation on "t2"."item" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`grant usage on schema "t2" to ${APP_ROLE};`);
    this.addSql(`grant select, insert, update, delete on "t2"."item" to ${APP_ROLE};`);
  }
}

class Migration20261126000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists "t3"; create table "t3"."other" ("id" int primary key);');
  }
}

async function migrationTables(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ t: string }>(
      `select table_schema || '.' || table_name as t from information_schema.tables
       where table_name like '%migrations%' order by 1`,
    );
    return rows.map((r) => r.t);
  } finally {
    await c.end();
  }
}

type Target = { name: string; setup(): Promise<{ url: string; teardown(): Promise<void> }> };
const targets: Target[] = [
  {
    name: 'embedded',
    async setup() {
      const dir = await initialisedDir();
      const edb = await startEmbeddedPostgres({ dataDir: dir, port: 0 });
      return {
        url: edb.url,
        async teardown() {
          await edb.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    // Always there (CI starts it, like every other test's database): never skipped.
    name: 'real PostgreSQL',
    async setup() {
      // Empty, like the embedded engines': these tests create their own schemas and migrations.
      const database = await createTestDatabase({ empty: true });
      return { url: database.url, teardown: () => database.drop() };
    },
  },
];

describe.each(targets)('3. MikroORM 6 on $name', (target) => {
  let url: string;
  let teardown: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ url, teardown } = await target.setup());
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(CREATE_ROLE); // cluster-wide, idempotent, never dropped
    await c.end();
  });
  afterAll(async () => {
    await teardown?.();
  });

  it('runs migrations with the migrations table in the ORM schema, then tenant transactions', async () => {
    const orm = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: url,
      schema: 't2',
      entities: [ItemSchema],
      extensions: [Migrator],
      pool: { min: 0, max: 4 },
      debug: false,
      allowGlobalContext: false,
      migrations: {
        silent: true,
        tableName: 'mikro_orm_migrations',
        migrationsList: [{ name: 'Migration20261126000000', class: Migration20261126000000 }],
      },
    });
    try {
      const done = await orm.getMigrator().up();
      expect(done.map((m) => m.name)).toEqual(['Migration20261126000000']);
      expect(await orm.getMigrator().up()).toEqual([]); // second run: nothing pending
      // ORM `schema: 't2'` + plain tableName => t2.mikro_orm_migrations (not public)
      expect(await migrationTables(url)).toEqual(['t2.mikro_orm_migrations']);

      const tA = randomUUID();
      const tB = randomUUID();
      const inTenant = <T>(tenant: string, fn: (em: typeof orm.em) => Promise<T>): Promise<T> =>
        orm.em.fork().transactional(async (em) => {
          await em.execute(`set local role ${APP_ROLE}`);
          await em.execute(`select set_config('app.tenant_id', ?, true)`, [tenant]);
          return fn(em);
        });

      await inTenant(tA, async (em) => {
        em.create(ItemSchema, { id: randomUUID(), tenantId: tA, name: 'a1' });
      });
      await inTenant(tB, async (em) => {
        em.create(ItemSchema, { id: randomUUID(), tenantId: tB, name: 'b1' });
      });
      // several concurrent transactions through knex's pool
      const seen = await Promise.all(
        [tA, tB, tA, tB, tA].map((t) =>
          inTenant(t, async (em) => {
            const [who] = await em.execute<{ u: string }[]>('select current_user as u');
            const items = await em.find(ItemSchema, {});
            return `${who!.u}:${items.map((i) => i.name).join(',')}`;
          }),
        ),
      );
      expect(seen).toEqual([
        `${APP_ROLE}:a1`,
        `${APP_ROLE}:b1`,
        `${APP_ROLE}:a1`,
        `${APP_ROLE}:b1`,
        `${APP_ROLE}:a1`,
      ]);
      await expect(
        inTenant(tA, async (em) => {
          em.create(ItemSchema, { id: randomUUID(), tenantId: tB, name: 'sneaky' });
        }),
      ).rejects.toThrow(/row-level security/);
      // outside SET LOCAL ROLE (owner/superuser) RLS is bypassed: why the role switch is required
      expect(await orm.em.fork().count(ItemSchema, {})).toBe(2);
    } finally {
      await orm.close(true);
    }

    // A second ORM (another "subgraph") keeps its own migrations table in its own schema through a
    // schema-qualified tableName, with no `schema` option.
    const orm2 = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: url,
      entities: [ItemSchema],
      extensions: [Migrator],
      pool: { min: 0, max: 2 },
      migrations: {
        silent: true,
        tableName: 't3.mikro_orm_migrations',
        migrationsList: [{ name: 'Migration20261126000001', class: Migration20261126000001 }],
      },
    });
    try {
      expect((await orm2.getMigrator().up()).map((m) => m.name)).toEqual(['Migration20261126000001']);
      expect(await migrationTables(url)).toEqual(['t2.mikro_orm_migrations', 't3.mikro_orm_migrations']);
    } finally {
      await orm2.close(true);
    }
  });
});
