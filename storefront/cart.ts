import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestContext } from '../core/context.js';
import { HttpError, type Route, readBody } from '../core/http.js';
import { logger } from '../core/logger.js';
import { type ContextResolver, type RateLimits, refuse, type TenantRecord } from '../gateway/visitors.js';
import { fillCartCount } from '../templates/components/layout/cart-count.js';
import { CHECKOUT_FIELDS } from '../templates/components/store/data.js';
import { cartCountCookie, cartCountOf } from './cart-count.js';
import { errorKey, orderNotFoundView, type Payment, refusalView, sendCartPage } from './cart-pages.js';
import { visitorSignalsOf } from './consent.js';
import { STOREFRONT_PREFIX, safeDecode, storefrontLocationOf } from './location.js';
import type { StorefrontSupergraph } from './supergraph.js';

/**
 * The storefront's cart and checkout forms (no client JavaScript except Stripe's Payment Element on
 * the payment page), under the storefront's base (`/s/<tenant>` on a
 * platform host, nothing on the tenant's own host) and the region's path prefix:
 *
 * - `POST <any storefront page>` with `wh_action=cart-add` and `productId` or `variantId` (the
 *   product grid's "Add to cart" form posts to its own page): adds one unit (or `quantity`),
 *   creating the cart if the visitor has none, and answers 303 → `<base>/cart`;
 * - `GET <base>/cart`: the cart (`?error=<reason key>` explains the last failed form); `POST <base>/cart` with `wh_action=cart-update` / `cart-remove`
 *   / `cart-discount`: changes it (303 back);
 * - `GET <base>/checkout`: email and address form; `POST` places the order (GraphQL `checkout`)
 *   and answers 303 → `<base>/checkout/pay/<orderToken>`;
 * - `GET <base>/checkout/pay/<orderToken>`: mounts Stripe's Payment Element with the order's
 *   client secret, under its own Content-Security-Policy allowing Stripe's origins;
 * - `GET <base>/orders/<orderToken>`: the order's status (Stripe's `return_url`).
 *
 * The cart token lives in the `wh_cart` cookie: httpOnly, SameSite=Lax, Secure when the platform
 * is served over https, scoped to the storefront base. Every amount is the cart API's (the server
 * computes all of them); the forms send only ids, quantities, a code and the address. A POST whose
 * `Origin` is another site (or `null`) is refused (403).
 *
 * The cart, checkout and order status pages are the cms's page-type documents (`storefrontDocument`
 * with the visitor's `cartToken` / `orderToken` and the `notice` reason key; the cms explains the
 * reason in the region's language); the payment page and refusals are cart-pages.ts's. Every page
 * is personal: `cache-control: no-store`, never in the page cache, `noindex`.
 */
export interface CartRouteOptions {
  supergraph: StorefrontSupergraph;
  resolver: ContextResolver;
  rateLimits: RateLimits;
  /** Mark the cookie Secure (the platform is served over https). */
  secureCookies: boolean;
  /** The platform's Stripe publishable key for the Payment Element (null: the page says payments are unavailable). */
  publishableKey: string | null;
  /**
   * The analytics visitor hash of the request (same daily-salted hash as `/collect`), or null when
   * the visitor's signals say no analytics. Kept on the cart to attribute the purchase.
   */
  visitorHashOf?: (tenantId: string, req: IncomingMessage, ctx: RequestContext) => Promise<string | null>;
}

export const CART_COOKIE = 'wh_cart';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const MAX_FORM_BYTES = 16 * 1024;

/** The cart, checkout and order documents, rendered by the cms with the visitor's tokens. */
export const VISITOR_DOCUMENT_QUERY = /* GraphQL */ `query StorefrontVisitorDocument(
  $path: String!, $base: String!, $cartToken: String, $orderToken: String, $notice: String,
  $checkoutValues: CheckoutFormValues, $invalidCheckoutFields: [String!], $payment: StorefrontPaymentInput
) {
  storefrontDocument(
    path: $path, base: $base, cartToken: $cartToken, orderToken: $orderToken, notice: $notice,
    checkoutValues: $checkoutValues, invalidCheckoutFields: $invalidCheckoutFields, payment: $payment
  ) {
    status html contentSecurityPolicy redirect { to status }
  }
}`;

interface Where {
  /** `/s/<slug>` on a platform host, '' on the tenant's host, plus the region prefix. */
  base: string;
  /** The cookie path: the storefront base without the region prefix (one cart per store). */
  cookiePath: string;
  /** The path under the base. */
  rest: string;
  ctx: RequestContext;
  tenant: TenantRecord;
  locale: string;
}

type GraphQLResult = {
  data: Record<string, unknown> | null;
  /** `field`: the input field a BAD_USER_INPUT names (`extensions.field`), when it does. */
  error: { code: string; reason: string | null; field?: string } | null;
};

export function createCartRoute(opts: CartRouteOptions): Route {
  const { supergraph, resolver, rateLimits } = opts;

  const run = async (
    ctx: RequestContext,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResult> => {
    const { data, errors } = await supergraph.execute(ctx, query, variables);
    if (errors.length) {
      const first = errors[0]!;
      const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      if (code === 'INTERNAL_SERVER_ERROR')
        logger().warn({ reqId: ctx.requestId, errors }, 'storefront cart operation failed');
      const reason = typeof first.extensions?.reason === 'string' ? first.extensions.reason : null;
      const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
      return { data: null, error: { code, reason, ...(field ? { field } : {}) } };
    }
    return { data, error: null };
  };

  /** Where a request is in the storefront, or null when it is not a storefront request. */
  const locate = async (req: IncomingMessage, url: URL): Promise<Where | null> => {
    const location = storefrontLocationOf(req, url, resolver);
    if (!location) return null;
    const { onPlatform, pathSlug, path } = location;
    const { ctx, tenant, clientKey } = await resolver.resolve({
      headers: req.headers,
      remoteAddress: req.socket.remoteAddress,
      storefront: { pathSlug, path, visitor: visitorSignalsOf(req.headers) },
    });
    if (!tenant) throw refuse('NOT_FOUND', 'No store here');
    await rateLimits.consume(tenant.id, clientKey);
    const region = tenant.regions.find((r) => r.code === ctx.region);
    const prefix = region?.pathPrefix;
    const underPrefix = prefix && (path === prefix || path.startsWith(`${prefix}/`));
    const storeBase = onPlatform ? `${STOREFRONT_PREFIX}${encodeURIComponent(pathSlug!)}` : '';
    return {
      base: `${storeBase}${underPrefix ? prefix : ''}`,
      cookiePath: storeBase || '/',
      rest: underPrefix ? path.slice(prefix.length) || '/' : path,
      ctx,
      tenant,
      locale: region?.locale ?? 'en',
    };
  };

  const cookieAttributes = (where: Where) =>
    `Path=${where.cookiePath}; Max-Age=${30 * 24 * 3600}; HttpOnly; SameSite=Lax${opts.secureCookies ? '; Secure' : ''}`;
  /** The cart token (when it changes) and the item count the header shows (cart-count.ts). */
  const setCookies = (res: ServerResponse, where: Where, cart: { token?: string; itemCount: number }) => {
    res.setHeader('set-cookie', [
      ...(cart.token ? [`${CART_COOKIE}=${cart.token}; ${cookieAttributes(where)}`] : []),
      cartCountCookie(cart.itemCount, cookieAttributes(where)),
    ]);
  };
  /** The item count of a cart a mutation answered with, when it did. */
  const countOf = (result: GraphQLResult, field: string): number | null => {
    const cart = result.data?.[field] as { itemCount?: unknown } | null | undefined;
    return typeof cart?.itemCount === 'number' ? cart.itemCount : null;
  };

  /** Adds a line to the visitor's cart, opening a new one when there is none (or it was checked out). */
  const addToCart = async (
    req: IncomingMessage,
    res: ServerResponse,
    where: Where,
    form: URLSearchParams,
  ) => {
    const quantity = Number(form.get('quantity') ?? '1');
    let variantId = form.get('variantId');
    const productId = form.get('productId');
    if (!variantId && productId) {
      const product = await run(where.ctx, 'query($id: ID) { product(id: $id) { variants { id } } }', {
        id: productId,
      });
      const variants = (product.data?.product as { variants?: { id: string }[] } | null)?.variants;
      variantId = variants?.[0]?.id ?? null;
      if (!variantId) return redirect(res, `${where.base}/cart?error=VARIANT_NOT_FOR_SALE`);
    }
    if (!variantId) return redirect(res, `${where.base}/cart?error=VARIANT_NOT_FOR_SALE`);
    const line = { variantId, quantity: Number.isInteger(quantity) ? quantity : 0 };
    const token = cartTokenOf(req);
    if (token) {
      const added = await run(
        where.ctx,
        'mutation($t: String!, $line: CartLineInput!) { addCartLine(cartToken: $t, input: $line) { id itemCount } }',
        { t: token, line },
      );
      if (!added.error) {
        setCookies(res, where, { itemCount: countOf(added, 'addCartLine') ?? 0 });
        return redirect(res, `${where.base}/cart`);
      }
      const stale = added.error.code === 'NOT_FOUND' || added.error.reason === 'CART_CHECKED_OUT';
      if (!stale) return redirect(res, `${where.base}/cart?error=${errorKey(added.error)}`);
    }
    const visitorHash = opts.visitorHashOf ? await opts.visitorHashOf(where.tenant.id, req, where.ctx) : null;
    const created = await run(
      where.ctx,
      'mutation($input: CreateCartInput) { createCart(input: $input) { token cart { itemCount } } }',
      { input: { visitorHash, lines: [line] } },
    );
    if (created.error) return redirect(res, `${where.base}/cart?error=${errorKey(created.error)}`);
    const session = created.data!.createCart as { token: string; cart: { itemCount: number } };
    setCookies(res, where, { token: session.token, itemCount: session.cart.itemCount });
    return redirect(res, `${where.base}/cart`);
  };

  /**
   * Sends the cms's document for `path` with the visitor's tokens: its redirect (303, under the
   * base), else its HTML with `status` (404 when the document is the 404 page), personal and
   * never cached. The tokens are secrets: they go as variables only and are never logged.
   */
  const sendDocument = async (
    req: IncomingMessage,
    res: ServerResponse,
    where: Where,
    path: string,
    visitor: {
      cartToken?: string | null;
      orderToken?: string | null;
      notice?: string | null;
      checkoutValues?: Record<string, string> | null;
      invalidCheckoutFields?: string[] | null;
      payment?: Record<string, unknown> | null;
    },
    status = 200,
  ) => {
    const result = await run(where.ctx, VISITOR_DOCUMENT_QUERY, {
      path,
      base: where.base,
      cartToken: visitor.cartToken ?? null,
      orderToken: visitor.orderToken ?? null,
      notice: visitor.notice ?? null,
      checkoutValues: visitor.checkoutValues ?? null,
      invalidCheckoutFields: visitor.invalidCheckoutFields ?? null,
      payment: visitor.payment ?? null,
    });
    const doc = result.data?.storefrontDocument as
      | {
          status: number;
          html: string | null;
          contentSecurityPolicy: string | null;
          redirect: { to: string; status: number } | null;
        }
      | undefined;
    if (!doc) return sendCartPage(res, 502, refusalView('This page is unavailable right now'));
    const to = doc.redirect?.to;
    if (to?.startsWith('/') && !to.startsWith('//')) return redirect(res, `${where.base}${to}`);
    if (typeof doc.html !== 'string') return sendCartPage(res, 404, orderNotFoundView(where));
    const body = Buffer.from(fillCartCount(doc.html, cartCountOf(req, CART_COOKIE)), 'utf8');
    res.writeHead(doc.status === 404 ? 404 : status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      ...(doc.contentSecurityPolicy ? { 'content-security-policy': doc.contentSecurityPolicy } : {}),
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
      'referrer-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'x-request-id': where.ctx.requestId,
    });
    res.end(body);
  };

  const cartPage = (req: IncomingMessage, res: ServerResponse, where: Where, url: URL) =>
    sendDocument(req, res, where, '/cart', {
      cartToken: cartTokenOf(req),
      notice: url.searchParams.get('error')?.slice(0, 40) ?? null,
    });

  const changeCart = async (
    req: IncomingMessage,
    res: ServerResponse,
    where: Where,
    form: URLSearchParams,
  ) => {
    const token = cartTokenOf(req);
    if (!token) return redirect(res, `${where.base}/cart`);
    const action = form.get('wh_action');
    const variantId = form.get('variantId') ?? '';
    let result: GraphQLResult;
    if (action === 'cart-update') {
      result = await run(
        where.ctx,
        'mutation($t: String!, $line: CartLineInput!) { updateCartLine(cartToken: $t, input: $line) { id itemCount } }',
        { t: token, line: { variantId, quantity: Number(form.get('quantity')) || 0 } },
      );
    } else if (action === 'cart-remove') {
      result = await run(
        where.ctx,
        'mutation($t: String!, $v: ID!) { removeCartLine(cartToken: $t, variantId: $v) { id itemCount } }',
        {
          t: token,
          v: variantId,
        },
      );
    } else if (action === 'cart-discount') {
      result = await run(
        where.ctx,
        'mutation($t: String!, $c: String!) { applyDiscountCode(cartToken: $t, code: $c) { id itemCount } }',
        {
          t: token,
          c: (form.get('code') ?? '').slice(0, 64),
        },
      );
    } else {
      throw refuse('BAD_USER_INPUT', 'Unknown cart action');
    }
    const field =
      action === 'cart-update'
        ? 'updateCartLine'
        : action === 'cart-remove'
          ? 'removeCartLine'
          : 'applyDiscountCode';
    const count = countOf(result, field);
    if (count !== null) setCookies(res, where, { itemCount: count });
    return redirect(res, `${where.base}/cart${result.error ? `?error=${errorKey(result.error)}` : ''}`);
  };

  const checkoutForm = async (
    req: IncomingMessage,
    res: ServerResponse,
    where: Where,
    /** A reason key (templates/components/store/messages.ts REASONS), or null. */
    error: string | null,
    status = 200,
    /** What the visitor typed and what was wrong with it (a failed post shows both). */
    failed: { values: Record<string, string>; invalid: string[] } | null = null,
  ) =>
    sendDocument(
      req,
      res,
      where,
      '/checkout',
      {
        cartToken: cartTokenOf(req),
        notice: error,
        checkoutValues: failed?.values ?? null,
        invalidCheckoutFields: failed?.invalid.length ? failed.invalid : null,
      },
      status,
    );

  const placeOrder = async (
    req: IncomingMessage,
    res: ServerResponse,
    where: Where,
    form: URLSearchParams,
  ) => {
    const token = cartTokenOf(req);
    if (!token) return redirect(res, `${where.base}/cart?error=CART_EMPTY`);
    const opt = (name: string) => {
      const value = form.get(name)?.trim();
      return value ? value : null;
    };
    const typed = Object.fromEntries(
      CHECKOUT_FIELDS.flatMap((name) => {
        const value = form.get(name)?.slice(0, 254);
        return value ? [[name, value]] : [];
      }),
    );
    // Every missing or malformed field at once, before asking commerce (which names the first only).
    const missing = invalidCheckoutFields(form);
    if (missing.length)
      return checkoutForm(req, res, where, 'INVALID_INPUT', 400, { values: typed, invalid: missing });
    const result = await run(
      where.ctx,
      'mutation($input: CheckoutInput!) { checkout(input: $input) { orderToken } }',
      {
        input: {
          cartToken: token,
          email: form.get('email') ?? '',
          shippingAddress: {
            name: form.get('name') ?? '',
            line1: form.get('line1') ?? '',
            line2: opt('line2'),
            postalCode: form.get('postalCode') ?? '',
            city: form.get('city') ?? '',
            region: opt('region'),
            country: (form.get('country') ?? '').trim().toUpperCase(),
            phone: opt('phone'),
          },
        },
      },
    );
    if (result.error) {
      const status =
        result.error.code === 'BAD_USER_INPUT' ? 400 : result.error.code === 'CONFLICT' ? 409 : 502;
      const field = result.error.field ? checkoutFieldOf(result.error.field) : null;
      return checkoutForm(req, res, where, errorKey(result.error), status, {
        values: typed,
        invalid: field ? [field] : [],
      });
    }
    const orderToken = (result.data!.checkout as { orderToken: string }).orderToken;
    setCookies(res, where, { itemCount: 0 }); // the cart is checked out: the header shows none
    return redirect(res, `${where.base}/checkout/pay/${encodeURIComponent(orderToken)}`);
  };

  const paymentPage = async (req: IncomingMessage, res: ServerResponse, where: Where, orderToken: string) => {
    const result = await run(
      where.ctx,
      'query($t: String!) { checkoutPayment(orderToken: $t) { clientSecret stripeAccount publishableKey amount { amount currency } orderDisplayNumber } }',
      { t: orderToken },
    );
    const statusUrl = `${where.base}/orders/${encodeURIComponent(orderToken)}`;
    if (result.error) {
      // The site's 404 document (the payment document without a payment).
      if (result.error.code === 'NOT_FOUND') return sendDocument(req, res, where, '/checkout/pay', {});
      return redirect(res, statusUrl);
    }
    const payment = result.data!.checkoutPayment as Payment;
    // The cms renders the payment page type (Stripe.js, its CSP); the status page is Stripe's return URL.
    return sendDocument(req, res, where, '/checkout/pay', {
      orderToken,
      payment: {
        clientSecret: payment.clientSecret,
        stripeAccount: payment.stripeAccount,
        publishableKey: payment.publishableKey ?? opts.publishableKey,
        amount: payment.amount.amount,
        currency: payment.amount.currency,
        orderDisplayNumber: payment.orderDisplayNumber,
      },
    });
  };

  const statusPage = (req: IncomingMessage, res: ServerResponse, where: Where, orderToken: string) =>
    sendDocument(req, res, where, '/orders', { orderToken });

  return async (req, res, url) => {
    const isPost = req.method === 'POST';
    if (req.method !== 'GET' && !isPost) return false;
    if (isPost && contentTypeOf(req) !== FORM_TYPE) return false;
    // Cheap pre-check before any tenant lookup: GETs only for the cart's own pages.
    if (!isPost && !/\/(cart|checkout|checkout\/pay\/[^/]+|orders\/[^/]+)\/?$/.test(url.pathname))
      return false;
    try {
      const where = await locate(req, url);
      if (!where) return false;
      const rest = where.rest.replace(/\/+$/, '') || '/';
      const pay = /^\/checkout\/pay\/([^/]+)$/.exec(rest);
      const status = /^\/orders\/([^/]+)$/.exec(rest);
      if (!isPost) {
        if (rest === '/cart') await cartPage(req, res, where, url);
        else if (rest === '/checkout') await checkoutForm(req, res, where, null);
        else if (pay) await paymentPage(req, res, where, safeDecode(pay[1]!) ?? '');
        else if (status) await statusPage(req, res, where, safeDecode(status[1]!) ?? '');
        else return false;
        return true;
      }
      checkOrigin(req);
      const form = new URLSearchParams((await readBody(req, MAX_FORM_BYTES)).toString('utf8'));
      const action = form.get('wh_action');
      if (action === 'cart-add') await addToCart(req, res, where, form);
      else if (rest === '/cart') await changeCart(req, res, where, form);
      else if (rest === '/checkout') await placeOrder(req, res, where, form);
      else throw refuse('BAD_USER_INPUT', 'Unknown storefront form');
      return true;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      sendCartPage(res, err.status, refusalView(err.message), err.headers);
      return true;
    }
  };
}

/** The checkout form's required fields. */
const REQUIRED_FIELDS = ['email', 'name', 'line1', 'postalCode', 'city', 'country'] as const;
/** An email address as browsers' `type="email"` accepts it (commerce checks it again). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checkout fields a posted form leaves empty or fills with something that cannot be right. */
export function invalidCheckoutFields(form: URLSearchParams): string[] {
  const out: string[] = REQUIRED_FIELDS.filter((name) => !form.get(name)?.trim());
  const email = form.get('email')?.trim();
  if (email && !EMAIL.test(email)) out.unshift('email');
  const country = form.get('country')?.trim();
  if (country && !/^[A-Za-z]{2}$/.test(country)) out.push('country');
  return out;
}

/** The form field an upstream input path names (`shippingAddress.postalCode` → `postalCode`), or null. */
function checkoutFieldOf(path: string): string | null {
  const name = path.replace(/^input\./, '').replace(/^shippingAddress\./, '');
  if (name === 'customerEmail') return 'email';
  return (CHECKOUT_FIELDS as readonly string[]).includes(name) ? name : null;
}

function cartTokenOf(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CART_COOKIE) {
      const token = value.join('=');
      return /^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : null;
    }
  }
  return null;
}

/**
 * A form post from another site is refused (the cookie is SameSite=Lax as well), and so is one from
 * an opaque origin (`Origin: null`: a sandboxed frame, a `data:` page, a redirect across sites),
 * which can be any site. No Origin at all (older clients) is let through.
 */
function checkOrigin(req: IncomingMessage) {
  const origin = req.headers.origin;
  if (!origin) return;
  if (origin === 'null') throw refuse('FORBIDDEN', 'Form posts from an opaque origin are refused');
  let host: string | null = null;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    host = null;
  }
  if (host !== String(req.headers.host ?? '').toLowerCase())
    throw refuse('FORBIDDEN', 'Cross-site form posts are refused');
}

function contentTypeOf(req: IncomingMessage): string {
  return String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(303, { location, 'content-length': 0, 'cache-control': 'no-store' });
  res.end();
}
