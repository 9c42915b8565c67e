import { describe, expect, it } from 'vitest';
import { safeReturnPath, visitorSignalsOf } from './consent.js';

describe('visitor signals', () => {
  it('reads Sec-GPC and the consent / opt-out cookies, defaulting to no signal', () => {
    expect(visitorSignalsOf({})).toEqual({ gpc: false, optOut: false, consent: 'unknown' });
    expect(visitorSignalsOf({ 'sec-gpc': '1', cookie: 'x=1; wh_consent=granted' })).toEqual({
      gpc: true,
      optOut: false,
      consent: 'granted',
    });
    expect(visitorSignalsOf({ 'sec-gpc': '0', cookie: 'wh_consent=denied; wh_optout=1' })).toEqual({
      gpc: false,
      optOut: true,
      consent: 'denied',
    });
    for (const cookie of ['wh_consent=yes', 'wh_consent=', 'wh_optout=0', 'wh_optout=false']) {
      expect(visitorSignalsOf({ cookie }), cookie).toMatchObject({ optOut: false, consent: 'unknown' });
    }
  });
});

describe('consent return path', () => {
  it.each([
    [null, '/'],
    ['/s/demo/about?x=1', '/s/demo/about?x=1'],
    ['https://evil.example/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/a\nb', '/'],
    ['/a/../b', '/b'],
  ])('%s → %s', (given, want) => expect(safeReturnPath(given)).toBe(want));
});
