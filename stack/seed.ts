import { randomUUID } from 'node:crypto';
import { internalContext, type RequestContext } from '../core/context.js';
import { withPlatform } from '../core/db.js';
import { logger } from '../core/logger.js';
import { TenantSchema } from '../subgraphs/auth/entities.js';
import type { RunningStack } from './start.js';

export const DEMO = {
  tenantSlug: 'demo',
  email: 'demo@webhaze.local',
  /** A local demo account only: embedded mode is for trying WebHaze on one machine. */
  password: 'webhaze-demo-password',
  clarityProjectId: 'whdemo1234',
};

/** A 1×1 PNG, so the media library has an entry. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Seeds the demo tenant (owner account, three products, a published home page featuring them,
 * Clarity settings, one asset) through the same services the API uses. Runs once: a second start
 * finds the tenant and leaves everything as it is.
 */
export async function seedDemo(stack: RunningStack): Promise<void> {
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
    name: 'Demo Store',
  });
  const ctx: RequestContext = { ...internalContext('seed', tenant!.id), tenantSlug: DEMO.tenantSlug };

  const products = [];
  for (const [title, priceAmount] of [
    ['Linen Shirt', 5900],
    ['Canvas Tote', 2400],
    ['Wool Scarf', 3900],
  ] as const) {
    products.push(await stack.commerce.catalog.createProduct(ctx, { title, priceAmount, currency: 'USD' }));
  }
  await stack.cms.pages.createSite(ctx, { name: 'Demo Store' });
  const home = await stack.cms.pages.savePage(ctx, {
    path: '/',
    title: 'Welcome to the Demo Store',
    featuredProductIds: products.map((p) => p.id),
    tree: {
      root: { props: {} },
      content: [
        { type: 'Heading', props: { text: 'Welcome to the Demo Store', level: 1 } },
        {
          type: 'Text',
          props: { text: 'Built with WebHaze: templates, design tokens and a storefront in one graph.' },
        },
        { type: 'Spacer', props: { size: 'small' } },
        { type: 'Button', props: { label: 'Shop the collection', href: '/shop', variant: 'primary' } },
      ],
    },
  });
  await stack.cms.pages.publishPage(ctx, home.id, home.version);
  await stack.analytics.settings.update(ctx, {
    clarityProjectId: DEMO.clarityProjectId,
    clarityEnabled: true,
  });
  await stack.assets.assets.store(ctx, { filename: 'pixel.png', contentType: 'image/png', body: PIXEL_PNG });
  log.info({ tenant: DEMO.tenantSlug, requestId: randomUUID() }, 'seeded the demo tenant');
}
