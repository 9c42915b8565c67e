import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { minimalSfnt, systemTrueTypeFont, woff2FromSfnt } from '../../subgraphs/assets/fonts-testing.js';
import { bearer, createAccount, type DemoStack, gql, startDemoStack } from './support.js';

/**
 * Self-hosted fonts through the whole stack: a WOFF2 uploaded like any asset, declared on a
 * fontFamily token of the tenant, rendered as @font-face + preload with the asset's public URL,
 * and allowed by exactly that origin in the page's CSP `font-src`.
 */

let url: string;
let demoToken: string;
let started: DemoStack | undefined;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  started = await startDemoStack();
  ({ url, token: demoToken, close } = started);
}, 120_000);

afterAll(() => close?.());

/** With disk storage, URLs built from PUBLIC_URL are re-pointed at the gateway's free port. */
const viaGateway = (absolute: string) => {
  const u = new URL(absolute);
  return `${url}${u.pathname}${u.search}`;
};

/** The client's upload round trip; returns the READY asset's id and public URL. */
async function uploadFont(
  token: string,
  filename: string,
  body: Buffer,
): Promise<{ id: string; url: string }> {
  const created = await gql<{ createUpload: { uploadUrl: string; method: string; asset: { id: string } } }>(
    url,
    'mutation($input: CreateUploadInput!) { createUpload(input: $input) { uploadUrl method asset { id } } }',
    { input: { filename, contentType: 'font/woff2', size: body.length } },
    bearer(token),
  );
  expect(created.body.errors).toBeUndefined();
  const ticket = created.body.data!.createUpload;
  const put = await fetch(viaGateway(ticket.uploadUrl), {
    method: ticket.method,
    body: new Uint8Array(body),
    headers: { 'content-type': 'font/woff2' },
  });
  expect(put.status).toBe(200);
  const done = await gql<{ completeUpload: { status: string; kind: string } }>(
    url,
    'mutation($id: ID!) { completeUpload(id: $id) { status kind } }',
    { id: ticket.asset.id },
    bearer(token),
  );
  expect(done.body.errors).toBeUndefined();
  expect(done.body.data!.completeUpload).toEqual({ status: 'READY', kind: 'FONT' });
  const asset = await gql<{ asset: { url: string } }>(
    url,
    'query($id: ID!) { asset(id: $id) { url } }',
    { id: ticket.asset.id },
    bearer(token),
  );
  return { id: ticket.asset.id, url: asset.body.data!.asset.url };
}

async function setTokens(token: string, document: unknown) {
  const res = await gql(
    url,
    'mutation($d: JSON!) { setTenantTokens(document: $d) { version } }',
    { d: document },
    bearer(token),
  );
  expect(res.body.errors).toBeUndefined();
}

/** The demo home page through the graph (not the gateway's page cache), as an anonymous visitor. */
async function homeViaGraph(): Promise<{ html: string; contentSecurityPolicy: string }> {
  const res = await gql<{ page: { html: string; contentSecurityPolicy: string } }>(
    url,
    'query { page(path: "/") { html contentSecurityPolicy } }',
    {},
    { 'x-tenant': DEMO.tenantSlug },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.page;
}

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

const bodyFamily = (faces: unknown[], name = 'Brand Sans') => ({
  font: {
    family: {
      body: { $value: [name, 'system-ui', 'sans-serif'], $extensions: { 'com.webhaze.fontFaces': faces } },
    },
  },
});

describe('self-hosted fonts on storefront pages', () => {
  it('uploads a WOFF2, declares it on the body family, and serves @font-face + preload + CSP font-src', async () => {
    const system = systemTrueTypeFont();
    const regular = await uploadFont(
      demoToken,
      'brand-regular.woff2',
      woff2FromSfnt(system?.bytes ?? minimalSfnt()),
    );
    const bold = await uploadFont(demoToken, 'brand-bold.woff2', woff2FromSfnt(minimalSfnt()));
    await setTokens(demoToken, {
      ...bodyFamily([
        { asset: regular.id, weight: 400, style: 'normal' },
        { asset: bold.id, weight: 700, style: 'normal', display: 'fallback' },
      ]),
    });

    // The first storefront request of this stack: rendered now, not from the page cache.
    const res = await fetch(`${url}/s/${DEMO.tenantSlug}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(style).toContain('--wh-font-family-body: "Brand Sans", system-ui, sans-serif;');
    expect(style).toContain(
      `@font-face{font-family:"Brand Sans";src:url("${regular.url}") format("woff2");font-weight:400;font-style:normal;font-display:swap;}`,
    );
    expect(style).toContain(
      `@font-face{font-family:"Brand Sans";src:url("${bold.url}") format("woff2");font-weight:700;font-style:normal;font-display:fallback;}`,
    );
    // Body text (400) and headings (the heading token aliases the body family; headings are bold).
    // Font preloads (the demo home also preloads its banner image).
    const preloads = [...html.matchAll(/<link rel="preload" as="font"[^>]*>/g)].map((m) => m[0]);
    expect(preloads).toEqual([
      `<link rel="preload" as="font" type="font/woff2" crossorigin="anonymous" href="${regular.url}"/>`,
      `<link rel="preload" as="font" type="font/woff2" crossorigin="anonymous" href="${bold.url}"/>`,
    ]);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(directive(csp, 'font-src')).toEqual([new URL(regular.url).origin]);
    expect(directive(csp, 'default-src')).toEqual(["'self'"]);

    // The URL in the page is the public, checked original.
    const file = await fetch(viaGateway(regular.url));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await file.arrayBuffer()).slice(0, 4)).toEqual(new Uint8Array(Buffer.from('wOF2')));
  }, 60_000);

  it("renders nothing for another tenant's font asset declared in this tenant's tokens", async () => {
    const registered = await createAccount(started!.stack, {
      email: 'fonts-other@example.com',
      name: 'Other',
    });
    const created = await gql<{ createTenant: { accessToken: string } }>(
      url,
      'mutation($input: CreateTenantInput!) { createTenant(input: $input) { accessToken } }',
      { input: { slug: 'fonts-other', name: 'Other', starterSite: false } },
      bearer(registered.accessToken),
    );
    const other = await uploadFont(
      created.body.data!.createTenant.accessToken,
      'theirs.woff2',
      woff2FromSfnt(minimalSfnt()),
    );
    await setTokens(demoToken, bodyFamily([{ asset: other.id, weight: 400, style: 'normal' }]));
    const page = await homeViaGraph();
    expect(page.html).toContain('--wh-font-family-body: "Brand Sans", system-ui, sans-serif;');
    expect(page.html).not.toContain('@font-face');
    expect(page.html).not.toContain(other.id);
    expect(page.html).not.toContain('rel="preload" as="font"');
    expect(directive(page.contentSecurityPolicy, 'font-src')).toBeUndefined();
  }, 60_000);

  it('keeps a hostile family name inside its CSS string in the rendered page', async () => {
    const font = await uploadFont(demoToken, 'hostile.woff2', woff2FromSfnt(minimalSfnt()));
    const hostile = '</style><script>alert(1)</script>"; } body { display: none } x{';
    await setTokens(demoToken, bodyFamily([{ asset: font.id, weight: 400, style: 'normal' }], hostile));
    const { html, contentSecurityPolicy } = await homeViaGraph();
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const rule = style.split('\n').find((line) => line.startsWith('@font-face'))!;
    expect(rule).toBe(
      `@font-face{font-family:"/stylescriptalert(1)/script\\"  body  display: none  x";src:url("${font.url}") format("woff2");font-weight:400;font-style:normal;font-display:swap;}`,
    );
    expect(directive(contentSecurityPolicy, 'font-src')).toEqual([new URL(font.url).origin]);
  }, 60_000);
});
