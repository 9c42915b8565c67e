import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { bearer, eventually, gql, startDemoStack } from './support.js';

let url: string;
let token: string;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ url, token, close } = await startDemoStack());
}, 120_000);

afterAll(() => close?.());

const SAVE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id version } }';
const PUBLISH =
  'mutation($id: ID!, $v: Int) { publishPage(id: $id, expectedVersion: $v) { status version } }';

async function save(input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const res = await gql<{ savePage: { id: string; version: number } }>(url, SAVE, { input }, bearer(token));
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.savePage;
}

async function publish(id: string, v: number): Promise<void> {
  const res = await gql(url, PUBLISH, { id, v }, bearer(token));
  expect(res.body.errors).toBeUndefined();
}

const tree = (text: string) => ({ content: [{ type: 'Heading', props: { text } }] });

describe('page lifecycle through the gateway (PostgreSQL + Redis)', () => {
  it('serves a published page with an ETag, 304s a current copy, purges on republish and 301s a moved path', async () => {
    const pageUrl = `${url}/s/${DEMO.tenantSlug}/lifecycle`;
    const created = await save({ path: '/lifecycle', title: 'Lifecycle', tree: tree('First edition') });
    await publish(created.id, created.version);

    const first = await fetch(pageUrl);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('First edition');
    const etag = first.headers.get('etag');
    // One tag per representation: the identity page's, or with -br/-gz for a compressed one.
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}(?:-br|-gz)?"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');

    const cached = await fetch(pageUrl, { headers: { 'if-none-match': etag! } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('etag')).toBe(etag);
    expect(await cached.text()).toBe('');

    const edited = await save({
      id: created.id,
      path: '/lifecycle',
      title: 'Lifecycle',
      tree: tree('Second edition'),
      expectedVersion: created.version,
    });
    // Saving a draft changes nothing live; the cached page stays valid until the publish.
    expect((await fetch(pageUrl, { headers: { 'if-none-match': etag! } })).status).toBe(304);
    await publish(edited.id, edited.version);
    const fresh = await eventually(async () => {
      const res = await fetch(pageUrl);
      const html = await res.text();
      return html.includes('Second edition') ? { res, html } : undefined;
    }, 15_000);
    const newEtag = fresh.res.headers.get('etag');
    expect(newEtag).not.toBe(etag);
    expect((await fetch(pageUrl, { headers: { 'if-none-match': etag! } })).status).toBe(200);

    // The published page moves: the old path answers 301 to the new one on the same storefront.
    await save({
      id: created.id,
      path: '/lifecycle-moved',
      title: 'Lifecycle',
      tree: tree('Second edition'),
      expectedVersion: edited.version,
    });
    const moved = await eventually(async () => {
      const res = await fetch(pageUrl, { redirect: 'manual' });
      return res.status === 301 ? res : undefined;
    }, 15_000);
    expect(moved.headers.get('location')).toBe(`/s/${DEMO.tenantSlug}/lifecycle-moved`);
    const target = await fetch(`${url}${moved.headers.get('location')}`);
    expect(target.status).toBe(200);
    expect(await target.text()).toContain('Second edition');
  });

  it('serves a draft preview link uncached and unindexed, and 404s a tampered token', async () => {
    const draft = await save({ path: '/preview-e2e', title: 'Preview', tree: tree('Unpublished draft') });
    const link = await gql<{ createPreviewLink: { url: string } }>(
      url,
      'mutation($id: ID!) { createPreviewLink(pageId: $id, ttlSeconds: 600) { url } }',
      { id: draft.id },
      bearer(token),
    );
    expect(link.body.errors).toBeUndefined();
    const path = new URL(link.body.data!.createPreviewLink.url).pathname;
    expect(path).toMatch(/^\/preview\//);
    const res = await fetch(`${url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(await res.text()).toContain('Unpublished draft');
    expect((await fetch(`${url}${path}x`)).status).toBe(404);
    expect((await fetch(`${url}/preview/not-a-token`)).status).toBe(404);
    // Still a draft for visitors.
    expect((await fetch(`${url}/s/${DEMO.tenantSlug}/preview-e2e`)).status).toBe(404);
  });
});
