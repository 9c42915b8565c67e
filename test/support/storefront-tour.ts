/**
 * The demo storefront's page types, one URL each, found through the public graph as a headless
 * client would (the first product, the first collection...): what the quality gates
 * (test/browser/storefront-quality.test.ts) and `npm run screenshots` (test/screenshots.ts) visit.
 */

/** One stop of the tour: a page type, its URL and the status the storefront must answer. */
export interface TourStop {
  type: string;
  url: string;
  status: number;
  /** Pages a search engine should not index (cart, checkout): SEO is reported, `noindex` is fine. */
  noindex?: boolean;
}

interface Connection<T> {
  edges: { node: T }[];
}

/** The page types every storefront has, in the order a visitor meets them. */
export async function storefrontTour(gatewayUrl: string, tenantSlug: string): Promise<TourStop[]> {
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': tenantSlug },
    body: JSON.stringify({
      query:
        '{ products(first: 1) { edges { node { slug } } } collections(first: 1) { edges { node { slug } } } }',
    }),
  });
  const body = (await res.json()) as {
    data?: { products: Connection<{ slug: string }>; collections: Connection<{ slug: string }> };
    errors?: unknown[];
  };
  if (!body.data) throw new Error(`the demo catalogue could not be read: ${JSON.stringify(body.errors)}`);
  const product = body.data.products.edges[0]?.node.slug;
  const collection = body.data.collections.edges[0]?.node.slug;
  if (!product || !collection) throw new Error('the demo store has no product or no collection');
  const base = `${gatewayUrl}/s/${encodeURIComponent(tenantSlug)}`;
  return [
    { type: 'home', url: `${base}/`, status: 200 },
    { type: 'page', url: `${base}/about`, status: 200 },
    { type: 'collection', url: `${base}/collections/${encodeURIComponent(collection)}`, status: 200 },
    { type: 'all-products', url: `${base}/collections/all`, status: 200 },
    { type: 'product', url: `${base}/products/${encodeURIComponent(product)}`, status: 200 },
    { type: 'cart', url: `${base}/cart`, status: 200, noindex: true },
    { type: 'checkout', url: `${base}/checkout`, status: 200, noindex: true },
    // The first word of a product's slug finds at least that product (and maybe pages).
    {
      type: 'search',
      url: `${base}/search?q=${encodeURIComponent(product.split('-')[0] ?? product)}`,
      status: 200,
      noindex: true,
    },
    { type: 'not-found', url: `${base}/no-such-page`, status: 404 },
  ];
}
