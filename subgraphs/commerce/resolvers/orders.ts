import { toConnection } from '../../../core/pagination.js';
import type {
  OrderEventKind as GraphQLOrderEventKind,
  OrderStatus as GraphQLOrderStatus,
  Resolvers,
} from '../__generated__/resolvers-types.js';
import type { Order, OrderEventKind, OrderStatus } from '../entities/orders.js';
import type { OrderService } from '../services/order-service.js';
import type { StripeConnectService } from '../services/stripe-connect-service.js';

const toGraphQLStatus = (status: OrderStatus) => status.toUpperCase() as GraphQLOrderStatus;
const fromGraphQLStatus = (status: GraphQLOrderStatus) => status.toLowerCase() as OrderStatus;
const toGraphQLKind = (kind: OrderEventKind) => kind.toUpperCase() as GraphQLOrderEventKind;
const iso = (date: Date | null) => (date ? date.toISOString() : null);

function tracking(order: Order) {
  if (!order.trackingCarrier || !order.trackingNumber) return null;
  return { carrier: order.trackingCarrier, number: order.trackingNumber, url: order.trackingUrl };
}

/** Orders and Stripe Connect: thin over OrderService and StripeConnectService. */
export function orderResolvers(orders: OrderService, connect: StripeConnectService): Resolvers {
  return {
    Query: {
      orders: async (_, args, { ctx }) => {
        const filter = args.filter
          ? { ...args.filter, status: args.filter.status?.map(fromGraphQLStatus) ?? null }
          : null;
        return toConnection(await orders.list(ctx, args.first, args.after ?? null, filter), args.first);
      },
      order: (_, { id }, { ctx }) => orders.order(ctx, id),
      orderByToken: (_, { token }, { ctx }) => orders.byToken(ctx, token),
      stripeConnection: (_, __, { ctx }) => connect.connection(ctx),
    },
    Mutation: {
      connectStripe: async (_, { input }, { ctx }) => {
        const link = await connect.onboardingLink(ctx, input ?? {});
        return { url: link.url, expiresAt: link.expiresAt.toISOString() };
      },
      fulfilOrder: (_, { id, input }, { ctx }) => orders.fulfil(ctx, id, input),
      cancelOrder: (_, { id }, { ctx }) => orders.cancel(ctx, id),
      refundOrder: (_, { id, input }, { ctx }) => orders.refund(ctx, id, input ?? {}),
    },
    Order: {
      displayNumber: (order) => `#${order.number}`,
      status: (order) => toGraphQLStatus(order.status),
      lines: (order) =>
        order.lines.map((line) => ({
          variantId: line.variantId,
          sku: line.sku,
          title: line.title,
          quantity: line.quantity,
          unitPrice: { amount: line.unitPrice, currency: order.currency },
          total: { amount: line.unitPrice * line.quantity, currency: order.currency },
        })),
      subtotal: (order) => ({ amount: order.subtotalAmount, currency: order.currency }),
      discount: (order) => ({ amount: order.discountAmount, currency: order.currency }),
      tax: (order) => ({ amount: order.taxAmount, currency: order.currency }),
      shipping: (order) => ({ amount: order.shippingAmount, currency: order.currency }),
      total: (order) => ({ amount: order.totalAmount, currency: order.currency }),
      refunded: (order) => ({ amount: order.refundedAmount, currency: order.currency }),
      shippingAddress: (order) =>
        order.shippingAddress
          ? {
              ...order.shippingAddress,
              line2: order.shippingAddress.line2 ?? null,
              region: order.shippingAddress.region ?? null,
              phone: order.shippingAddress.phone ?? null,
            }
          : null,
      tracking: (order) => tracking(order),
      createdAt: (order) => order.createdAt.toISOString(),
      paidAt: (order) => iso(order.paidAt),
      fulfilledAt: (order) => iso(order.fulfilledAt),
      timeline: async (order, _, { ctx }) => {
        const entries = await orders.timeline(ctx, order.id);
        return entries.map((entry) => ({ ...entry, currency: order.currency }));
      },
    },
    OrderTimelineEntry: {
      kind: (entry) => toGraphQLKind(entry.kind),
      fromStatus: (entry) => (entry.fromStatus ? toGraphQLStatus(entry.fromStatus) : null),
      toStatus: (entry) => (entry.toStatus ? toGraphQLStatus(entry.toStatus) : null),
      amount: (entry) => {
        const currency = (entry as { currency?: string }).currency;
        return entry.amount === null || !currency ? null : { amount: entry.amount, currency };
      },
      at: (entry) => entry.at.toISOString(),
    },
    OrderStatusView: {
      displayNumber: (order) => `#${order.number}`,
      status: (order) => toGraphQLStatus(order.status),
      tracking: (order) => tracking(order),
      createdAt: (order) => order.createdAt.toISOString(),
    },
  };
}
