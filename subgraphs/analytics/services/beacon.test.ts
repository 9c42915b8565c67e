import { describe, expect, it } from 'vitest';
import {
  deviceOf,
  isBot,
  MAX_BEACON_BYTES,
  parseBeacon,
  referrerHostOf,
  scrubPageUrl,
  visitorHash,
} from './beacon.js';

const body = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

describe('parseBeacon', () => {
  it('accepts the documented shape', () => {
    expect(parseBeacon(body({ type: 'add_to_cart', url: '/p/1', referrer: null, tenant: 'acme' }))).toEqual({
      type: 'add_to_cart',
      url: '/p/1',
      referrer: null,
      tenant: 'acme',
    });
  });

  for (const [name, value] of [
    ['not JSON', '{'],
    ['an array', '[]'],
    ['a purchase (server-side only)', { type: 'purchase', url: '/' }],
    ['an unknown type', { type: 'click', url: '/' }],
    ['an extra field', { type: 'page_view', url: '/', ip: '1.1.1.1' }],
    ['no url', { type: 'page_view' }],
    ['a huge url', { type: 'page_view', url: `/${'x'.repeat(1100)}` }],
  ] as const) {
    it(`refuses ${name}`, () => expect(() => parseBeacon(body(value))).toThrow(/beacon/i));
  }

  it('has a small size cap', () => expect(MAX_BEACON_BYTES).toBeLessThanOrEqual(4096));
});

describe('scrubPageUrl', () => {
  it('drops emails, tokens and secret parameters, lifts UTM, keeps the rest', () => {
    expect(
      scrubPageUrl(
        '/s/acme/thanks/jane.doe@example.com?utm_source=nl&utm_medium=email&utm_campaign=spring&ref=abc&email=x%40y.z&access_token=1&session=2&q=jane%40example.com&t=eyJhbGciOiJIUzI1NiJ9.e30.sig&long=abcdefghijklmnopqrstuvwxyz0123456789',
        'acme',
      ),
    ).toEqual({
      path: '/thanks/[email]?ref=abc&q=%5Bemail%5D',
      utmSource: 'nl',
      utmMedium: 'email',
      utmCampaign: 'spring',
    });
  });

  it('accepts absolute http(s) URLs and keeps only path and query', () => {
    expect(scrubPageUrl('https://shop.example/a?b=1#frag', null)?.path).toBe('/a?b=1');
    expect(scrubPageUrl('/s/acme', 'acme')?.path).toBe('/');
    expect(scrubPageUrl('/s/other/x', 'acme')?.path).toBe('/s/other/x');
  });

  it('refuses non-http URLs', () => {
    expect(scrubPageUrl('javascript:alert(1)', null)).toBeNull();
    expect(scrubPageUrl('data:text/html,hi', null)).toBeNull();
  });
});

describe('visitors and agents', () => {
  it('keeps only an external referrer host', () => {
    expect(referrerHostOf('https://News.Example/a?b=c', 'shop.example')).toBe('news.example');
    expect(referrerHostOf('https://shop.example/x', 'shop.example')).toBeNull();
    expect(referrerHostOf('not a url', null)).toBeNull();
    expect(referrerHostOf('ftp://x.example/', null)).toBeNull();
  });

  it('recognises bots and device classes', () => {
    for (const ua of [
      null,
      '',
      'curl/8.0',
      'Googlebot/2.1',
      'Mozilla/5.0 HeadlessChrome/120',
      'python-requests/2',
      'node',
    ]) {
      expect(isBot(ua), String(ua)).toBe(true);
    }
    const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130 Safari/537.36';
    expect(isBot(chrome)).toBe(false);
    expect(deviceOf(chrome)).toBe('desktop');
    expect(deviceOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148')).toBe('mobile');
    expect(deviceOf('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)')).toBe('tablet');
    expect(deviceOf('Mozilla/5.0 (Linux; Android 14; SM-X200) Safari/537.36')).toBe('tablet');
    expect(deviceOf('Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36')).toBe('mobile');
  });

  it('hashes visitors per salt and tenant: another day or tenant gives another hash', () => {
    const a = visitorHash('salt-1', 't1', '10.0.0.1', 'ua');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(visitorHash('salt-1', 't1', '10.0.0.1', 'ua')).toBe(a);
    expect(visitorHash('salt-2', 't1', '10.0.0.1', 'ua')).not.toBe(a);
    expect(visitorHash('salt-1', 't2', '10.0.0.1', 'ua')).not.toBe(a);
    expect(a).not.toContain('10.0.0.1');
  });
});
