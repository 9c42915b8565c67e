import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, conflict, notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import { CartSchema } from '../entities/carts.js';
import { CommerceSettingsSchema, type Order } from '../entities/orders.js';
import type { CartService } from './cart-service.js';
import { DiscountService, discountError } from './discount-service.js';
import type { OrderService } from './order-service.js';

/** How long a checkout holds its stock by default: 15 minutes. */
export const DEFAULT_RESERVATION_MS = 15 * 60_000;

const checkoutInput = z.object({
  cartToken: z.string().min(1, 'cartToken must not be empty').max(128),
  email: z.string().trim().toLowerCase().email('email must be an email address').max(254),
  // The address is checked field by field by the order service (`shippingAddress.<field>`).
  shippingAddress: z.record(z.string(), z.unknown(), { message: 'shippingAddress must be an address' }),
});

/** What a checkout hands the storefront: the order's token and what Stripe's Payment Element needs. */
export interface CheckoutResult {
  order: Order;
  /** The visitor's order access token (shown once): the order status page and the payment page. */
  orderToken: string;
  payment: CheckoutPayment;
}

export interface CheckoutPayment {
  order: Order;
  clientSecret: string;
  paymentIntentId: string;
  /** The tenant's connected account: Stripe.js must be initialised with it (`stripeAccount`). */
  stripeAccount: string;
}

/**
 * Turns a cart into a pending order and a PaymentIntent:
 * 1. the store must be able to take payments (a connected, charges-enabled Stripe account);
 * 2. in ONE transaction: the cart is locked and priced from the catalog, every line checked; the
 *    pending order is created with its stock reservation (reservation id = order id, expiring
 *    after `reservationMs`; OrderService's `createPending` + InventoryService's `reserve`), the discount code's use is
 *    counted (its row locked: never more uses than its limit), and the cart is marked checked
 *    out. Any failure (stock, discount, address) rolls all of it back: the cart is unchanged;
 * 3. the PaymentIntent is created on the connected account (OrderService's `createPaymentIntent`:
 *    automatic payment methods, application fee, idempotency key from order and amount). If
 *    Stripe fails, the order is cancelled (stock released) and the cart reopened.
 */
export class CheckoutService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly carts: CartService,
    private readonly orders: OrderService,
    private readonly reservationMs: number = DEFAULT_RESERVATION_MS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async checkout(ctx: RequestContext, input: unknown): Promise<CheckoutResult> {
    const data = parseInput(checkoutInput, input);
    const settings = await withTenant(this.db, ctx, (em) =>
      em.findOne(CommerceSettingsSchema, { tenantId: ctx.tenantId! }),
    );
    if (!settings?.stripeAccountId || !settings.chargesEnabled) {
      throw conflict('This store cannot take payments yet: its Stripe account is not connected', {
        reason: 'STRIPE_NOT_CONNECTED',
      });
    }
    const { order, accessToken, cartId } = await withTenant(this.db, ctx, async (em) => {
      const { cart, view } = await this.carts.forCheckout(em, ctx, data.cartToken);
      if (view.lines.length === 0) {
        throw new AppError('BAD_USER_INPUT', 'cartToken: the cart is empty', {
          field: 'cartToken',
          reason: 'CART_EMPTY',
        });
      }
      view.lines.forEach((line, i) => {
        if (line.purchasable) return;
        const reason = !line.forSale
          ? 'VARIANT_NOT_FOR_SALE'
          : line.unitPrice === null
            ? 'NOT_PRICED_IN_CURRENCY'
            : 'INSUFFICIENT_STOCK';
        if (reason === 'INSUFFICIENT_STOCK') {
          // The stock changed since the line was added (another checkout took it): the same
          // CONFLICT as a reservation that loses the race for the last unit.
          throw conflict(`lines.${i}.quantity: only ${line.available} of ${line.sku} left`, {
            field: `lines.${i}.quantity`,
            reason,
            available: line.available,
          });
        }
        const field = `lines.${i}.variantId`;
        throw new AppError('BAD_USER_INPUT', `${field}: ${line.sku || 'this line'} cannot be bought now`, {
          field,
          reason,
        });
      });
      if (cart.discountId && view.discountProblem) throw discountError(view.discountProblem, 'discountCode');
      const at = this.now();
      const created = await this.orders.createPending(
        ctx,
        {
          lines: view.lines.map((l) => ({
            variantId: l.variantId,
            sku: l.sku,
            title: l.title,
            unitPrice: l.unitPrice!,
            quantity: l.quantity,
          })),
          currency: view.currency,
          subtotalAmount: view.subtotal,
          discountAmount: view.discount,
          taxAmount: view.tax,
          taxInclusive: view.taxRule.inclusive,
          shippingAmount: view.shipping,
          totalAmount: view.total,
          customerEmail: data.email,
          shippingAddress: data.shippingAddress as never,
          visitorHash: cart.visitorHash,
          reservationExpiresAt: new Date(at.getTime() + this.reservationMs),
        },
        { kind: 'system', reason: 'checkout' },
        em,
      );
      if (view.discountCode) {
        await DiscountService.redeem(em, view.discountCode.id, created.order.id, view, at);
      }
      cart.status = 'checked_out';
      cart.orderId = created.order.id;
      cart.updatedAt = at;
      await em.flush();
      return { ...created, cartId: cart.id };
    });
    try {
      const payment = await this.orders.createPaymentIntent(ctx, order.id);
      return {
        order,
        orderToken: accessToken,
        payment: {
          order,
          clientSecret: payment.clientSecret,
          paymentIntentId: payment.paymentIntentId,
          stripeAccount: settings.stripeAccountId,
        },
      };
    } catch (err) {
      await this.undo(ctx, order.id, cartId);
      throw err;
    }
  }

  /**
   * The payment of a pending order by its access token (the storefront's payment page): the
   * same PaymentIntent again (same idempotency key). NOT_FOUND for an unknown token; CONFLICT when
   * the order can no longer be paid (paid, cancelled, expired).
   */
  async payment(ctx: RequestContext, orderToken: string): Promise<CheckoutPayment> {
    const order = await this.orders.byToken(ctx, orderToken);
    if (!order) throw notFound('Order');
    if (
      order.status !== 'pending' ||
      (order.reservationExpiresAt && order.reservationExpiresAt <= this.now())
    ) {
      throw conflict(`Order #${order.number} cannot be paid now (${order.status})`, {
        reason: 'NOT_PAYABLE',
      });
    }
    const payment = await this.orders.createPaymentIntent(ctx, order.id);
    const paid = await this.orders.order(ctx, order.id);
    return {
      order: paid,
      clientSecret: payment.clientSecret,
      paymentIntentId: payment.paymentIntentId,
      stripeAccount: paid.stripeAccountId ?? '',
    };
  }

  /** After a failed PaymentIntent: the order is cancelled (stock released) and the cart reopened. */
  private async undo(ctx: RequestContext, orderId: string, cartId: string): Promise<void> {
    try {
      await this.orders.cancel(ctx, orderId);
      await withTenant(this.db, ctx, async (em) => {
        const cart = await em.findOne(CartSchema, { id: cartId });
        if (cart && cart.orderId === orderId) {
          cart.status = 'open';
          cart.orderId = null;
          cart.updatedAt = this.now();
          await em.flush();
        }
      });
    } catch (err) {
      // The order stays pending and expires with its reservation (the sweep releases the stock).
      logger().warn(
        { err: (err as Error).message, orderId },
        'could not undo a checkout after a payment failure',
      );
    }
  }
}
