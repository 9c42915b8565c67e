import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

export type CartStatus = 'open' | 'checked_out';

/**
 * A visitor's cart. It holds only what the visitor chose (variants and quantities, a discount
 * code, a shipping rate); every amount is computed from the catalog when the cart is read.
 */
export interface Cart {
  id: string;
  tenantId: string;
  /** SHA-256 of the cart token (the token itself is only ever held by the visitor). */
  tokenHash: string;
  /** The region the cart is priced in (the request's region). */
  regionCode: string;
  /** The region's currency (ISO 4217). */
  currency: string;
  discountId: string | null;
  shippingRateId: string | null;
  /** The analytics visitor hash from the storefront (never an address), for conversion attribution. */
  visitorHash: string | null;
  status: CartStatus;
  /** The order the cart became at checkout. */
  orderId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CartSchema = new EntitySchema<Cart>({
  name: 'Cart',
  tableName: 'cart',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    tokenHash: { type: 'string' },
    regionCode: { type: 'string' },
    currency: { type: 'string' },
    discountId: { type: 'uuid', nullable: true },
    shippingRateId: { type: 'uuid', nullable: true },
    visitorHash: { type: 'string', nullable: true },
    status: { type: 'string' },
    orderId: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/** One variant in a cart and how many units of it. */
export interface CartLine {
  tenantId: string;
  cartId: string;
  variantId: string;
  quantity: number;
  addedAt: Date;
}

export const CartLineSchema = new EntitySchema<CartLine>({
  name: 'CartLine',
  tableName: 'cart_line',
  properties: {
    tenantId: { type: 'uuid' },
    cartId: { type: 'uuid', primary: true },
    variantId: { type: 'uuid', primary: true },
    quantity: { type: 'integer' },
    addedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export type DiscountKind = 'percentage' | 'fixed';

/** A discount code the tenant hands out: a percentage or a fixed amount off the subtotal. */
export interface DiscountCode {
  id: string;
  tenantId: string;
  /** Upper-case, unique per tenant. */
  code: string;
  kind: DiscountKind;
  percentOff: number | null;
  /** Fixed discounts: minor units of `currency`. */
  amountOff: number | null;
  currency: string | null;
  /** The subtotal (minor units, cart currency) the cart must reach. */
  minSubtotal: number | null;
  /** How many orders may use it (cancelled and expired orders give their use back). */
  usageLimit: number | null;
  startsAt: Date | null;
  expiresAt: Date | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const DiscountCodeSchema = new EntitySchema<DiscountCode>({
  name: 'DiscountCode',
  tableName: 'discount_code',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    code: { type: 'string' },
    kind: { type: 'string' },
    percentOff: { type: 'integer', nullable: true },
    amountOff: { type: 'integer', nullable: true },
    currency: { type: 'string', nullable: true },
    minSubtotal: { type: 'integer', nullable: true },
    usageLimit: { type: 'integer', nullable: true },
    startsAt: { type: 'datetime', nullable: true },
    expiresAt: { type: 'datetime', nullable: true },
    active: { type: 'boolean' },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/** The tax of one region: a rate in basis points, included in the prices or added on top. */
export interface TaxSetting {
  tenantId: string;
  regionCode: string;
  rateBps: number;
  inclusive: boolean;
  updatedAt: Date;
}

export const TaxSettingSchema = new EntitySchema<TaxSetting>({
  name: 'TaxSetting',
  tableName: 'tax_setting',
  properties: {
    tenantId: { type: 'uuid', primary: true },
    regionCode: { type: 'string', primary: true },
    rateBps: { type: 'integer' },
    inclusive: { type: 'boolean' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/** A way of shipping to a region, at a fixed price (free from `freeOver` of discounted subtotal). */
export interface ShippingRate {
  id: string;
  tenantId: string;
  regionCode: string;
  name: string;
  currency: string;
  amount: number;
  freeOver: number | null;
  createdAt: Date;
}

export const ShippingRateSchema = new EntitySchema<ShippingRate>({
  name: 'ShippingRate',
  tableName: 'shipping_rate',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    regionCode: { type: 'string' },
    name: { type: 'string' },
    currency: { type: 'string' },
    amount: { type: 'integer' },
    freeOver: { type: 'integer', nullable: true },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const cartEntities = [
  CartSchema,
  CartLineSchema,
  DiscountCodeSchema,
  TaxSettingSchema,
  ShippingRateSchema,
];
