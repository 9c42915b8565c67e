/** What goes out once an order is paid: the confirmation email and the analytics purchase. */
import { type SubgraphDb, type TenantScope, withTenant } from '../../../core/db.js';
import type { JobQueue } from '../../../core/jobs.js';
import { logger } from '../../../core/logger.js';
import { OrderSchema } from '../entities/orders.js';

export class OrderNotifications {
  constructor(
    private readonly db: SubgraphDb,
    private readonly jobs: Pick<JobQueue, 'enqueue'> | null,
  ) {}

  /**
   * Queues the order confirmation email and the analytics purchase once the order is paid (job ids
   * per order, so a retried webhook job does not queue them twice while the queue remembers them).
   */
  async announcePaid(scope: TenantScope, orderId: string): Promise<void> {
    if (!this.jobs) return;
    const order = await withTenant(this.db, scope, (em) => em.findOne(OrderSchema, { id: orderId }));
    // An order refunded at once for lack of stock gets no confirmation (its timeline says why).
    if (!order?.paidAt || order.inventoryState === 'insufficient') return;
    await this.jobs.enqueue(
      'email.send',
      {
        tenantId: order.tenantId,
        to: order.customerEmail,
        template: 'order-confirmation',
        data: {
          orderNumber: `#${order.number}`,
          total: formatMoney(order.totalAmount, order.currency),
          items: order.lines.map((l) => `${l.quantity} × ${l.title}`).join(', '),
        },
      },
      { jobId: `order-confirmation-${order.id}` },
    );
    await this.jobs.enqueue(
      'analytics.purchase',
      {
        tenantId: order.tenantId,
        orderId: order.id,
        amountMinor: order.totalAmount,
        currency: order.currency,
        visitorHash: order.visitorHash,
        at: order.paidAt.toISOString(),
      },
      { jobId: `purchase-${order.id}` },
    );
  }
}

function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount / 100);
  } catch {
    logger().debug({ currency }, 'unknown currency for formatting');
    return `${(amount / 100).toFixed(2)} ${currency}`;
  }
}
