import { describe, expect, it } from 'vitest';
import { loadPlans, planLimitReached, planLimits, platformPlans, withinLimit } from './plans.js';

describe('plans (config/plans.json)', () => {
  it('loads free, pro and business with limits, prices and fees', () => {
    const plans = platformPlans();
    expect(plans.all().map((p) => p.id)).toEqual(['free', 'pro', 'business']);
    expect(plans.defaultPlan).toBe('free');
    expect(plans.get('free').stripePriceId).toBeNull();
    expect(plans.byPriceId(plans.get('pro').stripePriceId!)?.id).toBe('pro');
    expect(planLimits('business').apiRequestsPerMinute).toBeGreaterThan(
      planLimits('free').apiRequestsPerMinute,
    );
    expect(planLimits('no-such-plan')).toEqual(planLimits('free'));
    expect(plans.get('pro').applicationFeeBps).toBeGreaterThanOrEqual(0);
  });

  it('refuses a file with a bad limit, an unknown default or a shared price', () => {
    const plan = (price: string | null) => ({
      name: 'P',
      stripePriceId: price,
      applicationFeeBps: 0,
      limits: { pages: 1, products: 1, storageBytes: 1, apiRequestsPerMinute: 1, members: 1 },
    });
    expect(() => loadPlans(JSON.stringify({ defaultPlan: 'x', plans: { free: plan(null) } }))).toThrow(
      /defaultPlan/,
    );
    expect(() =>
      loadPlans(JSON.stringify({ defaultPlan: 'a', plans: { a: plan('price_1'), b: plan('price_1') } })),
    ).toThrow(/share/);
    const bad = plan(null);
    bad.limits.pages = -5;
    expect(() => loadPlans(JSON.stringify({ defaultPlan: 'a', plans: { a: bad } }))).toThrow(/limits.pages/);
    const euros = { ...plan(null), price: { amount: 900, currency: 'eur', interval: 'month' } };
    expect(() => loadPlans(JSON.stringify({ defaultPlan: 'a', plans: { a: euros } }))).toThrow(
      /price.currency/,
    );
  });

  it('lists a plan of an older file (no price) without a price', () => {
    const older = {
      name: 'Old',
      stripePriceId: null,
      applicationFeeBps: 0,
      limits: { pages: 1, products: 1, storageBytes: 1, apiRequestsPerMinute: 1, members: 1 },
    };
    expect(loadPlans(JSON.stringify({ defaultPlan: 'a', plans: { a: older } })).get('a').price).toBeNull();
    expect(platformPlans().get('pro').price).toEqual({ amount: 2900, currency: 'USD', interval: 'month' });
  });

  it('treats -1 as unlimited', () => {
    expect(withinLimit(-1, 1_000_000)).toBe(true);
    expect(withinLimit(2, 1)).toBe(true);
    expect(withinLimit(2, 2)).toBe(false);
  });

  it('declares sites and locations, unlimited when an older plans file leaves them out', () => {
    expect(planLimits('free')).toMatchObject({ sites: 2, locations: 2 });
    expect(planLimits('business')).toMatchObject({ sites: -1, locations: -1 });
    const older = loadPlans(
      JSON.stringify({
        defaultPlan: 'a',
        plans: {
          a: {
            name: 'A',
            stripePriceId: null,
            applicationFeeBps: 0,
            limits: { pages: 1, products: 1, storageBytes: 1, apiRequestsPerMinute: 1, members: 1 },
          },
        },
      }),
    );
    expect(older.get('a').limits).toMatchObject({ sites: -1, locations: -1 });
  });

  it('names the limit, its value and the plan in the one plan error', () => {
    const error = planLimitReached('storageBytes', 1024, 'free', { used: 1000, adding: 100 });
    expect(error.message).toBe('The free plan allows at most 1024 bytes of storage: upgrade the plan first');
    expect(error.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'PLAN_LIMIT',
      limit: 'storageBytes',
      max: 1024,
      plan: 'free',
      used: 1000,
      adding: 100,
    });
  });
});
