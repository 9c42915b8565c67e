import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

/**
 * pending → paid → fulfilled; paid/fulfilled → partially_refunded → refunded; pending → cancelled
 * (tenant or Stripe cancelled the payment) or expired (the reservation ran out). A payment that still
 * succeeds on a cancelled or expired order moves it to paid (it was charged): see OrderService.
 */
export type OrderStatus =
  | 'pending'
  | 'paid'
  | 'fulfilled'
  | 'partially_refunded'
  | 'refunded'
  | 'cancelled'
  | 'expired';

/** Where the order's stock stands in the inventory service (the order id is the reservation id). */
export type InventoryState = 'reserved' | 'committed' | 'released' | 'insufficient' | 'missing';

/** One line as it was sold: a snapshot, never a live reference to the catalog. */
export interface OrderLine {
  variantId: string;
  sku: string;
  title: string;
  /** Integer minor units. */
  unitPrice: number;
  quantity: number;
}

export interface ShippingAddress {
  name: string;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  region?: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phone?: string | null;
}

export interface Order {
  id: string;
  tenantId: string;
  /** Readable per-tenant number (1001, 1002, …), gap-free. */
  number: number;
  status: OrderStatus;
  disputed: boolean;
  currency: string;
  subtotalAmount: number;
  discountAmount: number;
  taxAmount: number;
  shippingAmount: number;
  totalAmount: number;
  refundedAmount: number;
  applicationFeeAmount: number | null;
  lines: OrderLine[];
  customerEmail: string;
  shippingAddress: ShippingAddress | null;
  visitorHash: string | null;
  paymentIntentId: string | null;
  stripeAccountId: string | null;
  accessTokenHash: string;
  inventoryState: InventoryState;
  reservationExpiresAt: Date | null;
  trackingCarrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  paidAt: Date | null;
  fulfilledAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const OrderSchema = new EntitySchema<Order>({
  name: 'Order',
  tableName: 'orders',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    number: { type: 'integer' },
    status: { type: 'string' },
    disputed: { type: 'boolean' },
    currency: { type: 'string' },
    subtotalAmount: { type: 'integer' },
    discountAmount: { type: 'integer' },
    taxAmount: { type: 'integer' },
    shippingAmount: { type: 'integer' },
    totalAmount: { type: 'integer' },
    refundedAmount: { type: 'integer' },
    applicationFeeAmount: { type: 'integer', nullable: true },
    lines: { type: 'json' },
    customerEmail: { type: 'string' },
    shippingAddress: { type: 'json', nullable: true },
    visitorHash: { type: 'string', nullable: true },
    paymentIntentId: { type: 'string', nullable: true },
    stripeAccountId: { type: 'string', nullable: true },
    accessTokenHash: { type: 'string' },
    inventoryState: { type: 'string' },
    reservationExpiresAt: { type: 'datetime', nullable: true },
    trackingCarrier: { type: 'string', nullable: true },
    trackingNumber: { type: 'string', nullable: true },
    trackingUrl: { type: 'string', nullable: true },
    paidAt: { type: 'datetime', nullable: true },
    fulfilledAt: { type: 'datetime', nullable: true },
    closedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export type OrderEventKind =
  | 'created'
  | 'status'
  | 'refund'
  | 'dispute'
  | 'payment_failed'
  | 'inventory'
  | 'fulfilment'
  | 'note';

/** One entry of an order's timeline: every status transition, refund, dispute and stock outcome. */
export interface OrderEvent {
  id: string;
  tenantId: string;
  orderId: string;
  kind: OrderEventKind;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  amount: number | null;
  /** The Stripe event that caused it, if any. */
  causeEventId: string | null;
  /** The member who caused it, if any. */
  causeUserId: string | null;
  /** `stripe`, `user`, `api-key`, `system`. */
  cause: string;
  detail: Record<string, unknown>;
  at: Date;
}

export const OrderEventSchema = new EntitySchema<OrderEvent>({
  name: 'OrderEvent',
  tableName: 'order_event',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    orderId: { type: 'uuid' },
    kind: { type: 'string' },
    fromStatus: { type: 'string', nullable: true },
    toStatus: { type: 'string', nullable: true },
    amount: { type: 'integer', nullable: true },
    causeEventId: { type: 'string', nullable: true },
    causeUserId: { type: 'uuid', nullable: true },
    cause: { type: 'string' },
    detail: { type: 'json' },
    at: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export type RefundStatus = 'pending' | 'succeeded' | 'failed';

/** A refund the platform asked Stripe for (tenant refunds and stock-shortage refunds). */
export interface OrderRefund {
  id: string;
  tenantId: string;
  orderId: string;
  amount: number;
  reason: string;
  status: RefundStatus;
  idempotencyKey: string;
  stripeRefundId: string | null;
  requestedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const OrderRefundSchema = new EntitySchema<OrderRefund>({
  name: 'OrderRefund',
  tableName: 'order_refund',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    orderId: { type: 'uuid' },
    amount: { type: 'integer' },
    reason: { type: 'string' },
    status: { type: 'string' },
    idempotencyKey: { type: 'string' },
    stripeRefundId: { type: 'string', nullable: true },
    requestedBy: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/** The tenant's Stripe Connect account and what Stripe last said it may do. */
export interface CommerceSettings {
  tenantId: string;
  stripeAccountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
  updatedAt: Date;
}

export const CommerceSettingsSchema = new EntitySchema<CommerceSettings>({
  name: 'CommerceSettings',
  tableName: 'commerce_settings',
  properties: {
    tenantId: { type: 'uuid', primary: true },
    stripeAccountId: { type: 'string', nullable: true },
    chargesEnabled: { type: 'boolean' },
    payoutsEnabled: { type: 'boolean' },
    detailsSubmitted: { type: 'boolean' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const orderEntities = [OrderSchema, OrderEventSchema, OrderRefundSchema, CommerceSettingsSchema];
