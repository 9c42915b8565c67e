/**
 * The checkout flow's binding components (cart, checkout, order page types): the renderer provides
 * their data (fetched through the graph with the visitor's tokens); without it (the editor) they
 * show a sample in the page's language. Nothing here is editable beyond the locale.
 */
import { z } from 'zod';
import type { ComponentDefinition } from '../schema.js';
import { LOCALE_OK, plainText } from '../schema.js';
import { CartContents, CheckoutForm, OrderStatus, PaymentForm } from './checkout-flow.js';
import { type CartData, CHECKOUT_FIELDS, cartData, countryData, orderData, paymentData } from './data.js';
import { type Messages, messagesFor, reasonMessage } from './messages.js';

const locale = z.string().max(35).refine(LOCALE_OK, 'Not a BCP 47 locale').default('en');
/** A reason key (messages.ts REASONS) of the visitor's last failed form, provided by the renderer. */
const notice = z
  .string()
  .regex(/^[A-Z_]{1,40}$/)
  .optional();

/** The page's messages and the explained reason of the visitor's last failed form (null: none). */
function explained(locale: string, notice: string | undefined) {
  const messages = messagesFor(locale);
  return { messages, error: notice ? reasonMessage(messages, notice) : null };
}

/** The editor's sample cart: two lines in the page's language. */
function sampleCart(messages: Messages): CartData {
  const eur = (amount: number) => ({ amount, currency: 'EUR' });
  return {
    itemCount: 3,
    discountCode: null,
    lines: [
      {
        variantId: 'sample-1',
        title: messages.sampleProduct,
        quantity: 2,
        purchasable: true,
        unitPrice: eur(2900),
        total: eur(5800),
      },
      {
        variantId: 'sample-2',
        title: `${messages.sampleProduct} 2`,
        quantity: 1,
        purchasable: true,
        unitPrice: eur(4500),
        total: eur(4500),
      },
    ],
    subtotal: eur(10300),
    discount: eur(0),
    tax: { inclusive: true, rateBps: 1900, amount: eur(1645) },
    shipping: eur(0),
    total: eur(10300),
  };
}

const cartProps = z.object({
  /** Provided by the renderer: the visitor's cart, null when they have none; absent in the editor. */
  cart: cartData.nullable().optional(),
  notice,
  locale,
});
type CartProps = z.infer<typeof cartProps>;

/** The cart page's content: lines, quantity and discount forms, totals, "Check out". */
export const CartContentsDefinition = {
  label: 'Cart',
  props: cartProps,
  fields: {},
  defaultProps: {},
  render: ({ cart, notice, locale }) => {
    const { messages, error } = explained(locale, notice);
    return (
      <CartContents cart={cart === undefined ? sampleCart(messages) : cart} locale={locale} error={error} />
    );
  },
} satisfies ComponentDefinition<CartProps>;

const checkoutProps = z.object({
  /** Provided by the renderer: the visitor's cart (never empty: the page redirects to the cart then). */
  cart: cartData.nullable().optional(),
  /** Provided by the renderer: the region's countries, named in the page's language. */
  countries: z.array(countryData).max(300).default([]),
  /** Provided by the renderer: what the visitor typed, after a failed post. */
  values: z.partialRecord(z.enum(CHECKOUT_FIELDS), plainText(254)).optional(),
  /** Provided by the renderer: the fields a failed post found missing or wrong. */
  invalid: z.partialRecord(z.enum(CHECKOUT_FIELDS), z.enum(['required', 'invalid'])).optional(),
  notice,
  locale,
});
type CheckoutProps = z.infer<typeof checkoutProps>;

/** The checkout page's content: email and address form with the order summary. */
export const CheckoutFormDefinition = {
  label: 'Checkout form',
  props: checkoutProps,
  fields: {},
  defaultProps: { countries: [] },
  render: ({ cart, countries, values, invalid, notice, locale }) => {
    const { messages, error } = explained(locale, notice);
    const sample = [{ code: 'DE', name: messages.country }];
    return (
      <CheckoutForm
        cart={cart ?? sampleCart(messages)}
        locale={locale}
        countries={cart ? countries : sample}
        values={values}
        invalid={invalid}
        error={error}
      />
    );
  },
} satisfies ComponentDefinition<CheckoutProps>;

const orderProps = z.object({
  /** Provided by the renderer: the order of the page's token; absent in the editor. */
  order: orderData.optional(),
  locale,
});
type OrderProps = z.infer<typeof orderProps>;

/** The order status page's content. */
export const OrderStatusDefinition = {
  label: 'Order status',
  props: orderProps,
  fields: {},
  defaultProps: {},
  render: ({ order, locale }) => (
    <OrderStatus
      order={order ?? { displayNumber: '#1001', status: 'PAID', tracking: null }}
      locale={locale}
    />
  ),
} satisfies ComponentDefinition<OrderProps>;

const paymentProps = z.object({
  /** Provided by the renderer: the order's PaymentIntent; absent in the editor. */
  payment: paymentData.optional(),
  locale,
});
type PaymentProps = z.infer<typeof paymentProps>;

/** The payment page's content: Stripe's Payment Element for the order, its amount, the status link. */
export const PaymentFormDefinition = {
  label: 'Payment form',
  props: paymentProps,
  fields: {},
  defaultProps: {},
  render: ({ payment, locale }) => (
    <PaymentForm
      payment={
        payment ?? {
          clientSecret: 'pi_sample_secret_sample',
          stripeAccount: 'acct_sample',
          publishableKey: null,
          amount: { amount: 10300, currency: 'EUR' },
          orderDisplayNumber: '#1001',
          orderToken: 'sample-order-token',
          // The editor shows the form without loading Stripe.
          stripeJsUrl: '',
        }
      }
      locale={locale}
    />
  ),
} satisfies ComponentDefinition<PaymentProps>;
