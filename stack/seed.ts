import { randomUUID } from 'node:crypto';
import { internalContext, type RequestContext } from '../core/context.js';
import { logger } from '../core/logger.js';
import type { RunningModules } from '../subgraphs/modules.js';

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
 * Seeds the demo tenant (owner account, three products with variants, USD and EUR prices and stock
 * in a Featured collection, a published home page featuring them,
 * Clarity settings, one asset) through the same services the API uses. Runs once: a second start
 * finds the tenant and leaves everything as it is.
 */
export async function seedDemo(stack: RunningModules): Promise<void> {
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
    name: 'Demo Store',
  });
  const ctx: RequestContext = { ...internalContext('seed', tenant!.id), tenantSlug: DEMO.tenantSlug };

  const { catalog, inventory } = stack.commerce;
  const collection = await catalog.saveCollection(ctx, null, { title: 'Featured', slug: 'featured' });
  const usdEur = (usd: number, eur: number, compareAtUsd?: number) => [
    { currency: 'USD', amount: usd, compareAtAmount: compareAtUsd ?? null },
    { currency: 'EUR', amount: eur },
  ];
  const demoProducts = [
    {
      title: 'Linen Shirt',
      description: 'Breathable washed linen, relaxed fit.',
      options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
      variants: ['S', 'M', 'L'].map((size) => ({
        sku: `LINEN-SHIRT-${size}`,
        optionValues: [size],
        weightGrams: 220,
        prices: usdEur(5900, 5500, 6900),
      })),
      stock: [8, 12, 0],
    },
    {
      title: 'Canvas Tote',
      description: 'Heavy cotton canvas with an inner pocket.',
      variants: [{ sku: 'CANVAS-TOTE', weightGrams: 350, prices: usdEur(2400, 2200) }],
      stock: [25],
    },
    {
      title: 'Wool Scarf',
      description: 'Merino wool, 180 × 30 cm.',
      options: [{ name: 'Colour', values: ['Charcoal', 'Rust'] }],
      variants: ['Charcoal', 'Rust'].map((colour) => ({
        sku: `WOOL-SCARF-${colour.toUpperCase()}`,
        optionValues: [colour],
        weightGrams: 150,
        prices: usdEur(3900, 3600),
      })),
      // The last unit of one colour: what the checkout concurrency guarantees are about.
      stock: [6, 1],
    },
  ];
  const location = await inventory.defaultLocation(ctx);
  const products = [];
  for (const { stock, ...input } of demoProducts) {
    const product = await catalog.createProduct(ctx, { ...input, collectionIds: [collection.id] });
    const variants = await catalog.variantsOf(ctx, product.id);
    for (const [i, variant] of variants.entries()) {
      await inventory.setOnHand(ctx, {
        variantId: variant.id,
        locationId: location.id,
        onHand: stock[i] ?? 0,
      });
    }
    products.push(product);
  }
  const site = await stack.cms.pages.createSite(ctx, { name: 'Demo Store' });
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
        {
          type: 'Button',
          props: { label: 'Shop all products', href: '/collections/all', variant: 'primary' },
        },
      ],
    },
  });
  await stack.cms.pages.publishPage(ctx, home.id, home.version);
  await seedNavigation(stack, ctx, site.id);
  await stack.analytics.settings.update(ctx, {
    clarityProjectId: DEMO.clarityProjectId,
    clarityEnabled: true,
    // The demo counts its own visits (GPC, opt-out and the consent policy still apply).
    firstPartyAnalytics: true,
  });
  await stack.assets.assets.store(ctx, { filename: 'pixel.png', contentType: 'image/png', body: PIXEL_PNG });
  log.info({ tenant: DEMO.tenantSlug, requestId: randomUUID() }, 'seeded the demo tenant');
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
  const featured = { label: 'Featured', link: { kind: 'COLLECTION', slug: 'featured' } };
  const menus = {
    main: [
      ...page('Home', '/'),
      allProducts,
      featured,
      ...page('About', '/about'),
      ...page('Contact', '/contact'),
    ],
    footer: [allProducts, featured],
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
