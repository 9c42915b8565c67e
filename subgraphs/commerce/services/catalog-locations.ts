import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import { assertPlanRoom } from '../../../core/plans.js';
import { planOfTenant, type TenantLookup } from '../../../core/tenant-lookup.js';
import { type Location, LocationSchema } from '../entities/catalog.js';
import type { InventoryService } from './inventory-service.js';

const locationInput = z.object({
  name: z.string().trim().min(1, 'Name must not be empty').max(100, 'Name is too long'),
  isDefault: z.boolean().nullish(),
});

/**
 * Where stock is kept. Minimal CRUD: every tenant has exactly one default location.
 *
 * Concurrency: changing the default locks the current default row first, so two "make this the
 * default" calls serialise instead of tripping the one-default unique index; a violation that still
 * slips through (a default created concurrently on first use) is a CONFLICT, never a raw error.
 * Deleting a location locks its row before counting its stock; InventoryService.setOnHand holds a
 * FOR KEY SHARE lock on the location while it writes, so a delete either waits and then sees the
 * stock (CONFLICT) or wins and the stock write answers NOT_FOUND: units are never silently wiped.
 */
export class LocationService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly inventory: InventoryService,
    /** The tenant's plan: the location limit (the default location counts). */
    private readonly tenants: TenantLookup,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The tenant's locations, the default first (creating the default on first use). */
  async locations(ctx: RequestContext): Promise<Location[]> {
    return withTenant(this.db, ctx, async (em) => {
      await this.inventory.defaultLocation(ctx, em);
      return em.find(LocationSchema, {}, { orderBy: { isDefault: 'desc', createdAt: 'asc', id: 'asc' } });
    });
  }

  async byIds(ctx: RequestContext, ids: string[]): Promise<Map<string, Location>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const rows = await withTenant(this.db, ctx, (em) => em.find(LocationSchema, { id: { $in: valid } }));
    return new Map(rows.map((l) => [l.id, l]));
  }

  async create(ctx: RequestContext, input: unknown): Promise<Location> {
    const data = parseInput(locationInput, input);
    const plan = await planOfTenant(this.tenants, ctx.tenantId);
    return this.defaultSafe(() =>
      withTenant(this.db, ctx, async (em) => {
        await this.inventory.defaultLocation(ctx, em);
        await assertPlanRoom(em, ctx.tenantId!, plan, 'locations', () => em.count(LocationSchema, {}));
        if (data.isDefault) await takeDefault(em);
        const location = em.create(LocationSchema, {
          id: randomUUID(),
          tenantId: ctx.tenantId!,
          name: data.name,
          isDefault: data.isDefault ?? false,
          createdAt: this.now(),
        });
        await em.flush();
        return location;
      }),
    );
  }

  /** Renames a location, or makes it the default (the previous default stops being one). */
  async update(ctx: RequestContext, id: string, input: unknown): Promise<Location> {
    const data = parseInput(locationInput, input);
    if (!isUuid(id)) throw notFound('Location');
    return this.defaultSafe(() =>
      withTenant(this.db, ctx, async (em) => {
        const location = await em.findOne(LocationSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!location) throw notFound('Location');
        if (data.isDefault === false && location.isDefault) {
          throw conflict('isDefault: make another location the default instead', { field: 'isDefault' });
        }
        if (data.isDefault && !location.isDefault) {
          await takeDefault(em);
          location.isDefault = true;
        }
        location.name = data.name;
        await em.flush();
        return location;
      }),
    );
  }

  /** Deletes an empty, non-default location; one that still holds or reserves stock is a CONFLICT. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound('Location');
    return withTenant(this.db, ctx, async (em) => {
      // FOR UPDATE before counting: a concurrent setOnHand at this location (FOR KEY SHARE) finishes
      // first and its units are counted, or waits and then finds the location gone (NOT_FOUND).
      const location = await em.findOne(LocationSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!location) throw notFound('Location');
      if (location.isDefault) throw conflict('The default location cannot be deleted', { field: 'id' });
      const [held] = await em.execute<{ n: number }[]>(
        `select count(*)::int as n from commerce.stock_level where location_id = ? and on_hand > 0`,
        [id],
      );
      const [used] = await em.execute<{ n: number }[]>(
        `select count(*)::int as n from commerce.stock_reservation_line where location_id = ?`,
        [id],
      );
      if ((held?.n ?? 0) > 0 || (used?.n ?? 0) > 0) {
        throw conflict('This location holds stock or has reservations; move the stock first', {
          field: 'id',
        });
      }
      await em.nativeDelete(LocationSchema, { id });
      return true;
    });
  }

  /** Runs a default-changing transaction; losing the one-default race is a CONFLICT, not a 500. */
  private async defaultSafe<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict('isDefault: another location became the default meanwhile; try again', {
          field: 'isDefault',
        });
      }
      throw err;
    }
  }
}

/**
 * Unsets the current default, holding its row lock until commit: a concurrent caller waits here,
 * and its next statement (READ COMMITTED: a new snapshot) sees and unsets the default made meanwhile.
 */
async function takeDefault(em: EntityManager): Promise<void> {
  await em.execute('select id from commerce.location where is_default for update');
  await em.nativeUpdate(LocationSchema, { isDefault: true }, { isDefault: false });
}
