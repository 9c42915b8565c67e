import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SubgraphDb, withTenant } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { InventoryService } from './services/inventory-service.js';
import { openCommerceDb, startCommerceSubgraph } from './subgraph.js';

const tenantA = randomUUID();
const tenantB = randomUUID();
const A = { tenantId: tenantA };
const B = { tenantId: tenantB };
const T0 = new Date('2026-11-26T10:00:00Z');
const LATER = new Date('2026-11-26T10:15:00Z');

const subgraph = setUpTestSubgraph((config) =>
  startCommerceSubgraph(config, { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) }),
);
let inventory: InventoryService;
/** Extra databases (own pools, own connections) for the concurrency test. */
const extraDbs: SubgraphDb[] = [];

/** A product with one variant per SKU in `tenantId`'s catalog, stocked at the given locations. */
async function stocked(
  tenantId: string,
  stock: Record<string, number>[],
  status: 'active' | 'draft' = 'active',
): Promise<{ variantIds: string[]; locationIds: string[] }> {
  const scope = { tenantId };
  const productId = randomUUID();
  const def = await inventory.defaultLocation(scope);
  const locationIds = [def.id];
  while (locationIds.length < Math.max(...stock.map((s) => Object.keys(s).length))) {
    const id = randomUUID();
    await withTenant(subgraph.service.db, scope, (em) =>
      em.execute(`insert into commerce.location (id, tenant_id, name) values (?, ?, 'Warehouse')`, [
        id,
        tenantId,
      ]),
    );
    locationIds.push(id);
  }
  await withTenant(subgraph.service.db, scope, (em) =>
    em.execute(
      `insert into commerce.product (id, tenant_id, title, slug, status) values (?, ?, 'Thing', ?, ?)`,
      [productId, tenantId, `thing-${productId}`, status],
    ),
  );
  const variantIds: string[] = [];
  for (const perLocation of stock) {
    const variantId = randomUUID();
    await withTenant(subgraph.service.db, scope, (em) =>
      em.execute(`insert into commerce.variant (id, tenant_id, product_id, sku) values (?, ?, ?, ?)`, [
        variantId,
        tenantId,
        productId,
        `SKU-${variantId}`,
      ]),
    );
    for (const [index, onHand] of Object.entries(perLocation)) {
      await inventory.setOnHand(scope, { variantId, locationId: locationIds[Number(index)]!, onHand });
    }
    variantIds.push(variantId);
  }
  return { variantIds, locationIds };
}

async function levels(tenantId: string, variantId: string) {
  const { rows } = await subgraph.sql.query(
    `select coalesce(sum(on_hand), 0)::int as on_hand, coalesce(sum(reserved), 0)::int as reserved
     from commerce.stock_level where tenant_id = $1 and variant_id = $2`,
    [tenantId, variantId],
  );
  return rows[0] as { on_hand: number; reserved: number };
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected an AppError');
}

beforeAll(() => {
  inventory = new InventoryService(subgraph.service.db, () => T0);
});

afterAll(async () => {
  await Promise.all(extraDbs.map((db) => db.close()));
});

describe('inventory reservations', () => {
  it('reserves, then commits on payment: on hand and reserved both drop; commit is idempotent', async () => {
    const { variantIds } = await stocked(tenantA, [{ 0: 5 }]);
    const v = variantIds[0]!;
    const reservationId = randomUUID();
    const r = await inventory.reserve(A, {
      reservationId,
      lines: [{ variantId: v, quantity: 2 }],
      expiresAt: LATER,
    });
    expect(r).toMatchObject({ id: reservationId, status: 'held', created: true });
    expect(await levels(tenantA, v)).toEqual({ on_hand: 5, reserved: 2 });
    expect(await inventory.commit(A, reservationId)).toBe('committed');
    expect(await levels(tenantA, v)).toEqual({ on_hand: 3, reserved: 0 });
    expect(await inventory.commit(A, reservationId)).toBe('already');
    expect(await inventory.release(A, reservationId, 'late cancel')).toBe('committed');
    expect(await levels(tenantA, v)).toEqual({ on_hand: 3, reserved: 0 });
  });

  it('a repeated reserve with the same id is a no-op returning the existing reservation', async () => {
    const { variantIds } = await stocked(tenantA, [{ 0: 5 }]);
    const v = variantIds[0]!;
    const reservationId = randomUUID();
    await inventory.reserve(A, { reservationId, lines: [{ variantId: v, quantity: 2 }], expiresAt: LATER });
    const again = await inventory.reserve(A, {
      reservationId,
      lines: [{ variantId: v, quantity: 4 }],
      expiresAt: LATER,
    });
    expect(again).toMatchObject({ id: reservationId, status: 'held', created: false });
    expect(again.lines).toEqual([expect.objectContaining({ variantId: v, quantity: 2 })]);
    expect(await levels(tenantA, v)).toEqual({ on_hand: 5, reserved: 2 });
    // Also when the two calls race.
    const raced = randomUUID();
    const both = await Promise.all(
      [1, 2].map(() =>
        inventory.reserve(A, {
          reservationId: raced,
          lines: [{ variantId: v, quantity: 1 }],
          expiresAt: LATER,
        }),
      ),
    );
    expect(both.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await levels(tenantA, v)).toEqual({ on_hand: 5, reserved: 3 });
  });

  it('release returns the units; release and commit after it report what happened', async () => {
    const { variantIds } = await stocked(tenantA, [{ 0: 1 }]);
    const v = variantIds[0]!;
    const reservationId = randomUUID();
    await inventory.reserve(A, { reservationId, lines: [{ variantId: v, quantity: 1 }], expiresAt: LATER });
    expect(await inventory.release(A, reservationId, 'payment_failed')).toBe('released');
    expect(await levels(tenantA, v)).toEqual({ on_hand: 1, reserved: 0 });
    expect(await inventory.release(A, reservationId, 'payment_failed')).toBe('already');
    expect(await inventory.commit(A, reservationId)).toBe('released');
    expect(await levels(tenantA, v)).toEqual({ on_hand: 1, reserved: 0 });
    expect((await inventory.reservation(A, reservationId))?.releaseReason).toBe('payment_failed');
    const unknown = randomUUID();
    expect(await inventory.commit(A, unknown)).toBe('missing');
    expect(await inventory.release(A, unknown, 'x')).toBe('missing');
    expect(await inventory.commit(A, 'not-a-uuid')).toBe('missing');
  });

  it('is all or nothing across lines and names the variant that is short', async () => {
    const { variantIds } = await stocked(tenantA, [{ 0: 3 }, { 0: 1 }]);
    const [plenty, scarce] = variantIds as [string, string];
    const err = await caught(
      inventory.reserve(A, {
        reservationId: randomUUID(),
        lines: [
          { variantId: plenty, quantity: 2 },
          { variantId: scarce, quantity: 2 },
        ],
        expiresAt: LATER,
      }),
    );
    expect(err.code).toBe('CONFLICT');
    expect(err.extensions).toMatchObject({
      variantId: scarce,
      sku: `SKU-${scarce}`,
      available: 1,
      requested: 2,
      field: 'lines.1.quantity',
    });
    expect(err.message).toContain(`SKU-${scarce}`);
    expect(await levels(tenantA, plenty)).toEqual({ on_hand: 3, reserved: 0 });
    expect(await levels(tenantA, scarce)).toEqual({ on_hand: 1, reserved: 0 });
    const { rows } = await subgraph.sql.query('select count(*)::int as n from commerce.stock_reservation');
    const before = rows[0].n as number;
    // The same variant on two lines counts together.
    const twice = await caught(
      inventory.reserve(A, {
        reservationId: randomUUID(),
        lines: [
          { variantId: scarce, quantity: 1 },
          { variantId: scarce, quantity: 1 },
        ],
        expiresAt: LATER,
      }),
    );
    expect(twice.code).toBe('CONFLICT');
    const after = await subgraph.sql.query('select count(*)::int as n from commerce.stock_reservation');
    expect(after.rows[0].n).toBe(before);
  });

  it('takes stock across locations, the default location first, and gives it back where it came from', async () => {
    const { variantIds, locationIds } = await stocked(tenantA, [{ 0: 1, 1: 2 }]);
    const v = variantIds[0]!;
    const reservationId = randomUUID();
    const r = await inventory.reserve(A, {
      reservationId,
      lines: [{ variantId: v, quantity: 3 }],
      expiresAt: LATER,
    });
    expect(r.lines.find((l) => l.locationId === locationIds[0])?.quantity).toBe(1);
    expect(r.lines.find((l) => l.locationId === locationIds[1])?.quantity).toBe(2);
    expect(await levels(tenantA, v)).toEqual({ on_hand: 3, reserved: 3 });
    expect(await inventory.release(A, reservationId, 'cancelled')).toBe('released');
    const perLocation = await inventory.stockLevels(A, [v]);
    expect(perLocation.every((l) => l.reserved === 0)).toBe(true);
    expect(perLocation.map((l) => l.onHand).sort()).toEqual([1, 2]);
  });

  const badInputs: [string, (v: string) => Record<string, unknown>, string][] = [
    ['a zero quantity', (v) => ({ lines: [{ variantId: v, quantity: 0 }] }), 'lines.0.quantity'],
    ['a negative quantity', (v) => ({ lines: [{ variantId: v, quantity: -1 }] }), 'lines.0.quantity'],
    ['a fractional quantity', (v) => ({ lines: [{ variantId: v, quantity: 1.5 }] }), 'lines.0.quantity'],
    ['no lines', () => ({ lines: [] }), 'lines'],
    ['a malformed reservation id', () => ({ reservationId: 'r-1' }), 'reservationId'],
    [
      'an unknown variant',
      () => ({ lines: [{ variantId: randomUUID(), quantity: 1 }] }),
      'lines.0.variantId',
    ],
  ];
  for (const [name, override, field] of badInputs) {
    it(`refuses ${name} with BAD_USER_INPUT naming ${field}, nothing taken`, async () => {
      const { variantIds } = await stocked(tenantA, [{ 0: 2 }]);
      const v = variantIds[0]!;
      const err = await caught(
        inventory.reserve(A, {
          reservationId: randomUUID(),
          lines: [{ variantId: v, quantity: 1 }],
          expiresAt: LATER,
          ...override(v),
        } as never),
      );
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.extensions.field).toBe(field);
      expect(await levels(tenantA, v)).toEqual({ on_hand: 2, reserved: 0 });
    });
  }

  it('refuses a draft product’s variant (not for sale)', async () => {
    const { variantIds } = await stocked(tenantA, [{ 0: 2 }], 'draft');
    const err = await caught(
      inventory.reserve(A, {
        reservationId: randomUUID(),
        lines: [{ variantId: variantIds[0]!, quantity: 1 }],
        expiresAt: LATER,
      }),
    );
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.variantId' });
  });

  it('refuses to set on hand below what is reserved, and negative stock', async () => {
    const { variantIds, locationIds } = await stocked(tenantA, [{ 0: 3 }]);
    const v = variantIds[0]!;
    await inventory.reserve(A, {
      reservationId: randomUUID(),
      lines: [{ variantId: v, quantity: 2 }],
      expiresAt: LATER,
    });
    const below = await caught(
      inventory.setOnHand(A, { variantId: v, locationId: locationIds[0]!, onHand: 1 }),
    );
    expect(below.extensions).toMatchObject({ code: 'CONFLICT', field: 'onHand', reserved: 2 });
    const negative = await caught(
      inventory.setOnHand(A, { variantId: v, locationId: locationIds[0]!, onHand: -1 }),
    );
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onHand' });
    expect(await levels(tenantA, v)).toEqual({ on_hand: 3, reserved: 2 });
  });
});

describe('payments after expiry', () => {
  it('reReserveAndCommit takes the stock again when it is there', async () => {
    const { variantIds } = await stocked(tenantA, [{ 0: 2 }]);
    const v = variantIds[0]!;
    const reservationId = randomUUID();
    await inventory.reserve(A, { reservationId, lines: [{ variantId: v, quantity: 2 }], expiresAt: LATER });
    expect(await inventory.release(A, reservationId, 'expired')).toBe('released');
    expect(await inventory.reReserveAndCommit(A, reservationId)).toBe('committed');
    expect(await levels(tenantA, v)).toEqual({ on_hand: 0, reserved: 0 });
    expect(await inventory.reReserveAndCommit(A, reservationId)).toBe('committed');
    expect(await levels(tenantA, v)).toEqual({ on_hand: 0, reserved: 0 });
    expect((await inventory.reservation(A, reservationId))?.status).toBe('committed');
  });

  it("reReserveAndCommit answers 'insufficient' and changes nothing when the stock was sold meanwhile", async () => {
    const { variantIds } = await stocked(tenantA, [{ 0: 1 }]);
    const v = variantIds[0]!;
    const late = randomUUID();
    await inventory.reserve(A, {
      reservationId: late,
      lines: [{ variantId: v, quantity: 1 }],
      expiresAt: LATER,
    });
    await inventory.release(A, late, 'expired');
    const other = randomUUID();
    await inventory.reserve(A, {
      reservationId: other,
      lines: [{ variantId: v, quantity: 1 }],
      expiresAt: LATER,
    });
    expect(await inventory.reReserveAndCommit(A, late)).toBe('insufficient');
    expect(await levels(tenantA, v)).toEqual({ on_hand: 1, reserved: 1 });
    expect((await inventory.reservation(A, late))?.status).toBe('released');
    expect(await inventory.commit(A, other)).toBe('committed');
    expect(await levels(tenantA, v)).toEqual({ on_hand: 0, reserved: 0 });
  });

  it('reReserveAndCommit on a held reservation commits it; on an unknown one is NOT_FOUND', async () => {
    const { variantIds } = await stocked(tenantA, [{ 0: 1 }]);
    const reservationId = randomUUID();
    await inventory.reserve(A, {
      reservationId,
      lines: [{ variantId: variantIds[0]!, quantity: 1 }],
      expiresAt: LATER,
    });
    expect(await inventory.reReserveAndCommit(A, reservationId)).toBe('committed');
    expect(await levels(tenantA, variantIds[0]!)).toEqual({ on_hand: 0, reserved: 0 });
    expect((await caught(inventory.reReserveAndCommit(A, randomUUID()))).code).toBe('NOT_FOUND');
  });

  it('releaseExpired releases only held reservations past their expiry, once', async () => {
    const { variantIds } = await stocked(tenantB, [{ 0: 5 }]);
    const v = variantIds[0]!;
    const due = randomUUID();
    const notDue = randomUUID();
    const paid = randomUUID();
    await inventory.reserve(B, { reservationId: due, lines: [{ variantId: v, quantity: 1 }], expiresAt: T0 });
    await inventory.reserve(B, {
      reservationId: notDue,
      lines: [{ variantId: v, quantity: 1 }],
      expiresAt: LATER,
    });
    await inventory.reserve(B, {
      reservationId: paid,
      lines: [{ variantId: v, quantity: 1 }],
      expiresAt: T0,
    });
    await inventory.commit(B, paid);
    const sweep = await inventory.releaseExpired(new Date(T0.getTime() + 1000), { tenantId: tenantB });
    expect(sweep).toEqual([due]);
    expect((await inventory.reservation(B, due))?.releaseReason).toBe('expired');
    expect(await levels(tenantB, v)).toEqual({ on_hand: 4, reserved: 1 });
    expect(await inventory.releaseExpired(new Date(T0.getTime() + 1000), { tenantId: tenantB })).toEqual([]);
    // Across tenants (the platform sweep) it finds the later one once its time has come.
    const all = await inventory.releaseExpired(new Date(LATER.getTime() + 1000));
    expect(all).toContain(notDue);
    expect(await levels(tenantB, v)).toEqual({ on_hand: 4, reserved: 0 });
  });
});

describe('concurrency', () => {
  it('N parallel reserves for the last unit on separate connections: exactly one wins', async () => {
    for (let i = 0; i < 3; i++) extraDbs.push(await openCommerceDb(subgraph.config));
    const services = [subgraph.service.db, ...extraDbs].map((db) => new InventoryService(db, () => T0));
    for (let round = 0; round < 5; round++) {
      const { variantIds } = await stocked(tenantA, [{ 0: 1 }]);
      const v = variantIds[0]!;
      const N = 16;
      const results = await Promise.allSettled(
        Array.from({ length: N }, (_, i) =>
          services[i % services.length]!.reserve(A, {
            reservationId: randomUUID(),
            lines: [{ variantId: v, quantity: 1 }],
            expiresAt: LATER,
          }),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(N - 1);
      for (const l of lost) expect((l.reason as AppError).code).toBe('CONFLICT');
      expect(await levels(tenantA, v)).toEqual({ on_hand: 1, reserved: 1 });
    }
  });

  it('the last unit split over two locations is still sold once per unit under contention', async () => {
    const services = [subgraph.service.db, ...extraDbs].map((db) => new InventoryService(db, () => T0));
    const { variantIds } = await stocked(tenantA, [{ 0: 1, 1: 1 }]);
    const v = variantIds[0]!;
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        services[i % services.length]!.reserve(A, {
          reservationId: randomUUID(),
          lines: [{ variantId: v, quantity: 1 }],
          expiresAt: LATER,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(await levels(tenantA, v)).toEqual({ on_hand: 2, reserved: 2 });
  });

  it('a commit racing a release of the same reservation: exactly one takes effect', async () => {
    const services = [subgraph.service.db, ...extraDbs].map((db) => new InventoryService(db, () => T0));
    for (let round = 0; round < 5; round++) {
      const { variantIds } = await stocked(tenantA, [{ 0: 1 }]);
      const v = variantIds[0]!;
      const reservationId = randomUUID();
      await inventory.reserve(A, { reservationId, lines: [{ variantId: v, quantity: 1 }], expiresAt: LATER });
      const [commit, release] = await Promise.all([
        services[1]!.commit(A, reservationId),
        services[2]!.release(A, reservationId, 'expired'),
      ]);
      if (commit === 'committed') {
        expect(release).toBe('committed');
        expect(await levels(tenantA, v)).toEqual({ on_hand: 0, reserved: 0 });
      } else {
        expect([commit, release]).toEqual(['released', 'released']);
        expect(await levels(tenantA, v)).toEqual({ on_hand: 1, reserved: 0 });
      }
    }
  });
});

describe('tenant boundary (attacker: tenant B)', () => {
  it("cannot reserve, commit, release or read A's reservations and stock", async () => {
    const { variantIds, locationIds } = await stocked(tenantA, [{ 0: 2 }]);
    const v = variantIds[0]!;
    const reservationId = randomUUID();
    await inventory.reserve(A, { reservationId, lines: [{ variantId: v, quantity: 1 }], expiresAt: LATER });

    const steal = await caught(
      inventory.reserve(B, {
        reservationId: randomUUID(),
        lines: [{ variantId: v, quantity: 1 }],
        expiresAt: LATER,
      }),
    );
    expect(steal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.variantId' });
    expect(await inventory.commit(B, reservationId)).toBe('missing');
    expect(await inventory.release(B, reservationId, 'x')).toBe('missing');
    expect((await caught(inventory.reReserveAndCommit(B, reservationId))).code).toBe('NOT_FOUND');
    expect(await inventory.reservation(B, reservationId)).toBeNull();
    expect(await inventory.stockLevels(B, [v])).toEqual([]);
    expect(
      (await caught(inventory.setOnHand(B, { variantId: v, locationId: locationIds[0]!, onHand: 100 }))).code,
    ).toBe('NOT_FOUND');
    // B's own location with A's variant: still not found.
    const bLocation = await inventory.defaultLocation(B);
    expect(
      (await caught(inventory.setOnHand(B, { variantId: v, locationId: bLocation.id, onHand: 100 }))).code,
    ).toBe('NOT_FOUND');
    // The same reservation id in B is B's own, independent reservation.
    const { variantIds: bVariants } = await stocked(tenantB, [{ 0: 1 }]);
    const mine = await inventory.reserve(B, {
      reservationId,
      lines: [{ variantId: bVariants[0]!, quantity: 1 }],
      expiresAt: LATER,
    });
    expect(mine).toMatchObject({ created: true, tenantId: tenantB });
    expect(await levels(tenantA, v)).toEqual({ on_hand: 2, reserved: 1 });
    expect((await inventory.reservation(A, reservationId))?.status).toBe('held');
  });
});
