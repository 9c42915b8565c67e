import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, conflict, notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { type Cart, CartLineSchema, CartSchema, DiscountCodeSchema } from '../entities/carts.js';
import { type CartPricing, type CatalogLine, priceLines } from './cart-pricing.js';
import { DiscountService, discountError } from './discount-service.js';
import { ShippingService } from './shipping-service.js';
import { TaxService } from './tax-service.js';

/** The most units of one variant a cart may hold. */
export const MAX_CART_QUANTITY = 1000;
/** The most lines a cart may hold. */
export const MAX_CART_LINES = 100;

export const hashCartToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A cart with its prices, as the API shows it. */
export interface CartView extends CartPricing {
  cart: Cart;
  regionCode: string;
}

const quantity = (field: string) =>
  z
    .number({ message: `${field} must be a number` })
    .int(`${field} must be a whole number`)
    .min(1, `${field} must be at least 1`)
    .max(MAX_CART_QUANTITY, `${field} must be at most ${MAX_CART_QUANTITY}`);
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code like EUR')
  .nullish();
const visitorHash = z
  .string()
  .regex(/^[a-f0-9]{16,128}$/, 'visitorHash must be the hex analytics visitor hash')
  .nullish();
const lineInput = z.object({
  variantId: z.string().uuid('variantId must be a variant id'),
  quantity: quantity('quantity'),
  currency,
});
const createInput = z.object({
  currency,
  visitorHash,
  lines: z.array(lineInput).max(MAX_CART_LINES).nullish(),
});

/** The region the request is priced in (resolved by the gateway), or BAD_USER_INPUT. */
export function regionOf(ctx: RequestContext): { regionCode: string; currency: string } {
  if (!ctx.region || !ctx.currency) {
    throw new AppError(
      'BAD_USER_INPUT',
      'The store has no region for this request, so no currency to sell in',
      {
        reason: 'NO_REGION',
      },
    );
  }
  return { regionCode: ctx.region, currency: ctx.currency };
}

/** A client-named currency must be the region's (amounts are always the server's). */
function checkCurrency(given: string | null | undefined, region: { currency: string }, field: string) {
  if (given && given !== region.currency) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${field}: this store sells in ${region.currency} in your region, not ${given}`,
      { field, reason: 'CURRENCY_NOT_REGION', currency: region.currency },
    );
  }
}

interface CatalogRow {
  variant_id: string;
  product_id: string;
  sku: string;
  variant_title: string;
  product_title: string;
  status: string;
  unit_price: number | null;
  available: number;
}

/** Catalog facts for variants in one currency (under the transaction's tenant, through RLS). */
async function catalogFacts(
  em: EntityManager,
  variantIds: string[],
  cur: string,
): Promise<Map<string, CatalogRow>> {
  if (variantIds.length === 0) return new Map();
  const rows = await em.execute<CatalogRow[]>(
    `select v.id as variant_id, p.id as product_id, v.sku, v.title as variant_title, p.title as product_title,
            p.status, vp.amount as unit_price,
            coalesce((select sum(s.on_hand - s.reserved) from commerce.stock_level s where s.variant_id = v.id), 0)::int
              as available
     from commerce.variant v
     join commerce.product p on p.id = v.product_id
     left join commerce.variant_price vp on vp.variant_id = v.id and vp.currency = ?
     where v.id in (${variantIds.map(() => '?').join(', ')})`,
    [cur, ...variantIds],
  );
  return new Map(rows.map((r) => [r.variant_id, r]));
}

const titleOf = (row: CatalogRow) =>
  row.variant_title && row.variant_title !== row.product_title
    ? `${row.product_title} — ${row.variant_title}`
    : row.product_title;

/**
 * Visitor carts, addressed by an unguessable cart token (only its hash is stored). Every
 * mutation validates against the catalog first and changes nothing when it fails; every amount
 * is computed here from the catalog, the region's tax and shipping settings and the discount code.
 */
export class CartService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Opens a cart in the request's region; returns its token (shown once) and the priced cart. */
  async create(ctx: RequestContext, input: unknown): Promise<{ token: string; view: CartView }> {
    const data = parseInput(createInput, input ?? {});
    const region = regionOf(ctx);
    checkCurrency(data.currency, region, 'currency');
    const token = randomBytes(24).toString('base64url');
    const view = await withTenant(this.db, ctx, async (em) => {
      const at = this.now();
      const cart = em.create(CartSchema, {
        id: randomUUID(),
        tenantId: ctx.tenantId!,
        tokenHash: hashCartToken(token),
        regionCode: region.regionCode,
        currency: region.currency,
        discountId: null,
        shippingRateId: null,
        visitorHash: data.visitorHash ?? null,
        status: 'open',
        orderId: null,
        createdAt: at,
        updatedAt: at,
      });
      await em.flush();
      for (const [i, line] of (data.lines ?? []).entries()) {
        await this.putLine(em, cart, line.variantId, line.quantity, 'add', `lines.${i}`);
      }
      return this.price(em, cart);
    });
    return { token, view };
  }

  /** The priced cart, or NOT_FOUND (unknown token, or another store's). */
  view(ctx: RequestContext, token: string): Promise<CartView> {
    return withTenant(this.db, ctx, async (em) => this.price(em, await this.find(em, token, ctx, false)));
  }

  /** The visitor's open cart by its token; null when the token is unknown, another store's or checked out. */
  async openCart(ctx: RequestContext, token: string): Promise<CartView | null> {
    try {
      const view = await this.view(ctx, token);
      return view.cart.status === 'open' ? view : null;
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
      throw err;
    }
  }

  /** Adds units of a variant (to the line it already has, if any). */
  addLine(ctx: RequestContext, token: string, input: unknown): Promise<CartView> {
    const data = parseInput(lineInput, input);
    checkCurrency(data.currency, regionOf(ctx), 'currency');
    return this.mutate(ctx, token, (em, cart) =>
      this.putLine(em, cart, data.variantId, data.quantity, 'add', null),
    );
  }

  /** Sets a line's quantity (remove a line with `removeLine`; 0 is refused). */
  updateLine(ctx: RequestContext, token: string, input: unknown): Promise<CartView> {
    const data = parseInput(lineInput, input);
    checkCurrency(data.currency, regionOf(ctx), 'currency');
    return this.mutate(ctx, token, (em, cart) =>
      this.putLine(em, cart, data.variantId, data.quantity, 'set', null),
    );
  }

  removeLine(ctx: RequestContext, token: string, variantId: string): Promise<CartView> {
    return this.mutate(ctx, token, async (em, cart) => {
      const line = await em.findOne(CartLineSchema, { cartId: cart.id, variantId });
      if (!line) throw badInput('variantId: the cart has no line for this variant', 'variantId');
      em.remove(line);
    });
  }

  /** Applies a discount code (replacing any other); an unusable code is refused with its reason. */
  applyDiscount(ctx: RequestContext, token: string, code: string): Promise<CartView> {
    if (typeof code !== 'string' || code.trim().length === 0 || code.length > 64)
      throw discountError('DISCOUNT_UNKNOWN');
    return this.mutate(ctx, token, async (em, cart) => {
      const discount = await DiscountService.findByCode(em, code);
      if (!discount) throw discountError('DISCOUNT_UNKNOWN');
      const priced = await this.price(em, cart);
      const problem = await DiscountService.problemOf(em, discount, priced, this.now());
      if (problem) throw discountError(problem);
      cart.discountId = discount.id;
    });
  }

  removeDiscount(ctx: RequestContext, token: string): Promise<CartView> {
    return this.mutate(ctx, token, async (_em, cart) => {
      cart.discountId = null;
    });
  }

  /** Chooses one of the region's shipping rates. */
  selectShipping(ctx: RequestContext, token: string, rateId: string): Promise<CartView> {
    return this.mutate(ctx, token, async (em, cart) => {
      const options = await ShippingService.optionsFor(em, cart.regionCode, cart.currency);
      if (!options.some((o) => o.id === rateId)) {
        throw badInput('shippingRateId: not a shipping rate of your region', 'shippingRateId');
      }
      cart.shippingRateId = rateId;
    });
  }

  /** The cart (locked) for a checkout in the caller's transaction, in the request's region. */
  async forCheckout(
    em: EntityManager,
    ctx: RequestContext,
    token: string,
  ): Promise<{ cart: Cart; view: CartView }> {
    const cart = await this.find(em, token, ctx, true);
    if (cart.status !== 'open')
      throw conflict('This cart has been checked out already', { reason: 'CART_CHECKED_OUT' });
    return { cart, view: await this.price(em, cart) };
  }

  // -------------------------------------------------------------------------------------------

  /** Runs a change on the (locked) cart and returns it priced; any error leaves it unchanged. */
  private mutate(
    ctx: RequestContext,
    token: string,
    change: (em: EntityManager, cart: Cart) => Promise<void>,
  ): Promise<CartView> {
    return withTenant(this.db, ctx, async (em) => {
      const cart = await this.find(em, token, ctx, true);
      if (cart.status !== 'open') {
        throw conflict('This cart has been checked out already: start a new one', {
          reason: 'CART_CHECKED_OUT',
        });
      }
      await change(em, cart);
      cart.updatedAt = this.now();
      await em.flush();
      return this.price(em, cart);
    });
  }

  /**
   * Adds (`add`) or sets (`set`) a variant's quantity after checking it against the catalog: the
   * variant exists and is for sale, is priced in the cart's currency, and the store has the units.
   */
  private async putLine(
    em: EntityManager,
    cart: Cart,
    variantId: string,
    quantity: number,
    mode: 'add' | 'set',
    prefix: string | null,
  ): Promise<void> {
    const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
    const facts = (await catalogFacts(em, [variantId], cart.currency)).get(variantId);
    if (facts?.status !== 'active') {
      throw new AppError(
        'BAD_USER_INPUT',
        `${field('variantId')}: this variant is not for sale in this store`,
        {
          field: field('variantId'),
          reason: 'VARIANT_NOT_FOR_SALE',
        },
      );
    }
    if (facts.unit_price === null) {
      throw new AppError(
        'BAD_USER_INPUT',
        `${field('variantId')}: this variant is not sold in ${cart.currency}`,
        {
          field: field('variantId'),
          reason: 'NOT_PRICED_IN_CURRENCY',
          currency: cart.currency,
        },
      );
    }
    const existing = await em.findOne(CartLineSchema, { cartId: cart.id, variantId });
    const wanted = mode === 'add' ? (existing?.quantity ?? 0) + quantity : quantity;
    if (wanted > MAX_CART_QUANTITY) {
      throw new AppError(
        'BAD_USER_INPUT',
        `${field('quantity')}: at most ${MAX_CART_QUANTITY} units per line`,
        {
          field: field('quantity'),
          reason: 'QUANTITY_TOO_LARGE',
        },
      );
    }
    if (wanted > facts.available) {
      throw new AppError(
        'BAD_USER_INPUT',
        `${field('quantity')}: only ${Math.max(0, facts.available)} of ${facts.sku} in stock`,
        { field: field('quantity'), reason: 'INSUFFICIENT_STOCK', available: Math.max(0, facts.available) },
      );
    }
    if (existing) {
      existing.quantity = wanted;
      return;
    }
    if ((await em.count(CartLineSchema, { cartId: cart.id })) >= MAX_CART_LINES) {
      throw badInput(
        `${field('variantId')}: a cart holds at most ${MAX_CART_LINES} lines`,
        field('variantId'),
      );
    }
    em.create(CartLineSchema, {
      tenantId: cart.tenantId,
      cartId: cart.id,
      variantId,
      quantity: wanted,
      addedAt: this.now(),
    });
    await em.flush();
  }

  /** The cart by token (NOT_FOUND otherwise); moved to the request's region when that changed. */
  private async find(em: EntityManager, token: string, ctx: RequestContext, lock: boolean): Promise<Cart> {
    if (typeof token !== 'string' || token.length < 16 || token.length > 128) throw notFound('Cart');
    const cart = await em.findOne(
      CartSchema,
      { tokenHash: hashCartToken(token) },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!cart) throw notFound('Cart');
    if (ctx.region && ctx.currency && cart.status === 'open' && ctx.region !== cart.regionCode) {
      // The visitor changed region: the cart is priced in the new one (amounts are always live).
      cart.regionCode = ctx.region;
      cart.currency = ctx.currency;
      cart.shippingRateId = null;
      if (lock) await em.flush();
    }
    return cart;
  }

  private async price(em: EntityManager, cart: Cart): Promise<CartView> {
    await em.flush();
    const lines = await em.find(
      CartLineSchema,
      { cartId: cart.id },
      { orderBy: { addedAt: 'asc', variantId: 'asc' } },
    );
    const facts = await catalogFacts(
      em,
      lines.map((l) => l.variantId),
      cart.currency,
    );
    const catalog: CatalogLine[] = lines.map((line) => {
      const row = facts.get(line.variantId);
      return {
        variantId: line.variantId,
        productId: row?.product_id ?? line.variantId,
        sku: row?.sku ?? '',
        title: row ? titleOf(row) : '',
        quantity: line.quantity,
        unitPrice: row?.unit_price ?? null,
        forSale: row?.status === 'active',
        available: Math.max(0, row?.available ?? 0),
      };
    });
    const code = cart.discountId ? await em.findOne(DiscountCodeSchema, { id: cart.discountId }) : null;
    const now = this.now();
    const pricing = await priceLines(
      catalog,
      cart.currency,
      {
        code,
        problemOf: (c, subtotal) =>
          DiscountService.problemOf(em, c, { subtotal, currency: cart.currency }, now),
      },
      await TaxService.ruleFor(em, cart.regionCode),
      {
        options: await ShippingService.optionsFor(em, cart.regionCode, cart.currency),
        chosenId: cart.shippingRateId,
      },
    );
    return { ...pricing, cart, regionCode: cart.regionCode };
  }
}
