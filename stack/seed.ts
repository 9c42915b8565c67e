import { randomUUID } from 'node:crypto';
import { internalContext, type RequestContext } from '../core/context.js';
import { logger } from '../core/logger.js';
import type { Storage } from '../core/storage.js';
import type { RunningModules } from '../subgraphs/modules.js';
import { DEMO_COLLECTIONS, DEMO_STORE, seedDemoBrand, seedDemoCatalog, seedDemoPages } from './demo-store.js';

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
  const existing = await stack.auth.parts.auth.directoryLookup({ slug: DEMO.tenantSlug });
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
  const site = await stack.cms.pages.createSite(ctx, { name: DEMO_STORE.name });
  await seedDemoBrand(stack, ctx);
  const catalog = await seedDemoCatalog(stack, ctx);
  await seedDemoPages(stack, ctx, catalog);
  await seedNavigation(stack, ctx, site.id);
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

/**
 * The demo site's menus and layout: the main, footer and legal menus the theme's header and footer
 * show, and an announcement bar. Pages are linked by reference (they render at their current path);
 * a page the seed did not create is left out, so no menu item leads nowhere. Call it after the
 * pages are created and published.
 */
export async function seedNavigation(
  stack: RunningModules,
  ctx: RequestContext,
  siteId: string,
): Promise<void> {
  const pages = await stack.cms.pages.sitePages(ctx, siteId, 100, null);
  const page = (label: string, path: string) => {
    const found = pages.find((p) => p.path === path);
    return found ? [{ label, link: { kind: 'PAGE', pageId: found.id } }] : [];
  };
  const allProducts = { label: 'Shop all', link: { kind: 'ALL_PRODUCTS' } };
  const collections = DEMO_COLLECTIONS.map((c) => ({
    label: c.title,
    link: { kind: 'COLLECTION', slug: c.slug },
  }));
  const menus = {
    main: [allProducts, ...collections, ...page('About', '/about'), ...page('Contact', '/contact')],
    footer: [allProducts, ...collections],
    company: [...page('About us', '/about'), ...page('Contact', '/contact')],
    legal: page('Privacy policy', '/privacy'),
  };
  for (const [handle, items] of Object.entries(menus)) {
    if (items.length) await stack.cms.navigation.saveMenu(ctx, { siteId, handle, items, expectedVersion: 0 });
  }
  await stack.cms.layouts.save(
    ctx,
    siteId,
    {
      header: {
        content: [
          {
            type: 'AnnouncementBar',
            props: {
              text: 'This is a demo store: browse freely, nothing ships.',
              link: { label: 'Shop all products', href: '/collections/all' },
            },
          },
          { type: 'SiteHeader', props: { menu: 'main' } },
        ],
      },
      footer: {
        content: [
          {
            type: 'SiteFooter',
            props: {
              columns: [
                { heading: 'Shop', menu: 'footer' },
                { heading: 'Company', menu: 'company' },
              ],
              legalMenu: 'legal',
            },
          },
        ],
      },
    },
    0,
  );
}
