import { randomUUID } from 'node:crypto';
import { internalContext, type RequestContext } from '../core/context.js';
import { withPlatform } from '../core/db.js';
import { logger } from '../core/logger.js';
import type { Storage } from '../core/storage.js';
import { TenantSchema } from '../subgraphs/auth/entities/auth.js';
import type { RunningModules } from '../subgraphs/modules.js';
import { DEMO_STORE, seedDemoBrand, seedDemoCatalog, seedDemoPages } from './demo-store.js';

export const DEMO = {
  tenantSlug: 'demo',
  email: 'demo@webhaze.local',
  /** A local demo account only: embedded mode is for trying WebHaze on one machine. */
  password: 'webhaze-demo-password',
  clarityProjectId: 'whdemo1234',
};

/**
 * Seeds the demo tenant (owner account; the Kiln & Loom store of demo-store.ts: brand tokens,
 * photographs, twelve products in three collections with USD and EUR prices and stock, published
 * home, about, contact and privacy pages; Clarity settings) through the same services the API uses.
 * Runs once: a second start finds the tenant and leaves everything as it is.
 */
export async function seedDemo(stack: RunningModules & { storage: Storage }): Promise<void> {
  const log = logger();
  const existing = await withPlatform(stack.auth.parts.db, 'demo seed: is the demo tenant there?', (em) =>
    em.findOne(TenantSchema, { slug: DEMO.tenantSlug }, { filters: false }),
  );
  if (existing) {
    log.info('demo tenant already seeded');
    return;
  }
  const anonymous: RequestContext = { ...internalContext('seed', null), actor: { kind: 'anonymous' } };
  const account = await stack.auth.parts.auth.register(anonymous, {
    email: DEMO.email,
    password: DEMO.password,
    name: 'Demo Owner',
  });
  const asUser: RequestContext = {
    ...anonymous,
    actor: { kind: 'user', userId: account.user.id, role: null, platformAdmin: false },
  };
  const { tenant } = await stack.auth.parts.auth.createTenant(asUser, {
    slug: DEMO.tenantSlug,
    name: DEMO_STORE.name,
  });
  const ctx: RequestContext = { ...internalContext('seed', tenant!.id), tenantSlug: DEMO.tenantSlug };

  const started = performance.now();
  const cpu = process.cpuUsage();
  await stack.cms.pages.createSite(ctx, { name: DEMO_STORE.name });
  await seedDemoBrand(stack, ctx);
  const catalog = await seedDemoCatalog(stack, ctx);
  await seedDemoPages(stack, ctx, catalog);
  await stack.analytics.settings.update(ctx, {
    clarityProjectId: DEMO.clarityProjectId,
    clarityEnabled: true,
    // The demo counts its own visits (GPC, opt-out and the consent policy still apply).
    firstPartyAnalytics: true,
  });
  log.info(
    {
      tenant: DEMO.tenantSlug,
      requestId: randomUUID(),
      ms: Math.round(performance.now() - started),
      // CPU of the whole process (PGlite and sharp's threads too): what the seed costs on a busy machine.
      cpuMs: Math.round((process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000),
    },
    'seeded the demo tenant',
  );
}
