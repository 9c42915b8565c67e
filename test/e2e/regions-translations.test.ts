import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import type { RunningStack } from '../../stack/start.js';
import { bearer, eventually, gql, startDemoStack } from './support.js';

/**
 * Regions and page translations end to end: regions managed through the auth subgraph, a
 * translation through the cms, and storefront requests through the gateway, whose region (path
 * prefix) decides the locale the cms renders in, with hreflang alternates from the regions.
 */
let stack: RunningStack;
let url: string;
let token: string;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ stack, url, token, close } = await startDemoStack());
}, 120_000);

afterAll(() => close?.());

async function call<T>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
  const res = await gql<Record<string, T>>(url, query, variables, bearer(token));
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![field]!;
}

const tree = (text: string) => ({ content: [{ type: 'Heading', props: { text, level: 1 } }] });

describe('regions and translations through the gateway (PostgreSQL + Redis)', () => {
  it('serves the translation under the region prefix and the base content in the default region', async () => {
    const regions = await call<{ code: string; locale: string; isDefault: boolean }[]>(
      '{ regions { code locale isDefault } }',
      {},
      'regions',
    );
    expect(regions).toEqual([{ code: 'default', locale: 'en', isDefault: true }]);
    await call(
      'mutation($input: RegionInput!) { upsertRegion(input: $input) { code } }',
      { input: { code: 'de', locale: 'de-DE', currency: 'EUR', pathPrefix: '/de' } },
      'upsertRegion',
    );

    const page = await call<{ id: string }>(
      'mutation($input: SavePageInput!) { savePage(input: $input) { id } }',
      { input: { path: '/regional', title: 'Regional', tree: tree('Hello from the base page') } },
      'savePage',
    );
    await call('mutation($id: ID!) { publishPage(id: $id) { id } }', { id: page.id }, 'publishPage');

    const base = `${url}/s/${DEMO.tenantSlug}`;
    // Before any translation the German region gets the base content (and caches it).
    const untranslated = await fetch(`${base}/de/regional`);
    expect(untranslated.status).toBe(200);
    expect(await untranslated.text()).toContain('Hello from the base page');

    await call(
      'mutation($input: SavePageTranslationInput!) { savePageTranslation(input: $input) { version } }',
      {
        input: {
          pageId: page.id,
          locale: 'de-DE',
          title: 'Regional (DE)',
          tree: tree('Hallo von der deutschen Seite'),
          expectedVersion: 0,
        },
      },
      'savePageTranslation',
    );
    await call(
      'mutation($id: ID!) { publishPageTranslation(pageId: $id, locale: "de-DE", expectedVersion: 1) { status } }',
      { id: page.id },
      'publishPageTranslation',
    );

    // The publish purges the gateway's page cache: the German region now gets the translation.
    const german = await eventually(async () => {
      const res = await fetch(`${base}/de/regional`);
      const html = await res.text();
      return html.includes('Hallo von der deutschen Seite') ? html : undefined;
    }, 15_000);
    expect(german).toContain('<html lang="de-DE">');
    expect(german).toContain('<title>Regional (DE)</title>');
    const links = [...german.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/gi)].map(
      (m) => [m[1], m[2]],
    );
    expect(links).toEqual([
      ['en', `${stack.config.publicUrl}/s/${DEMO.tenantSlug}/regional`],
      ['de-DE', `${stack.config.publicUrl}/s/${DEMO.tenantSlug}/de/regional`],
      ['x-default', `${stack.config.publicUrl}/s/${DEMO.tenantSlug}/regional`],
    ]);

    // The sitemap job (re-run by the translation publish) lists the page with the same alternates.
    const sitemap = await eventually(async () => {
      const res = await fetch(`${base}/sitemap.xml`);
      const xml = res.status === 200 ? await res.text() : '';
      return xml.includes('hreflang="de-DE"') ? xml : undefined;
    }, 20_000);
    const deUrl = `${stack.config.publicUrl}/s/${DEMO.tenantSlug}/de/regional`;
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="de-DE" href="${deUrl}"/>`);
    expect(sitemap).toMatch(/hreflang="x-default"/);

    // The default region (no prefix) keeps the base content, in the default locale.
    const english = await (await fetch(`${base}/regional`)).text();
    expect(english).toContain('Hello from the base page');
    expect(english).not.toContain('Hallo');
    expect(english).toContain('<html lang="en">');
    expect(english).toMatch(/hreflang="de-DE"/i);

    // Headless clients see the same through the API: the base page (default region) and its alternates.
    const api = await gql<{ page: { title: string; locale: string | null; alternates: unknown[] } }>(
      url,
      '{ page(path: "/regional") { title locale alternates { hreflang url } translation(locale: "de-DE") { title } } }',
      {},
      { 'x-tenant': DEMO.tenantSlug },
    );
    expect(api.body.errors).toBeUndefined();
    expect(api.body.data!.page).toMatchObject({
      title: 'Regional',
      locale: null,
      translation: { title: 'Regional (DE)' },
    });
    expect(api.body.data!.page.alternates).toHaveLength(3);

    // Deleting the region changes the routing at once (tenant-changed): /de/regional is no page.
    await call('mutation { deleteRegion(code: "de") }', {}, 'deleteRegion');
    const gone = await eventually(async () => {
      const res = await fetch(`${base}/de/regional`);
      await res.text();
      return res.status === 404 ? res.status : undefined;
    }, 15_000);
    expect(gone).toBe(404);
    // ...and the sitemap is rebuilt without the region's alternates, with no page published since.
    const rebuilt = await eventually(async () => {
      const res = await fetch(`${base}/sitemap.xml`);
      const xml = await res.text();
      return res.status === 200 && !xml.includes('hreflang="de-DE"') ? xml : undefined;
    }, 15_000);
    expect(rebuilt).toContain('/regional</loc>');
  });
});
