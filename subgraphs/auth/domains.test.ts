import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { txtZone } from '../../test/support/auth-fixtures.js';
import { type Errors, setUpAuthSubgraph } from '../../test/support/auth-subgraph.js';
import { userContext } from '../../test/support/env.js';
import { parseHost } from './services/domains.js';

const now = new Date('2026-12-01T09:00:00Z');

const { zone, resolver: fakeDns } = txtZone();

const subgraph = setUpAuthSubgraph({
  config: { PLATFORM_HOSTS: 'localhost,webhaze.test' },
  deps: { now: () => now, domainResolver: fakeDns },
  listen: ['tenant-changed', 'pages-changed'],
});
const { call, announced } = subgraph;

const code = (errors: Errors) => errors?.[0]?.extensions?.code;

async function ownerOf(slug: string): Promise<RequestContext> {
  const userId = await subgraph.fixtures.user(`${slug}@example.com`);
  return userContext(userId, await subgraph.fixtures.tenant(userId, slug), 'owner');
}

const DOMAIN = 'host verified txtRecordName txtRecordValue verifiedAt';
const ADD = `mutation($host: String!) { addDomain(host: $host) { ${DOMAIN} } }`;
const VERIFY = `mutation($host: String!) { verifyDomain(host: $host) { ${DOMAIN} } }`;
const REMOVE = `mutation($host: String!) { removeDomain(host: $host) }`;

interface DomainView {
  host: string;
  verified: boolean;
  txtRecordName: string;
  txtRecordValue: string;
  verifiedAt: string | null;
}

describe('host validation', () => {
  const platform = ['localhost', 'webhaze.test'];
  it('accepts lowercase FQDNs and normalises case and a trailing dot', () => {
    expect(parseHost('Shop.Example.COM.', platform)).toBe('shop.example.com');
    expect(parseHost('xn--bcher-kva.example', platform)).toBe('xn--bcher-kva.example');
  });
  it.each([
    ['', /enter a domain name/],
    ['localhost', /fully-qualified/],
    ['192.168.1.10', /IP addresses/],
    ['[::1]', /without scheme/],
    ['https://shop.example.com', /without scheme/],
    ['shop.example.com:8080', /without scheme/],
    ['-bad.example.com', /letters, digits and hyphens/],
    ['a..example.com', /letters, digits and hyphens/],
    ['webhaze.test', /belongs to WebHaze/],
    ['evil.webhaze.test', /belongs to WebHaze/],
    [`${'a'.repeat(64)}.example.com`, /letters, digits and hyphens/],
  ])('refuses %j', (host, message) => {
    expect(() => parseHost(host, platform)).toThrow(message);
  });
});

describe('custom domains', () => {
  it('verifies a TXT proof, serves the host through the directory, and removes it', async () => {
    const owner = await ownerOf('dom-one');
    const bad = await call(owner, ADD, { host: '10.0.0.1' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'host' });

    const added = await call<{ addDomain: DomainView }>(owner, ADD, { host: 'Shop.One.example' });
    expect(added.errors).toBeUndefined();
    const domain = added.data.addDomain;
    expect(domain).toMatchObject({
      host: 'shop.one.example',
      verified: false,
      txtRecordName: '_webhaze.shop.one.example',
    });
    expect(domain.txtRecordValue).toMatch(/^webhaze-verify=[A-Za-z0-9_-]{32}$/);
    expect(code((await call(owner, ADD, { host: 'shop.one.example' })).errors)).toBe('CONFLICT');

    const missing = await call(owner, VERIFY, { host: 'shop.one.example' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'host' });
    expect(missing.errors?.[0]?.message).toMatch(/no TXT record found at _webhaze\.shop\.one\.example/);

    zone.set('_webhaze.shop.one.example', [['v=spf1 -all'], ['webhaze-verify=not-the-token']]);
    const wrong = await call(owner, VERIFY, { host: 'shop.one.example' });
    expect(wrong.errors?.[0]?.message).toMatch(/does not contain/);
    expect(await subgraph.service.parts.auth.directoryLookup({ host: 'shop.one.example' })).toBeNull();

    // DNS splits long TXT values into 255-byte chunks: they are joined before comparing.
    const value = domain.txtRecordValue;
    zone.set('_webhaze.shop.one.example', [['v=spf1 -all'], [value.slice(0, 10), value.slice(10)]]);
    const verified = await call<{ verifyDomain: DomainView }>(owner, VERIFY, { host: 'shop.one.example' });
    expect(verified.errors).toBeUndefined();
    expect(verified.data.verifyDomain).toMatchObject({ verified: true, verifiedAt: now.toISOString() });
    expect(await subgraph.service.parts.auth.directoryLookup({ host: 'shop.one.example' })).toMatchObject({
      slug: 'dom-one',
    });

    const audit = await call<{ auditEvents: { edges: { node: { action: string; target: string } }[] } }>(
      owner,
      '{ auditEvents { edges { node { action target } } } }',
    );
    expect(audit.data.auditEvents.edges.map((e) => e.node)).toContainEqual({
      action: 'domain.verified',
      target: 'shop.one.example',
    });

    const listed = await call<{ domains: { edges: { node: DomainView }[] } }>(
      owner,
      `{ domains { edges { node { ${DOMAIN} } } } }`,
    );
    expect(listed.data.domains.edges.map((e) => e.node.host)).toEqual(['shop.one.example']);

    const removed = await call<{ removeDomain: boolean }>(owner, REMOVE, { host: 'shop.one.example' });
    expect(removed.data.removeDomain).toBe(true);
    expect(await subgraph.service.parts.auth.directoryLookup({ host: 'shop.one.example' })).toBeNull();
    expect(code((await call(owner, REMOVE, { host: 'shop.one.example' })).errors)).toBe('NOT_FOUND');
  });

  it('removing a domain takes it out of every region, so a tenant that verifies it next is never linked (review finding)', async () => {
    const first = await ownerOf('dom-regions-a');
    const second = await ownerOf('dom-regions-b');
    const host = 'de.moved.example';
    const claim = await call<{ addDomain: DomainView }>(first, ADD, { host });
    zone.set(`_webhaze.${host}`, [[claim.data.addDomain.txtRecordValue]]);
    expect((await call(first, VERIFY, { host })).errors).toBeUndefined();
    await call(first, ADD, { host: 'keep.moved.example' });
    const region = (code: string, hosts: string[]) =>
      call(first, `mutation($input: RegionInput!) { upsertRegion(input: $input) { code hosts } }`, {
        input: { code, locale: code, currency: 'EUR', pathPrefix: `/${code}`, hosts },
      });
    expect((await region('de', [host])).errors).toBeUndefined();
    const regionsOf = async () => {
      const { rows } = await subgraph.fixtures.query<{
        regions: { code: string; hosts: string[] }[];
        hosts: string[];
      }>('select regions, hosts from auth.tenant where id = $1', [first.tenantId]);
      return rows[0]!;
    };
    expect((await regionsOf()).regions.find((r) => r.code === 'de')?.hosts).toEqual([host]);

    announced.length = 0;
    expect((await call<{ removeDomain: boolean }>(first, REMOVE, { host })).data.removeDomain).toBe(true);
    const after = await regionsOf();
    expect(after.hosts).not.toContain(host);
    expect(after.regions.find((r) => r.code === 'de')).toMatchObject({ hosts: [] });
    expect(announced).toEqual(
      expect.arrayContaining([
        { event: 'tenant-changed', message: first.tenantId },
        { event: 'pages-changed', message: first.tenantId },
      ]),
    );
    // Another tenant proves and takes the host; A's regions (the hreflang/sitemap source) don't name it.
    const taken = await call<{ addDomain: DomainView }>(second, ADD, { host });
    zone.set(`_webhaze.${host}`, [[taken.data.addDomain.txtRecordValue]]);
    expect((await call(second, VERIFY, { host })).errors).toBeUndefined();
    const entry = await subgraph.service.parts.auth.directoryLookup({ id: first.tenantId! });
    expect(JSON.stringify(entry)).not.toContain(host);
    expect(await subgraph.service.parts.auth.directoryLookup({ host })).toMatchObject({
      slug: 'dom-regions-b',
    });
  });

  it('keeps hosts unique across tenants: a verified host cannot be claimed or verified by another', async () => {
    const first = await ownerOf('dom-two');
    const second = await ownerOf('dom-three');
    const a = await call<{ addDomain: DomainView }>(first, ADD, { host: 'www.contested.example' });
    // A pending claim squats nothing: the second tenant may add it too, and whoever proves it first wins.
    const b = await call<{ addDomain: DomainView }>(second, ADD, { host: 'www.contested.example' });
    expect(b.errors).toBeUndefined();
    zone.set('_webhaze.www.contested.example', [
      [a.data.addDomain.txtRecordValue],
      [b.data.addDomain.txtRecordValue],
    ]);
    expect((await call(first, VERIFY, { host: 'www.contested.example' })).errors).toBeUndefined();
    const lost = await call(second, VERIFY, { host: 'www.contested.example' });
    expect(code(lost.errors)).toBe('CONFLICT');
    const again = await call(second, ADD, { host: 'www.contested.example' });
    expect(code(again.errors)).toBe('CONFLICT');
    const third = await ownerOf('dom-four');
    expect(code((await call(third, ADD, { host: 'www.contested.example' })).errors)).toBe('CONFLICT');
    expect(
      await subgraph.service.parts.auth.directoryLookup({ host: 'www.contested.example' }),
    ).toMatchObject({
      slug: 'dom-two',
    });
  });

  it('needs settings:write to add and verify; other tenants never see or touch the claim', async () => {
    const owner = await ownerOf('dom-five');
    const editor = { ...owner, actor: { ...owner.actor, role: 'editor' as const } } as RequestContext;
    expect(code((await call(editor, ADD, { host: 'five.example' })).errors)).toBe('FORBIDDEN');
    await call(owner, ADD, { host: 'five.example' });
    const other = await ownerOf('dom-six');
    expect(code((await call(other, VERIFY, { host: 'five.example' })).errors)).toBe('NOT_FOUND');
    expect(code((await call(other, REMOVE, { host: 'five.example' })).errors)).toBe('NOT_FOUND');
    const listed = await call<{ domains: { edges: unknown[] } }>(
      other,
      '{ domains { edges { node { host } } } }',
    );
    expect(listed.data.domains.edges).toEqual([]);
  });
});
