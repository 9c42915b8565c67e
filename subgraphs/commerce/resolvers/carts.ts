import type { Config } from '../../../core/config.js';
import type { SubgraphDb } from '../../../core/db.js';
import { toConnection } from '../../../core/pagination.js';
import type { TenantLookup } from '../../../core/tenant-lookup.js';
import type {
  DiscountKind,
  Cart as GraphQLCart,
  CheckoutPayment as GraphQLCheckoutPayment,
  DiscountCode as GraphQLDiscountCode,
  ShippingRate as GraphQLShippingRate,
  Resolvers,
} from '../__generated__/resolvers-types.js';
import type { DiscountCode, ShippingRate, TaxSetting } from '../entities/carts.js';
import { CartService, type CartView } from '../services/cart-service.js';
import { type CheckoutPayment, CheckoutService } from '../services/checkout-service.js';
import { DiscountService } from '../services/discount-service.js';
import type { OrderService } from '../services/order-service.js';
import { ShippingService } from '../services/shipping-service.js';
import { TaxService } from '../services/tax-service.js';

export interface CartParts {
  carts: CartService;
  checkout: CheckoutService;
  discounts: DiscountService;
  taxes: TaxService;
  shipping: ShippingService;
}

const money = (amount: number, currency: string) => ({ amount, currency });
const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function cartToGraphQL(view: CartView): GraphQLCart {
  const c = view.currency;
  return {
    id: view.cart.id,
    region: view.regionCode,
    currency: c,
    lines: view.lines.map((l) => ({
      variantId: l.variantId,
      productId: l.productId,
      sku: l.sku,
      title: l.title,
      quantity: l.quantity,
      unitPrice: l.unitPrice === null ? null : money(l.unitPrice, c),
      total: money(l.total, c),
      discount: money(l.discount, c),
      tax: money(l.tax, c),
      available: l.available,
      purchasable: l.purchasable,
    })),
    itemCount: view.lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: money(view.subtotal, c),
    discountCode: view.discountCode?.code ?? null,
    discountProblem: view.discountProblem,
    discount: money(view.discount, c),
    tax: { rateBps: view.taxRule.rateBps, inclusive: view.taxRule.inclusive, amount: money(view.tax, c) },
    shipping: money(view.shipping, c),
    shippingOptions: view.shippingOptions.map((o) => ({
      id: o.rate.id,
      name: o.rate.name,
      price: money(o.cost, c),
      selected: o.rate.id === view.shippingRate?.id,
    })),
    total: money(view.total, c),
    checkedOut: view.cart.status === 'checked_out',
  };
}

function discountToGraphQL(d: DiscountCode & { used: number }): GraphQLDiscountCode {
  return {
    id: d.id,
    code: d.code,
    kind: d.kind.toUpperCase() as DiscountKind,
    percentOff: d.percentOff,
    amountOff: d.amountOff !== null && d.currency ? money(d.amountOff, d.currency) : null,
    minSubtotal: d.minSubtotal,
    usageLimit: d.usageLimit,
    used: d.used,
    startsAt: iso(d.startsAt),
    expiresAt: iso(d.expiresAt),
    active: d.active,
  };
}

const shippingToGraphQL = (r: ShippingRate): GraphQLShippingRate => ({
  id: r.id,
  region: r.regionCode,
  name: r.name,
  price: money(r.amount, r.currency),
  freeOver: r.freeOver === null ? null : money(r.freeOver, r.currency),
});

const taxToGraphQL = (t: TaxSetting) => ({
  region: t.regionCode,
  rateBps: t.rateBps,
  inclusive: t.inclusive,
});

function paymentToGraphQL(p: CheckoutPayment, publishableKey: string | null): GraphQLCheckoutPayment {
  return {
    clientSecret: p.clientSecret,
    paymentIntentId: p.paymentIntentId,
    stripeAccount: p.stripeAccount,
    publishableKey,
    amount: money(p.order.totalAmount, p.order.currency),
    orderDisplayNumber: `#${p.order.number}`,
  };
}

const lower = <T extends string>(kind: T) => kind.toLowerCase();

/** Carts, checkout and the store's pricing rules: thin over the services. */
export function cartResolvers(parts: CartParts, config: Pick<Config, 'STRIPE_PUBLISHABLE_KEY'>): Resolvers {
  const { carts, checkout, discounts, taxes, shipping } = parts;
  const publishableKey = config.STRIPE_PUBLISHABLE_KEY ?? null;
  return {
    Query: {
      cart: async (_, { token }, { ctx }) => cartToGraphQL(await carts.view(ctx, token)),
      openCart: async (_, { token }, { ctx }) => {
        const view = await carts.openCart(ctx, token);
        return view ? cartToGraphQL(view) : null;
      },
      checkoutPayment: async (_, { orderToken }, { ctx }) =>
        paymentToGraphQL(await checkout.payment(ctx, orderToken), publishableKey),
      discountCodes: async (_, args, { ctx }) => {
        const rows = await discounts.list(ctx, args.first ?? 20, args.after ?? null);
        const connection = toConnection(rows, args.first ?? 20);
        return {
          ...connection,
          edges: connection.edges.map((e) => ({ ...e, node: discountToGraphQL(e.node) })),
        };
      },
      taxSettings: async (_, __, { ctx }) => (await taxes.list(ctx)).map(taxToGraphQL),
      shippingRates: async (_, __, { ctx }) => (await shipping.list(ctx)).map(shippingToGraphQL),
    },
    Mutation: {
      createCart: async (_, { input }, { ctx }) => {
        const { token, view } = await carts.create(ctx, input ?? {});
        return { token, cart: cartToGraphQL(view) };
      },
      addCartLine: async (_, { cartToken, input }, { ctx }) =>
        cartToGraphQL(await carts.addLine(ctx, cartToken, input)),
      updateCartLine: async (_, { cartToken, input }, { ctx }) =>
        cartToGraphQL(await carts.updateLine(ctx, cartToken, input)),
      removeCartLine: async (_, { cartToken, variantId }, { ctx }) =>
        cartToGraphQL(await carts.removeLine(ctx, cartToken, variantId)),
      applyDiscountCode: async (_, { cartToken, code }, { ctx }) =>
        cartToGraphQL(await carts.applyDiscount(ctx, cartToken, code)),
      removeDiscountCode: async (_, { cartToken }, { ctx }) =>
        cartToGraphQL(await carts.removeDiscount(ctx, cartToken)),
      selectShippingRate: async (_, { cartToken, shippingRateId }, { ctx }) =>
        cartToGraphQL(await carts.selectShipping(ctx, cartToken, shippingRateId)),
      checkout: async (_, { input }, { ctx }) => {
        const result = await checkout.checkout(ctx, input);
        return {
          orderToken: result.orderToken,
          order: result.order,
          payment: paymentToGraphQL(result.payment, publishableKey),
        };
      },
      createDiscountCode: async (_, { input }, { ctx }) =>
        discountToGraphQL({
          ...(await discounts.create(ctx, { ...input, kind: lower(input.kind) })),
          used: 0,
        }),
      setDiscountCodeActive: async (_, { id, active }, { ctx }) => {
        const code = await discounts.setActive(ctx, id, active);
        return discountToGraphQL({ ...code, used: await discounts.usage(ctx, code.id) });
      },
      setTaxSetting: async (_, { input }, { ctx }) => taxToGraphQL(await taxes.set(ctx, input)),
      createShippingRate: async (_, { input }, { ctx }) =>
        shippingToGraphQL(await shipping.create(ctx, input)),
      deleteShippingRate: (_, { id }, { ctx }) => shipping.delete(ctx, id),
    },
  };
}

/** The cart side of commerce, wired to the order service (C2) that checkout builds on. */
export function createCartParts(
  config: Pick<Config, 'CHECKOUT_RESERVATION_MINUTES'>,
  db: SubgraphDb,
  orders: OrderService,
  tenants: TenantLookup,
  now: () => Date = () => new Date(),
): CartParts {
  const carts = new CartService(db, now);
  return {
    carts,
    checkout: new CheckoutService(db, carts, orders, config.CHECKOUT_RESERVATION_MINUTES * 60_000, now),
    discounts: new DiscountService(db, now),
    taxes: new TaxService(db, tenants, now),
    shipping: new ShippingService(db, tenants, now),
  };
}
