import { describe, expect, it } from 'vitest';
import { queryOf, routeOf, withStripeSources } from './storefront-document.js';

describe('storefront document routes', () => {
  it('routes the search and payment page types and reads the query (at most 100 characters)', () => {
    expect(routeOf('/search')).toEqual({ type: 'search' });
    expect(routeOf('/checkout/pay')).toEqual({ type: 'payment' });
    expect(routeOf('/search/more')).toEqual({ type: 'path' });
    expect(queryOf('q=%20mug%20&after=abc').q).toBe('mug');
    expect(queryOf(`q=${'x'.repeat(300)}`).q).toHaveLength(100);
    expect(queryOf('').q).toBe('');
  });

  it("adds Stripe.js's origin, Stripe's frames and API to the page's own policy", () => {
    const page =
      "default-src 'self'; script-src 'self' 'sha256-abc'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
    expect(withStripeSources(page, 'https://js.stripe.com/v3/')).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc' https://js.stripe.com; connect-src 'self' https://api.stripe.com; img-src 'self' data: https://*.stripe.com; frame-ancestors 'none'; frame-src https://js.stripe.com https://hooks.stripe.com",
    );
    expect(withStripeSources(page, 'http://127.0.0.1:9/v3/')).toContain(
      "script-src 'self' 'sha256-abc' http://127.0.0.1:9;",
    );
  });
});
