import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { storefrontLinks } from '../../links.js';
import { renderContent } from '../render.js';
import { LinksContext } from '../site-link.js';
import { CartContents, type CartView, CheckoutForm, OrderStatus, PAYMENT_SCRIPT } from './checkout-flow.js';
import { messagesFor, reasonMessage } from './messages.js';

const HOSTILE = '</li><script>alert(1)</script>"\'&';
const eur = (amount: number) => ({ amount, currency: 'EUR' });

const cart: CartView = {
  itemCount: 3,
  discountCode: 'SPRING',
  lines: [
    {
      variantId: 'v-1',
      title: HOSTILE,
      quantity: 2,
      purchasable: true,
      unitPrice: eur(1250),
      total: eur(2500),
    },
    {
      variantId: 'v-2',
      title: 'Linen Shirt',
      quantity: 1,
      purchasable: false,
      unitPrice: null,
      total: eur(0),
    },
  ],
  subtotal: eur(2500),
  discount: eur(250),
  tax: { inclusive: true, rateBps: 1900, amount: eur(359) },
  shipping: eur(490),
  total: eur(2740),
};

const at = (base: string, node: ReactNode) =>
  renderToStaticMarkup(<LinksContext.Provider value={storefrontLinks(base)}>{node}</LinksContext.Provider>);

describe('checkout flow components', () => {
  it('the cart: forms post to the cart route under the base, amounts formatted, text escaped', () => {
    const html = at('/s/demo/fr', <CartContents cart={cart} locale="en-IE" />);
    expect(html.match(/action="\/s\/demo\/fr\/cart"/g)).toHaveLength(5);
    expect(html).toContain('href="/s/demo/fr/checkout"');
    expect(html).toContain('href="/s/demo/fr/collections/all"');
    expect(html).toContain('value="cart-update"');
    expect(html).toContain('value="cart-remove"');
    expect(html).toContain('value="cart-discount"');
    expect(html).toContain('Discount (SPRING)');
    expect(html).toContain('€27.40');
    expect(html).toContain('No longer available');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/li&gt;&lt;script&gt;');
  });

  it('an empty cart says so and leads back to the products', () => {
    const html = at('', <CartContents cart={null} locale="en" error="That discount code does not exist." />);
    expect(html).toContain('Your cart is empty.');
    expect(html).toContain('role="alert"');
    expect(html).toContain('href="/collections/all"');
  });

  it('the checkout form: autocomplete tokens, the region countries, errors tied to their fields', () => {
    const html = at(
      '/s/demo',
      <CheckoutForm
        cart={cart}
        locale="en"
        countries={[
          { code: 'DE', name: 'Germany' },
          { code: 'AT', name: 'Austria' },
        ]}
        values={{ email: 'ada@example.com', country: 'AT' }}
        invalid={{ postalCode: 'required', email: 'invalid' }}
      />,
    );
    expect(html).toContain('action="/s/demo/checkout"');
    for (const token of [
      'email',
      'name',
      'address-line1',
      'address-line2',
      'postal-code',
      'address-level2',
      'address-level1',
      'country',
      'tel',
    ]) {
      expect(html).toContain(`autoComplete="${token}"`);
    }
    expect(html).toContain('<option value="DE">Germany</option>');
    expect(html).toMatch(/<option value="AT" selected="">Austria<\/option>/);
    expect(html).toMatch(
      /id="checkout-postalCode"[^>]*aria-invalid="true"[^>]*aria-describedby="checkout-postalCode-error"/,
    );
    expect(html).toContain('id="checkout-postalCode-error">Postal code is required.</p>');
    expect(html).toMatch(
      /id="checkout-email"[^>]*aria-invalid="true"[^>]*aria-describedby="checkout-email-error"/,
    );
    // The summary lists the problems in the form's order, each a link to its field.
    expect(html).toContain(
      '<div class="wh-alert wh-error-summary" role="alert" aria-labelledby="checkout-errors"><h2 class="wh-error-summary__title" id="checkout-errors">Please correct the following:</h2><ul><li><a href="#checkout-email">Email: please check this.</a></li><li><a href="#checkout-postalCode">Postal code is required.</a></li></ul></div>',
    );
    expect(html).toContain('value="ada@example.com"');
    // Each input has its label.
    const ids = [...html.matchAll(/<input[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
  });

  it('order status in the region language, English for the others', () => {
    const order = {
      displayNumber: '1042',
      status: 'FULFILLED',
      tracking: { carrier: 'DHL', number: 'JD0001' },
    };
    expect(at('', <OrderStatus order={order} locale="fr-FR" />)).toContain(
      'Expédiée avec DHL, numéro de suivi JD0001.',
    );
    expect(at('', <OrderStatus order={order} locale="de" />)).toContain('Versandt');
    expect(at('', <OrderStatus order={order} locale="pt-BR" />)).toContain('Shipped with DHL');
    expect(messagesFor('zz').cartTitle).toBe('Your cart');
  });
});

describe('the checkout flow as binding components', () => {
  it('shows a sample without data (the editor), the data and the explained reason with it', () => {
    const cartSample = renderToStaticMarkup(renderContent([{ type: 'CartContents', props: { id: 'c' } }]));
    expect(cartSample).toContain('Product title');
    expect(cartSample).toContain('data-total="10300"');
    const empty = renderToStaticMarkup(
      renderContent([{ type: 'CartContents', props: { id: 'c' } }], {
        cart: null,
        notice: 'DISCOUNT_UNKNOWN',
      }),
    );
    expect(empty).toContain('Your cart is empty.');
    expect(empty).toContain('That discount code does not exist.');
    const checkout = renderToStaticMarkup(
      renderContent([{ type: 'CheckoutForm', props: { id: 'f' } }], { locale: 'de' }),
    );
    expect(checkout).toContain('Lieferadresse');
    const order = renderToStaticMarkup(renderContent([{ type: 'OrderStatus', props: { id: 'o' } }]));
    expect(order).toContain('#1001');
    // A stored tree cannot bring its own cart: the renderer's replaces it (here: none, so the sample).
    const smuggled = renderToStaticMarkup(
      renderContent([{ type: 'CartContents', props: { id: 'c', notice: 'CART_EMPTY', cart: null } }]),
    );
    expect(smuggled).toContain('Product title');
    expect(smuggled).not.toContain('role="alert"');
  });

  it('explains reason keys in the region language and never reflects an unknown one', () => {
    expect(reasonMessage(messagesFor('fr'), 'DISCOUNT_EXPIRED')).toBe('Ce code de réduction a expiré.');
    expect(reasonMessage(messagesFor('de'), 'CART_EMPTY')).toBe('Ihr Warenkorb ist leer.');
    expect(reasonMessage(messagesFor('en'), '<b>x</b>')).toBe('Something went wrong. Please try again.');
  });
});

describe('the payment step', () => {
  const payment = {
    clientSecret: 'pi_1_secret_2',
    stripeAccount: 'acct_123',
    publishableKey: 'pk_test_1',
    amount: eur(2600),
    orderDisplayNumber: '#1003',
    orderToken: 'order-token-0123456789',
    stripeJsUrl: 'http://127.0.0.1:9/v3/',
  };

  it('mounts Stripe.js from its URL with one static script, JSON escaped, the status link under the base', () => {
    const html = renderToStaticMarkup(
      <main>
        {renderContent([{ type: 'PaymentForm', props: {} }] as never, {
          links: storefrontLinks('/s/demo/fr'),
          payment: { ...payment, orderDisplayNumber: HOSTILE },
          locale: 'fr',
        })}
      </main>,
    );
    expect(html).toContain('<script src="http://127.0.0.1:9/v3/"></script>');
    expect(html).toContain(`<script>${PAYMENT_SCRIPT}</script>`);
    expect(html).toContain('"clientSecret":"pi_1_secret_2"');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain(
      '<a id="wh-order-status" href="/s/demo/fr/orders/order-token-0123456789">Suivi de commande</a>',
    );
    expect(html).toMatch(/<button type="submit" class="[^"]*" disabled="">Payer 26,00\s€<\/button>/);
    expect(html).toContain('<noscript>');
  });

  it('says when card payments are not configured, and loads nothing in the editor', () => {
    const editor = renderToStaticMarkup(
      <main>{renderContent([{ type: 'PaymentForm', props: {} }] as never)}</main>,
    );
    expect(editor).not.toContain('<script src=');
    expect(editor).toContain('Card payments are not set up on this store yet.');
  });
});
