import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { bearer, type DemoStack, eventually, gql, startDemoStack } from './support.js';

/**
 * Links that never break, on the started stack: a crawler loads the demo store's home under
 * `/s/<slug>/`, under a custom-domain Host header and under a region prefix, follows every
 * same-origin link of every page it reaches (bounded) and asserts none answers 404, and that the
 * links of a page stay under the base it was reached through.
 */
const MAX_URLS = 200;
const HOST = 'shop.demo-links.example';

let demo: DemoStack;

/** A verified custom domain of the demo tenant, as verifyDomain leaves it (DNS proof is auth's own test). */
async function verifyHost(databaseUrl: string, host: string): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `update auth.tenant set hosts = hosts || $2::jsonb where slug = $1 returning id`,
      [DEMO.tenantSlug, JSON.stringify([host])],
    );
    await db.query(
      `insert into auth.domain (id, tenant_id, host, verification_token, verified_at, created_at)
       values ($1, $2, $3, $4, now(), now())`,
      [randomUUID(), rows[0]!.id, host, randomBytes(24).toString('base64url')],
    );
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  demo = await startDemoStack();
  await verifyHost(demo.databaseUrl, HOST);
  const region = await gql(
    demo.url,
    'mutation($input: RegionInput!) { upsertRegion(input: $input) { code } }',
    { input: { code: 'fr', locale: 'fr-FR', currency: 'EUR', pathPrefix: '/fr' } },
    bearer(demo.token),
  );
  expect(region.body.errors, JSON.stringify(region.body.errors)).toBeUndefined();
}, 120_000);

afterAll(() => demo?.close());

interface Visit {
  url: string;
  status: number;
  from: string | null;
}

/** Same-origin hrefs of a document, resolved against its URL (the search form's action is a form, not a link). */
function linksOf(html: string, pageUrl: URL): URL[] {
  return [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)]
    .map((m) => new URL(m[1]!.replace(/&amp;/g, '&'), pageUrl))
    .filter((u) => u.origin === pageUrl.origin && (u.protocol === 'http:' || u.protocol === 'https:'));
}

/**
 * Breadth-first from `start`, on `origin` (the gateway, or a custom host sent to it): every
 * same-origin link once, redirects followed, at most MAX_URLS fetches. Returns every fetch and every
 * link that left `base`.
 */
async function crawl(
  start: string,
  opts: { host?: string; base: string },
): Promise<{ visits: Visit[]; outside: string[] }> {
  const origin = opts.host ? `http://${opts.host}` : demo.url;
  const queue: { url: URL; from: string | null }[] = [{ url: new URL(start, origin), from: null }];
  const seen = new Set<string>([queue[0]!.url.href]);
  const visits: Visit[] = [];
  const outside: string[] = [];
  while (queue.length > 0 && visits.length < MAX_URLS) {
    const { url, from } = queue.shift()!;
    // Crawled at the gateway; a custom host goes in the Host header.
    const res = await request(`${demo.url}${url.pathname}${url.search}`, {
      headers: { ...(opts.host ? { host: opts.host } : {}), accept: 'text/html' },
    });
    const body = await res.body.text();
    visits.push({ url: `${url.pathname}${url.search}`, status: res.statusCode, from });
    const next: URL[] = [];
    const location = res.headers.location;
    if (res.statusCode >= 300 && res.statusCode < 400 && typeof location === 'string') {
      const to = new URL(location, url);
      if (to.origin === url.origin) next.push(to);
    }
    if (res.statusCode === 200 && String(res.headers['content-type']).startsWith('text/html')) {
      for (const link of linksOf(body, url)) {
        // The consent banner's links go to the gateway's own /consent route, under no base.
        if (link.pathname === '/consent') continue;
        if (!(link.pathname === `${opts.base}/` || link.pathname.startsWith(`${opts.base}/`))) {
          outside.push(`${url.pathname} → ${link.pathname}`);
        }
        next.push(link);
      }
    }
    for (const link of next) {
      link.hash = '';
      if (seen.has(link.href)) continue;
      seen.add(link.href);
      queue.push({ url: link, from: url.pathname });
    }
  }
  return { visits, outside };
}

describe('storefront links (the seeded demo store, PostgreSQL + Redis)', () => {
  for (const [name, start, opts] of [
    ['under /s/<slug>/', `/s/${DEMO.tenantSlug}/`, { base: `/s/${DEMO.tenantSlug}` }],
    ['on a custom domain', '/', { host: HOST, base: '' }],
    ['under a region prefix', `/s/${DEMO.tenantSlug}/fr/`, { base: `/s/${DEMO.tenantSlug}/fr` }],
  ] as const) {
    it(`no link answers 404 ${name}, and every link stays under the base`, async () => {
      const { visits, outside } = await crawl(start, opts);
      // The home page and its header and footer were reached.
      expect(visits[0]).toMatchObject({ status: 200 });
      expect(visits.length).toBeGreaterThan(3);
      expect(outside).toEqual([]);
      const notFound = visits.filter((v) => v.status === 404).map((v) => `${v.url} (linked from ${v.from})`);
      expect(notFound).toEqual([]);
    }, 120_000);
  }

  it('renders a menu link to a product that does not exist as text, and reports it with the editor', async () => {
    const menus = await gql<{ menus: { edges: { node: { siteId: string; items: unknown[] } }[] } }>(
      demo.url,
      '{ menus(first: 10) { edges { node { siteId handle items { label link { kind pageId slug } href } } } } }',
      {},
      bearer(demo.token),
    );
    const main = menus.body
      .data!.menus.edges.map((e) => e.node)
      .find((m) => (m as { handle?: string }).handle === 'main')!;
    const items = (main.items as { label: string; href: string; link: Record<string, unknown> | null }[]).map(
      ({ label, href, link }) => ({
        label,
        ...(link
          ? { link: Object.fromEntries(Object.entries(link).filter(([, v]) => v !== null)) }
          : { href }),
      }),
    );
    const saved = await gql(
      demo.url,
      'mutation($siteId: ID!, $items: [MenuItemInput!]!) { saveMenu(siteId: $siteId, handle: "main", items: $items) { version } }',
      {
        siteId: main.siteId,
        items: [
          ...items,
          { label: 'Throw', link: { kind: 'PRODUCT', slug: 'waffle-cotton-throw' } },
          { label: 'Ghost', link: { kind: 'PRODUCT', slug: 'no-such-product' } },
          { label: 'Lost', link: { kind: 'COLLECTION', slug: 'no-such-collection' } },
        ],
      },
      bearer(demo.token),
    );
    expect(saved.body.errors, JSON.stringify(saved.body.errors)).toBeUndefined();
    // A menu save purges the cached pages (the crawl cached this one), as a publish does.
    const html = await eventually(async () => {
      const text = await (await fetch(`${demo.url}/s/${DEMO.tenantSlug}/fr/`)).text();
      return text.includes('>Ghost<') ? text : undefined;
    });
    expect(html).toContain(`<a href="/s/${DEMO.tenantSlug}/fr/products/waffle-cotton-throw">Throw</a>`);
    expect(html).toContain('<span class="wh-link--missing">Ghost</span>');
    expect(html).toContain('<span class="wh-link--missing">Lost</span>');
    const report = await gql<{
      siteBrokenLinks: {
        edges: { node: { source: string; sourceName: string; label: string; target: string } }[];
      };
    }>(
      demo.url,
      '{ siteBrokenLinks(first: 50) { edges { node { source sourceName label target } } } }',
      {},
      bearer(demo.token),
    );
    expect(report.body.errors, JSON.stringify(report.body.errors)).toBeUndefined();
    expect(report.body.data!.siteBrokenLinks.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([
        { source: 'MENU', sourceName: 'main', label: 'Ghost', target: '/products/no-such-product' },
        { source: 'MENU', sourceName: 'main', label: 'Lost', target: '/collections/no-such-collection' },
      ]),
    );
    expect(report.body.data!.siteBrokenLinks.edges.map((e) => e.node.label)).not.toContain('Throw');
  }, 60_000);
});
