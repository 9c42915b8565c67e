/** An order's statuses in the order the screens list them, with their labels. */
export const ORDER_STATUSES = [
  'PENDING',
  'PAID',
  'FULFILLED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'CANCELLED',
  'EXPIRED',
] as const;

export type OrderStatusName = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABEL: Record<OrderStatusName, string> = {
  PENDING: 'Pending payment',
  PAID: 'Paid',
  FULFILLED: 'Fulfilled',
  PARTIALLY_REFUNDED: 'Partially refunded',
  REFUNDED: 'Refunded',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Expired',
};
