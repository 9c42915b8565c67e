import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EntityManager } from './db.js';
import { AppError } from './errors.js';

/** What each plan allows. -1 means unlimited. */
const limitsSchema = z.object({
  pages: z.number().int().min(-1),
  products: z.number().int().min(-1),
  storageBytes: z.number().int().min(-1),
  apiRequestsPerMinute: z
    .number()
    .int()
    .min(-1)
    .refine((n) => n !== 0, 'use -1 for unlimited; 0 would refuse every request'),
  members: z.number().int().min(-1),
  /** Added later: a plans file without them (an older PLANS_FILE) leaves them unlimited. */
  sites: z.number().int().min(-1).default(-1),
  locations: z.number().int().min(-1).default(-1),
});

const priceSchema = z.object({
  /** Minor units per period, e.g. 2900 for 29.00. */
  amount: z.number().int().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code like USD'),
  interval: z.enum(['month', 'year']),
});

const planSchema = z.object({
  name: z.string().min(1),
  /**
   * What the plans list shows per period; keep it equal to the Stripe Price (which is what is
   * charged). Added later: an older plans file without it lists the plan without a price.
   */
  price: priceSchema.nullable().default(null),
  /** The recurring Stripe Price of the plan; null for a plan that is not sold (free). */
  stripePriceId: z.string().min(1).nullable(),
  /** The platform's fee on the tenant's storefront payments, in basis points (1/100 of a percent). */
  applicationFeeBps: z.number().int().min(0).max(10_000),
  limits: limitsSchema,
});

const plansFileSchema = z
  .object({
    $comment: z.string().optional(),
    defaultPlan: z.string(),
    plans: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,31}$/), planSchema),
  })
  .refine((f) => f.defaultPlan in f.plans, { message: 'defaultPlan must name one of the plans' })
  .refine(
    (f) => {
      const prices = Object.values(f.plans).flatMap((p) => (p.stripePriceId ? [p.stripePriceId] : []));
      return new Set(prices).size === prices.length;
    },
    { message: 'two plans share a stripePriceId' },
  );

export type PlanLimits = z.infer<typeof limitsSchema>;
export type Plan = z.infer<typeof planSchema> & { id: string };

export interface Plans {
  defaultPlan: string;
  all(): Plan[];
  /** The plan, or the default plan for an unknown id (a plan removed from the file). */
  get(id: string): Plan;
  has(id: string): boolean;
  /** The plan sold at a Stripe price, or null. */
  byPriceId(priceId: string): Plan | null;
}

const DEFAULT_FILE = new URL('../config/plans.json', import.meta.url);

/** Parses and validates a plans file (config/plans.json by default); throws naming the problem. */
export function loadPlans(source: URL | string = DEFAULT_FILE): Plans {
  const raw = typeof source === 'string' ? source : readFileSync(source, 'utf8');
  const parsed = plansFileSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid plans file: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const plans = new Map(Object.entries(parsed.data.plans).map(([id, p]) => [id, { ...p, id }]));
  const byPrice = new Map(
    [...plans.values()].flatMap((p) => (p.stripePriceId ? [[p.stripePriceId, p]] : [])),
  );
  const defaultPlan = parsed.data.defaultPlan;
  return {
    defaultPlan,
    all: () => [...plans.values()],
    get: (id) => plans.get(id) ?? plans.get(defaultPlan)!,
    has: (id) => plans.has(id),
    byPriceId: (priceId) => byPrice.get(priceId) ?? null,
  };
}

let cached: Plans | undefined;
/**
 * The platform's plans, loaded once per process: config/plans.json, or the file named by PLANS_FILE
 * (a deployment's own plans; the benchmarks use it to lift API rates).
 */
export function platformPlans(): Plans {
  const file = process.env.PLANS_FILE;
  cached ??= loadPlans(file ? readFileSync(file, 'utf8') : DEFAULT_FILE);
  return cached;
}

/** The limits of a plan id (what other subgraphs check before creating pages, products, ...). */
export function planLimits(planId: string): PlanLimits {
  return platformPlans().get(planId).limits;
}

/** True when `count` existing items leave room for one more under `limit` (-1 = unlimited). */
export function withinLimit(limit: number, count: number): boolean {
  return limit < 0 || count < limit;
}

/** How a limit reads in a sentence ("at most 10 pages"). */
const LIMIT_WORDS: Record<keyof PlanLimits, string> = {
  pages: 'pages',
  products: 'products',
  storageBytes: 'bytes of storage',
  apiRequestsPerMinute: 'API requests per minute',
  members: 'members',
  sites: 'sites',
  locations: 'stock locations',
};

/**
 * The one error every subgraph raises when a plan limit stops a write: FORBIDDEN with
 * `extensions.reason = 'PLAN_LIMIT'`, the limit's name and its value, so the editor can offer an upgrade.
 */
export function planLimitReached(
  limit: keyof PlanLimits,
  max: number,
  planId: string,
  extra: Record<string, unknown> = {},
): AppError {
  return new AppError(
    'FORBIDDEN',
    `The ${planId} plan allows at most ${max} ${LIMIT_WORDS[limit]}: upgrade the plan first`,
    {
      reason: 'PLAN_LIMIT',
      limit,
      max,
      plan: planId,
      ...extra,
    },
  );
}

/** The limits a write can use up (the API rate is the gateway's). */
export type CountedLimit = Exclude<keyof PlanLimits, 'apiRequestsPerMinute'>;

/**
 * Refuses a write that would take the tenant past one of its plan's limits (planLimitReached).
 * Call inside the write's `withTenant` transaction, before the insert, with the plan looked up
 * before the transaction began. A transaction-scoped advisory lock per tenant and limit makes
 * concurrent writes count one after another: each counts (READ COMMITTED, a fresh snapshot per
 * statement) what the ones before it committed, so N parallel creates at the limit leave exactly
 * the limit. `used` counts what the tenant has now; `opts.adding` is what this write adds (1 item,
 * or bytes for storageBytes); `opts.max` replaces the plan's value (a deployment's own quota).
 */
export async function assertPlanRoom(
  em: Pick<EntityManager, 'execute'>,
  tenantId: string,
  planId: string,
  limit: CountedLimit,
  used: () => Promise<number>,
  opts: { adding?: number; max?: number; plans?: Plans } = {},
): Promise<void> {
  const plan = (opts.plans ?? platformPlans()).get(planId);
  const max = opts.max ?? plan.limits[limit];
  const adding = opts.adding ?? 1;
  if (max < 0) return;
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`webhaze:plan:${limit}:${tenantId}`]);
  const now = await used();
  if (now + adding > max) {
    throw planLimitReached(limit, max, plan.id, limit === 'storageBytes' ? { used: now, adding } : {});
  }
}
