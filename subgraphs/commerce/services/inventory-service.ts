import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  type EntityManager,
  type SubgraphDb,
  type TenantScope,
  withPlatform,
  withTenant,
} from '../../../core/db.js';
import { AppError, badInput, conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';

/**
 * Inventory: stock per variant per location, and reservations taken at checkout.
 *
 * Stock is `on_hand` (units in the location) and `reserved` (held by reservations not yet paid);
 * available = on_hand - reserved. A reservation moves units into `reserved` (reserve), then either
 * out of the store (commit: on_hand and reserved both drop, on payment) or back to available
 * (release: reserved drops, on expiry, failure or cancel).
 *
 * Transactions: every method takes an optional `tx`. Without it the method opens its own
 * `withTenant` transaction for `scope`; with it, it runs inside the caller's transaction, which
 * MUST be a `withTenant` transaction of the same tenant (e.g. checkout creating the order and the
 * reservation together). Either way the method's effects commit or roll back as one.
 * `releaseExpired` is the exception: it is a worker sweep and opens its own transactions.
 *
 * Concurrency: reserve locks the stock rows of every variant it touches (`SELECT … FOR UPDATE`,
 * always in (variant_id, location_id) order so two reservations never deadlock) before it reads
 * availability, and the table's `check (reserved <= on_hand)` backs that up, so the last unit can
 * only ever be reserved once. Reservation state changes lock the reservation row first, so a
 * commit racing a release sees the other's result and answers 'already' / 'committed' / 'released'.
 *
 * Idempotency: every method is keyed by the reservation id (chosen by the caller, unique per
 * tenant); calling again is safe and reports what already happened.
 */

export interface ReservationLineInput {
  variantId: string;
  quantity: number;
}

export interface ReserveInput {
  /** The caller's idempotency key, e.g. the order or checkout id. */
  reservationId: string;
  lines: ReservationLineInput[];
  expiresAt: Date;
}

export type ReservationStatus = 'held' | 'committed' | 'released';

export interface ReservationLine {
  variantId: string;
  locationId: string;
  quantity: number;
}

export interface Reservation {
  id: string;
  tenantId: string;
  status: ReservationStatus;
  expiresAt: Date;
  releaseReason: string | null;
  lines: ReservationLine[];
  /** False when this call found the reservation already there (a repeated reserve). */
  created: boolean;
}

export type CommitResult = 'committed' | 'already' | 'missing' | 'released';
export type ReleaseResult = 'released' | 'already' | 'missing' | 'committed';
export type ReReserveResult = 'committed' | 'insufficient';

export interface StockLevel {
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  available: number;
}

/** The most units one line may ask for (keeps sums far from integer overflow). */
export const MAX_LINE_QUANTITY = 1_000_000;

const reserveInput = z.object({
  reservationId: z.string().uuid('reservationId must be a UUID'),
  lines: z
    .array(
      z.object({
        variantId: z.string().uuid('variantId must be a UUID'),
        quantity: z
          .number()
          .int('Quantity must be a whole number')
          .min(1, 'Quantity must be at least 1')
          .max(MAX_LINE_QUANTITY, 'Quantity is too large'),
      }),
    )
    .min(1, 'A reservation needs at least one line')
    .max(250, 'At most 250 lines'),
  expiresAt: z.date({ message: 'expiresAt must be a date' }),
});

interface ReservationRow {
  id: string;
  tenant_id: string;
  status: ReservationStatus;
  expires_at: Date | string;
  release_reason: string | null;
}

interface LineRow {
  variant_id: string;
  location_id: string;
  quantity: number;
}

interface StockRow {
  variant_id: string;
  location_id: string;
  on_hand: number;
  reserved: number;
  is_default: boolean;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export class InventoryService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private run<T>(scope: TenantScope, tx: EntityManager | undefined, fn: (em: EntityManager) => Promise<T>) {
    return tx ? fn(tx) : withTenant(this.db, scope, fn);
  }

  /**
   * Takes stock for every line, across the tenant's locations (the default location first), all
   * or nothing. Not enough stock for a line → CONFLICT naming the variant (`extensions.variantId`,
   * `sku`, `available`, `field: lines.<i>.quantity`), nothing taken. An unknown (or another
   * tenant's) variant, or one whose product is not active → BAD_USER_INPUT naming the line
   * (`lines.<i>.variantId`). A reservation id that exists already → that reservation, unchanged
   * (`created: false`), whatever lines are passed.
   */
  async reserve(scope: TenantScope, input: ReserveInput, tx?: EntityManager): Promise<Reservation> {
    const data = parseInput(reserveInput, input);
    // One demand per variant, in id order: the lock order every reservation shares.
    const demand = new Map<string, number>();
    for (const line of data.lines)
      demand.set(line.variantId, (demand.get(line.variantId) ?? 0) + line.quantity);
    for (const [variantId, quantity] of demand) {
      if (quantity > MAX_LINE_QUANTITY)
        throw badInput(`lines: too many units of variant ${variantId}`, 'lines');
    }
    const variantIds = [...demand.keys()].sort();
    return this.run(scope, tx, async (em) => {
      const tenantId = await currentTenant(em);
      const inserted = await em.execute<{ id: string }[]>(
        `insert into commerce.stock_reservation (tenant_id, id, status, expires_at, created_at, updated_at)
         values (?, ?, 'held', ?::timestamptz, ?::timestamptz, ?::timestamptz)
         on conflict (tenant_id, id) do nothing returning id`,
        [
          tenantId,
          data.reservationId,
          data.expiresAt.toISOString(),
          this.now().toISOString(),
          this.now().toISOString(),
        ],
      );
      if (inserted.length === 0) {
        const existing = await loadReservation(em, data.reservationId, false);
        if (!existing) throw new Error('reservation vanished after an insert conflict');
        return { ...existing, created: false };
      }
      const known = await em.execute<{ id: string }[]>(
        `select v.id from commerce.variant v
         join commerce.product p on p.id = v.product_id and p.tenant_id = v.tenant_id
         where p.status = 'active' and v.id in (${placeholders(variantIds.length)})`,
        variantIds,
      );
      const knownIds = new Set(known.map((r) => r.id));
      const unknownIndex = data.lines.findIndex((l) => !knownIds.has(l.variantId));
      if (unknownIndex >= 0) {
        throw badInput(
          `lines.${unknownIndex}.variantId: variant ${data.lines[unknownIndex]!.variantId} is not for sale in this store`,
          `lines.${unknownIndex}.variantId`,
        );
      }
      const rows = await lockStock(em, variantIds);
      const lines: ReservationLine[] = [];
      for (const variantId of variantIds) {
        const wanted = demand.get(variantId)!;
        const taken = allocate(
          rows.filter((r) => r.variant_id === variantId),
          wanted,
        );
        if (!taken) throw await insufficient(em, variantId, wanted, rows, data.lines);
        for (const [locationId, quantity] of taken) {
          lines.push({ variantId, locationId, quantity });
          await em.execute(
            `update commerce.stock_level set reserved = reserved + ?
             where variant_id = ? and location_id = ?`,
            [quantity, variantId, locationId],
          );
        }
      }
      await insertLines(em, tenantId, data.reservationId, lines);
      return {
        id: data.reservationId,
        tenantId,
        status: 'held',
        expiresAt: data.expiresAt,
        releaseReason: null,
        lines,
        created: true,
      };
    });
  }

  /** The reservation with its lines, or null (unknown, or another tenant's). */
  async reservation(
    scope: TenantScope,
    reservationId: string,
    tx?: EntityManager,
  ): Promise<Reservation | null> {
    if (!isUuid(reservationId)) return null;
    return this.run(scope, tx, async (em) => {
      const found = await loadReservation(em, reservationId, false);
      return found ? { ...found, created: false } : null;
    });
  }

  /**
   * On payment: the held units leave the store (on_hand and reserved both drop).
   * 'committed' now; 'already' if it was committed before; 'released' if it had been released
   * (then nothing changes: see `reReserveAndCommit`); 'missing' if there is no such reservation.
   */
  async commit(scope: TenantScope, reservationId: string, tx?: EntityManager): Promise<CommitResult> {
    if (!isUuid(reservationId)) return 'missing';
    return this.run(scope, tx, async (em) => {
      const found = await loadReservation(em, reservationId, true);
      if (!found) return 'missing';
      if (found.status === 'committed') return 'already';
      if (found.status === 'released') return 'released';
      for (const line of sortLines(found.lines)) {
        await em.execute(
          `update commerce.stock_level set on_hand = on_hand - ?, reserved = reserved - ?
           where variant_id = ? and location_id = ?`,
          [line.quantity, line.quantity, line.variantId, line.locationId],
        );
      }
      await setStatus(em, reservationId, 'committed', null, this.now());
      return 'committed';
    });
  }

  /**
   * Returns held units to available stock (expiry, payment failure, cancel). 'released' now;
   * 'already' if released before; 'committed' if it was paid (nothing changes: refunds restock
   * explicitly); 'missing' if there is no such reservation.
   */
  async release(
    scope: TenantScope,
    reservationId: string,
    reason: string,
    tx?: EntityManager,
  ): Promise<ReleaseResult> {
    if (!isUuid(reservationId)) return 'missing';
    return this.run(scope, tx, async (em) => {
      const found = await loadReservation(em, reservationId, true);
      if (!found) return 'missing';
      if (found.status === 'released') return 'already';
      if (found.status === 'committed') return 'committed';
      await returnHeld(em, found.lines);
      await setStatus(em, reservationId, 'released', reason.slice(0, 200), this.now());
      return 'released';
    });
  }

  /**
   * For a payment that succeeded after its reservation was released: takes the same units again
   * if the store has them (any location) and commits them in one step → 'committed'; otherwise
   * nothing changes → 'insufficient' (the caller refunds). A held reservation is simply committed,
   * a committed one answers 'committed' again. An unknown reservation → NOT_FOUND.
   */
  async reReserveAndCommit(
    scope: TenantScope,
    reservationId: string,
    tx?: EntityManager,
  ): Promise<ReReserveResult> {
    if (!isUuid(reservationId)) throw notFound('Reservation');
    return this.run(scope, tx, async (em) => {
      const found = await loadReservation(em, reservationId, true);
      if (!found) throw notFound('Reservation');
      if (found.status === 'committed') return 'committed';
      if (found.status === 'held') {
        await this.commit(scope, reservationId, em);
        return 'committed';
      }
      const demand = new Map<string, number>();
      for (const line of found.lines)
        demand.set(line.variantId, (demand.get(line.variantId) ?? 0) + line.quantity);
      const variantIds = [...demand.keys()].sort();
      const rows = await lockStock(em, variantIds);
      const plan: ReservationLine[] = [];
      for (const variantId of variantIds) {
        const taken = allocate(
          rows.filter((r) => r.variant_id === variantId),
          demand.get(variantId)!,
        );
        if (!taken) return 'insufficient';
        for (const [locationId, quantity] of taken) plan.push({ variantId, locationId, quantity });
      }
      for (const line of plan) {
        await em.execute(
          `update commerce.stock_level set on_hand = on_hand - ?
           where variant_id = ? and location_id = ?`,
          [line.quantity, line.variantId, line.locationId],
        );
      }
      const tenantId = await currentTenant(em);
      await em.execute('delete from commerce.stock_reservation_line where reservation_id = ?', [
        reservationId,
      ]);
      await insertLines(em, tenantId, reservationId, plan);
      await setStatus(em, reservationId, 'committed', null, this.now());
      return 'committed';
    });
  }

  /**
   * The worker sweep: releases every held reservation whose expiry is at or before `now`, across
   * tenants when no tenant is given (through the audited platform path) or only `tenantId`'s.
   * Each reservation is released in its own short tenant transaction (locked with SKIP LOCKED, so
   * two sweeps never fight, and a commit racing the sweep wins or loses cleanly). Returns the
   * released reservation ids. Callers that must cancel a payment first (checkout) release their
   * own reservations before their expiry and leave this sweep for abandoned ones.
   */
  async releaseExpired(now: Date, opts: { tenantId?: string; limit?: number } = {}): Promise<string[]> {
    const limit = opts.limit ?? 500;
    const due = await withPlatform(this.db, 'inventory: find expired stock reservations', (em) =>
      em.execute<{ tenant_id: string; id: string }[]>(
        `select tenant_id, id from commerce.stock_reservation
         where status = 'held' and expires_at <= ?::timestamptz ${opts.tenantId ? 'and tenant_id = ?' : ''}
         order by expires_at limit ?`,
        opts.tenantId ? [now.toISOString(), opts.tenantId, limit] : [now.toISOString(), limit],
      ),
    );
    const released: string[] = [];
    for (const { tenant_id: tenantId, id } of due) {
      const result = await withTenant(this.db, { tenantId }, async (em) => {
        const locked = await em.execute<ReservationRow[]>(
          `select tenant_id, id, status, expires_at, release_reason from commerce.stock_reservation
           where id = ? and status = 'held' and expires_at <= ?::timestamptz for update skip locked`,
          [id, now.toISOString()],
        );
        if (locked.length === 0) return null;
        return this.release({ tenantId }, id, 'expired', em);
      });
      if (result === 'released') released.push(id);
    }
    return released;
  }

  // -------------------------------------------------------------------------------------------
  // Stock levels and locations (catalog editors)

  /** Sets the units on hand of a variant at a location (the location must be the tenant's). */
  async setOnHand(
    scope: TenantScope,
    input: { variantId: string; locationId: string; onHand: number },
    tx?: EntityManager,
  ): Promise<StockLevel> {
    const data = parseInput(
      z.object({
        variantId: z.string().uuid('variantId must be a UUID'),
        locationId: z.string().uuid('locationId must be a UUID'),
        onHand: z
          .number()
          .int('onHand must be a whole number')
          .min(0, 'onHand must be zero or more')
          .max(1_000_000_000, 'onHand is too large'),
      }),
      input,
    );
    return this.run(scope, tx, async (em) => {
      const tenantId = await currentTenant(em);
      await assertExists(em, 'variant', data.variantId, 'Variant');
      await assertExists(em, 'location', data.locationId, 'Location');
      const rows = await em.execute<StockRow[]>(
        `insert into commerce.stock_level (tenant_id, variant_id, location_id, on_hand, reserved)
         values (?, ?, ?, ?, 0)
         on conflict (tenant_id, variant_id, location_id) do update set on_hand = excluded.on_hand
         where commerce.stock_level.reserved <= excluded.on_hand
         returning variant_id, location_id, on_hand, reserved`,
        [tenantId, data.variantId, data.locationId, data.onHand],
      );
      if (rows.length === 0) {
        const [held] = await em.execute<{ reserved: number }[]>(
          'select reserved from commerce.stock_level where variant_id = ? and location_id = ?',
          [data.variantId, data.locationId],
        );
        throw new AppError(
          'CONFLICT',
          `onHand: ${held?.reserved ?? 0} units are reserved by checkouts; on hand cannot go below that`,
          { field: 'onHand', reserved: held?.reserved ?? 0 },
        );
      }
      return toStockLevel(rows[0]!);
    });
  }

  /** Stock of the given variants at every location that has a row for them. */
  async stockLevels(
    scope: TenantScope,
    variantIds: readonly string[],
    tx?: EntityManager,
  ): Promise<StockLevel[]> {
    const ids = [...new Set(variantIds.filter(isUuid))];
    if (ids.length === 0) return [];
    return this.run(scope, tx, async (em) => {
      const rows = await em.execute<StockRow[]>(
        `select variant_id, location_id, on_hand, reserved from commerce.stock_level
         where variant_id in (${placeholders(ids.length)}) order by variant_id, location_id`,
        ids,
      );
      return rows.map(toStockLevel);
    });
  }

  /** Units available to sell per variant (all locations), 0 for variants without stock rows. */
  async available(
    scope: TenantScope,
    variantIds: readonly string[],
    tx?: EntityManager,
  ): Promise<Map<string, number>> {
    const levels = await this.stockLevels(scope, variantIds, tx);
    const out = new Map<string, number>(variantIds.map((id) => [id, 0]));
    for (const level of levels) out.set(level.variantId, (out.get(level.variantId) ?? 0) + level.available);
    return out;
  }

  /** The tenant's default location, created on first use. */
  async defaultLocation(scope: TenantScope, tx?: EntityManager): Promise<{ id: string; name: string }> {
    return this.run(scope, tx, async (em) => {
      const tenantId = await currentTenant(em);
      await em.execute(
        `insert into commerce.location (id, tenant_id, name, is_default) values (?, ?, 'Default location', true)
         on conflict (tenant_id) where is_default do nothing`,
        [randomUUID(), tenantId],
      );
      const [row] = await em.execute<{ id: string; name: string }[]>(
        'select id, name from commerce.location where is_default',
      );
      return row!;
    });
  }
}

// ---------------------------------------------------------------------------------------------

async function currentTenant(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ tenant_id: string | null }[]>(
    `select nullif(current_setting('app.tenant_id', true), '') as tenant_id`,
  );
  if (!row?.tenant_id) throw new Error('inventory: not inside a tenant transaction (use withTenant)');
  return row.tenant_id;
}

/**
 * FOR KEY SHARE: the row cannot be deleted until the caller commits (LocationService.delete locks the
 * location FOR UPDATE and then counts its stock), yet ordinary updates of it do not wait.
 */
async function assertExists(em: EntityManager, table: 'variant' | 'location', id: string, what: string) {
  const rows = await em.execute<{ id: string }[]>(
    `select id from commerce.${table} where id = ? for key share`,
    [id],
  );
  if (rows.length === 0) throw notFound(what);
}

/** Locks the stock rows of `variantIds` (sorted) in one fixed order: variant, then location. */
function lockStock(em: EntityManager, variantIds: string[]): Promise<StockRow[]> {
  return em.execute<StockRow[]>(
    `select s.variant_id, s.location_id, s.on_hand, s.reserved, l.is_default
     from commerce.stock_level s join commerce.location l on l.id = s.location_id and l.tenant_id = s.tenant_id
     where s.variant_id in (${placeholders(variantIds.length)})
     order by s.variant_id, s.location_id
     for update of s`,
    variantIds,
  );
}

/** Takes `wanted` units from the rows, the default location first; null if they do not have them. */
function allocate(rows: StockRow[], wanted: number): [string, number][] | null {
  const ordered = [...rows].sort(
    (a, b) => Number(b.is_default) - Number(a.is_default) || a.location_id.localeCompare(b.location_id),
  );
  const taken: [string, number][] = [];
  let left = wanted;
  for (const row of ordered) {
    if (left === 0) break;
    const free = row.on_hand - row.reserved;
    if (free <= 0) continue;
    const n = Math.min(free, left);
    taken.push([row.location_id, n]);
    left -= n;
  }
  return left === 0 ? taken : null;
}

async function insufficient(
  em: EntityManager,
  variantId: string,
  wanted: number,
  rows: StockRow[],
  lines: ReservationLineInput[],
): Promise<AppError> {
  const available = rows
    .filter((r) => r.variant_id === variantId)
    .reduce((sum, r) => sum + Math.max(0, r.on_hand - r.reserved), 0);
  const [variant] = await em.execute<{ sku: string }[]>('select sku from commerce.variant where id = ?', [
    variantId,
  ]);
  const index = lines.findIndex((l) => l.variantId === variantId);
  return conflict(
    `lines.${index}.quantity: only ${available} of variant ${variant?.sku ?? variantId} in stock, ${wanted} asked for`,
    { field: `lines.${index}.quantity`, variantId, sku: variant?.sku ?? null, available, requested: wanted },
  );
}

async function loadReservation(
  em: EntityManager,
  reservationId: string,
  lock: boolean,
): Promise<Omit<Reservation, 'created'> | null> {
  const [row] = await em.execute<ReservationRow[]>(
    `select tenant_id, id, status, expires_at, release_reason from commerce.stock_reservation
     where id = ? ${lock ? 'for update' : ''}`,
    [reservationId],
  );
  if (!row) return null;
  const lines = await em.execute<LineRow[]>(
    `select variant_id, location_id, quantity from commerce.stock_reservation_line
     where reservation_id = ? order by variant_id, location_id`,
    [reservationId],
  );
  return {
    id: row.id,
    tenantId: row.tenant_id,
    status: row.status,
    expiresAt: new Date(row.expires_at),
    releaseReason: row.release_reason,
    lines: lines.map((l) => ({ variantId: l.variant_id, locationId: l.location_id, quantity: l.quantity })),
  };
}

function sortLines(lines: ReservationLine[]): ReservationLine[] {
  return [...lines].sort(
    (a, b) => a.variantId.localeCompare(b.variantId) || a.locationId.localeCompare(b.locationId),
  );
}

async function returnHeld(em: EntityManager, lines: ReservationLine[]): Promise<void> {
  for (const line of sortLines(lines)) {
    await em.execute(
      `update commerce.stock_level set reserved = reserved - ?
       where variant_id = ? and location_id = ?`,
      [line.quantity, line.variantId, line.locationId],
    );
  }
}

async function insertLines(
  em: EntityManager,
  tenantId: string,
  reservationId: string,
  lines: ReservationLine[],
): Promise<void> {
  if (lines.length === 0) return;
  const values = lines.map(() => '(?, ?, ?, ?, ?)').join(', ');
  await em.execute(
    `insert into commerce.stock_reservation_line (tenant_id, reservation_id, variant_id, location_id, quantity)
     values ${values}`,
    lines.flatMap((l) => [tenantId, reservationId, l.variantId, l.locationId, l.quantity]),
  );
}

async function setStatus(
  em: EntityManager,
  reservationId: string,
  status: ReservationStatus,
  reason: string | null,
  now: Date,
): Promise<void> {
  await em.execute(
    `update commerce.stock_reservation set status = ?, release_reason = ?, updated_at = ?::timestamptz where id = ?`,
    [status, reason, now.toISOString(), reservationId],
  );
}

function toStockLevel(row: StockRow): StockLevel {
  return {
    variantId: row.variant_id,
    locationId: row.location_id,
    onHand: row.on_hand,
    reserved: row.reserved,
    available: row.on_hand - row.reserved,
  };
}
