import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { DEMO } from '../../stack/seed.js';
import type { RunningStack } from '../../stack/start.js';
import { demoContext, eventually, startTestStack } from './support.js';

let stack: RunningStack;
let url: string;
let demo: RequestContext;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ stack, url, close } = await startTestStack({}, { seed: true }));
  demo = await demoContext(stack);
  // The seed also turns first-party analytics on; its beacon is a second inline script that these
  // Clarity assertions would have to discount (test/e2e/analytics.test.ts covers it).
  await stack.analytics.settings.update(demo, { firstPartyAnalytics: false });
}, 120_000);

afterAll(() => close?.());

const HOME = () => `${url}/s/${DEMO.tenantSlug}/`;

async function home(headers: Record<string, string> = {}) {
  const res = await fetch(HOME(), { headers });
  expect(res.status).toBe(200);
  return { html: await res.text(), csp: res.headers.get('content-security-policy') ?? '' };
}

/** The home page once it shows `marker` (settings changes purge the gateway's page cache by event). */
const homeOnce = (marker: string, headers: Record<string, string> = {}) =>
  eventually(async () => {
    const page = await home(headers);
    return page.html.includes(marker) ? page : undefined;
  }, 10_000);

/** Independent re-implementation: every inline executable script, hashed as CSP wants it. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
}

function expectCspMatches(html: string, csp: string, clarity: boolean) {
  const directives = Object.fromEntries(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
  const hashes = inlineScriptHashes(html);
  const scriptHashes = (directives['script-src'] ?? []).filter((v) => v.startsWith("'sha256-"));
  expect(scriptHashes.sort()).toEqual([...new Set(hashes)].sort());
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['frame-ancestors']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'none'"]);
  expect(directives['form-action']).toEqual(["'self'"]);
  expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
  if (clarity) {
    expect(directives['script-src']).toEqual(
      expect.arrayContaining(['https://www.clarity.ms', 'https://*.clarity.ms']),
    );
    expect(directives['connect-src']).toEqual(["'self'", 'https://*.clarity.ms', 'https://c.bing.com']);
    // Besides Clarity's: the origin the demo store's pictures are served from (this machine).
    const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;
    expect(directives['img-src']!.filter((v) => !local.test(v))).toEqual([
      "'self'",
      'data:',
      'https://*.clarity.ms',
      'https://c.bing.com',
    ]);
  } else {
    expect(csp).not.toContain('clarity');
    expect(csp).not.toContain('bing');
  }
}

const SNIPPET = '"https://www.clarity.ms/tag/"+i';
const consentCall = (value: 'granted' | 'denied') =>
  `window.clarity("consentv2",{"ad_Storage":"${value}","analytics_Storage":"${value}"});`;

describe('Microsoft Clarity on storefront pages (through the gateway)', () => {
  it('injects the snippet with the demo id and consent granted (mode NONE); CSP hashes match', async () => {
    const { html, csp } = await home();
    expect(html).toContain(SNIPPET);
    expect(html).toContain(`(window,document,"clarity","script","${DEMO.clarityProjectId}")`);
    expect(html).toContain(consentCall('granted'));
    expect(html).not.toContain('/consent?value=');
    expect(inlineScriptHashes(html)).toHaveLength(1);
    expectCspMatches(html, csp, true);
  });

  it('leaves Clarity out entirely with Sec-GPC: 1 and with the opt-out cookie', async () => {
    const variants: Record<string, string>[] = [
      { 'sec-gpc': '1' },
      { cookie: 'wh_optout=1' },
      { cookie: 'a=b; wh_optout=yes' },
    ];
    for (const headers of variants) {
      const { html, csp } = await home(headers);
      expect(html, JSON.stringify(headers)).not.toContain('clarity');
      expect(html).not.toContain('/consent?value=');
      expectCspMatches(html, csp, false);
    }
  });

  it('requires consent in a listed region: consentv2 denied plus the banner, granted after /consent', async () => {
    await stack.analytics.settings.update(demo, {
      consentMode: 'REQUIRED_IN_REGIONS',
      consentRegions: ['default'],
      consentBanners: [
        {
          region: 'default',
          title: 'Cookies & you',
          body: 'May we measure?',
          acceptLabel: 'OK',
          rejectLabel: 'No',
        },
      ],
    });
    const first = await homeOnce(consentCall('denied'));
    expect(first.html).toContain(consentCall('denied'));
    expect(first.html).toContain('Cookies &amp; you');
    const accept = `/consent?value=granted&amp;return=${encodeURIComponent(`/s/${DEMO.tenantSlug}/`)}`;
    expect(first.html).toContain(`href="${accept}"`);
    expect(first.html).toContain('/consent?value=denied&amp;return=');
    expectCspMatches(first.html, first.csp, true);

    const consent = await fetch(
      `${url}/consent?value=granted&return=${encodeURIComponent(`/s/${DEMO.tenantSlug}/`)}`,
      {
        redirect: 'manual',
      },
    );
    expect(consent.status).toBe(303);
    expect(consent.headers.get('location')).toBe(`/s/${DEMO.tenantSlug}/`);
    const cookie = consent.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^wh_consent=granted; Path=\/; Max-Age=31536000; SameSite=Lax/);

    const after = await home({ cookie: cookie.split(';')[0]! });
    expect(after.html).toContain(consentCall('granted'));
    expect(after.html).not.toContain('/consent?value=');
    expectCspMatches(after.html, after.csp, true);
    // The hashes differ with the consent state: each variant's CSP matches its own bytes.
    expect(after.csp).not.toBe(first.csp);

    const rejected = await home({ cookie: 'wh_consent=denied' });
    expect(rejected.html).toContain(consentCall('denied'));
    expect(rejected.html).not.toContain('/consent?value=');
    const gpc = await home({ 'sec-gpc': '1', cookie: 'wh_consent=granted' });
    expect(gpc.html).not.toContain('clarity');
  });

  it('treats a region not listed like NONE, and ALWAYS like a listed region', async () => {
    await stack.analytics.settings.update(demo, {
      consentMode: 'REQUIRED_IN_REGIONS',
      consentRegions: ['eu'],
    });
    const notListed = await homeOnce(consentCall('granted'));
    expect(notListed.html).toContain(consentCall('granted'));
    expect(notListed.html).not.toContain('/consent?value=');
    await stack.analytics.settings.update(demo, { consentMode: 'ALWAYS' });
    const always = await homeOnce(consentCall('denied'));
    expect(always.html).toContain(consentCall('denied'));
    expect(always.html).toContain('/consent?value=granted');
  });

  it('renders no Clarity when disabled', async () => {
    await stack.analytics.settings.update(demo, { clarityEnabled: false });
    const { html, csp } = await eventually(async () => {
      const page = await home();
      return page.html.includes('clarity') ? undefined : page;
    }, 10_000);
    expect(html).not.toContain('clarity');
    expectCspMatches(html, csp, false);
    await stack.analytics.settings.update(demo, { clarityEnabled: true, consentMode: 'NONE' });
  });

  it('redirects /consent only to relative paths and refuses bad values', async () => {
    for (const [target, location] of [
      ['https://evil.example/', '/'],
      ['//evil.example/x', '/'],
      ['/\\evil.example', '/'],
      ['/s/demo/about?x=1', '/s/demo/about?x=1'],
    ] as const) {
      const res = await fetch(`${url}/consent?value=denied&return=${encodeURIComponent(target)}`, {
        redirect: 'manual',
      });
      expect(res.status, target).toBe(303);
      expect(res.headers.get('location'), target).toBe(location);
    }
    const bad = await fetch(`${url}/consent?value=maybe`, { redirect: 'manual' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('set-cookie')).toBeNull();
  });
});
