/**
 * The checkout flow's page content: the cart, the checkout form and the order status. Pure
 * renders of data the storefront fetched (the cart from its cookie, the order from its token);
 * every form posts to the storefront's own routes (storefront/cart.ts) and works without
 * JavaScript. Amounts are the cart API's, in minor units; nothing is computed here.
 */
import type { ReactNode } from 'react';
import { formatPrice } from '../schema.js';
import { SiteLink, useStorefrontLinks } from '../site-link.js';
import { fill, messagesFor, orderStatusLabel } from './messages.js';

export interface Money {
  amount: number;
  currency: string;
}

/** A cart as the cart API returns it (storefront/cart.ts CART_FIELDS). */
export interface CartView {
  itemCount: number;
  discountCode: string | null;
  lines: {
    variantId: string;
    title: string;
    quantity: number;
    purchasable: boolean;
    unitPrice: Money | null;
    total: Money;
  }[];
  subtotal: Money;
  discount: Money;
  tax: { inclusive: boolean; rateBps: number; amount: Money };
  shipping: Money;
  total: Money;
}

function Price({ money, locale }: { money: Money; locale: string }) {
  return <>{formatPrice(money.amount, money.currency, locale)}</>;
}

/** Subtotal, discount, shipping, tax and total, as a description list. */
export function CartTotals({ cart, locale }: { cart: CartView; locale: string }) {
  const t = messagesFor(locale);
  const row = (label: ReactNode, value: ReactNode, className = '') => (
    <div className={`wh-totals__row ${className}`.trim()}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="wh-totals">
      {row(t.subtotal, <Price money={cart.subtotal} locale={locale} />)}
      {cart.discount.amount > 0 &&
        row(
          cart.discountCode ? `${t.discount} (${cart.discountCode})` : t.discount,
          <>
            −<Price money={cart.discount} locale={locale} />
          </>,
        )}
      {row(t.shipping, <Price money={cart.shipping} locale={locale} />)}
      {row(cart.tax.inclusive ? t.taxIncluded : t.tax, <Price money={cart.tax.amount} locale={locale} />)}
      {row(
        t.total,
        <strong data-total={cart.total.amount}>
          <Price money={cart.total} locale={locale} />
        </strong>,
        'wh-totals__row--total',
      )}
    </dl>
  );
}

/** A message the visitor must see: announced by screen readers. */
function Alert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="wh-alert" role="alert">
      {message}
    </p>
  ) : null;
}

/** The cart: its lines with quantity and remove forms, the discount form, totals and "Check out". */
export function CartContents({
  cart,
  locale,
  error,
}: {
  cart: CartView | null;
  locale: string;
  /** An explained error (never an upstream message). */
  error?: string | null;
}) {
  const t = messagesFor(locale);
  const links = useStorefrontLinks();
  const cartHref = links.href({ kind: 'cart' });
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="wh-cart">
        <h1 className="wh-heading">{t.cartTitle}</h1>
        <Alert message={error} />
        <p className="wh-cart__empty">{t.cartEmpty}</p>
        <SiteLink className="wh-button wh-button--primary" to={{ kind: 'allProducts' }}>
          {t.continueShopping}
        </SiteLink>
      </div>
    );
  }
  return (
    <div className="wh-cart">
      <h1 className="wh-heading">{t.cartTitle}</h1>
      <Alert message={error} />
      <ul className="wh-cart__lines">
        {cart.lines.map((line) => (
          <li className="wh-cart__line" key={line.variantId} data-variant={line.variantId}>
            <div className="wh-cart__item">
              <span className="wh-cart__title">{line.title}</span>
              {!line.purchasable && <span className="wh-badge">{t.unavailable}</span>}
              {line.unitPrice && (
                <span className="wh-cart__unit">
                  <Price money={line.unitPrice} locale={locale} />
                </span>
              )}
            </div>
            <form className="wh-cart__quantity" method="post" action={cartHref}>
              <input type="hidden" name="wh_action" value="cart-update" />
              <input type="hidden" name="variantId" value={line.variantId} />
              <label className="wh-field wh-field--inline">
                <span>{t.quantity}</span>
                <input
                  className="wh-input wh-input--quantity"
                  type="number"
                  name="quantity"
                  min={1}
                  max={1000}
                  defaultValue={line.quantity}
                />
              </label>
              <button type="submit" className="wh-button wh-button--secondary">
                {t.update}
              </button>
            </form>
            <form className="wh-cart__remove" method="post" action={cartHref}>
              <input type="hidden" name="wh_action" value="cart-remove" />
              <input type="hidden" name="variantId" value={line.variantId} />
              <button type="submit" className="wh-button wh-button--link">
                {t.remove}
                <span className="wh-visually-hidden">: {line.title}</span>
              </button>
            </form>
            <span className="wh-cart__total">
              <Price money={line.total} locale={locale} />
            </span>
          </li>
        ))}
      </ul>
      <div className="wh-cart__summary">
        <form className="wh-cart__discount" method="post" action={cartHref}>
          <input type="hidden" name="wh_action" value="cart-discount" />
          <label className="wh-field">
            <span>{t.discountCode}</span>
            <input className="wh-input" type="text" name="code" maxLength={32} autoComplete="off" />
          </label>
          <button type="submit" className="wh-button wh-button--secondary">
            {t.apply}
          </button>
        </form>
        <CartTotals cart={cart} locale={locale} />
        <SiteLink className="wh-button wh-button--primary wh-button--block" to={{ kind: 'checkout' }}>
          {t.checkout}
        </SiteLink>
        <SiteLink className="wh-cart__continue" to={{ kind: 'allProducts' }}>
          {t.continueShopping}
        </SiteLink>
      </div>
    </div>
  );
}

/** A country the checkout ships to (the region's). */
export interface Country {
  code: string;
  name: string;
}

/** The checkout form's fields, in order, with their `autocomplete` tokens. */
const FIELDS = [
  { name: 'email', label: 'email', type: 'email', autoComplete: 'email', max: 254, required: true },
  { name: 'name', label: 'fullName', type: 'text', autoComplete: 'name', max: 200, required: true },
  { name: 'line1', label: 'address', type: 'text', autoComplete: 'address-line1', max: 200, required: true },
  {
    name: 'line2',
    label: 'address2',
    type: 'text',
    autoComplete: 'address-line2',
    max: 200,
    required: false,
  },
  {
    name: 'postalCode',
    label: 'postalCode',
    type: 'text',
    autoComplete: 'postal-code',
    max: 20,
    required: true,
  },
  { name: 'city', label: 'city', type: 'text', autoComplete: 'address-level2', max: 100, required: true },
  {
    name: 'region',
    label: 'region',
    type: 'text',
    autoComplete: 'address-level1',
    max: 100,
    required: false,
  },
  { name: 'phone', label: 'phone', type: 'tel', autoComplete: 'tel', max: 40, required: false },
] as const;

export type CheckoutFieldName = (typeof FIELDS)[number]['name'] | 'country';

/** What is wrong with a field after a failed post: left empty, or not accepted. */
export type FieldProblem = 'required' | 'invalid';

/** The form's fields in page order with their labels' message keys (the error summary's order). */
const FIELD_ORDER: readonly {
  name: CheckoutFieldName;
  label: (typeof FIELDS)[number]['label'] | 'country';
}[] = [...FIELDS.slice(0, 7), { name: 'country', label: 'country' }, FIELDS[7]];

/**
 * The email and address form with the order summary. After a failed post, each problem is stated
 * beside its field (`aria-invalid`, `aria-describedby`) and in an error summary above the form
 * whose links move to the fields; what the visitor typed is kept.
 */
export function CheckoutForm({
  cart,
  locale,
  countries,
  values = {},
  invalid = {},
  error,
}: {
  cart: CartView;
  locale: string;
  countries: readonly Country[];
  /** What the visitor typed (kept when the form comes back with errors). */
  values?: Partial<Record<CheckoutFieldName, string>>;
  /** The fields a failed post found missing or wrong. */
  invalid?: Partial<Record<CheckoutFieldName, FieldProblem>>;
  error?: string | null;
}) {
  const t = messagesFor(locale);
  const links = useStorefrontLinks();
  const problems = FIELD_ORDER.flatMap(({ name, label }) => {
    const problem = invalid[name];
    if (!problem) return [];
    const text = fill(problem === 'required' ? t.fieldRequired : t.fieldInvalid, { field: t[label] });
    return [{ name, text }];
  });
  const fieldErrors: Partial<Record<CheckoutFieldName, string>> = Object.fromEntries(
    problems.map((p) => [p.name, p.text]),
  );
  const field = (f: (typeof FIELDS)[number]) => {
    const problem = fieldErrors[f.name];
    const id = `checkout-${f.name}`;
    return (
      <div className="wh-field" key={f.name}>
        <label htmlFor={id}>
          {t[f.label]}
          {!f.required && <span className="wh-field__optional"> ({t.optional})</span>}
        </label>
        <input
          className="wh-input"
          id={id}
          name={f.name}
          type={f.type}
          autoComplete={f.autoComplete}
          maxLength={f.max}
          required={f.required}
          defaultValue={values[f.name]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
        />
        {problem && (
          <p className="wh-field__error" id={`${id}-error`}>
            {problem}
          </p>
        )}
      </div>
    );
  };
  const countryProblem = fieldErrors.country;
  const selected = values.country ?? (countries.length === 1 ? countries[0]!.code : undefined);
  return (
    <div className="wh-checkout">
      <h1 className="wh-heading">{t.checkoutTitle}</h1>
      {problems.length > 0 ? (
        <div className="wh-alert wh-error-summary" role="alert" aria-labelledby="checkout-errors">
          <h2 className="wh-error-summary__title" id="checkout-errors">
            {t.errorSummary}
          </h2>
          <ul>
            {problems.map((p) => (
              <li key={p.name}>
                <a href={`#checkout-${p.name}`}>{p.text}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Alert message={error} />
      )}
      <div className="wh-checkout__layout">
        <form className="wh-checkout__form" method="post" action={links.href({ kind: 'checkout' })}>
          <fieldset className="wh-fieldset">
            <legend>{t.contact}</legend>
            {field(FIELDS[0])}
          </fieldset>
          <fieldset className="wh-fieldset">
            <legend>{t.delivery}</legend>
            {FIELDS.slice(1, 6).map(field)}
            {field(FIELDS[6])}
            <div className="wh-field">
              <label htmlFor="checkout-country">{t.country}</label>
              <select
                className="wh-input"
                id="checkout-country"
                name="country"
                autoComplete="country"
                required
                defaultValue={selected ?? ''}
                aria-invalid={countryProblem ? true : undefined}
                aria-describedby={countryProblem ? 'checkout-country-error' : undefined}
              >
                {selected === undefined && <option value="">—</option>}
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
              {countryProblem && (
                <p className="wh-field__error" id="checkout-country-error">
                  {countryProblem}
                </p>
              )}
            </div>
            {field(FIELDS[7])}
          </fieldset>
          <button type="submit" className="wh-button wh-button--primary wh-button--block">
            {t.continueToPayment}
          </button>
        </form>
        <aside className="wh-checkout__summary" aria-label={t.orderSummary}>
          <h2 className="wh-heading">{t.orderSummary}</h2>
          <ul className="wh-summary__lines">
            {cart.lines.map((line) => (
              <li key={line.variantId}>
                <span>
                  {line.title} × {line.quantity}
                </span>
                <span>
                  <Price money={line.total} locale={locale} />
                </span>
              </li>
            ))}
          </ul>
          <CartTotals cart={cart} locale={locale} />
        </aside>
      </div>
    </div>
  );
}

/** An order's status as its buyer sees it (Stripe's return URL lands here). */
export function OrderStatus({
  order,
  locale,
}: {
  order: { displayNumber: string; status: string; tracking: { carrier: string; number: string } | null };
  locale: string;
}) {
  const t = messagesFor(locale);
  return (
    <div className="wh-order">
      <h1 className="wh-heading">
        {t.order} {order.displayNumber}
      </h1>
      <p className="wh-order__status" data-status={order.status}>
        {orderStatusLabel(t, order.status)}
      </p>
      {order.tracking && (
        <p>{fill(t.shippedWith, { carrier: order.tracking.carrier, tracking: order.tracking.number })}</p>
      )}
      <SiteLink className="wh-button wh-button--secondary" to="/">
        {t.backToStore}
      </SiteLink>
    </div>
  );
}

/**
 * The payment page's one inline script (static: the CSP allows it by its hash): mounts Stripe's
 * Payment Element with the order's client secret and confirms the payment, Stripe then sending the
 * buyer to the order status page (read from the status link, so the URL is absolute on every host).
 */
export const PAYMENT_SCRIPT =
  "(function(){var c=JSON.parse(document.getElementById('wh-checkout').textContent);" +
  'if(!c.publishableKey||typeof Stripe!=="function")return;' +
  'var stripe=Stripe(c.publishableKey,{stripeAccount:c.stripeAccount});' +
  'var elements=stripe.elements({clientSecret:c.clientSecret});' +
  "elements.create('payment').mount('#payment-element');" +
  "var form=document.getElementById('payment-form');var msg=document.getElementById('payment-message');" +
  "var button=form.querySelector('button');button.disabled=false;" +
  "form.addEventListener('submit',function(e){e.preventDefault();button.disabled=true;" +
  "stripe.confirmPayment({elements:elements,confirmParams:{return_url:document.getElementById('wh-order-status').href}}).then(function(r){" +
  'if(r.error){msg.textContent=r.error.message||c.failed;button.disabled=false;}});});})();';

/** JSON inside a `<script type="application/json">`: `<`, `>` and `&` escaped so it cannot end the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** What the payment page shows: the order, its amount and the PaymentIntent Stripe.js mounts. */
export interface PaymentView {
  clientSecret: string;
  stripeAccount: string;
  publishableKey: string | null;
  amount: Money;
  orderDisplayNumber: string;
  orderToken: string;
  stripeJsUrl: string;
}

/**
 * The payment step: Stripe's Payment Element mounted by PAYMENT_SCRIPT (the one step of the
 * checkout that needs JavaScript: without it the page says so, and the button stays disabled), the
 * amount, and the order status link (Stripe's return URL).
 */
export function PaymentForm({ payment, locale }: { payment: PaymentView; locale: string }) {
  const t = messagesFor(locale);
  const amount = formatPrice(payment.amount.amount, payment.amount.currency, locale);
  const config = {
    publishableKey: payment.publishableKey,
    stripeAccount: payment.stripeAccount,
    clientSecret: payment.clientSecret,
    failed: t.paymentFailed,
  };
  return (
    <div className="wh-payment">
      <h1 className="wh-heading">{fill(t.payTitle, { number: payment.orderDisplayNumber })}</h1>
      <p className="wh-payment__amount">
        {t.total}: <strong>{amount}</strong>
      </p>
      {!payment.publishableKey && <Alert message={t.paymentsUnavailable} />}
      <noscript>
        <p className="wh-alert">{t.paymentNeedsScript}</p>
      </noscript>
      <form id="payment-form" className="wh-payment__form">
        <div id="payment-element" className="wh-payment__element" />
        <button type="submit" className="wh-button wh-button--primary wh-button--block" disabled>
          {fill(t.payButton, { amount })}
        </button>
        <p id="payment-message" className="wh-payment__message" role="alert" />
      </form>
      <p>
        <SiteLink id="wh-order-status" to={{ kind: 'order', token: payment.orderToken }}>
          {t.orderStatusLink}
        </SiteLink>
      </p>
      <script
        type="application/json"
        id="wh-checkout"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON escaped for a script element (jsonForScript).
        dangerouslySetInnerHTML={{ __html: jsonForScript(config) }}
      />
      {payment.stripeJsUrl && <script src={payment.stripeJsUrl} />}
      {payment.stripeJsUrl && (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: a static script allowed by its CSP hash.
        <script dangerouslySetInnerHTML={{ __html: PAYMENT_SCRIPT }} />
      )}
    </div>
  );
}

/** Styles of the flow (token custom properties only; `.wh-visually-hidden` and `.wh-button--block` are STORE_CSS's). */
export const CHECKOUT_FLOW_CSS = `.wh-alert{padding:var(--wh-spacing-4);border:2px solid currentColor;border-radius:var(--wh-radius-md);font-weight:600}
.wh-field{display:flex;flex-direction:column;gap:var(--wh-spacing-2);margin-bottom:var(--wh-spacing-4)}
.wh-field--inline{flex-direction:row;align-items:center;margin:0}
.wh-field__optional{font-weight:400;opacity:.8}
.wh-field__error{margin:0;font-weight:600}
.wh-error-summary{margin-bottom:var(--wh-spacing-8)}
.wh-payment{max-width:32rem}
.wh-payment a{color:var(--wh-color-text-default)}
.wh-payment__element{min-height:3rem;margin-bottom:var(--wh-spacing-4)}
.wh-payment__message:empty{display:none}
.wh-error-summary__title{font-size:1rem;margin:0 0 var(--wh-spacing-2)}
.wh-error-summary ul{margin:0;padding-inline-start:var(--wh-spacing-4)}
.wh-error-summary a{color:inherit}
.wh-input{font:inherit;color:inherit;background:var(--wh-color-background-default);min-height:2.75rem;padding:var(--wh-spacing-2);border:1px solid var(--wh-color-text-default);border-radius:var(--wh-radius-md);box-sizing:border-box;width:100%}
.wh-input--quantity{width:5rem}
.wh-input[aria-invalid="true"]{border-width:2px}
.wh-fieldset{border:0;padding:0;margin:0 0 var(--wh-spacing-8)}
.wh-fieldset legend{padding:0;font-family:var(--wh-font-family-heading);font-weight:700;margin-bottom:var(--wh-spacing-4)}
.wh-button{cursor:pointer;font:inherit;border:1px solid var(--wh-color-brand-primary);min-height:2.75rem;box-sizing:border-box}
.wh-button--secondary{background:var(--wh-color-background-default)}
.wh-button--link{background:none;border:0;padding:0;min-height:auto;color:var(--wh-color-text-default);text-decoration:underline}
.wh-badge{display:inline-block;padding:0 var(--wh-spacing-2);border:1px solid currentColor;border-radius:var(--wh-radius-md);font-size:.875em}
.wh-cart__lines{list-style:none;margin:0 0 var(--wh-spacing-8);padding:0}
.wh-summary__lines{list-style:none;margin:0 0 var(--wh-spacing-2);padding:0 0 var(--wh-spacing-2);border-bottom:1px solid color-mix(in srgb,var(--wh-color-text-default) 15%,transparent)}
.wh-cart__line{display:grid;grid-template-columns:1fr auto;gap:var(--wh-spacing-2) var(--wh-spacing-4);align-items:center;padding:var(--wh-spacing-4) 0;border-bottom:1px solid var(--wh-color-text-default)}
.wh-cart__item{display:flex;flex-direction:column;gap:var(--wh-spacing-2);grid-column:1/-1}
.wh-cart__quantity{grid-column:1/-1}
.wh-cart__title{font-weight:600}
.wh-cart__total{font-weight:700;text-align:end}
.wh-cart__quantity{display:flex;flex-wrap:wrap;gap:var(--wh-spacing-2);align-items:center}
.wh-cart__summary{display:flex;flex-direction:column;gap:var(--wh-spacing-4);max-width:28rem;margin-inline-start:auto}
.wh-cart__discount{display:flex;gap:var(--wh-spacing-2);align-items:flex-end}
.wh-cart__discount .wh-field{flex:1;margin:0}
.wh-cart__continue{text-align:center;color:var(--wh-color-text-default)}
.wh-totals{margin:0}
.wh-totals__row{display:flex;justify-content:space-between;gap:var(--wh-spacing-4);padding:var(--wh-spacing-2) 0}
.wh-totals__row dd{margin:0}
.wh-totals__row--total{border-top:1px solid var(--wh-color-text-default);font-size:1.125em}
.wh-summary__lines li{display:flex;justify-content:space-between;gap:var(--wh-spacing-4);padding:var(--wh-spacing-2) 0}
.wh-checkout__layout{display:grid;gap:var(--wh-spacing-8)}
@media (min-width:48rem){.wh-cart__line{grid-template-columns:2fr auto auto auto}.wh-cart__item,.wh-cart__quantity{grid-column:auto}.wh-checkout__layout{grid-template-columns:3fr 2fr;align-items:start}}`;
